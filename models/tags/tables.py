"""The tag tables: groups, tags and which customer has which tag; what every domain that
points at a tag needs (tags.py holds the rules: names, groups, merging)."""

from __future__ import annotations

from peewee import CharField, CompositeKey, ForeignKeyField, IntegerField

from models.customers.record import Customer
from models.errors import NotFoundError
from models.storage.base import BaseModel


class TagGroup(BaseModel):
    name = CharField(unique=True)
    color = CharField(default="#607d8b")
    position = IntegerField(default=0)


class Tag(BaseModel):
    group = ForeignKeyField(TagGroup, backref="tags", on_delete="CASCADE")
    name = CharField()
    name_key = CharField(unique=True)  # see tag_key
    color = CharField(default="")
    position = IntegerField(default=0)


class CustomerTag(BaseModel):
    customer = ForeignKeyField(Customer, on_delete="CASCADE")
    tag = ForeignKeyField(Tag, on_delete="CASCADE")

    class Meta:
        primary_key = CompositeKey("customer", "tag")


def get_tag(tag_id: int) -> Tag:
    tag = Tag.get_or_none(Tag.id == tag_id)
    if tag is None:
        raise NotFoundError(f"tag {tag_id} does not exist", "tag_not_found", id=tag_id)
    return tag
