"""A lead's score from its facts (pure: no database), the same code for one customer
(the breakdown, an incremental rescore) and for all of them (the bulk rescore), so the
two always agree.

Each part is rounded once (half up) and the score is the sum of the rounded parts: the
breakdown always adds up to the stored score.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from models.leads.model import BEHAVIOURS, grade_of
from models.values.contact_fields import is_mainland_mobile

BASIC = ("job_title", "mobile", "need", "size", "region")


@dataclass(frozen=True)
class Part:
    """One reason for points: `kind` a BASIC code or a behaviour code (model.BEHAVIOURS);
    `detail` what matched (the job title keyword, the company size, the city), `count`
    a behaviour's occurrences, `capped` when its cap cut it."""

    kind: str
    points: int
    detail: str = ""
    count: int = 0
    capped: bool = False


@dataclass(frozen=True)
class Score:
    customer_id: int
    stage: str
    score: int
    grade: str
    parts: tuple[Part, ...] = ()


@dataclass
class Facts:
    """What a customer's score reads: their fields and their behaviour, each behaviour
    as {day 'YYYY-MM-DD': occurrences}."""

    customer_id: int
    stage: str = ""
    job_title: str = ""
    mobile: str = ""
    city: str = ""
    need: str = ""
    size: str = ""
    behaviours: dict[str, dict[str, int]] = field(default_factory=dict)


def half_up(value: float) -> int:
    return int(math.floor(value + 0.5 + 1e-9))


class Scorer:
    """The model applied on `today` (ages in whole days: a score changes once a day)."""

    def __init__(self, model: dict, today: dt.date):
        self.model = model
        self.today = today
        self._titles = [(k, p) for k, p in model["job_titles"]]
        self._sizes = {k: p for k, p in model["sizes"]}
        self._regions = [(k, p) for k, p in model["regions"]]
        self._ages: dict[str, int] = {}
        self._factors = {name: {} for name in BEHAVIOURS}
        self._by_day: dict[str, dict[str, float]] = {name: {} for name in BEHAVIOURS}
        self._order = {name: i for i, name in enumerate(BEHAVIOURS)}

    def age(self, day: str) -> int:
        age = self._ages.get(day)
        if age is None:
            try:
                age = max(0, (self.today - dt.date.fromisoformat(day[:10])).days)
            except ValueError:
                age = 0
            self._ages[day] = age
        return age

    def decayed(self, name: str, age: int) -> float:
        """One occurrence's points `age` days ago."""
        cache = self._factors[name]
        value = cache.get(age)
        if value is None:
            rule = self.model["behaviours"][name]
            value = rule["weight"] * 0.5 ** (age / rule["half_life"])
            cache[age] = value
        return value

    def basic(self, facts: Facts) -> list[Part]:
        parts = []
        title = facts.job_title or ""
        for keyword, points in self._titles:
            if keyword in title:
                if points:
                    parts.append(Part("job_title", points, keyword))
                break
        if self.model["mobile"] and is_mainland_mobile(facts.mobile):
            parts.append(Part("mobile", self.model["mobile"]))
        if self.model["need"] and self.model["need_field"] and (facts.need or "").strip():
            parts.append(Part("need", self.model["need"], self.model["need_field"]))
        size = (facts.size or "").strip()
        if self._sizes.get(size):
            parts.append(Part("size", self._sizes[size], size))
        city = (facts.city or "").strip()
        if city:
            for name, points in self._regions:
                if city.startswith(name):
                    if points:
                        parts.append(Part("region", points, name))
                    break
        return parts

    def on_day(self, name: str, day: str) -> float:
        """One occurrence's points on `day` (cached per day: the bulk rescore asks for
        the same few hundred days 200,000 times)."""
        cache = self._by_day[name]
        value = cache.get(day)
        if value is None:
            value = cache[day] = self.decayed(name, self.age(day))
        return value

    def behaviour(self, name: str, days: dict[str, int]) -> Part | None:
        if not days:
            return None
        rule = self.model["behaviours"][name]
        cache = self._by_day[name]
        raw = 0.0
        for day, n in days.items():
            value = cache.get(day)
            if value is None:
                value = self.on_day(name, day)
            raw += value * n
        capped = raw > rule["cap"]
        points = half_up(min(raw, rule["cap"]))
        if not points:
            return None
        return Part(name, points, count=sum(days.values()), capped=capped)

    def score(self, facts: Facts) -> Score:
        parts = self.basic(facts)
        if facts.behaviours:
            order = self._order
            for name in sorted(facts.behaviours, key=order.__getitem__):
                part = self.behaviour(name, facts.behaviours[name])
                if part is not None:
                    parts.append(part)
        total = sum(p.points for p in parts)
        return Score(facts.customer_id, facts.stage, total, grade_of(total, self.model),
                     tuple(parts))  # fmt: skip
