"""The purchases list as a table model: newest first, read a keyset page at a time as
the view scrolls (page 5,000 costs what page 1 does); refunds show what they return,
voided rows are struck through and muted, a customer named by an import's placeholder
in italics."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from models.purchases import purchase_list
from ui import formatting, labels, style
from ui.text import fill

COLUMNS = ("at", "customer", "amount", "refunded", "payment", "items", "order_no", "note")


def column_title(key: str) -> str:
    return {
        "at": QCoreApplication.translate("PurchaseTable", "Time"),
        "customer": QCoreApplication.translate("PurchaseTable", "Customer"),
        "amount": QCoreApplication.translate("PurchaseTable", "Amount"),
        "refunded": QCoreApplication.translate("PurchaseTable", "Refunded"),
        "payment": QCoreApplication.translate("PurchaseTable", "Paid by"),
        "items": QCoreApplication.translate("PurchaseTable", "Items"),
        "order_no": QCoreApplication.translate("PurchaseTable", "Order number"),
        "note": QCoreApplication.translate("PurchaseTable", "Note"),
    }[key]


def customer_text(row: dict) -> str:
    number = row.get("customer_number") or ""
    return row["customer_name"] + (f" ({number})" if number else "")


def note_text(row: dict) -> str:
    """The note; a refund says which purchase it returns, a voided row why it was voided."""
    parts = []
    if row["refund_of"] is not None:
        parts.append(fill(QCoreApplication.translate("PurchaseTable", "Refund of #%1"),
                          str(row["refund_of"])))  # fmt: skip
    if row["voided_at"] is not None:
        parts.append(fill(QCoreApplication.translate("PurchaseTable", "Voided: %1"),
                          row["void_reason"]))  # fmt: skip
    if row["note"]:
        parts.append(row["note"].splitlines()[0])
    return " · ".join(parts)


def cell_text(row: dict, key: str) -> str:
    if key == "at":
        return formatting.datetime_text(row["at"])
    if key == "customer":
        return customer_text(row)
    if key == "amount":
        return formatting.money(row["amount_cents"])
    if key == "refunded":
        return formatting.money(row["refunded_cents"]) if row["refunded_cents"] else ""
    if key == "payment":
        return labels.payment_label(row["payment"]) if row["payment"] else ""
    if key == "note":
        return note_text(row)
    return row[key] or ""


class PurchaseTableModel(QAbstractTableModel):
    """Rows a keyset page at a time; how many the filter selects, and their sum, are
    counted apart (the page reads them in the background: a count over a million rows
    takes half a second, a page milliseconds) and handed in with `set_counts`."""

    BATCH = 200

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []
        self.total: int | None = None  # None until counted
        self.sum_cents: int | None = None
        self.exhausted = True
        self.filter = purchase_list.PurchaseFilter()
        self._changing = False  # as ComplaintTableModel: no fetch inside a reset

    def set_filter(self, flt: purchase_list.PurchaseFilter) -> None:
        self.filter = flt
        self.reload()

    def set_counts(self, total: int, sum_cents: int) -> None:
        self.total, self.sum_cents = total, sum_cents

    def reload(self) -> None:
        self._changing = True
        try:
            self.beginResetModel()
            self.rows = purchase_list.rows(self.filter, self.BATCH)
            self.exhausted = len(self.rows) < self.BATCH
            self.total = self.sum_cents = None
            self.endResetModel()
        finally:
            self._changing = False

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not self._changing and not parent.isValid() and not self.exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        self._changing = True
        try:
            first = len(self.rows)
            last = self.rows[-1]
            more = purchase_list.rows(self.filter, self.BATCH, (last["at"], last["id"]))
            self.exhausted = len(more) < self.BATCH
            if not more:
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

    def row_of(self, purchase_id: int) -> int | None:
        for i, row in enumerate(self.rows):
            if row["id"] == purchase_id:
                return i
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row, key = self.rows[index.row()], COLUMNS[index.column()]
        voided = row["voided_at"] is not None
        if role == Qt.DisplayRole:
            return cell_text(row, key)
        if role == Qt.ForegroundRole:
            if voided or (key == "customer" and row["name_placeholder"]):
                return QBrush(QColor(style.CLOSED))
            if key == "amount" and row["amount_cents"] < 0:
                return QBrush(QColor(style.WARNING))
        placeholder = key == "customer" and row["name_placeholder"]
        if role == Qt.FontRole and (voided or placeholder):
            font = QFont()
            font.setStrikeOut(voided)
            font.setItalic(placeholder)
            return font
        if role == Qt.TextAlignmentRole:
            return formatting.RIGHT if key in ("amount", "refunded") else formatting.LEFT
        if role == Qt.ToolTipRole:
            if key == "customer" and row["name_placeholder"]:
                return labels.placeholder_name_tip()
            if key in ("note", "items", "customer"):
                return cell_text(row, key) or None
        return None
