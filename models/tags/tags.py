"""Tag groups and tags: naming rules, create/rename/recolour/reorder/move/merge/delete.

Which customers carry a tag lives in models.tagging; filtering by tags in
models.tag_filter. Tag names are unique after trimming and case folding (NFKC, so
full-width Ｖｉｐ and vip are the same tag). A tag's colour "" means its group's colour.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from peewee import Value, fn

from models.customers.record import Customer
from models.errors import NotFoundError, ValidationError
from models.followups import stay_in_touch
from models.storage import audit
from models.storage.db import database
from models.tags import saved_views
from models.tags.tables import CustomerTag, Tag, TagGroup, get_tag
from models.values.search_text import name_pinyin, normalise

# The five kinds of tag DOMAIN.md names, plus 其他 (other), which always exists and
# receives the tags of a deleted group and tags created without a group.
DEFAULT_GROUPS = ["属性", "预测", "消费能力", "信用评估", "行为", "其他"]
OTHER_GROUP = "其他"
MAX_NAME = 40
# Characters that separate tags in a cell or on a command line: never part of a name.
SEPARATORS = ",，、;；|"
_COLOR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class TagInfo:
    """A tag as lists and the browser show it."""

    id: int
    name: str
    group_id: int
    group: str
    color: str  # the effective colour (own, else the group's)
    own_color: str
    position: int


def tag_key(name: str) -> str:
    return normalise(name)


def clean_name(name: str, what: str = "tag") -> str:
    """A trimmed tag or group name; ValidationError when empty, too long or with a separator."""
    name = " ".join(str(name or "").split())
    if not name:
        raise ValidationError("name", f"{what}_name_required", f"a {what} needs a name")
    if len(name) > MAX_NAME:
        raise ValidationError(
            "name", "tag_name_too_long", f"{name!r} is longer than {MAX_NAME}", limit=MAX_NAME
        )
    bad = [ch for ch in name if ch in SEPARATORS]
    if bad:
        raise ValidationError(
            "name",
            "tag_name_separator",
            f"tag name {name!r} contains {bad[0]!r}, which separates tags",
            char=bad[0],
        )
    return name


def clean_color(color: str) -> str:
    color = (color or "").strip()
    if color and not _COLOR_RE.match(color):
        raise ValidationError("color", "color_invalid", f"{color!r} is not a #rrggbb colour")
    return color.lower()


def match_text(name: str) -> str:
    """What a tag is found by when typing: its name, full pinyin and initials."""
    syllables, joined, initials = name_pinyin(normalise(name))
    return " ".join(x for x in (normalise(name), joined, initials, syllables) if x)


# ---------------------------------------------------------------- reading


def other_group() -> TagGroup:
    group = TagGroup.get_or_none(TagGroup.name == OTHER_GROUP)
    if group is None:
        position = (TagGroup.select(fn.MAX(TagGroup.position)).scalar() or 0) + 1
        group = TagGroup.create(name=OTHER_GROUP, position=position)
    return group


def list_groups() -> list[TagGroup]:
    return list(TagGroup.select().order_by(TagGroup.position, TagGroup.id))


def list_tags() -> list[TagInfo]:
    """Every tag in display order: by group, then by position within the group."""
    query = (
        Tag.select(Tag, TagGroup)
        .join(TagGroup)
        .order_by(TagGroup.position, TagGroup.id, Tag.position, Tag.name_key)
    )
    return [
        TagInfo(
            t.id,
            t.name,
            t.group_id,
            t.group.name,
            t.color or t.group.color,
            t.color,
            t.position,
        )
        for t in query
    ]


def get_group(group_id: int) -> TagGroup:
    group = TagGroup.get_or_none(TagGroup.id == group_id)
    if group is None:
        raise NotFoundError(f"tag group {group_id} does not exist", "group_not_found", id=group_id)
    return group


def find_tag(name: str) -> Tag | None:
    return Tag.get_or_none(Tag.name_key == tag_key(name))


def tags_by_name(names: Iterable[str]) -> list[Tag]:
    """Existing tags by name; NotFoundError naming the first unknown one."""
    found = []
    for name in names:
        tag = find_tag(name)
        if tag is None:
            raise NotFoundError(f"no tag named {name!r}", "tag_not_found", name=name)
        found.append(tag)
    return found


def tags_of(customer_ids: Iterable[int], with_colors: bool = False) -> dict[int, list]:
    """Tag names per customer id (one query for a page of customers), in display order.

    With `with_colors` each entry is (name, colour) instead.
    """

    ids = list(customer_ids)
    out: dict[int, list] = defaultdict(list)
    if not ids:
        return out
    query = (
        CustomerTag.select(CustomerTag.customer_id, Tag.name, Tag.color, TagGroup.color)
        .join(Tag)
        .join(TagGroup)
        .where(CustomerTag.customer_id.in_(ids))
        .order_by(TagGroup.position, TagGroup.id, Tag.position, Tag.name_key)
        .tuples()
    )
    for cid, name, color, group_color in query:
        out[cid].append((name, color or group_color) if with_colors else name)
    return out


# ---------------------------------------------------------------- groups


def _check_group_name_free(name: str, group_id: int | None) -> None:
    for group in TagGroup.select(TagGroup.id, TagGroup.name):
        if group.id != group_id and normalise(group.name) == normalise(name):
            raise ValidationError(
                "name", "group_name_taken", f"a group named {name!r} exists", name=name
            )


def create_group(name: str, color: str = "#607d8b") -> TagGroup:
    name = clean_name(name, "group")
    color = clean_color(color) or "#607d8b"
    with database.atomic():
        _check_group_name_free(name, None)
        position = (TagGroup.select(fn.MAX(TagGroup.position)).scalar() or 0) + 1
        return TagGroup.create(name=name, color=color, position=position)


def rename_group(group_id: int, name: str) -> None:
    name = clean_name(name, "group")
    with database.atomic():
        group = get_group(group_id)
        if group.name == OTHER_GROUP and name != OTHER_GROUP:
            raise ValidationError("name", "group_protected", "the 其他 group cannot be renamed")
        _check_group_name_free(name, group_id)
        TagGroup.update(name=name).where(TagGroup.id == group_id).execute()


def recolor_group(group_id: int, color: str) -> None:
    color = clean_color(color) or "#607d8b"
    get_group(group_id)
    TagGroup.update(color=color).where(TagGroup.id == group_id).execute()


def reorder_groups(group_ids: list[int]) -> None:
    """Put the groups in this order (ids not listed keep their relative order after)."""
    with database.atomic():
        rest = [g.id for g in list_groups() if g.id not in group_ids]
        for position, gid in enumerate([*group_ids, *rest]):
            TagGroup.update(position=position).where(TagGroup.id == gid).execute()


def move_group(group_id: int, step: int) -> None:
    """Move a group up (step -1) or down (+1) in the list."""
    ids = [g.id for g in list_groups()]
    i = ids.index(group_id)
    j = max(0, min(len(ids) - 1, i + step))
    ids.insert(j, ids.pop(i))
    reorder_groups(ids)


def delete_group(group_id: int) -> int:
    """Delete a group; its tags move to 其他 (no customer loses a tag). Returns tags moved."""
    with database.atomic():
        group = get_group(group_id)
        if group.name == OTHER_GROUP:
            raise ValidationError("name", "group_protected", "the 其他 group cannot be deleted")
        other = other_group()
        start = (Tag.select(fn.MAX(Tag.position)).where(Tag.group == other).scalar() or 0) + 1
        moved = 0
        for offset, tag in enumerate(
            Tag.select().where(Tag.group == group_id).order_by(Tag.position)
        ):
            Tag.update(group=other, position=start + offset).where(Tag.id == tag.id).execute()
            moved += 1
        TagGroup.delete().where(TagGroup.id == group_id).execute()
        audit.record("delete", "tag", group_id, count=moved,
                     detail=f"group: {group.name}; color: {group.color}; tags: {moved}")  # fmt: skip
        return moved


# ---------------------------------------------------------------- tags


def _check_tag_name_free(name: str, tag_id: int | None) -> None:
    other = find_tag(name)
    if other is not None and other.id != tag_id:
        raise ValidationError(
            "name", "tag_name_taken", f"a tag named {other.name!r} exists", name=other.name
        )


def create_tag(name: str, group_id: int | None = None, color: str = "") -> Tag:
    name = clean_name(name)
    color = clean_color(color)
    with database.atomic():
        group = get_group(group_id) if group_id is not None else other_group()
        _check_tag_name_free(name, None)
        position = (Tag.select(fn.MAX(Tag.position)).where(Tag.group == group).scalar() or 0) + 1
        return Tag.create(
            group=group, name=name, name_key=tag_key(name), color=color, position=position
        )


def rename_tag(tag_id: int, name: str) -> None:
    """Rename (a change of case alone is fine); a name another tag has is refused:
    merge_tags() is the way to join two tags."""
    name = clean_name(name)
    with database.atomic():
        get_tag(tag_id)
        _check_tag_name_free(name, tag_id)
        Tag.update(name=name, name_key=tag_key(name)).where(Tag.id == tag_id).execute()


def recolor_tag(tag_id: int, color: str) -> None:
    """A #rrggbb colour, or "" to use the group's colour."""
    color = clean_color(color)
    get_tag(tag_id)
    Tag.update(color=color).where(Tag.id == tag_id).execute()


