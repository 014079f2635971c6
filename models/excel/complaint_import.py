"""The complaints kind of import, on the engine (import_engine.py): complaints from an
old system or a sheet, each for a customer found by number, mobile or email
(record_import.py), with when it came in, its channel, category, severity, description
and owner, and how far it got: its status (the workflow's, in Chinese or English) and
the times it was responded to, resolved and visited again, with the cause, solution
and satisfaction.

The times must follow each other (received <= responded <= resolved <= visited, none in
the future) and fit the status (a resolved complaint has its resolution time, a new one
none), else the row is an error. The status, when not given, follows from the latest
time given. The history gets an event per step at its time.

Imported complaints keep their dates: the deadlines are counted from when each came in,
with the SLA in force (complaint_sla.py), so an old open complaint shows as overdue in
the list; but its escalations count as announced already, so an old sheet does not
announce a storm of late complaints at once. Closed ones are closed: no SLA applies.
No return visit is planned for an imported resolved complaint (that is old history).

The same customer, time received and description already recorded (or earlier in the
file) is a duplicate, skipped.
"""

from __future__ import annotations

from dataclasses import dataclass

from models import clock
from models.complaints import complaint_sla
from models.complaints.complaints import Complaint, ComplaintEvent
from models.complaints.vocabulary import (
    MAX_SHORT,
    MAX_TEXT,
    RESOLVE_LATE,
    RESPONSE_LATE,
    URGENT,
    parse_category,
    sla,
)
from models.complaints.vocabulary import (
    WORDS as COMPLAINT_WORDS,
)
from models.errors import ValidationError
from models.excel import import_types, record_import
from models.excel.import_engine import tick
from models.excel.import_records import ImportRun, UndoReport
from models.excel.import_types import NEW, ImportKind, Plan, Written
from models.excel.record_import import CUSTOMER_WORDS, fail, short_text, stamp
from models.storage.bulk import insert_rows
from models.team import staff

TIMES = ("received_at", "responded_at", "resolved_at", "visited_at")  # in their order
TARGETS = ("customer_number", "mobile", "email", "received_at", "channel", "category",
           "severity", "details", "owner", "status", *TIMES[1:], "root_cause", "solution",
           "satisfaction")  # fmt: skip
WORDS: dict[str, tuple[str, ...]] = {
    **CUSTOMER_WORDS,
    "received_at": ("投诉时间", "投诉日期", "反馈时间", "受理时间", "登记时间", "时间", "日期",
                    "received", "received at", "complaint date", "date", "opened", "opened at",
                    "created", "created at"),
    "channel": ("渠道", "投诉渠道", "来源", "方式", "channel", "source"),
    "category": ("类别", "类型", "分类", "投诉类别", "投诉类型", "category", "type"),
    "severity": ("严重程度", "等级", "级别", "紧急程度", "severity", "priority", "level"),
    "details": ("投诉内容", "内容", "描述", "问题描述", "问题", "description", "complaint",
                    "details", "issue"),
    "owner": ("负责人", "处理人", "跟进人", "owner", "handler", "assigned to", "staff"),
    "status": ("状态", "处理状态", "投诉状态", "status", "state"),
    "responded_at": ("响应时间", "首次响应", "回复时间", "responded", "responded at",
                     "response time", "first response"),
    "resolved_at": ("解决时间", "处理完成时间", "结案时间", "关闭时间", "resolved",
                    "resolved at", "closed at", "resolution date"),
    "visited_at": ("回访时间", "回访日期", "visited", "visited at", "return visit",
                   "follow up date"),
    "root_cause": ("原因", "问题原因", "根本原因", "root cause", "cause"),
    "solution": ("处理结果", "解决方案", "处理方案", "处理措施", "solution", "resolution",
                 "result", "outcome"),
    "satisfaction": ("满意度", "评分", "客户满意度", "satisfaction", "rating", "score"),
}  # fmt: skip
STRICT = frozenset({"customer_number", "mobile", "email", *TIMES, "status", "category"})
# A channel, severity or satisfaction not known is kept in the description; a too long
# text is cut.
CUT = ("details", "owner", "root_cause", "solution")
# The time each status needs, and the times it may not have.
_NEEDS = {"resolved": ("resolved_at",), "return_visited": ("resolved_at", "visited_at")}
_FORBIDS = {
    "new": ("responded_at", "resolved_at", "visited_at"),
    "responded": ("resolved_at", "visited_at"),
    "in_progress": ("resolved_at", "visited_at"),
    "resolved": ("visited_at",),
}


@dataclass
class Options(import_types.Options):
    @property
    def kind(self) -> ImportKind:
        return KIND


