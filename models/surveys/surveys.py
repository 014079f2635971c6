"""Surveys: a name, a kind (nps 0-10, csat 1-5, ces 1-7, custom), a period and a target
group (in words, and a tag, saved view, community, the buyers or the complainants of a
period whose customers are the list to send it to: targets.py). Add, edit, archive, and
delete one made by mistake (none with answers)."""

from __future__ import annotations

import datetime as dt

from peewee import fn

from models import clock
from models.errors import NotFoundError, ValidationError
from models.storage import audit
from models.storage.db import database
from models.surveys import targets as targets_
from models.surveys.tables import KINDS, SCALES, Survey, SurveyAnswer

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


def _clean(name, kind, period_from, period_to, target, target_kind, target_ref,
           target_tag) -> dict:  # fmt: skip
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
    target_kind, target_ref, target_tag = targets_.clean(target_kind, target_ref, target_tag)
    return {"name": name, "kind": kind, "period_from": first, "period_to": last,
            "target": (target or "").strip(), "target_kind": target_kind,
            "target_ref": target_ref, "target_tag": target_tag}  # fmt: skip


def _check_name_free(name: str, survey_id: int | None) -> None:
    other = Survey.get_or_none(Survey.name == name)
    if other is not None and other.id != survey_id:
        raise ValidationError("name", "survey_name_taken", f"there is a survey named {name}",
                              name=name)  # fmt: skip


def create(name: str, kind: str = "nps", *, period_from=None, period_to=None, target: str = "",
           target_tag: str = "", follow_passives: bool = False, target_kind: str = "",
           target_ref: str = "") -> int:  # fmt: skip
    """A new survey; its id. Refused: no name, a name taken, an unknown kind, a period
    ending before it starts, a text too long, a target group that is not there."""
    values = _clean(name, kind, period_from, period_to, target, target_kind, target_ref,
                    target_tag)  # fmt: skip
    with database.atomic():
        _check_name_free(values["name"], None)
        new_id = Survey.insert(**values, follow_passives=bool(follow_passives),
                               archived_at=None, created_at=clock.now()).execute()  # fmt: skip
        audit.record("create", "survey", new_id, detail=f"{values['name']} ({values['kind']})")
    return new_id


def edit(survey_id, *, name: str, kind: str, period_from=None, period_to=None,
         target: str = "", target_tag: str = "", follow_passives: bool = False,
         target_kind: str = "", target_ref: str = "") -> None:  # fmt: skip
    """Change a survey (every field given anew). Its type stays once it has answers
    ("survey_kind_answered": the scores would read them on another scale)."""
    values = _clean(name, kind, period_from, period_to, target, target_kind, target_ref,
                    target_tag)  # fmt: skip
    with database.atomic():
        survey = get(survey_id)
        _check_name_free(values["name"], survey.id)
        if values["kind"] != survey.kind and answer_count(survey.id):
            raise ValidationError("kind", "survey_kind_answered",
                                  "the survey has answers: its type cannot change")  # fmt: skip
        values["follow_passives"] = bool(follow_passives)
        changed = [k for k, v in values.items() if getattr(survey, k) != v]
        if not changed:
            return
        Survey.update(**values).where(Survey.id == survey.id).execute()
        audit.record("edit", "survey", survey.id,
                     detail=f"{values['name']}: {', '.join(changed)}")  # fmt: skip


def archive(survey_id, archived: bool = True) -> None:
    """Archive a survey (out of the list, its answers and scores kept) or bring it back."""
    with database.atomic():
        survey = get(survey_id)
        if (survey.archived_at is not None) == bool(archived):
            return
        Survey.update(archived_at=clock.now() if archived else None).where(
            Survey.id == survey.id).execute()  # fmt: skip
        back = "" if archived else ": back from the archive"
        audit.record("archive", "survey", survey.id, detail=survey.name + back)


def delete(survey_id) -> None:
    """Delete a survey made by mistake: only one without answers ("survey_has_answers":
    archive it instead, the answers are data)."""
    with database.atomic():
        survey = get(survey_id)
        if answer_count(survey.id):
            raise ValidationError("survey", "survey_has_answers",
                                  "the survey has answers: archive it instead")  # fmt: skip
        Survey.delete().where(Survey.id == survey.id).execute()
        audit.record("delete", "survey", survey.id, detail=survey.name)


def answer_count(survey_id: int) -> int:
    """Its answers: scores, and a custom survey's responses."""
    scored = SurveyAnswer.select().where(SurveyAnswer.survey_id == survey_id).count()
    return scored + database.execute_sql(
        "SELECT COUNT(*) FROM survey_response WHERE survey_id = ?", [survey_id]).fetchone()[0]  # fmt: skip


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
    """The customers to send the survey to (models/surveys/targets.py), mobiles masked
    unless `full_mobile` and the business shows them in full."""
    return targets_.rows(get(survey_id), full_mobile)


def target_listing(survey_id, full_mobile: bool = False, limit: int = 2000):
    """(how many, the first `limit` rows) of the survey's target list."""
    return targets_.listing(get(survey_id), full_mobile, limit)


def rows(include_archived: bool = False) -> list[dict]:
    """The window's list: every survey (archived ones too when asked), newest first,
    with its number of answers (scores), of `responses` and `questions` (a custom
    survey's) and its target group's fields."""
    counts = dict(SurveyAnswer.select(SurveyAnswer.survey_id, fn.COUNT(SurveyAnswer.id))
                  .group_by(SurveyAnswer.survey_id).tuples())  # fmt: skip
    responded = dict(database.execute_sql(
        "SELECT survey_id, COUNT(*) FROM survey_response GROUP BY survey_id").fetchall())  # fmt: skip
    asked = dict(database.execute_sql(
        "SELECT survey_id, COUNT(*) FROM survey_question GROUP BY survey_id").fetchall())  # fmt: skip
    query = Survey.select().order_by(Survey.id.desc())
    if not include_archived:
        query = query.where(Survey.archived_at.is_null())
    return [{**to_json(s, counts.get(s.id, 0)), "responses": responded.get(s.id, 0),
             "questions": asked.get(s.id, 0),
             "target_kind": s.target_kind or (
                "tag" if s.target_tag else ""), "target_ref": s.target_ref,
             "archived": s.archived_at is not None} for s in query]  # fmt: skip
