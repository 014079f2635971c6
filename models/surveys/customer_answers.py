"""One customer's survey answers as the window shows them (issue 27): every answer on
their timeline (score, category, comment, survey name) and the last one on their card."""

from __future__ import annotations

from models.surveys.closed_loop import category
from models.surveys.tables import Survey, SurveyAnswer


def _query(customer_id: int):
    return (SurveyAnswer.select(SurveyAnswer.id, SurveyAnswer.survey_id, SurveyAnswer.score,
                                SurveyAnswer.comment, SurveyAnswer.answered_at, Survey.name,
                                Survey.kind)
            .join(Survey, on=(Survey.id == SurveyAnswer.survey_id))
            .where(SurveyAnswer.customer_id == customer_id)
            .order_by(SurveyAnswer.answered_at.desc(), SurveyAnswer.id.desc()))  # fmt: skip


def _row(row: tuple) -> dict:
    answer_id, survey_id, score, comment, at, name, kind = row
    return {"id": answer_id, "survey_id": survey_id, "survey": name, "kind": kind,
            "score": score, "category": category(kind, score), "comment": comment or "",
            "answered_at": at}  # fmt: skip


def answers_of(customer_id: int, limit: int = 200) -> list[dict]:
    """The customer's answers, newest first: id, survey_id, survey (its name), kind,
    score, category (promoter, passive, detractor), comment, answered_at (a datetime)."""
    return [_row(r) for r in _query(customer_id).limit(limit).tuples()]


def last_answer(customer_id: int) -> dict | None:
    """The customer's newest answer (as `answers_of` gives it), None without one."""
    rows = answers_of(customer_id, limit=1)
    return rows[0] if rows else None


def timeline_entries(customer_id: int, limit: int = 200) -> list[dict]:
    """The answers as timeline entries {"type": "survey", "at", "row"}."""
    return [{"type": "survey", "at": row["answered_at"], "row": row}
            for row in answers_of(customer_id, limit)]  # fmt: skip
