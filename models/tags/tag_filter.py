"""Tag filters as SQL conditions (portable: EXISTS and IN subqueries only).

Two shapes, because the cheapest plan depends on how many customers match:
- `exists_conditions`: per-customer probes of the (customer_id, tag_id) primary key,
  for walking a sort index when many customers match (~0.25 us a probe);
- `matching_ids`: the customer ids straight from the tag links, driven from the
  smallest required tag, for counting and for few matches.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from peewee import SQL, fn

from models.customers.customer_filter import CustomerFilter
from models.tags.tables import CustomerTag

# Link counts only choose plans (which tag drives, links or walk), never results, so
# a few seconds' staleness is harmless; recounting costs ~5 ms per 100k links.
_ESTIMATE_TTL = 5.0
_estimates: dict[int, tuple[float, int]] = {}


def link_counts(tag_ids: Iterable[int]) -> dict[int, int]:
    """Links per tag (bin included), for planning: recent counts are reused."""
    ids = list(dict.fromkeys(tag_ids))
    now = time.monotonic()
    stale = [t for t in ids if now - _estimates.get(t, (-1e9, 0))[0] > _ESTIMATE_TTL]
    if stale:
        fresh = dict.fromkeys(stale, 0)
        query = (
            CustomerTag.select(CustomerTag.tag_id, fn.COUNT(SQL("*")))
            .where(CustomerTag.tag_id.in_(stale))
            .group_by(CustomerTag.tag_id)
            .tuples()
        )
        fresh.update(dict(query))
        _estimates.update({t: (now, n) for t, n in fresh.items()})
    return {t: _estimates[t][1] for t in ids}


def forget_estimates() -> None:
    """After a large tagging change, plan from fresh counts."""
    _estimates.clear()


def _has(id_column, tag_ids) -> object:
    ct = CustomerTag.alias("ct")
    tag_ids = list(tag_ids)
    cond = ct.tag_id == tag_ids[0] if len(tag_ids) == 1 else ct.tag_id.in_(tag_ids)
    return fn.EXISTS(ct.select(SQL("1")).where((ct.customer_id == id_column) & cond))


def exists_conditions(flt: CustomerFilter, id_column) -> list:
    """Conditions on `id_column` (a customer id) for the filter's tags; [] without tags."""
    conds = []
    if flt.tags:
        if flt.any_tags:
            conds.append(_has(id_column, flt.tags))
        else:
            counts = link_counts(flt.tags)
            # Most selective first: SQLite stops at the first failing probe.
            conds += [_has(id_column, [t]) for t in sorted(flt.tags, key=counts.get)]
    if flt.not_tags:
        conds.append(~_has(id_column, flt.not_tags))
    return conds


def probe_count(flt: CustomerFilter) -> int:
    """How many probes a customer costs when walking (for the planner's estimate)."""
    required = (1 if flt.any_tags else len(flt.tags)) if flt.tags else 0
    return required + (1 if flt.not_tags else 0)


def drive_size(flt: CustomerFilter) -> int:
    """Tag links `matching_ids` reads before probing: its cost, for the planner."""
    if not flt.tags:
        return 0
    counts = link_counts(flt.tags)
    return sum(counts.values()) if flt.any_tags else min(counts.values())


def matching_ids(flt: CustomerFilter, extra: Callable | None = None):
    """A SELECT of the ids of customers (live and bin alike) passing the tag filter.

    Needs at least one required tag. All-of reads the links of the smallest required
    tag and probes the others; any-of reads the union. `extra(id_column)` may add
    conditions (search, live or bin) on the id.
    """
    assert flt.tags, "matching_ids needs a required tag"
    a = CustomerTag.alias("a")
    if flt.any_tags and len(flt.tags) > 1:
        query = a.select(a.customer_id).where(a.tag_id.in_(list(flt.tags))).distinct()
    else:
        counts = link_counts(flt.tags)
        drive, *others = sorted(flt.tags, key=counts.get)
        query = a.select(a.customer_id).where(a.tag_id == drive)
        for tag_id in others:
            query = query.where(_has(a.customer_id, [tag_id]))
    if flt.not_tags:
        query = query.where(~_has(a.customer_id, flt.not_tags))
    if extra is not None:
        for cond in extra(a.customer_id):
            query = query.where(cond)
    return query
