"""Follow-ups (跟进计划): the next contact planned with a customer, its repeats, snoozing,
completing (which logs the contact), and the agenda buckets the follow-ups page shows.

A follow-up is due on a date, or at a time on that date (`has_time`). Each customer's
earliest open follow-up is copied to customer.next_followup_at by every write here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import (
    BooleanField,
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
    Tuple,
    fn,
)

from models import clock
from models.customers.record import Customer, live_customer
from models.errors import NotFoundError, ValidationError
from models.followups import channels, followup_audit, interactions
from models.storage.base import BaseModel
from models.storage.db import database
from models.values import date_input, recurrence

STATUSES = ("open", "done", "cancelled")
# Follow-ups that a record above this floor completes through its own step, by their
# `source`: a complaint's return visit (回访) is done by the complaint's "visit" step,
# which records the customer's satisfaction. Completed here alone, it would leave that
# record waiting: `complete` refuses them unless `through_owner`.
OWNED_SOURCES = ("complaint",)
BUCKETS = ("today", "overdue", "week", "later", "done")
MAX_SUBJECT, MAX_NOTE = 200, 10000


class Followup(BaseModel):
    customer = ForeignKeyField(Customer, on_delete="CASCADE", index=False)
    kind = CharField(default="phone")  # a channels code
    due_at = DateTimeField()  # midnight when the follow-up has no time
    has_time = BooleanField(default=False)
    subject = CharField(default="")
    note = TextField(default="")
    owner = CharField(default="")
    status = CharField(default="open")
    every = CharField(default="")  # recurrence.parse form: "", "3d", "2w", "1m", "1y"
    anchor = DateTimeField(null=True)  # the series' first due date
    source = CharField(default="")  # "" (planned by staff), "birthday", ...
    care_key = CharField(default="")  # unique per customer: one reminder per occasion
    outcome = TextField(default="")
    created_at = DateTimeField()
    done_at = DateTimeField(null=True)
    notified_at = DateTimeField(null=True)  # the reminder rang (rings once)
    import_run = IntegerField(null=True)  # the import that wrote it (undo; step 16)


# ---------------------------------------------------------------- input


def parse_due(text: str) -> tuple[dt.datetime, bool]:
    """(datetime, has_time) for a date as staff type it (models.date_input: today,
    明天, +3d, 下周一, 2026-12-01[T09:30], ...); ValidationError."""
    try:
        return date_input.parse(text)
    except ValidationError:
        raise ValidationError(
            "due",
            "due_invalid",
            f"'{text}' is not a date; try one of: {date_input.FORMS}",
            text=text,
        ) from None


def _due(value, has_time: bool | None) -> tuple[dt.datetime, bool]:
    if isinstance(value, str):
        return parse_due(value)
    if isinstance(value, dt.datetime):
        timed = True if has_time is None else has_time
        return (value.replace(second=0, microsecond=0) if timed else _midnight(value)), timed
    if isinstance(value, dt.date):
        return _midnight(value), False
    raise ValidationError("due", "due_invalid", "a follow-up needs a due date")


def _midnight(day) -> dt.datetime:
    day = day.date() if isinstance(day, dt.datetime) else day
    return dt.datetime.combine(day, dt.time())


def clean_text(value, name: str, limit: int) -> str:
    value = (value or "").strip()
    if len(value) > limit:
        raise ValidationError(
            name, "too_long", f"{name} is longer than {limit} characters", limit=limit
        )
    return value


def get_row(followup_id) -> Followup:
    row = Followup.get_or_none(Followup.id == followup_id)
    if row is None:
        raise NotFoundError(
            f"no follow-up with id {followup_id}", code="followup_not_found", id=followup_id
        )
    return row


def _open_row(followup_id) -> Followup:
    row = get_row(followup_id)
    if row.status != "open":
        raise ValidationError(
            "status", "followup_closed", f"follow-up {followup_id} is already {row.status}"
        )
    return row


# ---------------------------------------------------------------- writes


def create(
    customer_id: int,
    due,
    *,
    has_time: bool | None = None,
    kind: str = "phone",
    subject: str = "",
    note: str = "",
    owner: str | None = None,
    every: str = "",
    source: str = "",
    care_key: str = "",
    audited: bool = True,
) -> int:
    """Plan a follow-up; returns its id. `due` is a date, a datetime or parse_due text.
    `audited=False`: the caller's own entry covers it (completing with a next step)."""
    customer = live_customer(customer_id)
    due_at, timed = _due(due, has_time)
    every = recurrence.parse(every)
    values = dict(
        customer=customer.id,
        kind=channels.parse(kind, "kind"),
        due_at=due_at,
        has_time=timed,
        subject=clean_text(subject, "subject", MAX_SUBJECT),
        note=clean_text(note, "note", MAX_NOTE),
        owner=clean_text(customer.owner if owner is None else owner, "owner", MAX_SUBJECT),
        every=every,
        anchor=_midnight(due_at) if every else None,
        source=source,
        care_key=care_key,
        created_at=clock.now(),
    )
    with database.atomic():
        new_id = Followup.insert(**values).execute()
        refresh_next([customer.id])
        if audited:
            _record("create", [(None, get_row(new_id))])
    return new_id


