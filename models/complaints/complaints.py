"""Complaints (投诉/反馈) from first contact to a satisfied return visit.

The workflow: new -> responded -> in_progress -> resolved -> return_visited, and
reopen (from resolved or return_visited back to in_progress). Each step is an event
with its time and note. Resolving plans the return visit as a follow-up; recording the
visit completes that follow-up (which logs the contact). Deadlines come from
complaint_sla and are stored, so "overdue" is a plain indexed comparison.
"""

from __future__ import annotations

import datetime as dt
import operator
import unicodedata
from dataclasses import dataclass
from functools import reduce

from peewee import (
    JOIN,
    Case,
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
    Value,
    fn,
)

from models import clock
from models.complaints import complaint_sla
from models.customers import customers, record
from models.customers.record import Customer
from models.errors import NotFoundError, ValidationError
from models.followups import followups
from models.purchases.rfm import SEGMENT_ORDER
from models.storage import preferences
from models.storage.base import BaseModel
from models.storage.db import database
from models.tags.tables import CustomerTag, Tag
from models.tags.tags import clean_name

STATUSES = ("new", "responded", "in_progress", "resolved", "return_visited")
OPEN_STATUSES = ("new", "responded", "in_progress")
SEVERITIES = complaint_sla.SEVERITIES
CHANNELS = ("phone", "store", "wechat", "email", "online", "other")
DEFAULT_CATEGORIES = ("quality", "service", "delivery", "price", "after_sales", "other")
# action: (statuses it may start from, the status it leads to)
STEPS = {
    "respond": (("new",), "responded"),
    "start": (("responded",), "in_progress"),
    "resolve": (("in_progress",), "resolved"),
    "visit": (("resolved",), "return_visited"),
    "reopen": (("resolved", "return_visited"), "in_progress"),
}
# What a status needs before each action (the reason given when a step is refused).
MAX_TEXT, MAX_SHORT = 10000, 200
# Escalation reasons, as bits of Complaint.escalated once announced.
URGENT, RESPONSE_LATE, RESOLVE_LATE = 1, 2, 4

# Words users type (CLI) for each code.
WORDS = {
    "status": {
        "new": ("新建", "新"),
        "responded": ("已响应", "响应"),
        "in_progress": ("处理中", "in-progress", "in progress", "handling"),
        "resolved": ("已解决", "解决"),
        "return_visited": ("已回访", "回访", "return-visited", "closed", "visited"),
    },
    "severity": {
        "normal": ("一般", "普通", "low"),
        "serious": ("严重", "high"),
        "urgent": ("紧急", "critical"),
    },
    "channel": {
        "phone": ("电话", "call", "tel"),
        "store": ("门店", "到店", "shop", "in store", "in-store", "visit"),
        "wechat": ("微信", "weixin", "wx"),
        "email": ("邮件", "电子邮件", "e-mail", "mail"),
        "online": ("网络", "社交媒体", "网络/社交媒体", "social", "web", "social media"),
        "other": ("其他", "其它"),
    },
    "category": {
        "quality": ("产品质量", "质量", "product quality"),
        "service": ("服务态度", "服务", "service attitude"),
        "delivery": ("物流配送", "物流", "配送", "logistics", "shipping"),
        "price": ("价格/收费", "价格", "收费", "pricing", "billing"),
        "after_sales": ("售后", "after-sales", "after sales"),
        "other": ("其他", "其它"),
    },
}
_CODES = {"status": STATUSES, "severity": SEVERITIES, "channel": CHANNELS}


class Complaint(BaseModel):
    customer = ForeignKeyField(Customer, on_delete="CASCADE", index=False)
    channel = CharField(default="phone")
    category = CharField(default="")
    severity = CharField(default="normal")
    description = TextField(default="")
    owner = CharField(default="")
    status = CharField(default="new")
    received_at = DateTimeField()
    response_due = DateTimeField()
    resolve_from = DateTimeField()
    resolve_due = DateTimeField()
    responded_at = DateTimeField(null=True)  # the first response (reopening keeps it)
    resolved_at = DateTimeField(null=True)
    visited_at = DateTimeField(null=True)
    root_cause = TextField(default="")
    solution = TextField(default="")
    satisfaction = IntegerField(null=True)  # 1-5, from the return visit
    visit_comment = TextField(default="")
    visit_followup = IntegerField(null=True)  # the return visit's follow-up
    escalated = IntegerField(default=0)  # escalation reasons announced (bits)
    created_at = DateTimeField()
    updated_at = DateTimeField()


