"""How numbers, money, dates and times read everywhere (the window, its exports, the
command line's Chinese sentences): texts only, no widgets (ui.formatting, which gives
them to the window's modules, adds the table helpers).

- Numbers: `number(1234)` -> "1,234" (Chinese and English both group by thousands with a
  comma).
- Money is integer fen in models/: `money(123450)` -> "¥1,234.50", a refund "-¥35.50".
- Dates: Chinese staff read "2026-12-07" and "2026-12-07 14:30"; English reads
  "7 Dec 2026" and "7 Dec 2026 14:30" (day first, the month as a word: never ambiguous,
  the same width as the Chinese form). The language is the one the program runs in
  (desktop.translations sets QLocale's default with it).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")  # fmt: skip


def chinese() -> bool:
    """True when the window runs in Chinese (QLocale's default follows the language)."""
    return QLocale().language() == QLocale.Chinese


def number(value: int | float | None, decimals: int | None = None) -> str:
    """1234 -> "1,234"; with `decimals`, 1234.5 -> "1,234.50"; None -> ""."""
    if value is None:
        return ""
    if decimals is not None:
        return f"{value:,.{decimals}f}"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,}"
    return f"{int(value):,}"


def money(cents: int | None) -> str:
    """Fen as yuan: 123450 -> "¥1,234.50", a refund -3550 -> "-¥35.50"; None -> ""."""
    if cents is None:
        return ""
    sign = "-" if cents < 0 else ""
    return f"{sign}¥{abs(cents) / 100:,.2f}"


def percent(fraction: float | None, decimals: int = 1) -> str:
    """0.1234 -> "12.3%"; None -> ""."""
    if fraction is None:
        return ""
    return f"{fraction * 100:,.{decimals}f}%"


def date_text(value: dt.date | dt.datetime | None) -> str:
    """2026-12-07 in Chinese, 7 Dec 2026 in English; None -> ""."""
    if value is None:
        return ""
    if chinese():
        return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def time_text(value: dt.datetime | dt.time, seconds: bool = False) -> str:
    """14:30 (or 14:30:05), in both languages."""
    return value.strftime("%H:%M:%S" if seconds else "%H:%M")


def datetime_text(value: dt.datetime | None, seconds: bool = False) -> str:
    """2026-12-07 14:30 in Chinese, 7 Dec 2026 14:30 in English; None -> ""."""
    if value is None:
        return ""
    return f"{date_text(value)} {time_text(value, seconds)}"


def sheet_text(value: dt.date | dt.datetime | None, with_time: bool = True) -> str:
    """A date (and time) in a spreadsheet cell written as text, in either language:
    2026-12-07 or 2026-12-07 14:30 (Excel, WPS and an import read it back)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime) and with_time:
        return value.strftime("%Y-%m-%d %H:%M")
    return value.strftime("%Y-%m-%d")


def month_day_text(value: dt.date) -> str:
    """A day of the year without its year: 12-07 in Chinese, 7 Dec in English."""
    if chinese():
        return f"{value.month:02d}-{value.day:02d}"
    return f"{value.day} {_MONTHS[value.month - 1]}"
