"""Schema step 19 (frozen once released): what community metrics and engagement levels
over all groups need to be fast at 5M activity rows (issue 25, "Scale and speed").

Covering indexes: every read of community_activity by the metrics and the engagement
recompute is answered from an index alone, no table row fetched (the rows of one group
are spread over the whole table: a fetch each was most of the time).

- community_activity_scope (community_id, day, customer_id, kind, count): one group or
  a set over a period (replaces community_activity_day, its prefix);
- community_activity_days (day, community_id, customer_id, kind, count): all groups
  over a short period (the engagement window, this month), a range of days;
- community_activity_customer (customer_id, day, kind, count): all groups over a long
  period, read in customer order (grouped per customer without sorting).
"""

from __future__ import annotations

INDEXES = (
    "CREATE INDEX IF NOT EXISTS community_activity_scope ON community_activity"
    " (community_id, day, customer_id, kind, count)",
    "CREATE INDEX IF NOT EXISTS community_activity_days ON community_activity"
    " (day, community_id, customer_id, kind, count)",
    "CREATE INDEX IF NOT EXISTS community_activity_customer ON community_activity"
    " (customer_id, day, kind, count)",
)


def step_19_community_metrics(db) -> None:
    """The covering indexes above; the older (community_id, day) index goes."""
    for sql in INDEXES:
        db.execute_sql(sql)
    db.execute_sql("DROP INDEX IF EXISTS community_activity_day")
