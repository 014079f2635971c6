"""Export an agenda bucket (follow-ups, and today's stay-in-touch customers) to Excel."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from models.followups import agenda
from models.privacy.masking import masking_cells
from models.sheets.excel_export import ExportColumn, write_table

KEYS = ("due", "customer", "mobile", "kind", "subject", "owner", "status", "note", "outcome")
CODE_KEYS = {"mobile"}


def export_bucket(
    path: str | Path,
    bucket: str,
    cell: Callable[[dict, str], object],
    titles: dict[str, str],
    *,
    progress=None,
    cancel: threading.Event | None = None,
) -> int:
    """Write every row of `bucket` with the columns KEYS. `cell(row, key)` gives a cell's
    value as the user reads it (the window translates); `titles` the headings and
    "_sheet", the sheet's name. Returns the number of rows."""
    source = agenda.Agenda(bucket)
    columns = [
        ExportColumn(k, titles.get(k, k), "code" if k in CODE_KEYS else "text") for k in KEYS
    ]

    cell = masking_cells(cell)

    def rows():
        while not source.exhausted:
            batch = source.fetch(2000)
            if not batch:
                return
            for row in batch:
                yield [cell(row, k) for k in KEYS]

    return write_table(
        path, columns, rows(), total=source.total, progress=progress, cancel=cancel,
        sheet_name=titles.get("_sheet", "Follow-ups"),
    )  # fmt: skip