def _record(action: str, pairs, extra: str = "") -> None:
    """The audit entry of a write: (row before, row after) per follow-up (None: none)."""
    followup_audit.record(action, [
        ((after or before).id, (after or before).customer_id,
         before and followup_audit.image(before), after and followup_audit.image(after))
        for before, after in pairs
    ], extra)  # fmt: skip


def audit_change(action: str, rows, extra: str = "") -> None:
    """The entry for `rows` (as they were) and how they are now."""
    now = {r.id: r for r in Followup.select().where(Followup.id.in_([r.id for r in rows]))}
    _record(action, [(row, now.get(row.id)) for row in rows], extra)


def update(followup_id: int, **changes) -> None:
    """Edit an open follow-up: kind, due (+ has_time), subject, note, owner, every."""
    row = _open_row(followup_id)
    values = {}
    if "due" in changes:
        values["due_at"], values["has_time"] = _due(changes["due"], changes.get("has_time"))
        values["notified_at"] = None
    if "kind" in changes:
        values["kind"] = channels.parse(changes["kind"], "kind")
    for name, limit in (("subject", MAX_SUBJECT), ("note", MAX_NOTE), ("owner", MAX_SUBJECT)):
        if name in changes:
            values[name] = clean_text(changes[name], name, limit)
    if "every" in changes:
        values["every"] = recurrence.parse(changes["every"])
        due_at = values.get("due_at", row.due_at)
        values["anchor"] = _midnight(due_at) if values["every"] else None
    with database.atomic():
        Followup.update(**values).where(Followup.id == row.id).execute()
        refresh_next([row.customer_id])
        audit_change("edit", [row])


def delete(followup_id: int) -> None:
    """Delete a follow-up (any status) for good; the audit entry keeps what it was."""
    row = get_row(followup_id)
    with database.atomic():
        Followup.delete().where(Followup.id == row.id).execute()
        refresh_next([row.customer_id])
        _record("delete", [(row, None)])


@dataclass
class Completed:
    interaction_id: int | None
    next_ids: list[int] = field(default_factory=list)  # the repeat and/or the next step


def _repeat(row: Followup) -> int | None:
    """Create the next follow-up of a repeating series after `row` (done or skipped)."""
    if not row.every:
        return None
    anchor = (row.anchor or row.due_at).date()
    tomorrow = clock.today() + dt.timedelta(days=1)
    day = recurrence.next_after(anchor, row.every, row.due_at.date(), tomorrow)
    due_at = dt.datetime.combine(day, row.due_at.time())
    return Followup.insert(
        customer=row.customer_id, kind=row.kind, due_at=due_at, has_time=row.has_time,
        subject=row.subject, note=row.note, owner=row.owner, every=row.every,
        anchor=row.anchor or _midnight(row.due_at), source=row.source, created_at=clock.now(),
    ).execute()  # fmt: skip


def complete(
    followup_id: int,
    outcome: str = "",
    *,
    channel: str | None = None,
    next_due=None,
    next_has_time: bool | None = None,
    next_kind: str | None = None,
    next_subject: str = "",
    next_note: str = "",
    through_owner: bool = False,
) -> Completed:
    """Mark done with its outcome, log the contact as an interaction, create the next
    repeat, and (with `next_due`) plan the next step: all or nothing. A follow-up of
    OWNED_SOURCES is refused ("followup_owned") unless its owner's step completes it."""

    row = _open_row(followup_id)
    if not through_owner:
        refuse_owned([row])
    outcome = clean_text(outcome, "outcome", MAX_NOTE)
    with database.atomic():
        result = complete_row(row, outcome, channel, next_due, next_has_time, next_kind,
                              next_subject, next_note)  # fmt: skip
        audit_change("complete", [row], next_text(result.next_ids))
    return result


