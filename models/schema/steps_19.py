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

And community_member_open (community_id, left_on, customer_id, joined_on): the community
list's counts (members now, joined and left this month, whether an active customer is
an open member) from the index alone (replaces community_member_community, its prefix
but for customer_id; at 300,000 memberships the member count with table lookups took
2.7 s, from this index 0.26 s, wall on a loaded machine).
"""

from __future__ import annotations

INDEXES = (
    "CREATE INDEX IF NOT EXISTS community_activity_scope ON community_activity"
    " (community_id, day, customer_id, kind, count)",
    "CREATE INDEX IF NOT EXISTS community_activity_days ON community_activity"
    " (day, community_id, customer_id, kind, count)",
    "CREATE INDEX IF NOT EXISTS community_activity_customer ON community_activity"
    " (customer_id, day, kind, count)",
    "CREATE INDEX IF NOT EXISTS community_member_open ON community_member"
    " (community_id, left_on, customer_id, joined_on)",
)


def step_19_community_metrics(db) -> None:
    """The covering indexes above; the older (community_id, day) and (community_id,
    left_on, joined_on) indexes go."""
    for sql in INDEXES:
        db.execute_sql(sql)
    db.execute_sql("DROP INDEX IF EXISTS community_activity_day")
    db.execute_sql("DROP INDEX IF EXISTS community_member_community")
