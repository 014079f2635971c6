"""The response form of a survey with questions (issue 27, item 1): the customer found as
in the fast entry screen (or Anonymous), then one widget per question: radio buttons for
a single choice, check boxes for a multiple choice, a spin box on the question's scale
for a rating ("—": not answered), a line for a text. Enter or Save records one response
(the page's undo step) and clears the form for the next; a refusal (no customer, nothing
answered, the same customer in the same minute) shows the models' sentence and writes
nothing."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.errors import GuanjiaError, ValidationError
from models.surveys import questions, surveys
from ui import messages, style
from ui.followups.dialogs import CustomerPicker
from ui.text import fill

_SEPARATOR = re.compile(r"[;；┋,，、|]")  # what splits a multiple choice's value


class _Answer:
    """One question's widget and its value as models.surveys.responses reads it."""

    def __init__(self, q: questions.Question, parent: QWidget):
        self.q = q
        self.widget = QWidget(parent)
        self.widget.setObjectName(f"answer_{q.position}")
        box = QHBoxLayout(self.widget) if q.kind != "multiple" or len(q.options) <= 6 \
            else QVBoxLayout(self.widget)  # fmt: skip
        box.setContentsMargins(0, 0, 0, 0)
        self.buttons: list = []
        self.edit = None
        if q.kind in ("single", "multiple"):
            self.group = QButtonGroup(self.widget)
            self.group.setExclusive(False)  # a single choice may be taken back (toggled)
            for i, option in enumerate(q.options):
                b = QRadioButton(option) if q.kind == "single" else QCheckBox(option)
                b.setObjectName(f"answer_{q.position}_{i + 1}")
                b.setAutoExclusive(False)
                self.group.addButton(b, i)
                self.buttons.append(b)
                box.addWidget(b)
            if q.kind == "single":
                self.group.idToggled.connect(self._one)
        elif q.kind == "rating":
            self.edit = QSpinBox()
            self.edit.setRange(q.low - 1, q.high)
            self.edit.setSpecialValueText("—")
            self.edit.setValue(q.low - 1)
            self.edit.setMinimumWidth(80)
            box.addWidget(self.edit)
            scale = QCoreApplication.translate("ResponseEntryDialog", "(%1-%2)")
            box.addWidget(QLabel(fill(scale, q.low, q.high)))
        else:
            self.edit = QLineEdit()
            self.edit.setMaxLength(2000)
            box.addWidget(self.edit, 1)
        if self.edit is not None:
            self.edit.setObjectName(f"answer_{q.position}_edit")
        box.addStretch(1 if q.kind != "text" else 0)

    def _one(self, chosen: int, on: bool) -> None:
        if on:
            for i, b in enumerate(self.buttons):
                if i != chosen and b.isChecked():
                    b.setChecked(False)

    def value(self) -> str:
        q = self.q
        if q.kind in ("single", "multiple"):
            chosen = [i for i, b in enumerate(self.buttons) if b.isChecked()]
            if any(_SEPARATOR.search(o) or o.isdigit() for o in q.options):
                return ";".join(str(i + 1) for i in chosen)  # by number: safe either way
            return ";".join(q.options[i] for i in chosen)
        if q.kind == "rating":
            return "" if self.edit.value() < q.low else str(self.edit.value())
        return self.edit.text()

    def focus_widget(self) -> QWidget:
        return self.buttons[0] if self.buttons else self.edit

    def clear(self) -> None:
        for b in self.buttons:
            b.setChecked(False)
        if isinstance(self.edit, QSpinBox):
            self.edit.setValue(self.q.low - 1)
        elif self.edit is not None:
            self.edit.clear()


class ResponseEntryDialog(QDialog):
    """`record(customer_id or None, {question number: value}, at text or None)` writes
    one response (the page's undo step) and returns its id."""

    def __init__(self, parent, survey_id: int, record):
        super().__init__(parent)
        self.setObjectName("ResponseEntryDialog")
        survey = surveys.get(survey_id)
        self.setWindowTitle(fill(self.tr("Enter responses: %1"), survey.name))
        self.survey_id = survey_id
        self._record = record
        self.saved: list[int] = []
        self.picker = CustomerPicker(self)
        self.anonymous = QCheckBox(self.tr("Anonymous"))
        self.anonymous.setObjectName("response_anonymous")
        self.anonymous.toggled.connect(self.picker.setDisabled)
        self.answers = []
        body = QWidget()
        questions_form = QFormLayout(body)
        for q in questions.listing(survey_id):
            answer = _Answer(q, body)
            label = QLabel(fill(self.tr("%1. %2"), q.position, q.text))
            label.setWordWrap(True)
            questions_form.addRow(label, answer.widget)
            self.answers.append(answer)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.at = QLineEdit()
        self.at.setObjectName("response_at")
        self.at.setPlaceholderText(self.tr("Now (or 2026-12-01 09:30)"))
        self.status = QLabel()
        self.status.setObjectName("response_status")
        self.status.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("response_error")
        self.error.setWordWrap(True)
        style.error_text(self.error)
        self.save_button = QPushButton(self.tr("Save (Enter)"))
        self.save_button.setObjectName("response_save")
        self.save_button.setDefault(True)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        self.save_button.clicked.connect(self.save)
        top = QFormLayout()
        customer = QHBoxLayout()
        customer.addWidget(self.picker, 1)
        customer.addWidget(self.anonymous)
        top.addRow(self.tr("Customer"), customer)
        top.addRow(self.tr("Answered at"), self.at)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        self.resize(680, min(720, 220 + 60 * len(self.answers)))
        self.picker.search.setFocus()

    def values(self) -> dict[int, str]:
        """{question number: value} of the answered questions."""
        out = {a.q.position: a.value() for a in self.answers}
        return {n: v for n, v in out.items() if v.strip()}

    def save(self) -> int | None:
        """Record the response; its id, or None (the error shown, nothing written)."""
        customer = None if self.anonymous.isChecked() else self.picker.customer_id
        name = "" if customer is None else self.picker.choice.currentText().split("  ")[0]
        try:
            if customer is None and not self.anonymous.isChecked():
                raise ValidationError("customer", "answer_customer_required", "no customer")
            values = self.values()
            response_id = self._record(customer, values, self.at.text().strip() or None)
        except GuanjiaError as exc:
            self.error.setText(messages.error_message(exc))
            return None
        self.saved.append(response_id)
        self.error.clear()
        self.status.setText(fill(self.tr("Saved: %1, %2 questions answered."),
                                 name or self.tr("Anonymous"), len(values)))  # fmt: skip
        self.picker.search.clear()
        self.picker.refresh()
        self.anonymous.setChecked(False)
        for answer in self.answers:
            answer.clear()
        self.picker.search.setFocus()
        return response_id
