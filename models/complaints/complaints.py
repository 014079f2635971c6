"""Complaints (投诉/反馈) from first contact to a satisfied return visit.

The workflow: new -> responded -> in_progress -> resolved -> return_visited, and
reopen (from resolved or return_visited back to in_progress). Each step is an event
with its time and note. Resolving plans the return visit as a follow-up; recording the
visit completes that follow-up (which logs the contact). Deadlines come from
complaint_sla and are stored, so "overdue" is a plain indexed comparison; a resolve
deadline set by hand (the plan's, or set_deadline) is flagged and kept when the SLA
settings or the holidays change, until it is cleared.
"""

from __future__ import annotations

import datetime as dt

from peewee import (
    BooleanField,
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from models import clock
from models.complaints import complaint_sla
from models.complaints.vocabulary import (
    MAX_SHORT,
    MAX_TEXT,
    OPEN_STATUSES,
    STEPS,
    URGENT,
    parse,
    parse_category,
    sla,
    with_calendar,
)
from models.customers import customers, record
from models.customers.record import Customer
from models.errors import NotFoundError, ValidationError
from models.followups import followups
from models.storage import audit, preferences
from models.storage.base import BaseModel
from models.storage.db import database


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
    deadline_by_hand = BooleanField(default=False)  # resolve_due set by hand (step 15)
    created_at = DateTimeField()
    updated_at = DateTimeField()
    import_run = IntegerField(null=True)  # the import that wrote it (undo; step 16)


class ComplaintEvent(BaseModel):
    complaint = ForeignKeyField(Complaint, on_delete="CASCADE", index=False)
    at = DateTimeField()
    action = CharField()  # "create", a STEPS action, "assign", "edit", "escalate"
    from_status = CharField(default="")
    to_status = CharField(default="")
    note = TextField(default="")
    owner = CharField(default="")


def configure(settings: complaint_sla.Sla | dict) -> complaint_sla.Sla:
    """Save the SLA settings and move the deadlines of open complaints to match."""
    if isinstance(settings, dict):
        settings = complaint_sla.from_json(settings)
    settings = with_calendar(settings)
    with database.atomic():
        before = sla().to_json()
        apply_sla(settings)
        audit.record("settings", "setting", detail=settings_changes(before, settings.to_json()))
    return settings


def apply_sla(settings: complaint_sla.Sla) -> None:
    """Save the SLA settings and move open deadlines, unaudited (the caller records)."""
    settings = with_calendar(settings)  # the deadlines count the holiday calendar
    with database.atomic():
        preferences.put("complaint_sla", settings.to_json())
        follow_sla(settings)


def settings_changes(before: dict, after: dict) -> str:
    """'response_hours: 2.0 → 3.0; resolve_hours.urgent: 8.0 → 4.0' (the audit detail)."""

    def flat(data: dict) -> dict:
        out = {}
        for key, value in data.items():
            if isinstance(value, dict):
                out.update({f"{key}.{k}": v for k, v in value.items()})
            elif isinstance(value, (list, tuple)):
                out[key] = ", ".join(str(v) for v in value)
            else:
                out[key] = value
        return out

    old, new = flat(before), flat(after)
    return audit.changes({k: word(v) for k, v in old.items()},
                         {k: word(v) for k, v in new.items()})  # fmt: skip


# ---------------------------------------------------------------- audit words


def word(value) -> str:
    """A value as the audit detail keeps it: codes as they are, times to the minute."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    return str(value)


AUDITED = ("status", "owner", "channel", "category", "severity", "received_at", "response_due",
           "resolve_due", "responded_at", "resolved_at", "visited_at", "root_cause", "solution",
           "satisfaction", "visit_comment", "description")  # fmt: skip


def audit_changes(row: Complaint, values: dict) -> str:
    """'status: new → responded; owner: 王 → 李' for the audited fields a write changes
    (the before-image of what it changed; field codes, the dialog says them)."""
    keys = [k for k in AUDITED if k in values]
    return audit.changes(
        {k: word(getattr(row, k)) for k in keys}, {k: word(values[k]) for k in keys}
    )


def follow_sla(settings: complaint_sla.Sla) -> int:
    """Move the deadlines of open complaints to what `settings` give (call it inside the
    settings' transaction); a resolve deadline set by hand stays. Returns how many."""
    moved = 0
    for row in Complaint.select().where(Complaint.status.in_(OPEN_STATUSES)):
        values = {"response_due": complaint_sla.response_due(row.received_at, settings)}
        if not row.deadline_by_hand:
            values["resolve_due"] = complaint_sla.resolve_due(
                row.resolve_from, row.severity, settings
            )
        if any(getattr(row, k) != v for k, v in values.items()):
            Complaint.update(**values).where(Complaint.id == row.id).execute()
            moved += 1
    return moved


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


def record_event(complaint_id, at, action, before="", after="", note="", owner="") -> None:
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
        record_event(new_id, received, "create", "", "new", description, owner)
        audit.record("create", "complaint", new_id, detail="; ".join(
            f"{k}: {word(v)}" for k, v in (("customer", customer.name), ("category", category),
                                            ("severity", severity), ("channel", channel),
                                            ("owner", owner), ("status", "new")) if v))  # fmt: skip
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
            if due != row.resolve_due:  # the form shows the SLA's: unchanged is not by hand
                values["resolve_due"] = due
                values["deadline_by_hand"] = True
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
                audited=False,  # the step's own entry covers it
            )  # fmt: skip
            note = note or values["solution"]
        elif action == "visit":
            values["satisfaction"] = _satisfaction(satisfaction)
            values["visit_comment"] = _text(comment, "comment")
            values["visited_at"] = when
            note = note or values["visit_comment"]
            result["interaction_id"] = _complete_visit(
                row, values["satisfaction"], values["visit_comment"]
            )
        elif action == "reopen":
            _cancel_visit(row)
            values.update(
                resolve_from=when,
                resolve_due=complaint_sla.resolve_due(when, row.severity, settings),
                resolved_at=None, visited_at=None, satisfaction=None, visit_comment="",
                visit_followup=None, escalated=0, deadline_by_hand=False,
            )  # fmt: skip
        Complaint.update(**values).where(Complaint.id == row.id).execute()
        record_event(row.id, when, action, row.status, target, note, values.get("owner", row.owner))
        detail = "; ".join(p for p in (f"step: {action}", audit_changes(row, values)) if p)
        audit.record("step", "complaint", row.id, detail=detail)
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


def set_deadline(complaint_id: int, deadline=None) -> dt.datetime:
    """Set an open complaint's resolve deadline by hand (kept when the SLA settings or
    the holidays change), or with None clear it: back to the SLA's. Returns the deadline."""
    row = get_row(complaint_id)
    if row.status not in OPEN_STATUSES:
        raise ValidationError(
            "status", "deadline_closed", f"complaint {row.id} is {row.status}: it has no deadline",
            status=row.status,
        )  # fmt: skip
    if deadline is None:
        due = complaint_sla.resolve_due(row.resolve_from, row.severity, sla())
    else:
        due = _deadline_value(deadline)
        if due <= clock.now():
            raise ValidationError("deadline", "deadline_past", "the deadline has passed")
    by_hand = deadline is not None
    if due == row.resolve_due and by_hand == row.deadline_by_hand:
        return due
    change = audit.changes(
        {"resolve_due": f"{row.resolve_due:%Y-%m-%d %H:%M}", "deadline_by_hand": row.deadline_by_hand},
        {"resolve_due": f"{due:%Y-%m-%d %H:%M}", "deadline_by_hand": by_hand},
    )  # fmt: skip
    with database.atomic():
        Complaint.update(resolve_due=due, deadline_by_hand=by_hand, updated_at=clock.now()).where(
            Complaint.id == row.id
        ).execute()
        record_event(row.id, clock.now(), "edit", row.status, row.status,
                     f"resolve_due: {due:%Y-%m-%d %H:%M}", row.owner)  # fmt: skip
        audit.record("edit", "complaint", row.id, detail=change)
    return due


def _satisfaction(value) -> int:
    try:
        score = int(value)
    except (TypeError, ValueError):
        score = 0
    if not 1 <= score <= 5 or str(value).strip() not in {str(score), f"{score}.0"}:
        raise ValidationError("satisfaction", "satisfaction", "satisfaction is a score from 1 to 5")
    return score


def _complete_visit(row: Complaint, score: int, comment: str) -> int | None:
    """Complete the return visit's follow-up (logging the contact); its interaction."""
    visit = _followup_row(row.visit_followup)
    if visit is not None and visit.status == "open":
        # complete_row: the visit step's own entry covers the follow-up and its contact
        outcome = followups.clean_text(
            f"{score}/5 {comment}".strip(), "outcome", followups.MAX_NOTE
        )
        return followups.complete_row(visit, outcome).interaction_id
    return None


def _cancel_visit(row: Complaint) -> None:
    visit = _followup_row(row.visit_followup)
    if visit is not None and visit.status == "open":
        followups.cancel_row(visit, skip=False)  # covered by the step's own entry


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
        if not row.deadline_by_hand:
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
        record_event(row.id, clock.now(), action, row.status, row.status, note,
               values.get("owner", row.owner))  # fmt: skip
        audit.record("reassign" if action == "assign" else "edit", "complaint", row.id,
                     detail=audit_changes(row, values))  # fmt: skip


def delete(complaint_id: int) -> None:
    """Delete a complaint filed by mistake, with its history (its FAQ entries stay)."""
    row = get_row(complaint_id)
    with database.atomic():
        _cancel_visit(row)
        ComplaintEvent.delete().where(ComplaintEvent.complaint == row.id).execute()
        Complaint.delete().where(Complaint.id == row.id).execute()
        kept = {k: getattr(row, k) for k in ("status", "category", "severity", "owner")}
        kept["description"] = " ".join(row.description.split())[:60]
        audit.record("delete", "complaint", row.id, detail="; ".join(
            [f"customer: {row.customer.name}"] + [f"{k}: {v}" for k, v in kept.items() if v]))  # fmt: skip
