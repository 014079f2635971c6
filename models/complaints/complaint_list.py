"""Reading complaints: the list in priority order (open first, escalated, high-value
customers, the nearest deadline), filtered by a ComplaintFilter of plain values; one
complaint with its history; the counts the sidebar and dashboard show; escalations."""

from __future__ import annotations

import datetime as dt
import operator
from dataclasses import dataclass
from functools import reduce

from peewee import (
    JOIN,
    Case,
    Value,
    fn,
)

from models import clock
from models.complaints import complaint_sla
from models.complaints.complaints import Complaint, ComplaintEvent, get_row, record_event
from models.complaints.vocabulary import (
    OPEN_STATUSES,
    RESOLVE_LATE,
    RESPONSE_LATE,
    URGENT,
    high_value_segments,
    high_value_tags,
    parse,
)
from models.customers.record import Customer
from models.storage.db import database
from models.tags.tables import CustomerTag, Tag


def _deadline():
    """The next deadline of an open complaint: the response's while it is new."""
    return Case(None, [(Complaint.status == "new", Complaint.response_due)], Complaint.resolve_due)


def _open():
    return Complaint.status.in_(OPEN_STATUSES)


def overdue_condition(now: dt.datetime):
    return _open() & (
        ((Complaint.status == "new") & (Complaint.response_due < now))
        | (Complaint.resolve_due < now)
    )


def escalated_condition(now: dt.datetime):
    return _open() & ((Complaint.severity == "urgent") | overdue_condition(now))


def _high_value():
    """The condition (on the joined customer) for a high-value customer: a high-value
    tag, or a high-value RFM segment as last stored; None when nothing is configured."""
    names = high_value_tags()
    tag_ids = [t.id for t in Tag.select(Tag.id).where(Tag.name.in_(names))] if names else []
    segments = high_value_segments()
    parts = []
    if tag_ids:
        parts.append(
            fn.EXISTS(
                CustomerTag.select(CustomerTag.customer).where(
                    (CustomerTag.customer == Complaint.customer) & CustomerTag.tag.in_(tag_ids)
                )
            )
        )
    if segments:
        parts.append(Customer.rfm_segment.in_(segments))
    return reduce(operator.or_, parts) if parts else None


@dataclass(frozen=True)
class ComplaintFilter:
    """Which complaints a list shows: plain values the window and the CLI hand back to
    `rows`, `count` and the export (the query is built here, in models/)."""

    status: str | None = None  # a status code, "open", "closed" or None (all)
    overdue: bool = False
    escalated: bool = False
    owner: str | None = None
    category: str | None = None
    severity: str | None = None
    received_from: dt.date | None = None
    received_to: dt.date | None = None
    customer_id: int | None = None
    search: str = ""
    live: bool = True  # leave out complaints of customers in the recycle bin
    now: dt.datetime | None = None  # the moment "overdue" is measured at (None: now)


def where(**options) -> ComplaintFilter:
    """A ComplaintFilter (see its fields), its status and severity read as staff type
    them (ValidationError for a value that is neither a code nor a word of one)."""
    status, severity = options.get("status"), options.get("severity")
    if status and status not in ("open", "closed"):
        options["status"] = parse("status", status)
    if severity:
        options["severity"] = parse("severity", severity)
    return ComplaintFilter(**options)


def _live(joined: bool):
    """Complaints of live customers: on the joined customer, or (no join) not of one in
    the recycle bin: few, read through the partial index customer_in_bin."""
    if joined:
        return Customer.deleted_at.is_null()
    binned = Customer.select(Customer.id).where(Customer.deleted_at.is_null(False))
    return Complaint.customer.not_in(binned)


def _needs_customer(flt: ComplaintFilter) -> bool:
    """True when the filter reads the customer's columns (a search word, not #number)."""
    return any(not (w.startswith("#") and w[1:].isdigit()) for w in (flt.search or "").split())


