"""The duplicates review (issue 29): groups of probable duplicates, largest first; the
chosen group's customers side by side with their counts of follow-ups, purchases,
complaints and tags; the survivor and, per field, the value that survives (a tick in
the field's row); Merge and Not a duplicate, each a step of the window's undo stack.

Finding runs in a worker with a progress bar and Cancel (ui/tasks.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.customers import duplicates
from models.errors import Cancelled, GuanjiaError
from models.merging import merging, review
from ui import messages
from ui.customers.merge_undo import MergeCustomers, NotDuplicates
from ui.tasks import run_with_progress
from ui.text import fill

COUNTS = ("followups", "purchases", "complaints", "tags")


class DuplicatesDialog(QDialog):
    def __init__(self, undo_stack, after_change, parent=None, *, find_now: bool = True):
        super().__init__(parent)
        self.setObjectName("duplicates_dialog")
        self.setWindowTitle(self.tr("Duplicate customers"))
        self.resize(980, 600)
        self._undo = undo_stack
        self._after_change = after_change
        self.groups: list[duplicates.Group] = []
        self.customers: list[dict] = []

        self.kind = QComboBox()
        for code, text in (("all", self.tr("All")), ("certain", self.tr("Certain")),
                           ("likely", self.tr("Likely"))):  # fmt: skip
            self.kind.addItem(text, code)
        self.find_button = QPushButton(self.tr("Find duplicates"))
        self.find_button.clicked.connect(self.find)
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.kind)
        top.addWidget(self.find_button)
        top.addWidget(self.summary, 1)

        self.group_list = QListWidget()
        self.group_list.setObjectName("duplicate_groups")
        self.group_list.currentRowChanged.connect(self._show_group)
        self.table = QTableWidget()
        self.table.setObjectName("duplicate_records")
        self.table.itemChanged.connect(self._ticked)
        self.keep = QComboBox()
        self.keep.setObjectName("keep_customer")
        self.keep.currentIndexChanged.connect(self._keep_changed)
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.clicked.connect(self.merge)
        self.not_button = QPushButton(self.tr("Not a duplicate"))
        self.not_button.clicked.connect(self.not_duplicate)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("Keep:")))
        actions.addWidget(self.keep, 1)
        actions.addWidget(self.not_button)
        actions.addWidget(self.merge_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(
            QLabel(
                self.tr("Tick the value each field keeps; the others' contacts go to the notes.")
            )
        )
        right_layout.addWidget(self.table, 1)
        right_layout.addLayout(actions)
        split = QSplitter()
        split.addWidget(self.group_list)
        split.addWidget(right)
        split.setSizes([300, 680])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self._set_enabled()
        if find_now:
            self.find()

    # ------------------------------------------------------------ finding

    def find(self) -> bool:
        kind = self.kind.currentData()
        try:
            self.groups = run_with_progress(
                self, self.tr("Looking for duplicate customers…"),
                lambda progress, cancel: duplicates.find(kind, progress, cancel),
            )  # fmt: skip
        except Cancelled:
            return False
        self._fill_groups()
        return True

    def set_groups(self, groups) -> None:
        """Show these groups (what find() does once the worker is done)."""
        self.groups = list(groups)
        self._fill_groups()

    def _fill_groups(self) -> None:
        self.group_list.clear()
        for group in self.groups:
            reasons = ", ".join(self._reason(r) for r in group.reason.split("+"))
            text = fill(self.tr("%1 customers · %2 · %3"), str(len(group.ids)), reasons,
                        f"{group.score:.2f}")  # fmt: skip
            self.group_list.addItem(QListWidgetItem(text))
        self.summary.setText(fill(self.tr("%1 groups"), str(len(self.groups))))
        if self.groups:
            self.group_list.setCurrentRow(0)
        else:
            self._show_group(-1)

    def _reason(self, code: str) -> str:
        return {
            "mobile": self.tr("same mobile"), "email": self.tr("same email"),
            "number": self.tr("same customer number"),
            "name_company": self.tr("same name and company"),
            "name_birthday": self.tr("same name and birthday"),
            "name_city": self.tr("same name and city"),
            "name_landline": self.tr("same name and landline"),
            "pinyin": self.tr("names sound alike"),
            "one_character": self.tr("names one character apart"),
            "shared_mobile": self.tr("shared mobile, different names"),
        }.get(code, code)  # fmt: skip

    # ------------------------------------------------------------ one group

    def _field_labels(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"), "mobile": self.tr("Mobile"), "email": self.tr("Email"),
            "wechat": self.tr("WeChat"), "number": self.tr("Customer number"),
            "company": self.tr("Company"), "job_title": self.tr("Job title"),
            "city": self.tr("City"), "birthday": self.tr("Birthday"), "gender": self.tr("Gender"),
            "source": self.tr("Source"), "owner": self.tr("Owner"), "stage": self.tr("Stage"),
            "address": self.tr("Address"), "notes": self.tr("Notes"),
            "followups": self.tr("Follow-ups"), "purchases": self.tr("Purchases"),
            "complaints": self.tr("Complaints"), "tags": self.tr("Tags"),
        }  # fmt: skip

    def _show_group(self, row: int) -> None:
        self.customers = []
        if 0 <= row < len(self.groups):
            self.customers = review.side_by_side(self.groups[row].ids)
        self.keep.blockSignals(True)
        self.keep.clear()
        for c in self.customers:
            self.keep.addItem(f"#{c['id']} {c['name']}", c["id"])
        self.keep.blockSignals(False)
        self._fill_table()
        self._set_enabled()

    def _keep_changed(self, _index: int) -> None:
        self._fill_table()

    def _fill_table(self) -> None:
        labels = self._field_labels()
        rows = [*review.SHOWN, *COUNTS]
        self.table.blockSignals(True)
        self.table.clear()
        self.table.setColumnCount(len(self.customers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels([f"#{c['id']}" for c in self.customers])
        self.table.setVerticalHeaderLabels([labels[r] for r in rows])
        keep = self.keep.currentData()
        chosen = {}
        if keep is not None and len(self.customers) > 1:
            chosen = review.default_choices(keep, [c["id"] for c in self.customers])
        for col, c in enumerate(self.customers):
            for r, name in enumerate(rows):
                item = QTableWidgetItem(str(c[name]))
                item.setData(Qt.UserRole, c["id"])
                flags = Qt.ItemIsEnabled | Qt.ItemIsSelectable
                if name in chosen:
                    flags |= Qt.ItemIsUserCheckable
                    state = Qt.Checked if chosen[name] == c["id"] else Qt.Unchecked
                    item.setCheckState(state)
                item.setFlags(flags)
                self.table.setItem(r, col, item)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()

    def _ticked(self, item: QTableWidgetItem) -> None:
        """One tick per field row: ticking a value unticks the others."""
        if item.checkState() != Qt.Checked:
            return
        self.table.blockSignals(True)
        for col in range(self.table.columnCount()):
            other = self.table.item(item.row(), col)
            if other is not item and other is not None:
                other.setCheckState(Qt.Unchecked)
        self.table.blockSignals(False)

    def choices(self) -> dict[str, int]:
        """{field: the customer whose value survives} as ticked."""
        out = {}
        for r, name in enumerate(review.SHOWN):
            for col in range(self.table.columnCount()):
                item = self.table.item(r, col)
                checkable = item is not None and item.flags() & Qt.ItemIsUserCheckable
                if checkable and item.checkState() == Qt.Checked:
                    out[name] = item.data(Qt.UserRole)
        return out

    def tick(self, field: str, customer_id: int) -> None:
        """Tick `customer_id`'s value of `field` (what a click on its box does)."""
        r = review.SHOWN.index(field)
        for col, c in enumerate(self.customers):
            if c["id"] == customer_id:
                self.table.item(r, col).setCheckState(Qt.Checked)

    def _set_enabled(self) -> None:
        ready = len(self.customers) > 1
        self.merge_button.setEnabled(ready)
        self.not_button.setEnabled(ready)
        self.keep.setEnabled(ready)

    # ------------------------------------------------------------ acting

    def merge(self) -> bool:
        keep = self.keep.currentData()
        others = [c["id"] for c in self.customers if c["id"] != keep]
        if keep is None or not others:
            return False
        choices = self.choices()
        try:
            done = merging.merge(keep, others, choices)
        except GuanjiaError as exc:
            QMessageBox.warning(self, self.tr("Cannot merge"), messages.error_message(exc))
            return False
        self._undo.push(MergeCustomers(done, choices, self._after_change, self._refused))
        self._after_change(done.merged + [done.id])
        self._drop_current()
        return True

    def not_duplicate(self) -> bool:
        ids = [c["id"] for c in self.customers]
        if len(ids) < 2:
            return False
        try:
            duplicates.mark_not_duplicate(ids)
        except GuanjiaError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), messages.error_message(exc))
            return False
        self._undo.push(NotDuplicates(ids, self._after_change, self._refused))
        self._drop_current()
        return True

    def _refused(self, exc: GuanjiaError) -> None:
        parent = self.parentWidget() if not self.isVisible() else self
        QMessageBox.warning(parent, self.tr("Cannot undo"), messages.error_message(exc))

    def _drop_current(self) -> None:
        row = self.group_list.currentRow()
        if 0 <= row < len(self.groups):
            del self.groups[row]
        self._fill_groups()
        if self.groups:
            self.group_list.setCurrentRow(min(row, len(self.groups) - 1))
