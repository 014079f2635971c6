"""Events (活动): talks, Q&A, salons, promotions, online or offline, with their sign-ups
(models.communities.signups). An event's status moves forward only (计划中 planned ->
报名中 open -> 进行中 running -> 已结束 ended), or to 取消 cancelled from any status
before ended. Every write is one transaction with its audit entry (target "event")."""

from __future__ import annotations

import datetime as dt
import unicodedata

from peewee import fn

from models import clock
from models.communities.tables import (
    EVENT_KINDS,
    EVENT_MODES,
    EVENT_STATUSES,
    INCENTIVES,
    Community,
    Event,
    EventSignup,
)
from models.errors import NotFoundError, ValidationError
from models.purchases.purchases import to_cents
from models.storage import audit
from models.storage.db import database
from models.values import date_input

MAX_TITLE, MAX_TEXT = 200, 10000
DEFAULT_ATTRIBUTION_DAYS = 7
# Statuses where sign-ups and check-ins make no sense any more.
CLOSED = ("ended", "cancelled")

# Words users type (CLI, imports) for each code.
WORDS = {
    "mode": {"online": ("线上", "在线"), "offline": ("线下", "现场")},
    "kind": {
        "talk": ("讲座",),
        "seminar": ("研讨会",),
        "qa": ("问答", "q&a"),
        "exchange": ("交流会", "技术交流"),
        "promotion": ("促销",),
        "salon": ("沙龙",),
        "other": ("其他", "其它"),
    },
    "incentive": {
        "": ("无", "none", "-"),
        "coupon": ("优惠券", "券"),
        "points": ("积分",),
        "gift": ("礼物", "礼品"),
    },
    "status": {
        "planned": ("计划中", "计划"),
        "open": ("报名中", "报名"),
        "running": ("进行中",),
        "ended": ("已结束", "结束"),
        "cancelled": ("取消", "已取消", "canceled"),
    },
}
_CODES = {"mode": EVENT_MODES, "kind": EVENT_KINDS, "incentive": INCENTIVES,
          "status": EVENT_STATUSES}  # fmt: skip
EDITABLE = ("title", "mode", "kind", "community", "starts_at", "ends_at", "place", "capacity",
            "cost_cents", "incentive", "attribution_days", "notes")  # fmt: skip


def _key(text) -> str:
    return unicodedata.normalize("NFKC", str(text or "")).strip().lower()


def parse(kind: str, text) -> str:
    """The code for a mode/kind/incentive/status word ('沙龙', 'salon'); ValidationError
    (code event_<kind>_invalid) otherwise."""
    key = _key(text)
    for code in _CODES[kind]:
        if key == code or key in (_key(w) for w in WORDS[kind].get(code, ())):
            return code
    choices = ", ".join(f"{c} ({WORDS[kind][c][0]})" for c in _CODES[kind] if c)
    raise ValidationError(kind, f"event_{kind}_invalid", f"'{text}' is not one of: {choices}")


def _moment(value, field: str) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    try:
        return date_input.parse(str(value))[0]
    except ValidationError as exc:
        raise ValidationError(field, "event_time_invalid", str(exc), text=str(value)) from None


def _count(value, field: str, low: int, high: int) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        number = None
    if number is None or not low <= number <= high:
        raise ValidationError(field, f"event_{field}_invalid",
                              f"{field} must be a whole number from {low} to {high}: {value!r}")  # fmt: skip
    return number


def _text(value, field: str, limit: int) -> str:
    text = str(value or "").strip()
    if len(text) > limit:
        raise ValidationError(field, "too_long", f"{field} is too long", limit=limit)
    return text


