"""A detractor's answer turned into a complaint in one click (issue 27): the complaint
workflow's own record (models/complaints), its description the survey, score, time and
comment, the answer linked to it (`complaint_id`), in one transaction. The window undoes
it by rows (models.storage.row_changes): the complaint and its first event go, the
answer's link is cleared."""

from __future__ import annotations

from models.complaints import complaints, vocabulary
from models.complaints.complaints import Complaint, ComplaintEvent
from models.errors import ValidationError
from models.storage import audit, row_changes
from models.storage.db import database
from models.storage.row_changes import RowChanges, Scope, newer_than_now
from models.surveys import answers, closed_loop, surveys
from models.surveys.tables import SurveyAnswer

CATEGORY = "service"  # when the business still has it; else its first category


def description(survey, row) -> str:
    """The complaint's text (data, in the business's language: Chinese)."""
    text = f"{survey.name} {row.score}分（{row.answered_at:%Y-%m-%d %H:%M} 回答）"
    return text + (f"：{row.comment}" if row.comment else "")


def _category() -> str:
    names = vocabulary.categories()
    return CATEGORY if CATEGORY in names else (names[0] if names else "other")


def to_complaint(answer_id) -> int:
    """File the answer's complaint; its id. Refused, nothing written: an anonymous
    answer ("answer_anonymous"), one that is not a detractor's ("answer_not_detractor"),
    one turned into a complaint already ("answer_has_complaint")."""
    with database.atomic():
        row = answers.get(answer_id)
        survey = surveys.get(row.survey_id)
        if row.customer_id is None:
            raise ValidationError("answer", "answer_anonymous",
                                  "an anonymous answer has no customer to complain")  # fmt: skip
        if closed_loop.category(survey.kind, row.score) != "detractor":
            raise ValidationError("answer", "answer_not_detractor",
                                  "only a detractor's answer becomes a complaint")  # fmt: skip
        if row.complaint_id is not None and Complaint.get_or_none(
                Complaint.id == row.complaint_id) is not None:  # fmt: skip
            raise ValidationError("answer", "answer_has_complaint",
                                  f"the answer is complaint #{row.complaint_id} already",
                                  id=row.complaint_id)  # fmt: skip
        channel = "online" if row.source == "import" else "other"
        new_id = complaints.create(row.customer_id, category=_category(),
                                   description=description(survey, row), channel=channel)  # fmt: skip
        SurveyAnswer.update(complaint_id=new_id).where(SurveyAnswer.id == row.id).execute()
        audit.record("edit", "survey", survey.id,
                     detail=f"answer #{row.id}: complaint #{new_id}")  # fmt: skip
    return new_id


def recording(answer_id: int):
    """A context manager around `to_complaint(answer_id)`: the RowChanges of the
    complaint it filed and the answer's link, for the window's undo."""
    scopes = [
        Scope(Complaint, newer_than_now(Complaint)),
        Scope(ComplaintEvent, newer_than_now(ComplaintEvent)),
        Scope(SurveyAnswer, SurveyAnswer.id == int(answer_id)),
    ]
    return row_changes.recording(scopes)


def write(changes: RowChanges, to_after: bool) -> None:
    """Redo (`to_after`) or undo; "undo_conflict" and nothing written when the
    complaint was moved on (or the answer changed) since."""
    changes.write(to_after)


def describe(changes: RowChanges) -> str:
    ids = sorted(changes.touched(Complaint, "id"))
    answers_ = sorted(changes.touched(SurveyAnswer, "id"))
    return f"complaint #{', #'.join(map(str, ids))} from answer #{', #'.join(map(str, answers_))}"
