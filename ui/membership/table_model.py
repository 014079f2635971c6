"""The member list as a table model: card number, name, mobile (masked as the business
chooses), level, points, balance (principal + bonus), count-card visits, card status;
newest members first, 200 rows at a time as the view scrolls."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from models.membership import member_search
from ui import formatting, style
from ui.membership.words import status_label, yuan
from ui.text import fill

COLUMNS = ("card", "name", "mobile", "level", "points", "balance", "visits", "status")
RIGHT = ("points", "balance", "visits")


def column_title(key: str) -> str:
    return {
        "card": QCoreApplication.translate("MemberTable", "Card number"),
        "name": QCoreApplication.translate("MemberTable", "Name"),
        "mobile": QCoreApplication.translate("MemberTable", "Mobile"),
        "level": QCoreApplication.translate("MemberTable", "Level"),
        "points": QCoreApplication.translate("MemberTable", "Points"),
        "balance": QCoreApplication.translate("MemberTable", "Balance"),
        "visits": QCoreApplication.translate("MemberTable", "Count cards"),
        "status": QCoreApplication.translate("MemberTable", "Status"),
    }[key]


def cell_text(row: dict, key: str) -> str:
    if key == "balance":
        return yuan(row["balance_fen"])
    if key == "points":
        return formatting.number(row["points"])
    if key == "visits":
        return formatting.number(row["visits_left"]) if row["visits_left"] else ""
    if key == "status":
        return status_label(row["status"])
    return row.get(key) or ""


def balance_tip(row: dict) -> str:
    return fill(
        QCoreApplication.translate("MemberTable", "Principal %1 + bonus %2"),
        yuan(row["principal_fen"]),
        yuan(row["bonus_fen"]),
    )


class MemberTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []
        self.search = ""
        self._more = False

    def set_search(self, text: str) -> None:
        self.beginResetModel()
        self.search = text
        self.rows = member_search.page(text)
        self._more = len(self.rows) == member_search.PAGE
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()) -> None:
        more = member_search.page(self.search, offset=len(self.rows))
        self._more = len(more) == member_search.PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows += more
            self.endInsertRows()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return column_title(COLUMNS[section])
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row, key = self.rows[index.row()], COLUMNS[index.column()]
        if role == Qt.DisplayRole:
            return cell_text(row, key)
        if role == Qt.TextAlignmentRole and key in RIGHT:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ToolTipRole and key == "balance":
            return balance_tip(row)
        if role == Qt.ForegroundRole and key == "status" and row["status"] not in ("active", ""):
            return QBrush(QColor(style.OVERDUE))
        return None

    def row_data(self, row: int) -> dict | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, customer_id: int) -> int | None:
        for i, row in enumerate(self.rows):
            if row["customer_id"] == customer_id:
                return i
        return None

    def refresh_rows(self) -> None:
        """Read the shown rows again (a movement changed a balance)."""
        if not self.rows:
            return
        fresh = {r["customer_id"]: r for r in member_search.rows([r["customer_id"]
                                                                  for r in self.rows])}  # fmt: skip
        self.rows = [fresh.get(r["customer_id"], r) for r in self.rows]
        self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))
