"""Schema step 32 (frozen once released): the funnel's kept milestones (issue 28, "Scale
and speed": the funnel of a year at a million customers sought each customer's
members, referrals, contacts and purchases; these give one row per customer).

- funnel_milestone: per customer with any milestone, the day (date.toordinal(), as the
  purchase table's `day`) of their first logged contact (interaction), first and
  second live purchase of a positive amount (the second may be on the first's day),
  the day they became a member and of the first referral they made (转介绍, as the one
  who introduced). NULL: not reached. No row: none reached.
- customer_funnel: the funnel's covering index again, with lead_grade (a lead graded
  A, B or C is qualified; without it the counting pass read the table).

Triggers keep funnel_milestone in the transaction of every write of an interaction, a
purchase (sale, void, refund, edit, import, undo, erasure, purge by cascade), a
membership and a referral: the customer's row is recounted from their rows (a few
index seeks). A bulk load may switch them off and rebuild what it touched
(models/purchases/milestones.py). The step builds the table from the rows, set-based.
"""

from __future__ import annotations


def _day(expr: str) -> str:
    return f"CAST(julianday(date({expr})) - 1721424.5 AS INTEGER)"


_LIVE = "p.voided_at IS NULL AND p.amount_cents > 0"


def milestones_select(ids: str) -> str:
    """(customer_id, contact, buy1, buy2, member, referral) of the customers `ids` (a
    SELECT of ids, or a single value in parentheses), those with any milestone."""
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


EVERY_ID = (
    "SELECT customer_id AS id FROM interaction UNION SELECT customer_id FROM purchase"
    " UNION SELECT customer_id FROM member UNION SELECT introduced_by_id FROM referral"
)
COLUMNS = "(customer_id, contact, buy1, buy2, member, referral)"

TABLE = (
    "CREATE TABLE IF NOT EXISTS funnel_milestone ("
    " customer_id INTEGER NOT NULL PRIMARY KEY, contact INTEGER, buy1 INTEGER,"
    " buy2 INTEGER, member INTEGER, referral INTEGER)"
)


def _refresh(value: str) -> str:
    return (
        f"DELETE FROM funnel_milestone WHERE customer_id = {value};"
        f" INSERT INTO funnel_milestone {COLUMNS} {milestones_select(f'SELECT {value} AS id')};"
    )


# (table, its customer column, the columns whose change can move a milestone)
WATCHED = (
    ("interaction", "customer_id", "customer_id, at"),
    ("purchase", "customer_id", "customer_id, day, amount_cents, voided_at"),
    ("member", "customer_id", "customer_id, joined_on"),
    ("referral", "introduced_by_id", "introduced_by_id, recorded_at"),
)


def triggers() -> list[str]:
    out = []
    for table, column, columns in WATCHED:
        name = f"funnel_milestone_{table}"
        new, old = _refresh(f"NEW.{column}"), _refresh(f"OLD.{column}")
        out += [
            f"CREATE TRIGGER IF NOT EXISTS {name}_insert AFTER INSERT ON {table} BEGIN {new} END",
            f"CREATE TRIGGER IF NOT EXISTS {name}_delete AFTER DELETE ON {table} BEGIN {old} END",
            f"CREATE TRIGGER IF NOT EXISTS {name}_update AFTER UPDATE OF {columns} ON {table}"
            f" BEGIN {old} {new} END",
        ]
    return out


INDEX = (
    "DROP INDEX IF EXISTS customer_funnel",
    "CREATE INDEX IF NOT EXISTS customer_funnel ON customer (created_at, source, owner,"
    " stage, lead_grade, purchase_count, last_contact_at, deleted_at)"
    " WHERE deleted_at IS NULL",
)


def step_32_funnel_milestones(db) -> None:
    """The milestones table built from the rows, its triggers, the funnel's index."""
    db.execute_sql(TABLE)
    db.execute_sql("DELETE FROM funnel_milestone")
    db.execute_sql(f"INSERT INTO funnel_milestone {COLUMNS} {milestones_select(EVERY_ID)}")
    for sql in (*triggers(), *INDEX):
        db.execute_sql(sql)
