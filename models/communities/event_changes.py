"""Undo and redo of event writes (the window's Ctrl+Z / Ctrl+Y): each write is kept as
the before- and after-images of the event, its sign-ups and the follow-ups it planned
(models.storage.row_changes). A walk-in's customer created on the spot stays: undo
removes the sign-up, not the customer (the customer's own delete is the recycle bin)."""

from __future__ import annotations

from models.communities.tables import Event, EventSignup
from models.followups.followups import Followup, refresh_next
from models.storage import row_changes
from models.storage.db import database
from models.storage.row_changes import RowChanges, Scope, newer_than_now


def recording(event_id: int | None = None):
    """A context manager around an event write: the yielded RowChanges holds what it
    changed of event `event_id` (None: a new one), its sign-ups and new follow-ups."""
    scopes = [
        Scope(Event, (Event.id == (event_id or 0)) | newer_than_now(Event)),
        Scope(EventSignup, (EventSignup.event == (event_id or 0)) | newer_than_now(EventSignup)),
        Scope(Followup, newer_than_now(Followup), ignore=("notified_at",)),
    ]
    return row_changes.recording(scopes)


def write(changes: RowChanges, to_after: bool) -> None:
    """Redo (`to_after`) or undo; ValidationError "undo_conflict" and nothing written when
    a row was changed since."""
    with database.atomic():
        changes.write(to_after)
        refresh_next(sorted(changes.touched(Followup, "customer")))


def event_ids(changes: RowChanges) -> list[int]:
    return sorted(changes.touched(Event, "id") | changes.touched(EventSignup, "event"))


def customer_ids(changes: RowChanges) -> list[int]:
    return sorted(changes.touched(EventSignup, "customer") | changes.touched(Followup, "customer"))


def describe(changes: RowChanges) -> str:
    """The undo/redo audit entry's detail: which event and how many rows."""
    parts = [f"event: #{i}" for i in event_ids(changes)[:5]]
    signups = len(changes.images(EventSignup, True)) + len(changes.images(EventSignup, False))
    if signups:
        parts.append(f"signups: {len(customer_ids(changes))}")
    followups = sorted(changes.touched(Followup, "id"))
    if followups:
        parts.append(f"followup: {len(followups)}")
    return " | ".join(parts)
