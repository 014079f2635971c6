"""All communities by month from the kept counts of schema step 34 (issue 25, "Scale
and speed": a year of all groups at a million customers in well under a second, where
community_all's pass over every member takes seconds). The same figures as
community_all (community_metrics' definitions), read when nothing lies after the
period's end (no membership joined or left, no activity row after it: the usual
"up to today"), else community_all counts them:

- a member on the end day is an open one; "active / a speaker / interacting in the
  period" is "the last such day on or after the start" (community_customer_state: range
  counts on its indexes); the joined and left customers of the period likewise;
- the period's messages of its members: the open members' messages per day summed
  (community_open_day);
- per month: members at its end = the span starts up to it less the ends up to it,
  active, joins and leaves (community_month_count); the last month (cut by the end) is
  whole, nothing lying after it; the first, when the start cuts it, from its days' rows;
- the counts hold every customer: the recycle bin's few are counted apart by
  community_all (restricted to them) and taken off.
"""

from __future__ import annotations

import datetime as dt

from models.communities.live import BINNED_IDS
from models.insights import community_all
from models.storage.db import database

FAR = dt.date(9999, 12, 31)


def _applies(start: dt.date, end: dt.date, n: int) -> bool:
    """Whether the kept counts answer: by month (n buckets, one per month touched) and
    nothing dated after the end."""
    if n != community_all.month_number(end) - community_all.month_number(start) + 1 or n < 2:
        return False
    joined, left = database.execute_sql(
        "SELECT (SELECT MAX(last_joined) FROM community_customer_state),"
        " (SELECT MAX(last_left) FROM community_customer_state)"
    ).fetchone()
    e = str(end)
    if (joined or "") > e or (left or "") > e:
        return False
    return not community_all._rows_between(end + dt.timedelta(days=1), FAR)


def run(start: dt.date, end: dt.date, n: int, out) -> bool:
    """Fill `out` (community_trend.Pass: the figures, the trend by month and the period's
    joined / left customers) from the kept counts; False (nothing filled) when they do
    not answer."""
    if not _applies(start, end, n):
        return False
    s, e = str(start), str(end)
    first = community_all.month_number(start)
    members, active, joined, left = [0] * n, [0] * n, [0] * n, [0] * n
    total = 0  # members at the end of the months read so far: starts less ends
    by_month = {}
    for month, starts, ends, act, joins, leaves in database.execute_sql(
        "SELECT month, starts, ends, active, joins, leaves FROM community_month_count"
        " WHERE month <= ?",
        [first + n - 1],
    ):
        if month < first:
            total += starts - ends
        else:
            by_month[month - first] = (starts - ends, act, joins, leaves)
    for b in range(n):
        change, active[b], joined[b], left[b] = by_month.get(b, (0, 0, 0, 0))
        total += change
        members[b] = total
    if start.day != 1:  # the first month cut by the start: from its days' rows
        cut_end = community_all._first_day(first + 1) - dt.timedelta(days=1)
        active[0], joined[0], left[0] = _cut_month(start, cut_end, active[0])
    counts = database.execute_sql(
        "SELECT (SELECT COUNT(*) FROM community_customer_state WHERE open = 1"
        " AND last_any >= ?), (SELECT COUNT(*) FROM community_customer_state"
        " WHERE open = 1 AND last_message >= ?), (SELECT COUNT(*) FROM"
        " community_customer_state WHERE open = 1 AND last_other >= ?),"
        " (SELECT COUNT(*) FROM community_customer_state WHERE last_joined >= ?),"
        " (SELECT COUNT(*) FROM community_customer_state WHERE last_left >= ?),"
        " (SELECT IFNULL(SUM(messages), 0) FROM community_open_day WHERE day BETWEEN ? AND ?)",
        [s, s, s, s, s, s, e],
    ).fetchone()
    out.active, out.speakers, out.interacting, joined_all, left_all, out.messages = counts
    out.members, out.active_per_bucket, out.joined, out.left = members, active, joined, left
    out.joined_customers, out.left_customers = joined_all, left_all
    _take_off_binned(start, end, n, out)
    return True


def _cut_month(start: dt.date, cut_end: dt.date, whole: int) -> tuple[int, int, int]:
    """Active (a member at `cut_end` with activity from `start` to it), joined and left
    customers from `start` to `cut_end`, every customer counted; `whole`: the active
    customers of the whole month (kept). The days before the start fewer than those
    after it: the whole month's less those active only before the start."""
    s, c = str(start), str(cut_end)
    member = (
        "EXISTS (SELECT 1 FROM community_customer_span s WHERE s.customer_id ="
        " a.customer_id AND s.joined_on <= ? AND (s.left_on IS NULL OR s.left_on > ?))"
    )
    days = "SELECT customer_id FROM community_activity INDEXED BY community_activity_days"
    if start.day - 1 < cut_end.day - start.day + 1:
        before = start.replace(day=1)
        active_sql = (
            f"? - (SELECT COUNT(*) FROM ({days} WHERE day BETWEEN ? AND ? GROUP BY"
            f" customer_id) a WHERE {member} AND NOT EXISTS (SELECT 1 FROM"
            " community_activity INDEXED BY community_activity_customer"
            " WHERE customer_id = a.customer_id AND day BETWEEN ? AND ?))"
        )
        params = [whole, str(before), str(start - dt.timedelta(days=1)), c, c, s, c]
    else:
        active_sql = (
            f"(SELECT COUNT(*) FROM ({days} WHERE day BETWEEN ? AND ? GROUP BY customer_id) a"
            f" WHERE {member})"
        )
        params = [s, c, c, c]
    sql = (
        f"SELECT {active_sql},"
        " (SELECT COUNT(DISTINCT customer_id) FROM community_member INDEXED BY"
        " community_member_joined_on WHERE joined_on BETWEEN ? AND ?),"
        " (SELECT COUNT(DISTINCT customer_id) FROM community_member INDEXED BY"
        " community_member_left_on WHERE left_on BETWEEN ? AND ?)"
    )
    return database.execute_sql(sql, [*params, s, c, s, c]).fetchone()


def _take_off_binned(start: dt.date, end: dt.date, n: int, out) -> None:
    """The recycle bin's customers' share of every figure, counted by community_all for
    them alone, taken off."""
    if database.execute_sql(f"{BINNED_IDS} LIMIT 1").fetchone() is None:
        return
    binned = type(out)()
    only = f"customer_id IN ({BINNED_IDS})"
    community_all.run(start, end, n, binned, "month", True, who=only)
    joined, joined_all = community_all.changes(start, end, n, "month", "joined_on", who=only)
    left, left_all = community_all.changes(start, end, n, "month", "left_on", who=only)
    out.active -= binned.active
    out.speakers -= binned.speakers
    out.interacting -= binned.interacting
    out.messages -= binned.messages
    out.members = [a - b for a, b in zip(out.members, binned.members, strict=True)]
    out.active_per_bucket = [
        a - b for a, b in zip(out.active_per_bucket, binned.active_per_bucket, strict=True)
    ]
    out.joined = [a - b for a, b in zip(out.joined, joined, strict=True)]
    out.left = [a - b for a, b in zip(out.left, left, strict=True)]
    out.joined_customers -= joined_all
    out.left_customers -= left_all