def _satisfaction(value) -> int:
    text = str(value).strip()
    score = {"1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "1.0": 1, "2.0": 2, "3.0": 3, "4.0": 4,
             "5.0": 5}.get(text)  # fmt: skip
    if score is None:
        raise ValidationError("satisfaction", "satisfaction", "satisfaction is 1 to 5")
    return score


def rules(targets: list[str], date1904: bool) -> dict:
    words = COMPLAINT_WORDS
    return {
        **record_import.customer_rules(),
        **{t: record_import.when(date1904, t) for t in TIMES},
        "channel": record_import.word_rule(words["channel"], "channel", "channel_invalid"),
        "category": lambda v: parse_category(str(v)),
        "severity": record_import.word_rule(words["severity"], "severity", "severity_invalid"),
        "details": short_text(MAX_TEXT, "details"),
        "owner": short_text(MAX_SHORT, "owner"),
        "status": record_import.word_rule(words["status"], "status", "status_invalid"),
        "root_cause": short_text(MAX_TEXT, "root_cause"),
        "solution": short_text(MAX_TEXT, "solution"),
        "satisfaction": _satisfaction,
    }


# ---------------------------------------------------------------- planning


def _classify(plan: Plan) -> None:
    customers = record_import.match_customers(plan)
    for field in TIMES:
        record_import.not_future(plan, field, "time_future_any", "a time in the future")
    empty = [None] * len(plan.rows)
    col = {t: plan.columns.get(t, empty) for t in TARGETS}
    keys: list[tuple | None] = []
    for i, row in enumerate(plan.rows):
        keys.append(None)
        if row.problems:
            continue
        times = {t: col[t][i] for t in TIMES}
        if times["received_at"] is None:
            fail(row, "required", "the time received is missing", "received_at")
            continue
        given = [(t, at) for t, at in times.items() if at is not None]
        for (before, earlier), (after, later) in zip(given, given[1:], strict=False):
            if later < earlier:
                fail(row, "dates_order", f"{after} is before {before}", after, before=before)
                break
        if row.problems:
            continue
        status = col["status"][i] or _status_of(times)
        missing = [t for t in _NEEDS.get(status, ()) if times[t] is None]
        extra = [t for t in _FORBIDS.get(status, ()) if times[t] is not None]
        if missing:
            fail(row, "required", f"a {status} complaint needs {missing[0]}", missing[0])
            continue
        if extra:
            fail(row, "dates_status", f"a {status} complaint has no {extra[0]}", extra[0],
                 status=status)  # fmt: skip
            continue
        description = record_import.kept_note(col["details"][i] or "", row, MAX_TEXT)
        if not description:
            fail(row, "required", "the description is missing", "details")
            continue
        row.values.update(customer=customers[i], status=status, description=description)
        keys[i] = (customers[i], times["received_at"], description)
    record_import.sort_duplicates(plan, keys, _recorded(customers, keys))


def _status_of(times: dict) -> str:
    if times["visited_at"] is not None:
        return "return_visited"
    if times["resolved_at"] is not None:
        return "resolved"
    return "responded" if times["responded_at"] is not None else "new"


def _recorded(customers: list[int | None], keys: list[tuple | None]) -> dict[tuple, int]:
    wanted = {k for k in keys if k is not None}
    ids = sorted({c for c in customers if c is not None})
    found = {}
    for i in range(0, len(ids), 900):
        query = Complaint.select(Complaint.id, Complaint.customer, Complaint.received_at,
                                 Complaint.description)  # fmt: skip
        for cid_, cid, at, text in query.where(Complaint.customer.in_(ids[i : i + 900])).tuples():
            if (cid, at, text) in wanted:
                found.setdefault((cid, at, text), cid_)
    return found


# ---------------------------------------------------------------- writing


