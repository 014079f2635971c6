"""The fast entry screen (issue 27: "find customer, pick score, comment, Enter"): the
customer found as every picker finds them (name, mobile, pinyin initials), the score
clicked or typed (the survey's scale: 0-10, 1-5 or 1-7), a comment, Enter. The answer is
recorded with its closed loop (one undo step) and the screen says what the loop did,
then clears for the next. Bad input (no customer, a score off the scale, the same
customer twice in one minute) shows the models' sentence and writes nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from models.surveys import answer_list, surveys
from ui import formatting
from ui.surveys import words
from ui.surveys.entry_form import SurveyEntryDialog
from ui.text import fill


class AnswerEntryDialog(SurveyEntryDialog):
    """`record(customer_id or None, score text, comment, at text or None)` writes one
    answer (the page's undo step) and returns its id."""

    def __init__(self, parent, survey_id: int, record):
        super().__init__(parent, survey_id, record, "entry")
        self.setObjectName("AnswerEntryDialog")
        survey = surveys.get(survey_id)
        self.setWindowTitle(fill(self.tr("Enter answers: %1"), survey.name))
        low, high = surveys.scale(survey)
        self.score = QLineEdit()
        self.score.setObjectName("entry_score")
        self.score.setMaxLength(3)
        self.score.setPlaceholderText(fill(self.tr("%1-%2"), low, high))
        self.score.setMaximumWidth(80)
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        row = QHBoxLayout()
        row.addWidget(self.score)
        for value in range(low, high + 1):
            button = QPushButton(str(value))
            button.setObjectName(f"score_{value}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.NoFocus)  # the keyboard types the score instead
            button.setMinimumWidth(36)
            self.buttons.addButton(button, value)
            row.addWidget(button)
        row.addStretch(1)
        self.buttons.idClicked.connect(lambda value: self.score.setText(str(value)))
        self.score.textChanged.connect(self._score_typed)
        self.comment = QLineEdit()
        self.comment.setObjectName("entry_comment")
        self.comment.setPlaceholderText(self.tr("What the customer said (optional)"))
        form = QFormLayout()
        self.add_customer_row(form)
        form.addRow(self.tr("Score"), row)
        form.addRow(self.tr("Comment"), self.comment)
        self.add_at_row(form)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(self.bottom_row())
        self.setTabOrder(self.picker.search, self.picker.choice)
        self.setTabOrder(self.picker.choice, self.score)
        self.setTabOrder(self.score, self.comment)
        self.setTabOrder(self.comment, self.at)
        self.resize(640, self.sizeHint().height())
        self.picker.search.setFocus()

    def _score_typed(self, text: str) -> None:
        text = text.strip()
        button = self.buttons.button(int(text)) if text.isdigit() else None
        if button is not None:
            button.setChecked(True)
        elif self.buttons.checkedButton() is not None:
            self.buttons.setExclusive(False)
            self.buttons.checkedButton().setChecked(False)
            self.buttons.setExclusive(True)

    def _write(self, customer: int | None, at: str | None) -> int:
        return self._record(customer, self.score.text(), self.comment.text(), at)

    def _said(self, saved_id: int, who: str) -> str:
        return self.outcome_text(saved_id, who)

    def _clear_fields(self) -> None:
        self.score.clear()
        self.comment.clear()

    def outcome_text(self, answer_id: int, name: str) -> str:
        out = answer_list.loop_outcome(answer_id)
        who = name or self.tr("Anonymous")
        said = fill(self.tr("Saved: %1, %2."), who,
                    words.category_labels()[out["category"]])  # fmt: skip
        if out["anonymous"]:
            return said + " " + self.tr("No follow-up (anonymous).")
        parts = []
        if out["due"] is not None:
            owner = out["owner"] or self.tr("no owner")
            parts.append(fill(self.tr("Follow-up due %1 for %2."),
                              formatting.date_text(out["due"]), owner))  # fmt: skip
        if out["tagged"]:
            parts.append(self.tr("Tagged 推荐者."))
        if not parts:
            parts.append(self.tr("No follow-up."))
        return " ".join([said, *parts])
