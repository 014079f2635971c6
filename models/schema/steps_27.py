"""Schema step 27 (issue 28, frozen once released): the staff list (团队), the lead pool's
assignment history and assignment rules.

- staff: one row per person who serves customers (name unique, role, active).
- lead_assignment: every time a lead was given to someone (who, when, by which rule or
  by hand, by whom) and when that ended (reassigned, reclaimed to the pool); the open
  row (ended_at NULL) is the lead's current assignment: the lists join it through a
  covering partial index. Its contacted_at is the customer's last contact when that
  is at or after the assignment (kept by a trigger on customer.last_contact_at, which
  every contact write keeps), so the reclaim sweep reads only the assignments still
  waiting for a first contact, by time, through a partial index.
- assignment_rule: round robin among chosen staff (a persistent pointer), or a map of
  city / industry / source channel to a person.
- customer_lead_pool, customer_lead_owner: partial indexes over the leads (stage
  'lead', not deleted): the pool (no owner) and one person's leads.

The existing free-text owners are matched into the staff list: customers', follow-ups',
contacts', complaints' (and their steps'), communities' owner_staff, and the audit log's
staff names (the preference and the log's entries), trimmed (runs of spaces made one),
one row per distinct name, all active. An owner text with stray spaces is rewritten to
its trimmed name so it matches its person.

The owner columns stay text holding the staff name rather than becoming an id: the
exports, the imports (a column 负责人 of names), the search index and every older
piece of code keep working unchanged; a rename rewrites them in one transaction
(models.team.staff.rename).
"""

from __future__ import annotations

import json

from models import clock
from models.values.search_text import text_sort_key

TABLES = (
    "CREATE TABLE staff (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
    " role TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1,"
    " created_at DATETIME NOT NULL)",
    "CREATE TABLE lead_assignment (id INTEGER PRIMARY KEY,"
    " customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,"
    " staff TEXT NOT NULL, assigned_at DATETIME NOT NULL, rule_id INTEGER,"
    " rule TEXT NOT NULL DEFAULT '', by_staff TEXT NOT NULL DEFAULT '',"
    " ended_at DATETIME, end_reason TEXT NOT NULL DEFAULT '', contacted_at DATETIME)",
    "CREATE INDEX lead_assignment_customer ON lead_assignment (customer_id)",
    "CREATE INDEX lead_assignment_current ON lead_assignment"
    " (customer_id, assigned_at, contacted_at, staff, rule) WHERE ended_at IS NULL",
    "CREATE INDEX lead_assignment_waiting ON lead_assignment (assigned_at, customer_id)"
    " WHERE ended_at IS NULL AND contacted_at IS NULL",
    # The current assignment's contacted_at follows the customer's last contact: set
    # when it is at or after the assignment, NULL again when an undo takes it back.
    "CREATE TRIGGER lead_assignment_contacted AFTER UPDATE OF last_contact_at ON customer"
    " WHEN NEW.last_contact_at IS NOT OLD.last_contact_at BEGIN"
    " UPDATE lead_assignment SET contacted_at = CASE WHEN NEW.last_contact_at >= assigned_at"
    " THEN NEW.last_contact_at END WHERE customer_id = NEW.id AND ended_at IS NULL; END",
    "CREATE TABLE assignment_rule (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
    " kind TEXT NOT NULL, staff TEXT NOT NULL DEFAULT '[]', mapping TEXT NOT NULL DEFAULT '{}',"
    " pointer INTEGER NOT NULL DEFAULT 0, created_at DATETIME NOT NULL)",
    "CREATE INDEX customer_lead_pool ON customer (id)"
    " WHERE stage = 'lead' AND owner = '' AND deleted_at IS NULL",
    "CREATE INDEX customer_lead_owner ON customer (owner, id)"
    " WHERE stage = 'lead' AND deleted_at IS NULL",
)

# (table, column) of every free-text owner at version 27.
OWNER_COLUMNS = (
    ("customer", "owner"),
    ("followup", "owner"),
    ("interaction", "owner"),
    ("complaint", "owner"),
    ("complaint_event", "owner"),
    ("community", "owner_staff"),
)


def clean(name) -> str:
    return " ".join(str(name or "").split())


def step_27_staff_and_lead_pool(db) -> None:
    for sql in TABLES:
        db.execute_sql(sql)
    found: dict[str, None] = {}
    for table, column in OWNER_COLUMNS:
        raws = [r for (r,) in db.execute_sql(f"SELECT DISTINCT {column} FROM {table}")]
        for raw in raws:
            name = clean(raw)
            if name:
                found.setdefault(name)
            if raw is not None and name != raw:
                sets = f"{column} = ?"
                values = [name]
                if table == "customer":
                    sets += ", owner_key = ?"
                    values.append(text_sort_key(name))
                db.execute_sql(f"UPDATE {table} SET {sets} WHERE {column} = ?", (*values, raw))
    row = db.execute_sql("SELECT value FROM preference WHERE key = 'staff_name'").fetchone()
    if row:
        try:
            found.setdefault(clean(json.loads(row[0])))
        except ValueError:
            pass
    for (raw,) in db.execute_sql("SELECT DISTINCT staff FROM audit_entry").fetchall():
        found.setdefault(clean(raw))
    found.pop("", None)
    now = clock.now().strftime("%Y-%m-%d %H:%M:%S")
    for name in found:
        db.execute_sql(
            "INSERT INTO staff (name, role, active, created_at) VALUES (?, '', 1, ?)", (name, now)
        )
