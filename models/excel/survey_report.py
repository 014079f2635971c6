"""A survey's Excel report (issue 27): a summary sheet (the survey, its score overall,
by month with the margin of error, and by every segment) and every answer (date,
customer or anonymous, score, category, comment, channel).

The figures are scores.score's, so the report, the window and `guanjia surveys score`
agree. The words (sheet names, headings, categories, group names) come from the caller
in the user's language (ui/surveys/score_labels.py); English without them. Written to a
temporary name and moved: a reader never sees half a file, a cancel leaves none."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError

from models.errors import Cancelled, ValidationError
from models.sheets.excel_export import HEADER_FORMAT, display_width, neutralise
from models.storage.db import database
from models.storage.file_writing import require_folder
from models.surveys import scores, surveys
from models.surveys.closed_loop import category

SEGMENTS = ("segment", "stage", "tag", "community", "level", "channel", "owner")
# the figures of each kind, in the columns' order
COLUMNS = {
    "nps": ("answers", "promoters", "passives", "detractors", "nps", "margin"),
    "csat": ("answers", "satisfied", "csat", "average"),
    "ces": ("answers", "ces"),
}
WORDS = {
    "summary": "Summary", "answers_sheet": "Every answer", "survey": "Survey", "type": "Type",
    "period": "Period", "all": "All answers", "overall": "Overall", "month": "Month",
    "date": "Date", "customer": "Customer", "score": "Score", "category": "Category",
    "comment": "Comment", "channel": "Channel", "anonymous": "Anonymous", "none": "(none)",
    "answers": "Answers", "promoters": "Promoters", "passives": "Passives",
    "detractors": "Detractors", "nps": "NPS", "margin": "Margin (±)",
    "satisfied": "Satisfied (4-5)", "csat": "CSAT (%)", "average": "Average",
    "ces": "CES (average)", "note": "Note", "few": "fewer than 30 answers",
}  # fmt: skip
BATCH = 5000
Progress = Callable[[float], None]


def columns(kind: str) -> tuple[str, ...]:
    return COLUMNS.get(kind, COLUMNS["nps"])


def answer_rows(survey_id: int, date_from=None, date_to=None, batch: int = BATCH):
    """(answered_at, customer name or None, score, comment, source) in time order, in
    batches (a list each)."""
    where, params = scores._bounds(date_from, date_to)
    cursor = database.execute_sql(
        "SELECT a.answered_at, c.name, a.score, a.comment, a.source FROM survey_answer a"
        " LEFT JOIN customer c ON c.id = a.customer_id"
        f" WHERE a.survey_id = ?{where} ORDER BY a.answered_at, a.id",
        [survey_id, *params])  # fmt: skip
    while True:
        rows = cursor.fetchmany(batch)
        if not rows:
            return
        yield rows


def write(path: str | Path, survey_id, date_from=None, date_to=None, *,
          words: dict | None = None, group_label: Callable[[str, str], str] | None = None,
          progress: Progress | None = None,
          cancel: threading.Event | None = None) -> int:  # fmt: skip
    """Write the report of `survey_id` (answers from `date_from` to `date_to`, dates
    included, None: all) to the .xlsx `path`; the number of answers written. `words`
    may add "kind:<kind>", "category:<kind>:<category>", "channel:<source>" and
    "by:<segment>"; `group_label(by, code)` names a group (an RFM segment code...)."""
    survey = surveys.get(survey_id)
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError("path", "export_suffix", f"{path.name}: use .xlsx")
    require_folder(path)  # a mistyped folder: refused before any work
    w = {**WORDS, **(words or {})}
    name_of = group_label or (lambda _by, code: code)
    steps = len(SEGMENTS) + 1

    def tick(fraction: float) -> None:
        """The figures are the first 20% of the work, the answers' rows the rest
        (xlsxwriter: ~10,000 rows a second on a shared 2-core machine); a cancel is
        honoured here."""
        if cancel is not None and cancel.is_set():
            raise Cancelled("report cancelled")
        if progress is not None:
            progress(min(1.0, fraction))

    tick(0)
    by_month = scores.score(survey.id, by="month", date_from=date_from, date_to=date_to)
    tick(0.2 / steps)
    segments = []
    for n, by in enumerate(SEGMENTS, start=2):
        segments.append(scores.score(survey.id, by=by, date_from=date_from, date_to=date_to))
        tick(0.2 * n / steps)
    total = by_month["answers"]
    tmp = path.with_name(path.name + ".part")
    try:
        book = xlsxwriter.Workbook(str(tmp), {"constant_memory": True,
                                              "strings_to_numbers": False})  # fmt: skip
        try:  # xlsxwriter writes the file on close: its error there is an OSError's
            formats = {"header": book.add_format(HEADER_FORMAT),
                       "bold": book.add_format({"bold": True}),
                       "when": book.add_format({"num_format": "yyyy-mm-dd hh:mm"})}  # fmt: skip
            _summary(book, formats, survey, by_month, segments, w, name_of,
                     (date_from, date_to))  # fmt: skip
            count = _answers(book, formats, survey, date_from, date_to, w,
                             lambda done: tick(0.2 + 0.8 * done / max(total, 1)))  # fmt: skip
        finally:
            try:
                book.close()
            except FileCreateError as exc:
                raise OSError(str(exc)) from exc
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(1.0)
    return count


def _text(sheet, row: int, col: int, value: str, fmt=None) -> None:
    sheet.write_string(row, col, neutralise(str(value)), fmt)


def _figure_row(sheet, row: int, label: str, figures: dict, keys, w: dict) -> None:
    _text(sheet, row, 0, label)
    for col, key in enumerate(keys, start=1):
        value = figures.get(key)
        if value is not None:
            sheet.write_number(row, col, value)
    if figures.get("few") and figures.get("answers"):
        _text(sheet, row, len(keys) + 1, w["few"])


def _summary(book, formats, survey, by_month, segments, w, name_of, period) -> None:
    sheet = book.add_worksheet(_sheet_name(w["summary"]))
    keys = columns(survey.kind)
    widths = [display_width(w["overall"])] + [display_width(w[k]) for k in keys]
    sheet.set_column(0, 0, min(max(widths[0], 16) + 2, 40))
    sheet.set_column(1, len(keys), max(widths[1:] + [8]) + 2)
    sheet.set_column(len(keys) + 1, len(keys) + 1, display_width(w["few"]) + 2)
    first, last = period
    when = w["all"] if not first and not last else f"{first or '…'} – {last or '…'}"
    row = 0
    for label, value in ((w["survey"], survey.name),
                         (w["type"], w.get(f"kind:{survey.kind}", survey.kind.upper())),
                         (w["period"], when)):  # fmt: skip
        _text(sheet, row, 0, label, formats["bold"])
        _text(sheet, row, 1, value)
        row += 1

    def table(title: str, groups: list[tuple[str, dict]]) -> None:
        nonlocal row
        row += 1
        _text(sheet, row, 0, title, formats["header"])
        for col, key in enumerate(keys, start=1):
            _text(sheet, row, col, w[key], formats["header"])
        _text(sheet, row, len(keys) + 1, w["note"], formats["header"])
        row += 1
        for label, figures in groups:
            _figure_row(sheet, row, label, figures, keys, w)
            row += 1

    table(w["overall"], [(w["overall"], by_month)])
    table(w["month"], [(g["group"], g) for g in by_month["groups"]])
    for by, result in zip(SEGMENTS, segments, strict=True):
        groups = [(name_of(by, g["group"]) if g["group"] else w["none"], g)
                  for g in result["groups"]]  # fmt: skip
        table(w.get(f"by:{by}", by), groups)


def _answers(book, formats, survey, date_from, date_to, w, tick) -> int:
    sheet = book.add_worksheet(_sheet_name(w["answers_sheet"]))
    heads = [w[k] for k in ("date", "customer", "score", "category", "comment", "channel")]
    for col, (title, width) in enumerate(zip(heads, (18, 16, 8, 12, 50, 10), strict=True)):
        sheet.set_column(col, col, max(width, display_width(title) + 4))
        _text(sheet, 0, col, title, formats["header"])
    sheet.freeze_panes(1, 0)
    # per answer only what differs: the category's and channel's words are made safe
    # once, a score's category looked up, the time written as Excel's day number
    low, high = surveys.scale(survey)
    by_score = {}
    for score in range(low, high + 1):
        which = category(survey.kind, score)
        by_score[score] = neutralise(w.get(f"category:{survey.kind}:{which}", which))
    channels: dict[str, str] = {}
    anonymous = neutralise(w["anonymous"])
    when, write_number, write_string = formats["when"], sheet.write_number, sheet.write_string
    count = 0
    for batch in answer_rows(survey.id, date_from, date_to):
        for at, name, score, comment, source in batch:
            count += 1
            write_number(count, 0, _excel_day(at), when)
            write_string(count, 1, anonymous if name is None else neutralise(name))
            write_number(count, 2, score)
            write_string(count, 3, by_score.get(score) or str(score))
            if comment:
                write_string(count, 4, neutralise(comment))
            if source not in channels:
                channels[source] = neutralise(w.get(f"channel:{source}", source))
            write_string(count, 5, channels[source])
        tick(count)  # the progress and a cancel, between batches
    sheet.autofilter(0, 0, max(count, 1), len(heads) - 1)
    return count


EXCEL_EPOCH = dt.datetime(1899, 12, 30)  # day 0 of Excel's 1900 date system (after Feb 1900)


def _excel_day(value) -> float:
    """A stored time ('YYYY-MM-DD HH:MM:SS' or a datetime) as Excel's day number."""
    if not isinstance(value, dt.datetime):
        value = dt.datetime.fromisoformat(str(value)[:19])
    return (value - EXCEL_EPOCH).total_seconds() / 86400


def _sheet_name(name: str) -> str:
    for ch in "[]:*?/\\":
        name = name.replace(ch, " ")
    return name.strip()[:31] or "Sheet1"
