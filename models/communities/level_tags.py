"""Live tags by engagement level: the system tag group 社群等级 with one tag per level
(核心 活跃 参与 观望 沉默). Once turned on, each member (an open membership) has the tag
of their best level across their communities and no other level tag; engagement's
recompute keeps them in step (`follow`, in its transaction), like RFM's "apply as tags"
(models/purchases/rfm.py) but kept up to date. Customers in the recycle bin are left as
they are (their levels are not recomputed either)."""

from __future__ import annotations

from models.communities.tables import LEVELS
from models.storage import audit, preferences
from models.storage.db import database
from models.tags.tables import CustomerTag, Tag, TagGroup
from models.tags.tagging import TagChange, apply
from models.tags.tags import create_group, create_tag

TAG_GROUP = "社群等级"
LEVEL_TAGS = {"core": "核心", "active": "活跃", "participant": "参与", "watcher": "观望",
              "silent": "沉默"}  # fmt: skip
ON_KEY = "community_level_tags"
CHUNK = 500


def is_on() -> bool:
    """Whether the level tags are kept in step after each recompute."""
    return bool(preferences.get(ON_KEY, False))


def set_on(on: bool, action: str = "settings") -> None:
    """Turn the live tags on or off (audited; the tags already given stay)."""
    with database.atomic():
        if is_on() == bool(on):
            return
        preferences.put(ON_KEY, bool(on))
        audit.record(action, "setting", detail=f"{ON_KEY}: {'on' if on else 'off'}")


def level_tags() -> dict[str, int]:
    """{level: tag id} in the system group, creating the group and tags as needed."""
    with database.atomic():
        group = TagGroup.get_or_none(TagGroup.name == TAG_GROUP) or create_group(TAG_GROUP,
                                                                                  "#00897b")  # fmt: skip
        out = {}
        for level in LEVELS:
            name = LEVEL_TAGS[level]
            tag = Tag.get_or_none(Tag.name == name) or create_tag(name, group.id)
            out[level] = tag.id
        return out


def best_levels(customer_ids=None) -> dict[int, str]:
    """{customer: their best level over their open memberships} (those with a level);
    of `customer_ids` only when given."""
    rank = {level: i for i, level in enumerate(LEVELS)}  # core 0 .. silent 4
    sql = ("SELECT customer_id, level FROM community_member"
           " WHERE left_on IS NULL AND level != ''")  # fmt: skip
    rows = []
    if customer_ids is None:
        rows = database.execute_sql(sql).fetchall()
    else:
        ids = sorted({int(i) for i in customer_ids})
        for i in range(0, len(ids), CHUNK):
            part = ids[i : i + CHUNK]
            rows += database.execute_sql(
                sql + f" AND customer_id IN ({','.join('?' * len(part))})", part).fetchall()  # fmt: skip
    best: dict[int, str] = {}
    for customer, level in rows:
        if level in rank and (customer not in best or rank[level] < rank[best[customer]]):
            best[customer] = level
    return best


def _binned() -> set[int]:
    return {r[0] for r in database.execute_sql(
        "SELECT id FROM customer WHERE deleted_at IS NOT NULL")}  # fmt: skip


def changes(customer_ids=None) -> TagChange:
    """What would make the level tags say the best levels (of `customer_ids`, else of
    everyone): who gains a level tag, who loses one."""
    tags = level_tags()
    best = best_levels(customer_ids)
    scope = None if customer_ids is None else {int(i) for i in customer_ids}
    binned = _binned()
    change = TagChange()
    for level, tag_id in tags.items():
        wanted = {c for c, lv in best.items() if lv == level and c not in binned}
        query = CustomerTag.select(CustomerTag.customer_id).where(CustomerTag.tag == tag_id)
        holders = {c for (c,) in query.tuples() if c not in binned}
        if scope is not None:
            holders &= scope
        if wanted - holders:
            change.added[tag_id] = sorted(wanted - holders)
        if holders - wanted:
            change.removed[tag_id] = sorted(holders - wanted)
    return change


def apply_as_tags(progress=None, cancel=None, action: str = "settings") -> TagChange:
    """Turn the live tags on and make them say the best levels now: one transaction
    (tagging.apply, audited); returns the TagChange, which the window can undo."""
    with database.atomic():
        set_on(True, action)
        return apply(changes(), progress, cancel)


def follow(customer_ids=None) -> TagChange | None:
    """After a recompute (in its transaction): the level tags of `customer_ids` (None:
    everyone) follow their levels, when the live tags are on."""
    if not is_on():
        return None
    change = changes(customer_ids)
    return None if change.empty else apply(change)


def undo_apply(change: TagChange, action: str = "undo") -> TagChange:
    """Undo `apply_as_tags`: its tag change reversed and the live tags off, in one
    transaction; returns what was reversed."""
    with database.atomic():
        set_on(False, action)
        return apply(change.inverse())
