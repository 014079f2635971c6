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
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from models.errors import GuanjiaError, ValidationError
from models.surveys import answer_list, surveys
from ui import formatting, messages, style
from ui.followups.dialogs import CustomerPicker
from ui.surveys import words
from ui.text import fill


class AnswerEntryDialog(QDialog):
    """`record(customer_id or None, score text, comment, at text or None)` writes one
    answer (the page's undo step) and returns its id."""

    def __init__(self, parent, survey_id: int, record):
        super().__init__(parent)
        self.setObjectName("AnswerEntryDialog")
        survey = surveys.get(survey_id)
        self.setWindowTitle(fill(self.tr("Enter answers: %1"), survey.name))
        self.survey_id = survey_id
        self._record = record
        self.saved: list[int] = []
        self.picker = CustomerPicker(self)
        self.anonymous = QCheckBox(self.tr("Anonymous"))
        self.anonymous.setObjectName("entry_anonymous")
        self.anonymous.toggled.connect(self.picker.setDisabled)
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
        self.at = QLineEdit()
        self.at.setObjectName("entry_at")
        self.at.setPlaceholderText(self.tr("Now (or 2026-12-01 09:30)"))
        self.status = QLabel()
        self.status.setObjectName("entry_status")
        self.status.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("entry_error")
        self.error.setWordWrap(True)
        style.error_text(self.error)
        self.save_button = QPushButton(self.tr("Save (Enter)"))
        self.save_button.setObjectName("entry_save")
        self.save_button.setDefault(True)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        self.save_button.clicked.connect(self.save)
        # Enter anywhere presses Save, the default button (a line edit passes Enter on)
        form = QFormLayout()
        customer = QHBoxLayout()
        customer.addWidget(self.picker, 1)
        customer.addWidget(self.anonymous)
        form.addRow(self.tr("Customer"), customer)
        form.addRow(self.tr("Score"), row)
        form.addRow(self.tr("Comment"), self.comment)
        form.addRow(self.tr("Answered at"), self.at)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
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

    def save(self) -> int | None:
        """Record the answer; its id, or None (the error shown, nothing written)."""
        customer = None if self.anonymous.isChecked() else self.picker.customer_id
        name = "" if customer is None else self.picker.choice.currentText().split("  ")[0]
        try:
            if customer is None and not self.anonymous.isChecked():
                raise ValidationError("customer", "answer_customer_required", "no customer")
            answer_id = self._record(customer, self.score.text(), self.comment.text(),
                                     self.at.text().strip() or None)  # fmt: skip
        except GuanjiaError as exc:
            self.error.setText(messages.error_message(exc))
            return None
        self.saved.append(answer_id)
        self.error.clear()
        self.status.setText(self.outcome_text(answer_id, name))
        self.picker.search.clear()
        self.picker.refresh()
        self.anonymous.setChecked(False)
        self.score.clear()
        self.comment.clear()
        self.picker.search.setFocus()
        return answer_id

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