class ComplaintEvent(BaseModel):
    complaint = ForeignKeyField(Complaint, on_delete="CASCADE", index=False)
    at = DateTimeField()
    action = CharField()  # "create", a STEPS action, "assign", "edit", "escalate"
    from_status = CharField(default="")
    to_status = CharField(default="")
    note = TextField(default="")
    owner = CharField(default="")


# ---------------------------------------------------------------- vocabulary


def _key(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").strip().casefold()


def parse(kind: str, text: str) -> str:
    """The code for a status/severity/channel word ('紧急', 'urgent'); ValidationError."""
    key = _key(text)
    for code in _CODES[kind]:
        if key == code or key in (_key(w) for w in WORDS[kind].get(code, ())):
            return code
    choices = ", ".join(f"{c} ({WORDS[kind][c][0]})" for c in _CODES[kind])
    raise ValidationError(kind, f"{kind}_invalid", f"'{text}' is not one of: {choices}")


def sla() -> complaint_sla.Sla:
    try:
        return complaint_sla.from_json(preferences.get("complaint_sla"))
    except ValidationError:  # settings damaged outside the program: fall back, never stop
        return complaint_sla.Sla()


def configure(settings: complaint_sla.Sla | dict) -> complaint_sla.Sla:
    """Save the SLA settings and move the deadlines of open complaints to match."""
    if isinstance(settings, dict):
        settings = complaint_sla.from_json(settings)
    with database.atomic():
        preferences.put("complaint_sla", settings.to_json())
        for row in Complaint.select().where(Complaint.status.in_(OPEN_STATUSES)):
            Complaint.update(
                response_due=complaint_sla.response_due(row.received_at, settings),
                resolve_due=complaint_sla.resolve_due(row.resolve_from, row.severity, settings),
            ).where(Complaint.id == row.id).execute()
    return settings


def categories() -> list[str]:
    """The category pick list: codes of the built-in ones, and names staff added."""
    return list(preferences.get("complaint_categories", list(DEFAULT_CATEGORIES)))


def parse_category(text: str) -> str:
    key = _key(text)
    for name in categories():
        words = (name,) + WORDS["category"].get(name, ())
        if key in (_key(w) for w in words):
            return name
    raise ValidationError(
        "category",
        "category_invalid",
        f"'{text}' is not a complaint category; add it to the list first: "
        + ", ".join(categories()),
    )


def add_category(name: str) -> str:
    name = " ".join(unicodedata.normalize("NFKC", name or "").split())
    if not name or len(name) > 50:
        raise ValidationError("category", "category_name", "a category needs a name (at most 50)")
    names = categories()
    if any(_key(name) in (_key(w) for w in (n,) + WORDS["category"].get(n, ())) for n in names):
        raise ValidationError("category", "category_exists", f"'{name}' is already a category")
    preferences.put("complaint_categories", names + [name])
    return name


def remove_category(name: str) -> None:
    """Take a category off the pick list; complaints filed under it keep it."""
    names = categories()
    if name not in names:
        raise NotFoundError(f"no category {name}", code="category_not_found")
    if len(names) == 1:
        raise ValidationError("category", "category_last", "keep at least one category")
    preferences.put("complaint_categories", [n for n in names if n != name])


def high_value_tags() -> list[str]:
    """Customers with any of these tags are high-value: marked and first in the list."""
    return list(preferences.get("complaint_high_value_tags", ["VIP"]))


def set_high_value_tags(names: list[str]) -> None:
    preferences.put("complaint_high_value_tags", [n for n in (clean_name(x) for x in names) if n])


# The four 重要 segments: monetary above the average (DOMAIN.md, RFM).
DEFAULT_HIGH_VALUE_SEGMENTS = (
    "important_value", "important_development", "important_retention", "important_winback",
)  # fmt: skip


def high_value_segments() -> list[str]:
    """Customers whose stored RFM segment is one of these are high-value too."""

    saved = preferences.get("complaint_high_value_segments", list(DEFAULT_HIGH_VALUE_SEGMENTS))
    return [s for s in SEGMENT_ORDER if s in saved]


def set_high_value_segments(codes: list[str]) -> None:

    unknown = sorted(set(codes) - set(SEGMENT_ORDER))
    if unknown:
        raise ValidationError("segments", "option_invalid", f"unknown segments {unknown}")
    preferences.put("complaint_high_value_segments", [s for s in SEGMENT_ORDER if s in codes])


# ---------------------------------------------------------------- writes


def _text(value, name: str, limit: int = MAX_TEXT, required: bool = False) -> str:
    value = (value or "").strip()
    if required and not value:
        raise ValidationError(name, "required", f"{name} is required")
    if len(value) > limit:
        raise ValidationError(
            name, "too_long", f"{name} is longer than {limit} characters", limit=limit
        )
    return value


def _when(value, name: str, not_before: dt.datetime | None = None) -> dt.datetime:
    """A step's time: now by default; never in the future nor before the last step."""
    now = clock.now()
    if value is None:
        value = now
    elif isinstance(value, str):
        value, _timed = followups.parse_due(value)
    value = value.replace(second=0, microsecond=0)  # minutes, as the forms show them
    if value > now + dt.timedelta(minutes=1):
        raise ValidationError(name, "time_future", f"{name} cannot be in the future")
    if not_before is not None and value < not_before:
        raise ValidationError(
            name, "time_before", f"{name} cannot be before {not_before:%Y-%m-%d %H:%M}"
        )
    return value


def _event(complaint_id, at, action, before="", after="", note="", owner="") -> None:
    ComplaintEvent.insert(
        complaint=complaint_id, at=at, action=action, from_status=before, to_status=after,
        note=note, owner=owner,
    ).execute()  # fmt: skip


def create(
    customer_id: int | None = None,
    *,
    category: str,
    description: str,
    severity: str = "normal",
    channel: str = "phone",
    owner: str | None = None,
    received_at=None,
    new_customer: dict | None = None,
) -> int:
    """Record a complaint; returns its id. `new_customer` (name, mobile, ...) creates the
    customer in the same transaction instead of `customer_id`."""

    category = parse_category(category)
    severity = parse("severity", severity)
    channel = parse("channel", channel)
    description = _text(description, "description", required=True)
    received = _when(received_at, "received_at")
    settings = sla()
    with database.atomic():
        if new_customer is not None:
            customer_id = customers.create(new_customer)
        customer = record.live_customer(customer_id)
        owner = _text(customer.owner if owner is None else owner, "owner", MAX_SHORT)
        now = clock.now()
        new_id = Complaint.insert(
            customer=customer.id, channel=channel, category=category, severity=severity,
            description=description, owner=owner, status="new", received_at=received,
            response_due=complaint_sla.response_due(received, settings),
            resolve_from=received,
            resolve_due=complaint_sla.resolve_due(received, severity, settings),
            created_at=now, updated_at=now,
        ).execute()  # fmt: skip
        _event(new_id, received, "create", "", "new", description, owner)
    return new_id


def get_row(complaint_id) -> Complaint:
    try:
        row = Complaint.get_or_none(Complaint.id == int(complaint_id))
    except (TypeError, ValueError):
        row = None
    if row is None:
        raise NotFoundError(
            f"no complaint with id {complaint_id}", code="complaint_not_found", id=complaint_id
        )
    return row


def _step_at(complaint_id: int, last: bool = True, *, steps_only: bool = False):
    """The time of the last (or first) event; selected as the field so it comes back as a
    datetime on every backend (MIN/MAX over SQLite text would not)."""
    query = ComplaintEvent.select(ComplaintEvent.at).where(ComplaintEvent.complaint == complaint_id)
    # Steps (and receiving) order the history; escalations and edits happen at any time.
    actions = tuple(STEPS) if steps_only else (*STEPS, "create")
    query = query.where(ComplaintEvent.action.in_(actions))
    order = ComplaintEvent.at.desc() if last else ComplaintEvent.at.asc()
    row = query.order_by(order).first()
    return row.at if row else None


def _check_step(row: Complaint, action: str) -> str:
    allowed, target = STEPS[action]
    if row.status not in allowed:
        raise ValidationError(
            "status",
            "step_out_of_order",
            f"complaint {row.id} is {row.status}: '{action}' needs it to be "
            + " or ".join(allowed),
            action=action,
            status=row.status,
            needed=allowed,
        )
    return target


def step(
    complaint_id: int,
    action: str,
    *,
    note: str = "",
    at=None,
    owner: str | None = None,
    deadline=None,
    root_cause: str = "",
    solution: str = "",
    visit_due=None,
    satisfaction: int | None = None,
    comment: str = "",
) -> dict:
    """Move a complaint one step; returns {"status", "followup_id"}. Refused with a reason
    (ValidationError "step_out_of_order") when the step does not follow from its status.

    respond: note. start: the plan: owner and a deadline (default: the SLA's).
    resolve: root_cause and solution (required); plans the return visit (`visit_due`,
    default SLA visit_days later). visit: satisfaction 1-5 and comment; completes the
    return-visit follow-up. reopen: note (the reason, required); restarts the clock.
    """
    if action not in STEPS:
        raise ValidationError("action", "action_invalid", f"no step {action}: " + ", ".join(STEPS))
    row = get_row(complaint_id)
    target = _check_step(row, action)
    when = _when(at, "at", not_before=_step_at(row.id))
    note = _text(note, "note", required=action == "reopen")
    values: dict = {"status": target, "updated_at": clock.now()}
    result = {"status": target, "followup_id": None}
    settings = sla()
    with database.atomic():
        if owner is not None:
            values["owner"] = _text(owner, "owner", MAX_SHORT)
        if action == "respond" and row.responded_at is None:
            values["responded_at"] = when
        elif action == "start" and deadline is not None:
            due = _deadline_value(deadline)
            if due <= when:
                raise ValidationError("deadline", "deadline_past", "the deadline has passed")
            values["resolve_due"] = due
        elif action == "resolve":
            values["root_cause"] = _text(root_cause, "root_cause", required=True)
            values["solution"] = _text(solution, "solution", required=True)
            values["resolved_at"] = when
            values["escalated"] = 0
            visit = visit_due if visit_due is not None else (
                when.date() + dt.timedelta(days=settings.visit_days)
            )  # fmt: skip
            result["followup_id"] = values["visit_followup"] = followups.create(
                row.customer_id, visit, kind="phone", owner=values.get("owner", row.owner),
                note=row.description[:MAX_SHORT], source="complaint",
                care_key=f"complaint:{row.id}:{when:%Y%m%d%H%M%S}",
            )  # fmt: skip
            note = note or values["solution"]
        elif action == "visit":
            values["satisfaction"] = _satisfaction(satisfaction)
            values["visit_comment"] = _text(comment, "comment")
            values["visited_at"] = when
            note = note or values["visit_comment"]
            _complete_visit(row, values["satisfaction"], values["visit_comment"])
        elif action == "reopen":
            _cancel_visit(row)
            values.update(
                resolve_from=when,
                resolve_due=complaint_sla.resolve_due(when, row.severity, settings),
                resolved_at=None, visited_at=None, satisfaction=None, visit_comment="",
                visit_followup=None, escalated=0,
            )  # fmt: skip
        Complaint.update(**values).where(Complaint.id == row.id).execute()
        _event(row.id, when, action, row.status, target, note, values.get("owner", row.owner))
    return result


def _deadline_value(value) -> dt.datetime:
    """A plan's deadline: a datetime, or a date (or 'YYYY-MM-DD') meaning its end."""
    if isinstance(value, str):
        value, timed = followups.parse_due(value)
        if not timed:
            value = value.date()
    if isinstance(value, dt.datetime):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time(23, 59))
    raise ValidationError("deadline", "due_invalid", "a deadline is a date or a date and time")


