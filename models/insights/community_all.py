"""The activity figures and the trend of ALL communities, set based (issue 25, "Scale
and speed"): the same figures as community_trend's per-period pass (its docstring and
community_metrics' definitions), from the per-customer summaries of schema step 26
instead of every membership period and every month row. Long periods by month read the
activity from the year summary; weeks, short periods and no trend (the dashboard card)
from the activity rows, grouped per customer with their week or month bits.

- Membership at each bucket's end: a customer's merged spans (community_customer_span)
  are disjoint, so the bits "a member at the end of month b" of their spans add up to
  the customer's mask in SQL (no OR needed); bit n: a member on the period's last day.
- Activity: community_customer_year gives per customer and year the months spoken in /
  otherwise active in (12-bit masks) and each month's message count; the masks are
  shifted to the period's bucket numbers (disjoint years: a sum is their OR) and cut to
  the whole months of the period; a month cut by the start or the end is read from the
  activity rows (community_activity_days) and its bit added.
- One query joins the two per customer and groups by the pair of masks (some thousands
  of distinct pairs), so Python only sums the groups.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from models.communities.live import not_binned
from models.storage.db import database


def month_number(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _first_day(month: int) -> dt.date:
    return dt.date(month // 12, month % 12 + 1, 1)


def _bucket(step: str, start: dt.date, column: str, month_column: str = "") -> str:
    """The bucket number of a date column (0: the period's first week or month; before
    it: 0 or below, never above the right one)."""
    if step == "month":
        first = month_number(start)
        if month_column:
            return f"({month_column} - {first})"
        return (
            f"(CAST(substr({column}, 1, 4) AS INTEGER) * 12"
            f" + CAST(substr({column}, 6, 2) AS INTEGER) - 1 - {first})"
        )
    monday = start - dt.timedelta(days=start.weekday())
    return f"(CAST(julianday({column}) - julianday('{monday}') AS INTEGER) / 7)"


def _member_masks(start: dt.date, end: dt.date, n: int, step: str) -> tuple[str, list]:
    """customer_id, mask: bits 0..n-1 a member at the end of bucket b (week or month
    first + b, the last one ending on `end`), bit n a member on `end`."""
    e = end.isoformat()
    stays = f"(left_on IS NULL OR left_on > '{e}')"  # a date: written in as a literal
    if n:
        lo = f"MAX(0, {_bucket(step, start, 'joined_on', 'joined_month')})"
        gone = _bucket(step, start, "left_on", "left_month")
        hi = f"(CASE WHEN {stays} THEN {n} ELSE MIN({gone}, {n - 1}) END)"
        bits = f"(CASE WHEN {hi} > {lo} THEN (1 << {hi}) - (1 << {lo}) ELSE 0 END) + "
    else:
        bits = ""
    sql = (
        f"SELECT customer_id, SUM({bits}({stays} << {n})) AS mask"
        " FROM community_customer_span WHERE joined_on <= ? AND (left_on IS NULL OR left_on >= ?)"
        f" AND {not_binned()} GROUP BY customer_id"
    )
    return sql, [e, str(start)]


def _rows_between(first: dt.date, last: dt.date) -> bool:
    """Whether any activity row is dated from `first` to `last` (one index probe)."""
    if first > last:
        return False
    sql = (
        "SELECT 1 FROM community_activity INDEXED BY community_activity_days"
        " WHERE day BETWEEN ? AND ? LIMIT 1"
    )
    return database.execute_sql(sql, [str(first), str(last)]).fetchone() is not None


def _whole_months(start: dt.date, end: dt.date) -> tuple[int, int]:
    """The first and last month whose summary rows count whole (from > to: none): those
    lying wholly in the period, and a month cut by the start or the end with no activity
    row on its days outside the period (today's month, up to today: its summary is the
    same)."""
    first, last = month_number(start), month_number(end)
    month_end = _first_day(last + 1) - dt.timedelta(days=1)
    whole_from = (
        first if not _rows_between(_first_day(first), start - dt.timedelta(days=1)) else first + 1
    )
    whole_to = last if not _rows_between(end + dt.timedelta(days=1), month_end) else last - 1
    return whole_from, whole_to


def _year_rows(first: int, whole_from: int, whole_to: int) -> str:
    """Per customer and year in the whole months: spoke, other as bucket masks (month
    first + b: bit b) and the messages of those months (each year's columns written
    out: no test per month and row)."""
    sp, ot, ms = [], [], []
    for year in range(whole_from // 12, whole_to // 12 + 1):
        ka, kb = max(0, whole_from - year * 12), min(11, whole_to - year * 12)
        keep = (1 << (kb + 1)) - (1 << ka)
        shift = year * 12 - first
        move = f"<< {shift}" if shift >= 0 else f">> {-shift}"
        sp.append(f"WHEN {year} THEN ((spoke & {keep}) {move})")
        ot.append(f"WHEN {year} THEN ((other & {keep}) {move})")
        ms.append(f"WHEN {year} THEN " + " + ".join(f"m{k}" for k in range(ka, kb + 1)))
    case = "CASE year " + "{} END"
    return (
        f"SELECT customer_id, {case.format(' '.join(sp))} AS sp, {case.format(' '.join(ot))} AS ot,"
        f" {case.format(' '.join(ms))} AS ms FROM community_customer_year"
        f" WHERE year BETWEEN {whole_from // 12} AND {whole_to // 12}"
    )


def _activity_rows(start: dt.date, end: dt.date, n: int) -> tuple[str, list]:
    """customer_id, spoke, other, messages, did (bucket bits) per customer with activity
    in the period, possibly several rows per customer (whole months, cut months)."""
    first = month_number(start)
    whole_from, whole_to = _whole_months(start, end)
    parts, params = [], []
    if whole_from <= whole_to:
        parts.append(_year_rows(first, whole_from, whole_to))
    cuts = []
    if whole_from > first:
        cuts.append((start, min(end, _first_day(whole_from) - dt.timedelta(days=1)), 0))
    if whole_to < month_number(end) and month_number(end) >= whole_from:
        cuts.append((max(start, end.replace(day=1)), end, max(n - 1, 0)))
    for cut_from, cut_to, bucket in cuts:
        bit = 1 << bucket
        parts.append(
            f"SELECT customer_id, MAX(kind = 'message') * {bit}, MAX(kind <> 'message') * {bit},"
            " SUM(CASE WHEN kind = 'message' THEN count ELSE 0 END)"
            " FROM community_activity INDEXED BY community_activity_days"
            " WHERE day BETWEEN ? AND ? GROUP BY customer_id"
        )
        params += [str(cut_from), str(cut_to)]
    return " UNION ALL ".join(parts), params


def _from_rows(start: dt.date, end: dt.date, n: int, step: str) -> tuple[str, list]:
    """customer_id, sp, ot, ms, did per customer from the activity rows of the period
    (short periods, weeks): did the buckets as bits (without a trend: 1)."""
    did = f"SUM(DISTINCT 1 << {_bucket(step, start, 'day')})" if n else "1"
    sql = (
        "SELECT customer_id, MAX(kind = 'message') AS sp, MAX(kind <> 'message') AS ot,"
        f" SUM(CASE WHEN kind = 'message' THEN count ELSE 0 END) AS ms, {did} AS did"
        " FROM community_activity INDEXED BY community_activity_days"
        " WHERE day BETWEEN ? AND ? GROUP BY customer_id"
    )
    return sql, [str(start), str(end)]


def run(
    start: dt.date, end: dt.date, n: int, out, step: str = "month", summary: bool = True
) -> None:
    """Fill `out` (community_trend.Pass) for all communities, `n` buckets of `step` (week
    or month; 0: no trend) from `start` to `end`: one query, the members (their spans, in
    customer order) each looking up their activity (grouped per customer once, kept in
    memory with an index SQLite makes), grouped by the pair of masks. `summary`: by
    month from the year summary (long periods), else from the activity rows."""
    members_sql, mparams = _member_masks(start, end, n, step)
    at_end = 1 << n
    if not summary:
        activity, aparams = _from_rows(start, end, n, step)
        rows_sql = ""
    else:
        rows_sql, aparams = _activity_rows(start, end, n)
    if rows_sql:
        # a customer's parts have disjoint bits: their sum is their OR
        activity = (
            "SELECT customer_id, SUM(sp) AS sp, SUM(ot) AS ot, SUM(ms) AS ms, SUM(sp | ot) AS did"
            f" FROM ({rows_sql}) GROUP BY customer_id HAVING SUM(sp | ot) <> 0"
        )
    elif summary:
        activity, aparams = "SELECT 0 AS customer_id, 0 AS sp, 0 AS ot, 0 AS ms, 0 AS did", []
    sql = (
        f"WITH a AS MATERIALIZED ({activity}) SELECT m.mask, m.mask & a.did, COUNT(*),"
        " SUM(a.sp <> 0), SUM(a.ot <> 0), SUM(a.ms)"
        f" FROM ({members_sql}) m LEFT JOIN a ON a.customer_id = m.customer_id GROUP BY 1, 2"
    )
    members: Counter = Counter()
    active_masks: Counter = Counter()
    for mask, both, customers, spoke, other, messages in database.execute_sql(
        sql, [*aparams, *mparams]
    ):
        members[mask] += customers
        if both is None:  # no activity in the period
            continue
        if mask & at_end:
            out.active += customers
            out.speakers += spoke
            out.interacting += other
            out.messages += messages or 0
        if n and both:
            active_masks[both] += customers
    if n:
        out.members = _bits(members, n)
        out.active_per_bucket = _bits(active_masks, n)


def _bits(counter: Counter, size: int) -> list[int]:
    """How many customers have each bit (0 .. size-1) set, from {mask: customers}."""
    out = [0] * size
    for mask, n in counter.items():
        for i in range(size):
            if mask >> i & 1:
                out[i] += n
    return out


def changes(start: dt.date, end: dt.date, n: int, step: str, column: str) -> tuple[list[int], int]:
    """Per bucket: the customers with a period starting (`column` joined_on) or ending
    (left_on) in it, each counted once per bucket (a leave is never before its join);
    and how many customers in the whole period (the buckets cover it)."""
    # the distinct (customer, bucket) pairs first: SUM(DISTINCT) per customer would keep
    # a set for each of some 100,000 customers
    pairs = (
        f"SELECT DISTINCT customer_id, {_bucket(step, start, column)} AS b"
        " FROM community_member INDEXED BY community_member_customer_levels"
        f" WHERE {column} BETWEEN ? AND ? AND {not_binned()}"
    )
    sql = (
        "SELECT mask, COUNT(*) FROM (SELECT customer_id, SUM(1 << b) AS mask"
        f" FROM ({pairs}) GROUP BY customer_id) GROUP BY mask"
    )
    counter = Counter(dict(database.execute_sql(sql, [str(start), str(end)]).fetchall()))
    return _bits(counter, n), sum(c for mask, c in counter.items() if mask)
