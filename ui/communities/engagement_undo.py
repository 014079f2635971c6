"""The undo step of the activity weights changed (the weights dialog) and of activity
recorded from the window: each one step on the window's stack (Ctrl+Z / Ctrl+Y)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.communities import activity, engagement
from ui.tasks import run_with_progress
from ui.undo import Command
from ui.undo_rows import RowsCommand


class WeightsChange(Command):
    """New weights stored and every level recomputed; undo puts the old weights back
    (and recomputes), with the undo/redo entry in the same transaction. Every level is
    recomputed: seconds on a large database, so `run(fn)` runs fn(progress, cancel) off
    the GUI thread behind a progress bar (the weights dialog gives ui.tasks'
    run_with_progress); without it the change runs here (a test, the CLI)."""

    def __init__(self, before: dict, after_change, run=None):
        super().__init__(QCoreApplication.translate("Undo", "Change activity weights"),
                         after_change)  # fmt: skip
        self._before = dict(before)
        self._after = engagement.weights()
        self._run = run if run is not None else (lambda fn: fn(None, None))

    def ids(self):
        return []

    def _recorded(self, action: str, change) -> None:
        change(action)  # set_weights writes the entry with the change

    def apply(self, action: str = "redo"):
        after = self._after
        self._run(lambda progress, cancel: engagement.set_weights(after, action))

    def revert(self, action: str = "undo"):
        before = self._before
        self._run(lambda progress, cancel: engagement.set_weights(before, action))


def recompute_in_worker(parent):
    """The `run` of a WeightsChange made in the window: the recompute in a worker
    thread behind a progress bar (not cancellable: the weights and levels change
    together in one transaction)."""
    label = QCoreApplication.translate("Engagement", "Recomputing engagement levels…")
    return lambda fn: run_with_progress(parent, label, fn, cancellable=False)


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