def _satisfaction(value) -> int:
    try:
        score = int(value)
    except (TypeError, ValueError):
        score = 0
    if not 1 <= score <= 5 or str(value).strip() not in {str(score), f"{score}.0"}:
        raise ValidationError("satisfaction", "satisfaction", "satisfaction is a score from 1 to 5")
    return score


def _complete_visit(row: Complaint, score: int, comment: str) -> None:
    visit = _followup_row(row.visit_followup)
    if visit is not None and visit.status == "open":
        followups.complete(visit.id, f"{score}/5 {comment}".strip())


def _cancel_visit(row: Complaint) -> None:
    visit = _followup_row(row.visit_followup)
    if visit is not None and visit.status == "open":
        followups.cancel(visit.id)


def _followup_row(followup_id):
    if followup_id is None:
        return None
    return followups.Followup.get_or_none(followups.Followup.id == followup_id)


def complaint_of_followup(followup_row: dict) -> int | None:
    """The complaint a return-visit follow-up belongs to (from its care key), or None."""
    key = followup_row.get("care_key") or ""
    if followup_row.get("source") != "complaint" or not key.startswith("complaint:"):
        return None
    try:
        return int(key.split(":")[1])
    except (IndexError, ValueError):
        return None


def edit(complaint_id: int, **changes) -> None:
    """Change channel, category, severity, description, owner or received_at. Deadlines
    follow severity and received time while the complaint is open."""
    row = get_row(complaint_id)
    values: dict = {}
    if "channel" in changes:
        values["channel"] = parse("channel", changes["channel"])
    if "category" in changes:
        values["category"] = parse_category(changes["category"])
    if "severity" in changes:
        values["severity"] = parse("severity", changes["severity"])
    if "description" in changes:
        values["description"] = _text(changes["description"], "description", required=True)
    if "owner" in changes:
        values["owner"] = _text(changes["owner"], "owner", MAX_SHORT)
    if "received_at" in changes:
        first_step = _step_at(row.id, last=False, steps_only=True)
        received = _when(changes["received_at"], "received_at")
        if first_step is not None and received > first_step:
            raise ValidationError(
                "received_at", "time_after_step", "received after a step already taken"
            )
        values["received_at"] = received
        if row.resolve_from == row.received_at:
            values["resolve_from"] = received
    values = {k: v for k, v in values.items() if getattr(row, k) != v}
    if not values:
        return
    action = "assign" if set(values) == {"owner"} else "edit"
    shown = {k: v for k, v in values.items() if k != "description"}
    if row.status in OPEN_STATUSES:
        settings = sla()
        received = values.get("received_at", row.received_at)
        values["response_due"] = complaint_sla.response_due(received, settings)
        values["resolve_due"] = complaint_sla.resolve_due(
            values.get("resolve_from", row.resolve_from),
            values.get("severity", row.severity),
            settings,
        )
        if values.get("severity") != "urgent":
            values["escalated"] = row.escalated & ~URGENT
    values["updated_at"] = clock.now()
    with database.atomic():
        Complaint.update(**values).where(Complaint.id == row.id).execute()
        note = ", ".join(f"{k}: {v:%Y-%m-%d %H:%M}" if isinstance(v, dt.datetime) else f"{k}: {v}"
                         for k, v in shown.items())  # fmt: skip
        _event(row.id, clock.now(), action, row.status, row.status, note,
               values.get("owner", row.owner))  # fmt: skip


