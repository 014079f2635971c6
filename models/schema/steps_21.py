"""Schema step 21 (frozen once released): community activity summaries (issue 25,
"Scale and speed": metrics of all communities over a year and the community list at a
million customers need them; SQLite cannot answer from the 5M activity rows in time).

- community_activity_month: one row per community, customer and month with activity
  (month = year * 12 + month - 1): spoke (any "message" row), other (any row of another
  kind), messages (the message counts' sum). ~1.9M rows for 4.6M activity rows; the
  metrics read the whole months of a long period from it.
- community_activity_last: one row per community and customer with activity: the last
  day of it (the community list's "active in the last 30 days").

Both are derived from community_activity only and kept by triggers on it, so every
write path (record, import, event check-in, undo, erasure, a customer's purge or a
community's delete by cascade) keeps them in its own transaction: each trigger recounts
the (community, customer, month) and (community, customer) it touched from the activity
rows (through community_activity_unique, a few rows). The step builds them from the
existing rows with set-based SQL.
"""

from __future__ import annotations

MONTH = "(CAST(substr({d}, 1, 4) AS INTEGER) * 12 + CAST(substr({d}, 6, 2) AS INTEGER) - 1)"

TABLES = (
    "CREATE TABLE IF NOT EXISTS community_activity_month ("
    " community_id INTEGER NOT NULL, customer_id INTEGER NOT NULL, month INTEGER NOT NULL,"
    " spoke INTEGER NOT NULL, other INTEGER NOT NULL, messages INTEGER NOT NULL,"
    " PRIMARY KEY (community_id, month, customer_id)) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS community_activity_month_customer ON community_activity_month"
    " (customer_id, month, spoke, other, messages)",
    "CREATE TABLE IF NOT EXISTS community_activity_last ("
    " community_id INTEGER NOT NULL, customer_id INTEGER NOT NULL, last_day TEXT NOT NULL,"
    " PRIMARY KEY (community_id, customer_id)) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS community_activity_last_day ON community_activity_last"
    " (last_day, community_id, customer_id)",
)


def _refresh(row: str) -> str:
    """The statements recounting the summaries of `row` (NEW or OLD) from the activity."""
    month = MONTH.format(d=f"{row}.day")
    return (
        f"DELETE FROM community_activity_month WHERE community_id = {row}.community_id"
        f" AND customer_id = {row}.customer_id AND month = {month};"
        " INSERT INTO community_activity_month (community_id, customer_id, month, spoke,"
        f" other, messages) SELECT {row}.community_id, {row}.customer_id, {month},"
        " MAX(kind = 'message'), MAX(kind <> 'message'),"
        " SUM(CASE WHEN kind = 'message' THEN count ELSE 0 END)"
        f" FROM community_activity WHERE customer_id = {row}.customer_id"
        f" AND community_id = {row}.community_id"
        f" AND day BETWEEN substr({row}.day, 1, 7) || '-01' AND substr({row}.day, 1, 7) || '-31'"
        " HAVING COUNT(*) > 0;"
        f" DELETE FROM community_activity_last WHERE community_id = {row}.community_id"
        f" AND customer_id = {row}.customer_id;"
        " INSERT INTO community_activity_last (community_id, customer_id, last_day)"
        f" SELECT {row}.community_id, {row}.customer_id, MAX(day) FROM community_activity"
        f" WHERE customer_id = {row}.customer_id AND community_id = {row}.community_id"
        " HAVING COUNT(*) > 0;"
    )


TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS community_activity_summary_insert AFTER INSERT ON"
    f" community_activity BEGIN {_refresh('NEW')} END",
    "CREATE TRIGGER IF NOT EXISTS community_activity_summary_delete AFTER DELETE ON"
    f" community_activity BEGIN {_refresh('OLD')} END",
    "CREATE TRIGGER IF NOT EXISTS community_activity_summary_update AFTER UPDATE OF"
    " community_id, customer_id, day, kind, count ON community_activity"
    f" BEGIN {_refresh('OLD')} {_refresh('NEW')} END",
)

BUILD = (
    "DELETE FROM community_activity_month",
    "INSERT INTO community_activity_month (community_id, customer_id, month, spoke, other,"
    f" messages) SELECT community_id, customer_id, {MONTH.format(d='day')},"
    " MAX(kind = 'message'), MAX(kind <> 'message'),"
    " SUM(CASE WHEN kind = 'message' THEN count ELSE 0 END)"
    " FROM community_activity GROUP BY community_id, customer_id, 3",
    "DELETE FROM community_activity_last",
    "INSERT INTO community_activity_last (community_id, customer_id, last_day)"
    " SELECT community_id, customer_id, MAX(day) FROM community_activity"
    " GROUP BY customer_id, community_id",
)


def step_21_community_summaries(db) -> None:
    """The two summary tables, built from the activity rows, and the triggers keeping them."""
    for sql in (*TABLES, *BUILD, *TRIGGERS):
        db.execute_sql(sql)
