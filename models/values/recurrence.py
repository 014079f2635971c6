"""Repeating follow-ups: "every N days, weeks, months or years", anchored to the series'
first date so that month ends and 29 February come back right (31 Jan -> 28 Feb ->
31 Mar, not 28 Mar)."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from models.errors import ValidationError

UNITS = ("d", "w", "m", "y")
_PATTERN = re.compile(r"^\s*(\d{1,3})\s*([dwmy])\s*$", re.IGNORECASE)
MAX_COUNT = 366


def parse(text: str) -> str:
    """'' (no repeat) or the canonical form 'N<unit>' of '2w', ' 3 D', ...; ValidationError."""
    text = (text or "").strip()
    if not text:
        return ""
    match = _PATTERN.match(text)
    if not match or not 1 <= int(match.group(1)) <= MAX_COUNT:
        raise ValidationError(
            "every", "every_invalid", f"'{text}' is not a repeat like 3d, 2w, 1m or 1y"
        )
    return f"{int(match.group(1))}{match.group(2).lower()}"


def split(every: str) -> tuple[int, str]:
    return int(every[:-1]), every[-1]


def add_months(day: dt.date, months: int, anchor_day: int | None = None) -> dt.date:
    """`day` moved by `months`, on `anchor_day` (default its own day) or the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(anchor_day or day.day, last))


def occurrence(anchor: dt.date, every: str, k: int) -> dt.date:
    """The k-th date of the series starting at `anchor` (k = 0 is the anchor itself)."""
    n, unit = split(every)
    if unit == "d":
        return anchor + dt.timedelta(days=n * k)
    if unit == "w":
        return anchor + dt.timedelta(weeks=n * k)
    if unit == "m":
        return add_months(anchor, n * k)
    return add_months(anchor, 12 * n * k)  # yearly: 29 Feb falls on 28 Feb in other years


def next_after(anchor: dt.date, every: str, current: dt.date, not_before: dt.date) -> dt.date:
    """The first date of the series after `current` and after `not_before` - 1 day: the
    follow-up after `current`, skipping dates already past when it was done late."""
    n, unit = split(every)
    days = {"d": n, "w": 7 * n, "m": 31 * n, "y": 366 * n}[unit]  # longest: k stays low
    # Start near the answer (never past it), then step: cheap for old anchors too.
    k = max(0, ((max(current, not_before - dt.timedelta(days=1)) - anchor).days // days) - 1)
    while True:
        day = occurrence(anchor, every, k)
        if day > current and day >= not_before:
            return day
        k += 1
