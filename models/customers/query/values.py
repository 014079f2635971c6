"""What a value of the search language says: numbers and yuan, dates, periods (今天,
本周, 本月, 下月, 3月, 2026-01..2026-03) and amounts of time (90天, 2周, 3个月).

Periods are half-open: [start, end) as dates."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

RANGE = ".."

_AMOUNT = re.compile(
    r"^(\d{1,5})\s*(天|日|d|days?|周|w|weeks?|个月|月份|mo|months?|年|y|years?)$", re.I
)
_DAY = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
_MONTH = re.compile(r"^(\d{4})[-/.年](\d{1,2})月?$")
_YEAR = re.compile(r"^(\d{4})年?$")
_MONTH_OF_YEAR = re.compile(r"^(\d{1,2})月$")
_MONTH_DAY = re.compile(r"^(\d{1,2})[-/.月](\d{1,2})日?$")


def split_range(value: str) -> tuple[str, str] | None:
    """("a", "b") of "a..b" (either may be empty), else None."""
    if RANGE not in value:
        return None
    low, _, high = value.partition(RANGE)
    return low.strip(), high.strip()


def number(value: str) -> Decimal | None:
    """A number as typed: 1000, 1,000, 1.5万, 2k, ¥300, 300元; None when it is none."""
    text = value.strip().replace(",", "").replace("，", "").replace("¥", "").replace("￥", "")
    text = text.removesuffix("元").removesuffix("块").strip()
    scale = 1
    for suffix, times in (("万", 10000), ("千", 1000), ("k", 1000), ("K", 1000), ("w", 10000)):
        if text.endswith(suffix):
            text, scale = text[: -len(suffix)], times
            break
    try:
        out = Decimal(text) * scale
    except InvalidOperation:
        return None
    return out if out.is_finite() else None


def amount_days(value: str) -> int | None:
    """Days in "90天", "2周", "3个月" (30 days), "1年" (365); None otherwise."""
    m = _AMOUNT.match(value.strip())
    if not m:
        return None
    n, unit = int(m.group(1)), m.group(2).lower()
    if unit in ("天", "日", "d", "day", "days"):
        return n
    if unit in ("周", "w", "week", "weeks"):
        return n * 7
    if unit in ("年", "y", "year", "years"):
        return n * 365
    return n * 30


def _month(year: int, month: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, month, 1)
    end = dt.date(year + month // 12, month % 12 + 1, 1)
    return start, end


def _shift_month(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def named_period(word: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """今天, 昨天, 明天, 本周, 上周, 下周, 本月, 上月, 下月, 今年, 去年, 明年 (and English)."""
    day = dt.timedelta(days=1)
    monday = today - dt.timedelta(days=today.weekday())
    week = dt.timedelta(days=7)
    word = word.strip().lower()
    table = {
        ("今天", "今日", "today"): (today, today + day),
        ("昨天", "yesterday"): (today - day, today),
        ("明天", "tomorrow"): (today + day, today + 2 * day),
        ("本周", "这周", "this_week"): (monday, monday + week),
        ("上周", "last_week"): (monday - week, monday),
        ("下周", "next_week"): (monday + week, monday + 2 * week),
        ("本月", "这个月", "this_month"): _month(*_shift_month(today, 0)),
        ("上月", "上个月", "last_month"): _month(*_shift_month(today, -1)),
        ("下月", "下个月", "next_month"): _month(*_shift_month(today, 1)),
        ("今年", "this_year"): (dt.date(today.year, 1, 1), dt.date(today.year + 1, 1, 1)),
        ("去年", "last_year"): (dt.date(today.year - 1, 1, 1), dt.date(today.year, 1, 1)),
        ("明年", "next_year"): (dt.date(today.year + 1, 1, 1), dt.date(today.year + 2, 1, 1)),
    }
    for words, period in table.items():
        if word in words:
            return period
    return None


def period(value: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The dates [start, end) a value names: a day, a month, a year, 3月 (this year's),
    or a named period; None when it names none."""
    value = value.strip()
    named = named_period(value, today)
    if named is not None:
        return named
    try:
        if m := _DAY.match(value):
            start = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return start, start + dt.timedelta(days=1)
        if m := _MONTH.match(value):
            return _month(int(m.group(1)), int(m.group(2)))
        if m := _YEAR.match(value):
            year = int(m.group(1))
            return dt.date(year, 1, 1), dt.date(year + 1, 1, 1)
        if m := _MONTH_OF_YEAR.match(value):
            return _month(today.year, int(m.group(1)))
    except ValueError:  # month 13, day 32
        return None
    return None


def month_days(value: str, today: dt.date) -> list[tuple[str, str]] | None:
    """Birthdays: the inclusive 'MM-DD' ranges a value names (本周 over new year: two),
    from a period, 03-05, 3月5日, a range of them, or "<7天" handled by the caller;
    None when it names none."""
    value = value.strip()
    parts = split_range(value)
    if parts is not None:
        low = _one_month_day(parts[0] or "01-01", today, first=True)
        high = _one_month_day(parts[1] or "12-31", today, first=False)
        if low is None or high is None:
            return None
        return [(low, high)] if low <= high else [(low, "12-31"), ("01-01", high)]
    if m := _MONTH_DAY.match(value):
        md = _md(int(m.group(1)), int(m.group(2)))
        return [(md, md)] if md else None
    found = period(value, today)
    if found is None:
        return None
    return dates_to_month_days(*found)


def dates_to_month_days(start: dt.date, end: dt.date) -> list[tuple[str, str]]:
    """The 'MM-DD' ranges of the dates [start, end)."""
    if (end - start).days >= 366:
        return [("01-01", "12-31")]
    last = end - dt.timedelta(days=1)
    low, high = f"{start:%m-%d}", f"{last:%m-%d}"
    if start.year == last.year:
        return [(low, high)]
    return [(low, "12-31"), ("01-01", high)]


def _md(month: int, day: int) -> str | None:
    try:
        dt.date(2000, month, day)  # a leap year: 02-29 is a birthday
    except ValueError:
        return None
    return f"{month:02d}-{day:02d}"


def _one_month_day(value: str, today: dt.date, first: bool) -> str | None:
    if m := _MONTH_DAY.match(value):
        return _md(int(m.group(1)), int(m.group(2)))
    found = period(value, today)
    if found is None:
        return None
    return f"{found[0]:%m-%d}" if first else f"{found[1] - dt.timedelta(days=1):%m-%d}"