def delete(complaint_id: int) -> None:
    """Delete a complaint filed by mistake, with its history (its FAQ entries stay)."""
    row = get_row(complaint_id)
    with database.atomic():
        _cancel_visit(row)
        ComplaintEvent.delete().where(ComplaintEvent.complaint == row.id).execute()
        Complaint.delete().where(Complaint.id == row.id).execute()


# ---------------------------------------------------------------- reading


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


def _condition(flt: ComplaintFilter):
    """The Peewee condition of a filter (the complaint joined with its customer)."""
    now = flt.now or clock.now()
    status, overdue, escalated, owner = flt.status, flt.overdue, flt.escalated, flt.owner
    category, severity, search, customer_id = (
        flt.category,
        flt.severity,
        flt.search,
        flt.customer_id,
    )
    received_from, received_to = flt.received_from, flt.received_to
    condition = Customer.deleted_at.is_null() if flt.live else Complaint.id.is_null(False)
    if status == "open":
        condition &= _open()
    elif status == "closed":
        condition &= Complaint.status.in_(("resolved", "return_visited"))
    elif status:
        condition &= Complaint.status == status
    if overdue:
        condition &= overdue_condition(now)
    if escalated:
        condition &= escalated_condition(now)
    if owner is not None:
        condition &= Complaint.owner == owner
    if category:
        condition &= Complaint.category == category
    if severity:
        condition &= Complaint.severity == severity
    if received_from is not None:
        condition &= Complaint.received_at >= dt.datetime.combine(received_from, dt.time())
    if received_to is not None:
        end = dt.datetime.combine(received_to + dt.timedelta(days=1), dt.time())
        condition &= Complaint.received_at < end
    if customer_id is not None:
        condition &= Complaint.customer == customer_id
    for word in (search or "").split():
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
    return _count(_condition(flt))


def _count(condition) -> int:
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
    live = Customer.deleted_at.is_null()
    return {
        "open": _count(_open() & live),
        "escalated": _count(escalated_condition(now) & live),
        "overdue": _count(overdue_condition(now) & live),
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
            _event(row["id"], now, "escalate", row["status"], row["status"], reason, row["owner"])
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