def clean(data: dict, current: dict | None = None) -> dict:
    """The values to store for `data` (over `current`, for an edit); ValidationError."""
    out = {}
    merged = {**(current or {}), **data}
    if "title" in data or current is None:
        out["title"] = _text(data.get("title"), "title", MAX_TITLE)
        if not out["title"]:
            raise ValidationError("title", "event_title_required", "an event needs a title")
    for name in ("mode", "kind", "incentive"):
        if name in data:
            out[name] = parse(name, data[name] or ("" if name == "incentive" else None))
    if "community" in data:
        community = data["community"]
        if community in (None, ""):
            out["community"] = None
        else:
            cid = _count(community, "community", 1, 2**62)
            if Community.get_or_none(Community.id == cid) is None:
                raise NotFoundError(f"no community with id {community}",
                                    code="community_not_found", community_id=community)  # fmt: skip
            out["community"] = cid
    if "starts_at" in data or current is None:
        out["starts_at"] = _moment(data.get("starts_at"), "starts_at")
        if out["starts_at"] is None:
            raise ValidationError("starts_at", "event_time_required", "give the event's date")
    if "ends_at" in data:
        out["ends_at"] = _moment(data["ends_at"], "ends_at")
    starts = out.get("starts_at", merged.get("starts_at"))
    ends = out.get("ends_at", merged.get("ends_at"))
    if ends is not None and starts is not None and ends < starts:
        raise ValidationError("ends_at", "event_ends_before", "the event ends before it starts")
    if "place" in data:
        out["place"] = _text(data["place"], "place", MAX_TITLE)
    if "capacity" in data:
        out["capacity"] = _count(data["capacity"], "capacity", 1, 1_000_000)
    if "cost_cents" in data:
        out["cost_cents"] = to_cents(data["cost_cents"] or 0, "cost") if not isinstance(
            data["cost_cents"], int) else data["cost_cents"]  # fmt: skip
        if out["cost_cents"] < 0:
            raise ValidationError("cost", "event_cost_invalid", "the cost cannot be negative")
    if "attribution_days" in data:
        days = _count(data["attribution_days"], "attribution_days", 0, 365)
        out["attribution_days"] = DEFAULT_ATTRIBUTION_DAYS if days is None else days
    if "notes" in data:
        out["notes"] = _text(data["notes"], "notes", MAX_TEXT)
    return out


def get_row(event_id) -> Event:
    try:
        row = Event.get_or_none(Event.id == int(event_id))
    except (TypeError, ValueError):
        row = None
    if row is None:
        raise NotFoundError(f"no event with id {event_id}", code="event_not_found",
                            event_id=event_id)  # fmt: skip
    return row


def image(row: Event) -> dict:
    """The fields an audit entry compares (as audit.changes shows them)."""
    return {name: getattr(row, name) for name in (*EDITABLE, "status")}


def create(data: dict) -> int:
    """A new event (status planned unless `data` says open); returns its id."""
    values = clean(data)
    status = parse("status", data.get("status") or "planned")
    if status in CLOSED:
        raise ValidationError("status", "event_status_step", "a new event cannot be closed",
                              status=status)  # fmt: skip
    now = clock.now()
    with database.atomic():
        new_id = Event.insert(**values, status=status, created_at=now, updated_at=now).execute()
        audit.record("create", "event", new_id, detail=f"title: {values['title']}")
    return new_id


def update(event_id: int, data: dict) -> None:
    """Change an event's fields (not its status: set_status); refused on a cancelled one."""
    row = get_row(event_id)
    if row.status == "cancelled":
        raise ValidationError("status", "event_cancelled", "the event is cancelled",
                              title=row.title)  # fmt: skip
    values = clean({k: v for k, v in data.items() if k in EDITABLE}, image(row))
    if "capacity" in values and values["capacity"] is not None:
        taken = (
            EventSignup.select()
            .where((EventSignup.event == row.id) & EventSignup.status.in_(("signed", "attended")))
            .count()
        )
        if values["capacity"] < taken:
            raise ValidationError("capacity", "event_capacity_below", "fewer places than sign-ups",
                                  taken=taken)  # fmt: skip
    before = image(row)
    with database.atomic():
        Event.update(**values, updated_at=clock.now()).where(Event.id == row.id).execute()
        after = image(get_row(row.id))
        if after != before:
            audit.record("edit", "event", row.id,
                         detail=f"{row.title}: {audit.changes(before, after)}")  # fmt: skip


