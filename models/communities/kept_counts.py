"""The kept counts of schema step 34 (community_customer_state, community_open_day,
community_month_count: the step's docstring says what each holds), recounted from the
rows as the tables hold them: `communities check` compares, a repair or a bulk load
rebuilds (summaries.FROM_SCRATCH). The same SQL as the step's (frozen there)."""

from __future__ import annotations

MONTH_SQL = "(CAST(substr({d}, 1, 4) AS INTEGER) * 12 + CAST(substr({d}, 6, 2) AS INTEGER) - 1)"
_TWELVE = " UNION ALL ".join(f"SELECT {k} AS k" for k in range(12))

STATE = (
    "SELECT customer_id, MAX(op), MAX(lj), MAX(ll), MAX(lm), MAX(lo), MAX(la) FROM ("
    " SELECT customer_id, MAX(left_on IS NULL) AS op, MAX(joined_on) AS lj,"
    " MAX(left_on) AS ll, NULL AS lm, NULL AS lo, NULL AS la FROM community_member"
    " GROUP BY customer_id UNION ALL SELECT customer_id, 0, NULL, NULL,"
    " MAX(CASE WHEN kind = 'message' THEN day END),"
    " MAX(CASE WHEN kind <> 'message' THEN day END), MAX(day)"
    " FROM community_activity GROUP BY customer_id) GROUP BY customer_id"
)

OPEN_DAY = (
    "SELECT day, SUM(count) FROM community_activity WHERE kind = 'message'"
    " AND customer_id IN (SELECT customer_id FROM community_member WHERE left_on IS NULL)"
    " GROUP BY day HAVING SUM(count) <> 0"
)


def _month_count() -> str:
    m = "y.year * 12 + k.k"
    joined, left = MONTH_SQL.format(d="joined_on"), MONTH_SQL.format(d="left_on")
    parts = (
        "SELECT joined_month AS month, 1 AS st, 0 AS en, 0 AS ac, 0 AS jo, 0 AS le"
        " FROM community_customer_span",
        "SELECT left_month, 0, 1, 0, 0, 0 FROM community_customer_span"
        " WHERE left_month IS NOT NULL",
        f"SELECT {m}, 0, 0, 1, 0, 0 FROM community_customer_year y CROSS JOIN ({_TWELVE}) k"
        " JOIN community_customer_span s ON s.customer_id = y.customer_id"
        f" AND s.joined_month <= {m} AND (s.left_month IS NULL OR s.left_month > {m})"
        " WHERE ((y.spoke | y.other) >> k.k) & 1",
        f"SELECT m, 0, 0, 0, 1, 0 FROM (SELECT DISTINCT customer_id, {joined} AS m"
        " FROM community_member)",
        f"SELECT m, 0, 0, 0, 0, 1 FROM (SELECT DISTINCT customer_id, {left} AS m"
        " FROM community_member WHERE left_on IS NOT NULL)",
    )
    union = " UNION ALL ".join(parts)
    return (
        f"SELECT month, SUM(st), SUM(en), SUM(ac), SUM(jo), SUM(le) FROM ({union}) GROUP BY month"
    )


MONTH_COUNT = _month_count()

# (kept, from scratch) per table, in the order a rebuild fills them (the month counts
# read step 26's spans and year rows)
FROM_SCRATCH = {
    "community_customer_state": (
        "SELECT customer_id, open, last_joined, last_left, last_message, last_other, last_any"
        " FROM community_customer_state",
        STATE,
    ),
    "community_open_day": (
        "SELECT day, messages FROM community_open_day WHERE messages <> 0",
        OPEN_DAY,
    ),
    "community_month_count": (
        "SELECT month, starts, ends, active, joins, leaves FROM community_month_count"
        " WHERE starts <> 0 OR ends <> 0 OR active <> 0 OR joins <> 0 OR leaves <> 0",
        MONTH_COUNT,
    ),
}
# their triggers: (table, name prefix)
TRIGGERS = (
    ("community_member", "community_customer_state_"),
    ("community_activity", "community_customer_state_"),
    ("community_customer_state", "community_open_day_"),
    ("community_customer_span", "community_month_count_"),
    ("community_customer_year", "community_month_count_"),
)
