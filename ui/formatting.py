"""How numbers, money, dates and times read everywhere in the window: the one place.

- Numbers: `number(1234)` -> "1,234" (Chinese and English both group by thousands with a
  comma); `RIGHT` is the alignment of a number in a cell (`align_right(item)` for a
  QTableWidgetItem).
- Money is integer fen in models/: `money(123450)` -> "¥1,234.50", a refund "-¥35.50".
- Dates: Chinese staff read "2026-12-07" and "2026-12-07 14:30"; English reads
  "7 Dec 2026" and "7 Dec 2026 14:30" (day first, the month as a word: never ambiguous,
  the same width as the Chinese form). The language is the one the window runs in
  (desktop.translations sets QLocale's default with it). A table sorts by the raw values
  (SQL order, or `SortRole`), never by these texts.
- `comfortable_rows(view)`: table and tree rows a comfortable height for the font.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QTableView,
    QTableWidgetItem,
    QTreeView,
)

RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)
LEFT = int(Qt.AlignLeft | Qt.AlignVCenter)
SortRole = Qt.UserRole + 40  # the raw value a QTableWidget column sorts by
ROW_PADDING = 12  # pixels above and below a table row's text, together

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")  # fmt: skip


def chinese() -> bool:
    """True when the window runs in Chinese (QLocale's default follows the language)."""
    return QLocale().language() == QLocale.Chinese


def number(value: int | float | None, decimals: int | None = None) -> str:
    """1234 -> "1,234"; with `decimals`, 1234.5 -> "1,234.50"; None -> ""."""
    if value is None:
        return ""
    if decimals is not None:
        return f"{value:,.{decimals}f}"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,}"
    return f"{int(value):,}"


def money(cents: int | None) -> str:
    """Fen as yuan: 123450 -> "¥1,234.50", a refund -3550 -> "-¥35.50"; None -> ""."""
    if cents is None:
        return ""
    sign = "-" if cents < 0 else ""
    return f"{sign}¥{abs(cents) / 100:,.2f}"


def percent(fraction: float | None, decimals: int = 1) -> str:
    """0.1234 -> "12.3%"; None -> ""."""
    if fraction is None:
        return ""
    return f"{fraction * 100:,.{decimals}f}%"


def date_text(value: dt.date | dt.datetime | None) -> str:
    """2026-12-07 in Chinese, 7 Dec 2026 in English; None -> ""."""
    if value is None:
        return ""
    if chinese():
        return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def time_text(value: dt.datetime | dt.time, seconds: bool = False) -> str:
    """14:30 (or 14:30:05), in both languages."""
    return value.strftime("%H:%M:%S" if seconds else "%H:%M")


def datetime_text(value: dt.datetime | None, seconds: bool = False) -> str:
    """2026-12-07 14:30 in Chinese, 7 Dec 2026 14:30 in English; None -> ""."""
    if value is None:
        return ""
    return f"{date_text(value)} {time_text(value, seconds)}"


def sheet_text(value: dt.date | dt.datetime | None, with_time: bool = True) -> str:
    """A date (and time) in a spreadsheet cell written as text, in either language:
    2026-12-07 or 2026-12-07 14:30 (Excel, WPS and an import read it back)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime) and with_time:
        return value.strftime("%Y-%m-%d %H:%M")
    return value.strftime("%Y-%m-%d")


def month_day_text(value: dt.date) -> str:
    """A day of the year without its year: 12-07 in Chinese, 7 Dec in English."""
    if chinese():
        return f"{value.month:02d}-{value.day:02d}"
    return f"{value.day} {_MONTHS[value.month - 1]}"


def align_right(item: QTableWidgetItem) -> QTableWidgetItem:
    """A QTableWidgetItem holding a number, aligned as numbers are."""
    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
    return item


def number_item(value: int | None) -> QTableWidgetItem:
    """A QTableWidgetItem showing a count: "1,234", right-aligned, sorting by the value."""
    item = QTableWidgetItem(number(value))
    item.setData(SortRole, value)
    return align_right(item)


class _RowHeightDelegate(QStyledItemDelegate):
    """The default delegate, its rows at least `height` tall (a tree has no row header)."""

    def __init__(self, height: int, parent=None):
        super().__init__(parent)
        self.height = height

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), self.height))


def row_height(view: QAbstractItemView) -> int:
    """A comfortable row height for `view`'s font: the text's height and ROW_PADDING."""
    return view.fontMetrics().height() + ROW_PADDING


def comfortable_rows(view: QAbstractItemView) -> None:
    """Rows of `view` a comfortable height for its font (a table's vertical header; a
    tree's default delegate), so cells do not crowd. Call once, after building it."""
    height = row_height(view)
    if isinstance(view, QTableView):
        header = view.verticalHeader()
        header.setMinimumSectionSize(min(header.minimumSectionSize(), height))
        header.setDefaultSectionSize(height)
    elif isinstance(view, QTreeView) and type(view.itemDelegate()) is QStyledItemDelegate:
        view.setItemDelegate(_RowHeightDelegate(height, view))