def check_step(row: Event, status: str) -> None:
    """Forward only (planned < open < running < ended); cancel from any before ended."""
    order = EVENT_STATUSES.index
    ok = (status == "cancelled" and row.status not in CLOSED) or (
        status != "cancelled" and row.status != "cancelled" and order(status) > order(row.status)
    )
    if not ok:
        raise ValidationError("status", "event_status_step",
                              f"the event is {row.status}: it cannot become {status}",
                              status=row.status, to=status)  # fmt: skip


def set_status(event_id: int, status: str) -> None:
    """Move the event on (open, running) or cancel it. Ending it is signups.close (it
    marks the no-shows)."""
    row = get_row(event_id)
    status = parse("status", status)
    check_step(row, status)
    if status == "ended":
        raise ValidationError("status", "event_close_needed", "close the event to end it")
    with database.atomic():
        Event.update(status=status, updated_at=clock.now()).where(Event.id == row.id).execute()
        audit.record(
            "edit", "event", row.id, detail=f"{row.title}: status: {row.status} → {status}"
        )


def require_open(row: Event) -> None:
    """Refuse a sign-up, check-in or walk-in on a cancelled or ended event."""
    if row.status == "cancelled":
        raise ValidationError("event", "event_cancelled", "the event is cancelled",
                              title=row.title)  # fmt: skip
    if row.status == "ended":
        raise ValidationError("event", "event_ended", "the event has ended", title=row.title)


def get(event_id: int) -> dict:
    row = get_row(event_id)
    return Event.select().where(Event.id == row.id).dicts().get()


def listing(
    status: str | None = None, community: int | None = None, limit: int = 1000
) -> list[dict]:
    """Events, newest first, with their sign-up counts (signed, attended, waiting)."""
    query = Event.select().order_by(Event.starts_at.desc(), Event.id.desc())
    if status:
        query = query.where(Event.status == parse("status", status))
    if community is not None:
        query = query.where(Event.community == community)
    rows = list(query.limit(limit).dicts())
    counts = _signup_counts([r["id"] for r in rows])
    for r in rows:
        r.update(counts.get(r["id"], {}))
        for key in ("signed", "attended", "waiting", "no_show"):
            r.setdefault(key, 0)
    return rows


def listing_one(event_id: int) -> dict:
    """One event as listing() gives it (with its sign-up counts)."""
    row = get(event_id)
    counts = _signup_counts([row["id"]]).get(row["id"], {})
    return {**row, **{k: counts.get(k, 0) for k in ("signed", "attended", "waiting", "no_show")}}


def _signup_counts(event_ids: list[int]) -> dict[int, dict[str, int]]:
    out: dict[int, dict[str, int]] = {}
    for i in range(0, len(event_ids), 500):
        query = (EventSignup.select(EventSignup.event, EventSignup.status, fn.COUNT(1))
                 .where(EventSignup.event.in_(event_ids[i:i + 500]))
                 .group_by(EventSignup.event, EventSignup.status).tuples())  # fmt: skip
        for event_id, status, n in query:
            out.setdefault(event_id, {})[status] = n
    return out


def to_json(row: dict) -> dict:
    """An event for --json (stable keys; money in fen and yuan)."""

    def when(value):
        return value.strftime("%Y-%m-%d %H:%M") if value else None

    return {
        "id": row["id"], "title": row["title"], "mode": row["mode"], "kind": row["kind"],
        "community": row["community"], "starts_at": when(row["starts_at"]),
        "ends_at": when(row["ends_at"]), "place": row["place"], "capacity": row["capacity"],
        "cost_cents": row["cost_cents"], "incentive": row["incentive"], "status": row["status"],
        "attribution_days": row["attribution_days"], "notes": row["notes"],
        **{k: row[k] for k in ("signed", "attended", "waiting", "no_show") if k in row},
    }  # fmt: skip
