"""CustomerTableModel: a windowed table model over the customer list at any size."""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from models.customers import customer_list
from models.customers.customer_list import Column, CustomerFilter, Sort
from models.membership import level_rules
from ui import formatting, labels
from ui.tags.chips import TagsRole

log = logging.getLogger(__name__)

NUMERIC_COLUMNS = frozenset({"total_spend_cents", "purchase_count"})
# Dates, codes and scores: never longer than their column's title.
SHORT_COLUMNS = frozenset({"gender", "birthday", "last_contact_at", "next_followup_at",
                           "last_purchase_at", "rfm_score", "created_at", "updated_at"})  # fmt: skip
LEVEL = "member_level"  # the member's level (会员等级): membership's, not a customer field


def with_level(columns: list[Column]) -> list[Column]:
    """The list's columns with the member level after the built-in ones."""
    n = len(customer_list.BUILTIN_COLUMNS)
    return [*columns[:n], Column(LEVEL, sortable=False), *columns[n:]]


TOOLTIP_WIDTH = 16  # a cell text wider than this many Latin letters gets its tooltip


def is_numeric(column: Column) -> bool:
    """A column of numbers, right-aligned: money, counts, a custom number field."""
    if column.custom is not None:
        return column.custom.kind == "number"
    return column.key in NUMERIC_COLUMNS