def next_text(next_ids) -> str:
    return f"next: {', '.join(f'#{i}' for i in next_ids)}" if next_ids else ""


def complete_row(row, outcome, channel=None, next_due=None, next_has_time=None, next_kind=None,
                 next_subject="", next_note="") -> Completed:  # fmt: skip
    """complete()'s write, without its audit entry (the bulk one names them all)."""
    with database.atomic():
        now = clock.now()
        Followup.update(status="done", done_at=now, outcome=outcome).where(
            Followup.id == row.id
        ).execute()
        summary = outcome or row.subject or row.note
        interaction_id = interactions.log(
            row.customer_id,
            channel or row.kind,
            summary,
            owner=row.owner,
            followup_id=row.id,
            allow_empty=True,
            audited=False,
        )
        result = Completed(interaction_id)
        repeat = _repeat(row)
        if repeat is not None:
            result.next_ids.append(repeat)
        if next_due is not None:
            result.next_ids.append(
                create(
                    row.customer_id,
                    next_due,
                    has_time=next_has_time,
                    kind=next_kind or row.kind,
                    subject=next_subject,
                    note=next_note,
                    owner=row.owner,
                    audited=False,
                )
            )
        refresh_next([row.customer_id])
    return result


def cancel(followup_id: int, *, skip: bool = False) -> int | None:
    """Cancel a follow-up. `skip`: only this time, the series goes on (returns the next
    one's id); otherwise a repeating series ends here."""
    row = _open_row(followup_id)
    with database.atomic():
        next_id = cancel_row(row, skip)
        audit_change("skip" if skip else "cancel", [row], next_text([next_id] if next_id else []))
    return next_id


def cancel_row(row: Followup, skip: bool) -> int | None:
    """cancel()'s write, without its audit entry."""
    Followup.update(status="cancelled", done_at=clock.now()).where(Followup.id == row.id).execute()
    next_id = _repeat(row) if skip else None
    refresh_next([row.customer_id])
    return next_id


SNOOZES = ("hour", "tomorrow", "next_week")


def snooze_target(row: Followup, until) -> tuple[dt.datetime, bool]:
    """Where snoozing moves a follow-up: "hour" (an hour from now), "tomorrow", "next_week"
    (next Monday), keeping its time of day; or a chosen date or datetime."""
    now = clock.now()
    today = now.date()
    if until == "hour":
        return now.replace(second=0) + dt.timedelta(hours=1), True
    if until == "tomorrow":
        day = today + dt.timedelta(days=1)
    elif until == "next_week":
        day = today + dt.timedelta(days=7 - today.weekday())
    elif isinstance(until, dt.datetime):
        if until < now.replace(second=0):
            raise ValidationError("due", "due_past", "a follow-up cannot be snoozed into the past")
        return until.replace(second=0, microsecond=0), True
    elif isinstance(until, dt.date):
        day = until
    else:
        raise ValidationError("due", "due_invalid", f"cannot snooze until {until!r}")
    if day < today:
        raise ValidationError("due", "due_past", "a follow-up cannot be snoozed into the past")
    return dt.datetime.combine(day, row.due_at.time() if row.has_time else dt.time()), row.has_time


def snooze(followup_id: int, until) -> dt.datetime:
    """Move an open follow-up later (see snooze_target); it may ring again. Returns the new due."""
    row = _open_row(followup_id)
    due_at, timed = snooze_target(row, until)
    with database.atomic():
        Followup.update(due_at=due_at, has_time=timed, notified_at=None).where(
            Followup.id == row.id
        ).execute()
        refresh_next([row.customer_id])
        audit_change("snooze", [row])
    return due_at


def refuse_owned(rows) -> None:
    """ValidationError "followup_owned" when one of `rows` is completed by its owner."""
    owned = [r for r in rows if r.source in OWNED_SOURCES]
    if owned:
        raise ValidationError(
            "followup", "followup_owned",
            f"follow-up {owned[0].id} belongs to a {owned[0].source}: complete it there",
            followup_id=owned[0].id, source=owned[0].source,
        )  # fmt: skip


