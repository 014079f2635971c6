"""The run log: what each run of the rules did, and the undo of a run (all of it, in one
transaction, refused with "undo_conflict" when something it touched changed since)."""

from __future__ import annotations

from dataclasses import dataclass

from models import clock
from models.automation import actions as acting
from models.automation.runner import UNDO_DEPTH
from models.automation.tables import Rule, RuleRun, RuleRunItem, numbered
from models.errors import ValidationError
from models.sheets.excel_export import ExportColumn, write_table
from models.storage import audit
from models.storage.db import database


@dataclass
class RunInfo:
    id: int
    at: object
    cause: str
    customers: int
    actions: int
    warnings: list[str]
    undone: bool
    rules: list[str]

    def to_json(self) -> dict:
        return {"id": self.id, "at": self.at.isoformat(sep=" ") if self.at else None,
                "cause": self.cause, "customers": self.customers, "actions": self.actions,
                "warnings": self.warnings, "undone": self.undone, "rules": self.rules}  # fmt: skip


def _rule_names(run_id: int) -> list[str]:
    ids = [r for (r,) in RuleRunItem.select(RuleRunItem.rule_id).distinct()
           .where(RuleRunItem.run_id == run_id).tuples()]  # fmt: skip
    names = dict(Rule.select(Rule.id, Rule.name).where(Rule.id.in_(ids)).tuples()) if ids else {}
    return [names.get(i, f"#{i}") for i in sorted(ids)]


def _info(row: RuleRun) -> RunInfo:
    return RunInfo(row.id, row.at, row.cause, row.customers, row.actions,
                   [w for w in row.warnings.split("\n") if w], row.undone_at is not None,
                   _rule_names(row.id))  # fmt: skip


def log(limit: int = 200) -> list[RunInfo]:
    """The latest runs first."""
    return [_info(r) for r in RuleRun.select().order_by(RuleRun.id.desc()).limit(limit)]


def get(run_id) -> RunInfo:
    return _info(numbered(RuleRun, run_id, "run"))


def items(run_id: int, limit: int | None = None) -> list[dict]:
    """A run's actions: rule, customer (with name), action, before, after."""
    query = (RuleRunItem.select().where(RuleRunItem.run_id == run_id).order_by(RuleRunItem.id)
             .dicts())  # fmt: skip
    if limit:
        query = query.limit(limit)
    rows = list(query)
    ids = sorted({r["customer_id"] for r in rows})
    names = {}
    for i in range(0, len(ids), 900):
        names.update(database.execute_sql(
            f"SELECT id, name FROM customer WHERE id IN ({','.join('?' * len(ids[i:i + 900]))})",
            ids[i : i + 900]).fetchall())  # fmt: skip
    rule_names = dict(Rule.select(Rule.id, Rule.name).tuples())
    return [{"rule": r["rule_id"], "rule_name": rule_names.get(r["rule_id"], ""),
             "customer": r["customer_id"], "name": names.get(r["customer_id"], ""),
             "action": r["action"], "ref": r["ref"], "before": r["before"], "after": r["after"]}
            for r in rows]  # fmt: skip


def undo(run_id) -> RunInfo:
    """Put back everything the run did; refused when undone already or when anything it
    touched changed since (nothing written then)."""
    run = get(run_id)
    if run.undone:
        raise ValidationError("run", "run_undone", f"run {run.id} was undone already")
    It = RuleRunItem
    rows = [acting.Item(*r) for r in It.select(It.customer_id, It.action, It.ref, It.before, It.after)
            .where(It.run_id == run.id).order_by(It.id.desc()).tuples()]  # fmt: skip
    with database.atomic():
        acting.check_undo(rows)
        database.execute_sql("UPDATE rule_context SET depth = ? WHERE id = 1", [UNDO_DEPTH])
        acting.undo(rows)
        database.execute_sql("UPDATE rule_context SET depth = 0 WHERE id = 1")
        RuleRun.update(undone_at=clock.now()).where(RuleRun.id == run.id).execute()
        audit.record("undo", "rule", run.id, detail=f"run {run.id}: {len(rows)} actions undone",
                     count=max(run.customers, 1))  # fmt: skip
    return get(run.id)


LOG_COLUMNS = ("run", "at", "cause", "rule", "customer", "name", "action", "before", "after",
               "undone")  # fmt: skip


def export(path, titles: dict[str, str] | None = None, limit: int = 200) -> int:
    """The run log, one row per action of each run (the latest runs first), to .xlsx or
    .csv; `titles` are the columns' headings in the user's language."""
    titles = titles or {}
    columns = [ExportColumn(k, titles.get(k, k), "datetime" if k == "at" else "text")
               for k in LOG_COLUMNS]  # fmt: skip

    def rows():
        for run in log(limit):
            for item in items(run.id):
                yield [str(run.id), run.at, run.cause, item["rule_name"], str(item["customer"]),
                       item["name"], item["action"], item["before"], item["after"],
                       "yes" if run.undone else ""]  # fmt: skip

    return write_table(path, columns, rows(), sheet_name="automation")


def erase_customer(customer_id: int) -> None:
    """Erasure (privacy/erasure.py): the texts a run kept of the customer (owner, notes,
    stage before and after) blanked, their waiting events dropped; the counts stay."""
    RuleRunItem.update(before="", after="").where(RuleRunItem.customer_id == customer_id).execute()
    database.execute_sql("DELETE FROM rule_event WHERE customer_id = ?", [customer_id])
