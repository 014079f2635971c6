"""Turning the cells people type into Excel into clean values, one rule per kind of value.

Each function takes a raw cell (str, int, float, bool, date, datetime, ...) and returns the
clean value, or raises ValidationError with a code. Nothing here touches the database.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from models.customers.choice_words import CHOICE_WORDS, word_index
from models.errors import ValidationError
from models.tags.tags import SEPARATORS

# Excel's day 0: 1899-12-30 for the 1900 system (its phantom 1900-02-29 is serial 60),
# 1904-01-01 for the 1904 system (old Mac workbooks).
_EPOCH_1900 = dt.date(1899, 12, 30)
_EPOCH_1904 = dt.date(1904, 1, 1)
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_DATE_YMD = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_DATE_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_DATE_MD = re.compile(r"^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_TIME_TAIL = re.compile(r"[T\s]+\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")
_SCIENTIFIC = re.compile(r"^[+-]?\d+(\.\d+)?[eE][+-]?\d+$")
_CURRENCY = str.maketrans("", "", "¥$€£元,， \u00a0'")
_TAG_SPLIT = re.compile("[" + re.escape(SEPARATORS) + r"\s]+")


def text(value) -> str:
    """A cell as trimmed text (full-width spaces too), invisible characters removed,
    whole-number floats without '.0', dates in ISO form. Chinese punctuation is kept:
    free text such as notes is the user's own writing."""
    if type(value) is str:  # the common case first: over a million cells a file
        return value.strip() if value.isascii() else value.translate(_INVISIBLE).strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return ""
        return str(int(value)) if value.is_integer() and abs(value) < 1e16 else repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (dt.time, dt.timedelta)):
        return str(value)
    return str(value).translate(_INVISIBLE).strip()


def code_text(value) -> str:
    """Text of a code-like cell (numbers, mobiles, dates, amounts): NFKC as well, so
    full-width digits and letters become plain ones."""
    return unicodedata.normalize("NFKC", text(value)).strip()


def identifier(value) -> str:
    """A customer number or similar code: kept exactly as text ("001" stays "001").

    A number cell gives its integer digits. Excel itself keeps only 15 significant
    digits of a number, so a longer number cell has already lost digits: refused, so
    the user stores such IDs as text instead of importing a wrong one."""
    if isinstance(value, float) and value.is_integer() and abs(value) >= 1e15:
        raise ValidationError(
            "number", "id_rounded", f"{value:.0f} has more digits than Excel keeps in a number"
        )
    result = code_text(value)
    if _SCIENTIFIC.match(result):
        raise ValidationError("number", "id_rounded", f"{result} was shortened by Excel")
    return result


def phone_text(value) -> str:
    """A phone cell as the text to validate: number cells and 1.38123E+10 forms become
    digits (Excel shows long numbers in scientific form; when the mantissa has fewer
    digits than the number, digits were lost, and the value is refused)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, float) and not value.is_integer():
            raise ValidationError("mobile", "phone_invalid", f"{value} is not a phone number")
        return str(int(value))
    raw = code_text(value)
    if _SCIENTIFIC.match(raw):
        mantissa, _, exponent = raw.lower().partition("e")
        digits = mantissa.lstrip("+-").replace(".", "").lstrip("0")
        number = int(Decimal(raw))
        if len(digits) < len(str(number)):
            raise ValidationError(
                "mobile", "phone_rounded", f"{raw} lost digits in Excel", value=raw
            )
        return str(number)
    return raw


def date_value(value, date1904: bool = False, allow_no_year: bool = False) -> str:
    """A date cell as 'YYYY-MM-DD' ('--MM-DD' for a month and day, when allowed).

    Accepts date cells, Excel serial numbers (1900 or 1904 system), and text:
    2024-01-05, 2024/1/5, 2024.1.5, 2024年1月5日, 20240105, with an optional time after
    it; 1月5日 or 01-05 when `allow_no_year`."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _serial(float(value), date1904).isoformat()
    raw = code_text(value)
    if not raw:
        return ""
    bad = ValidationError("date", "date_invalid", f"'{raw}' is not a date", value=raw)
    stripped = _TIME_TAIL.sub("", raw)
    for pattern in (_DATE_YMD, _DATE_COMPACT):
        m = pattern.match(stripped)
        if m:
            try:
                return dt.date(*(int(g) for g in m.groups())).isoformat()
            except ValueError:
                raise bad from None
    m = _DATE_MD.match(stripped)
    if m and allow_no_year:
        month, day = int(m.group(1)), int(m.group(2))
        try:
            dt.date(2000, month, day)  # a leap year: 02-29 is a real birthday
        except ValueError:
            raise bad from None
        return f"--{month:02d}-{day:02d}"
    if re.fullmatch(r"\d{4,6}(\.\d+)?", stripped):  # a serial number typed as text
        return _serial(float(stripped), date1904).isoformat()
    raise bad


