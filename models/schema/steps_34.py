"""Schema step 34 (frozen once released): kept counts for the metrics of ALL communities
over long periods (issue 25, "Scale and speed": a year of all groups at a million
customers was a pass over 40,000-300,000 per-customer rows per figure, 3-4 s of CPU;
these make each figure a few index probes or a sum over a few hundred rows).

- community_customer_state: one row per customer with a membership or activity in any
  group: open (a membership not left), the last joined_on and left_on of their
  memberships, the last day of a message, of another kind of activity, of any. When
  nothing lies after a period's end, a member on that day is an open one and "joined /
  active in the period" is "the last such day on or after its start": range counts.
- community_open_day: per day, the message counts of the customers who are open members
  (the period's messages of its members, when nothing lies after its end).
- community_month_count: per month (year * 12 + month - 1): starts and ends of the
  merged spans (community_customer_span; members at a month's end = the starts up to it
  less the ends up to it), active (customers a member at the month's end with activity
  in it: a span of theirs covers its end and their year row has its bit), joins and
  leaves (customers with a membership joined / left in it, each once).
- two indexes on community_member (joined_on / left_on, customer_id): a month cut by a
  period's start read from its days; a covering index of event_signup for the events'
  figures of a period.

All customers are counted, the recycle bin's too (the metrics take the binned few off
by counting them apart). Triggers keep the three in the transaction of every write:
memberships (join, leave, import, undo, erasure, purge, a community's delete by
cascade), activity rows (and so the step 26 spans and year rows they derive) and the
state's open flag (the open members' messages move with it). The step builds them from
the existing rows, set-based.
"""

from __future__ import annotations

_MONTH = "(CAST(substr({d}, 1, 4) AS INTEGER) * 12 + CAST(substr({d}, 6, 2) AS INTEGER) - 1)"
_TWELVE = " UNION ALL ".join(f"SELECT {k} AS k" for k in range(12))

TABLES = (
    "CREATE TABLE IF NOT EXISTS community_customer_state ("
    " customer_id INTEGER NOT NULL PRIMARY KEY, open INTEGER NOT NULL,"
    " last_joined TEXT, last_left TEXT, last_message TEXT, last_other TEXT, last_any TEXT)"
    " WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS community_customer_state_joined ON community_customer_state"
    " (last_joined)",
    "CREATE INDEX IF NOT EXISTS community_customer_state_left ON community_customer_state"
    " (last_left)",
    "CREATE INDEX IF NOT EXISTS community_customer_state_any ON community_customer_state"
    " (open, last_any)",
    "CREATE INDEX IF NOT EXISTS community_customer_state_message ON community_customer_state"
    " (open, last_message)",
    "CREATE INDEX IF NOT EXISTS community_customer_state_other ON community_customer_state"
    " (open, last_other)",
    "CREATE TABLE IF NOT EXISTS community_open_day ("
    " day TEXT NOT NULL PRIMARY KEY, messages INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS community_month_count ("
    " month INTEGER NOT NULL PRIMARY KEY, starts INTEGER NOT NULL DEFAULT 0,"
    " ends INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 0,"
    " joins INTEGER NOT NULL DEFAULT 0, leaves INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS community_member_joined_on ON community_member"
    " (joined_on, customer_id)",
    "CREATE INDEX IF NOT EXISTS community_member_left_on ON community_member"
    " (left_on, customer_id)",
    # the events' figures of a period from the index alone (0.4 s of CPU at 74,000
    # sign-ups of a year, each a table row read; 0.09 s)
    "CREATE INDEX IF NOT EXISTS event_signup_metrics ON event_signup"
    " (event_id, status, walk_in, feedback_score, customer_id)",
)

_OPEN = "EXISTS (SELECT 1 FROM community_member WHERE customer_id = {c} AND left_on IS NULL)"