def _condition(flt: ComplaintFilter, joined: bool = True):
    """The Peewee condition of a filter: on the complaint joined with its customer, or
    (`joined` False, for a filter that does not need it) on the complaint alone."""
    now = flt.now or clock.now()
    condition = _live(joined) if flt.live else Complaint.id.is_null(False)
    if flt.status == "open":
        condition &= _open()
    elif flt.status == "closed":
        condition &= Complaint.status.in_(("resolved", "return_visited"))
    elif flt.status:
        condition &= Complaint.status == flt.status
    if flt.overdue:
        condition &= overdue_condition(now)
    if flt.escalated:
        condition &= escalated_condition(now)
    if flt.owner is not None:
        condition &= Complaint.owner == flt.owner
    if flt.category:
        condition &= Complaint.category == flt.category
    if flt.severity:
        condition &= Complaint.severity == flt.severity
    if flt.received_from is not None:
        condition &= Complaint.received_at >= dt.datetime.combine(flt.received_from, dt.time())
    if flt.received_to is not None:
        end = dt.datetime.combine(flt.received_to + dt.timedelta(days=1), dt.time())
        condition &= Complaint.received_at < end
    if flt.customer_id is not None:
        condition &= Complaint.customer == flt.customer_id
    for word in (flt.search or "").split():
        if word.startswith("#") and word[1:].isdigit():
            condition &= Complaint.id == int(word[1:])
            continue
        pattern = f"%{word}%"
        condition &= (
            Complaint.description.contains(word)
            | Complaint.root_cause.contains(word)
            | Complaint.solution.contains(word)
            | Customer.name.contains(word)
            | Customer.mobile.contains(word)
            | Customer.number.contains(word)
            | (Complaint.owner**pattern)
        )
    return condition


def _select(now: dt.datetime, high):
    """The complaint with its customer's name and mobile, and the two priority flags;
    `high` is _high_value() (read once per list: it looks up the tags)."""
    high_value = (Case(None, [(high, 1)], 0) if high is not None else Value(0)).alias("high_value")
    escalated = Case(None, [(escalated_condition(now), 1)], 0).alias("escalated_now")
    return Complaint.select(
        Complaint,
        Customer.name.alias("customer_name"),
        Customer.mobile.alias("customer_mobile"),
        Customer.deleted_at.alias("customer_deleted_at"),
        high_value,
        escalated,
    ).join(Customer, JOIN.INNER, on=(Complaint.customer == Customer.id))


def rows(
    flt: ComplaintFilter, *, limit: int | None = None, offset: int = 0, now=None
) -> list[dict]:
    """The filter's complaints in priority order: open first, escalated, then high-value
    customers, then the nearest deadline, the more severe, the older; then closed ones
    newest first."""
    return _rows(_condition(flt), limit=limit, offset=offset, now=now)


def _rows(condition, *, limit: int | None = None, offset: int = 0, now=None) -> list[dict]:
    """rows() for a Peewee condition. Two queries: the open ones are few and sorted by
    the priority rules, the closed ones many and read in received order from the index."""
    now = now or clock.now()
    high = _high_value()
    order = [Case(None, [(escalated_condition(now), 0)], 1)]
    if high is not None:
        order.append(Case(None, [(high, 0)], 1))
    severity = Case(Complaint.severity, [("urgent", 0), ("serious", 1)], 2)
    order += [_deadline(), severity, Complaint.id]
    open_query = _select(now, high).where(condition & _open()).order_by(*order)
    closed_query = (
        _select(now, high)
        .where(condition & Complaint.status.not_in(OPEN_STATUSES))
        .order_by(Complaint.received_at.desc(), Complaint.id.desc())
    )
    if limit is None:
        found = list(open_query.dicts()) + list(closed_query.dicts())
    else:
        found = list(open_query.limit(limit).offset(offset).dicts())
        if len(found) < limit:
            skip = max(0, offset - _count(condition & _open())) if offset else 0
            found += list(closed_query.limit(limit - len(found)).offset(skip).dicts())
    return [_decorate(r, now) for r in found]


def count(flt: ComplaintFilter) -> int:
    return count_query(flt).scalar()


def count_query(flt: ComplaintFilter):
    """The COUNT of a filter's complaints. The customer table is joined only when the
    filter searches its columns: the list's "of N" (every status) counts the complaint
    table alone, not 20k complaints joined with 200k customers."""
    joined = _needs_customer(flt)
    query = Complaint.select(fn.COUNT(Complaint.id))
    if joined:
        query = query.join(Customer, on=(Complaint.customer == Customer.id))
    return query.where(_condition(flt, joined))


def _count(condition) -> int:
    """The COUNT of a condition on the complaint joined with its customer."""
    return (
        Complaint.select(fn.COUNT(Complaint.id))
        .join(Customer, on=(Complaint.customer == Customer.id))
        .where(condition)
        .scalar()
    )


def _decorate(row: dict, now: dt.datetime) -> dict:
    row["customer_id"] = row.pop("customer")
    row["high_value"] = bool(row["high_value"])
    row["escalated_now"] = bool(row["escalated_now"])
    row["overdue"] = False
    row["deadline"] = row["deadline_start"] = None
    row["sla_state"] = ""
    if row["status"] in OPEN_STATUSES:
        if row["status"] == "new":
            row["deadline"], row["deadline_start"] = row["response_due"], row["received_at"]
        else:
            row["deadline"], row["deadline_start"] = row["resolve_due"], row["resolve_from"]
        row["sla_state"] = complaint_sla.state(row["deadline_start"], row["deadline"], now)
        row["overdue"] = row["sla_state"] == "overdue" or row["resolve_due"] < now
        if row["overdue"]:
            row["sla_state"] = "overdue"
    row["type"] = "complaint"
    return row


