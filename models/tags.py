"""Tag groups, tags and the customer-tag links (the browser and filters build on these)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from peewee import CharField, ForeignKeyField, IntegerField

from models.base import BaseModel
from models.search_text import normalise

# The five kinds of tag DOMAIN.md names, plus 其他 (other).
DEFAULT_GROUPS = ["属性", "预测", "消费能力", "信用评估", "行为", "其他"]


class TagGroup(BaseModel):
    name = CharField(unique=True)
    color = CharField(default="#607d8b")
    position = IntegerField(default=0)


class Tag(BaseModel):
    group = ForeignKeyField(TagGroup, backref="tags", on_delete="CASCADE")
    name = CharField()
    name_key = CharField(unique=True)  # trimmed, case-folded: tag names are unique that way
    color = CharField(default="")
    position = IntegerField(default=0)


def tag_key(name: str) -> str:
    return normalise(name)


def ensure_default_groups() -> None:
    for pos, name in enumerate(DEFAULT_GROUPS):
        TagGroup.get_or_create(name=name, defaults={"position": pos})


def get_or_create_tags(names: Iterable[str]) -> list[Tag]:
    """Tags by name, creating missing ones in the 其他 group."""
    ensure_default_groups()
    other = TagGroup.get(TagGroup.name == "其他")
    result = []
    for name in names:
        name = " ".join(name.split())
        if not name:
            continue
        tag = Tag.get_or_none(Tag.name_key == tag_key(name))
        if tag is None:
            tag = Tag.create(group=other, name=name, name_key=tag_key(name))
        result.append(tag)
    return result


def tags_of(customer_ids: Iterable[int]) -> dict[int, list[str]]:
    """Tag names per customer id (one query for a page of customers)."""
    from models.customers import CustomerTag

    ids = list(customer_ids)
    out: dict[int, list[str]] = defaultdict(list)
    if not ids:
        return out
    query = (
        CustomerTag.select(CustomerTag.customer_id, Tag.name)
        .join(Tag)
        .where(CustomerTag.customer_id.in_(ids))
        .order_by(Tag.position, Tag.name)
        .tuples()
    )
    for cid, name in query:
        out[cid].append(name)
    return out
