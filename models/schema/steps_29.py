"""Schema step 29 (frozen once released): the funnel's costs (issue 28 part 4).

funnel_cost: what was spent to acquire customers, per source channel (`channel`, a
customer source code; `event_id` 0) or per event (`event_id`; `channel` ''), over the
days [start_on, end_on], in integer fen. One row per channel or event and span (the
unique index): setting the same span again changes its amount. The ROI spreads a
row's amount evenly over its days (models/insights/funnel_costs.py).

customer_funnel: a covering index for the funnel's counts (models/insights/funnel.py).
"""

from __future__ import annotations

SQL = (
    "CREATE TABLE IF NOT EXISTS funnel_cost ("
    " id INTEGER NOT NULL PRIMARY KEY,"
    " channel TEXT NOT NULL DEFAULT '',"
    " event_id INTEGER NOT NULL DEFAULT 0,"
    " start_on DATE NOT NULL, end_on DATE NOT NULL,"
    " amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),"
    " note TEXT NOT NULL DEFAULT '',"
    " created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL,"
    " CHECK ((channel = '') <> (event_id = 0)), CHECK (start_on <= end_on))",
    "CREATE UNIQUE INDEX IF NOT EXISTS funnel_cost_span ON funnel_cost"
    " (channel, event_id, start_on, end_on)",
    "CREATE INDEX IF NOT EXISTS funnel_cost_days ON funnel_cost (start_on, end_on)",
    # The funnel's counting pass reads a period's customers from this index alone
    # (deleted_at among its columns: SQLite 3.40 reads the table for a partial index's
    # own condition otherwise).
    "CREATE INDEX IF NOT EXISTS customer_funnel ON customer (created_at, source, owner,"
    " stage, purchase_count, last_contact_at, deleted_at) WHERE deleted_at IS NULL",
)


def step_29_funnel_costs(db) -> None:
    """The costs table and its indexes (empty: nothing to carry over), the funnel's index."""
    for sql in SQL:
        db.execute_sql(sql)
