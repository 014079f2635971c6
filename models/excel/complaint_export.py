"""Export the complaints a filter shows to Excel, in the list's order."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from models.complaints import complaint_list
from models.privacy.masking import masking_cells
from models.sheets.excel_export import ExportColumn, write_table

KEYS = ("id", "received_at", "customer", "mobile", "category", "severity", "channel",
        "status", "owner", "description", "response_due", "responded_at", "resolve_due",
        "resolved_at", "overdue", "root_cause", "solution", "satisfaction", "visit_comment")  # fmt: skip
KINDS = {"mobile": "code", "id": "number", "satisfaction": "number", "received_at": "datetime",
         "response_due": "datetime", "responded_at": "datetime", "resolve_due": "datetime",
         "resolved_at": "datetime"}  # fmt: skip
BATCH = 2000


def export_complaints(
    path: str | Path,
    flt: complaint_list.ComplaintFilter,
    cell: Callable[[dict, str], object],
    titles: dict[str, str],
    *,
    progress=None,
    cancel: threading.Event | None = None,
) -> int:
    """Write every complaint the filter selects with the columns KEYS. `cell(row, key)`
    gives a cell as the user reads it (the window translates); `titles` the headings
    and "_sheet". Returns the number of rows."""
    total = complaint_list.count(flt)
    columns = [ExportColumn(k, titles.get(k, k), KINDS.get(k, "text")) for k in KEYS]

    cell = masking_cells(cell)

    def rows():
        offset = 0
        while True:
            batch = complaint_list.rows(flt, limit=BATCH, offset=offset)
            for row in batch:
                yield [cell(row, k) for k in KEYS]
            if len(batch) < BATCH:
                return
            offset += len(batch)

    return write_table(
        path, columns, rows(), total=total, progress=progress, cancel=cancel,
        sheet_name=titles.get("_sheet", "Complaints"),
    )  # fmt: skip
