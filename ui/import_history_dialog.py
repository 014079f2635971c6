"""File > Import history: every import with its counts, and Undo for any of them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from models.errors import GuanjiaError
from models.excel import import_history
from ui import formatting
from ui.buttons import button_box
from ui.imports.kinds import view_for
from ui.messages import error_message
from ui.text import fill


class ImportHistoryDialog(QDialog):
    undone = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("import_history")
        self.setWindowTitle(QCoreApplication.translate("ImportHistory", "Import history"))
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("history_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        formatting.comfortable_rows(self.table)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("ImportHistory", "Time"), QCoreApplication.translate("ImportHistory", "File"), QCoreApplication.translate("ImportHistory", "Imported"), QCoreApplication.translate("ImportHistory", "Created"), QCoreApplication.translate("ImportHistory", "Updated"), QCoreApplication.translate("ImportHistory", "Skipped"),
             QCoreApplication.translate("ImportHistory", "Errors"), QCoreApplication.translate("ImportHistory", "Status")]
        )  # fmt: skip
        self.message = QLabel()
        self.message.setObjectName("history_message")
        self.message.setWordWrap(True)
        self.undo_button = QPushButton(QCoreApplication.translate("ImportHistory", "Undo import…"))
        self.undo_button.setObjectName("undo_button")
        self.undo_button.clicked.connect(lambda: self.undo_selected())
        buttons = button_box(QDialogButtonBox.Close)
        buttons.addButton(self.undo_button, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._update)
        self.resize(820, 420)
        self.reload()

    def reload(self) -> None:
        self.runs = import_history.list_runs()
        self.table.setRowCount(len(self.runs))
        for r, run in enumerate(self.runs):
            status = (
                QCoreApplication.translate("ImportHistory", "Undone")
                if run.undone_at
                else QCoreApplication.translate("ImportHistory", "Imported")
            )
            view = view_for(run.kind)
            what = view.history_name()
            created, updated = view.history_counts(run)
            cells = [
                formatting.datetime_text(run.started_at),
                run.file_name + (f" [{run.sheet}]" if run.sheet else ""),
                what,
                created,
                updated,
                formatting.number(run.skipped),
                formatting.number(run.errors),
                status,
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(run.file_path)
                if 3 <= c <= 6:  # the counts
                    formatting.align_right(item)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self._update()

    def _selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.runs[rows[0].row()] if rows else None

    def _update(self) -> None:
        run = self._selected()
        self.undo_button.setEnabled(run is not None and run.undone_at is None)

    def undo_selected(self, confirm: bool = True) -> bool:
        run = self._selected()
        if run is None:
            return False
        if confirm:
            question = view_for(run.kind).undo_question()
            answer = QMessageBox.question(
                self,
                QCoreApplication.translate("ImportHistory", "Undo import"),
                fill(question, run.file_name),
            )
            if answer != QMessageBox.Yes:
                return False
        try:
            report = import_history.undo(run.id)
        except GuanjiaError as exc:
            self.message.setText(error_message(exc))
            return False
        self.message.setText(view_for(run.kind).undo_text(report))
        self.undone.emit(run.id)
        self.reload()
        return True
