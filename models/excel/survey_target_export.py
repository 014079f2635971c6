"""A survey's target list (issue 27) to Excel or CSV, to send the survey by hand (WeChat,
SMS): name and mobile, masked unless asked in full and the business shows mobiles in
full (models/surveys/targets.py)."""

from __future__ import annotations

from pathlib import Path

from models.sheets.excel_export import ExportColumn, write_table
from models.surveys import surveys, targets

KEYS = ("name", "mobile")


def export_targets(path: str | Path, survey_id, full_mobile: bool, titles: dict[str, str],
                   progress=None, cancel=None) -> int:  # fmt: skip
    """Write the target customers of `survey_id`; `titles` the headings and "_sheet".
    The number of rows written."""
    survey = surveys.get(survey_id)
    rows = targets.rows(survey, full_mobile)
    columns = [ExportColumn(k, titles.get(k, k), "code" if k == "mobile" else "text")
               for k in KEYS]  # fmt: skip
    return write_table(path, columns, ([r[k] for k in KEYS] for r in rows), total=len(rows),
                       progress=progress, cancel=cancel,
                       sheet_name=titles.get("_sheet", "Targets"))  # fmt: skip
