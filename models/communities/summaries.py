"""The community summaries: community_activity_month (per community, customer and month:
spoke, other, messages) and community_activity_last (per community and customer: the last
day with activity), schema step 21, kept by triggers on community_activity; and the
per-customer ones of step 23, community_customer_span (a customer's membership periods
of all groups merged) kept by triggers on community_member, and community_customer_year
(a customer's months with activity in any group, per year) kept by triggers on
community_activity_month. This module checks them against a recount from scratch,
rebuilds them, and lets a bulk load (the demo) write with the triggers off and rebuild
once at the end.
"""

from __future__ import annotations

from contextlib import contextmanager

from models.schema import steps_23
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
    # step 23 (after the month summary: the year summary is recounted from it)
    "community_customer_span": (
        "SELECT customer_id, joined_on, left_on, joined_month, left_month"
        " FROM community_customer_span",
        steps_23.spans_select("1"),
    ),
    "community_customer_year": (
        "SELECT * FROM community_customer_year",
        steps_23.year_select("1"),
    ),
}
# the triggers dropped while a summary is rebuilt or a bulk load writes: (table, name prefix)
TRIGGERS = (("community_activity", "community_activity_summary_"),
            ("community_member", "community_customer_span_"),
            ("community_activity_month", "community_customer_year_"))  # fmt: skip


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
    """Every summary recounted from the rows, in one transaction, their triggers off
    meanwhile (audited as "activity" on communities, unless a bulk load that audits
    itself asks not to)."""
    with database.atomic():
        saved = _drop_triggers()
        for table, (_kept, scratch) in FROM_SCRATCH.items():
            database.execute_sql(f"DELETE FROM {table}")
            database.execute_sql(f"INSERT INTO {table} {scratch}")
        for sql in saved:
            database.execute_sql(sql)
        if audited:
            audit.record("activity", "community", detail="activity summaries recounted")


def _drop_triggers() -> list[str]:
    """The summaries' triggers dropped; their CREATE statements, to put them back."""
    saved = []
    for table, prefix in TRIGGERS:
        found = database.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?"
            " AND name LIKE ?", [table, prefix + "%"]).fetchall()  # fmt: skip
        for name, sql in found:
            database.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
            saved.append(sql)
    return saved


@contextmanager
def triggers_off():
    """For a bulk load of memberships or activity rows: the summary triggers dropped
    meanwhile, then put back and the summaries rebuilt once (far cheaper than a recount
    per row)."""
    saved = _drop_triggers()
    try:
        yield
    finally:
        for sql in saved:
            database.execute_sql(sql)
        rebuild(audited=False)
