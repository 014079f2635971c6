"""Schema step 30 (frozen once released): automation rules (issue 28, parts 5 and 6).

- rule: a rule as written (its trigger, conditions and actions as JSON, validated by
  models/automation/definitions.py on save), on or off, with the reason it was switched
  off by the program (a tag it names deleted ...).
- rule_event: the outbox. SQLite triggers on the tables rules watch append one row per
  change (kind, customer, detail), in the transaction of whatever wrote it: every write
  path (window, CLI, import, undo) reaches it without knowing about rules. A rule acts
  on events after its `from_event` (the outbox's last id when it was switched on). `depth` is
  rule_context's depth when written: 0 for people, n+1 for what a rule's actions caused.
- rule_context: one row; the runner sets `depth` while a rule acts (the loop guard).
- rule_fired: a rule fires once per (customer, triggering event key).
- rule_run / rule_run_item: the run log, each item an action on one customer with what
  it changed (before/after), enough to undo the run.

**SQLite-specific**: the outbox triggers. An office (PostgreSQL) mode needs the same
triggers in plpgsql (one function per table, AFTER INSERT/UPDATE/DELETE ... FOR EACH ROW).
"""

from __future__ import annotations

_DEPTH = "COALESCE((SELECT depth FROM rule_context WHERE id = 1), 0)"
_NOW = "strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')"

TABLES = (
    "CREATE TABLE IF NOT EXISTS rule ("
    " id INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, trigger TEXT NOT NULL,"
    " conditions TEXT NOT NULL DEFAULT '[]', actions TEXT NOT NULL DEFAULT '[]',"
    " enabled INTEGER NOT NULL DEFAULT 0, shipped TEXT NOT NULL DEFAULT '',"
    " disabled_reason TEXT NOT NULL DEFAULT '', from_event INTEGER NOT NULL DEFAULT 0,"
    " created_at DATETIME NOT NULL,"
    " updated_at DATETIME NOT NULL)",
    "CREATE UNIQUE INDEX IF NOT EXISTS rule_shipped ON rule (shipped) WHERE shipped <> ''",
    "CREATE TABLE IF NOT EXISTS rule_event ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, customer_id INTEGER NOT NULL,"
    " detail TEXT NOT NULL DEFAULT '', at DATETIME NOT NULL, depth INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS rule_context ("
    " id INTEGER NOT NULL PRIMARY KEY, depth INTEGER NOT NULL DEFAULT 0)",
    "INSERT OR IGNORE INTO rule_context (id, depth) VALUES (1, 0)",
    "CREATE TABLE IF NOT EXISTS rule_fired ("
    " rule_id INTEGER NOT NULL, customer_id INTEGER NOT NULL, key TEXT NOT NULL,"
    " run_id INTEGER NOT NULL, PRIMARY KEY (rule_id, customer_id, key)) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS rule_fired_run ON rule_fired (run_id)",
    "CREATE TABLE IF NOT EXISTS rule_run ("
    " id INTEGER NOT NULL PRIMARY KEY, at DATETIME NOT NULL, cause TEXT NOT NULL,"
    " customers INTEGER NOT NULL DEFAULT 0, actions INTEGER NOT NULL DEFAULT 0,"
    " warnings TEXT NOT NULL DEFAULT '', undone_at DATETIME)",
    "CREATE TABLE IF NOT EXISTS rule_run_item ("
    " id INTEGER NOT NULL PRIMARY KEY, run_id INTEGER NOT NULL, rule_id INTEGER NOT NULL,"
    " customer_id INTEGER NOT NULL, action TEXT NOT NULL, ref TEXT NOT NULL DEFAULT '',"
    " before TEXT NOT NULL DEFAULT '', after TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX IF NOT EXISTS rule_run_item_run ON rule_run_item (run_id, rule_id)",
)


def _trigger(name: str, when: str, table: str, kind: str, customer: str, detail: str,
             condition: str = "") -> str:  # fmt: skip
    where = f" WHEN {condition}" if condition else ""
    return (
        f"CREATE TRIGGER IF NOT EXISTS rule_event_{name} {when} ON {table}{where} BEGIN"
        " INSERT INTO rule_event (kind, customer_id, detail, at, depth)"
        f" VALUES ('{kind}', {customer}, {detail}, {_NOW}, {_DEPTH}); END"
    )


