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
from models.storage import audit, preferences
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


def check_template(
    template: str, placeholders: tuple[str, ...] = PLACEHOLDERS, code: str = "greeting_placeholder"
) -> str:
    """The template stripped, or ValidationError: empty, a brace left open, or a
    placeholder other than `placeholders` (a positional {} or {0} included)."""
    template = (template or "").strip()
    if not template:
        raise ValidationError("greeting", "required", "the greeting cannot be empty")
    try:
        names = {
            name if not (spec or conv) else "?"
            for _text, name, spec, conv in string.Formatter().parse(template)
            if name is not None
        }
    except ValueError:
        names = {"?"}
    unknown = names - set(placeholders)
    if unknown:
        allowed = ", ".join("{" + p + "}" for p in placeholders)
        raise ValidationError(
            "greeting",
            code,
            f"the greeting may only use {allowed} (write {{{{ and }}}} for braces)",
            names=sorted(unknown),
        )
    return template


def configure(days: int | None = None, template: str | None = None) -> None:
    """Change the lead days and/or the greeting, both checked first. Open reminders of
    birthdays to come move to the new lead; reminders not yet made use the greeting."""
    if days is not None:
        try:
            days = int(days)
        except (TypeError, ValueError):
            days = -1
        if not 0 <= days <= MAX_LEAD_DAYS:
            raise ValidationError(
                "lead_days", "lead_days_invalid", f"lead days must be 0 to {MAX_LEAD_DAYS}"
            )
    if template is not None:
        template = check_template(template)
    before = {"lead_days": lead_days(), "greeting": greeting_template()}
    with database.atomic():
        if days is not None and days != before["lead_days"]:
            preferences.put(LEAD_DAYS, days)
            _move_ahead_reminders(days)
            preferences.put(THROUGH, None)  # make the window again with the new lead
        if template is not None:
            preferences.put(GREETING, template)
        after = {"lead_days": lead_days(), "greeting": greeting_template()}
        detail = audit.changes(before, after)
        if detail:
            audit.record("settings", "setting", None, detail=f"birthday care: {detail}")


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
    lunar = LunarDate.from_solar_date(day.year, day.month, day.day)
    md = _month_day()
    rows = []
    # Two queries, not one with OR: each is a range of the customer_birthday_md index.
    for is_lunar, days in ((False, _solar_keys(day)), (True, _lunar_keys(lunar))):
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
        if is_lunar and not _lunar_birthday_here(lunar, born_leap):
            continue
        found.append((cid, name, owner))
    return found


def birthday_counts(first: dt.date, last: dt.date) -> dict[dt.date, int]:
    """How many live customers have their birthday on each day from `first` to `last`
    (the calendar's month): counted in SQL per month-day (the customer_birthday_md
    index), then spread over the days with birthdays_on's rules."""
    wanted: dict[tuple[bool, str], list[tuple[dt.date, LunarDate | None]]] = {}
    day = first
    while day <= last:
        for month_day in _solar_keys(day):
            wanted.setdefault((False, month_day), []).append((day, None))
        lunar = LunarDate.from_solar_date(day.year, day.month, day.day)
        for month_day in _lunar_keys(lunar):
            wanted.setdefault((True, month_day), []).append((day, lunar))
        day += dt.timedelta(days=1)
    md = _month_day()
    counts: dict[dt.date, int] = {}
    # Per calendar, as birthdays_on: each query a range of the customer_birthday_md index
    # (birthday_lunar, month-day); the solar one is read from the index alone.
    for is_lunar in (False, True):
        keys = sorted({m for lunar_flag, m in wanted if lunar_flag == is_lunar})
        leap = [Customer.birthday_leap] if is_lunar else []  # solar: none, the index alone
        query = (
            Customer.select(md, fn.COUNT(SQL("*")), *leap)
            .where(
                Customer.deleted_at.is_null() & (Customer.birthday_lunar == is_lunar) & md.in_(keys)
            )
            .group_by(md, *leap)
        )
        for month_day, n, *born_leap in query.tuples():
            for day, lunar in wanted.get((is_lunar, month_day), []):
                if lunar is None or _lunar_birthday_here(lunar, born_leap[0]):
                    counts[day] = counts.get(day, 0) + n
    return counts


def next_birthday(birthday: str, lunar: bool, leap: bool, on_or_after: dt.date) -> dt.date | None:
    """The first day on or after `on_or_after` that birthdays_on() counts this
    birthday on ('YYYY-MM-DD' or '--MM-DD'), None without one."""
    if not birthday or len(birthday) < 5:
        return None
    month, day = int(birthday[-5:-3]), int(birthday[-2:])
    if not lunar:
        for year in (on_or_after.year, on_or_after.year + 1):
            if month == 2 and day == 29 and not _is_leap_year(year):
                candidate = dt.date(year, 2, 28)
            else:
                candidate = dt.date(year, month, day)
            if candidate >= on_or_after:
                return candidate
        return None
    start = LunarDate.from_solar_date(on_or_after.year, on_or_after.month, on_or_after.day)
    for year in (start.year, start.year + 1):
        in_leap = leap and LunarDate.leap_month_for_year(year) == month
        lunar_day = min(day, _lunar_month_days(year, month, in_leap))
        candidate = LunarDate(year, month, lunar_day, in_leap).to_solar_date()
        if candidate >= on_or_after:
            return candidate
    return None


def _solar_keys(day: dt.date) -> list[str]:
    """The stored 'MM-DD' of solar birthdays kept on `day` (29 Feb on 28 Feb)."""
    found = [day.strftime("%m-%d")]
    if day.month == 2 and day.day == 28 and not _is_leap_year(day.year):
        found.append("02-29")
    return found


