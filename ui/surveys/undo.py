"""Undo steps of the Surveys page: a survey added, edited, archived or deleted (row
images, models/surveys/survey_changes.py); an answer recorded or taken back (recorded
again with its closed loop on the other side: models.surveys.answers); a detractor's
answer turned into a complaint (row images, models/surveys/answer_complaints.py). Each
side's write is audited in its transaction."""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication

from models.errors import GuanjiaError
from models.surveys import answer_complaints, answer_list, answers, survey_changes
from ui.undo import Command
from ui.undo_rows import RowsCommand


class SurveyChange(RowsCommand):
    def __init__(self, text: str, changes, after_change, refused=None):
        super().__init__(text, "survey", changes, survey_changes.write, survey_changes.describe,
                         [], after_change, refused)  # fmt: skip


@contextmanager
def survey_step(undo_stack, text: str, survey_ids, after_change, refused=None):
    """Run the block's write inside a recording and push it as one step (nothing is
    pushed when the block raises or changed nothing)."""
    with survey_changes.recording(survey_ids) as changes:
        yield changes
    if changes:
        undo_stack.push(SurveyChange(text, changes, after_change, refused))


class ComplaintFromAnswer(RowsCommand):
    def __init__(self, changes, customer_id: int, after_change, refused=None):
        text = QCoreApplication.translate("Surveys", "Turn answer into complaint")
        super().__init__(text, "complaint", changes, answer_complaints.write,
                         answer_complaints.describe, [customer_id], after_change, refused)  # fmt: skip


class AnswerStep(Command):
    """An answer recorded (`present`: undo takes it back) or taken back (undo records it
    again). Either side goes through models.surveys.answers, which audits it ("answer",
    or "undo"/"delete") with its follow-up and 推荐者 tag."""

    def __init__(self, answer_id: int, after_change, present: bool, refused=None):
        text = (QCoreApplication.translate("Surveys", "Record answer") if present
                else QCoreApplication.translate("Surveys", "Take back answer"))  # fmt: skip
        super().__init__(text, after_change)
        self.answer_id = answer_id
        self.image = answer_list.image(answer_id)
        self._present = present
        self._refused = refused

    def ids(self):
        return [self.image["customer_id"]] if self.image["customer_id"] else []

    def _recorded(self, action: str, change) -> None:
        change(action)  # the models function writes its own entry in its transaction

    def _record(self, _action: str) -> None:
        i = self.image
        self.answer_id = answers.record(i["survey_id"], i["customer_id"], i["score"],
                                        i["comment"], i["at"])  # fmt: skip

    def _take_back(self, action: str) -> None:
        answers.delete(self.answer_id, action="undo" if action == "undo" else "delete")

    def apply(self, action: str = "redo"):
        (self._record if self._present else self._take_back)(action)

    def revert(self, action: str = "undo"):
        (self._take_back if self._present else self._record)(action)

    def redo(self):
        try:
            super().redo()
        except GuanjiaError as exc:
            self._refuse(exc)

    def undo(self):
        try:
            super().undo()
        except GuanjiaError as exc:
            self._refuse(exc)

    def _refuse(self, exc: GuanjiaError) -> None:
        self.setObsolete(True)
        if self._refused is not None:
            self._refused(exc)
