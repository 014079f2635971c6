"""Lifecycle suggestions (生命周期建议): thresholds, the suggested moves per transition,
accepted in bulk. The suggestions are computed in a worker (a full pass over the
customers); accepting writes in one transaction and is undone from the customer page."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from models.errors import ValidationError
from models.purchases import lifecycle
from ui import formatting, labels, messages, style
from ui.buttons import button_box
from ui.tasks import BackgroundReader, run_with_progress
from ui.text import fill


class LifecycleDialog(QDialog):
    """`stagesChanged(before, after)`: {customer id: stage} before and after an accept."""

    stagesChanged = Signal(object, object)  # dicts with int keys: not QVariantMap

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("lifecycle_dialog")
        self.setWindowTitle(self.tr("Lifecycle suggestions"))
        self.found: lifecycle.Suggestions | None = None
        self._moved = ""  # what the last accept did, shown above the new suggestions
        self.transitions: list[tuple[str, str]] = []
        rules = lifecycle.rules()
        self.new_days = self._spin(rules.new_days, 1, 3650, "new_days")
        self.active_purchases = self._spin(rules.active_purchases, 1, 1000, "active_purchases")
        self.active_days = self._spin(rules.active_days, 1, 3650, "active_days")
        self.churn_days = self._spin(rules.churn_days, 2, 3650, "churn_days")
        intro = QLabel(
            self.tr(
                "Guanjia suggests a stage for each customer from their purchases. "
                "Tick the moves to make and accept them; Undo (Ctrl+Z) puts the stages back."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("New customer: first purchase within (days)"), self.new_days)
        form.addRow(self.tr("Active: at least this many purchases"), self.active_purchases)
        form.addRow(self.tr("… the last within (days)"), self.active_days)
        form.addRow(
            self.tr("Churned: no purchase for more than (days); between: dormant"),
            self.churn_days,
        )
        self.message = QLabel()
        self.message.setObjectName("lifecycle_message")
        self.message.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("lifecycle_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("From"), self.tr("Suggested"), self.tr("Customers")]
        )
        self.table.verticalHeader().hide()
        formatting.comfortable_rows(self.table)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.itemChanged.connect(lambda _i: self._update_buttons())
        self.all_button = QPushButton(self.tr("Tick all"))
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button = QPushButton(self.tr("Tick none"))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        ticks = QHBoxLayout()
        ticks.addWidget(self.all_button)
        ticks.addWidget(self.none_button)
        ticks.addStretch(1)
        self.buttons = button_box(QDialogButtonBox.Close)
        self.accept_button = self.buttons.addButton(
            self.tr("Accept ticked moves"), QDialogButtonBox.AcceptRole
        )
        self.accept_button.setObjectName("accept_moves")
        self.buttons.accepted.connect(self.accept_ticked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(ticks)
        layout.addWidget(self.buttons)
        self.reader = BackgroundReader(self)
        self.reader.ready.connect(self._show)
        self.reader.failed.connect(self.message.setText)
        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self.refresh)
        for spin in (self.new_days, self.active_purchases, self.active_days, self.churn_days):
            spin.valueChanged.connect(self._thresholds_changed)
        self.resize(640, 560)
        self.refresh()

    def _spin(self, value: int, low: int, high: int, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setValue(value)
        return spin

    def _thresholds_changed(self, _value: int) -> None:
        self._moved = ""
        self._debounce.start()

    def rules(self) -> lifecycle.Rules:
        return lifecycle.Rules(
            new_days=self.new_days.value(),
            active_days=self.active_days.value(),
            churn_days=self.churn_days.value(),
            active_purchases=self.active_purchases.value(),
        )

    def refresh(self) -> None:
        """Suggestions for the thresholds shown (in the worker); bad thresholds are said
        in place and nothing can be accepted."""
        rules = self.rules()
        try:
            rules.check()
        except ValidationError as exc:
            self.found = None
            self._fill([])
            self.message.setText(messages.error_message(exc))
            style.error_text(self.message)
            return
        style.set_role(self.message, "")
        self.message.setText(self.tr("Looking at every customer's purchases…"))
        self.table.setEnabled(False)
        self.found = None
        self._update_buttons()
        self.reader.request(lambda: lifecycle.suggestions(rules))

    def wait(self) -> None:
        """Until the running computation ends (closing)."""
        self.reader.wait()

    def _show(self, found: lifecycle.Suggestions) -> None:
        self.found = found
        self.table.setEnabled(True)
        self._fill(list(found.counts.items()))
        if found.total:
            text = fill(self.tr("%1 customers would change stage."), f"{found.total:,}")
        else:
            text = self.tr("Every customer's stage fits the rules.")
        self.message.setText(f"{self._moved}\n{text}" if self._moved else text)

    def _fill(self, counts: list[tuple[tuple[str, str], int]]) -> None:
        self.table.blockSignals(True)
        self.transitions = [t for t, _n in counts]
        self.table.setRowCount(len(counts))
        for r, ((old, new), n) in enumerate(counts):
            first = QTableWidgetItem(labels.stage_label(old) or "—")
            first.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable)
            first.setCheckState(Qt.Checked)
            self.table.setItem(r, 0, first)
            self.table.setItem(r, 1, QTableWidgetItem("→ " + (labels.stage_label(new) or "—")))
            self.table.setItem(r, 2, formatting.number_item(n))
        self.table.blockSignals(False)
        self._update_buttons()

    def _tick_all(self, on: bool) -> None:
        for r in range(self.table.rowCount()):
            self.table.item(r, 0).setCheckState(Qt.Checked if on else Qt.Unchecked)

    def ticked(self) -> list[tuple[str, str]]:
        return [
            t
            for r, t in enumerate(self.transitions)
            if self.table.item(r, 0).checkState() == Qt.Checked
        ]

    def _update_buttons(self) -> None:
        self.accept_button.setEnabled(self.found is not None and bool(self.ticked()))

    def accept_ticked(self) -> dict[int, str]:
        """Save the thresholds, write the ticked moves; returns {id: old stage}."""
        found, chosen = self.found, self.ticked()
        if found is None or not chosen:
            return {}
        lifecycle.set_rules(self.rules())
        moves = {t: found.moves[t] for t in chosen}
        before = run_with_progress(
            self,
            self.tr("Changing stages…"),
            lambda _p, _c: lifecycle.accept(found, chosen),
            cancellable=False,
        )
        new_stage = {cid: new for (_old, new), ids in moves.items() for cid in ids}
        after = {cid: new_stage[cid] for cid in before}
        if before:
            self.stagesChanged.emit(before, after)
        self._moved = fill(
            self.tr("%1 customers moved to their suggested stage."), f"{len(before):,}"
        )
        self.refresh()
        return before

    def done(self, result: int) -> None:
        self.wait()
        super().done(result)
