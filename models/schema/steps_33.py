"""Schema step 33 (issue 28, leads at scale; frozen once released).

- A custom survey's response (survey_response, step 24) is "answered a survey" in a
  lead's score, as an NPS / CSAT / CES answer is: triggers mark its customer
  (lead_score_dirty, step 28) when a response is written, taken back or unlinked, and
  a small covering index gives the bulk rescore every response's customer and day.
- The leads marked once, so that the first start after the step scores their
  responses.
"""

from __future__ import annotations


def _marking(name: str, table: str, event: str, row: str, when: str) -> str:
    return (
        f"CREATE TRIGGER IF NOT EXISTS {name} AFTER {event} ON {table} WHEN {when} BEGIN"
        f" INSERT OR IGNORE INTO lead_score_dirty (customer_id) VALUES ({row}.customer_id); END"
    )


STATEMENTS = (
    "CREATE INDEX IF NOT EXISTS lead_signal_responses ON survey_response"
    " (customer_id, answered_at) WHERE customer_id IS NOT NULL",
    _marking(
        "lead_mark_response_new", "survey_response", "INSERT", "NEW", "NEW.customer_id IS NOT NULL"
    ),  # fmt: skip
    _marking(
        "lead_mark_response_gone", "survey_response", "DELETE", "OLD", "OLD.customer_id IS NOT NULL"
    ),  # fmt: skip
    _marking(
        "lead_mark_response_unlinked",
        "survey_response",
        "UPDATE OF customer_id, answered_at",
        "OLD",
        "OLD.customer_id IS NOT NULL",
    ),  # fmt: skip
    _marking(
        "lead_mark_response_linked",
        "survey_response",
        "UPDATE OF customer_id, answered_at",
        "NEW",
        "NEW.customer_id IS NOT NULL",
    ),  # fmt: skip
    "INSERT OR IGNORE INTO lead_score_dirty (customer_id)"
    " SELECT DISTINCT r.customer_id FROM survey_response r JOIN customer c"
    " ON c.id = r.customer_id WHERE c.stage = 'lead' AND c.deleted_at IS NULL",
)


def step_33_lead_speed(db) -> None:
    for sql in STATEMENTS:
        db.execute_sql(sql)