def _serial(serial: float, date1904: bool) -> dt.date:
    day = int(serial)
    if not 1 <= day <= 2958465:  # 9999-12-31
        raise ValidationError("date", "date_invalid", f"{serial} is not a date serial")
    if date1904:
        return _EPOCH_1904 + dt.timedelta(days=day)
    if day < 60:  # before Excel's phantom 1900-02-29
        return _EPOCH_1900 + dt.timedelta(days=day + 1)
    return _EPOCH_1900 + dt.timedelta(days=day)


def number(value) -> float | None:
    """A number cell or text such as '¥1,234.50', '１２３４', '(12.5)' (negative), '3.5元'.
    None for an empty cell."""
    if isinstance(value, bool):
        raise ValidationError("number", "number_invalid", f"{value} is not a number")
    if isinstance(value, (int, float)):
        return float(value)
    raw = code_text(value)
    if not raw:
        return None
    cleaned = raw.translate(_CURRENCY)
    negative = cleaned.startswith("(") and cleaned.endswith(")")
    if negative:
        cleaned = cleaned[1:-1]
    try:
        result = float(Decimal(cleaned))
    except (InvalidOperation, ValueError):
        raise ValidationError(
            "number", "number_invalid", f"'{raw}' is not a number", value=raw
        ) from None
    return -result if negative else result


def tags(value) -> list[str]:
    """Tag names in a cell, split on , ， 、 ; ； | and spaces; empty parts dropped."""
    return [part for part in _TAG_SPLIT.split(text(value)) if part]


# The words people write for the coded choices (models/customers/choice_words.py).
_CHOICE_INDEX = {field: word_index(table) for field, table in CHOICE_WORDS.items()}


def choice(value, field: str) -> str:
    """The code of a gender, source or stage written as a word ('女', 'Female', 'female')."""
    raw = code_text(value)
    if not raw:
        return ""
    code = _CHOICE_INDEX[field].get(raw.casefold())
    if code is None:
        raise ValidationError(field, f"{field}_invalid", f"unknown {field} {raw!r}", value=raw)
    return code


# ---------------------------------------------------------------- a column at a time

_NEUTRALISED = ("'=", "'+", "'-", "'@", "'\t", "'\r")  # our exports' formula guard
_MISSING = object()


def unguard(value):
    """Undo the quote our exports put before = + - @ (formula guard)."""
    if type(value) is str and value.startswith(_NEUTRALISED):
        return value[1:]
    return value


def clean_column(raw: list, rule) -> tuple[list, dict[int, ValidationError]]:
    """A column's clean values (None where empty or cleaned to nothing) and {row index:
    ValidationError}. Each distinct value is cleaned once (dates, prices, choices,
    customer numbers repeat: a file has over a million cells), after unguard(). Values
    Python holds equal that read differently (TRUE and 1) are cleaned apart, and so are
    the tuples of a target fed by several columns."""
    types = set(map(type, raw))
    if tuple in types or (bool in types and (int in types or float in types)):
        return _clean_typed(raw, rule)
    clean, bad = {None: None, "": None}, {}
    for value in set(raw) - {None, ""}:
        try:
            result = rule(unguard(value))
        except ValidationError as exc:
            clean[value], bad[value] = None, exc
            continue
        clean[value] = None if result == "" else result
    errors = {i: bad[v] for i, v in enumerate(raw) if v in bad} if bad else {}
    return [clean[v] for v in raw], errors


def _clean_typed(raw: list, rule) -> tuple[list, dict[int, ValidationError]]:
    memo: dict = {}
    values, errors = [], {}
    for i, value in enumerate(raw):
        if value is None or value == "":
            values.append(None)
            continue
        several = type(value) is tuple
        key = (tuple(map(type, value)) if several else type(value), value)
        found = memo.get(key, _MISSING)
        if found is _MISSING:
            try:
                found = rule(tuple(map(unguard, value)) if several else unguard(value))
                found = None if found == "" else found
            except ValidationError as exc:
                found = exc
            memo[key] = found
        if isinstance(found, ValidationError):
            errors[i] = found
            values.append(None)
        else:
            values.append(found)
    return values, errors
