"""Every import, remembered: what it read, what it did, and how to undo it later.

The engine records each run (import_records.ImportRun, with counts that mean the same
for every kind); an undo runs in one transaction, after a backup, and hands the run to
its kind's undo (import_kinds.py): a customer import's created customers are removed
and the fields it changed put back, a purchase import's purchases are removed with the
customers it created. Whatever the user changed since is kept and reported: a created
customer edited since goes to the recycle bin instead of being removed, one given
records since (a follow-up, contact, purchase, complaint, other tags) stays as it is,
a field edited since keeps its new value, and an imported follow-up or complaint
handled since stays.
"""

from __future__ import annotations

import json

from models import clock
from models.errors import NotFoundError, ValidationError
from models.excel.import_kinds import kind_named
from models.excel.import_records import CREATED, TAG_PREFIX, ImportChange, ImportRun, UndoReport
from models.storage import audit, backup
from models.storage.db import database

__all__ = ["CREATED", "TAG_PREFIX", "ImportChange", "ImportRun", "UndoReport", "get_run",
           "list_runs", "run_mapping", "undo"]  # fmt: skip


def list_runs(limit: int = 200) -> list[ImportRun]:
    return list(ImportRun.select().order_by(ImportRun.id.desc()).limit(limit))


def get_run(run_id: int) -> ImportRun:
    run = ImportRun.get_or_none(ImportRun.id == run_id)
    if run is None:
        raise NotFoundError(f"import {run_id} does not exist", code="import_not_found", id=run_id)
    return run


def run_mapping(run: ImportRun) -> dict:
    return json.loads(run.mapping or "{}")


def undo(run_id: int) -> UndoReport:
    """Undo an import in one transaction (after a backup: it removes records in bulk);
    raises ValidationError if it was undone already."""

    if get_run(run_id).undone_at is None:
        backup.before("bulk_delete")
    report = UndoReport()
    with database.atomic():
        run = get_run(run_id)
        if run.undone_at is not None:
            raise ValidationError(
                "import", "import_undone", f"import {run_id} was already undone", id=run_id
            )
        kind_named(run.kind).undo(run, report)
        run.undone_at = clock.now()
        run.save()
        audit.record("import_undo", "import", run_id,
                     count=report.removed + report.restored + report.purchases_removed
                     + report.records_removed,
                     detail=f"{run.file_name}: -{report.removed:,} customers, "
                            f"{report.restored:,} restored, "
                            f"-{report.purchases_removed:,} purchases, "
                            f"-{report.records_removed:,} {run.kind}, "
                            f"{len(report.customers_kept()):,} customers kept")  # fmt: skip
    return report
