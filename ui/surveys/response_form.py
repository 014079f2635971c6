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
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.surveys import questions, surveys
from ui.surveys.entry_form import SurveyEntryDialog
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


class ResponseEntryDialog(SurveyEntryDialog):
    """`record(customer_id or None, {question number: value}, at text or None)` writes
    one response (the page's undo step) and returns its id."""

    def __init__(self, parent, survey_id: int, record):
        super().__init__(parent, survey_id, record, "response")
        self.setObjectName("ResponseEntryDialog")
        survey = surveys.get(survey_id)
        self.setWindowTitle(fill(self.tr("Enter responses: %1"), survey.name))
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
        top = QFormLayout()
        self.add_customer_row(top)
        self.add_at_row(top)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addLayout(self.bottom_row())
        self.resize(680, min(720, 220 + 60 * len(self.answers)))
        self.picker.search.setFocus()

    def values(self) -> dict[int, str]:
        """{question number: value} of the answered questions."""
        out = {a.q.position: a.value() for a in self.answers}
        return {n: v for n, v in out.items() if v.strip()}

    def _write(self, customer: int | None, at: str | None) -> int:
        self._answered = len(values := self.values())
        return self._record(customer, values, at)

    def _said(self, saved_id: int, who: str) -> str:
        return fill(self.tr("Saved: %1, %2 questions answered."), who, self._answered)

    def _clear_fields(self) -> None:
        for answer in self.answers:
            answer.clear()
