"""The community activity summaries (schema step 21): community_activity_month (per
community, customer and month: spoke, other, messages) and community_activity_last (per
community and customer: the last day with activity). Triggers on community_activity keep
them in the transaction of every write (step 21 made them); this module checks them
against a recount from scratch, rebuilds them, and lets a bulk load (the demo) write the
activity with the triggers off and rebuild once at the end.
"""

from __future__ import annotations

from contextlib import contextmanager

from models.storage import audit
from models.storage.db import database

MONTH_SQL = "(CAST(substr(day, 1, 4) AS INTEGER) * 12 + CAST(substr(day, 6, 2) AS INTEGER) - 1)"

# the summaries recounted from the activity rows, as the tables hold them
FROM_SCRATCH = {
    "community_activity_month": (
        "SELECT community_id, customer_id, month, spoke, other, messages FROM"
        " community_activity_month",
        "SELECT community_id, customer_id, " + MONTH_SQL + ", MAX(kind = 'message'),"
        " MAX(kind <> 'message'), SUM(CASE WHEN kind = 'message' THEN count ELSE 0 END)"
        " FROM community_activity GROUP BY community_id, customer_id, 3",
    ),
    "community_activity_last": (
        "SELECT community_id, customer_id, last_day FROM community_activity_last",
        "SELECT community_id, customer_id, MAX(day) FROM community_activity"
        " GROUP BY customer_id, community_id",
    ),
}


def month_number(day) -> int:
    """A day's month as the summaries number it (year * 12 + month - 1)."""
    return day.year * 12 + day.month - 1


def differences() -> dict[str, dict[str, int]]:
    """Per summary table: rows `missing` (in the recount, not in the table) and `extra` (in
    the table, not in the recount, or with other figures). All zeros: the summaries agree
    with the activity."""
    out = {}
    for table, (kept, scratch) in FROM_SCRATCH.items():
        missing = database.execute_sql(
            f"SELECT COUNT(*) FROM ({scratch} EXCEPT {kept})"
        ).fetchone()[0]
        extra = database.execute_sql(f"SELECT COUNT(*) FROM ({kept} EXCEPT {scratch})").fetchone()[
            0
        ]
        out[table] = {"missing": missing, "extra": extra}
    return out


def rebuild(audited: bool = True) -> None:
    """Both summaries recounted from the activity rows, in one transaction (audited as
    "activity" on communities, unless a bulk load that audits itself asks not to)."""
    with database.atomic():
        for table, (_kept, scratch) in FROM_SCRATCH.items():
            database.execute_sql(f"DELETE FROM {table}")
            database.execute_sql(f"INSERT INTO {table} {scratch}")
        if audited:
            audit.record("activity", "community", detail="activity summaries recounted")


@contextmanager
def triggers_off():
    """For a bulk load of activity rows: the summary triggers dropped meanwhile, then put
    back and the summaries rebuilt once (far cheaper than a recount per row)."""
    saved = [sql for (sql,) in database.execute_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'community_activity'"
        " AND name LIKE 'community_activity_summary_%'")]  # fmt: skip
    for name in ("insert", "delete", "update"):
        database.execute_sql(f"DROP TRIGGER IF EXISTS community_activity_summary_{name}")
    try:
        yield
    finally:
        for sql in saved:
            database.execute_sql(sql)
        rebuild(audited=False)
