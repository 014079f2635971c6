"""The Answers tab of a survey: its answers newest first, narrowed by category and
period; Enter answers (the fast entry screen), Import (问卷星 / 腾讯问卷, through the
import wizard), Take back an answer, Turn a detractor's answer into a complaint. Each
write is one undo step (ui.surveys.undo)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import clock
from models.errors import GuanjiaError
from models.surveys import answer_complaints, answer_list, answers, questions, responses
from ui import formatting, icons, messages, style
from ui.restyling import Restyling
from ui.retranslating import Retranslating
from ui.surveys import words
from ui.surveys.entry import AnswerEntryDialog
from ui.surveys.response_form import ResponseEntryDialog
from ui.surveys.response_undo import ResponseStep
from ui.surveys.undo import AnswerStep, ComplaintFromAnswer
from ui.text import fill

ID_ROLE = Qt.UserRole


class AnswersView(Restyling, Retranslating, QWidget):
    """`changed()` after every write (the page refreshes its list and the window the
    rest); `importRequested(survey id)`: the window opens the import wizard for it."""

    changed = Signal()
    importRequested = Signal(int)

    def __init__(self, undo_stack, parent=None):
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.survey_id: int | None = None
        self.rows: list[dict] = []
        self.category = QComboBox()
        self.category.setObjectName("answers_category")
        self.date_from = QLineEdit()
        self.date_to = QLineEdit()
        for edit in (self.date_from, self.date_to):
            edit.setPlaceholderText("2026-12-01")
            edit.setMaximumWidth(110)
            edit.editingFinished.connect(self.refresh)
        self.count = QLabel()
        self.count.setObjectName("answers_count")
        self.error = style.error_label()
        self.error.setObjectName("answers_error")
        self.btn_enter = QPushButton()
        self.btn_enter.setObjectName("enter_answers")
        self.btn_import = QPushButton()
        self.btn_import.setObjectName("import_answers")
        self.btn_take_back = QPushButton()
        self.btn_take_back.setObjectName("take_back_answer")
        self.btn_complaint = QPushButton()
        self.btn_complaint.setObjectName("answer_to_complaint")
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("answers_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        formatting.comfortable_rows(self.table)
        self.filter_label, self.period_label = QLabel(), QLabel()
        bar = QHBoxLayout()
        for w in (self.filter_label, self.category, self.period_label, self.date_from,
                  QLabel("–"), self.date_to, self.count):  # fmt: skip
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.btn_enter, self.btn_import, self.btn_take_back, self.btn_complaint):
            bar.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        self.category.currentIndexChanged.connect(lambda _i: self.refresh())
        self.btn_enter.clicked.connect(lambda: self.enter_answers())
        self.btn_import.clicked.connect(self._import)
        self.btn_take_back.clicked.connect(lambda: self.take_back())
        self.btn_complaint.clicked.connect(lambda: self.turn_into_complaint())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()
        self.restyle()

    def restyle(self) -> None:
        self.btn_enter.setIcon(icons.icon("add"))
        self.btn_import.setIcon(icons.icon("import"))

    def retranslate(self) -> None:
        keep = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("All answers"), "")
        for code, text in words.category_labels().items():
            self.category.addItem(text, code)
        self.category.setCurrentIndex(max(0, self.category.findData(keep)))
        self.category.blockSignals(False)
        self.filter_label.setText(self.tr("Show"))
        self.period_label.setText(self.tr("Answered"))
        self.btn_enter.setText(self.tr("Enter answers…"))
        self.btn_enter.setToolTip(self.tr("Find the customer, pick the score, a comment, Enter"))
        self.btn_import.setText(self.tr("Import…"))
        self.btn_import.setToolTip(self.tr("Answers downloaded from 问卷星 or 腾讯问卷 (Excel)"))
        self.btn_take_back.setText(self.tr("Take back"))
        self.btn_take_back.setToolTip(
            self.tr("Remove the answer with its follow-up and the 推荐者 tag it gave")
        )
        self.btn_complaint.setText(self.tr("Turn into complaint"))
        self.btn_complaint.setToolTip(self.tr("File a complaint from this detractor's answer"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Answered at"), self.tr("Customer"), self.tr("Score"), self.tr("Category"),
            self.tr("Closed loop"), self.tr("Source"), self.tr("Comment")])  # fmt: skip
        if self.survey_id is not None:
            self.refresh()

    def set_survey(self, survey_id: int | None) -> None:
        self.survey_id = survey_id
        self.refresh()

    # ------------------------------------------------------------ reading

    def refresh(self) -> None:
        self.error.clear()
        self.error.hide()
        if self.survey_id is None:
            self.rows = []
            self._fill(0)
            return
        try:
            found = answer_list.listing(self.survey_id, self.category.currentData() or "",
                                        self.date_from.text(), self.date_to.text())  # fmt: skip
        except GuanjiaError as exc:  # a date that is not one: said, the list as it was
            self.error.setText(messages.error_message(exc))
            self.error.show()
            return
        self.rows = found.rows
        self._fill(found.total)

    def _fill(self, total: int) -> None:
        keep = self.selected()
        categories = words.category_labels()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            cells = [formatting.datetime_text(row["answered_at"]),
                     row["name"] or self.tr("Anonymous"), str(row["score"]),
                     categories[row["category"]], self._loop_text(row),
                     words.source_label(row["source"]), row["comment"]]  # fmt: skip
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, row["id"])
                if c == 2:
                    formatting.align_right(item)
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        shown = len(self.rows)
        self.count.setText(fill(self.tr("%1 answers"), formatting.number(total)) if shown == total
                           else fill(self.tr("the newest %1 of %2 answers"),
                                     formatting.number(shown), formatting.number(total)))  # fmt: skip
        if self.survey_id is not None and questions.has_questions(self.survey_id):
            self.count.setText(fill(self.tr("%1 responses to its questions: see Results"),
                                    formatting.number(responses.count(self.survey_id))))  # fmt: skip
        index = next((i for i, row in enumerate(self.rows) if keep and row["id"] == keep["id"]),
                     None)  # fmt: skip
        if index is not None:
            self.table.selectRow(index)
        self._update_buttons()

    def _loop_text(self, row: dict) -> str:
        parts = []
        if row["followup_id"]:
            parts.append(self.tr("follow-up"))
        if row["tagged"]:
            parts.append("推荐者")
        if row["complaint_id"]:
            parts.append(fill(self.tr("complaint #%1"), row["complaint_id"]))
        return ", ".join(parts)

    def selected(self) -> dict | None:
        items = self.table.selectedItems()
        if not items:
            return None
        answer_id = items[0].data(ID_ROLE)
        return next((r for r in self.rows if r["id"] == answer_id), None)

    def select_answer(self, answer_id: int) -> None:
        for r, row in enumerate(self.rows):
            if row["id"] == answer_id:
                self.table.selectRow(r)

    def _update_buttons(self) -> None:
        row = self.selected()
        on = self.survey_id is not None
        self.btn_enter.setEnabled(on)
        self.btn_import.setEnabled(on)
        self.btn_take_back.setEnabled(row is not None)
        self.btn_complaint.setEnabled(row is not None and row["category"] == "detractor"
                                      and row["customer_id"] is not None
                                      and not row["complaint_id"])  # fmt: skip

    # ------------------------------------------------------------ writing

    def _changed(self, _ids=()) -> None:
        self.changed.emit()  # the page reads its list and its tabs again

    def _refused(self, exc: GuanjiaError) -> None:
        QMessageBox.warning(self, self.tr("Surveys"), messages.error_message(exc))

    def record(self, customer_id, score, comment: str = "", at=None) -> int:
        """One answer with its closed loop, one undo step; GuanjiaError as the models
        raise it (nothing written)."""
        answer_id = answers.record(self.survey_id, customer_id, score, comment, at)
        self.undo_stack.push(AnswerStep(answer_id, self._changed, True, self._refused))
        self._changed()
        return answer_id

    def record_response(self, customer_id, values: dict, at=None) -> int:
        """One response to a survey with questions, one undo step; GuanjiaError as the
        models raise it (nothing written)."""
        at = at or clock.now().strftime("%Y-%m-%d %H:%M")
        response_id = responses.record(self.survey_id, customer_id, values, at)
        self.undo_stack.push(ResponseStep(response_id, self.survey_id, customer_id, values, at,
                                          self._changed, self._refused))  # fmt: skip
        self._changed()
        return response_id

    def enter_answers(self) -> AnswerEntryDialog | ResponseEntryDialog | None:
        """The fast entry screen, or the response form of a survey with questions
        (window-modal; answers land in the list as they come)."""
        if self.survey_id is None:
            return None
        if questions.has_questions(self.survey_id):
            dialog = ResponseEntryDialog(self, self.survey_id, self.record_response)
        else:
            dialog = AnswerEntryDialog(self, self.survey_id, self.record)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModal)
        dialog.open()
        return dialog

    def _import(self) -> None:
        if self.survey_id is not None:
            self.importRequested.emit(self.survey_id)

    def take_back(self) -> None:
        """The selected answer goes, with its follow-up and the tag it gave (undoable)."""
        row = self.selected()
        if row is None:
            return
        try:
            step = AnswerStep(row["id"], self._changed, False, self._refused)
            answers.delete(row["id"], action="delete")
        except GuanjiaError as exc:
            self._refused(exc)
            return
        self.undo_stack.push(step)
        self._changed()

    def turn_into_complaint(self) -> int | None:
        """The selected detractor's answer filed as a complaint (one undo step)."""
        row = self.selected()
        if row is None:
            return None
        try:
            with answer_complaints.recording(row["id"]) as changes:
                new_id = answer_complaints.to_complaint(row["id"])
        except GuanjiaError as exc:
            self._refused(exc)
            return None
        self.undo_stack.push(ComplaintFromAnswer(changes, row["customer_id"], self._changed,
                                                 self._refused))  # fmt: skip
        self._changed()
        self.select_answer(row["id"])
        self.error.setText("")
        return new_id
