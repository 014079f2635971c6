"""Writing tables to .xlsx and .csv that open cleanly in Excel and WPS.

xlsxwriter in constant-memory mode writes row by row (flat memory at a million rows,
about twice openpyxl's speed). The header is styled, frozen and filtered; columns are
as wide as their first rows; dates are real dates; codes such as mobiles and customer
numbers are text (never 1.38E+10). CSV is UTF-8 with a BOM, which both open correctly.

Every text cell that starts with = + - @ or a tab/CR gets a leading apostrophe, so data
can never run as a formula (CSV/formula injection); the importer removes it again.

Money is stored in fen; a `Money` cell is written in yuan: in .xlsx a number with a
¥0.00 format (Excel sums it), in CSV the number with two decimals ("640.16").
"""

from __future__ import annotations

import csv
import datetime as dt
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from itertools import islice
from pathlib import Path

import xlsxwriter

from models.errors import Cancelled, ValidationError

KINDS = ("text", "code", "number", "date", "datetime", "money", "raw")
_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
WIDTH_SAMPLE = 300  # rows read ahead to size the columns
MAX_WIDTH = 60
HEADER_FORMAT = {
    "bold": True,
    "bg_color": "#DCE6F1",
    "border": 1,
    "border_color": "#A6B8CC",
    "valign": "vcenter",
}

MONEY_FORMAT = "¥#,##0.00;-¥#,##0.00"

Progress = Callable[[float], None]


@dataclass(frozen=True)
class Money:
    """An amount in fen, written as yuan with two decimals (64016 -> 640.16)."""

    cents: int

    @property
    def yuan(self) -> float:
        return self.cents / 100

    def __str__(self) -> str:  # the CSV cell, exact: no float rounding
        return f"{Decimal(self.cents).scaleb(-2):.2f}"


@dataclass(frozen=True)
class ExportColumn:
    key: str
    title: str
    kind: str = "text"  # see KINDS; "code" is text Excel must never read as a number
    choices: tuple[str, ...] = ()  # a drop-down list (templates)


