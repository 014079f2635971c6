"""Schema step 29 (frozen once released): the funnel's costs (issue 28 part 4).

funnel_cost: what was spent to acquire customers, per source channel (`channel`, a
customer source code; `event_id` 0) or per event (`event_id`; `channel` ''), over the
days [start_on, end_on], in integer fen. One row per channel or event and span (the
unique index): setting the same span again changes its amount. The ROI spreads a
row's amount evenly over its days (models/insights/funnel_costs.py).
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
)


def step_29_funnel_costs(db) -> None:
    """The costs table and its indexes (empty: nothing to carry over)."""
    for sql in SQL:
        db.execute_sql(sql)