def _lunar_keys(lunar: LunarDate) -> list[str]:
    """The stored 'MM-DD' of lunar birthdays that may fall on `lunar` (day 30 on 29 in
    a month of 29 days); _lunar_birthday_here decides on the leap month."""
    found = [f"{lunar.month:02d}-{lunar.day:02d}"]
    if lunar.day == 29 and _lunar_month_days(lunar.year, lunar.month, lunar.is_leap_month) == 29:
        found.append(f"{lunar.month:02d}-30")
    return found


def _lunar_birthday_here(lunar: LunarDate, born_leap: bool) -> bool:
    """Whether a lunar birthday of `lunar`'s month number (born in a leap month or not)
    is kept in this month: born in a leap month, in that leap month when the year has
    one, else in the ordinary month; born in an ordinary month, in the ordinary one."""
    if lunar.is_leap_month:
        return bool(born_leap)
    return not (born_leap and LunarDate.leap_month_for_year(lunar.year) == lunar.month)


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


# ---------------------------------------------------------------- moving them


def _made_through(today: dt.date) -> dt.date:
    """The last day whose reminders exist, or will not be made again by
    ensure_reminders (it goes on from THROUGH, at the latest from a week ahead)."""
    through = preferences.get(THROUGH)
    horizon = today + dt.timedelta(days=HORIZON_DAYS)
    return max(horizon, dt.date.fromisoformat(through)) if through else horizon


def _open_birthday_reminders(customer_ids=None):
    cond = (Followup.source == "birthday") & (Followup.status == "open")
    if customer_ids is not None:
        cond &= Followup.customer.in_(list(customer_ids))
    query = Followup.select(Followup.id, Followup.customer, Followup.care_key).where(cond)
    return list(query.tuples())


def _retarget(followup_id: int, customer_id: int, key: str, due: dt.date) -> bool:
    """Move one open reminder to `key` on `due`; False (and it is removed) when the
    customer already has a reminder (a done one) for that occasion."""
    taken = Followup.select().where(
        (Followup.customer == customer_id) & (Followup.care_key == key)
        & (Followup.id != followup_id)
    ).exists()  # fmt: skip
    if taken:
        Followup.delete().where(Followup.id == followup_id).execute()
        return False
    Followup.update(
        care_key=key, due_at=dt.datetime.combine(due, dt.time()), notified_at=None
    ).where(Followup.id == followup_id).execute()
    return True


def _move_ahead_reminders(lead: int) -> None:
    """The lead days changed: every open "ahead" reminder of a birthday still to come
    moves to `lead` days before it (not before today), or goes (lead 0, or a day past
    what is made so far: ensure_reminders makes it then). Done ones stay."""
    today = clock.today()
    limit = _made_through(today)
    touched = set()
    for fid, cid, key in _open_birthday_reminders():
        parsed = parse_care_key(key)
        if parsed is None or parsed[1] != "ahead" or parsed[0] < today:
            continue
        due = max(parsed[0] - dt.timedelta(days=lead), today)
        if lead == 0 or due > limit:
            Followup.delete().where(Followup.id == fid).execute()
        else:
            Followup.update(due_at=dt.datetime.combine(due, dt.time()), notified_at=None).where(
                Followup.id == fid
            ).execute()
        touched.add(cid)
    refresh_next(touched)


def birthday_changed(customer_ids) -> None:
    """Customers' birthdays changed (or were cleared): their open birthday reminders
    move to the next occurrence of the new birthday, or go when there is none or it
    lies past what is made so far; missing ones within that stretch are made. Done
    reminders stay as they were. Call it inside the change's transaction."""
    ids = sorted(set(customer_ids))
    if not ids:
        return
    today, lead = clock.today(), lead_days()
    limit = _made_through(today)
    template, now = greeting_template(), clock.now()
    open_rows: dict[int, list[tuple[int, str]]] = {}
    for fid, cid, key in _open_birthday_reminders(ids):
        open_rows.setdefault(cid, []).append((fid, key))
    people = Customer.select(
        Customer.id, Customer.name, Customer.owner, Customer.birthday, Customer.birthday_lunar,
        Customer.birthday_leap, Customer.deleted_at,
    ).where(Customer.id.in_(ids))  # fmt: skip
    with database.atomic():
        for c in people:
            wanted: dict[str, tuple[str, dt.date]] = {}  # which -> (key, due)
            day = None if c.deleted_at else next_birthday(
                c.birthday, c.birthday_lunar, c.birthday_leap, today
            )  # fmt: skip
            if day is not None:
                if day <= limit:
                    wanted["day"] = (care_key(day, "day"), day)
                ahead = day - dt.timedelta(days=lead)
                if lead and ahead <= limit:
                    wanted["ahead"] = (care_key(day, "ahead"), max(ahead, today))
            for fid, key in open_rows.get(c.id, []):
                parsed = parse_care_key(key)
                target = wanted.pop(parsed[1], None) if parsed else None
                if target is None:
                    Followup.delete().where(Followup.id == fid).execute()
                else:
                    _retarget(fid, c.id, *target)
            for key, due in wanted.values():
                Followup.insert(
                    customer=c.id, kind="wechat", due_at=dt.datetime.combine(due, dt.time()),
                    has_time=False, note=greeting(c.name, template), owner=c.owner,
                    source="birthday", care_key=key, created_at=now,
                ).on_conflict_ignore().execute()  # fmt: skip
        refresh_next(ids)
