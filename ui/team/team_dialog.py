"""Settings > Team…: the staff list (团队) — add, rename, deactivate and activate again,
each an undo step of the window (and audited by models/team)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from models.errors import GuanjiaError
from models.storage import audit
from models.team import staff
from ui.buttons import button_box
from ui.messages import error_message
from ui.text import fill
from ui.undo import Command


class StaffCommand(Command):
    """A staff list change: `apply` and `revert` are models/team calls (each audited
    there, so this step's own entry is only the undo/redo word)."""

    def __init__(self, text: str, apply, revert, after_change, refused=None):
        super().__init__(text, after_change)
        self._apply, self._revert = apply, revert
        self._refused = refused

    def redo(self):
        try:
            super().redo()
        except GuanjiaError as exc:
            self._refuse(exc)

    def undo(self):
        try:
            super().undo()
        except GuanjiaError as exc:
            self._refuse(exc)

    def _refuse(self, exc: GuanjiaError) -> None:
        """Refused (changed since): nothing written; the step leaves the stack."""
        self.setObsolete(True)
        if self._refused is not None:
            self._refused(exc)

    def ids(self):
        return []

    def apply(self):
        self._apply()

    def revert(self):
        self._revert()

    def _entry(self, action: str):
        return audit.recorded(action, "staff", detail=self.text())


class TeamDialog(QDialog):
    COLUMNS = 5

    def __init__(self, parent=None, undo_stack=None, after_change=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Team"))
        self.resize(560, 420)
        self.undo_stack = undo_stack
        self._after_change = after_change or (lambda _ids: None)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The people who serve customers: they can own customers, leads, "
                               "follow-ups and complaints. An inactive person keeps what they "
                               "had but gets no new work."))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("State"),
                                              self.tr("Customers"), self.tr("Leads")])  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.active_button = QPushButton(self.tr("Deactivate"))
        for button, slot in ((self.add_button, self.add), (self.rename_button, self.rename),
                             (self.active_button, self.toggle_active)):  # fmt: skip
            button.clicked.connect(lambda _checked=False, s=slot: s())
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        box = button_box(QDialogButtonBox.Close)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.refresh()

    # ------------------------------------------------------------ reading

    def refresh(self) -> None:
        keep = self.selected_name()
        self.rows = staff.rows()
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            state = self.tr("Active") if r["active"] else self.tr("Inactive")
            values = (r["name"], r["role"], state, str(r["customers"]), str(r["leads"]))
            for j, value in enumerate(values):
                item = QTableWidgetItem(value)
                if j >= 3:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(i, j, item)
            if r["name"] == keep:
                self.table.selectRow(i)
        self._selection_changed()

    def selected_name(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.rows[rows[0].row()]["name"] if rows else None

    def select_name(self, name: str) -> None:
        for i, r in enumerate(self.rows):
            if r["name"] == name:
                self.table.selectRow(i)

    def _selection_changed(self) -> None:
        name = self.selected_name()
        row = next((r for r in self.rows if r["name"] == name), None)
        self.rename_button.setEnabled(row is not None)
        self.active_button.setEnabled(row is not None)
        active = row is None or row["active"]
        self.active_button.setText(self.tr("Deactivate") if active else self.tr("Activate"))

    # ------------------------------------------------------------ writing

    def _do(self, text: str, apply, revert) -> bool:
        """Make the change (a refusal is said here and nothing is written), then keep it
        on the window's undo stack."""
        try:
            apply()
        except GuanjiaError as exc:
            QMessageBox.warning(self, self.tr("Team"), error_message(exc))
            return False
        if self.undo_stack is not None:
            self.undo_stack.push(StaffCommand(text, apply, revert, self._changed, self._refused))
        self._changed([])
        return True

    def _refused(self, exc: GuanjiaError) -> None:
        QMessageBox.warning(self, self.tr("Team"), error_message(exc))
        self._changed([])

    def _changed(self, ids) -> None:
        self.refresh()
        self._after_change(ids)

    def add(self, name: str | None = None, role: str = "") -> bool:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Add a staff member"), self.tr("Name:"))
            if not ok:
                return False
        clean = staff.clean(name)
        done = self._do(QCoreApplication.translate("Undo", "Add staff member"),
                        lambda: staff.add(clean, role),
                        lambda: staff.remove_unused(clean))  # fmt: skip
        if done:
            self.select_name(clean)
        return done

    def rename(self, new: str | None = None) -> bool:
        old = self.selected_name()
        if old is None:
            return False
        if new is None:
            new, ok = QInputDialog.getText(self, self.tr("Rename"),
                                           fill(self.tr("New name for %1:"), old), text=old)  # fmt: skip
            if not ok:
                return False
        clean = staff.clean(new)
        done = self._do(QCoreApplication.translate("Undo", "Rename staff member"),
                        lambda: staff.rename(old, clean), lambda: staff.rename(clean, old))  # fmt: skip
        if done:
            self.select_name(clean)
        return done

    def toggle_active(self) -> bool:
        name = self.selected_name()
        if name is None:
            return False
        active = next(r["active"] for r in self.rows if r["name"] == name)
        text = (QCoreApplication.translate("Undo", "Deactivate staff member") if active
                else QCoreApplication.translate("Undo", "Activate staff member"))  # fmt: skip
        return self._do(text, lambda: staff.set_active(name, not active),
                        lambda: staff.set_active(name, active))  # fmt: skip
