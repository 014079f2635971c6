"""Complaint metrics: how many, of what kind, how fast and how well they were handled.

Computed over the complaints received in a period, in Python over one pass of the
rows (durations the same on every database), and written to Excel by `export`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from peewee import fn

from models import clock
from models.complaints.complaints import Complaint
from models.complaints.vocabulary import OPEN_STATUSES
from models.errors import ValidationError
from models.sheets.excel_export import HEADER_FORMAT, MONEY_FORMAT, Money, display_width, neutralise
from models.storage.base import raw_time

CLOSED = ("resolved", "return_visited")


@dataclass
class Metrics:
    total: int = 0
    by_category: dict = field(default_factory=dict)
    by_status: dict = field(default_factory=dict)
    by_severity: dict = field(default_factory=dict)
    by_month: dict = field(default_factory=dict)  # "2026-11": count, in order
    response_hours_by_month: dict = field(default_factory=dict)  # "2026-11": average
    open: int = 0
    overdue: int = 0  # open and past a deadline now
    avg_response_hours: float | None = None  # received -> first response
    response_within_sla: float | None = None  # share 0-1 of those due a response by now
    resolution_rate: float | None = None  # share 0-1 resolved or return-visited
    avg_resolve_hours: float | None = None  # received -> resolved
    avg_satisfaction: float | None = None  # 1-5, return visits
    satisfied_rate: float | None = None  # share 0-1 of return visits scoring 4 or 5

    def to_json(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _hours(start: dt.datetime, end: dt.datetime) -> float:
    return (end - start).total_seconds() / 3600


def compute(
    received_from: dt.date | None = None,
    received_to: dt.date | None = None,
    now: dt.datetime | None = None,
) -> Metrics:
    """Metrics of complaints received from `received_from` to `received_to` (inclusive
    dates; None: no bound). Complaints of customers in the recycle bin count too: they
    were handled, so no join."""
    now = now or clock.now()
    condition = Complaint.id.is_null(False)
    if received_from is not None:
        condition &= Complaint.received_at >= dt.datetime.combine(received_from, dt.time())
    if received_to is not None:
        end = dt.datetime.combine(received_to + dt.timedelta(days=1), dt.time())
        condition &= Complaint.received_at < end
    # The times come back raw and are parsed here: peewee's own conversion of five
    # datetimes per row is most of the time over 100k complaints.
    times = [Complaint.received_at, Complaint.response_due, Complaint.resolve_due,
             Complaint.responded_at, Complaint.resolved_at]  # fmt: skip
    query = (
        Complaint.select(
            Complaint.category, Complaint.status, Complaint.severity, Complaint.satisfaction,
            *[fn.COALESCE(t, None).coerce(False) for t in times],
        )
        .where(condition)
        .tuples()
    )  # fmt: skip
    m = Metrics()
    categories, statuses, severities, months = Counter(), Counter(), Counter(), Counter()
    response, resolve, scores = [], [], []
    monthly_response: dict[str, list[float]] = {}
    due_response = on_time = closed = 0
    for category, status, severity, satisfaction, *stamps in query.iterator():
        received, response_due, resolve_due, responded, resolved = map(raw_time, stamps)
        m.total += 1
        categories[category] += 1
        statuses[status] += 1
        severities[severity] += 1
        month = received.strftime("%Y-%m")
        months[month] += 1
        if responded is not None:
            response.append(_hours(received, responded))
            monthly_response.setdefault(month, []).append(response[-1])
            due_response += 1
            on_time += responded <= response_due
        elif response_due < now:  # still waiting, and late: a miss
            due_response += 1
        if status in OPEN_STATUSES:
            m.open += 1
            m.overdue += resolve_due < now or (status == "new" and response_due < now)
        elif status in CLOSED:
            closed += 1
            resolve.append(_hours(received, resolved))
        if status == "return_visited" and satisfaction is not None:
            scores.append(satisfaction)
    m.by_category = dict(categories.most_common())
    m.by_status = dict(statuses)
    m.by_severity = dict(severities)
    m.by_month = dict(sorted(months.items()))
    m.avg_response_hours = _mean(response)
    m.response_hours_by_month = {k: _mean(v) for k, v in sorted(monthly_response.items())}
    m.response_within_sla = _share(on_time, due_response)
    m.resolution_rate = _share(closed, m.total)
    m.avg_resolve_hours = _mean(resolve)
    m.avg_satisfaction = _mean(scores)
    m.satisfied_rate = _share(sum(s >= 4 for s in scores), len(scores))
    return m


def export(path: str | Path, sheets: list[tuple[str, list[str], list[list]]]) -> None:
    """Write the metrics as the window shows them: `sheets` are (name, headings, rows),
    already translated; an excel_export.Money cell is written in yuan. One .xlsx,
    written to a temporary name and then moved."""
    import xlsxwriter

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError("path", "export_suffix", f"{path.name}: use .xlsx")
    tmp = path.with_name(path.name + ".part")
    try:
        book = xlsxwriter.Workbook(str(tmp), {"strings_to_numbers": False})
        header = book.add_format(HEADER_FORMAT)
        money = book.add_format({"num_format": MONEY_FORMAT})
        for name, headings, rows in sheets:
            sheet = book.add_worksheet(name[:31])
            for col, title in enumerate(headings):
                cells = [title] + [r[col] for r in rows]
                width = max(display_width(str(c)) for c in cells) + 2
                sheet.set_column(col, col, min(max(width, 10), 60))
                sheet.write_string(0, col, neutralise(title), header)
            for r, values in enumerate(rows, start=1):
                for col, value in enumerate(values):
                    if isinstance(value, str):
                        sheet.write_string(r, col, neutralise(value))
                    elif value is None:
                        sheet.write_blank(r, col, None)
                    elif isinstance(value, Money):  # fen, shown as yuan: ¥640.16
                        sheet.write_number(r, col, value.yuan, money)
                    else:
                        sheet.write_number(r, col, value)
            sheet.freeze_panes(1, 0)
        book.close()
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