_OPEN = "('new', 'responded', 'in_progress')"  # complaints/vocabulary.OPEN_STATUSES
TRIGGERS = (
    _trigger("customer_created", "AFTER INSERT", "customer", "customer_created", "NEW.id", "''"),
    _trigger(
        "tag_added",
        "AFTER INSERT",
        "customer_tag",
        "tag_added",
        "NEW.customer_id",
        "CAST(NEW.tag_id AS TEXT)",
    ),  # fmt: skip
    _trigger(
        "tag_removed",
        "AFTER DELETE",
        "customer_tag",
        "tag_removed",
        "OLD.customer_id",
        "CAST(OLD.tag_id AS TEXT)",
    ),  # fmt: skip
    _trigger(
        "stage_changed",
        "AFTER UPDATE OF stage",
        "customer",
        "stage_changed",
        "NEW.id",
        "OLD.stage || '>' || NEW.stage",
        "OLD.stage IS NOT NEW.stage",
    ),  # fmt: skip
    # lead scoring's grade history (step 28): every stored grade change, old>new
    _trigger(
        "lead_grade_changed",
        "AFTER INSERT",
        "lead_grade_change",
        "lead_grade_changed",
        "NEW.customer_id",
        "NEW.old || '>' || NEW.new",
    ),  # fmt: skip
    _trigger(
        "segment_changed",
        "AFTER UPDATE OF rfm_segment",
        "customer",
        "segment_changed",
        "NEW.id",
        "OLD.rfm_segment || '>' || NEW.rfm_segment",
        "OLD.rfm_segment IS NOT NEW.rfm_segment",
    ),  # fmt: skip
    _trigger(
        "purchase",
        "AFTER INSERT",
        "purchase",
        "purchase",
        "NEW.customer_id",
        "CAST(NEW.id AS TEXT)",
        "NEW.amount_cents > 0 AND NEW.refund_of IS NULL",
    ),  # fmt: skip
    _trigger(
        "complaint_closed",
        "AFTER UPDATE OF status",
        "complaint",
        "complaint_closed",
        "NEW.customer_id",
        "CAST(NEW.id AS TEXT)",
        f"OLD.status IN {_OPEN} AND NEW.status NOT IN {_OPEN}",
    ),  # fmt: skip
    _trigger(
        "survey_answer",
        "AFTER INSERT",
        "survey_answer",
        "survey_answer",
        "NEW.customer_id",
        "NEW.survey_id || ':' || NEW.score",
        "NEW.customer_id IS NOT NULL",
    ),  # fmt: skip
    _trigger(
        "community_joined",
        "AFTER INSERT",
        "community_member",
        "community_joined",
        "NEW.customer_id",
        "CAST(NEW.community_id AS TEXT)",
        "NEW.left_on IS NULL",
    ),  # fmt: skip
    _trigger(
        "community_left",
        "AFTER UPDATE OF left_on",
        "community_member",
        "community_left",
        "NEW.customer_id",
        "CAST(NEW.community_id AS TEXT)",
        "OLD.left_on IS NULL AND NEW.left_on IS NOT NULL",
    ),  # fmt: skip
    _trigger(
        "event_attended",
        "AFTER UPDATE OF status",
        "event_signup",
        "event_attended",
        "NEW.customer_id",
        "CAST(NEW.event_id AS TEXT)",
        "NEW.status = 'attended' AND OLD.status IS NOT 'attended'",
    ),  # fmt: skip
    _trigger(
        "event_walk_in",
        "AFTER INSERT",
        "event_signup",
        "event_attended",
        "NEW.customer_id",
        "CAST(NEW.event_id AS TEXT)",
        "NEW.status = 'attended'",
    ),  # fmt: skip
    _trigger(
        "event_no_show",
        "AFTER UPDATE OF status",
        "event_signup",
        "event_no_show",
        "NEW.customer_id",
        "CAST(NEW.event_id AS TEXT)",
        "NEW.status = 'no_show' AND OLD.status IS NOT 'no_show'",
    ),  # fmt: skip
    _trigger(
        "level_changed",
        "AFTER UPDATE OF level_id",
        "member",
        "level_changed",
        "NEW.customer_id",
        "COALESCE(OLD.level_id, '') || '>' || COALESCE(NEW.level_id, '')",
        "OLD.level_id IS NOT NEW.level_id",
    ),  # fmt: skip
    _trigger(
        "points",
        "AFTER INSERT",
        "points_entry",
        "points",
        "NEW.customer_id",
        "CAST(NEW.id AS TEXT)",
    ),  # fmt: skip
    _trigger(
        "wallet",
        "AFTER INSERT",
        "wallet_entry",
        "wallet",
        "NEW.customer_id",
        "CAST(NEW.id AS TEXT)",
    ),  # fmt: skip
)


# The common rules of issue 28, ready to switch on (off): (key, name, trigger, conditions,
# actions) as models/automation/definitions.py validates them (tests check they still do).
SHIPPED = (
    ("first_purchase", "完成首购", '{"kind": "purchase", "which": "first"}', "[]",
     '[{"kind": "add_tag", "tag": "新客"}, {"kind": "followup", "subject": "感谢首购回访",'
     ' "due_days": 3, "channel": "phone"}]'),
    ("no_contact_30", "30 天无互动", '{"kind": "no_contact", "days": 30}',
     '[{"field": "tag", "op": "lacks", "value": "休眠"}]', '[{"kind": "add_tag", "tag": "休眠"}]'),
    ("high_value", "累计消费 > 2000", '{"kind": "purchase"}',
     '[{"field": "total_spend", "op": "gt", "value": 200000},'
     ' {"field": "tag", "op": "lacks", "value": "高价值"}]',
     '[{"kind": "add_tag", "tag": "高价值"}]'),
    ("birthday_3", "生日前 3 天", '{"kind": "birthday", "days": 3}', "[]",
     '[{"kind": "followup", "subject": "生日祝福", "due_days": 0, "channel": "wechat"}]'),
    ("detractor", "差评", '{"kind": "survey_answer", "category": "detractor"}', "[]",
     '[{"kind": "followup", "subject": "差评回访", "due_days": 2, "channel": "phone"}]'),
)  # fmt: skip


def step_30_automation(db) -> None:
    for sql in (*TABLES, *TRIGGERS):
        db.execute_sql(sql)
    now = "strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')"
    for row in SHIPPED:
        db.execute_sql(
            "INSERT OR IGNORE INTO rule (shipped, name, trigger, conditions, actions, enabled,"
            f" created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, {now}, {now})", row)  # fmt: skip
