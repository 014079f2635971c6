"""Undo and redo of deleting and merging tags and deleting groups: the change is kept as
the before- and after-images of the tags and groups, every customer's hold on them, the
saved views whose filters it rewrote and the stay-in-touch rules it moved or dropped
(models.storage.row_changes). Undo brings the tags back with their ids, names, colours,
groups and positions, on the same customers; redo does the change again."""

from __future__ import annotations

from peewee import fn

from models.customers.record import Customer
from models.followups.stay_in_touch import TouchRule
from models.storage import row_changes
from models.storage.db import database
from models.storage.row_changes import CHUNK, RowChanges, Scope, newer_than_now
from models.tags.saved_views import SavedView
from models.tags.tables import CustomerTag, Tag, TagGroup


def recording(tag_ids=(), group_ids=()):
    """A context manager around a delete or merge of `tag_ids` (or of the groups
    `group_ids`, whose tags move): the yielded RowChanges holds what it changed."""
    tag_ids, group_ids = list(tag_ids), list(group_ids)
    moved = [t for (t,) in Tag.select(Tag.id).where(Tag.group.in_(group_ids)).tuples()]
    scopes = [
        Scope(TagGroup, TagGroup.id.in_(group_ids) | newer_than_now(TagGroup)),  # 其他 made
        Scope(Tag, Tag.id.in_(tag_ids + moved)),
        Scope(CustomerTag, CustomerTag.tag.in_(tag_ids)),  # a merge's target among them
        Scope(SavedView),
        Scope(TouchRule, TouchRule.scope == "tag"),
    ]
    return row_changes.recording(scopes)


def write(changes: RowChanges, to_after: bool) -> None:
    """Redo (`to_after`) or undo; ValidationError "undo_conflict" and nothing written when
    something it touched was changed since. Each customer's tag count follows."""
    with database.atomic():
        changes.write(to_after)
        ids = sorted(changes.touched(CustomerTag, "customer"))
        held = CustomerTag.select(fn.COUNT(CustomerTag.tag)).where(
            CustomerTag.customer == Customer.id
        )
        for i in range(0, len(ids), CHUNK):
            Customer.update(tag_count=held).where(Customer.id.in_(ids[i : i + CHUNK])).execute()


def describe(changes: RowChanges) -> str:
    """The undo/redo audit entry's detail: the tags' names and how many customers."""
    names = sorted({image["name"] for image in changes.images(Tag, after=False)}
                   | {image["name"] for image in changes.images(Tag, after=True)})  # fmt: skip
    customers = len(changes.touched(CustomerTag, "customer"))
    return f"{', '.join(names[:10])} | customers: {customers}"
