"""Themes pinned by the user for a survey (issue 27, item 5): a name and the terms that
make it (价格: 价格, 贵, 便宜). Pinning and unpinning are audited (action create or
delete, record survey) in their transaction; the window undoes them by writing the
row back (restore) or removing it again (ui/surveys/themes_undo.py).

Refused, nothing written: no name, a name over 20 characters or already pinned for the
survey, no term, a term over 20 characters, more than 30 terms, a survey or theme that
is not there."""

from __future__ import annotations

from models import clock
from models.errors import NotFoundError, ValidationError
from models.storage import audit
from models.storage.db import database
from models.surveys import surveys, words
from models.surveys.tables import SurveyTheme

NAME_MAX, TERM_MAX, TERMS_MAX = 20, 20, 30


def _detail(name: str, terms: list[str]) -> str:
    return f"theme {name}: {', '.join(terms)}"


def check(name, terms) -> tuple[str, list[str]]:
    """The name and terms cleaned, or ValidationError."""
    name = " ".join(str(name or "").split())
    if not name:
        raise ValidationError("name", "theme_name_required", "a theme needs a name")
    if len(name) > NAME_MAX:
        raise ValidationError("name", "too_long", f"the theme's name is longer than {NAME_MAX}"
                              " characters", limit=NAME_MAX)  # fmt: skip
    terms = words.split_terms(",".join(terms) if isinstance(terms, list | tuple) else terms)
    if not terms:
        raise ValidationError("terms", "theme_terms_required",
                              "a theme needs at least one term (a,b,c)")  # fmt: skip
    if len(terms) > TERMS_MAX:
        raise ValidationError("terms", "theme_terms_many",
                              f"a theme has at most {TERMS_MAX} terms", limit=TERMS_MAX)  # fmt: skip
    for term in terms:
        if len(term) > TERM_MAX:
            raise ValidationError("terms", "theme_term_long",
                                  f"the term '{term}' is longer than {TERM_MAX} characters",
                                  text=term, limit=TERM_MAX)  # fmt: skip
    return name, terms


def add(survey_id, name, terms) -> int:
    """Pin a theme; its id."""
    survey = surveys.get(survey_id)
    name, terms = check(name, terms)
    with database.atomic():
        if SurveyTheme.get_or_none((SurveyTheme.survey_id == survey.id)
                                   & (SurveyTheme.name == name)) is not None:  # fmt: skip
            raise ValidationError("name", "theme_name_taken",
                                  f"the survey already has a theme named {name}",
                                  name=name)  # fmt: skip
        new_id = SurveyTheme.insert(survey_id=survey.id, name=name, terms=",".join(terms),
                                    created_at=clock.now()).execute()  # fmt: skip
        audit.record("create", "survey", survey.id, detail=_detail(name, terms))
    return new_id


def get_theme(survey_id, theme) -> SurveyTheme:
    """A survey's theme by id (a number) or name."""
    survey = surveys.get(survey_id)
    key = str(theme or "").strip()
    query = SurveyTheme.select().where(SurveyTheme.survey_id == survey.id)
    row = query.where(SurveyTheme.name == " ".join(key.split())).first()
    if row is None and key.isdigit():
        row = query.where(SurveyTheme.id == int(key)).first()
    if row is None:
        raise NotFoundError(f"survey {survey.id} has no theme {key}", code="theme_not_found",
                            name=key)  # fmt: skip
    return row


def snapshot(row: SurveyTheme) -> dict:
    return {"id": row.id, "survey_id": row.survey_id, "name": row.name, "terms": row.terms,
            "created_at": row.created_at}  # fmt: skip


def remove(survey_id, theme, action: str = "delete") -> dict:
    """Unpin a theme (by id or name); its snapshot (restore() writes it back)."""
    with database.atomic():
        row = get_theme(survey_id, theme)
        snap = snapshot(row)
        SurveyTheme.delete().where(SurveyTheme.id == row.id).execute()
        audit.record(action, "survey", row.survey_id,
                     detail=_detail(row.name, words.split_terms(row.terms)))  # fmt: skip
    return snap


def restore(snap: dict) -> None:
    """Write a removed theme back as it was (an undo; the caller audits). Refused when a
    theme of that name was pinned since."""
    with database.atomic():
        surveys.get(snap["survey_id"])
        if SurveyTheme.get_or_none((SurveyTheme.survey_id == snap["survey_id"])
                                   & (SurveyTheme.name == snap["name"])) is not None:  # fmt: skip
            raise ValidationError("name", "theme_name_taken",
                                  f"the survey already has a theme named {snap['name']}",
                                  name=snap["name"])  # fmt: skip
        SurveyTheme.insert(**snap).execute()


def drop(theme_id: int) -> None:
    """Remove a theme by id without an entry (an undo of its pinning; the caller audits)."""
    with database.atomic():
        SurveyTheme.delete().where(SurveyTheme.id == theme_id).execute()


def listing(survey_id) -> list[dict]:
    survey = surveys.get(survey_id)
    rows = SurveyTheme.select().where(SurveyTheme.survey_id == survey.id).order_by(SurveyTheme.id)
    return [{"id": r.id, "name": r.name, "terms": words.split_terms(r.terms)} for r in rows]
