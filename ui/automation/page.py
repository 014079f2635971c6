"""The Automation page (自动化, issue 28 parts 5 and 6): the rules with their on/off
switches (the shipped ones among them, off until switched on), New / Edit / Delete, a
dry run (how many customers a rule would touch now, and a sample) before switching one
on; the run log below (exportable to .xlsx) with the undo of a run. Switching a rule on
or off is a step on the window's undo stack."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.automation import rules, runner, runs
from models.errors import GuanjiaError
from ui import file_dialogs, formatting, messages, style
from ui.automation import words
from ui.automation.editor import RuleEditor
from ui.retranslating import Retranslating
from ui.text import fill

ID_ROLE = Qt.UserRole


class SwitchRule(QUndoCommand):
    """A rule switched on or off (undo: back). Each side is audited ("rule")."""

    def __init__(self, rule_id: int, on: bool, after):
        text = (QCoreApplication.translate("AutomationPage", "Switch rule on") if on
                else QCoreApplication.translate("AutomationPage", "Switch rule off"))  # fmt: skip
        super().__init__(text)
        self.rule_id, self.on, self.after = rule_id, on, after

    def redo(self):
        rules.set_enabled(self.rule_id, self.on)
        self.after()

    def undo(self):
        rules.set_enabled(self.rule_id, not self.on)
        self.after()


class AutomationPage(Retranslating, QWidget):
    dataChanged = Signal()

    def __init__(self, undo_stack, parent=None):
        super().__init__(parent)
        self.setObjectName("AutomationPage")
        self.undo_stack = undo_stack
        self.title = style.section_header()
        self.rules_table = QTableWidget(0, 4)
        self.rules_table.setObjectName("rules_table")
        self.rules_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.rules_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.rules_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.rules_table.verticalHeader().hide()
        self.rules_table.setTextElideMode(Qt.ElideRight)  # a long name: "…", whole in its tip
        self.rules_table.setWordWrap(False)
        heads = self.rules_table.horizontalHeader()
        heads.setStretchLastSection(False)
        for column, mode in enumerate((QHeaderView.ResizeToContents, QHeaderView.Stretch,
                                       QHeaderView.ResizeToContents, QHeaderView.Stretch)):  # fmt: skip
            heads.setSectionResizeMode(column, mode)  # the name and the reason share the room
        self.rules_table.itemChanged.connect(self._item_changed)
        self.rules_table.doubleClicked.connect(lambda *_: self.edit_rule())
        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.dry_button = QPushButton()
        self.run_button = QPushButton()
        self.new_button.clicked.connect(self.new_rule)
        self.edit_button.clicked.connect(self.edit_rule)
        self.delete_button.clicked.connect(self.delete_rule)
        self.dry_button.clicked.connect(self.dry_run)
        self.run_button.clicked.connect(self.run_now)
        self.dry_result = QLabel()
        self.dry_result.setObjectName("dry_result")
        self.dry_result.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.delete_button, self.dry_button,
                  self.run_button):  # fmt: skip
            buttons.addWidget(b)
        buttons.addStretch()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.addWidget(self.title)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.rules_table, 1)
        top_layout.addWidget(self.dry_result)
        self.log_title = style.section_header()
        self.log_table = QTableWidget(0, 6)
        self.log_table.setObjectName("log_table")
        self.log_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.log_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.log_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.log_table.verticalHeader().hide()
        self.log_table.horizontalHeader().setStretchLastSection(True)
        self.undo_run_button = QPushButton()
        self.export_button = QPushButton()
        self.undo_run_button.clicked.connect(self.undo_run)
        self.export_button.clicked.connect(self.export_log)
        log_buttons = QHBoxLayout()
        log_buttons.addWidget(self.undo_run_button)
        log_buttons.addWidget(self.export_button)
        log_buttons.addStretch()
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.addWidget(self.log_title)
        bottom_layout.addLayout(log_buttons)
        bottom_layout.addWidget(self.log_table, 1)
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._filling = False
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Automation rules"))
        self.log_title.setText(self.tr("Run log"))
        self.new_button.setText(self.tr("New rule…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.dry_button.setText(self.tr("Dry run"))
        self.run_button.setText(self.tr("Run now"))
        self.undo_run_button.setText(self.tr("Undo run"))
        self.export_button.setText(self.tr("Export log…"))
        self.rules_table.setHorizontalHeaderLabels(
            [self.tr("On"), self.tr("Rule"), self.tr("When"), self.tr("Switched off because")]
        )
        self.log_table.setHorizontalHeaderLabels(
            [self.tr("Run"), self.tr("Time"), self.tr("Cause"), self.tr("Customers"),
             self.tr("Actions"), self.tr("Rules and warnings")])  # fmt: skip

    # ------------------------------------------------------------ content

    def refresh(self) -> None:
        self._filling = True
        current = self.selected_rule()
        self.rules_table.setRowCount(0)
        for rule in rules.listing():
            row = self.rules_table.rowCount()
            self.rules_table.insertRow(row)
            switch = QTableWidgetItem()
            switch.setFlags(Qt.ItemIsUserCheckable | Qt.ItemIsEnabled | Qt.ItemIsSelectable)
            switch.setCheckState(Qt.Checked if rule.enabled else Qt.Unchecked)
            switch.setData(ID_ROLE, rule.id)
            self.rules_table.setItem(row, 0, switch)
            self.rules_table.setItem(row, 1, _with_tip(rule.name))
            self.rules_table.setItem(
                row, 2, QTableWidgetItem(words.trigger_label(rule.trigger["kind"]))
            )
            self.rules_table.setItem(row, 3, _with_tip(rule.disabled_reason))
            if rule.id == current:
                self.rules_table.selectRow(row)
        self._filling = False
        self.log_table.setRowCount(0)
        for run in runs.log():
            row = self.log_table.rowCount()
            self.log_table.insertRow(row)
            notes = ", ".join(run.rules) + "".join(f"; {w}" for w in run.warnings)
            if run.undone:
                notes = self.tr("Undone") + ": " + notes
            cells = [str(run.id), formatting.datetime_text(run.at), words.cause_label(run.cause),
                     formatting.number(run.customers), formatting.number(run.actions), notes]  # fmt: skip
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, run.id)
                self.log_table.setItem(row, col, item)

    def selected_rule(self) -> int | None:
        row = self.rules_table.currentRow()
        item = self.rules_table.item(row, 0) if row >= 0 else None
        return None if item is None else item.data(ID_ROLE)

    def selected_run(self) -> int | None:
        row = self.log_table.currentRow()
        item = self.log_table.item(row, 0) if row >= 0 else None
        return None if item is None else item.data(ID_ROLE)

    def _changed(self) -> None:
        self.refresh()
        self.dataChanged.emit()

    # ------------------------------------------------------------ commands

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        on = item.checkState() == Qt.Checked
        try:
            self.undo_stack.push(SwitchRule(item.data(ID_ROLE), on, self._changed))
        except GuanjiaError as exc:
            QMessageBox.warning(self, self.tr("Automation"), messages.error_message(exc))
            self.refresh()

    def new_rule(self) -> None:
        dialog = RuleEditor(parent=self)
        if dialog.exec():
            self._changed()

    def edit_rule(self) -> None:
        rid = self.selected_rule()
        if rid is None:
            return
        dialog = RuleEditor(rules.get(rid), parent=self)
        if dialog.exec():
            self._changed()

    def delete_rule(self) -> None:
        rid = self.selected_rule()
        if rid is None:
            return
        rules.delete(rid)
        self._changed()

    def dry_run(self) -> None:
        rid = self.selected_rule()
        if rid is None:
            return
        try:
            dry = runner.dry_run(rid)
        except GuanjiaError as exc:
            self.dry_result.setText(messages.error_message(exc))
            return
        sample = ", ".join(c["name"] for c in dry.sample)
        text = fill(self.tr("Would touch %1 customers now."), formatting.number(dry.customers))
        self.dry_result.setText(text + (f" {sample}" + ("…" if dry.customers > len(dry.sample) else "")
                                        if sample else ""))  # fmt: skip

    def run_now(self) -> None:
        try:
            done = runner.run_all()
        except GuanjiaError as exc:
            QMessageBox.warning(self, self.tr("Automation"), messages.error_message(exc))
            return
        touched = sum(s.customers for s in done)
        self.dry_result.setText(fill(self.tr("%1 customers touched."), formatting.number(touched)))
        self._changed()

    def undo_run(self) -> None:
        run_id = self.selected_run()
        if run_id is None:
            return
        try:
            runs.undo(run_id)
        except GuanjiaError as exc:
            QMessageBox.warning(self, self.tr("Automation"), messages.error_message(exc))
            return
        self._changed()

    def export_log(self) -> None:
        path, _chosen = file_dialogs.get_save_file_name(
            "export", self, self.tr("Export run log"), "automation-log.xlsx",
            self.tr("Excel workbook (*.xlsx)"))  # fmt: skip
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> int:
        titles = {"run": self.tr("Run"), "at": self.tr("Time"), "cause": self.tr("Cause"),
                  "rule": self.tr("Rule"), "customer": self.tr("Customer number"),
                  "name": self.tr("Name"), "action": self.tr("Action"),
                  "before": self.tr("Before"), "after": self.tr("After"),
                  "undone": self.tr("Undone")}  # fmt: skip
        try:
            return runs.export(path, titles)
        except (GuanjiaError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Automation"), messages.error_message(exc))
            return 0


def _with_tip(text: str) -> QTableWidgetItem:
    """A cell whose whole text is its tooltip too (the column may elide it)."""
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    return item
