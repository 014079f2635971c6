"""The funnel's costs editor: what each source channel or event cost over a span of
days (models/insights/funnel_costs.py). Each save and removal is one undo step of the
window (row images); refused input says why under the form and writes nothing."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from models import clock
from models.communities import events
from models.errors import GuanjiaError
from models.insights import funnel_costs
from models.purchases.purchases import to_cents
from ui import labels, style
from ui.messages import error_message
from ui.plain_formatting import money
from ui.retranslating import Retranslating
from ui.text import fill
from ui.undo_rows import RowsCommand


class CostsDialog(Retranslating, QDialog):
    def __init__(self, undo_stack, after_change, parent=None):
        super().__init__(parent)
        self.setObjectName("funnel_costs_dialog")
        self.undo_stack = undo_stack
        self.after_change = after_change
        self.rows: list[dict] = []
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("funnel_costs_table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("funnel_cost_remove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.target = QComboBox()
        self.target.setObjectName("funnel_cost_target")
        self.start, self.end = QDateEdit(), QDateEdit()
        today = clock.today()
        self.start.setDate(QDate(today.year, today.month, 1))
        self.end.setDate(QDate(today.year, today.month, today.day))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.amount = QLineEdit()
        self.amount.setObjectName("funnel_cost_amount")
        self.note = QLineEdit()
        self.note.setObjectName("funnel_cost_note")
        self.save_button = QPushButton()
        self.save_button.setObjectName("funnel_cost_save")
        self.save_button.clicked.connect(self.save)
        self.problem = QLabel()
        self.problem.setObjectName("funnel_cost_problem")
        self.problem.setWordWrap(True)
        style.set_role(self.problem, "error")
        self.form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(5)]
        for label, field in zip(self.form_labels,
                                (self.target, self.start, self.end, self.amount, self.note),
                                strict=True):  # fmt: skip
            self.form.addRow(label, field)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(720, 520)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Acquisition costs"))
        self.table.setHorizontalHeaderLabels([self.tr("Channel or event"), self.tr("From"),
                                              self.tr("To"), self.tr("Cost"), self.tr("Note")])  # fmt: skip
        for label, text in zip(self.form_labels,
                               (self.tr("For"), self.tr("From"), self.tr("To"),
                                self.tr("Cost (yuan)"), self.tr("Note")), strict=True):  # fmt: skip
            label.setText(text)
        self.remove_button.setText(self.tr("Remove"))
        self.save_button.setText(self.tr("Save cost"))
        self.save_button.setToolTip(
            self.tr("The same channel or event and days again: its cost is changed")
        )
        self._fill_targets()
        if self.rows:
            self._fill_table()

    def _fill_targets(self) -> None:
        keep = self.target.currentData()
        self.target.clear()
        for code in funnel_costs.CHANNELS:
            self.target.addItem(labels.source_label(code), f"channel:{code}")
        for event in events.listing(limit=200):
            when = event["starts_at"].strftime("%Y-%m-%d")
            self.target.addItem(fill(self.tr("Event: %1 (%2)"), event["title"], when),
                                f"event:{event['id']}")  # fmt: skip
        index = self.target.findData(keep) if keep is not None else 0
        self.target.setCurrentIndex(max(index, 0))

    def _who(self, row: dict) -> str:
        if row["channel"]:
            return labels.source_label(row["channel"])
        return fill(self.tr("Event %1"), row["event_id"])

    def reload(self) -> None:
        self.rows = funnel_costs.listing()
        self._fill_table()

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            cells = (self._who(row), str(row["from"]), str(row["to"]),
                     money(row["amount_fen"]), row["note"])  # fmt: skip
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 3:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(r, c, item)

    def _changed(self, ids) -> None:
        self.reload()
        self.after_change(ids)

    def _push(self, text: str, changes) -> None:
        if self.undo_stack is not None:
            self.undo_stack.push(RowsCommand(text, "cost", changes, funnel_costs.write,
                                             funnel_costs.describe, [], self._changed,
                                             self._refused))  # fmt: skip

    def _refused(self, exc) -> None:
        self.problem.setText(error_message(exc))

    def save(self) -> bool:
        """Save the form's cost (one undo step); False with the reason shown when refused."""
        kind, _sep, key = (self.target.currentData() or "").partition(":")
        try:
            fen = to_cents(self.amount.text() or "", "amount")
            with funnel_costs.recording() as changes:
                funnel_costs.set_cost(
                    channel=key if kind == "channel" else None,
                    event_id=int(key) if kind == "event" else None,
                    start=self.start.date().toPython(), end=self.end.date().toPython(),
                    amount_fen=fen, note=self.note.text(),
                )  # fmt: skip
        except GuanjiaError as exc:
            self.problem.setText(error_message(exc))
            return False
        self.problem.clear()
        self._push(self.tr("Enter an acquisition cost"), changes)
        self._changed([])
        return True

    def remove_selected(self) -> bool:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return False
        cost_id = self.rows[row]["id"]
        try:
            with funnel_costs.recording([cost_id]) as changes:
                funnel_costs.remove_cost(cost_id)
        except GuanjiaError as exc:
            self.problem.setText(error_message(exc))
            return False
        self.problem.clear()
        self._push(self.tr("Remove an acquisition cost"), changes)
        self._changed([])
        return True