def _state_refresh(row: str) -> str:
    """The customer's state row recounted from their rows (gone when they have none)."""
    c = f"{row}.customer_id"

    def last(col: str, table: str, extra: str = "") -> str:
        return f"(SELECT MAX({col}) FROM {table} WHERE customer_id = {c}{extra})"

    message, other = " AND kind = 'message'", " AND kind <> 'message'"
    return (
        "INSERT INTO community_customer_state (customer_id, open, last_joined, last_left,"
        f" last_message, last_other, last_any) SELECT {c}, {_OPEN.format(c=c)},"
        f" {last('joined_on', 'community_member')}, {last('left_on', 'community_member')},"
        f" {last('day', 'community_activity', message)},"
        f" {last('day', 'community_activity', other)}, {last('day', 'community_activity')}"
        " WHERE true ON CONFLICT (customer_id) DO UPDATE SET open = excluded.open,"
        " last_joined = excluded.last_joined, last_left = excluded.last_left,"
        " last_message = excluded.last_message, last_other = excluded.last_other,"
        " last_any = excluded.last_any;"
        f" DELETE FROM community_customer_state WHERE customer_id = {c}"
        " AND last_joined IS NULL AND last_any IS NULL;"
    )


def _open_messages(row: str, sign: str) -> str:
    """A customer's message counts per day added to (sign +) / taken off (-) the open
    members' messages."""
    c = f"{row}.customer_id"
    if sign == "+":
        return (
            "INSERT INTO community_open_day (day, messages) SELECT day, SUM(count)"
            f" FROM community_activity WHERE customer_id = {c} AND kind = 'message'"
            " GROUP BY day ON CONFLICT (day) DO UPDATE SET messages = messages"
            " + excluded.messages;"
        )
    return (
        "UPDATE community_open_day SET messages = messages - (SELECT SUM(count) FROM"
        f" community_activity a WHERE a.customer_id = {c} AND a.kind = 'message'"
        " AND a.day = community_open_day.day) WHERE day IN (SELECT day FROM"
        f" community_activity WHERE customer_id = {c} AND kind = 'message');"
    )


def _row_messages(row: str, sign: str) -> str:
    """One activity row's messages added to / taken off the open members' (when its
    customer is one)."""
    cond = f"{row}.kind = 'message' AND {_OPEN.format(c=f'{row}.customer_id')}"
    if sign == "+":
        return (
            f"INSERT INTO community_open_day (day, messages) SELECT {row}.day, {row}.count"
            f" WHERE {cond} ON CONFLICT (day) DO UPDATE SET messages = messages"
            " + excluded.messages;"
        )
    return (
        f"UPDATE community_open_day SET messages = messages - {row}.count"
        f" WHERE day = {row}.day AND {cond};"
    )


def _ensure(month: str) -> str:
    return f"INSERT OR IGNORE INTO community_month_count (month) SELECT {month} WHERE {month} IS NOT NULL;"


def _span_counts(row: str, sign: str) -> str:
    """A merged span's start, end and active months added (+) / taken off (-)."""
    m = "community_month_count.month"
    return (
        f"{_ensure(f'{row}.joined_month')} {_ensure(f'{row}.left_month')}"
        f" UPDATE community_month_count SET starts = starts {sign} 1"
        f" WHERE month = {row}.joined_month;"
        f" UPDATE community_month_count SET ends = ends {sign} 1 WHERE month = {row}.left_month;"
        f" UPDATE community_month_count SET active = active {sign} 1"
        f" WHERE month >= {row}.joined_month AND ({row}.left_month IS NULL"
        f" OR month < {row}.left_month) AND EXISTS (SELECT 1 FROM community_customer_year y"
        f" WHERE y.customer_id = {row}.customer_id AND y.year = {m} / 12"
        f" AND ((y.spoke | y.other) >> ({m} % 12)) & 1);"
    )


def _year_counts(row: str, sign: str) -> str:
    """A year row's active months (with a span covering their end) added / taken off."""
    m = "community_month_count.month"
    return (
        "INSERT OR IGNORE INTO community_month_count (month)"
        f" SELECT {row}.year * 12 + k FROM ({_TWELVE});"
        f" UPDATE community_month_count SET active = active {sign} 1"
        f" WHERE month BETWEEN {row}.year * 12 AND {row}.year * 12 + 11"
        f" AND (({row}.spoke | {row}.other) >> (month - {row}.year * 12)) & 1"
        " AND EXISTS (SELECT 1 FROM community_customer_span s"
        f" WHERE s.customer_id = {row}.customer_id AND s.joined_month <= {m}"
        f" AND (s.left_month IS NULL OR s.left_month > {m}));"
    )