def move_tag(tag_id: int, group_id: int, index: int | None = None) -> None:
    """Move a tag into a group (another or its own) at `index` (default: the end)."""
    with database.atomic():
        tag = get_tag(tag_id)
        get_group(group_id)
        ids = [
            t.id
            for t in Tag.select(Tag.id)
            .where((Tag.group == group_id) & (Tag.id != tag.id))
            .order_by(Tag.position, Tag.name_key)
        ]
        ids.insert(len(ids) if index is None else max(0, min(index, len(ids))), tag.id)
        Tag.update(group=group_id).where(Tag.id == tag.id).execute()
        for position, tid in enumerate(ids):
            Tag.update(position=position).where(Tag.id == tid).execute()


def move_tag_step(tag_id: int, step: int) -> None:
    """Move a tag up (step -1) or down (+1) within its group."""
    tag = get_tag(tag_id)
    ids = [
        t.id
        for t in Tag.select(Tag.id)
        .where(Tag.group == tag.group_id)
        .order_by(Tag.position, Tag.name_key)
    ]
    move_tag(tag_id, tag.group_id, max(0, ids.index(tag_id) + step))


def get_or_create_tags(names: Iterable[str]) -> list[Tag]:
    """Tags by name, creating missing ones in the 其他 group (names are validated)."""
    result = []
    seen = set()
    for raw in names:
        if not " ".join(str(raw or "").split()):
            continue
        name = clean_name(raw)
        tag = find_tag(name) or create_tag(name)
        if tag.id not in seen:
            seen.add(tag.id)
            result.append(tag)
    return result