def neutralise(value: str) -> str:
    """Make a text cell safe from formula evaluation (OWASP CSV injection)."""
    return "'" + value if value.startswith(_DANGEROUS) else value


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def write_table(
    path: str | Path,
    columns: list[ExportColumn],
    rows: Iterable[list],
    *,
    total: int | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    sheet_name: str = "Sheet1",
) -> int:
    """Write rows (lists of values in column order) to .xlsx or .csv by the suffix.
    Returns the number of rows. A cancel raises Cancelled and leaves no file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ValidationError("path", "export_suffix", f"{path.name}: use .xlsx or .csv")
    tmp = path.with_name(path.name + ".part")
    try:
        writer = _write_xlsx if suffix == ".xlsx" else _write_csv
        count = writer(tmp, columns, iter(rows), total, progress, cancel, sheet_name)
        tmp.replace(path)  # a reader never sees half a file
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return count


def _ticker(total, progress, cancel):
    def tick(n: int) -> None:
        if cancel is not None and cancel.is_set():
            raise Cancelled("export cancelled")
        if progress is not None and total:
            progress(min(1.0, n / total))

    return tick


def _write_csv(path, columns, rows, total, progress, cancel, _sheet) -> int:
    tick = _ticker(total, progress, cancel)
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow([neutralise(c.title) for c in columns])
        for row in rows:
            out.writerow([_csv_cell(v) for v in row])
            count += 1
            if count % 2000 == 0:
                tick(count)
    tick(count)
    return count


def _csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, Money):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (int, float)):
        return str(value)
    return neutralise(str(value))


def _write_xlsx(path, columns, rows, total, progress, cancel, sheet_name) -> int:
    tick = _ticker(total, progress, cancel)
    book = xlsxwriter.Workbook(
        str(path), {"constant_memory": True, "strings_to_numbers": False, "in_memory": False}
    )
    try:
        sheet = book.add_worksheet(_sheet_title(sheet_name))
        header = book.add_format(HEADER_FORMAT)
        formats = {
            "code": book.add_format({"num_format": "@"}),
            "date": book.add_format({"num_format": "yyyy-mm-dd"}),
            "datetime": book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"}),
            "money": book.add_format({"num_format": MONEY_FORMAT}),
        }
        head = list(islice(rows, WIDTH_SAMPLE))
        for col, column in enumerate(columns):
            width = max([display_width(column.title) + 4] + [_cell_width(r, col) for r in head])
            sheet.set_column(col, col, min(width, MAX_WIDTH), formats.get(column.kind))
        sheet.set_row(0, 20)
        for col, column in enumerate(columns):
            sheet.write_string(0, col, neutralise(column.title), header)
        sheet.freeze_panes(1, 0)
        count = 0
        for row in _chain(head, rows):
            count += 1
            for col, value in enumerate(row):
                _write_cell(sheet, count, col, value, columns[col].kind, formats)
            if count % 2000 == 0:
                tick(count)
        sheet.autofilter(0, 0, max(count, 1), max(len(columns) - 1, 0))
        tick(count)
    finally:
        book.close()
    return count


def _sheet_title(name: str) -> str:
    for ch in "[]:*?/\\":
        name = name.replace(ch, " ")
    return name.strip()[:31] or "Sheet1"


def _chain(head: list, rest: Iterator) -> Iterator:
    yield from head
    yield from rest


def _cell_width(row: list, col: int) -> int:
    if col >= len(row) or row[col] is None:
        return 0
    value = row[col]
    if isinstance(value, Money):  # "¥" and the thousands' commas
        return display_width(str(value)) + 2 + len(str(abs(value.cents) // 100)) // 3 + 1
    if isinstance(value, dt.datetime):
        return 21
    if isinstance(value, dt.date):
        return 12
    return display_width(str(value)) + 2


def _write_cell(sheet, row: int, col: int, value, kind: str, formats: dict) -> None:
    if value is None or value == "":
        return
    if isinstance(value, Money):
        sheet.write_number(row, col, value.yuan, formats["money"])
    elif isinstance(value, bool):
        sheet.write_boolean(row, col, value)
    elif isinstance(value, dt.datetime):
        sheet.write_datetime(row, col, value, formats["datetime"])
    elif isinstance(value, dt.date):
        sheet.write_datetime(row, col, value, formats["date"])
    elif isinstance(value, (int, float)) and kind != "code":
        sheet.write_number(row, col, value)
    else:
        text = str(value)
        if kind == "code" and isinstance(value, float) and value.is_integer():
            text = str(int(value))
        # write_string, never write(): a string is never parsed as a formula or number.
        sheet.write_string(row, col, neutralise(text), formats.get(kind))


def write_template(path: str | Path, columns: list[ExportColumn], example: list) -> None:
    """An import template: the columns, one example row, drop-down lists for choices,
    and code columns formatted as text so Excel keeps leading zeros."""
    book = xlsxwriter.Workbook(str(path))
    try:
        sheet = book.add_worksheet("Customers")
        header = book.add_format(HEADER_FORMAT)
        example_fmt = book.add_format({"font_color": "#7F7F7F", "italic": True})
        text_fmt = book.add_format({"num_format": "@"})
        for col, column in enumerate(columns):
            width = max(display_width(column.title), display_width(str(example[col]))) + 4
            fmt = text_fmt if column.kind == "code" else None
            sheet.set_column(col, col, min(width, MAX_WIDTH), fmt)
            sheet.write_string(0, col, column.title, header)
            if example[col] not in (None, ""):
                sheet.write_string(1, col, str(example[col]), example_fmt)
            if column.choices:
                sheet.data_validation(
                    1,
                    col,
                    10000,
                    col,
                    {"validate": "list", "source": list(column.choices), "ignore_blank": True},
                )
        sheet.freeze_panes(1, 0)
    finally:
        book.close()
