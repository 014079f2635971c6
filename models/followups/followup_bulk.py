"""Writes to several follow-ups at once (the agenda's bulk actions): each all or nothing,
with one audit entry naming them and their count."""

from __future__ import annotations

import datetime as dt

from models.errors import NotFoundError
from models.followups.followups import (
    MAX_NOTE,
    MAX_SUBJECT,
    Followup,
    audit_change,
    cancel_row,
    clean_text,
    complete_row,
    next_text,
    refresh_next,
    refuse_owned,
    snooze_target,
)
from models.storage.db import database


def cancel_many(ids, *, skip: bool = False) -> int:
    """Cancel (or skip) every open follow-up of `ids`: all or nothing, one entry."""
    rows = open_rows(ids)
    with database.atomic():
        next_ids = [n for n in (cancel_row(row, skip) for row in rows) if n]
        audit_change("skip" if skip else "cancel", rows, next_text(next_ids))
    return len(rows)


def snooze_many(ids, until) -> int:
    """Snooze every open follow-up of `ids` (see snooze_target): all or nothing, one entry."""
    rows = open_rows(ids)
    with database.atomic():
        for row in rows:
            due_at, timed = snooze_target(row, until)
            Followup.update(due_at=due_at, has_time=timed, notified_at=None).where(
                Followup.id == row.id
            ).execute()
        refresh_next({r.customer_id for r in rows})
        audit_change("snooze", rows)
    return len(rows)


def open_rows(ids) -> list[Followup]:
    rows = list(Followup.select().where(Followup.id.in_(list(ids))))
    missing = set(ids) - {r.id for r in rows}
    if missing:
        raise NotFoundError(f"no follow-up with id {min(missing)}", code="followup_not_found")
    return [r for r in rows if r.status == "open"]


def reschedule(ids, day: dt.date) -> int:
    """Move open follow-ups to `day`, each keeping its time of day. Returns how many moved."""
    rows = open_rows(ids)
    with database.atomic():
        for row in rows:
            due_at = dt.datetime.combine(day, row.due_at.time())
            Followup.update(due_at=due_at, notified_at=None).where(Followup.id == row.id).execute()
        refresh_next({r.customer_id for r in rows})
        audit_change("reschedule", rows)
    return len(rows)


def reassign(ids, owner: str) -> int:
    owner = clean_text(owner, "owner", MAX_SUBJECT)
    rows = open_rows(ids)
    with database.atomic():
        Followup.update(owner=owner).where(Followup.id.in_([r.id for r in rows])).execute()
        audit_change("reassign", rows)
    return len(rows)


def complete_many(ids, outcome: str = "", *, through_owner: bool = False) -> int:
    """Complete every open follow-up of `ids` with one outcome: all or nothing (refused
    when one is completed by its owner, OWNED_SOURCES, unless the owner calls)."""
    outcome = clean_text(outcome, "outcome", MAX_NOTE)
    rows = open_rows(ids)
    if not through_owner:
        refuse_owned(rows)
    with database.atomic():
        next_ids = [n for row in rows for n in complete_row(row, outcome).next_ids]
        audit_change("complete", rows, next_text(next_ids))
    return len(rows)


def delete_many(ids) -> int:
    """Delete the follow-ups of `ids` (any status) for good: all or nothing, one entry."""
    rows = list(Followup.select().where(Followup.id.in_(list(ids))))
    if len(rows) < len(set(ids)):
        missing = set(ids) - {r.id for r in rows}
        raise NotFoundError(f"no follow-up with id {min(missing)}", code="followup_not_found")
    with database.atomic():
        Followup.delete().where(Followup.id.in_([r.id for r in rows])).execute()
        refresh_next({r.customer_id for r in rows})
        audit_change("delete", rows)
    return len(rows)
