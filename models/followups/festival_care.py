"""Festival care (节日关怀): for each festival the business turns on, a follow-up
reminder per chosen customer (all, those with any of some tags, or in some lifecycle
stages), its lead days before the festival, with the festival's greeting.

One reminder per customer, not one per festival listing everyone: care is a contact
with each customer (DOMAIN.md), so each reminder goes to the customer's owner, is
completed (and logged in the timeline) one by one, and the agenda and counts treat it
like any follow-up. A key per customer, festival and year (care_key
"festival:spring_festival:2027") keeps it from being made twice; they are written by
one INSERT ... SELECT per festival, in one transaction, whatever the customer count.
"""

from __future__ import annotations

import datetime as dt
import string

from peewee import Value

from models import clock
from models.customers.record import STAGES, Customer
from models.errors import ValidationError
from models.followups import care, festivals
from models.followups.followups import Followup
from models.storage import audit, preferences
from models.storage.db import database
from models.tags.tables import CustomerTag, Tag

SETTINGS, MADE = "care.festivals", "care.festivals_made"
AUDIENCES = ("all", "tags", "stages")
PLACEHOLDERS = ("name", "festival")
DEFAULT_LEAD_DAYS = 3
DEFAULT_GREETING = "亲爱的{name}，{festival}快乐！感谢您一直以来的支持，祝您和家人幸福安康！"
GREETINGS = {
    "spring_festival": "亲爱的{name}，新春快乐！感谢您一直以来的支持，祝您新年大吉、万事如意！",
    "mid_autumn": "亲爱的{name}，中秋快乐！月圆人团圆，祝您和家人幸福美满！",
    "lantern_festival": "亲爱的{name}，元宵节快乐！祝您团团圆圆、和和美美！",
    "new_year": "亲爱的{name}，元旦快乐！新的一年，祝您一切顺利！",
}


def _default(code: str) -> dict:
    template = GREETINGS.get(code, DEFAULT_GREETING)
    return {"on": False, "audience": "all", "tags": [], "stages": [], "template": template,
            "lead_days": DEFAULT_LEAD_DAYS}  # fmt: skip


def settings(code: str) -> dict:
    """One festival's care: on, audience ("all", "tags", "stages"), tags (ids), stages,
    template, lead_days. Off by default: a business chooses which it keeps."""
    festivals.festival(code)
    stored = (preferences.get(SETTINGS) or {}).get(code) or {}
    return {**_default(code), **stored}


def all_settings() -> dict[str, dict]:
    return {code: settings(code) for code in festivals.CODES}


def check_template(template: str) -> str:
    return care.check_template(template, PLACEHOLDERS, "festival_greeting_placeholder")


def greeting(code: str, name: str, template: str | None = None) -> str:
    return (template or settings(code)["template"]).format(
        name=name, festival=festivals.festival(code).name
    )


def validated(code: str, **changes) -> dict:
    """One festival's settings with `changes` applied and checked (ValidationError for
    any bad value); nothing is written."""
    before = settings(code)
    unknown = set(changes) - set(before)
    if unknown:
        raise ValueError(f"unknown festival settings {sorted(unknown)}")
    after = {**before, **changes}
    after["on"] = bool(after["on"])
    if after["audience"] not in AUDIENCES:
        raise ValidationError("audience", "festival_audience", "audience: all, tags or stages")
    after["template"] = check_template(after["template"])
    try:
        after["lead_days"] = int(after["lead_days"])
    except (TypeError, ValueError):
        after["lead_days"] = -1
    if not 0 <= after["lead_days"] <= care.MAX_LEAD_DAYS:
        raise ValidationError(
            "lead_days", "lead_days_invalid", f"lead days must be 0 to {care.MAX_LEAD_DAYS}"
        )
    bad = ValidationError("audience", "festival_audience", "unknown tags or lifecycle stages")
    try:
        after["tags"] = sorted({int(t) for t in after["tags"]})
    except (TypeError, ValueError):
        raise bad from None
    after["stages"] = sorted(set(after["stages"]))
    known = {t.id for t in Tag.select(Tag.id).where(Tag.id.in_(after["tags"]))}
    if set(after["stages"]) - set(STAGES[1:]) or ("tags" in changes and set(after["tags"]) - known):
        raise bad
    after["tags"] = [t for t in after["tags"] if t in known]  # a tag deleted since: gone
    chosen = after["tags"] if after["audience"] == "tags" else after["stages"]
    if after["audience"] != "all" and not chosen:
        raise ValidationError(
            "audience", "festival_audience_empty", "choose at least one tag or stage"
        )
    return after


def configure(code: str, **changes) -> dict:
    """Change one festival's care (any of on, audience, tags, stages, template,
    lead_days); all checked first, nothing kept if any is bad. Its reminders not yet
    made follow the new settings; those made stay. Returns the settings."""
    before, after = settings(code), validated(code, **changes)
    with database.atomic():
        stored = preferences.get(SETTINGS) or {}
        stored[code] = after
        preferences.put(SETTINGS, stored)
        # Made again (insert-or-ignore) on the next run: a wider audience gets its new
        # customers' reminders, nobody gets two.
        made = [key for key in preferences.get(MADE) or [] if not key.startswith(code + ":")]
        preferences.put(MADE, made)
        detail = audit.changes(before, after)
        if detail:
            audit.record("settings", "setting", None, detail=f"festival {code}: {detail}")
    return after


