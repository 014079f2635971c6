"""How numbers, money, dates and times read everywhere in the window: the one place (the
texts themselves are in ui.plain_formatting, which has no widgets; found here too).

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

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QTableView,
    QTableWidgetItem,
    QTreeView,
)

from ui.plain_formatting import (
    chinese,
    date_text,
    datetime_text,
    money,
    month_day_text,
    number,
    percent,
    sheet_text,
    time_text,
)

# The texts live in ui.plain_formatting (no widgets: the command line reads them too);
# the window's modules find them here, beside the table helpers.
__all__ = [
    "LEFT", "RIGHT", "ROW_PADDING", "SortRole", "align_right", "chinese", "comfortable_rows",
    "date_text", "datetime_text", "money", "month_day_text", "number", "number_item",
    "percent", "row_height", "sheet_text", "time_text",
]  # fmt: skip

RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)
LEFT = int(Qt.AlignLeft | Qt.AlignVCenter)
SortRole = Qt.UserRole + 40  # the raw value a QTableWidget column sorts by
ROW_PADDING = 12  # pixels above and below a table row's text, together


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
