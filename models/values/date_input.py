"""Dates and times as staff type them, in English or Chinese: the one parser behind every
date option of the CLI (and any text box that takes a date).

    today, tomorrow, yesterday, now        今天, 明天, 后天, 昨天, 前天, 现在
    +3d, -2w, +1m, +1y, +2h                3天后, 2周后, 1个月后, 2小时后, 3天前
    monday ... sunday (the coming one)     周一 ... 周日, 星期一, 礼拜一 (the coming one)
    next monday, next_week (next Monday)   下周一 ... 下周日, 下周 (next Monday), 本周五
    2026-12-01, 2026/12/1, 2026.12.1       2026年12月1日, 12月1日 (this year)
any of them followed by a time: 09:30, 9:30, or 9点, 9点半, 下午3点20分 (date then time,
a space or T between, or none in Chinese).
"""

from __future__ import annotations

import datetime as dt
import re

from models import clock
from models.errors import ValidationError
from models.values.recurrence import add_months

FORMS = (
    "today, tomorrow, +3d, -2w, +1m, monday, next monday, 2026-12-01, "
    "2026-12-01T09:30, 明天, 下周一, 3天后, 12月1日 9:30"
)

_DAY_WORDS = {
    "today": 0, "今天": 0, "今日": 0, "now": 0, "现在": 0,
    "tomorrow": 1, "明天": 1, "明日": 1, "后天": 2,
    "yesterday": -1, "昨天": -1, "昨日": -1, "前天": -2,
}  # fmt: skip
_WEEKDAYS = {
    **{name: i for i, name in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))},
    **{name: i for i, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))},
    **{ch: i for i, ch in enumerate("一二三四五六日")},
    "天": 6, "末": 5,
}  # fmt: skip
_UNIT = {
    "d": "d", "day": "d", "days": "d", "天": "d", "日": "d",
    "w": "w", "week": "w", "weeks": "w", "周": "w", "星期": "w", "个星期": "w", "个礼拜": "w",
    "m": "m", "month": "m", "months": "m", "月": "m", "个月": "m",
    "y": "y", "year": "y", "years": "y", "年": "y",
    "h": "h", "hour": "h", "hours": "h", "小时": "h", "个小时": "h",
}  # fmt: skip
_OFFSET = re.compile(r"^([+-])\s*(\d{1,4})\s*([a-z]+)$")
_OFFSET_ZH = re.compile(
    r"^(\d{1,4})\s*(天|日|周|星期|个星期|个礼拜|个月|月|年|小时|个小时)(后|以后|之后|前|以前|之前)$"
)
_WEEKDAY_ZH = re.compile(r"^(下|本|这|上)?(?:周|星期|礼拜)([一二三四五六日天末])$")
_WEEKDAY_EN = re.compile(r"^(next|this|last)?[\s_]*([a-z]{3,9})$")
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_ZH_DATE = re.compile(r"^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]$")
_TIME = re.compile(r"(?:[\st]+|^)(\d{1,2}):(\d{2})(?::00)?$")
_TIME_ZH = re.compile(r"(上午|早上|中午|下午|晚上)?(\d{1,2})[点时](?:(半)|(\d{1,2})分?)?$")


def _refuse(text: str):
    return ValidationError(
        "date", "date_invalid", f"'{text}' is not a date; try one of: {FORMS}", text=text
    )


def parse(text: str, now: dt.datetime | None = None) -> tuple[dt.datetime, bool]:
    """(the moment, whether a time of day was given) for `text`; ValidationError
    (code date_invalid) for anything else. A date alone is at midnight."""
    original = text
    text = (text or "").strip().lower()
    now = (now or clock.now()).replace(second=0, microsecond=0)
    if not text:
        raise _refuse(original)
    if text in ("now", "现在"):
        return now, True
    day, time = _split_time(text, original)
    moment = _relative_hours(day, now)
    if moment is not None:
        if time is not None:
            raise _refuse(original)
        return moment, True
    date = _date(day, now.date(), original)
    if time is None:
        return dt.datetime.combine(date, dt.time()), False
    return dt.datetime.combine(date, time), True


def parse_date(text: str, now: dt.datetime | None = None) -> dt.date:
    """A day only (for options like --from, --to, --as-of): a time given is refused."""
    moment, timed = parse(text, now)
    if timed:
        raise _refuse(text)
    return moment.date()


def _split_time(text: str, original: str) -> tuple[str, dt.time | None]:
    """(the day part, the time of day or None); the day part is "today" for a time alone."""
    match = _TIME.search(text)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2))
    else:
        match = _TIME_ZH.search(text)
        if not match:
            return text, None
        hour = int(match.group(2))
        minute = 30 if match.group(3) else int(match.group(4) or 0)
        afternoon = match.group(1) in ("下午", "晚上") or match.group(1) == "中午" and hour < 6
        if afternoon and hour < 12:
            hour += 12
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise _refuse(original)
    return text[: match.start()].strip() or "today", dt.time(hour, minute)


def _relative_hours(text: str, now: dt.datetime) -> dt.datetime | None:
    sign, count, unit = _offset(text)
    if unit != "h":
        return None
    return now + sign * dt.timedelta(hours=count)


def _offset(text: str) -> tuple[int, int, str | None]:
    match = _OFFSET.match(text)
    if match and match.group(3) in _UNIT:
        return (1 if match.group(1) == "+" else -1), int(match.group(2)), _UNIT[match.group(3)]
    match = _OFFSET_ZH.match(text)
    if match:
        sign = -1 if match.group(3).endswith("前") else 1
        return sign, int(match.group(1)), _UNIT[match.group(2)]
    return 1, 0, None


def _date(text: str, today: dt.date, original: str) -> dt.date:
    if text in _DAY_WORDS:
        return today + dt.timedelta(days=_DAY_WORDS[text])
    if text in ("next_week", "next week", "下周", "下星期", "下礼拜"):
        return today + dt.timedelta(days=7 - today.weekday())
    sign, count, unit = _offset(text)
    if unit == "d":
        return today + dt.timedelta(days=sign * count)
    if unit == "w":
        return today + dt.timedelta(weeks=sign * count)
    if unit in ("m", "y"):
        return add_months(today, sign * count * (12 if unit == "y" else 1))
    found = _weekday(text, today)
    if found is not None:
        return found
    for pattern in (_ISO, _ZH_DATE):
        match = pattern.match(text)
        if match:
            year = int(match.group(1)) if match.group(1) else today.year
            try:
                return dt.date(year, int(match.group(2)), int(match.group(3)))
            except ValueError:
                raise _refuse(original) from None
    raise _refuse(original)


def _weekday(text: str, today: dt.date) -> dt.date | None:
    match = _WEEKDAY_ZH.match(text)
    if match:
        which = {"下": "next", "本": "this", "这": "this", "上": "last"}.get(match.group(1) or "")
        day = _WEEKDAYS[match.group(2)]
    else:
        match = _WEEKDAY_EN.match(text)
        if not match or match.group(2) not in _WEEKDAYS:
            return None
        which, day = match.group(1), _WEEKDAYS[match.group(2)]
    monday = today - dt.timedelta(days=today.weekday())
    if which == "next":
        return monday + dt.timedelta(weeks=1, days=day)
    if which == "this":
        return monday + dt.timedelta(days=day)
    if which == "last":
        return monday - dt.timedelta(weeks=1) + dt.timedelta(days=day)
    ahead = (day - today.weekday()) % 7 or 7  # the coming one, never today
    return today + dt.timedelta(days=ahead)
