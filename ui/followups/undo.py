"""Undo steps for follow-ups and logged contacts (Ctrl+Z / Ctrl+Y): planning, editing,
completing, skipping, cancelling, snoozing, rescheduling, reassigning and deleting
follow-ups, one or many at once, and logging, editing and deleting contacts. Each write
is one step; models.followup_changes keeps what it changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.followups import followup_changes
from ui.text import fill
from ui.undo_rows import RowsCommand

INTERACTION_ACTIONS = ("log", "edit_contact", "delete_contact")


def step_text(action: str, count: int = 1) -> str:
    """The Edit menu's "Undo …" words for a write."""
    one = {
        "create": QCoreApplication.translate("Undo", "Plan follow-up"),
        "edit": QCoreApplication.translate("Undo", "Edit follow-up"),
        "delete": QCoreApplication.translate("Undo", "Delete follow-up"),
        "complete": QCoreApplication.translate("Undo", "Complete follow-up"),
        "skip": QCoreApplication.translate("Undo", "Skip follow-up"),
        "cancel": QCoreApplication.translate("Undo", "Cancel follow-up"),
        "snooze": QCoreApplication.translate("Undo", "Snooze follow-up"),
        "reschedule": QCoreApplication.translate("Undo", "Reschedule follow-up"),
        "reassign": QCoreApplication.translate("Undo", "Reassign follow-up"),
        "log": QCoreApplication.translate("Undo", "Log contact"),
        "edit_contact": QCoreApplication.translate("Undo", "Edit contact"),
        "delete_contact": QCoreApplication.translate("Undo", "Delete contact"),
    }[action]
    if count > 1:
        return fill(QCoreApplication.translate("Undo", "%1 (%2 follow-ups)"), one, str(count))
    return one


class FollowupStep(RowsCommand):
    def __init__(self, action: str, changes, after_change, refused=None, count: int = 1):
        super().__init__(
            step_text(action, count),
            "interaction" if action in INTERACTION_ACTIONS else "followup",
            changes, followup_changes.write, followup_changes.describe,
            followup_changes.customer_ids(changes), after_change, refused,
        )  # fmt: skip


class Recorder:
    """Runs follow-up and contact writes so that each becomes one step on `stack` (None:
    just runs them). `after_change(customer ids)` refreshes after undo and redo;
    `refused(error)` says why one could not be undone."""

    def __init__(self, stack, after_change, refused=None):
        self.stack = stack
        self._after_change = after_change
        self._refused = refused

    def __call__(self, action: str, work, followup_ids=(), interaction_ids=(), count: int = 1):
        """Run `work()` (a models write) and push its step; returns what work returned.
        A refused write raises as it would without undo and pushes nothing."""
        if self.stack is None:
            return work()
        with followup_changes.recording(followup_ids, interaction_ids) as changes:
            result = work()
        if changes:
            self.stack.push(FollowupStep(action, changes, self._after_change, self._refused,
                                         count))  # fmt: skip
        return result