def care_key(code: str, year: int) -> str:
    return f"festival:{code}:{year}"


def parse_care_key(key: str) -> tuple[str, int] | None:
    """(festival code, year) of a festival reminder's key, None for another key."""
    kind, _sep, rest = key.partition(":")
    code, _sep, year = rest.partition(":")
    if kind != "festival" or code not in festivals.CODES or not year.isdigit():
        return None
    return code, int(year)


def audience_condition(conf: dict):
    cond = Customer.deleted_at.is_null()
    if conf["audience"] == "tags":
        tagged = CustomerTag.select(CustomerTag.customer).where(CustomerTag.tag.in_(conf["tags"]))
        cond &= Customer.id.in_(tagged)
    elif conf["audience"] == "stages":
        cond &= Customer.stage.in_(conf["stages"])
    return cond


def _note_expression(code: str, template: str):
    """The greeting as SQL: the template's text around Customer.name, so a million
    notes are written by the database without a round trip per customer."""
    festival_name = festivals.festival(code).name
    expr = Value("")
    for text, field, _spec, _conv in string.Formatter().parse(template):
        if text:
            expr = expr.concat(Value(text))
        if field == "name":
            expr = expr.concat(Customer.name)
        elif field == "festival":
            expr = expr.concat(Value(festival_name))
    return expr


def make_reminders(code: str, year: int, due: dt.date) -> int:
    """Every chosen customer's reminder for `code` in `year`, due on `due`, unless made
    already: one statement. Returns how many were made."""
    conf, key = settings(code), care_key(code, year)
    now = str(clock.now())
    due_text = str(dt.datetime.combine(due, dt.time()))
    query = Customer.select(
        Customer.id, Value("wechat"), Value(due_text), Value(False), Value(""),
        _note_expression(code, conf["template"]), Customer.owner, Value("open"), Value(""),
        Value("festival"), Value(key), Value(""), Value(now),
    ).where(audience_condition(conf))  # fmt: skip
    fields = [
        Followup.customer, Followup.kind, Followup.due_at, Followup.has_time, Followup.subject,
        Followup.note, Followup.owner, Followup.status, Followup.every, Followup.source,
        Followup.care_key, Followup.outcome, Followup.created_at,
    ]  # fmt: skip
    with database.atomic():
        made = Followup.insert_from(query, fields).on_conflict_ignore().as_rowcount().execute()
        if made:
            # The new reminder is each customer's next follow-up if none comes sooner.
            with_key = Followup.select(Followup.customer).where(Followup.care_key == key)
            due_at = dt.datetime.combine(due, dt.time())
            Customer.update(next_followup_at=due_at).where(
                Customer.id.in_(with_key)
                & (Customer.next_followup_at.is_null() | (Customer.next_followup_at > due_at))
            ).execute()
    return made or 0


def ensure_reminders(today: dt.date | None = None) -> int:
    """Make the reminders of festivals that are on and due within a week (the birthday
    reminders' horizon), for festivals not yet past. Returns how many were made."""
    today = today or clock.today()
    horizon = today + dt.timedelta(days=care.HORIZON_DAYS)
    made_keys = set(preferences.get(MADE) or [])
    made = 0
    with database.atomic():
        for code, conf in all_settings().items():
            if not conf["on"]:
                continue
            for year in (today.year, today.year + 1):
                if not festivals.FIRST_YEAR <= year <= festivals.LAST_YEAR:
                    continue
                day = festivals.date_of(code, year)
                due = max(day - dt.timedelta(days=conf["lead_days"]), today)
                mark = f"{code}:{year}"
                if day < today or due > horizon or mark in made_keys:
                    continue
                made += make_reminders(code, year, due)
                made_keys.add(mark)
        preferences.put(MADE, sorted(made_keys))
    return made


def care_days(first: dt.date, last: dt.date) -> dict[dt.date, list[dict]]:
    """The festivals from `first` to `last` for the calendar, each with whether its
    care is on: {day: [{"code", "name", "name_en", "on"}]}."""
    conf = all_settings()
    return {
        day: [{"code": f.code, "name": f.name, "name_en": f.name_en, "on": conf[f.code]["on"]}
              for f in found]
        for day, found in festivals.between(first, last).items()
    }  # fmt: skip


def configure_all(changes: dict[str, dict]) -> None:
    """Several festivals' changes ({code: {setting: value}}) in one transaction: one bad
    value keeps none of them."""
    with database.atomic():
        for code, change in changes.items():
            configure(code, **change)


def next_date(code: str, today: dt.date | None = None) -> dt.date:
    """The festival's next day, today included (this year's, else next year's)."""
    today = today or clock.today()
    day = festivals.date_of(code, today.year)
    return day if day >= today else festivals.date_of(code, today.year + 1)
