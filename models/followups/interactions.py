"""The interaction log (互动记录): every contact with a customer, by channel, when, and
what was said. Each customer's latest contact is copied to customer.last_contact_at,
which restarts the stay-in-touch clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField, TextField, fn

from models import clock
from models.customers.record import Customer, live_customer
from models.errors import NotFoundError, ValidationError
from models.followups import channels
from models.storage import audit
from models.storage.base import BaseModel
from models.storage.db import database

MAX_SUMMARY = 10000
# A contact logged a little ahead of the PC's clock is fine; one days ahead is a typo.
FUTURE_SLACK = dt.timedelta(minutes=10)


class Interaction(BaseModel):
    customer = ForeignKeyField(Customer, on_delete="CASCADE", index=False)
    channel = CharField(default="phone")  # a channels code
    at = DateTimeField()
    summary = TextField(default="")
    owner = CharField(default="")
    followup = IntegerField(null=True)  # the follow-up whose completion logged it
    created_at = DateTimeField()
    import_run = IntegerField(null=True)  # the import that wrote it (undo; step 16)


def log(
    customer_id: int,
    channel: str,
    summary: str,
    *,
    at: dt.datetime | None = None,
    owner: str | None = None,
    followup_id: int | None = None,
    allow_empty: bool = False,
    audited: bool = True,
) -> int:
    """Log a contact; returns its id. `at` defaults to now and may not be in the future.
    `audited=False`: the caller's entry covers it (a follow-up completed)."""

    customer = live_customer(customer_id)
    code = channels.parse(channel)
    summary = _summary(summary, allow_empty)
    now = clock.now()
    at = _at(at or now, now)
    with database.atomic():
        new_id = Interaction.insert(
            customer=customer.id, channel=code, at=at, summary=summary,
            owner=customer.owner if owner is None else owner, followup=followup_id,
            created_at=now,
        ).execute()  # fmt: skip
        refresh_last([customer.id])
        if audited:
            _record("create", None, _row(new_id))
    return new_id


def _summary(summary: str, allow_empty: bool = False) -> str:
    summary = (summary or "").strip()
    if not summary and not allow_empty:
        raise ValidationError("summary", "required", "say what the contact was about")
    if len(summary) > MAX_SUMMARY:
        raise ValidationError("summary", "too_long", f"longer than {MAX_SUMMARY} characters")
    return summary


def _at(at: dt.datetime, now: dt.datetime) -> dt.datetime:
    at = at.replace(microsecond=0)
    if at > now + FUTURE_SLACK:
        raise ValidationError("at", "at_future", "a contact cannot be logged in the future")
    return at


def _row(interaction_id: int) -> Interaction:
    row = Interaction.get_or_none(Interaction.id == interaction_id)
    if row is None:
        raise NotFoundError(
            f"no interaction with id {interaction_id}", code="interaction_not_found"
        )
    return row


AUDITED = ("channel", "at", "summary", "owner")


def _record(action: str, before: Interaction | None, after: Interaction | None) -> None:
    """The entry: the customer, and each field as `field: before → after`."""
    row = after or before
    name = Customer.select(Customer.name).where(Customer.id == row.customer_id).scalar()

    def image(r):
        return {k: (str(getattr(r, k)) if r is not None else None) for k in AUDITED}

    detail = f"{name or row.customer_id} #{row.id}: {audit.changes(image(before), image(after))}"
    audit.record(action, "interaction", row.id, detail=detail)


def edit(interaction_id: int, *, channel: str | None = None, at: dt.datetime | None = None,
         summary: str | None = None) -> None:  # fmt: skip
    """Change a logged contact's channel, time or summary (a completion's may be empty)."""
    row = _row(interaction_id)
    values = {}
    if channel is not None:
        values["channel"] = channels.parse(channel)
    if summary is not None:
        values["summary"] = _summary(summary, allow_empty=row.followup is not None)
    if at is not None:
        values["at"] = _at(at, clock.now())
    with database.atomic():
        Interaction.update(**values).where(Interaction.id == row.id).execute()
        refresh_last([row.customer_id])
        _record("edit", row, _row(row.id))


def delete(interaction_id: int) -> None:
    row = _row(interaction_id)
    with database.atomic():
        row.delete_instance()
        refresh_last([row.customer_id])
        _record("delete", row, None)


def refresh_last(customer_ids) -> None:
    """Copy each customer's latest interaction time to customer.last_contact_at (one
    statement per 500 customers)."""
    ids = sorted(set(customer_ids))
    latest = Interaction.select(fn.MAX(Interaction.at)).where(Interaction.customer == Customer.id)
    for i in range(0, len(ids), 500):
        Customer.update(last_contact_at=latest).where(Customer.id.in_(ids[i : i + 500])).execute()


def for_customer(customer_id: int, limit: int | None = None) -> list[dict]:
    query = (
        Interaction.select()
        .where(Interaction.customer == customer_id)
        .order_by(Interaction.at.desc(), Interaction.id.desc())
        .limit(limit)
    )
    return list(query.dicts())


def get(interaction_id: int) -> dict:
    """One logged contact as a row dict (`customer` is the customer's id); NotFoundError."""
    row = Interaction.select().where(Interaction.id == interaction_id).dicts().first()
    if row is None:
        raise NotFoundError(
            f"no interaction with id {interaction_id}", code="interaction_not_found"
        )
    return row


def listing(customer_id: int | None = None) -> Iterator[dict]:
    """Every logged contact, newest first (only one customer's when given), as row dicts
    read from a cursor as they are used: the whole log need not fit in memory."""
    query = Interaction.select().order_by(Interaction.at.desc(), Interaction.id.desc())
    if customer_id is not None:
        query = query.where(Interaction.customer == customer_id)
    return query.dicts().iterator()


def to_json(row: dict) -> dict:
    return {
        "id": row["id"],
        "customer_id": row.get("customer_id", row.get("customer")),
        "channel": row["channel"],
        "at": row["at"].isoformat(timespec="minutes"),
        "summary": row["summary"],
        "owner": row["owner"],
        "followup_id": row["followup"],
    }
