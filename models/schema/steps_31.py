"""Schema step 31 (frozen once released): covering indexes for automation rules' time
triggers with a spend or purchase-count condition (issue 28 part 6: a dry run < 2 s at
1,000,000 customers).

"No purchase for 90 days and spent over 1,000" read every customer of the
last-purchase range from the table to test the spend (9-11 s at 1M): these indexes hold
the kept columns the conditions test (total_spend_cents, purchase_count; not
tag_count, which every tag written moves), so the count reads an index alone. deleted_at
is among the columns: SQLite 3.40 reads the table for a partial index's own condition
otherwise (as step 29's customer_funnel).
The expressions are those of models/automation/runner.py's _time_sql, character for
character (SQLite matches an indexed expression only when it is written the same).
"""

from __future__ import annotations

_NEVER = "'0001-01-01 00:00:00'"

SQL = (
    "CREATE INDEX IF NOT EXISTS customer_auto_purchase ON customer"
    f" ((COALESCE(last_purchase_at, {_NEVER})), total_spend_cents, purchase_count,"
    " deleted_at) WHERE deleted_at IS NULL",
    "CREATE INDEX IF NOT EXISTS customer_auto_contact ON customer"
    " ((COALESCE(last_contact_at, created_at)), total_spend_cents, purchase_count,"
    " deleted_at) WHERE deleted_at IS NULL",
)


def step_31_automation_indexes(db) -> None:
    for sql in SQL:
        db.execute_sql(sql)
