"""Undo and redo of event writes (the window's Ctrl+Z / Ctrl+Y): each write is kept as
the before- and after-images of the event, its sign-ups and the follow-ups it planned
(models.storage.row_changes), plus the community activity its check-ins added ("attend",
"organise" in the event's community), kept as deltas: undo subtracts what the write
added and leaves any count someone else added the same day. A walk-in's customer
created on the spot stays: undo removes the sign-up, not the customer (the customer's
own delete is the recycle bin). The attendance points a check-in earned
(models.membership.auto_points) are taken back by undo with reversing rows and earned
anew by redo: the points ledger only grows."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field

from models.communities import activity, engagement
from models.communities.tables import Community, Event, EventSignup
from models.followups.followups import Followup, refresh_next
from models.membership import auto_points
from models.membership.tables import PointsEntry
from models.storage import row_changes
from models.storage.db import database
from models.storage.row_changes import RowChanges, Scope, newer_than_now


@dataclass
class EventChanges:
    """The rows an event write changed and the activity it added (community id and
    (customer, day, kind, delta) tuples)."""

    rows: RowChanges
    community: int | None = None
    activity: list[tuple] = field(default_factory=list)
    points: list[int] = field(default_factory=list)  # attendance points rows it earned

    def __bool__(self) -> bool:
        return bool(self.rows) or bool(self.activity) or bool(self.points)

    def touched(self, table, column: str) -> set:
        return self.rows.touched(table, column)

    def images(self, table, after: bool = True) -> list[dict]:
        return self.rows.images(table, after)


def _community(event_id: int | None) -> int | None:
    if not event_id:
        return None
    row = Event.get_or_none(Event.id == event_id)
    if row is None or row.community is None:
        return None
    return row.community if Community.get_or_none(Community.id == row.community) else None


@contextmanager
def recording(event_id: int | None = None):
    """A context manager around an event write: the yielded EventChanges holds what it
    changed of event `event_id` (None: a new one), its sign-ups, new follow-ups and the
    activity it added in the event's community."""
    scopes = [
        Scope(Event, (Event.id == (event_id or 0)) | newer_than_now(Event)),
        Scope(EventSignup, (EventSignup.event == (event_id or 0)) | newer_than_now(EventSignup)),
        Scope(Followup, newer_than_now(Followup), ignore=("notified_at",)),
    ]
    community = _community(event_id)
    before = activity.counts_of(community) if community else {}
    last_points = auto_points.last_entry_id()
    with row_changes.recording(scopes) as rows:
        changes = EventChanges(rows, community)
        yield changes
    if event_id:
        changes.points = auto_points.earned_since(event_id, last_points)
    if community:
        after = activity.counts_of(community)
        changes.activity = sorted(
            (*key, after.get(key, 0) - before.get(key, 0))
            for key in before.keys() | after.keys()
            if after.get(key, 0) != before.get(key, 0)
        )


def write(changes: EventChanges, to_after: bool) -> None:
    """Redo (`to_after`) or undo; ValidationError "undo_conflict" and nothing written when
    a row was changed since (or the activity added was taken away meanwhile)."""
    with database.atomic():
        changes.rows.write(to_after)
        refresh_next(sorted(changes.touched(Followup, "customer")))
        if changes.activity:
            sign = 1 if to_after else -1
            activity.adjust(changes.community,
                            [(c, d, k, sign * n) for c, d, k, n in changes.activity],
                            recompute_levels=False)  # fmt: skip
            engagement.recompute([changes.community])
        if changes.points:
            _points(changes, to_after)


def _points(changes: EventChanges, to_after: bool) -> None:
    """Undo takes the attendance points back; redo earns them again (new rows, which
    the next undo takes back)."""
    if not to_after:
        auto_points.take_back(changes.points)
        return
    earned = []
    for event_id, customer_id, at in (PointsEntry.select(
            PointsEntry.event_id, PointsEntry.customer_id, PointsEntry.at)
            .where(PointsEntry.id.in_(changes.points)).order_by(PointsEntry.id).tuples()):  # fmt: skip
        earned += auto_points.reward_attendance(event_id, [customer_id], at)
    changes.points = earned


def event_ids(changes: EventChanges) -> list[int]:
    return sorted(changes.touched(Event, "id") | changes.touched(EventSignup, "event"))


def customer_ids(changes: EventChanges) -> list[int]:
    return sorted(changes.touched(EventSignup, "customer") | changes.touched(Followup, "customer"))


def describe(changes: EventChanges) -> str:
    """The undo/redo audit entry's detail: which event and how many rows."""
    parts = [f"event: #{i}" for i in event_ids(changes)[:5]]
    signups = len(changes.images(EventSignup, True)) + len(changes.images(EventSignup, False))
    if signups:
        parts.append(f"signups: {len(customer_ids(changes))}")
    followups = sorted(changes.touched(Followup, "id"))
    if followups:
        parts.append(f"followup: {len(followups)}")
    if changes.activity:
        parts.append(f"community: #{changes.community}; activity: {len(changes.activity)}")
    if changes.points:
        parts.append(f"points: {len(changes.points)}")
    return " | ".join(parts)
