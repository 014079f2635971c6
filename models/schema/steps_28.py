"""Schema step 28 (issue 28, lead scoring; frozen once released; the staff helper's
step is 27, renumbered at merge).

- customer.lead_score / customer.lead_grade: a lead's stored score and grade ('' and 0
  for a customer who is not a live lead), indexed for the list's sort and grade filter.
- lead_score_dirty: the customers whose score may have changed, marked by triggers on
  every write that feeds a score (the customer's own fields and custom values, contacts
  logged, event attendance, survey answers, community activity), whatever path made it
  (form, import, undo, erasure); models.leads.scores.flush rescored them.
- lead_grade_change: every change of a stored grade (a trigger on the column), for the
  automation rules' "lead grade changed" (models.leads.scores.grade_changes).
"""

from __future__ import annotations

# Customer columns a score reads: an update of one of them marks the customer.
SCORED_COLUMNS = "job_title, mobile, city, stage, notes, deleted_at, company, industry"

_MARK = "INSERT OR IGNORE INTO lead_score_dirty (customer_id) VALUES ({row}.customer_id);"


def _marking(name: str, table: str, event: str, row: str, when: str = "") -> str:
    cond = f" WHEN {when}" if when else ""
    return (
        f"CREATE TRIGGER IF NOT EXISTS {name} AFTER {event} ON {table}{cond} BEGIN "
        + _MARK.format(row=row)
        + " END"
    )


STATEMENTS = (
    "ALTER TABLE customer ADD COLUMN lead_score INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE customer ADD COLUMN lead_grade TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX IF NOT EXISTS customer_lead_grade ON customer (lead_grade)",
    "CREATE INDEX IF NOT EXISTS customer_lead_score ON customer (lead_score)",
    "CREATE TABLE IF NOT EXISTS lead_score_dirty (customer_id INTEGER PRIMARY KEY)",
    "CREATE TABLE IF NOT EXISTS lead_grade_change ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, customer_id INTEGER NOT NULL,"
    " old TEXT NOT NULL, new TEXT NOT NULL, changed_at TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS lead_grade_change_customer ON lead_grade_change (customer_id)",
    # the behaviour a score reads, per customer, from small covering indexes (the bulk
    # rescore reads them for every lead; the contacts' one holds only the lead signals)
    "CREATE INDEX IF NOT EXISTS lead_signal_contacts ON interaction (customer_id, channel, at)"
    " WHERE channel IN ('store', 'price', 'download')",
    "CREATE INDEX IF NOT EXISTS lead_signal_events ON event_signup"
    " (customer_id, checked_in_at, signed_at) WHERE status = 'attended'",
    "CREATE INDEX IF NOT EXISTS lead_signal_answers ON survey_answer (customer_id, answered_at)"
    " WHERE customer_id IS NOT NULL",
    # the customer's own fields
    "CREATE TRIGGER IF NOT EXISTS lead_mark_customer_new AFTER INSERT ON customer"
    " WHEN NEW.stage = 'lead' BEGIN"
    " INSERT OR IGNORE INTO lead_score_dirty (customer_id) VALUES (NEW.id); END",
    f"CREATE TRIGGER IF NOT EXISTS lead_mark_customer AFTER UPDATE OF {SCORED_COLUMNS}"
    " ON customer WHEN NEW.stage = 'lead' OR OLD.stage = 'lead' OR NEW.lead_grade <> ''"
    " BEGIN INSERT OR IGNORE INTO lead_score_dirty (customer_id) VALUES (NEW.id); END",
    _marking("lead_mark_value_new", "custom_value", "INSERT", "NEW"),
    _marking("lead_mark_value", "custom_value", "UPDATE OF text", "NEW"),
    _marking("lead_mark_value_gone", "custom_value", "DELETE", "OLD"),
    # behaviour
    _marking("lead_mark_contact_new", "interaction", "INSERT", "NEW"),
    _marking("lead_mark_contact", "interaction", "UPDATE OF channel, at", "NEW"),
    _marking("lead_mark_contact_gone", "interaction", "DELETE", "OLD"),
    _marking("lead_mark_signup_new", "event_signup", "INSERT", "NEW", "NEW.status = 'attended'"),
    _marking("lead_mark_signup", "event_signup", "UPDATE OF status, checked_in_at", "NEW"),
    _marking(
        "lead_mark_signup_gone", "event_signup", "DELETE", "OLD", "OLD.status = 'attended'"
    ),  # fmt: skip
    _marking(
        "lead_mark_answer_new", "survey_answer", "INSERT", "NEW", "NEW.customer_id IS NOT NULL"
    ),  # fmt: skip
    _marking(
        "lead_mark_answer_gone", "survey_answer", "DELETE", "OLD", "OLD.customer_id IS NOT NULL"
    ),  # fmt: skip
    _marking("lead_mark_activity_new", "community_activity", "INSERT", "NEW"),
    _marking("lead_mark_activity_gone", "community_activity", "DELETE", "OLD"),
    # the grade's history
    "CREATE TRIGGER IF NOT EXISTS lead_grade_history AFTER UPDATE OF lead_grade ON customer"
    " WHEN NEW.lead_grade <> OLD.lead_grade BEGIN"
    " INSERT INTO lead_grade_change (customer_id, old, new, changed_at)"
    " VALUES (NEW.id, OLD.lead_grade, NEW.lead_grade, strftime('%Y-%m-%d %H:%M:%S', 'now',"
    " 'localtime')); END",
    # every lead is scored at the first start after the step
    "INSERT OR IGNORE INTO lead_score_dirty (customer_id)"
    " SELECT id FROM customer WHERE stage = 'lead' AND deleted_at IS NULL",
)


def step_28_lead_scores(db) -> None:
    for sql in STATEMENTS:
        db.execute_sql(sql)
