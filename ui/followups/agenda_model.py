"""AgendaModel: one agenda bucket as a table, read a batch at a time as it scrolls."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from models.followups import agenda, followups
from ui import formatting, labels, style

COLUMNS = ("due", "customer", "kind", "subject", "owner", "status")
RowRole = Qt.UserRole + 1


class AgendaModel(QAbstractTableModel):
    BATCH = 200

    def __init__(self, parent=None):
        super().__init__(parent)
        self.bucket = "today"
        self._agenda: agenda.Agenda | None = None
        self._rows: list[dict] = []
        # True from a reset's or an insert's begin until its end has been announced: a
        # listener that calls fetchMore from those signals (rowsAboutToBeInserted,
        # modelReset) gets nothing, instead of rows out of order at announced positions
        # that are no longer true, seen by later listeners before the change in hand.
        self._changing = False

    # ------------------------------------------------------------ content

    def refresh(self) -> None:
        self._changing = True
        try:
            self.beginResetModel()
            self._agenda = agenda.Agenda(self.bucket)
            self._rows = self._agenda.fetch(self.BATCH)
            self.endResetModel()
        finally:
            self._changing = False

    @property
    def total(self) -> int:
        return self._agenda.total if self._agenda else 0

    def row_data(self, row: int) -> dict | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        if self._changing or parent.isValid() or self._agenda is None:
            return False
        return not self._agenda.exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        self._changing = True
        try:
            more = self._agenda.fetch(self.BATCH)
            if more:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
                self._rows += more
                self.endInsertRows()
        finally:
            self._changing = False

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole or orientation != Qt.Horizontal:
            return None
        return header_text(COLUMNS[section])

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.DisplayRole:
            return cell_text(row, column)
        if role == RowRole:
            return row
        if role == Qt.ForegroundRole:
            color = row_color(row)
            return QBrush(color) if color is not None else None
        if role == Qt.TextAlignmentRole:
            return formatting.LEFT
        if role == Qt.ToolTipRole:
            return tooltip_text(row, column)
        return None


def header_text(column: str) -> str:
    return {
        "due": QCoreApplication.translate("Agenda", "Due"),
        "customer": QCoreApplication.translate("Agenda", "Customer"),
        "kind": QCoreApplication.translate("Agenda", "Kind"),
        "subject": QCoreApplication.translate("Agenda", "Subject"),
        "owner": QCoreApplication.translate("Agenda", "Owner"),
        "status": QCoreApplication.translate("Agenda", "Status"),
    }[column]


def cell_text(row: dict, column: str) -> str:
    touch = row["type"] == "touch"
    if column == "due":
        if touch:
            return formatting.date_text(row["due"])
        return labels.due_text(row["due_at"], row["has_time"])
    if column == "customer":
        return row["customer_name"]
    if column == "kind":
        if touch:
            return QCoreApplication.translate("Agenda", "Stay in touch")
        return labels.channel_label(row["kind"])
    if column == "subject":
        if touch:
            return touch_text(row)
        text = labels.followup_subject(row)
        if row.get("every"):
            text += f"  ⟳ {labels.every_text(row['every'])}"
        if row.get("status") == "done" and row.get("outcome"):
            text += " → " + row["outcome"]
        return text
    if column == "owner":
        return row.get("owner", "")
    if column == "status":
        if touch:
            return state_text(followups.overdue_days(row))
        if row["status"] != "open":
            return labels.status_label(row["status"])
        return state_text(followups.overdue_days(row))
    return ""


def tooltip_text(row: dict, column: str) -> str | None:
    """A cell's whole text where a column may cut it: the subject with the note below
    it, the customer's name, the owner."""
    if column == "subject":
        text, note = cell_text(row, column), row.get("note") or ""
        return "\n\n".join(t for t in (text, note) if t) or None
    if column in ("customer", "owner", "status"):
        return cell_text(row, column) or None
    return None


def touch_text(row: dict) -> str:
    last = row.get("last_contact_at")
    if last is None:
        text = QCoreApplication.translate("Agenda", "Every %1 days; never contacted")
    else:
        text = QCoreApplication.translate("Agenda", "Every %1 days; last contact %2").replace(
            "%2", formatting.date_text(last)
        )
    return text.replace("%1", str(row["every_days"]))


def state_text(overdue_days: int) -> str:
    if overdue_days > 0:
        return QCoreApplication.translate("Agenda", "Overdue %1 days").replace(
            "%1", str(overdue_days)
        )
    if overdue_days == 0:
        return QCoreApplication.translate("Agenda", "Due today")
    return QCoreApplication.translate("Agenda", "Planned")


def row_color(row: dict) -> QColor | None:
    """The colour of a row's state (models.followups.due_state: one answer for all)."""
    colour = {"overdue": style.OVERDUE, "today": style.DUE_TODAY, "done": style.DONE}.get(
        followups.due_state(row)
    )
    return QColor(colour) if colour else None