def _write(plan: Plan, run_id: int, progress, cancel) -> Written:
    now = clock.now()
    settings = sla()
    empty = [None] * len(plan.rows)
    col = {t: plan.columns.get(t, empty) for t in TARGETS}
    written_rows = {i for i, r in enumerate(plan.rows) if r.action == NEW}
    staff.adopt({col["owner"][i] for i in written_rows if col["owner"][i]})  # on the team
    fields = [Complaint.customer, Complaint.channel, Complaint.category, Complaint.severity,
              Complaint.description, Complaint.owner, Complaint.status, Complaint.received_at,
              Complaint.response_due, Complaint.resolve_from, Complaint.resolve_due,
              Complaint.responded_at, Complaint.resolved_at, Complaint.visited_at,
              Complaint.root_cause, Complaint.solution, Complaint.satisfaction,
              Complaint.visit_comment, Complaint.escalated, Complaint.created_at,
              Complaint.updated_at, Complaint.import_run,
              Complaint.deadline_by_hand]  # fmt: skip
    rows, steps = [], []
    for i, row in enumerate(plan.rows):
        if row.action != NEW:
            continue
        v = row.values
        received, severity = col["received_at"][i], col["severity"][i] or "normal"
        response_due = complaint_sla.response_due(received, settings)
        resolve_due = complaint_sla.resolve_due(received, severity, settings)
        # deadlines already passed count as announced: an old sheet brings no storm of
        # escalations (a recent urgent or still-on-time complaint is announced as usual)
        late = resolve_due < now
        escalated = ((URGENT if severity == "urgent" and late else 0)
                     | (RESPONSE_LATE if response_due < now else 0)
                     | (RESOLVE_LATE if late else 0))  # fmt: skip
        owner = col["owner"][i] or ""
        rows.append((
            v["customer"], col["channel"][i] or "other", col["category"][i] or "other",
            severity, v["description"], owner, v["status"], stamp(received),
            stamp(response_due), stamp(received), stamp(resolve_due),
            stamp(col["responded_at"][i]), stamp(col["resolved_at"][i]),
            stamp(col["visited_at"][i]), col["root_cause"][i] or "", col["solution"][i] or "",
            col["satisfaction"][i], "", escalated, stamp(now), stamp(now), run_id, False,
        ))  # fmt: skip
        steps.append((i, owner))
    tick(progress, cancel, 0.3)
    start = (Complaint.select(Complaint.id).order_by(Complaint.id.desc()).scalar() or 0) + 1
    insert_rows(Complaint, [Complaint.id, *fields],
                [(start + n, *r) for n, r in enumerate(rows)])  # fmt: skip
    tick(progress, cancel, 0.6)
    insert_rows(ComplaintEvent, _EVENT_FIELDS, _events(plan, steps, start, col))
    tick(progress, cancel, 0.9)
    return Written(len(rows))


_EVENT_FIELDS = [ComplaintEvent.complaint, ComplaintEvent.at, ComplaintEvent.action,
                 ComplaintEvent.from_status, ComplaintEvent.to_status, ComplaintEvent.note,
                 ComplaintEvent.owner]  # fmt: skip


def _events(plan: Plan, steps: list[tuple[int, str]], start: int, col: dict) -> list[tuple]:
    """The history of each imported complaint: received, then a step per time given
    (and to its status when no time says more: in progress)."""
    events = []
    for n, (i, owner) in enumerate(steps):
        cid, v = start + n, plan.rows[i].values
        at = col["received_at"][i]
        events.append((cid, stamp(at), "create", "", "new", v["description"], owner))
        status = "new"
        for action, field, target in (("respond", "responded_at", "responded"),
                                      ("resolve", "resolved_at", "resolved"),
                                      ("visit", "visited_at", "return_visited")):  # fmt: skip
            when = col[field][i]
            if when is None:
                continue
            if action == "resolve" and status != "in_progress":  # resolving follows a start
                events.append((cid, stamp(when), "start", status, "in_progress", "", owner))
                status = "in_progress"
            note = (col["solution"][i] or "") if action == "resolve" else ""
            events.append((cid, stamp(when), action, status, target, note, owner))
            status, at = target, when
        if v["status"] != status:  # responded or in progress without its time: at the last
            action = "start" if v["status"] == "in_progress" else "respond"
            events.append((cid, stamp(at), action, status, v["status"], "", owner))
    return events


def _undo(run: ImportRun, report: UndoReport) -> None:
    """Remove the run's complaints with their history, but those handled since (a step,
    an edit): kept and reported."""
    changed = Complaint.updated_at > run.finished_at
    mine = Complaint.select(Complaint.id).where(
        (Complaint.import_run == run.id) & ~changed
    )  # fmt: skip
    ComplaintEvent.delete().where(ComplaintEvent.complaint.in_(mine)).execute()
    record_import.undo_rows(Complaint, run, report, "complaint", changed)


KIND = record_import.record_kind(
    "complaints",
    WORDS,
    TARGETS,
    (
        import_types.Requirement(
            ("received_at",), "received_unmapped", "map the column of when each complaint came in"
        ),
        import_types.Requirement(
            ("details",), "description_unmapped", "map the column that describes each complaint"
        ),
    ),
    options=Options,
    rules=rules,
    classify=_classify,
    write=_write,
    undo=_undo,
    strict=STRICT,
    cut=CUT,
    outcome="+{created:,} complaints",
)
