"""Undo and redo of a survey's own writes (add, edit, archive, delete) in the window:
kept as the survey rows' before- and after-images (models.storage.row_changes), with
a custom survey's questions."""

from __future__ import annotations

from models.errors import ValidationError
from models.storage import row_changes
from models.storage.db import database
from models.storage.row_changes import RowChanges, Scope, newer_than_now
from models.surveys import responses
from models.surveys.tables import Survey, SurveyAnswer, SurveyQuestion


def recording(survey_ids=()):
    """A context manager around a write to `survey_ids` (or a new survey)."""
    ids = [int(i) for i in survey_ids]
    return row_changes.recording([
        Scope(Survey, Survey.id.in_(ids) | newer_than_now(Survey)),
        Scope(SurveyQuestion, SurveyQuestion.survey_id.in_(ids) | newer_than_now(SurveyQuestion)),
    ])  # fmt: skip


def write(changes: RowChanges, to_after: bool) -> None:
    """Redo (`to_after`) or undo; "undo_conflict" when the survey changed since, and
    (nothing written) "survey_has_answers" when it would remove a survey that has
    answers now (the undo of its add after answers came in), "survey_kind_answered"
    when it would change the type of one."""
    with database.atomic():
        for rows in changes.rows:
            gone = [pair[0 if to_after else 1]["id"] for pair in rows.values()
                    if pair[1 if to_after else 0] is None and pair[0 if to_after else 1]]  # fmt: skip
            if gone and (SurveyAnswer.select().where(SurveyAnswer.survey_id.in_(gone)).exists()
                         or any(responses.count(i) for i in gone)):  # fmt: skip
                raise ValidationError("survey", "survey_has_answers",
                                      "the survey has answers: archive it instead")  # fmt: skip
            retyped = [pair[0]["id"] for pair in rows.values() if pair[0] and pair[1]
                       and pair[0]["kind"] != pair[1]["kind"]]  # fmt: skip
            if retyped and SurveyAnswer.select().where(
                    SurveyAnswer.survey_id.in_(retyped)).exists():  # fmt: skip
                raise ValidationError("kind", "survey_kind_answered",
                                      "the survey has answers: its type cannot change")  # fmt: skip
        changes.write(to_after)


def describe(changes: RowChanges) -> str:
    return ", ".join(sorted(changes.touched(Survey, "name")))
