"""What the survey's two entry screens share (the fast answer entry, ui/surveys/entry.py,
and the response form of a survey with questions, ui/surveys/response_form.py): the
customer found as every picker finds them (or Anonymous), the time answered ("now"
when empty), the status line of what the last save did, the error line, Save (Enter)
and Close, and the save's course: the customer checked, the screen's own record written
(the page's undo step), what it did said, the screen cleared for the next customer. A
refusal shows the models' sentence and writes nothing.

A screen builds its own fields and layout from these parts and gives `_write` (record
one entry: its id), `_said` (the status line) and `_clear_fields`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from models.errors import GuanjiaError, ValidationError
from ui import messages, style
from ui.followups.dialogs import CustomerPicker


class SurveyEntryDialog(QDialog):
    def __init__(self, parent, survey_id: int, record, prefix: str):
        """`prefix` names the widgets (entry_save, response_save, ...) for tests and
        style sheets."""
        super().__init__(parent)
        self.survey_id = survey_id
        self._record = record
        self.saved: list[int] = []
        self.picker = CustomerPicker(self)
        self.anonymous = QCheckBox(QCoreApplication.translate("SurveyEntry", "Anonymous"))
        self.anonymous.setObjectName(f"{prefix}_anonymous")
        self.anonymous.toggled.connect(self.picker.setDisabled)
        self.at = QLineEdit()
        self.at.setObjectName(f"{prefix}_at")
        self.at.setPlaceholderText(
            QCoreApplication.translate("SurveyEntry", "Now (or 2026-12-01 09:30)")
        )
        self.status = QLabel()
        self.status.setObjectName(f"{prefix}_status")
        self.status.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName(f"{prefix}_error")
        self.error.setWordWrap(True)
        style.error_text(self.error)
        # Enter anywhere presses Save, the default button (a line edit passes Enter on)
        self.save_button = QPushButton(QCoreApplication.translate("SurveyEntry", "Save (Enter)"))
        self.save_button.setObjectName(f"{prefix}_save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(QCoreApplication.translate("SurveyEntry", "Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)

    # ------------------------------------------------------------ parts of the layout

    def add_customer_row(self, form: QFormLayout) -> None:
        row = QHBoxLayout()
        row.addWidget(self.picker, 1)
        row.addWidget(self.anonymous)
        form.addRow(QCoreApplication.translate("SurveyEntry", "Customer"), row)

    def add_at_row(self, form: QFormLayout) -> None:
        form.addRow(QCoreApplication.translate("SurveyEntry", "Answered at"), self.at)

    def bottom_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.error, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        return row

    # ------------------------------------------------------------ saving

    def save(self) -> int | None:
        """Record the entry; its id, or None (the error shown, nothing written)."""
        customer = None if self.anonymous.isChecked() else self.picker.customer_id
        name = "" if customer is None else self.picker.choice.currentText().split("  ")[0]
        try:
            if customer is None and not self.anonymous.isChecked():
                raise ValidationError("customer", "answer_customer_required", "no customer")
            saved_id = self._write(customer, self.at.text().strip() or None)
        except GuanjiaError as exc:
            self.error.setText(messages.error_message(exc))
            return None
        self.saved.append(saved_id)
        self.error.clear()
        self.status.setText(
            self._said(saved_id, name or QCoreApplication.translate("SurveyEntry", "Anonymous"))
        )
        self.picker.search.clear()
        self.picker.refresh()
        self.anonymous.setChecked(False)
        self._clear_fields()
        self.picker.search.setFocus()
        return saved_id

    def _write(self, customer: int | None, at: str | None) -> int:
        raise NotImplementedError

    def _said(self, saved_id: int, who: str) -> str:
        raise NotImplementedError

    def _clear_fields(self) -> None:
        raise NotImplementedError