def customers_with(tag_id: int) -> int:
    """How many customers (recycle bin included) carry the tag."""
    return CustomerTag.select().where(CustomerTag.tag == tag_id).count()


def tags_in_group(group_id: int) -> int:
    """How many tags the group holds (they move to 其他 when it is deleted)."""
    return Tag.select().where(Tag.group == group_id).count()


def delete_tag(tag_id: int) -> int:
    """Delete a tag and take it off every customer. Returns how many customers had it."""

    with database.atomic():
        tag = get_tag(tag_id)
        holders = CustomerTag.select(CustomerTag.customer_id).where(CustomerTag.tag == tag_id)
        n = (
            Customer.update(tag_count=Customer.tag_count - 1)
            .where(Customer.id.in_(holders))
            .execute()
        )
        CustomerTag.delete().where(CustomerTag.tag == tag_id).execute()
        Tag.delete().where(Tag.id == tag_id).execute()
        saved_views.forget_tag(tag_id)
        stay_in_touch.tag_merged(tag_id, None)
        audit.record("delete", "tag", tag_id, count=n,
                     detail=f"{tag.name}; group: {tag.group.name}; color: {tag.color}; "
                            f"customers: {n}")  # fmt: skip
        return n


def merge_tags(source_ids: Iterable[int], target_id: int) -> int:
    """Merge tags into `target_id`: every customer of a source keeps the target tag, the
    sources are deleted, and saved views point at the target. Returns the customers that
    gained the target tag."""

    sources = [s for s in dict.fromkeys(source_ids) if s != target_id]
    gained = 0
    with database.atomic():
        target = get_tag(target_id)
        merged = [get_tag(source).name for source in sources]
        for source in sources:
            of_source = CustomerTag.select(CustomerTag.customer_id).where(CustomerTag.tag == source)
            of_target = CustomerTag.select(CustomerTag.customer_id).where(
                CustomerTag.tag == target_id
            )
            # Customers with both lose one tag; those with the source only swap it.
            Customer.update(tag_count=Customer.tag_count - 1).where(
                Customer.id.in_(of_source) & Customer.id.in_(of_target)
            ).execute()
            gained += (
                CustomerTag.insert_from(
                    CustomerTag.select(CustomerTag.customer_id, Value(target_id)).where(
                        (CustomerTag.tag == source) & CustomerTag.customer_id.not_in(of_target)
                    ),
                    [CustomerTag.customer, CustomerTag.tag],
                )
                .as_rowcount()
                .execute()
                or 0
            )
            CustomerTag.delete().where(CustomerTag.tag == source).execute()
            Tag.delete().where(Tag.id == source).execute()
            saved_views.replace_tag(source, target_id)
            stay_in_touch.tag_merged(source, target_id)
        if sources:
            audit.record("merge", "tag", target_id, count=len(sources),
                         detail=f"{audit.names(merged)} → {target.name}")  # fmt: skip
    return gained
