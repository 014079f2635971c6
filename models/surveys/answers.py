"""Survey answers: typed in or imported, each with its closed loop in one transaction,
audited, and undone by deleting it (with its follow-up and the tag it gave).

Refused, nothing written: a score outside the survey's scale, a customer that does not
exist or is in the recycle bin, an answer the customer already gave to the survey at
that time, a time that is not a time."""

from __future__ import annotations

import datetime as dt

from models import clock
from models.customers.record import live_customer
from models.errors import NotFoundError, ValidationError
from models.storage import audit
from models.storage.db import database
from models.surveys import closed_loop, surveys
from models.surveys.tables import SurveyAnswer

MAX_COMMENT = 2000


def parse_at(text) -> dt.datetime:
    """'YYYY-MM-DD HH:MM' (or a datetime) to a datetime; ValidationError."""
    if isinstance(text, dt.datetime):
        return text.replace(second=0, microsecond=0)
    try:
        return dt.datetime.strptime(str(text).strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise ValidationError("at", "answer_time_invalid",
                              f"'{text}' is not a time like 2026-12-01 09:30",
                              text=str(text)) from None  # fmt: skip


def check_score(survey, score) -> int:
    low, high = surveys.scale(survey)
    try:
        value = int(str(score).strip())
    except (TypeError, ValueError):
        value = None
    if value is None or not low <= value <= high:
        raise ValidationError("score", "score_out_of_scale",
                              f"the score must be a whole number from {low} to {high}",
                              low=low, high=high, text=str(score))  # fmt: skip
    return value


def clean_comment(comment) -> str:
    comment = str(comment or "").strip()
    if len(comment) > MAX_COMMENT:
        raise ValidationError("comment", "too_long",
                              f"the comment is longer than {MAX_COMMENT} characters",
                              limit=MAX_COMMENT)  # fmt: skip
    return comment


def record(survey_id, customer_id, score, comment: str = "", at=None) -> int:
    """A staff-typed answer (customer_id None: anonymous) with its closed loop; its id."""
    survey = surveys.get(survey_id)
    value = check_score(survey, score)
    comment = clean_comment(comment)
    answered_at = clock.now().replace(second=0, microsecond=0) if at is None else parse_at(at)
    with database.atomic():
        customer = None if customer_id is None else live_customer(customer_id).id
        if customer is not None and SurveyAnswer.get_or_none(
            (SurveyAnswer.survey_id == survey.id) & (SurveyAnswer.customer_id == customer)
            & (SurveyAnswer.answered_at == answered_at)) is not None:  # fmt: skip
            raise ValidationError("at", "answer_duplicate",
                                  "this customer already answered this survey at this time",
                                  text=answered_at.strftime("%Y-%m-%d %H:%M"))  # fmt: skip
        new_id = SurveyAnswer.insert(
            survey_id=survey.id, customer_id=customer, score=value, comment=comment,
            answered_at=answered_at, month=answered_at.strftime("%Y-%m"), source="manual", import_run=None, row_key="",
            followup_id=None, tagged=False, created_at=clock.now()).execute()  # fmt: skip
        followup_id, tagged = (None, False)
        if customer is not None:
            followup_id, tagged = closed_loop.follow(survey, customer, value, comment,
                                                     answered_at)  # fmt: skip
            SurveyAnswer.update(followup_id=followup_id, tagged=tagged).where(
                SurveyAnswer.id == new_id).execute()  # fmt: skip
        audit.record("answer", "survey", survey.id,
                     detail=f"#{new_id} {survey.name}: {value}"
                     + (f" customer #{customer}" if customer else " anonymous"))  # fmt: skip
    return new_id


def get(answer_id) -> SurveyAnswer:
    try:
        row = SurveyAnswer.get_or_none(SurveyAnswer.id == int(answer_id))
    except (TypeError, ValueError):
        row = None
    if row is None:
        raise NotFoundError(f"no survey answer with id {answer_id}", code="answer_not_found",
                            id=answer_id)  # fmt: skip
    return row


def delete(answer_id, action: str = "undo") -> None:
    """Undo an answer: the row, its closed loop's follow-up and the 推荐者 tag it gave
    go, in one transaction with its entry (`action`: "undo" from the window's undo,
    "delete" otherwise)."""
    with database.atomic():
        row = get(answer_id)
        closed_loop.unfollow(row.followup_id, row.customer_id, row.tagged)
        SurveyAnswer.delete().where(SurveyAnswer.id == row.id).execute()
        audit.record(action, "survey", row.survey_id,
                     detail=f"answer #{row.id}: {row.score}")  # fmt: skip


def for_customer(customer_id: int) -> list[dict]:
    """A customer's answers, newest first (the timeline's and detail panel's)."""
    query = (SurveyAnswer.select().where(SurveyAnswer.customer_id == customer_id)
             .order_by(SurveyAnswer.answered_at.desc(), SurveyAnswer.id.desc()))  # fmt: skip
    out = []
    for row in query:
        kind = surveys.get(row.survey_id).kind
        out.append({"id": row.id, "survey_id": row.survey_id, "score": row.score,
                    "category": closed_loop.category(kind, row.score), "comment": row.comment,
                    "answered_at": row.answered_at.strftime("%Y-%m-%d %H:%M")})  # fmt: skip
    return out


def erase_customer(customer_id: int) -> int:
    """Erasure (models/privacy/erasure.py, in its transaction): the customer's answers
    lose their link and comment; their scores stay as anonymous numbers, so past NPS
    does not change. How many answers were unlinked."""
    return (SurveyAnswer.update(customer_id=None, comment="", followup_id=None)
            .where(SurveyAnswer.customer_id == customer_id).execute())  # fmt: skip
