"""The festivals of Chinese customer care and their dates, any year 1901-2099.

Five follow the lunar calendar (春节, 元宵, 端午, 中秋, 重阳: a lunar month and day,
always in the ordinary month, never a leap month of the same number), seven the solar
one (fixed days, or the nth Sunday of a month: 母亲节, 父亲节). Pure dates: no database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lunardate import LunarDate

from models.errors import ValidationError

FIRST_YEAR, LAST_YEAR = 1901, 2099  # what lunardate knows


@dataclass(frozen=True)
class Festival:
    code: str  # stable, for settings, care keys and JSON
    name: str  # the Chinese name, as customers and staff say it
    name_en: str
    calendar: str  # "lunar" or "solar"
    month: int
    day: int = 0  # a day of the month, or 0 with `sunday`
    sunday: int = 0  # the nth Sunday of the month (Mother's and Father's Day)


FESTIVALS = (
    Festival("new_year", "元旦", "New Year's Day", "solar", 1, 1),
    Festival("spring_festival", "春节", "Spring Festival", "lunar", 1, 1),
    Festival("lantern_festival", "元宵节", "Lantern Festival", "lunar", 1, 15),
    Festival("womens_day", "妇女节", "Women's Day", "solar", 3, 8),
    Festival("mothers_day", "母亲节", "Mother's Day", "solar", 5, sunday=2),
    Festival("dragon_boat", "端午节", "Dragon Boat Festival", "lunar", 5, 5),
    Festival("fathers_day", "父亲节", "Father's Day", "solar", 6, sunday=3),
    Festival("mid_autumn", "中秋节", "Mid-Autumn Festival", "lunar", 8, 15),
    Festival("teachers_day", "教师节", "Teachers' Day", "solar", 9, 10),
    Festival("double_ninth", "重阳节", "Double Ninth Festival", "lunar", 9, 9),
    Festival("national_day", "国庆节", "National Day", "solar", 10, 1),
    Festival("singles_day", "双十一", "Singles' Day (11.11)", "solar", 11, 11),
)
CODES = tuple(f.code for f in FESTIVALS)
_BY_CODE = {f.code: f for f in FESTIVALS}


def festival(code: str) -> Festival:
    found = _BY_CODE.get(code)
    if found is None:
        raise ValidationError(
            "festival", "festival_unknown", f"no festival '{code}'; one of: {', '.join(CODES)}",
            festival=code,
        )  # fmt: skip
    return found


def check_year(year) -> int:
    """The year as an int, or ValidationError: not a number, or outside 1901-2099."""
    try:
        value = int(str(year).strip())
    except ValueError:
        value = None
    if value is None or not FIRST_YEAR <= value <= LAST_YEAR:
        raise ValidationError(
            "year", "festival_year_range",
            f"'{year}' is not a year from {FIRST_YEAR} to {LAST_YEAR}", text=str(year),
        )  # fmt: skip
    return value


def date_of(code: str, year: int) -> dt.date:
    """The day `code` falls on in (solar) `year`; ValidationError for a bad code or year."""
    fest, year = festival(code), check_year(year)
    if fest.calendar == "lunar":
        # A lunar festival's lunar year starts in the same solar year, and all five
        # fall before the solar year ends (重阳 9/9 is in October at the latest).
        return LunarDate(year, fest.month, fest.day, False).to_solar_date()
    if fest.sunday:
        first = dt.date(year, fest.month, 1)
        to_sunday = (6 - first.weekday()) % 7
        return first + dt.timedelta(days=to_sunday + 7 * (fest.sunday - 1))
    return dt.date(year, fest.month, fest.day)


def in_year(year: int) -> list[tuple[Festival, dt.date]]:
    """Every festival of `year` with its date, in date order."""
    year = check_year(year)
    return sorted(((f, date_of(f.code, year)) for f in FESTIVALS), key=lambda pair: pair[1])


def between(first: dt.date, last: dt.date) -> dict[dt.date, list[Festival]]:
    """The festivals from `first` to `last` (inclusive), by day; years outside
    1901-2099 have none (a calendar may be paged that far)."""
    found: dict[dt.date, list[Festival]] = {}
    for year in range(max(first.year, FIRST_YEAR), min(last.year, LAST_YEAR) + 1):
        for fest, day in in_year(year):
            if first <= day <= last:
                found.setdefault(day, []).append(fest)
    return found


def to_json(fest: Festival, day: dt.date) -> dict:
    """The CLI's object: `name` is the Chinese name (a stable key, like `code`)."""
    return {
        "code": fest.code, "name": fest.name, "name_en": fest.name_en,
        "date": day.isoformat(), "calendar": fest.calendar,
    }  # fmt: skip