def display_width(text: str) -> int:
    """A text's width in Latin letters: a Chinese character counts two."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def placeholder_font() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font


class CustomerTableModel(QAbstractTableModel):
    """Rows are fetched a page at a time, only when painted, and kept in a small LRU cache.

    Invariants: `_count` is the number of rows matching `_filter`; `_pages[p]` holds
    rows p*PAGE ... p*PAGE+PAGE-1 in `_sort` order; `_last_keys[p]` is the sort key of
    page p's last row, so the next page is a keyset query (cheap at any depth). A jump
    far away uses OFFSET from the nearest known key, or counts back from the end.
    Memory stays at a few pages whatever the table size.
    """

    PAGE = 200
    MAX_PAGES = 30
    countsChanged = Signal(int, int)  # matching, total
    sortRejected = Signal()

    def __init__(self, parent=None, in_bin: bool = False):
        super().__init__(parent)
        self._filter = CustomerFilter(in_bin=in_bin)
        self._sort = Sort("id") if in_bin else Sort("created_at", descending=True)
        self._columns: list[Column] = with_level(customer_list.columns())
        self._count = 0
        self._total = 0
        self._ids: list[int] | None = None  # all matching ids, when few (see resolve)
        self._pages: OrderedDict[int, list[dict]] = OrderedDict()
        self._last_keys: dict[int, tuple] = {}
        self.refresh()

    # ------------------------------------------------------------ state

    @property
    def columns(self) -> list[Column]:
        return self._columns

    @property
    def filter(self) -> CustomerFilter:
        return self._filter

    @property
    def sort_spec(self) -> Sort:
        return self._sort

    @property
    def matching(self) -> int:
        return self._count

    @property
    def total(self) -> int:
        return self._total

    def set_search(self, text: str) -> None:
        self.set_filter(self._filter.with_search(text))

    def set_filter(self, flt: CustomerFilter) -> None:
        """Show what `flt` matches (its in_bin is this model's own)."""
        flt = replace(flt, in_bin=self._filter.in_bin)
        if flt != self._filter:
            self._filter = flt
            self._reload(recount_total=False)

    def set_sort(self, sort: Sort) -> None:
        self._sort = sort
        self._reload(recount_total=False, recount_matches=False)

    def refresh(self, columns_changed: bool = False) -> None:
        """Re-read counts and drop cached rows (after any change to the data)."""
        self._reload(columns_changed=columns_changed)

    def _reload(self, recount_total=True, recount_matches=True, columns_changed=False) -> None:
        # The total only changes with the data, so typing in the search box recounts
        # just the matches (counting a million live rows costs ~80 ms).
        self.beginResetModel()
        try:
            if columns_changed:
                self._columns = with_level(customer_list.columns())
            self._pages.clear()
            self._last_keys.clear()
            if recount_total:
                self._total = customer_list.total(self._filter.in_bin)
            if recount_matches:
                self._count, self._ids = customer_list.resolve(self._filter, self._total)
        finally:
            self.endResetModel()
        self.countsChanged.emit(self._count, self._total)

    # ------------------------------------------------------------ paging

    def _fetch(self, p: int) -> list[dict]:
        start = p * self.PAGE
        end = min(start + self.PAGE, self._count)
        if start >= end:
            return []
        known = [q for q in self._last_keys if q < p]
        q = max(known) if known else None
        from_key = (p - q - 1) * self.PAGE if q is not None else None
        from_end = self._count - end
        if from_key is not None and from_key <= min(start, from_end):
            return customer_list.page(
                self._filter,
                self._sort,
                self.PAGE,
                offset=from_key,
                after=self._last_keys[q],
                **self._sizes(),
            ).rows
        if from_end < start:
            rev = Sort(self._sort.key, not self._sort.descending)
            rows = customer_list.page(
                self._filter, rev, end - start, offset=from_end, **self._sizes()
            ).rows
            return list(reversed(rows))
        return customer_list.page(
            self._filter, self._sort, self.PAGE, offset=start, **self._sizes()
        ).rows

    def _sizes(self) -> dict:
        return {"matches": self._count, "scope": self._total, "ids": self._ids}

    def _page(self, p: int) -> list[dict]:
        rows = self._pages.get(p)
        if rows is not None:
            self._pages.move_to_end(p)
            return rows
        rows = self._fetch(p)
        levels = level_rules.level_names_of([r["id"] for r in rows])
        for r in rows:
            r[LEVEL] = levels.get(r["id"], "")
        self._pages[p] = rows
        if rows:
            self._last_keys[p] = rows[-1]["_key"]
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    def row_data(self, row: int) -> dict | None:
        if not 0 <= row < self._count:
            return None
        rows = self._page(row // self.PAGE)
        i = row % self.PAGE
        return rows[i] if i < len(rows) else None

    def customer_id(self, row: int) -> int | None:
        data = self.row_data(row)
        return data["id"] if data else None

    def row_of(self, customer_id: int, limit: int = 2000) -> int | None:
        """The row showing `customer_id` among the rows already loaded (or the first `limit`)."""
        for p, rows in self._pages.items():
            for i, r in enumerate(rows):
                if r["id"] == customer_id:
                    return p * self.PAGE + i
        for row in range(min(limit, self._count)):
            if self.customer_id(row) == customer_id:
                return row
        return None

    # ------------------------------------------------------------ Qt API

    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index, role=Qt.DisplayRole):
        if role not in (Qt.DisplayRole, Qt.ToolTipRole, Qt.TextAlignmentRole, TagsRole,
                        Qt.FontRole):  # fmt: skip
            return None
        try:
            if not index.isValid():
                return None
            column = self._columns[index.column()]
            if role == Qt.TextAlignmentRole:
                return formatting.RIGHT if is_numeric(column) else formatting.LEFT
            row = self.row_data(index.row())
            if row is None:
                return ""
            if role == TagsRole:
                if column.key != "tags":
                    return None
                return list(zip(row["tags"], row.get("_tag_colors", []), strict=False))
            placeholder = column.key == "name" and row.get("name_placeholder")
            if role == Qt.FontRole:  # a name a purchase import made up ("客户 + number")
                return placeholder_font() if placeholder else None
            if role == Qt.ToolTipRole:
                return (
                    labels.placeholder_name_tip() if placeholder else self.tooltip_text(row, column)
                )
            return self.display_text(row, column.key)
        except Exception:  # nothing may escape a Qt virtual: log, show a blank cell
            log.exception("data() failed at row %s column %s", index.row(), index.column())
            return ""

    @staticmethod
    def display_text(row: dict, key: str) -> str:
        if key == "notes":  # one line in a cell
            return " ".join(str(row.get(key) or "").split())
        return labels.value_text(row, key)

    @classmethod
    def tooltip_text(cls, row: dict, column: Column) -> str | None:
        """The whole text of a cell that may be cut short (a long text; notes with their
        line breaks); None for short texts, numbers and dates."""
        if is_numeric(column) or column.key in SHORT_COLUMNS:
            return None
        if column.key == "notes":
            text = str(row.get("notes") or "").strip()
        else:
            text = cls.display_text(row, column.key)
        return text if display_width(text) > TOOLTIP_WIDTH else None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Vertical:
            return str(section + 1)
        if 0 <= section < len(self._columns):
            col = self._columns[section]
            return col.custom.name if col.custom is not None else labels.field_label(col.key)
        return None

    def sort(self, column, order=Qt.AscendingOrder):
        if not 0 <= column < len(self._columns) or not self._columns[column].sortable:
            self.sortRejected.emit()
            return
        spec = Sort(self._columns[column].key, order == Qt.DescendingOrder)
        if spec != self._sort:
            self.set_sort(spec)

    def sort_column(self) -> int:
        for i, col in enumerate(self._columns):
            if col.key == self._sort.key:
                return i
        return -1

    def retranslate(self) -> None:
        if self._columns:
            self.headerDataChanged.emit(Qt.Horizontal, 0, len(self._columns) - 1)
        if self._count:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._count - 1, len(self._columns) - 1)
            )