def _change_counts(row: str, sign: str) -> str:
    """A membership's join (and leave) month counted for its customer when no other
    membership of theirs has one in that month."""
    out = []
    for column, counter in (("joined_on", "joins"), ("left_on", "leaves")):
        d = f"{row}.{column}"
        month = _MONTH.format(d=d)
        out.append(
            f"{_ensure(f'CASE WHEN {d} IS NULL THEN NULL ELSE {month} END')}"
            f" UPDATE community_month_count SET {counter} = {counter} {sign} 1"
            f" WHERE {d} IS NOT NULL AND month = {month} AND NOT EXISTS (SELECT 1"
            f" FROM community_member o WHERE o.customer_id = {row}.customer_id"
            f" AND o.id <> {row}.id AND o.{column} BETWEEN substr({d}, 1, 7) || '-01'"
            f" AND substr({d}, 1, 7) || '-31');"
        )
    return " ".join(out)


TRIGGERS = (
    # the state, from memberships and activity rows
    "CREATE TRIGGER IF NOT EXISTS community_customer_state_member_insert AFTER INSERT ON"
    f" community_member BEGIN {_state_refresh('NEW')} {_change_counts('NEW', '+')} END",
    "CREATE TRIGGER IF NOT EXISTS community_customer_state_member_delete AFTER DELETE ON"
    f" community_member BEGIN {_state_refresh('OLD')} {_change_counts('OLD', '-')} END",
    "CREATE TRIGGER IF NOT EXISTS community_customer_state_member_update AFTER UPDATE OF"
    " customer_id, joined_on, left_on ON community_member BEGIN"
    f" {_state_refresh('OLD')} {_state_refresh('NEW')}"
    f" {_change_counts('OLD', '-')} {_change_counts('NEW', '+')} END",
    "CREATE TRIGGER IF NOT EXISTS community_customer_state_activity_insert AFTER INSERT ON"
    f" community_activity BEGIN {_state_refresh('NEW')} {_row_messages('NEW', '+')} END",
    "CREATE TRIGGER IF NOT EXISTS community_customer_state_activity_delete AFTER DELETE ON"
    f" community_activity BEGIN {_state_refresh('OLD')} {_row_messages('OLD', '-')} END",
    "CREATE TRIGGER IF NOT EXISTS community_customer_state_activity_update AFTER UPDATE OF"
    " customer_id, day, kind, count ON community_activity BEGIN"
    f" {_row_messages('OLD', '-')} {_row_messages('NEW', '+')}"
    f" {_state_refresh('OLD')} {_state_refresh('NEW')} END",
    # the open members' messages follow the open flag
    "CREATE TRIGGER IF NOT EXISTS community_open_day_state_insert AFTER INSERT ON"
    f" community_customer_state WHEN NEW.open BEGIN {_open_messages('NEW', '+')} END",
    "CREATE TRIGGER IF NOT EXISTS community_open_day_state_delete AFTER DELETE ON"
    f" community_customer_state WHEN OLD.open BEGIN {_open_messages('OLD', '-')} END",
    "CREATE TRIGGER IF NOT EXISTS community_open_day_state_closed AFTER UPDATE OF open ON"
    " community_customer_state WHEN OLD.open AND NOT NEW.open BEGIN"
    f" {_open_messages('OLD', '-')} END",
    "CREATE TRIGGER IF NOT EXISTS community_open_day_state_opened AFTER UPDATE OF open ON"
    " community_customer_state WHEN NEW.open AND NOT OLD.open BEGIN"
    f" {_open_messages('NEW', '+')} END",
    # the month counts, from the spans and the year rows (step 26)
    "CREATE TRIGGER IF NOT EXISTS community_month_count_span_insert AFTER INSERT ON"
    f" community_customer_span BEGIN {_span_counts('NEW', '+')} END",
    "CREATE TRIGGER IF NOT EXISTS community_month_count_span_delete AFTER DELETE ON"
    f" community_customer_span BEGIN {_span_counts('OLD', '-')} END",
    "CREATE TRIGGER IF NOT EXISTS community_month_count_span_update AFTER UPDATE ON"
    f" community_customer_span BEGIN {_span_counts('OLD', '-')} {_span_counts('NEW', '+')} END",
    "CREATE TRIGGER IF NOT EXISTS community_month_count_year_insert AFTER INSERT ON"
    f" community_customer_year BEGIN {_year_counts('NEW', '+')} END",
    "CREATE TRIGGER IF NOT EXISTS community_month_count_year_delete AFTER DELETE ON"
    f" community_customer_year BEGIN {_year_counts('OLD', '-')} END",
    "CREATE TRIGGER IF NOT EXISTS community_month_count_year_update AFTER UPDATE ON"
    f" community_customer_year BEGIN {_year_counts('OLD', '-')} {_year_counts('NEW', '+')} END",
)


