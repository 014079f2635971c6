"""The Targets tab of a survey: the customers to send it to (its target group, read
now), mobiles masked unless "Full mobiles" is ticked and the business shows mobiles in
full; export of the list to Excel (in a worker, with Cancel); the questions to copy
into WeChat or an SMS, or to print."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import Cancelled, GuanjiaError
from models.excel.survey_target_export import export_targets
from models.surveys import surveys, targets
from ui import file_dialogs, formatting, icons, messages, style
from ui.restyling import Restyling
from ui.retranslating import Retranslating
from ui.surveys.questions import questions_text
from ui.tasks import run_with_progress
from ui.text import fill

SHOWN = 2000  # rows listed (the export writes them all)


class TargetsView(Restyling, Retranslating, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.survey_id: int | None = None
        self.rows: list[dict] = []
        self.total = 0
        self._stale = False
        self.count = QLabel()
        self.count.setObjectName("targets_count")
        self.full = QCheckBox()
        self.full.setObjectName("targets_full")
        self.btn_export = QPushButton()
        self.btn_export.setObjectName("targets_export")
        self.btn_copy = QPushButton()
        self.btn_copy.setObjectName("copy_questions")
        self.btn_print = QPushButton()
        self.btn_print.setObjectName("print_questions")
        self.error = style.error_label()
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("targets_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        formatting.comfortable_rows(self.table)
        bar = QHBoxLayout()
        bar.addWidget(self.count)
        bar.addStretch(1)
        for w in (self.full, self.btn_export, self.btn_copy, self.btn_print):
            bar.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        self.full.toggled.connect(lambda _on: self.refresh())
        self.btn_export.clicked.connect(lambda: self.export())
        self.btn_copy.clicked.connect(lambda: self.copy_questions())
        self.btn_print.clicked.connect(lambda: self.print_questions())
        self.retranslate()
        self.restyle()

    def restyle(self) -> None:
        self.btn_export.setIcon(icons.icon("export"))
        self.btn_print.setIcon(icons.icon("print"))

    def retranslate(self) -> None:
        self.full.setText(self.tr("Full mobiles"))
        self.btn_export.setText(self.tr("Export…"))
        self.btn_export.setToolTip(self.tr("The list to Excel, to send the survey by hand"))
        self.btn_copy.setText(self.tr("Copy questions"))
        self.btn_print.setText(self.tr("Print questions…"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Mobile")])
        self._stale = True  # the counts' words: read again when shown
        if self.isVisible():
            self.refresh()

    def set_survey(self, survey_id: int | None) -> None:
        """The survey shown; the list is read when the tab is visible (a large target
        group costs a query), else when it is next shown."""
        self.survey_id = survey_id
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        allowed = targets.full_allowed()
        self.full.setEnabled(allowed)
        self.full.setToolTip("" if allowed else self.tr(
            "Mobiles are masked for this business (Password and privacy): never in full"))  # fmt: skip
        self.error.hide()
        self.error.clear()
        self.rows, self.total = [], 0
        if self.survey_id is not None:
            try:
                self.total, self.rows = surveys.target_listing(self.survey_id,
                                                               self.full.isChecked(), SHOWN)  # fmt: skip
            except GuanjiaError as exc:  # its tag, view or community went
                self.error.setText(messages.error_message(exc))
                self.error.show()
        shown = self.rows
        self.table.setRowCount(len(shown))
        for r, row in enumerate(shown):
            for c, text in enumerate((row["name"], row["mobile"])):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self.survey_id is not None and not self.rows and not self.error.text():
            self.count.setText(self.tr("No customers to send it to: give the survey a list "
                                       "(Edit)."))  # fmt: skip
        else:
            self.count.setText(fill(self.tr("%1 customers to send it to"),
                                    formatting.number(self.total)))  # fmt: skip
        on = self.survey_id is not None
        self.btn_export.setEnabled(on and bool(self.rows))
        self.btn_copy.setEnabled(on)
        self.btn_print.setEnabled(on)

    def questions(self) -> str:
        return questions_text(surveys.show(self.survey_id))

    def copy_questions(self) -> str:
        text = self.questions()
        QGuiApplication.clipboard().setText(text)
        return text

    def print_questions(self) -> None:
        printer = QPrinter(QPrinter.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.Accepted:
            return
        document = QTextDocument()
        document.setPlainText(self.questions())
        document.print_(printer)

    def export(self, path: str | None = None) -> int | None:
        """The list to .xlsx (or .csv): name and mobile as shown (full only when ticked
        and allowed). The rows written, or None."""
        if self.survey_id is None:
            return None
        name = surveys.get(self.survey_id).name
        if path is None:
            path, _f = file_dialogs.get_save_file_name(
                "export", self, self.tr("Export the target list"),
                fill(self.tr("%1 list.xlsx"), name), "Excel (*.xlsx);;CSV (*.csv)")  # fmt: skip
            if not path:
                return None
        titles = {"name": self.tr("Name"), "mobile": self.tr("Mobile"),
                  "_sheet": self.tr("Target list")}  # fmt: skip
        sid, full = self.survey_id, self.full.isChecked()
        try:
            count = run_with_progress(self, self.tr("Exporting the list…"),
                                      lambda p, c: export_targets(path, sid, full, titles, p, c))  # fmt: skip
        except Cancelled:
            return None
        except (GuanjiaError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Export"), messages.error_message(exc)
                                if isinstance(exc, GuanjiaError) else str(exc))  # fmt: skip
            return None
        return count
