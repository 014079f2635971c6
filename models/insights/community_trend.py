"""The activity figures and the trend of community metrics in one pass over the activity
(issue 25, "Scale and speed"; the definitions are community_metrics' docstring).

One grouped query reads the activity of the period from a covering index (schema step
19), one row per customer: whether they spoke, did anything else, their message count,
and the buckets (weeks or months) they were active in as bit masks (SUM(DISTINCT 1 << b)
of distinct bits is their OR). The membership periods of the scope are read once (one
row per period); each gives the buckets at whose end its customer was a member as a
range of bits. The counts per bucket are then made from the distinct masks (many
customers share one), not per customer.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from models.communities.live import BINNED_IDS
from models.storage.db import database

CHUNK = 60  # buckets per mask column (SQLite integers are 64-bit)
LONG_PERIOD_DAYS = 62  # longer: all groups read in customer order, shorter: by day


@dataclass
class Pass:
    active: int = 0
    speakers: int = 0
    interacting: int = 0
    messages: int = 0
    members: list = field(default_factory=list)  # per bucket
    joined: list = field(default_factory=list)
    left: list = field(default_factory=list)
    active_per_bucket: list = field(default_factory=list)


def _scope(ids: list[int], column: str = "community_id") -> tuple[str, list]:
    if not ids:
        return "", []
    return f" AND {column} IN ({','.join('?' * len(ids))})", list(ids)


def _bucket_sql(spans: list, step: str) -> str:
    """The bucket number of an activity row's day (0 = the first), by arithmetic."""
    first = spans[0][1]
    if step == "month":
        base = first.year * 12 + first.month
        return f"(CAST(substr(day, 1, 4) AS INTEGER) * 12 + CAST(substr(day, 6, 2) AS INTEGER) - {base})"
    monday = first - dt.timedelta(days=first.weekday())
    return f"(CAST(julianday(day) - julianday('{monday}') AS INTEGER) / 7)"


def _binned() -> set[int]:
    return {c for (c,) in database.execute_sql(BINNED_IDS)}


def _bits(counter: Counter, size: int) -> list[int]:
    """How many customers have each bit (0 .. size-1) set, from {mask: customers}."""
    out = [0] * size
    for mask, n in counter.items():
        while mask:
            low = mask & -mask
            i = low.bit_length() - 1
            if i < size:
                out[i] += n
            mask ^= low
    return out


def run(ids: list[int], start: dt.date, end: dt.date, spans: list, step: str) -> Pass:
    """The activity figures of the period (members on `end` with activity in it) and,
    with `spans` (buckets.. (label, first, last)), the trend: members at each bucket's
    end, joined and left in it, active in it and a member at its end."""
    s, e = str(start), str(end)
    n = len(spans)
    ends = [str(b[2]) for b in spans] + [e]  # bit n: a member on the period's last day
    binned = _binned()
    scope, params = _scope(ids)
    member: dict[int, int] = {}
    joined: Counter = Counter()
    left: Counter = Counter()
    rows = database.execute_sql(
        f"SELECT customer_id, joined_on, left_on FROM community_member WHERE joined_on <= ?{scope}",
        [e, *params],
    )
    joined_by, left_by = {}, {}
    for customer, j, lft in rows:
        if customer in binned:
            continue
        j = str(j)
        lo = bisect_left(ends, j)
        hi = n + 1 if lft is None else bisect_left(ends, str(lft))
        if hi > lo:
            member[customer] = member.get(customer, 0) | (((1 << hi) - 1) ^ ((1 << lo) - 1))
        if n and j >= s:
            joined_by[customer] = joined_by.get(customer, 0) | (1 << bisect_left(ends, j))
        if n and lft is not None and s <= str(lft) <= e:
            left_by[customer] = left_by.get(customer, 0) | (1 << bisect_left(ends, str(lft)))
    joined.update(joined_by.values())
    left.update(left_by.values())
    out = Pass()
    if n:
        out.members = _bits(Counter(member.values()), n)
        out.joined, out.left = _bits(joined, n), _bits(left, n)
    # the activity, per customer
    masks = ""
    if n:
        bucket = _bucket_sql(spans, step)
        if n <= CHUNK:  # the usual case: one mask (a bucket past the last: no bit kept)
            masks = f", SUM(DISTINCT 1 << {bucket})"
        else:
            masks = "".join(
                f", SUM(DISTINCT CASE WHEN {bucket} BETWEEN {c} AND {min(n, c + CHUNK) - 1}"
                f" THEN 1 << ({bucket} - {c}) END)"
                for c in range(0, n, CHUNK)
            )
    if ids:
        source = "community_activity INDEXED BY community_activity_scope"
    elif (end - start).days > LONG_PERIOD_DAYS:
        source = "community_activity INDEXED BY community_activity_customer"
    else:
        source = "community_activity INDEXED BY community_activity_days"
    sql = (
        "SELECT customer_id, MAX(kind = 'message'), MAX(kind <> 'message'),"
        f" SUM(CASE WHEN kind = 'message' THEN count ELSE 0 END){masks}"
        f" FROM {source} WHERE day BETWEEN ? AND ?{scope} GROUP BY customer_id"
    )
    at_end = 1 << n
    active_masks: Counter = Counter()
    for customer, spoke, other, messages, *parts in database.execute_sql(sql, [s, e, *params]):
        mask = member.get(customer, 0)
        if not mask:
            continue  # never a member at a bucket's end, or in the recycle bin
        if mask & at_end:
            out.active += 1
            out.speakers += spoke
            out.interacting += other
            out.messages += messages or 0
        if n:
            did = 0
            for c, part in enumerate(parts):
                did |= (part or 0) << (c * CHUNK)
            if did & mask:
                active_masks[did & mask] += 1
    if n:
        out.active_per_bucket = _bits(active_masks, n)
    return out
