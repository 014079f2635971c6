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
from models.insights import community_all, community_kept
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
    # the period's joined / left customers, when the pass counted them (all communities)
    joined_customers: int | None = None
    left_customers: int | None = None


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
    n = len(spans)
    if not ids and n <= CHUNK:
        return _all_from_summaries(start, end, n, step)
    return from_periods(ids, start, end, spans, step)


def from_periods(ids: list[int], start: dt.date, end: dt.date, spans: list, step: str) -> Pass:
    """run() from the membership periods themselves, one customer at a time in Python
    (any scope and step; all communities over a long period by month: _all_from_summaries)."""
    s, e = str(start), str(end)
    n = len(spans)
    ends = [str(b[2]) for b in spans] + [e]  # bit n: a member on the period's last day
    binned = _binned()
    scope, params = _scope(ids)
    member: dict[int, int] = {}
    joined: Counter = Counter()
    left: Counter = Counter()
    rows = database.execute_sql(
        # a period ended before the start counts nowhere (not a member at a bucket's end,
        # not joined or left in the period)
        "SELECT customer_id, joined_on, left_on FROM community_member WHERE joined_on <= ?"
        f" AND (left_on IS NULL OR left_on >= ?){scope}",
        [e, s, *params],
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
    # the activity, per customer: (spoke, did something else, messages, bucket mask)
    at_end = 1 << n
    active_masks: Counter = Counter()

    def count(customer: int, spoke: int, other: int, messages: int, did: int) -> None:
        mask = member.get(customer, 0)
        if not mask:
            return  # never a member at a bucket's end, or in the recycle bin
        if mask & at_end:
            out.active += 1
            out.speakers += spoke
            out.interacting += other
            out.messages += messages or 0
        if n and did & mask:
            active_masks[did & mask] += 1

    if _summarised(start, end, step, n):
        for row in _from_summary(ids, start, end, n):
            count(*row)
    else:
        for row in _from_activity(ids, start, end, spans, step):
            count(*row)
    if n:
        out.active_per_bucket = _bits(active_masks, n)
    return out


def _all_from_summaries(start: dt.date, end: dt.date, n: int, step: str) -> Pass:
    """All communities: set based, from the per-customer summaries of schema step 26
    (community_all); the activity of long periods by month from the year summary, of
    others from the rows."""
    out = Pass()
    summary = step == "month" and _summarised(start, end, step, n)
    if summary and community_kept.run(start, end, n, out):
        return out  # by month up to the end: the kept counts (schema step 34)
    community_all.run(start, end, n, out, step or "month", summary)
    if n:
        out.joined, out.joined_customers = community_all.changes(start, end, n, step, "joined_on")
        out.left, out.left_customers = community_all.changes(start, end, n, step, "left_on")
    return out


def _summarised(start: dt.date, end: dt.date, step: str, n: int) -> bool:
    """Whether the period is read from the month summary (schema step 21): long periods
    by month (or without a trend); weeks and short periods from the activity rows."""
    return (end - start).days > LONG_PERIOD_DAYS and step in ("month", "") and n <= CHUNK


def _from_activity(ids: list[int], start: dt.date, end: dt.date, spans: list, step: str):
    """(customer, spoke, other, messages, bucket mask) from the activity rows."""
    n = len(spans)
    scope, params = _scope(ids)
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
    for customer, spoke, other, messages, *parts in database.execute_sql(
        sql, [str(start), str(end), *params]
    ):
        did = 0
        for c, part in enumerate(parts):
            did |= (part or 0) << (c * CHUNK)
        yield customer, spoke, other, messages, did


def _month(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _from_summary(ids: list[int], start: dt.date, end: dt.date, n: int):
    """The same from community_activity_month for the whole months of the period, and from
    the activity rows for the days of a month cut by its start or end (bucket 0, n - 1)."""
    scope, params = _scope(ids)
    first_month = _month(start)
    whole_from = first_month if start.day == 1 else first_month + 1
    following = end + dt.timedelta(days=1)
    whole_to = _month(end) if following.day == 1 else _month(end) - 1
    edges: dict[int, list] = {}
    cut = []
    if whole_from > first_month:
        cut.append((start, min(end, _first_day(whole_from) - dt.timedelta(days=1)), 0))
    if whole_to < _month(end) and _month(end) >= whole_from:
        cut.append((max(start, end.replace(day=1)), end, max(n - 1, 0)))
    source = "community_activity_scope" if ids else "community_activity_days"
    for first, last, bucket in cut:
        bit = 1 << bucket if n else 0
        sql = (
            "SELECT customer_id, MAX(kind = 'message'), MAX(kind <> 'message'),"
            " SUM(CASE WHEN kind = 'message' THEN count ELSE 0 END)"
            f" FROM community_activity INDEXED BY {source} WHERE day BETWEEN ? AND ?{scope}"
            " GROUP BY customer_id"
        )
        for customer, spoke, other, messages in database.execute_sql(
            sql, [str(first), str(last), *params]
        ):
            had = edges.get(customer)
            if had is None:
                edges[customer] = [spoke, other, messages, bit]
            else:
                had[0] |= spoke
                had[1] |= other
                had[2] += messages
                had[3] |= bit
    if whole_from <= whole_to:
        source = "" if ids else " INDEXED BY community_activity_month_customer"
        bits = f", SUM(DISTINCT 1 << (month - {first_month}))" if n else ", 0"
        sql = (
            f"SELECT customer_id, MAX(spoke), MAX(other), SUM(messages){bits}"
            f" FROM community_activity_month{source} WHERE month BETWEEN ? AND ?{scope}"
            " GROUP BY customer_id"
        )
        for customer, spoke, other, messages, did in database.execute_sql(
            sql, [whole_from, whole_to, *params]
        ):
            had = edges.pop(customer, None)
            if had is not None:
                spoke, other = spoke | had[0], other | had[1]
                messages, did = messages + had[2], did | had[3]
            yield customer, spoke, other, messages, did
    for customer, (spoke, other, messages, did) in edges.items():
        yield customer, spoke, other, messages, did


def _first_day(month: int) -> dt.date:
    return dt.date(month // 12, month % 12 + 1, 1)
