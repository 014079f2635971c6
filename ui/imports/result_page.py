"""The wizard's last page: the counts, the rows not imported as a report to fix and
import again, and Undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from models.errors import GuanjiaError
from models.excel import import_history
from models.excel.import_report import write_error_report
from models.excel.import_types import Problem, RowPlan
from ui import file_dialogs
from ui.imports.view import warnings_text
from ui.messages import error_message, problem_text
from ui.retranslating import Retranslating
from ui.text import fill


class ResultPage(Retranslating, QWizardPage):
    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        self.text = QLabel()
        self.text.setObjectName("result_text")
        self.text.setWordWrap(True)
        self.report_button = QPushButton()
        self.report_button.setObjectName("save_report")
        self.report_button.clicked.connect(lambda: self.save_report())
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undo_import")
        self.undo_button.clicked.connect(lambda: self.undo())
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("ImportWizard", "Import finished"))
        self.report_button.setText(
            QCoreApplication.translate("ImportWizard", "Save the rows not imported…")
        )
        self.undo_button.setText(QCoreApplication.translate("ImportWizard", "Undo this import"))

    def initializePage(self) -> None:
        r = self.w.result
        self.text.setText(
            self.w.view.result_text(r)
            + warnings_text(self.w.plan)
            + "\n"
            + QCoreApplication.translate(
                "ImportWizard", "You can undo this import later from File > Import history."
            )
        )
        self.report_button.setEnabled(bool(r.skipped or r.errors))
        self.undo_button.setEnabled(True)

    def save_report(self, path: str | None = None) -> bool:
        if path is None:
            suggested = str(Path(self.w.path).with_name(Path(self.w.path).stem + "-未导入.xlsx"))
            path, _ = file_dialogs.get_save_file_name(
                "export",
                self,
                QCoreApplication.translate("ImportWizard", "Save report"),
                suggested,
                "*.xlsx",
            )
            if not path:
                return False
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            write_error_report(
                path,
                self.w.plan,
                reason_title=QCoreApplication.translate("ImportWizard", "Reason"),
                line_title=QCoreApplication.translate("ImportWizard", "Row"),
                reason_text=self._reason,
            )
        except OSError as exc:  # a folder without write access, or the file open in Excel
            self.text.setText(self.text.text() + "\n" + str(exc))
            return False
        self.text.setText(
            self.text.text()
            + "\n"
            + fill(QCoreApplication.translate("ImportWizard", "Report saved: %1"), path)
        )
        return True

    def _reason(self, row: RowPlan, problem: Problem | None) -> str:
        if problem is not None:
            return problem_text(problem)
        return self.w.view.left_out(row)

    def undo(self) -> None:
        try:
            report = import_history.undo(self.w.result.import_id)
        except GuanjiaError as exc:  # undone meanwhile from the history dialog
            self.text.setText(error_message(exc))
            self.undo_button.setEnabled(False)
            return
        self.undo_button.setEnabled(False)
        self.text.setText(self.w.view.undo_text(report))
        self.w.imported.emit(self.w.result.import_id)