def refresh_next(customer_ids) -> None:
    """Copy each customer's earliest open follow-up to customer.next_followup_at (one
    statement per 500 customers: care reminders touch thousands at once)."""
    ids = sorted(set(customer_ids))
    earliest = Followup.select(fn.MIN(Followup.due_at)).where(
        (Followup.customer == Customer.id) & (Followup.status == "open")
    )
    for i in range(0, len(ids), 500):
        Customer.update(next_followup_at=earliest).where(
            Customer.id.in_(ids[i : i + 500])
        ).execute()


# ---------------------------------------------------------------- reading


DUE_STATES = ("done", "overdue", "today", "planned")


def due_state(row: dict, now: dt.datetime | None = None) -> str:
    """Where a follow-up (or a customer due a contact: "type" "touch") stands, the one
    answer the agenda's colours and texts, the buckets and the counts share: "done"
    (done or cancelled), "overdue" (due on a day before today), "today" (due today,
    a time already passed included: it stays in Today until the day ends, and the
    reminder has fired at its time), "planned" (a later day)."""
    now = now or clock.now()
    if row.get("type") == "touch":
        return "overdue" if row["overdue_days"] > 0 else "today"
    if row["status"] != "open":
        return "done"
    day = row["due_at"].date()
    if day < now.date():
        return "overdue"
    return "today" if day == now.date() else "planned"


def overdue_days(row: dict, today: dt.date | None = None) -> int:
    """Days since the follow-up (or contact) fell due: > 0 overdue, 0 today, < 0 later."""
    if row.get("type") == "touch":
        return row["overdue_days"]
    return ((today or clock.today()) - row["due_at"].date()).days


def bucket_bounds(today: dt.date) -> dict[str, tuple[dt.datetime | None, dt.datetime | None]]:
    """[start, end) of due_at for each open bucket. The week is Monday to Sunday (中国)."""
    day0 = _midnight(today)
    tomorrow = day0 + dt.timedelta(days=1)
    monday = day0 + dt.timedelta(days=7 - today.weekday())
    return {
        "overdue": (None, day0),
        "today": (day0, tomorrow),
        "week": (tomorrow, max(monday, tomorrow)),
        "later": (max(monday, tomorrow), None),
    }


def _bin_has_customers() -> bool:
    return Customer.select().where(Customer.deleted_at.is_null(False)).exists()


def _live(query, live: bool | None = None):
    """Leave out follow-ups of customers in the recycle bin (few: one small subquery)."""
    if live is None:
        live = _bin_has_customers()
    if live:
        binned = Customer.select(Customer.id).where(Customer.deleted_at.is_null(False))
        query = query.where(Followup.customer.not_in(binned))
    return query


def bucket_condition(bucket: str, today: dt.date):
    """The where-clause of an agenda bucket, or of one day: "day:YYYY-MM-DD" (any status)."""
    if bucket == "done":
        return Followup.status.in_(("done", "cancelled"))
    if bucket.startswith("day:"):
        start = _midnight(dt.date.fromisoformat(bucket[4:]))
        return (Followup.due_at >= start) & (Followup.due_at < start + dt.timedelta(days=1))
    if bucket == "all":
        return Followup.status == "open"
    start, end = bucket_bounds(today)[bucket]
    cond = Followup.status == "open"
    if start is not None:
        cond &= Followup.due_at >= start
    if end is not None:
        cond &= Followup.due_at < end
    return cond


def count_where(condition) -> int:
    return _live(Followup.select(fn.COUNT(Followup.id)).where(condition)).scalar() or 0


def count(bucket: str, today: dt.date | None = None) -> int:
    return count_where(bucket_condition(bucket, today or clock.today()))


def live_ids(customer_ids) -> set[int]:
    """Those of `customer_ids` that are live customers (not in the recycle bin)."""
    ids = list(customer_ids)
    return {
        i for (i,) in Customer.select(Customer.id).where(
            Customer.id.in_(ids) & Customer.deleted_at.is_null()
        ).tuples()
    } if ids else set()  # fmt: skip


def counts(today: dt.date | None = None) -> dict[str, int]:
    today = today or clock.today()
    live = _bin_has_customers()
    return {
        b: _live(
            Followup.select(fn.COUNT(Followup.id)).where(bucket_condition(b, today)), live
        ).scalar()
        or 0
        for b in BUCKETS
    }


