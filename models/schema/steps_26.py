"""Schema step 26 (frozen once released): per-customer community summaries for the
metrics of all communities over long periods (issue 25, "Scale and speed": a year of
all 2,000 groups at a million customers read 1.9M month rows and 300,000 membership
periods, grouped per customer in Python; these give one or two rows per customer).

- community_customer_span: per customer, their membership periods of all communities
  merged into disjoint spans [joined_on, left_on) (left_on NULL: still a member;
  joined_month / left_month: the month numbers, year * 12 + month - 1). A customer is a
  member of some community on day D exactly when one of their spans holds D, and at
  most one does: per-customer sums of span figures need no de-duplication.
- community_customer_year: per customer and calendar year with activity in any
  community: spoke and other as 12-bit masks of the months (bit 0 January) with a
  message / another kind of activity, and m0 .. m11 the month's message counts. Derived
  from community_activity_month (step 21), whose own triggers keep it from the activity.
- community_member_customer_levels: a covering index (customer_id, joined_on, left_on,
  level, level_before): the members' best levels per customer in one ordered pass.

Triggers keep both tables in the transaction of every write: a membership written,
edited (leave, undo), deleted (import undo, erasure, a customer purged, a community
deleted by cascade) recounts the customer's spans from their periods; a month summary
row written or deleted (every activity write, through step 21's triggers) recounts that
customer's year. The step builds both from the existing rows, set-based.
"""

from __future__ import annotations

FAR = "'9999-12-31'"  # an open period's end, while merging
_MONTH = "(CAST(substr({d}, 1, 4) AS INTEGER) * 12 + CAST(substr({d}, 6, 2) AS INTEGER) - 1)"

TABLES = (
    "CREATE TABLE IF NOT EXISTS community_customer_span ("
    " customer_id INTEGER NOT NULL, joined_on TEXT NOT NULL, left_on TEXT,"
    " joined_month INTEGER NOT NULL, left_month INTEGER,"
    " PRIMARY KEY (customer_id, joined_on)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS community_customer_year ("
    " customer_id INTEGER NOT NULL, year INTEGER NOT NULL,"
    " spoke INTEGER NOT NULL, other INTEGER NOT NULL,"
    + "".join(f" m{k} INTEGER NOT NULL," for k in range(12))
    + " PRIMARY KEY (customer_id, year)) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS community_member_customer_levels ON community_member"
    " (customer_id, joined_on, left_on, level, level_before)",
)


def spans_select(where: str) -> str:
    """The merged spans (customer_id, joined_on, left_on, joined_month, left_month) of
    the membership periods matching `where` (gaps and islands: a period starting after
    every earlier one of the customer ended begins a new span)."""
    ends = f"COALESCE(left_on, {FAR})"
    ordered = (
        f"SELECT customer_id, joined_on AS j, {ends} AS l,"
        f" MAX({ends}) OVER (PARTITION BY customer_id ORDER BY joined_on, {ends}"
        " ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach"
        f" FROM community_member WHERE {where}"
    )
    numbered = (
        "SELECT customer_id, j, l, SUM(reach IS NULL OR j > reach) OVER (PARTITION BY"
        f" customer_id ORDER BY j, l ROWS UNBOUNDED PRECEDING) AS island FROM ({ordered})"
    )
    merged = (
        "SELECT customer_id, MIN(j) AS j, MAX(l) AS l FROM"
        f" ({numbered}) GROUP BY customer_id, island"
    )
    return (
        f"SELECT customer_id, j, NULLIF(l, {FAR}), {_MONTH.format(d='j')},"
        f" CASE WHEN l = {FAR} THEN NULL ELSE {_MONTH.format(d='l')} END FROM ({merged})"
    )


SPAN_COLUMNS = "(customer_id, joined_on, left_on, joined_month, left_month)"


def year_select(where: str) -> str:
    """The year rows (customer_id, year, spoke, other, m0..m11) of the month summary
    rows matching `where` (several groups' rows of one month merged first)."""
    months = (
        "SELECT customer_id, month, MAX(spoke) AS sp, MAX(other) AS ot, SUM(messages) AS ms"
        f" FROM community_activity_month WHERE {where} GROUP BY customer_id, month"
    )
    messages = "".join(f", SUM(CASE WHEN month % 12 = {k} THEN ms ELSE 0 END)" for k in range(12))
    return (
        "SELECT customer_id, month / 12, SUM(sp << (month % 12)), SUM(ot << (month % 12))"
        f"{messages} FROM ({months}) GROUP BY customer_id, month / 12"
    )


YEAR_COLUMNS = "(customer_id, year, spoke, other, " + ", ".join(f"m{k}" for k in range(12)) + ")"


def _spans_refresh(row: str) -> str:
    return (
        f"DELETE FROM community_customer_span WHERE customer_id = {row}.customer_id;"
        f" INSERT INTO community_customer_span {SPAN_COLUMNS}"
        f" {spans_select(f'customer_id = {row}.customer_id')};"
    )


def _year_refresh(row: str) -> str:
    where = (
        f"customer_id = {row}.customer_id AND month BETWEEN ({row}.month / 12) * 12"
        f" AND ({row}.month / 12) * 12 + 11"
    )
    return (
        f"DELETE FROM community_customer_year WHERE customer_id = {row}.customer_id"
        f" AND year = {row}.month / 12;"
        f" INSERT INTO community_customer_year {YEAR_COLUMNS} {year_select(where)};"
    )


TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS community_customer_span_insert AFTER INSERT ON"
    f" community_member BEGIN {_spans_refresh('NEW')} END",
    "CREATE TRIGGER IF NOT EXISTS community_customer_span_delete AFTER DELETE ON"
    f" community_member BEGIN {_spans_refresh('OLD')} END",
    "CREATE TRIGGER IF NOT EXISTS community_customer_span_update AFTER UPDATE OF"
    " customer_id, joined_on, left_on ON community_member"
    f" BEGIN {_spans_refresh('OLD')} {_spans_refresh('NEW')} END",
    "CREATE TRIGGER IF NOT EXISTS community_customer_year_insert AFTER INSERT ON"
    f" community_activity_month BEGIN {_year_refresh('NEW')} END",
    "CREATE TRIGGER IF NOT EXISTS community_customer_year_delete AFTER DELETE ON"
    f" community_activity_month BEGIN {_year_refresh('OLD')} END",
    "CREATE TRIGGER IF NOT EXISTS community_customer_year_update AFTER UPDATE ON"
    f" community_activity_month BEGIN {_year_refresh('OLD')} {_year_refresh('NEW')} END",
)

BUILD = (
    "DELETE FROM community_customer_span",
    f"INSERT INTO community_customer_span {SPAN_COLUMNS} {spans_select('1')}",
    "DELETE FROM community_customer_year",
    f"INSERT INTO community_customer_year {YEAR_COLUMNS} {year_select('1')}",
)


def step_26_customer_summaries(db) -> None:
    """The two per-customer summaries, built from the rows, their triggers, the index."""
    for sql in (*TABLES, *BUILD, *TRIGGERS):
        db.execute_sql(sql)
