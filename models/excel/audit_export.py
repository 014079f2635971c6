"""The audit log to .xlsx or .csv (the audit dialog's and `guanjia audit --export`'s)."""

from __future__ import annotations

from pathlib import Path

from models.sheets.excel_export import ExportColumn, write_table
from models.storage import audit


def export(path: str | Path, query: audit.AuditQuery | None = None, titles: dict | None = None,
           action_words: dict | None = None, progress=None, cancel=None,
           target_words: dict | None = None, detail_words=None) -> int:  # fmt: skip
    """The entries the query selects, newest first; `titles` (and "_sheet"),
    `action_words` and `target_words` put the headers, the sheet's name, the actions and
    the kinds of record in the user's language, `detail_words(row)` the detail. Returns
    the rows written."""
    titles = titles or {}
    words = {"action": action_words or {}, "target": target_words or {}}
    kinds = {"at": "datetime", "target_id": "number", "count": "number"}
    columns = [
        ExportColumn(key, titles.get(key, key), kinds.get(key, "text")) for key in audit.COLUMNS
    ]
    say = {"detail": detail_words or (lambda r: r["detail"])}
    say.update({k: (lambda r, k=k: words[k].get(r[k], r[k])) for k in words})
    rows = (
        [say[k](r) if k in say else r[k] for k in audit.COLUMNS]
        for r in audit.rows_newest_first(query)
    )
    return write_table(path, columns, rows, total=audit.count(query), progress=progress,
                       cancel=cancel, sheet_name=titles.get("_sheet", "audit"))  # fmt: skip
