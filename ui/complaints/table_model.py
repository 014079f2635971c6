"""The complaints list as a table model: rows in priority order, read a batch at a time
as the view scrolls, with the SLA countdown coloured on time / near / overdue."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from models import clock
from models.complaints import complaint_list, vocabulary
from ui import formatting, style
from ui.complaints import labels as cl
from ui.complaints.sla_look import sla_color

COLUMNS = ("id", "flags", "customer", "category", "severity", "status", "received", "sla",
           "owner", "description")  # fmt: skip
LONG_COLUMNS = ("customer", "category", "sla", "owner")  # their whole text as a tooltip
UNFILTERED = complaint_list.ComplaintFilter()


def column_title(key: str) -> str:
    return {
        "id": QCoreApplication.translate("ComplaintTable", "No."),
        "flags": "",
        "customer": QCoreApplication.translate("ComplaintTable", "Customer"),
        "category": QCoreApplication.translate("ComplaintTable", "Category"),
        "severity": QCoreApplication.translate("ComplaintTable", "Severity"),
        "status": QCoreApplication.translate("ComplaintTable", "Status"),
        "received": QCoreApplication.translate("ComplaintTable", "Received"),
        "sla": QCoreApplication.translate("ComplaintTable", "Deadline"),
        "owner": QCoreApplication.translate("ComplaintTable", "Owner"),
        "description": QCoreApplication.translate("ComplaintTable", "Description"),
    }[key]


def flags_text(row: dict) -> str:
    return ("⚑" if row["escalated_now"] else "") + ("★" if row["high_value"] else "")


def flags_tooltip(row: dict) -> str:
    parts = []
    if row["escalated_now"]:
        parts.append(
            QCoreApplication.translate("ComplaintTable", "Escalated: urgent or past a deadline")
        )
    if row["high_value"]:
        parts.append(QCoreApplication.translate("ComplaintTable", "High-value customer"))
    return "\n".join(parts)


def cell_text(row: dict, key: str, now: dt.datetime) -> str:
    if key == "id":
        return formatting.number(row["id"])
    if key == "flags":
        return flags_text(row)
    if key == "customer":
        return row["customer_name"]
    if key == "category":
        return cl.category_label(row["category"])
    if key == "severity":
        return cl.severity_label(row["severity"])
    if key == "status":
        return cl.status_label(row["status"])
    if key == "received":
        return formatting.datetime_text(row["received_at"])
    if key == "sla":
        return cl.countdown_text(row, now)
    if key == "owner":
        return row["owner"]
    return (row["description"].splitlines() or [""])[0]


class ComplaintTableModel(QAbstractTableModel):
    BATCH = 200

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []
        self.total = 0
        self.unfiltered = 0  # every complaint the list could show (status bar: "of N")
        self.filter = complaint_list.where()
        self.now = clock.now()
        # True from a reset's or an insert's begin until its end has been announced: a
        # listener that calls fetchMore from those signals gets nothing, instead of the
        # same batch twice (self.rows is extended only after rowsAboutToBeInserted).
        self._changing = False

    def set_filter(self, flt: complaint_list.ComplaintFilter) -> None:
        self.filter = flt
        self.reload()

    @property
    def narrowed(self) -> bool:
        """True when the filter leaves complaints out (a status, owner, search...)."""
        return self.total < self.unfiltered

    def reload(self) -> None:
        self._changing = True
        try:
            self.beginResetModel()
            self.now = clock.now()
            self.total = complaint_list.count(self.filter)
            narrows = replace(self.filter, now=None) != UNFILTERED
            self.unfiltered = complaint_list.count(UNFILTERED) if narrows else self.total
            self.rows = complaint_list.rows(self.filter, limit=self.BATCH, now=self.now)
            self.endResetModel()
        finally:
            self._changing = False

    def tick(self) -> None:
        """A minute passed: the countdowns move (the order is kept until a reload)."""
        self.now = clock.now()
        if self.rows:
            column = COLUMNS.index("sla")
            self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not self._changing and not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:
        # Qt may call this when canFetchMore is False (QAbstractItemModelTester does, on
        # every check): unguarded, before the first reload it read a batch that `total`
        # (0) did not count, and the model then listed rows it said it did not have.
        if not self.canFetchMore(parent):
            return
        self._changing = True
        try:
            first = len(self.rows)
            more = complaint_list.rows(self.filter, limit=self.BATCH, offset=first, now=self.now)
            if not more:
                self.total = first  # fewer than counted: some went meanwhile
                return
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()
        finally:
            self._changing = False

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return column_title(COLUMNS[section])
        return None

    def row_data(self, row: int) -> dict | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, complaint_id: int) -> int | None:
        for i, row in enumerate(self.rows):
            if row["id"] == complaint_id:
                return i
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row, key = self.rows[index.row()], COLUMNS[index.column()]
        if role == Qt.DisplayRole:
            return cell_text(row, key, self.now)
        if role == Qt.ForegroundRole:
            if key == "sla" and row["sla_state"]:
                state = "overdue" if row["deadline"] < self.now else row["sla_state"]
                return QBrush(sla_color(state))
            if key == "flags":
                return QBrush(QColor(style.COMPLAINT_FLAGS))
            if row["status"] not in vocabulary.OPEN_STATUSES:
                return QBrush(QColor(style.CLOSED))
        if role == Qt.BackgroundRole and row["escalated_now"]:
            return QBrush(QColor(style.ESCALATED_BACKGROUND))
        if role == Qt.FontRole and key == "severity" and row["severity"] == "urgent":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.TextAlignmentRole:
            return formatting.RIGHT if key == "id" else formatting.LEFT
        if role == Qt.ToolTipRole:
            if key == "flags":
                return flags_tooltip(row) or None
            if key == "description":
                return row["description"] or None
            if key in LONG_COLUMNS:  # names and categories that a narrow column cuts
                return cell_text(row, key, self.now) or None
        return None
