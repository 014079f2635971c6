"""Schema step 35 (issue 28, the first sweep of broad time rules at 1M; frozen once
released): the outbox triggers of customer_tag can be told to stay quiet.

- rule_context.quiet: 0 normally. The automation's set-based tag writes
  (models/automation/bulk.py) set it to 1 around their one INSERT ... SELECT / DELETE,
  then write the outbox rows themselves in one statement, and only when an enabled rule
  listens to that kind of event (a rule switched on later acts only on events after it
  was switched on, so rows nobody listens to now are never acted on). A rule tagging
  900,000 customers no longer writes (and the next outbox pass deletes) 900,000 rows
  that nothing reads; the loop guard's meaning is unchanged: the rows it does write carry
  the rule's depth, exactly as the triggers would have.
- rule_event_tag_added / rule_event_tag_removed: as step 30's, with WHEN quiet = 0.
- customer_sweep_purchase / customer_sweep_contact replace step 31's customer_auto_*:
  the same leading expression and kept columns, plus the raw column(s) of the rule_fired
  key the sweep computes (last_purchase_at; last_contact_at and created_at): SQLite 3.40
  reads the table for an indexed expression in the result, so the hourly sweep read
  every matching customer's row (541,603 at 1M for "no purchase for 90 days") to build
  the key; now the scan reads the index alone.

"""

from __future__ import annotations

_DEPTH = "COALESCE((SELECT depth FROM rule_context WHERE id = 1), 0)"
_NOW = "strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')"
_LOUD = "COALESCE((SELECT quiet FROM rule_context WHERE id = 1), 0) = 0"
_NEVER = "'0001-01-01 00:00:00'"

SQL = (
    "ALTER TABLE rule_context ADD COLUMN quiet INTEGER NOT NULL DEFAULT 0",
    "DROP TRIGGER IF EXISTS rule_event_tag_added",
    "DROP TRIGGER IF EXISTS rule_event_tag_removed",
    f"CREATE TRIGGER rule_event_tag_added AFTER INSERT ON customer_tag WHEN {_LOUD} BEGIN"
    " INSERT INTO rule_event (kind, customer_id, detail, at, depth) VALUES ('tag_added',"
    f" NEW.customer_id, CAST(NEW.tag_id AS TEXT), {_NOW}, {_DEPTH}); END",
    f"CREATE TRIGGER rule_event_tag_removed AFTER DELETE ON customer_tag WHEN {_LOUD} BEGIN"
    " INSERT INTO rule_event (kind, customer_id, detail, at, depth) VALUES ('tag_removed',"
    f" OLD.customer_id, CAST(OLD.tag_id AS TEXT), {_NOW}, {_DEPTH}); END",
    "CREATE INDEX IF NOT EXISTS customer_sweep_purchase ON customer"
    f" ((COALESCE(last_purchase_at, {_NEVER})), total_spend_cents, purchase_count,"
    " last_purchase_at, deleted_at) WHERE deleted_at IS NULL",
    "CREATE INDEX IF NOT EXISTS customer_sweep_contact ON customer"
    " ((COALESCE(last_contact_at, created_at)), total_spend_cents, purchase_count,"
    " last_contact_at, created_at, deleted_at) WHERE deleted_at IS NULL",
    "DROP INDEX IF EXISTS customer_auto_purchase",
    "DROP INDEX IF EXISTS customer_auto_contact",
)


def step_35_quiet_tag_events(db) -> None:
    for sql in SQL:
        db.execute_sql(sql)
