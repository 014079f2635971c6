"""The dialog shown for an unexpected error: what happened, a copyable report, keep working."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from ui.buttons import button_box
from ui.text import fill


class ErrorReportDialog(QDialog):
    def __init__(self, report: str, log_path: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("ErrorReportDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        text = self.tr(
            "Guanjia ran into an unexpected problem. Your data is safe and you can keep working. "
            "If it happens again, copy the report below and send it to your support contact."
        )
        if log_path:
            text += "\n" + fill(self.tr("The report is also saved in: %1"), log_path)
        message = QLabel(text)
        message.setWordWrap(True)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.report.setObjectName("error_report")
        buttons = button_box(QDialogButtonBox.Close)
        copy = QPushButton(self.tr("Copy report"))
        copy.setObjectName("copy_report")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(report))
        buttons.addButton(copy, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)
