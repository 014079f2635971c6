"""The undo step of the activity weights changed (the weights dialog) and of activity
recorded from the window: each one step on the window's stack (Ctrl+Z / Ctrl+Y)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.communities import activity, engagement
from ui.undo import Command
from ui.undo_rows import RowsCommand


class WeightsChange(Command):
    """New weights stored and every level recomputed; undo puts the old weights back
    (and recomputes), with the undo/redo entry in the same transaction."""

    def __init__(self, before: dict, after_change):
        super().__init__(QCoreApplication.translate("Undo", "Change activity weights"),
                         after_change)  # fmt: skip
        self._before = dict(before)
        self._after = engagement.weights()

    def ids(self):
        return []

    def _recorded(self, action: str, change) -> None:
        change(action)  # set_weights writes the entry with the change

    def apply(self, action: str = "redo"):
        engagement.set_weights(self._after, action)

    def revert(self, action: str = "undo"):
        engagement.set_weights(self._before, action)


def record_activity(stack, after_change, community_id: int, entries, kind: str, day=None):
    """Record activity (models.communities.activity.record) as one undo step on `stack`
    (None: just record it); refused input raises and pushes nothing."""
    entries = list(entries)
    if stack is None:
        return activity.record(community_id, entries, kind, day)
    with activity.recording(community_id, [c for c, _ in entries], kind, day) as changes:
        done = activity.record(community_id, entries, kind, day)
    stack.push(RowsCommand(
        QCoreApplication.translate("Undo", "Record community activity"), "community", changes,
        activity.write, activity.describe, activity.customer_ids(changes), after_change))  # fmt: skip
    return done
