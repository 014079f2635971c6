"""The community summaries: community_activity_month (per community, customer and month:
spoke, other, messages) and community_activity_last (per community and customer: the last
day with activity), schema step 21, kept by triggers on community_activity; and the
per-customer ones of step 26, community_customer_span (a customer's membership periods
of all groups merged) kept by triggers on community_member, and community_customer_year
(a customer's months with activity in any group, per year) kept by triggers on
community_activity_month. This module checks them against a recount from scratch,
rebuilds them, and lets a bulk load (the demo) write with the triggers off and rebuild
once at the end.
"""

from __future__ import annotations

from contextlib import contextmanager

from models.communities import kept_counts
from models.storage import audit
from models.storage.db import database

MONTH_SQL = "(CAST(substr(day, 1, 4) AS INTEGER) * 12 + CAST(substr(day, 6, 2) AS INTEGER) - 1)"

FAR = "'9999-12-31'"  # an open period's end, while merging


def spans_select(where: str) -> str:
    """The merged spans (customer_id, joined_on, left_on, joined_month, left_month) of
    the membership periods matching `where` (gaps and islands: a period starting after
    every earlier one of the customer ended begins a new span). The same SQL as schema
    step 26's (frozen there)."""
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
    merged = f"SELECT customer_id, MIN(j) AS j, MAX(l) AS l FROM ({numbered}) GROUP BY customer_id, island"
    month = MONTH_SQL.replace("day", "{d}")
    return (
        f"SELECT customer_id, j, NULLIF(l, {FAR}), {month.format(d='j')},"
        f" CASE WHEN l = {FAR} THEN NULL ELSE {month.format(d='l')} END FROM ({merged})"
    )


def year_select(where: str) -> str:
    """The year rows (customer_id, year, spoke, other, m0..m11) of the month summary
    rows matching `where` (several groups' rows of one month merged first); as step 26's."""
    months = (
        "SELECT customer_id, month, MAX(spoke) AS sp, MAX(other) AS ot, SUM(messages) AS ms"
        f" FROM community_activity_month WHERE {where} GROUP BY customer_id, month"
    )
    messages = "".join(f", SUM(CASE WHEN month % 12 = {k} THEN ms ELSE 0 END)" for k in range(12))
    return (
        "SELECT customer_id, month / 12, SUM(sp << (month % 12)), SUM(ot << (month % 12))"
        f"{messages} FROM ({months}) GROUP BY customer_id, month / 12"
    )


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
    # step 26 (after the month summary: the year summary is recounted from it)
    "community_customer_span": (
        "SELECT customer_id, joined_on, left_on, joined_month, left_month"
        " FROM community_customer_span",
        spans_select("1"),
    ),
    "community_customer_year": (
        "SELECT * FROM community_customer_year",
        year_select("1"),
    ),
    # step 34 (after the step 26 ones: the month counts read them)
    **kept_counts.FROM_SCRATCH,
}
# the triggers dropped while a summary is rebuilt or a bulk load writes: (table, name prefix)
TRIGGERS = (("community_activity", "community_activity_summary_"),
            ("community_member", "community_customer_span_"),
            ("community_activity_month", "community_customer_year_"),
            *kept_counts.TRIGGERS)  # fmt: skip


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
