"""Completion of the search language's current term as one types: field names (Chinese,
English, pinyin initials: cs -> 城市), then the field's values (tag names, choice
words, groups, communities, levels, periods). A Vocabulary is read once (a few
queries) and asked per keystroke (microseconds)."""

from __future__ import annotations

from dataclasses import dataclass, field

from models.customers.custom_fields import CustomField
from models.customers.query.fields import CHOICES, Field, all_fields, initials
from models.customers.query.syntax import normalised, split_term
from models.storage.db import database
from models.tags.tables import Tag, TagGroup
from models.values.search_text import normalise

PERIODS = ("今天", "本周", "本月", "下月", "上月", "今年", ">90天", "<30天", "空", "有")
BIRTHDAYS = ("今天", "本周", "本月", "下月", "<7天", "空")
NUMBERS = (">1000", "<100", "100..1000", "空", "有")
LIMIT = 30


@dataclass
class Vocabulary:
    fields: list[Field]
    values: dict[str, list[str]] = field(default_factory=dict)  # field key -> words

    def words_of(self, f: Field) -> list[str]:
        if f.key in self.values:
            return self.values[f.key]
        if f.kind in ("past", "future", "custom_date"):
            return list(PERIODS)
        if f.kind == "birthday":
            return list(BIRTHDAYS)
        if f.kind in ("money", "count", "points", "score", "custom_number"):
            return list(NUMBERS)
        if f.kind in CHOICES or f.key in CHOICES:
            words = CHOICES[f.kind if f.kind in CHOICES else f.key]
            return [w[0] for w in words.values()]
        return ["空", "有"]


def vocabulary() -> Vocabulary:
    """What completion offers, read from the database now."""
    fields = all_fields()
    tags = [n for (n,) in Tag.select(Tag.name).order_by(Tag.name_key).tuples()]
    groups = [n for (n,) in TagGroup.select(TagGroup.name).tuples()]
    values = {"tag": tags + ["空", "有"], "group": groups}
    for key, table in (("community", "community"), ("level", "member_level")):
        values[key] = [n for (n,) in database.execute_sql(f"SELECT name FROM {table}")] + [
            "有",
            "空",
        ]
    for f in fields:
        if f.kind == "custom_choice":
            values[f.key] = CustomField.get_by_id(int(f.column)).choice_list + ["空", "有"]
    return Vocabulary(fields, values)


def _matches(word: str, typed: str) -> bool:
    if not typed:
        return True
    key = normalise(word)
    return key.startswith(typed) or typed in key or initials(word).startswith(typed)


def complete(token: str, vocab: Vocabulary) -> list[str]:
    """Whole replacements for the term being typed (`token`: from its start to the
    cursor), best first."""
    token = normalised(token)
    prefix = "-" if token.startswith("-") else ""
    token = token[len(prefix) :]
    parts = split_term(token)
    if parts is None:
        typed = normalise(token)
        if not typed:
            return []
        out = []
        for f in vocab.fields:
            for name in (*f.zh, *f.en):
                if _matches(name, typed):
                    out.append(f"{prefix}{name}:")
                    break
        return out[:LIMIT]
    name, op, typed_value, _offset = parts
    found = {normalise(n): f for f in vocab.fields for n in (*f.zh, *f.en)}.get(normalise(name))
    if found is None:
        return []
    typed = normalise(typed_value)
    head = f"{prefix}{name}{op}"
    words = vocab.words_of(found)
    if op != ":":  # 消费>: the numbers without their operator
        words = [w.lstrip("<>") for w in words if w[:1] in "<>" or w[:1].isdigit()]
    return [f"{head}{w}" for w in words if _matches(w, typed)][:LIMIT]
