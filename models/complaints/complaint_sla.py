"""Complaint service levels (SLA): when the first response and the resolution are due,
counted on the clock or only in business hours, and how close a deadline is.

Pure computations; the settings are kept in preferences under "complaint_sla", the
holiday calendar (法定节假日, 调休 working days) in its table (holidays.py), handed in
with the settings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from models.errors import ValidationError

SEVERITIES = ("normal", "serious", "urgent")
MAX_HOURS = 24 * 366
# A deadline is "near" when less than this share of its window is left.
NEAR_SHARE = 0.25


@dataclass(frozen=True)
class Sla:
    response_hours: float = 2.0
    # Resolution deadline per severity, counted from when the complaint came in.
    resolve_hours: dict = field(
        default_factory=lambda: {"normal": 72.0, "serious": 24.0, "urgent": 8.0}
    )
    # Business hours: None counts every hour; else ("09:00", "21:00") on `days`
    # (0 Monday .. 6 Sunday). Nights and closed days do not use up the SLA.
    hours: tuple[str, str] | None = None
    days: tuple[int, ...] = (0, 1, 2, 3, 4, 5, 6)
    visit_days: int = 3  # the return visit is planned this many days after resolving
    # A break inside business hours (午休, "12:00"-"13:30") that does not count.
    lunch: tuple[str, str] | None = None
    # The calendar, with business hours only: holidays closed whatever their weekday,
    # workdays (调休) open whatever their weekday. Not settings: the table's rows.
    holidays: frozenset[dt.date] = frozenset()
    workdays: frozenset[dt.date] = frozenset()

    def to_json(self) -> dict:
        return {
            "response_hours": self.response_hours,
            "resolve_hours": dict(self.resolve_hours),
            "hours": list(self.hours) if self.hours else None,
            "lunch": list(self.lunch) if self.lunch else None,
            "days": list(self.days),
            "visit_days": self.visit_days,
        }

    def is_working_day(self, day: dt.date) -> bool:
        if day in self.workdays:
            return True
        return day.weekday() in self.days and day not in self.holidays

    def windows(self, day: dt.date) -> list[tuple[dt.datetime, dt.datetime]]:
        """The stretches of `day` the SLA clock runs in (none on a closed day)."""
        if not self.hours or not self.is_working_day(day):
            return []
        open_at, close_at = (dt.time.fromisoformat(t) for t in self.hours)
        cuts = [open_at, close_at]
        if self.lunch:
            cuts[1:1] = [dt.time.fromisoformat(t) for t in self.lunch]
        return [
            (dt.datetime.combine(day, cuts[i]), dt.datetime.combine(day, cuts[i + 1]))
            for i in range(0, len(cuts), 2)
        ]


def _hours(value, name: str) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = -1.0
    if not 0 < number <= MAX_HOURS or number != number:
        raise ValidationError(
            name, "sla_hours", f"{name} must be a number of hours above 0 and at most {MAX_HOURS}"
        )
    return round(number, 2)


def _clock_time(text, name: str) -> dt.time:
    try:
        return dt.time.fromisoformat(str(text))
    except ValueError:
        raise ValidationError(
            name, "sla_time", f"{name}: '{text}' is not a time like 09:00"
        ) from None


def from_json(data: dict | None) -> Sla:
    """Settings from their stored form, checked; ValidationError names the bad one."""
    data = data or {}
    default = Sla()
    resolve = dict(default.resolve_hours)
    for severity, value in (data.get("resolve_hours") or {}).items():
        if severity not in SEVERITIES:
            raise ValidationError("resolve_hours", "severity_invalid", f"no severity {severity}")
        resolve[severity] = _hours(value, f"resolve_hours.{severity}")
    hours = data.get("hours")
    if hours:
        start, end = (_clock_time(hours[0], "hours.start"), _clock_time(hours[1], "hours.end"))
        if end <= start:
            raise ValidationError(
                "hours", "sla_window", "business hours must close after they open"
            )
        hours = (start.strftime("%H:%M"), end.strftime("%H:%M"))
    lunch = data.get("lunch")
    if lunch and hours:
        begin, finish = (_clock_time(lunch[0], "lunch.start"), _clock_time(lunch[1], "lunch.end"))
        if not hours[0] < begin.strftime("%H:%M") < finish.strftime("%H:%M") < hours[1]:
            raise ValidationError(
                "lunch", "sla_lunch", "the lunch break must lie inside business hours"
            )
        lunch = (begin.strftime("%H:%M"), finish.strftime("%H:%M"))
    days = tuple(sorted({int(d) for d in data.get("days", default.days)}))
    if not days or any(d < 0 or d > 6 for d in days):
        raise ValidationError("days", "sla_days", "pick at least one working day (0-6)")
    try:
        visit_days = int(data.get("visit_days", default.visit_days))
    except (TypeError, ValueError):
        visit_days = -1
    if not 0 <= visit_days <= 365:
        raise ValidationError("visit_days", "visit_days", "return visit: 0 to 365 days")
    return Sla(
        response_hours=_hours(data.get("response_hours", default.response_hours), "response_hours"),
        resolve_hours=resolve,
        hours=hours or None,
        lunch=(lunch or None) if hours else None,
        days=days,
        visit_days=visit_days,
    )


def add_hours(start: dt.datetime, hours: float, sla: Sla) -> dt.datetime:
    """`start` plus `hours` of SLA time: wall-clock hours, or only business hours (the
    lunch break, closed weekdays and holidays left out, 调休 working days counted)."""
    minutes = round(hours * 60)
    if not sla.hours:
        return start + dt.timedelta(minutes=minutes)
    day = start.date()
    left = dt.timedelta(minutes=minutes)
    # Days are at least one a week open, holidays finite: the end is near, but a
    # calendar closed for years (a mistaken import) must not loop for ever.
    for _ in range(MAX_HOURS * 2):
        for window_start, window_end in sla.windows(day):
            begin = max(start, window_start)
            if begin < window_end:
                if begin + left <= window_end:
                    return begin + left
                left -= window_end - begin
        day += dt.timedelta(days=1)
    raise ValidationError("days", "sla_days", "the calendar has no working day for two years")


def response_due(received_at: dt.datetime, sla: Sla) -> dt.datetime:
    return add_hours(received_at, sla.response_hours, sla)


def resolve_due(start: dt.datetime, severity: str, sla: Sla) -> dt.datetime:
    return add_hours(start, sla.resolve_hours[severity], sla)


def state(start: dt.datetime, due: dt.datetime, now: dt.datetime) -> str:
    """ "overdue" past the deadline, "near" in its last quarter, else "on_time"."""
    if now > due:
        return "overdue"
    window = (due - start).total_seconds()
    if (due - now).total_seconds() <= window * NEAR_SHARE:
        return "near"
    return "on_time"
