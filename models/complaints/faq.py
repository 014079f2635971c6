"""The FAQ (常见问题/知识库): answers learnt from resolved complaints, so that staff answer
the same problem the same way. The complaint form asks `suggest` as staff type."""

from __future__ import annotations

import re
import unicodedata

from peewee import CharField, DateTimeField, IntegerField, TextField

from models import clock
from models.complaints import complaints, vocabulary
from models.errors import NotFoundError, ValidationError
from models.storage.base import BaseModel
from models.storage.db import database

MAX_QUESTION, MAX_ANSWER = 500, 10000
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[0-9a-z]{2,}")


class Faq(BaseModel):
    question = TextField(default="")
    answer = TextField(default="")
    category = CharField(default="")
    complaint = IntegerField(null=True)  # the complaint it was learnt from
    created_at = DateTimeField()
    updated_at = DateTimeField()


def _clean(question: str, answer: str, category: str) -> dict:
    question, answer = (question or "").strip(), (answer or "").strip()
    if not question:
        raise ValidationError("question", "required", "an FAQ entry needs a question")
    if not answer:
        raise ValidationError("answer", "required", "an FAQ entry needs an answer")
    if len(question) > MAX_QUESTION:
        raise ValidationError(
            "question", "too_long", "the question is too long", limit=MAX_QUESTION
        )
    if len(answer) > MAX_ANSWER:
        raise ValidationError("answer", "too_long", "the answer is too long", limit=MAX_ANSWER)
    category = vocabulary.parse_category(category) if (category or "").strip() else ""
    return {"question": question, "answer": answer, "category": category}


def create(question: str, answer: str, category: str = "", complaint_id: int | None = None) -> int:
    values = _clean(question, answer, category)
    now = clock.now()
    return Faq.insert(complaint=complaint_id, created_at=now, updated_at=now, **values).execute()


def from_complaint(
    complaint_id: int,
    question: str | None = None,
    answer: str | None = None,
    category: str | None = None,
) -> int:
    """An FAQ entry from a resolved complaint: its description asks, its solution answers."""
    row = complaints.get_row(complaint_id)
    if row.status not in ("resolved", "return_visited"):
        raise ValidationError(
            "status", "faq_unresolved", "only a resolved complaint can become an FAQ entry"
        )
    return create(
        row.description if question is None else question,
        row.solution if answer is None else answer,
        row.category if category is None else category,
        complaint_id=row.id,
    )


def _row(faq_id) -> Faq:
    row = Faq.get_or_none(Faq.id == faq_id)
    if row is None:
        raise NotFoundError(f"no FAQ entry {faq_id}", code="faq_not_found", id=faq_id)
    return row


def update(faq_id: int, question: str, answer: str, category: str = "") -> None:
    row = _row(faq_id)
    values = _clean(question, answer, category)
    Faq.update(updated_at=clock.now(), **values).where(Faq.id == row.id).execute()


def delete(faq_id: int) -> None:
    with database.atomic():
        Faq.delete().where(Faq.id == _row(faq_id).id).execute()


def get(faq_id: int) -> dict:
    return Faq.select().where(Faq.id == _row(faq_id).id).dicts().get()


def search(query: str = "", category: str = "", limit: int = 500) -> list[dict]:
    """Entries containing every word of `query` (question, answer or category), newest
    edited first. Substring matching, so one or two Chinese characters find entries."""
    condition = Faq.id.is_null(False)
    for word in (query or "").split():
        condition &= (
            Faq.question.contains(word) | Faq.answer.contains(word) | Faq.category.contains(word)
        )
    if category:
        condition &= Faq.category == category
    query = Faq.select().where(condition).order_by(Faq.updated_at.desc(), Faq.id.desc())
    return list(query.limit(limit).dicts())


def _tokens(text: str) -> set[str]:
    """Chinese character pairs and Latin/digit words: what two texts on one problem share."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    tokens = set(_WORD.findall(text))
    for run in _CJK.findall(text):
        if len(run) == 1:
            tokens.add(run)
        tokens.update(run[i : i + 2] for i in range(len(run) - 1))
    return tokens


def suggest(text: str, category: str = "", limit: int = 5) -> list[dict]:
    """The entries most like a complaint being typed: shared character pairs and words,
    the question counting double, the same category a little more. Best first."""
    wanted = _tokens(text)
    if not wanted:
        return []
    scored = []
    for row in Faq.select().dicts().iterator():
        question, answer = _tokens(row["question"]), _tokens(row["answer"])
        score = 2 * len(wanted & question) + len(wanted & answer)
        if score == 0:
            continue
        if category and row["category"] == category:
            score += 1
        scored.append((score / (1 + len(question)) ** 0.5, row["id"], row))
    scored.sort(key=lambda item: (-item[0], -item[1]))
    return [row for _score, _id, row in scored[:limit]]
