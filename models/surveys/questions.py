"""A custom survey's questions (issue 27, item 1): single choice, multiple choice, rating
on a scale, or text, in order. Written as "TEXT|KIND|OPTIONS" (the CLI's --question):

    您是怎么知道我们的？|single|朋友介绍;网上;路过
    您喜欢哪些菜？|multiple|红烧肉;清蒸鱼;小炒
    整体满意度|rating|1-5          (a scale from 0 or 1 up to 2-10; 0-10 without one)
    还有什么建议？|text

Refused, nothing written (the error names the question by its number): no text, a text
over 200 characters or asked twice, an unknown kind, a choice question with fewer than
2 or more than 20 options, an option over 50 characters or given twice, a scale that is
not LOW-HIGH within 0-10, more than 30 questions, questions for a survey that is not
custom. A custom survey without questions keeps the core's 0-10 score."""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.errors import ValidationError
from models.storage import audit
from models.storage.db import database, writable
from models.surveys import surveys

KINDS = ("single", "multiple", "rating", "text")
TEXT_MAX, OPTION_MAX, OPTIONS_MAX, QUESTIONS_MAX = 200, 50, 20, 30
_OPTION_SPLIT = re.compile(r"[;；┋|]")


@dataclass
class Question:
    position: int
    text: str
    kind: str
    options: list[str]
    low: int | None = None
    high: int | None = None
    id: int | None = None

    def as_dict(self) -> dict:
        obj = {"id": self.id, "position": self.position, "text": self.text, "kind": self.kind}
        if self.kind in ("single", "multiple"):
            obj["options"] = list(self.options)
        if self.kind == "rating":
            obj["scale"] = [self.low, self.high]
        return obj


def _refuse(number: int, code: str, message: str, **params):
    raise ValidationError("question", code, f"question {number}: {message}", number=number,
                          **params)  # fmt: skip


def parse(spec, number: int) -> Question:
    """One question from "TEXT|KIND|OPTIONS" (number: its place, from 1)."""
    parts = [p.strip() for p in str(spec or "").split("|", 2)]
    text = " ".join(parts[0].split()) if parts else ""
    if not text:
        _refuse(number, "question_text_required", "a question needs its text")
    if len(text) > TEXT_MAX:
        _refuse(number, "question_text_long", f"longer than {TEXT_MAX} characters",
                limit=TEXT_MAX)  # fmt: skip
    kind = parts[1].lower() if len(parts) > 1 else ""
    if kind not in KINDS:
        _refuse(number, "question_kind_invalid",
                f"'{kind}' is not a kind; use one of: {', '.join(KINDS)}", text=kind)  # fmt: skip
    rest = parts[2] if len(parts) > 2 else ""
    if kind in ("single", "multiple"):
        options = [" ".join(o.split()) for o in _OPTION_SPLIT.split(rest) if o.strip()]
        if not 2 <= len(options) <= OPTIONS_MAX:
            _refuse(number, "question_options_count",
                    f"a choice needs 2 to {OPTIONS_MAX} options (A;B;C)", limit=OPTIONS_MAX)  # fmt: skip
        for option in options:
            if len(option) > OPTION_MAX:
                _refuse(number, "question_option_long",
                        f"the option '{option}' is longer than {OPTION_MAX} characters",
                        text=option, limit=OPTION_MAX)  # fmt: skip
        if len({o.lower() for o in options}) < len(options):
            _refuse(number, "question_option_repeat", "an option is given twice")
        return Question(number, text, kind, options)
    if kind == "rating":
        low, high = 0, 10
        if rest:
            found = re.fullmatch(r"(\d{1,2})\s*[-~～]\s*(\d{1,2})", rest)
            low, high = (int(found[1]), int(found[2])) if found else (-1, -1)
        if low not in (0, 1) or not low < high <= 10:
            _refuse(number, "question_scale_invalid",
                    f"'{rest}' is not a scale like 1-5 or 0-10", text=rest)  # fmt: skip
        return Question(number, text, kind, [], low, high)
    return Question(number, text, kind, [])


def parse_all(specs) -> list[Question]:
    specs = list(specs or [])
    if len(specs) > QUESTIONS_MAX:
        raise ValidationError("question", "questions_many",
                              f"a survey has at most {QUESTIONS_MAX} questions",
                              limit=QUESTIONS_MAX)  # fmt: skip
    out = [parse(spec, n) for n, spec in enumerate(specs, start=1)]
    seen: set[str] = set()
    for q in out:
        if q.text.lower() in seen:
            _refuse(q.position, "question_text_repeat", "the same question is asked twice",
                    text=q.text)  # fmt: skip
        seen.add(q.text.lower())
    return out


def create_custom(name, specs, **survey_fields) -> int:
    """A custom survey with its questions (one transaction, audited); its id."""
    parsed = parse_all(specs)
    if not parsed:
        raise ValidationError("question", "questions_required",
                              "a custom survey with questions needs at least one (--question)")  # fmt: skip
    with database.atomic():
        new_id = surveys.create(name, "custom", **survey_fields)
        writable()
        database.connection().executemany(
            "INSERT INTO survey_question (survey_id, position, text, kind, options, low, high)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(new_id, q.position, q.text, q.kind, "\n".join(q.options), q.low, q.high)
             for q in parsed])  # fmt: skip
        audit.record("create", "survey", new_id,
                     detail=f"{len(parsed)} questions: " + "; ".join(q.text for q in parsed))  # fmt: skip
    return new_id


def listing(survey_id) -> list[Question]:
    """The survey's questions in order ([] for a survey without any)."""
    survey = surveys.get(survey_id)
    rows = database.execute_sql(
        "SELECT id, position, text, kind, options, low, high FROM survey_question"
        " WHERE survey_id = ? ORDER BY position", [survey.id]).fetchall()  # fmt: skip
    return [Question(pos, text, kind, options.split("\n") if options else [], low, high, qid)
            for qid, pos, text, kind, options, low, high in rows]  # fmt: skip


def has_questions(survey_id) -> bool:
    return bool(database.execute_sql(
        "SELECT 1 FROM survey_question WHERE survey_id = ? LIMIT 1", [int(survey_id)]).fetchone())  # fmt: skip
