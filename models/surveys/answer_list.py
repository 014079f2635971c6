"""A survey's answers for the window's list (issue 27): newest first, narrowed by
category (promoter, passive, detractor: the survey kind's score ranges, so the filter is
a range on the scores' index) and by a period of answer dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from models.customers.record import Customer
from models.errors import ValidationError
from models.followups import followups
from models.surveys import closed_loop, surveys
from models.surveys.tables import SCALES, SurveyAnswer

CATEGORIES = ("promoter", "passive", "detractor")
LIMIT = 1000


def score_range(kind: str, category: str) -> tuple[int, int]:
    """The scores of a category on the kind's scale (closed_loop.category's ranges)."""
    low, high = SCALES[kind]
    inside = [s for s in range(low, high + 1) if closed_loop.category(kind, s) == category]
    return (inside[0], inside[-1]) if inside else (high + 1, high + 1)


@dataclass
class Answers:
    rows: list[dict]
    total: int  # every answer the filter finds (rows holds the first LIMIT)


def listing(survey_id, category: str = "", date_from=None, date_to=None,
            limit: int = LIMIT) -> Answers:  # fmt: skip
    """The answers (id, customer_id, name, score, category, comment, answered_at,
    source, followup_id, tagged, complaint_id), newest first."""
    survey = surveys.get(survey_id)
    mine = SurveyAnswer.survey_id == survey.id
    counted, listed = [mine], [mine]
    if category:
        if category not in CATEGORIES:
            raise ValidationError("category", "invalid_choice", f"'{category}' is not a category",
                                  text=category)  # fmt: skip
        low, high = score_range(survey.kind, category)
        # The count reads the scores' covering index; the rows walk survey_answer_time
        # newest first and test the score on the row (`score + 0` keeps the planner off
        # the scores' index, whose skip-scan would sort every answer of the category:
        # 2 s for 300k, against 0.1 s).
        counted.append(SurveyAnswer.score.between(low, high))
        listed.append((SurveyAnswer.score + 0).between(low, high))
    first, last = surveys._day(date_from, "from"), surveys._day(date_to, "to")
    if first and last and last < first:
        raise ValidationError("to", "survey_period_order", "the period ends before it starts")
    dates = []
    if first:
        dates.append(SurveyAnswer.answered_at >= dt.datetime.combine(first, dt.time()))
    if last:
        dates.append(SurveyAnswer.answered_at
                     < dt.datetime.combine(last + dt.timedelta(days=1), dt.time()))  # fmt: skip
    total = SurveyAnswer.select().where(*counted, *dates).count()
    query = (SurveyAnswer.select(SurveyAnswer, Customer.name)
             .join(Customer, on=(Customer.id == SurveyAnswer.customer_id), join_type=JOIN.LEFT_OUTER)
             .where(*listed, *dates)
             .order_by(SurveyAnswer.answered_at.desc(), SurveyAnswer.id.desc())
             .limit(limit))  # fmt: skip
    rows = []
    for a in query.objects():
        rows.append({"id": a.id, "customer_id": a.customer_id, "name": a.name or "",
                     "score": a.score, "category": closed_loop.category(survey.kind, a.score),
                     "comment": a.comment, "answered_at": a.answered_at, "source": a.source,
                     "followup_id": a.followup_id, "tagged": bool(a.tagged),
                     "complaint_id": a.complaint_id})  # fmt: skip
    return Answers(rows, total)


def image(answer_id: int) -> dict:
    """What the window's undo keeps to record the answer again (redo)."""
    row = SurveyAnswer.get_by_id(answer_id)
    return {"survey_id": row.survey_id, "customer_id": row.customer_id, "score": row.score,
            "comment": row.comment, "at": row.answered_at}  # fmt: skip


def loop_outcome(answer_id: int) -> dict:
    """What the closed loop did for an answer (the entry screen says it): its category,
    the follow-up's due day and owner (None: no follow-up) and whether it gave 推荐者."""
    row = SurveyAnswer.get_by_id(answer_id)
    survey = surveys.get(row.survey_id)
    out = {"category": closed_loop.category(survey.kind, row.score), "due": None, "owner": "",
           "tagged": bool(row.tagged), "anonymous": row.customer_id is None}  # fmt: skip
    if row.followup_id is not None:
        found = followups.Followup.get_or_none(followups.Followup.id == row.followup_id)
        if found is not None:
            out["due"], out["owner"] = found.due_at.date(), found.owner
    return out