def get(complaint_id: int, now=None) -> dict:
    row = get_row(complaint_id)
    return _rows(Complaint.id == row.id, now=now)[0]


def events(complaint_id: int) -> list[dict]:
    """A complaint's history, oldest first."""
    return list(
        ComplaintEvent.select()
        .where(ComplaintEvent.complaint == complaint_id)
        .order_by(ComplaintEvent.at, ComplaintEvent.id)
        .dicts()
    )


def owners() -> list[str]:
    query = Complaint.select(Complaint.owner).where(Complaint.owner != "").distinct()
    return sorted(r.owner for r in query)


def open_count_for_customer(customer_id: int) -> int:
    return (
        Complaint.select(fn.COUNT(Complaint.id))
        .where((Complaint.customer == customer_id) & _open())
        .scalar()
    )


def for_customer(customer_id: int, limit: int = 200) -> list[dict]:
    return _rows(Complaint.customer == customer_id, limit=limit)


def open_counts(now=None) -> dict[str, int]:
    """The sidebar's numbers: open complaints, of which escalated (urgent or overdue)."""
    now = now or clock.now()
    live = _live(joined=False)

    def counted(condition) -> int:
        return Complaint.select(fn.COUNT(Complaint.id)).where(condition & live).scalar()

    return {
        "open": counted(_open()),
        "escalated": counted(escalated_condition(now)),
        "overdue": counted(overdue_condition(now)),
    }


def take_escalations(now: dt.datetime | None = None) -> list[dict]:
    """Open complaints with an escalation reason not announced yet (urgent, response late,
    resolution late); records each as announced and as an "escalate" event."""
    now = now or clock.now()
    reasons = {
        URGENT: Complaint.severity == "urgent",
        RESPONSE_LATE: (Complaint.status == "new") & (Complaint.response_due < now),
        RESOLVE_LATE: Complaint.resolve_due < now,
    }
    fresh = None
    for bit, condition in reasons.items():
        part = condition & (Complaint.escalated.bin_and(bit) == 0)
        fresh = part if fresh is None else fresh | part
    found = []
    with database.atomic():
        candidates = _rows(_open() & fresh & Customer.deleted_at.is_null(), now=now)
        for row in candidates:
            bits = 0
            bits |= URGENT if row["severity"] == "urgent" else 0
            bits |= RESPONSE_LATE if row["status"] == "new" and row["response_due"] < now else 0
            bits |= RESOLVE_LATE if row["resolve_due"] < now else 0
            new_bits = bits & ~row["escalated"]
            if not new_bits:
                continue
            Complaint.update(escalated=row["escalated"] | new_bits).where(
                Complaint.id == row["id"]
            ).execute()
            reason = ",".join(
                name
                for bit, name in (
                    (URGENT, "urgent"),
                    (RESPONSE_LATE, "response_late"),
                    (RESOLVE_LATE, "resolve_late"),
                )  # fmt: skip
                if new_bits & bit
            )
            record_event(
                row["id"], now, "escalate", row["status"], row["status"], reason, row["owner"]
            )
            row["escalation"] = reason
            found.append(row)
    return found


def _iso(value) -> str | None:
    return value.isoformat(timespec="minutes") if value else None


def to_json(row: dict) -> dict:
    """The CLI's object for a complaint (a contract: keep the keys)."""
    return {
        "id": row["id"],
        "customer_id": row["customer_id"],
        "customer_name": row.get("customer_name", ""),
        "status": row["status"],
        "category": row["category"],
        "severity": row["severity"],
        "channel": row["channel"],
        "owner": row["owner"],
        "description": row["description"],
        "received_at": _iso(row["received_at"]),
        "response_due": _iso(row["response_due"]),
        "resolve_due": _iso(row["resolve_due"]),
        "responded_at": _iso(row["responded_at"]),
        "resolved_at": _iso(row["resolved_at"]),
        "visited_at": _iso(row["visited_at"]),
        "overdue": bool(row["overdue"]),
        "escalated": bool(row["escalated_now"]),
        "high_value": bool(row["high_value"]),
        "root_cause": row["root_cause"],
        "solution": row["solution"],
        "satisfaction": row["satisfaction"],
        "visit_comment": row["visit_comment"],
        "visit_followup_id": row["visit_followup"],
    }
