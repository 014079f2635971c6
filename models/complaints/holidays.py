"""The calendar of the business-hours SLA clock: 法定节假日 (holidays, closed whatever
the weekday) and 调休 working days (a weekend day open), one row per date, entered per
year. Reading it here; entering and importing days in holiday_edits.py (they move
the open complaints' deadlines, which live above this module)."""

from __future__ import annotations

import datetime as dt

from peewee import CharField, DateField

from models.errors import ValidationError
from models.storage.base import BaseModel

KINDS = ("holiday", "workday")
MAX_NAME = 50
# What people write in the kind column (国务院办公厅's notices say 休 and 班).
KIND_WORDS = {
    "holiday": ("holiday", "休", "放假", "假", "节假日", "off"),
    "workday": ("workday", "班", "上班", "调休上班", "补班", "working day", "work"),
}


class CalendarDay(BaseModel):
    day = DateField(unique=True)  # unique index calendar_day_day (schema step 15)
    kind = CharField()  # KINDS
    name = CharField(default="")  # 国庆节, 春节, ...


def parse_kind(text) -> str:
    key = str(text or "").strip().casefold()
    for kind, words in KIND_WORDS.items():
        if key in words:
            return kind
    raise ValidationError(
        "kind", "holiday_kind", f"'{text}' is neither a holiday (休) nor a working day (班)",
        text=str(text or ""),
    )  # fmt: skip


def calendar() -> tuple[frozenset[dt.date], frozenset[dt.date]]:
    """(holidays, working days) of every year entered: a few dozen rows a year."""
    holidays, workdays = set(), set()
    for day, kind in CalendarDay.select(CalendarDay.day, CalendarDay.kind).tuples():
        if isinstance(day, str):
            day = dt.date.fromisoformat(day[:10])
        (holidays if kind == "holiday" else workdays).add(day)
    return frozenset(holidays), frozenset(workdays)


def days_of_year(year: int) -> list[dict]:
    """The year's entered days in date order: {"day", "kind", "name"}."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    query = (
        CalendarDay.select(CalendarDay.day, CalendarDay.kind, CalendarDay.name)
        .where(CalendarDay.day.between(first, last))
        .order_by(CalendarDay.day)
    )
    return list(query.dicts())


def years() -> list[int]:
    """The years that have days entered, in order."""
    return sorted({d.year for d in (r.day for r in CalendarDay.select(CalendarDay.day))})
