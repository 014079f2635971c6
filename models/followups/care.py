"""Care dates (客户关怀): birthday reminders, solar or lunar, N days ahead and on the day,
each with a greeting made from the business's template, ready to copy.

Reminders are real follow-ups (source "birthday"), made a week ahead by
ensure_reminders(), so they appear in the agenda, ring, snooze and complete like any
other; a key per customer and occasion keeps them from being made twice.
"""

from __future__ import annotations

import datetime as dt
import string

from lunardate import LunarDate
from peewee import SQL, fn

from models import clock
from models.customers.record import Customer
from models.errors import ValidationError
from models.followups.followups import Followup, refresh_next
from models.storage import preferences
from models.storage.db import database

LEAD_DAYS, GREETING = "care.lead_days", "care.greeting"
START, THROUGH = "care.start", "care.through"
DEFAULT_LEAD_DAYS = 3
MAX_LEAD_DAYS = 60
DEFAULT_GREETING = (
    "亲爱的{name}，祝您生日快乐！感谢您一直以来的支持，愿您新的一岁平安喜乐、万事顺意！"
)
HORIZON_DAYS = 7  # made this far ahead, so "this week" shows them
CATCH_UP_DAYS = 7  # days the program was closed whose reminders are still made
PLACEHOLDERS = ("name",)


def lead_days() -> int:
    return int(preferences.get(LEAD_DAYS, DEFAULT_LEAD_DAYS))


def greeting_template() -> str:
    return preferences.get(GREETING, DEFAULT_GREETING)


def check_template(template: str) -> str:
    template = (template or "").strip()
    if not template:
        raise ValidationError("greeting", "required", "the greeting cannot be empty")
    try:
        names = {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}
    except ValueError:
        names = {"?"}
    unknown = names - set(PLACEHOLDERS)
    if unknown:
        raise ValidationError(
            "greeting",
            "greeting_placeholder",
            "the greeting may only use {name} (write {{ and }} for braces)",
            names=sorted(unknown),
        )
    return template


def configure(days: int | None = None, template: str | None = None) -> None:
    """Change the lead days and/or the greeting. Reminders not yet made use them."""
    if days is not None:
        if not 0 <= int(days) <= MAX_LEAD_DAYS:
            raise ValidationError(
                "lead_days", "lead_days_invalid", f"lead days must be 0 to {MAX_LEAD_DAYS}"
            )
        preferences.put(LEAD_DAYS, int(days))
        preferences.put(THROUGH, None)  # make the window again with the new lead
    if template is not None:
        preferences.put(GREETING, check_template(template))


def greeting(name: str, template: str | None = None) -> str:
    return (template or greeting_template()).format(name=name)


# ---------------------------------------------------------------- whose birthday


def _month_day() -> object:
    # Matches the customer_birthday_md index expression exactly: a literal 4, not a
    # parameter, or the index is not used.
    return fn.substr(Customer.birthday, fn.length(Customer.birthday) - SQL("4"))


def _lunar_month_days(year: int, month: int, leap: bool) -> int:
    try:
        LunarDate(year, month, 30, leap).to_solar_date()  # the constructor does not check
        return 30
    except ValueError:
        return 29


def birthdays_on(day: dt.date) -> list[tuple[int, str, str]]:
    """(customer id, name, owner) of live customers whose birthday falls on `day`.

    Solar 29 Feb is kept on 28 Feb in other years. A lunar birthday is on its lunar
    month and day this year: born in a leap month, in that leap month when the year has
    one, else in the ordinary month; born on day 30 of a month that has 29 days this
    year, on day 29.
    """
    solar = {day.strftime("%m-%d")}
    if day.month == 2 and day.day == 28 and not _is_leap_year(day.year):
        solar.add("02-29")
    lunar = LunarDate.from_solar_date(day.year, day.month, day.day)
    lunar_days = {f"{lunar.month:02d}-{lunar.day:02d}"}
    if lunar.day == 29 and _lunar_month_days(lunar.year, lunar.month, lunar.is_leap_month) == 29:
        lunar_days.add(f"{lunar.month:02d}-30")
    year_leap_month = LunarDate.leap_month_for_year(lunar.year)
    md = _month_day()
    rows = []
    # Two queries, not one with OR: each is a range of the customer_birthday_md index.
    for is_lunar, days in ((False, solar), (True, lunar_days)):
        query = Customer.select(
            Customer.id, Customer.name, Customer.owner, Customer.birthday_lunar,
            Customer.birthday_leap,
        ).where(
            Customer.deleted_at.is_null()
            & (Customer.birthday_lunar == is_lunar)
            & md.in_(sorted(days))
        )  # fmt: skip
        rows += list(query.tuples())
    found = []
    for cid, name, owner, is_lunar, born_leap in rows:
        if is_lunar:
            if lunar.is_leap_month and not born_leap:
                continue  # the ordinary month already had this birthday
            if not lunar.is_leap_month and born_leap and year_leap_month == lunar.month:
                continue  # this year has the leap month: the birthday is in it
        found.append((cid, name, owner))
    return found


def _is_leap_year(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


# ---------------------------------------------------------------- reminders


def care_key(birthday: dt.date, which: str) -> str:
    """'birthday:2026-12-05:ahead' or '...:day': one reminder per customer and occasion."""
    return f"birthday:{birthday.isoformat()}:{which}"


def parse_care_key(key: str) -> tuple[dt.date, str] | None:
    kind, _sep, rest = key.partition(":")
    if kind != "birthday":
        return None
    day, _sep, which = rest.partition(":")
    try:
        return dt.date.fromisoformat(day), which
    except ValueError:
        return None


def ensure_reminders(today: dt.date | None = None) -> int:
    """Make the birthday reminders due up to a week ahead (and those of days the program
    was closed, up to a week back) that are not made yet. Returns how many were made."""
    today = today or clock.today()
    start = preferences.get(START)
    if start is None:
        start = today.isoformat()
        preferences.put(START, start)
    through = preferences.get(THROUGH)
    first = max(
        dt.date.fromisoformat(start),
        today - dt.timedelta(days=CATCH_UP_DAYS),
        dt.date.fromisoformat(through) + dt.timedelta(days=1) if through else dt.date.min,
    )
    last = today + dt.timedelta(days=HORIZON_DAYS)
    lead, template, now = lead_days(), greeting_template(), clock.now()
    made = 0
    with database.atomic():
        day = first
        while day <= last:
            occasions = [(day, "day")]
            if lead:
                occasions.append((day + dt.timedelta(days=lead), "ahead"))
            rows = [
                dict(
                    customer=cid, kind="wechat", due_at=dt.datetime.combine(day, dt.time()),
                    has_time=False, note=greeting(name, template), owner=owner,
                    source="birthday", care_key=care_key(birthday, which), created_at=now,
                )
                for birthday, which in occasions
                for cid, name, owner in birthdays_on(birthday)
            ]  # fmt: skip
            for i in range(0, len(rows), 500):
                made += (
                    Followup.insert_many(rows[i : i + 500]).on_conflict_ignore().as_rowcount()
                    .execute() or 0
                )  # fmt: skip
            if rows:
                refresh_next({r["customer"] for r in rows})
            day += dt.timedelta(days=1)
        if last >= first:
            preferences.put(THROUGH, last.isoformat())
    return made