def _order(bucket: str):
    if bucket == "done":
        return [Followup.done_at, Followup.id], True
    return [Followup.due_at, Followup.id], False


def page(bucket: str, limit: int, after: tuple | None = None, today: dt.date | None = None):
    """Up to `limit` follow-ups of a bucket in order (due first; done: latest first),
    continuing after the row whose "_key" is `after`. Rows are dicts with the customer's
    name and mobile."""
    keys, descending = _order(bucket)
    condition = bucket_condition(bucket, today or clock.today())
    return _page_where(condition, keys, descending, limit, after)


def _page_where(condition, keys, descending: bool, limit: int, after: tuple | None):
    query = _live(Followup.select().where(condition))
    if after is not None:
        lhs, rhs = Tuple(*keys), Tuple(*after)
        query = query.where(lhs < rhs if descending else lhs > rhs)
    order = [k.desc() if descending else k.asc() for k in keys]
    rows = list(query.order_by(*order).limit(limit).dicts())
    return with_customers(rows, keys=[k.name for k in keys])


def with_customers(rows: list[dict], keys=("due_at", "id")) -> list[dict]:
    """Add customer_id, customer_name, customer_mobile and the paging "_key" to rows."""
    ids = {r["customer"] for r in rows}
    names = {
        c.id: (c.name, c.mobile)
        for c in Customer.select(Customer.id, Customer.name, Customer.mobile).where(
            Customer.id.in_(list(ids))
        )
    } if ids else {}  # fmt: skip
    for r in rows:
        r["customer_id"] = r.pop("customer")
        r["customer_name"], r["customer_mobile"] = names.get(r["customer_id"], ("", ""))
        r["_key"] = tuple(r[k] for k in keys)
        r["type"] = "followup"
    return rows


def rows_where(condition, batch: int = 1000):
    """Every follow-up matching `condition` in due order, a batch at a time (the CLI)."""
    keys, after = [Followup.due_at, Followup.id], None
    while True:
        rows = _page_where(condition, keys, False, batch, after)
        yield from rows
        if len(rows) < batch:
            return
        after = rows[-1]["_key"]


def day_counts(first: dt.date, last: dt.date) -> dict[dt.date, int]:
    """Open follow-ups per due day from `first` to `last` (the calendar's numbers)."""
    day = fn.DATE(Followup.due_at)
    query = (
        Followup.select(day.alias("day"), fn.COUNT(Followup.id))
        .where(
            (Followup.status == "open")
            & (Followup.due_at >= _midnight(first))
            & (Followup.due_at < _midnight(last) + dt.timedelta(days=1))
        )
        .group_by(day)
    )
    result = {}
    for value, n in _live(query).tuples():
        if isinstance(value, str):  # SQLite's date() gives text, PostgreSQL a date
            value = dt.date.fromisoformat(value[:10])
        elif isinstance(value, dt.datetime):
            value = value.date()
        result[value] = n
    return result


def for_customer(customer_id: int) -> list[dict]:
    rows = (
        Followup.select().where(Followup.customer == customer_id).order_by(Followup.due_at.desc())
    )
    return with_customers(list(rows.dicts()))


def get(followup_id: int) -> dict:
    row = get_row(followup_id)
    return with_customers([Followup.select().where(Followup.id == row.id).dicts().get()])[0]


def due_text(due_at: dt.datetime, has_time: bool) -> str:
    """ISO 8601: '2026-12-01' or '2026-12-01T09:30'."""
    return due_at.strftime("%Y-%m-%dT%H:%M") if has_time else due_at.date().isoformat()


def to_json(row: dict) -> dict:
    """The CLI's object for a follow-up (a contract: keep the keys)."""
    return {
        "id": row["id"],
        "customer_id": row["customer_id"],
        "customer_name": row.get("customer_name", ""),
        "due": due_text(row["due_at"], row["has_time"]),
        "kind": row["kind"],
        "subject": row["subject"],
        "note": row["note"],
        "owner": row["owner"],
        "status": row["status"],
        "every": row["every"],
        "source": row["source"],
        "outcome": row["outcome"],
        "done_at": row["done_at"].isoformat(timespec="minutes") if row["done_at"] else None,
    }
