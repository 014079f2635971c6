"""Entering the holiday calendar (holidays.py): a date as a holiday (休) or a working
day (班), taking one off, and a year's days imported from a small sheet (date, kind,
name). Each write moves the open complaints' deadlines to the new calendar in its
transaction (deadlines set by hand stay) and records its audit entry."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from models.complaints import complaints
from models.complaints.holidays import MAX_NAME, CalendarDay, parse_kind
from models.complaints.vocabulary import sla
from models.errors import NotFoundError, ValidationError
from models.sheets import sheet_reader
from models.storage import audit
from models.storage.db import database

MAX_ROWS = 1000  # a few dozen days a year: a longer file is not a holiday list
# The header words a first row may carry (it is skipped when it is not a date).
_DATE_TEXT = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")


def _day(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    match = _DATE_TEXT.match(str(value or ""))
    if match:
        try:
            return dt.date(*(int(g) for g in match.groups()))
        except ValueError:
            pass
    raise ValidationError(
        "day", "holiday_date", f"'{value}' is not a date like 2027-10-01", text=str(value or "")
    )


def _name(value) -> str:
    name = " ".join(str(value or "").split())
    if len(name) > MAX_NAME:
        raise ValidationError(
            "name", "too_long", f"name is longer than {MAX_NAME} characters", limit=MAX_NAME
        )
    return name


def _follow() -> int:
    """Inside the write's transaction: the open deadlines follow the new calendar."""
    return complaints.follow_sla(sla())


def set_day(day, kind: str, name: str = "") -> int:
    """Enter `day` as a "holiday" or a "workday" (or their words 休/班), replacing what
    the day was; returns how many open complaints' deadlines moved."""
    day, kind, name = _day(day), parse_kind(kind), _name(name)
    before = CalendarDay.get_or_none(CalendarDay.day == day)
    with database.atomic():
        CalendarDay.insert(day=day, kind=kind, name=name).on_conflict(
            conflict_target=[CalendarDay.day], update={"kind": kind, "name": name}
        ).execute()
        moved = _follow()
        old = f"{before.kind} {before.name}".strip() if before else ""
        audit.record("settings", "setting", detail=audit.changes(
            {day.isoformat(): old}, {day.isoformat(): f"{kind} {name}".strip()}
        ))  # fmt: skip
    return moved


def remove_day(day) -> int:
    """Take `day` off the calendar (an ordinary day again); returns deadlines moved."""
    day = _day(day)
    before = CalendarDay.get_or_none(CalendarDay.day == day)
    if before is None:
        raise NotFoundError(f"{day} is not in the calendar", code="holiday_not_found")
    with database.atomic():
        CalendarDay.delete().where(CalendarDay.id == before.id).execute()
        moved = _follow()
        audit.record("settings", "setting", detail=audit.changes(
            {day.isoformat(): f"{before.kind} {before.name}".strip()}, {day.isoformat(): ""}
        ))  # fmt: skip
    return moved


@dataclass
class Imported:
    years: list[int]
    holidays: int
    workdays: int
    moved: int  # open complaints whose deadlines moved


@dataclass
class RowProblem:
    line: int  # the file's line (1 = the first row)
    code: str
    text: str


def read_file(path: str | Path) -> list[tuple[dt.date, str, str]]:
    """The (day, kind, name) rows of a holiday sheet (.xlsx, .csv, ...): columns date,
    kind (休/班, holiday/workday), name; a header row is skipped. Every bad row is
    refused with its line: ValidationError "holiday_rows" with `problems`."""
    rows = sheet_reader.open_workbook(path).read()
    found, problems, seen = [], [], {}
    for line, cells in enumerate(rows, start=1):
        cells = list(cells) + ["", "", ""]
        if not any(str(c).strip() for c in cells[:3]):
            continue
        try:
            day = _day(cells[0])
        except ValidationError as exc:
            if line == 1 and not found:  # a header: 日期, 类型, 名称
                continue
            problems.append(RowProblem(line, exc.code, str(cells[0])))
            continue
        try:
            kind, name = parse_kind(cells[1]), _name(cells[2])
        except ValidationError as exc:
            problems.append(RowProblem(line, exc.code, str(cells[1])))
            continue
        if day in seen:
            problems.append(RowProblem(line, "holiday_twice", f"{day} (line {seen[day]})"))
            continue
        seen[day] = line
        found.append((day, kind, name))
    if len(found) > MAX_ROWS:
        raise ValidationError("file", "holiday_too_many", f"more than {MAX_ROWS} days")
    if problems:
        first = problems[0]
        raise ValidationError(
            "file", "holiday_rows",
            "; ".join(f"line {p.line}: {p.code} '{p.text}'" for p in problems[:10]),
            problems=problems, line=first.line,
        )  # fmt: skip
    if not found:
        raise ValidationError("file", "holiday_empty", "the file lists no dates")
    return found


def import_file(path: str | Path) -> Imported:
    """Import a holiday sheet (read_file): the years it covers are replaced by its days,
    all or nothing."""
    days = read_file(path)
    years = sorted({d.year for d, _k, _n in days})
    with database.atomic():
        for year in years:
            CalendarDay.delete().where(
                CalendarDay.day.between(dt.date(year, 1, 1), dt.date(year, 12, 31))
            ).execute()
        CalendarDay.insert_many([{"day": d, "kind": k, "name": n} for d, k, n in days]).execute()
        moved = _follow()
        holidays = sum(1 for _d, k, _n in days if k == "holiday")
        audit.record("settings", "setting", count=len(days), detail=(
            f"calendar: {Path(path).name} → {', '.join(map(str, years))}"
            f" ({holidays} holiday, {len(days) - holidays} workday)"
        ))  # fmt: skip
    return Imported(years, holidays, len(days) - holidays, moved)