def state_select() -> str:
    """The state rows (customer_id, open, last_joined, last_left, last_message,
    last_other, last_any) from the memberships and the activity rows."""
    return (
        "SELECT customer_id, MAX(op), MAX(lj), MAX(ll), MAX(lm), MAX(lo), MAX(la) FROM ("
        " SELECT customer_id, MAX(left_on IS NULL) AS op, MAX(joined_on) AS lj,"
        " MAX(left_on) AS ll, NULL AS lm, NULL AS lo, NULL AS la FROM community_member"
        " GROUP BY customer_id UNION ALL SELECT customer_id, 0, NULL, NULL,"
        " MAX(CASE WHEN kind = 'message' THEN day END),"
        " MAX(CASE WHEN kind <> 'message' THEN day END), MAX(day)"
        " FROM community_activity GROUP BY customer_id) GROUP BY customer_id"
    )


def open_day_select() -> str:
    """(day, messages) of the open members, days with none left out."""
    return (
        "SELECT day, SUM(count) FROM community_activity WHERE kind = 'message'"
        " AND customer_id IN (SELECT customer_id FROM community_member WHERE left_on IS NULL)"
        " GROUP BY day HAVING SUM(count) <> 0"
    )


def month_count_select() -> str:
    """(month, starts, ends, active, joins, leaves), months with all zero left out."""
    m = "y.year * 12 + k.k"
    joined, left = _MONTH.format(d="joined_on"), _MONTH.format(d="left_on")
    parts = (
        "SELECT joined_month AS month, 1 AS st, 0 AS en, 0 AS ac, 0 AS jo, 0 AS le"
        " FROM community_customer_span",
        "SELECT left_month, 0, 1, 0, 0, 0 FROM community_customer_span"
        " WHERE left_month IS NOT NULL",
        f"SELECT {m}, 0, 0, 1, 0, 0 FROM community_customer_year y CROSS JOIN ({_TWELVE}) k"
        " JOIN community_customer_span s ON s.customer_id = y.customer_id"
        f" AND s.joined_month <= {m} AND (s.left_month IS NULL OR s.left_month > {m})"
        " WHERE ((y.spoke | y.other) >> k.k) & 1",
        f"SELECT m, 0, 0, 0, 1, 0 FROM (SELECT DISTINCT customer_id, {joined} AS m"
        " FROM community_member)",
        f"SELECT m, 0, 0, 0, 0, 1 FROM (SELECT DISTINCT customer_id, {left} AS m"
        " FROM community_member WHERE left_on IS NOT NULL)",
    )
    union = " UNION ALL ".join(parts)
    return (
        f"SELECT month, SUM(st), SUM(en), SUM(ac), SUM(jo), SUM(le) FROM ({union}) GROUP BY month"
    )


BUILD = (
    "DELETE FROM community_customer_state",
    f"INSERT INTO community_customer_state {state_select()}",
    "DELETE FROM community_open_day",
    f"INSERT INTO community_open_day {open_day_select()}",
    "DELETE FROM community_month_count",
    f"INSERT INTO community_month_count {month_count_select()}",
)


def step_34_kept_counts(db) -> None:
    """The three kept counts, built from the rows, their triggers, the two indexes."""
    for sql in (*TABLES, *BUILD, *TRIGGERS):
        db.execute_sql(sql)
