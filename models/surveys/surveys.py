"""Surveys: a name, a kind (nps 0-10, csat 1-5, ces 1-7, custom), a period and a target
group (in words, and a tag whose customers are the list to send it to)."""

from __future__ import annotations

import datetime as dt

from peewee import fn

from models import clock
from models.customers.record import Customer
from models.errors import NotFoundError, ValidationError
from models.storage import audit
from models.storage.db import database
from models.surveys.tables import KINDS, SCALES, Survey, SurveyAnswer
from models.tags.tables import CustomerTag, Tag
from models.values.contact_fields import mask_mobile

MAX_NAME, MAX_TARGET = 100, 500


def _day(value, name: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(name, "survey_date_invalid",
                              f"{name}: '{value}' is not a date like 2026-12-01",
                              text=str(value)) from None  # fmt: skip


def create(name: str, kind: str = "nps", *, period_from=None, period_to=None, target: str = "",
           target_tag: str = "", follow_passives: bool = False) -> int:  # fmt: skip
    """A new survey; its id. Refused: no name, a name taken, an unknown kind, a period
    ending before it starts, a text too long."""
    name = " ".join(str(name or "").split())
    if not name:
        raise ValidationError("name", "survey_name_required", "a survey needs a name")
    if len(name) > MAX_NAME or len(target or "") > MAX_TARGET:
        raise ValidationError("name", "too_long", "name or target too long", limit=MAX_NAME)
    kind = str(kind or "").strip().lower()
    if kind not in KINDS:
        raise ValidationError("kind", "survey_kind_invalid",
                              f"'{kind}' is not a survey type; use one of: {', '.join(KINDS)}",
                              text=kind)  # fmt: skip
    first, last = _day(period_from, "from"), _day(period_to, "to")
    if first and last and last < first:
        raise ValidationError("to", "survey_period_order", "the period ends before it starts")
    with database.atomic():
        if Survey.get_or_none(Survey.name == name) is not None:
            raise ValidationError("name", "survey_name_taken", f"there is a survey named {name}",
                                  name=name)  # fmt: skip
        new_id = Survey.insert(name=name, kind=kind, period_from=first, period_to=last,
                               target=(target or "").strip(),
                               target_tag=(target_tag or "").strip(),
                               follow_passives=bool(follow_passives),
                               archived_at=None, created_at=clock.now()).execute()  # fmt: skip
        audit.record("create", "survey", new_id, detail=f"{name} ({kind})")
    return new_id


def get(survey_id) -> Survey:
    try:
        survey = Survey.get_or_none(Survey.id == int(survey_id))
    except (TypeError, ValueError):
        survey = None
    if survey is None:
        raise NotFoundError(f"no survey with id {survey_id}", code="survey_not_found",
                            id=survey_id)  # fmt: skip
    return survey


def scale(survey: Survey) -> tuple[int, int]:
    return SCALES[survey.kind]


def to_json(survey: Survey, answers: int | None = None) -> dict:
    low, high = scale(survey)
    obj = {
        "id": survey.id,
        "name": survey.name,
        "type": survey.kind,
        "scale": [low, high],
        "from": survey.period_from.isoformat() if survey.period_from else None,
        "to": survey.period_to.isoformat() if survey.period_to else None,
        "target": survey.target,
        "target_tag": survey.target_tag,
        "follow_passives": bool(survey.follow_passives),
    }
    if answers is not None:
        obj["answers"] = answers
    return obj


def listing() -> list[dict]:
    """Every survey, newest first, with its number of answers (one GROUP BY)."""
    counts = dict(SurveyAnswer.select(SurveyAnswer.survey_id, fn.COUNT(SurveyAnswer.id))
                  .group_by(SurveyAnswer.survey_id).tuples())  # fmt: skip
    return [to_json(s, counts.get(s.id, 0)) for s in Survey.select().order_by(Survey.id.desc())]


def show(survey_id) -> dict:
    survey = get(survey_id)
    n = SurveyAnswer.select().where(SurveyAnswer.survey_id == survey.id).count()
    return to_json(survey, n)


def targets(survey_id, full_mobile: bool = False) -> list[dict]:
    """The customers to send the survey to: the live holders of its target tag (none
    when it names no tag), mobiles masked unless `full_mobile`."""
    survey = get(survey_id)
    if not survey.target_tag:
        return []
    tag = Tag.get_or_none(Tag.name == survey.target_tag)
    if tag is None:
        raise NotFoundError(f"no tag named {survey.target_tag}", code="tag_not_found",
                            name=survey.target_tag)  # fmt: skip
    rows = (Customer.select(Customer.id, Customer.name, Customer.mobile)
            .join(CustomerTag, on=(CustomerTag.customer == Customer.id))
            .where((CustomerTag.tag == tag.id) & Customer.deleted_at.is_null())
            .order_by(Customer.id).tuples())  # fmt: skip
    return [{"id": i, "name": name, "mobile": mobile if full_mobile else mask_mobile(mobile)}
            for i, name, mobile in rows]  # fmt: skip
