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
- One query joins the two per customer (the year rows by primary key, one LEFT JOIN per
  calendar year; the cut months' rows grouped per customer once), keeps each member's
  row once and sums its bits per bucket: no sort, no regrouping, no Python pass.
"""

from __future__ import annotations

import datetime as dt

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


def _member_masks(start: dt.date, end: dt.date, n: int, step: str, who: str) -> tuple[str, list]:
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
        f" AND {who} GROUP BY customer_id"
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


def _year_joins(first: int, whole_from: int, whole_to: int) -> tuple[str, list, list, list]:
    """The LEFT JOINs of each member's year rows in the whole months (one per calendar
    year, by primary key: no grouping) and, per year, the spoke and other bucket masks
    (month first + b: bit b) and the messages of those months (each year's columns
    written out: no test per month and row)."""
    joins, sp, ot, ms = [], [], [], []
    for i, year in enumerate(range(whole_from // 12, whole_to // 12 + 1)):
        ka, kb = max(0, whole_from - year * 12), min(11, whole_to - year * 12)
        keep = (1 << (kb + 1)) - (1 << ka)
        shift = year * 12 - first
        move = f"<< {shift}" if shift >= 0 else f">> {-shift}"
        y = f"y{i}"
        joins.append(
            f" LEFT JOIN community_customer_year {y} ON {y}.customer_id = m.customer_id"
            f" AND {y}.year = {year}"
        )
        sp.append(f"((IFNULL({y}.spoke, 0) & {keep}) {move})")
        ot.append(f"((IFNULL({y}.other, 0) & {keep}) {move})")
        ms.append("IFNULL(" + " + ".join(f"{y}.m{k}" for k in range(ka, kb + 1)) + ", 0)")
    return "".join(joins), sp, ot, ms


def _cut_rows(
    start: dt.date, end: dt.date, n: int, whole_from: int, whole_to: int, who: str = ""
) -> tuple[str, list]:
    """customer_id, sp, ot, ms (bucket bits) per customer with activity on the days of a
    month cut by the start or the end ("": none), read from the activity rows."""
    cuts = []
    if whole_from > month_number(start):
        cuts.append((start, min(end, _first_day(whole_from) - dt.timedelta(days=1)), 0))
    if whole_to < month_number(end) and month_number(end) >= whole_from:
        cuts.append((max(start, end.replace(day=1)), end, max(n - 1, 0)))
    parts, params = [], []
    # a few customers (`who`): their rows by customer, else all of the days'
    source = "community_activity_customer" if who else "community_activity_days"
    only = f" AND {who}" if who else ""
    for cut_from, cut_to, bucket in cuts:
        bit = 1 << bucket
        parts.append(
            f"SELECT customer_id, MAX(kind = 'message') * {bit} AS sp,"
            f" MAX(kind <> 'message') * {bit} AS ot,"
            " SUM(CASE WHEN kind = 'message' THEN count ELSE 0 END) AS ms"
            f" FROM community_activity INDEXED BY {source}"
            f" WHERE day BETWEEN ? AND ?{only} GROUP BY customer_id"
        )
        params += [str(cut_from), str(cut_to)]
    if len(parts) > 1:  # the two cuts' bits differ: their sum is their OR
        union = " UNION ALL ".join(parts)
        parts = [
            "SELECT customer_id, SUM(sp) AS sp, SUM(ot) AS ot, SUM(ms) AS ms"
            f" FROM ({union}) GROUP BY customer_id"
        ]
    return (parts[0] if parts else ""), params


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
    start: dt.date,
    end: dt.date,
    n: int,
    out,
    step: str = "month",
    summary: bool = True,
    who: str = "",
) -> None:
    """Fill `out` (community_trend.Pass) for all communities, `n` buckets of `step` (week
    or month; 0: no trend) from `start` to `end`: one query, the members (their spans, in
    customer order) each looking up their activity, kept once and summed per bucket bit.
    `summary`: by month, the whole months from the year summary (a primary-key lookup
    per member and year) and a month cut by the start or the end from the activity rows
    (grouped per customer once, kept in memory with an index SQLite makes); else
    everything from the activity rows of the period. `who`: an SQL condition on
    customer_id choosing the customers counted (default: those not in the recycle
    bin; community_kept counts the bin's few with it, by month)."""
    members_sql, mparams = _member_masks(start, end, n, step, who or not_binned())
    if summary:
        whole_from, whole_to = _whole_months(start, end)
        joins, sp, ot, ms = "", [], [], []
        if whole_from <= whole_to:
            joins, sp, ot, ms = _year_joins(month_number(start), whole_from, whole_to)
        cut, aparams = _cut_rows(start, end, n, whole_from, whole_to, who)
        if cut:
            joins += " LEFT JOIN c ON c.customer_id = m.customer_id"
            sp, ot, ms = (
                [*sp, "IFNULL(c.sp, 0)"],
                [*ot, "IFNULL(c.ot, 0)"],
                [*ms, "IFNULL(c.ms, 0)"],
            )
        # a customer's parts have disjoint bits: their sum is their OR
        sp_sum, ot_sum = " + ".join(sp) or "0", " + ".join(ot) or "0"
        per_member = (
            f"SELECT m.mask AS mask, {sp_sum} AS sp, {ot_sum} AS ot, {' + '.join(ms) or '0'} AS ms,"
            f" ({sp_sum}) | ({ot_sum}) AS did FROM ({members_sql}) m{joins}"
        )
        with_part = f"WITH c AS MATERIALIZED ({cut})," if cut else "WITH"
    else:
        activity, aparams = _from_rows(start, end, n, step)
        per_member = (
            "SELECT m.mask AS mask, IFNULL(a.sp, 0) AS sp, IFNULL(a.ot, 0) AS ot,"
            f" IFNULL(a.ms, 0) AS ms, IFNULL(a.did, 0) AS did FROM ({members_sql}) m"
            " LEFT JOIN a ON a.customer_id = m.customer_id"
        )
        with_part = f"WITH a AS MATERIALIZED ({activity}),"
    # each member's row kept once (MATERIALIZED: the flattened query would compute its
    # joins' expressions again for every sum); then sums per bucket bit, no sort
    at_end = f"(mask >> {n} & 1)"
    sums = [f"SUM(mask >> {i} & 1)" for i in range(n)]
    sums += [f"SUM((mask & did) >> {i} & 1)" for i in range(n)]
    sums += [
        f"SUM({at_end} AND did <> 0)",
        f"SUM({at_end} AND did <> 0 AND sp <> 0)",
        f"SUM({at_end} AND did <> 0 AND ot <> 0)",
        f"SUM(CASE WHEN {at_end} AND did <> 0 THEN ms ELSE 0 END)",
    ]
    sql = f"{with_part} p AS MATERIALIZED ({per_member}) SELECT {', '.join(sums)} FROM p"
    row = database.execute_sql(sql, [*aparams, *mparams]).fetchone()
    out.active += row[2 * n] or 0
    out.speakers += row[2 * n + 1] or 0
    out.interacting += row[2 * n + 2] or 0
    out.messages += row[2 * n + 3] or 0
    if n:
        out.members = [v or 0 for v in row[:n]]
        out.active_per_bucket = [v or 0 for v in row[n : 2 * n]]


def changes(
    start: dt.date, end: dt.date, n: int, step: str, column: str, who: str = ""
) -> tuple[list[int], int]:
    """Per bucket: the customers with a period starting (`column` joined_on) or ending
    (left_on) in it, each counted once per bucket (a leave is never before its join);
    and how many customers in the whole period (the buckets cover it)."""
    # one mask per customer, grouped in the covering index's customer order (each
    # customer's DISTINCT set is a few bits, dropped at the next customer), kept once and
    # summed per bit: no sort of the (customer, bucket) pairs
    masks = (
        f"SELECT SUM(DISTINCT 1 << {_bucket(step, start, column)}) AS mask"
        " FROM community_member INDEXED BY community_member_customer_levels"
        f" WHERE {column} BETWEEN ? AND ? AND {who or not_binned()} GROUP BY customer_id"
    )
    sums = "".join(f", SUM(mask >> {i} & 1)" for i in range(n))
    sql = f"WITH p AS MATERIALIZED ({masks}) SELECT COUNT(*){sums} FROM p"
    row = database.execute_sql(sql, [str(start), str(end)]).fetchone()
    return [v or 0 for v in row[1:]], row[0]
