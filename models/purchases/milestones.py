"""The funnel's kept milestones (funnel_milestone, schema step 32): per customer the day
of their first logged contact, first and second live purchase, membership and first
referral made, kept by SQLite triggers on interaction, purchase, member and referral in
the transaction of every write. This module checks them against a recount from the
rows, rebuilds them, and lets a bulk load write with the triggers off and rebuild what
it touched at the end (a load that drops the tables' indexes would otherwise make each
trigger scan the table).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import contextmanager

from models.storage import audit
from models.storage.db import database

TABLE = "funnel_milestone"
COLUMNS = "customer_id, contact, buy1, buy2, member, referral"
_TRIGGER_PREFIX = "funnel_milestone_"
_LIVE = "p.voided_at IS NULL AND p.amount_cents > 0"
EVERY_ID = (
    "SELECT customer_id AS id FROM interaction UNION SELECT customer_id FROM purchase"
    " UNION SELECT customer_id FROM member UNION SELECT introduced_by_id FROM referral"
)


def _day(expr: str) -> str:
    return f"CAST(julianday(date({expr})) - 1721424.5 AS INTEGER)"


def recount_select(ids: str) -> str:
    """The milestones recounted from the rows, of the customers `ids` (a SELECT of
    `id`), those with any; the same SQL as schema step 32's (frozen there)."""
    return (
        "SELECT id, contact, buy1, buy2, member, referral FROM (SELECT c.id AS id,"
        f" (SELECT {_day('MIN(i.at)')} FROM interaction i WHERE i.customer_id = c.id)"
        " AS contact,"
        f" (SELECT MIN(p.day) FROM purchase p WHERE p.customer_id = c.id AND {_LIVE})"
        " AS buy1,"
        f" (SELECT p.day FROM purchase p WHERE p.customer_id = c.id AND {_LIVE}"
        " ORDER BY p.day LIMIT 1 OFFSET 1) AS buy2,"
        f" (SELECT {_day('m.joined_on')} FROM member m WHERE m.customer_id = c.id)"
        " AS member,"
        f" (SELECT {_day('MIN(r.recorded_at)')} FROM referral r"
        " WHERE r.introduced_by_id = c.id) AS referral"
        f" FROM (SELECT DISTINCT id FROM ({ids})) c)"
        " WHERE COALESCE(contact, buy1, member, referral) IS NOT NULL"
    )


def differences() -> dict[str, int]:
    """Rows `missing` (in the recount, not kept) and `extra` (kept, not in the recount,
    or with other days). Both 0: the kept milestones agree with the rows."""
    kept = f"SELECT {COLUMNS} FROM {TABLE}"
    scratch = recount_select(EVERY_ID)
    missing = database.execute_sql(f"SELECT COUNT(*) FROM ({scratch} EXCEPT {kept})")
    extra = database.execute_sql(f"SELECT COUNT(*) FROM ({kept} EXCEPT {scratch})")
    return {"missing": missing.fetchone()[0], "extra": extra.fetchone()[0]}


def rebuild(customer_ids: Iterable[int] | None = None, audited: bool = True) -> None:
    """The milestones recounted from the rows (of `customer_ids`, None: everyone's) in
    one transaction (audited as "score" on customers, unless a bulk load that
    audits itself asks not to)."""
    with database.atomic():
        if customer_ids is None:
            database.execute_sql(f"DELETE FROM {TABLE}")
            database.execute_sql(f"INSERT INTO {TABLE} ({COLUMNS}) {recount_select(EVERY_ID)}")
        else:
            ids = sorted(set(customer_ids))
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                marks = ",".join("?" * len(chunk))
                database.execute_sql(f"DELETE FROM {TABLE} WHERE customer_id IN ({marks})", chunk)
                picked = "SELECT value AS id FROM json_each(?)"
                database.execute_sql(
                    f"INSERT INTO {TABLE} ({COLUMNS}) {recount_select(picked)}",
                    ["[" + ",".join(str(int(c)) for c in chunk) + "]"],
                )
        if audited:
            audit.record("score", "customer", detail="funnel milestones recounted")


@contextmanager
def triggers_off(touched: Callable[[], Iterable[int] | None] | None = None):
    """For a bulk load of interactions, purchases, members or referrals: the milestone
    triggers dropped meanwhile, then put back and the milestones of the customers
    `touched()` returns (no `touched`, or it returns None: everyone's) rebuilt once, in
    the load's transaction."""
    found = database.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?",
        [_TRIGGER_PREFIX + "%"],
    ).fetchall()
    for name, _sql in found:
        database.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
    try:
        yield
    finally:
        for _name, sql in found:
            database.execute_sql(sql)
        rebuild(touched() if touched is not None else None, audited=False)
