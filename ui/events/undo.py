"""Undo steps for event writes (Ctrl+Z / Ctrl+Y): adding and editing an event, sign-ups,
check-ins and walk-ins, closing (with its no-shows), feedback and the follow-ups planned
for an event. Each write is one step; models.communities.event_changes keeps what it
changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.communities import event_changes
from ui.undo_rows import RowsCommand


def step_text(action: str) -> str:
    """The Edit menu's "Undo …" words for a write."""
    return {
        "create": QCoreApplication.translate("Undo", "Add event"),
        "edit": QCoreApplication.translate("Undo", "Edit event"),
        "signup": QCoreApplication.translate("Undo", "Sign up for event"),
        "cancel_signup": QCoreApplication.translate("Undo", "Cancel sign-up"),
        "checkin": QCoreApplication.translate("Undo", "Check in"),
        "attendance": QCoreApplication.translate("Undo", "Mark attendance"),
        "close": QCoreApplication.translate("Undo", "Close event"),
        "feedback": QCoreApplication.translate("Undo", "Event feedback"),
        "followups": QCoreApplication.translate("Undo", "Event follow-ups"),
    }[action]


class EventStep(RowsCommand):
    def __init__(self, action: str, changes, after_change, refused=None):
        super().__init__(
            step_text(action), "event", changes, event_changes.write, event_changes.describe,
            event_changes.customer_ids(changes), after_change, refused,
        )  # fmt: skip


class Recorder:
    """Runs event writes so that each becomes one step on `stack` (None: just runs them)."""

    def __init__(self, stack, after_change, refused=None):
        self.stack = stack
        self._after_change = after_change
        self._refused = refused

    def __call__(self, action: str, work, event_id: int | None = None):
        """Run `work()` (a models write) and push its step; returns what work returned.
        A refused write raises as it would without undo and pushes nothing."""
        if self.stack is None:
            return work()
        with event_changes.recording(event_id) as changes:
            result = work()
        if changes:
            self.stack.push(EventStep(action, changes, self._after_change, self._refused))
        return result
