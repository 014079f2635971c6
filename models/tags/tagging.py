"""Putting tags on customers and taking them off, one or a hundred thousand at a time.

Every bulk change returns exactly which customers changed, so an undo puts back what
was there and no more. Each call is one transaction: cancelled or failed halfway, the
data is as it was. Customer.tag_count is kept in step (the "sort by tags" index).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from models.customers import customer_list
from models.customers.customer_filter import CustomerFilter
from models.customers.record import Customer
from models.errors import Cancelled, ValidationError
from models.storage import audit
from models.storage.bulk import insert_rows
from models.storage.db import database
from models.tags.tables import CustomerTag, get_tag
from models.tags.tag_filter import forget_estimates
from models.tags.tags import get_or_create_tags, tag_key, tags_by_name

CHUNK = 900  # ids per IN (...) statement: under every backend's parameter limit

Progress = Callable[[float], None]


@dataclass
class TagChange:
    """What a bulk call changed: per tag id, the customers that gained or lost it."""

    added: dict[int, list[int]] = field(default_factory=dict)
    removed: dict[int, list[int]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not any(self.added.values()) and not any(self.removed.values())

    def inverse(self) -> TagChange:
        return TagChange(added=dict(self.removed), removed=dict(self.added))


def _chunks(items: Sequence[int], size: int = CHUNK):
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _holders(tag_id: int) -> set[int]:
    query = CustomerTag.select(CustomerTag.customer_id).where(CustomerTag.tag == tag_id)
    return {cid for (cid,) in query.tuples()}


def _bump(ids: Sequence[int], delta: int) -> None:
    for chunk in _chunks(ids):
        Customer.update(tag_count=Customer.tag_count + delta).where(
            Customer.id.in_(chunk)
        ).execute()


def _existing(ids: Iterable[int]) -> list[int]:
    ids = sorted(set(ids))
    found = []
    for chunk in _chunks(ids):
        found += [i for (i,) in Customer.select(Customer.id).where(Customer.id.in_(chunk)).tuples()]
    return found


def apply(
    change: TagChange,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> TagChange:
    """Add and remove tags as `change` says, in one transaction; returns what really
    changed (customers that already had an added tag, or lacked a removed one, are left
    out). Raises Cancelled (writing nothing) when `cancel` is set."""
    steps = [("add", t, ids) for t, ids in change.added.items()]
    steps += [("remove", t, ids) for t, ids in change.removed.items()]
    total = sum(len(ids) for _k, _t, ids in steps) or 1
    done = 0
    result = TagChange()
    with database.atomic():  # an exception (Cancelled included) rolls everything back
        for kind, tag_id, ids in steps:
            get_tag(tag_id)
            holders = _holders(tag_id)
            if kind == "add":
                todo = [i for i in _existing(ids) if i not in holders]
            else:
                todo = sorted(set(ids) & holders)
            for chunk in _chunks(todo, 20 * CHUNK):
                if cancel is not None and cancel.is_set():
                    raise Cancelled
                if kind == "add":
                    insert_rows(
                        CustomerTag,
                        [CustomerTag.customer, CustomerTag.tag],
                        [(cid, tag_id) for cid in chunk],
                    )
                    _bump(chunk, +1)
                else:
                    for part in _chunks(chunk):
                        CustomerTag.delete().where(
                            (CustomerTag.tag == tag_id) & CustomerTag.customer_id.in_(part)
                        ).execute()
                    _bump(chunk, -1)
                done += len(chunk)
                if progress is not None:
                    progress(min(done / total, 1.0))
            (result.added if kind == "add" else result.removed)[tag_id] = todo
        _audit(result)
    forget_estimates()
    return result


def _audit(result: TagChange) -> None:
    """One entry per bulk change: '+VIP 1,203; -老客户 40'."""

    parts, touched = [], set()
    for sign, side in (("+", result.added), ("-", result.removed)):
        for tag_id, ids in side.items():
            if ids:
                parts.append(f"{sign}{get_tag(tag_id).name} {len(ids):,}")
                touched.update(ids)
    if parts:
        only = next(iter(touched)) if len(touched) == 1 else None
        audit.record("tag", "customer", only, detail="; ".join(parts), count=len(touched))


def add_tags(tag_ids: Iterable[int], customer_ids: Iterable[int], **kw) -> TagChange:
    ids = list(customer_ids)
    return apply(TagChange(added={t: ids for t in tag_ids}), **kw)


def remove_tags(tag_ids: Iterable[int], customer_ids: Iterable[int], **kw) -> TagChange:
    ids = list(customer_ids)
    return apply(TagChange(removed={t: ids for t in tag_ids}), **kw)


def tag_customers(
    target,
    add_names: Iterable[str] = (),
    remove_names: Iterable[str] = (),
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> tuple[int, TagChange]:
    """Add and remove tags by name on `target`: a list of customer ids, or a
    CustomerFilter meaning every customer it matches ("all N matching"). New tag names
    are created (in 其他); an unknown name to remove is refused. One transaction: on any
    error or cancel nothing is written, not even the new tags. Returns (customers
    targeted, what changed)."""

    add_names, remove_names = list(add_names), list(remove_names)
    if {tag_key(n) for n in add_names} & {tag_key(n) for n in remove_names}:
        raise ValidationError(
            "tags", "tag_add_and_remove", "a tag cannot be both added and removed"
        )
    with database.atomic():
        removing = tags_by_name(remove_names)
        adding = get_or_create_tags(add_names)
        if isinstance(target, CustomerFilter):
            ids = customer_list.matching_ids(target)
        else:
            ids = list(target)
        change = apply(
            TagChange(added={t.id: ids for t in adding}, removed={t.id: ids for t in removing}),
            progress=progress,
            cancel=cancel,
        )
    return len(ids), change
