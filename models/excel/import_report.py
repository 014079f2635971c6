"""The error report of an import: an .xlsx of the rows not imported, with their original
values and a reason column, ready to fix and import again (the reason and row columns
are left unmapped by the importer's synonyms, so a re-import ignores them)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from models.excel.import_types import DUPLICATE, Plan, Problem, RowPlan
from models.sheets.excel_export import ExportColumn, write_table

ReasonText = Callable[[RowPlan, Problem | None], str]


def write_error_report(
    path: str | Path,
    plan: Plan,
    *,
    reason_title: str = "Reason",
    line_title: str = "Row",
    reason_text: ReasonText | None = None,
) -> int:
    """Write the rows the import leaves out; returns how many. The reasons are the
    kind's English ones (ImportKind.reason) unless `reason_text` says them."""
    reason_text = reason_text or plan.kind.reason
    left = plan.not_imported()
    headers = plan.sheet.headers
    columns = [ExportColumn(f"c{i}", title, "raw") for i, title in enumerate(headers)]
    columns += [ExportColumn("_reason", reason_title), ExportColumn("_line", line_title, "number")]

    def rows():
        for row in left:
            cells = list(row.cells[: len(headers)]) + [""] * (len(headers) - len(row.cells))
            if row.action == DUPLICATE:
                reasons = [reason_text(row, None)]
            else:
                reasons = [reason_text(row, p) for p in row.problems]
            yield cells + ["; ".join(reasons), row.line]

    write_table(path, columns, rows(), total=len(left), sheet_name=plan.sheet.name)
    return len(left)
