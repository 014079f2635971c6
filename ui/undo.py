"""Undoable customer changes (QUndoCommand over models/ functions).

Each change is made first, outside the stack, so a refused change raises where the
caller can show it; the command is then pushed with `done=True` and its first
redo() does nothing (QUndoStack.push calls redo()).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from models.customers import customers
from models.membership import auto_points
from models.purchases import lifecycle
from models.storage import audit
from models.tags import tagging


class Command(QUndoCommand):
    """The base of every undo step: `apply` and `revert` (models/ functions), `ids` (the
    customers to refresh). Other pages' steps (follow-ups, complaints, purchases) subclass
    it in their own module."""

    def __init__(self, text: str, after_change):
        super().__init__(text)
        self._skip_first_redo = True
        self._after_change = after_change  # callback(customer ids) to refresh views

    def redo(self):
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._recorded("redo", self.apply)
        self._after_change(self.ids())

    def undo(self):
        self._recorded("undo", self.revert)
        self._after_change(self.ids())

    def _recorded(self, action: str, change) -> None:
        with self._entry(action):
            change()

    def _entry(self, action: str):
        """The change made inside and its audit entry, one transaction (models.storage.audit)."""
        return audit.recorded(action, "customer", detail=self.text(), count=len(self.ids()))


class AddCustomer(Command):
    def __init__(self, customer_id: int, after_change):
        super().__init__(QCoreApplication.translate("Undo", "Add customer"), after_change)
        self._snap = customers.snapshot(customer_id)

    def ids(self):
        return [self._snap["id"]]

    def apply(self):
        customers.write_snapshot(self._snap)

    def revert(self):
        customers.delete_for_good(self._snap["id"])


class EditCustomer(Command):
    """`earned`: the 完善资料 points row the edit earned (undo takes it back, redo earns
    the points again)."""

    def __init__(self, before: dict, after_change, earned: int | None = None):
        super().__init__(QCoreApplication.translate("Undo", "Edit customer"), after_change)
        self._before = before
        self._after = customers.snapshot(before["id"])
        self._earned = earned

    def ids(self):
        return [self._before["id"]]

    def apply(self):
        customers.write_snapshot(self._after)
        if self._earned is not None:
            self._earned = auto_points.reward_profile(self._before["id"])

    def revert(self):
        if self._earned is not None:  # first: refused (the points spent), nothing moves
            auto_points.take_back([self._earned])
        customers.write_snapshot(self._before)


class MoveToBin(Command):
    def __init__(self, ids: list[int], after_change):
        super().__init__(QCoreApplication.translate("Undo", "Delete customers"), after_change)
        self._ids = list(ids)

    def ids(self):
        return self._ids

    def apply(self):
        customers.move_to_bin(self._ids)

    def revert(self):
        customers.restore_from_bin(self._ids)


class RestoreFromBin(MoveToBin):
    def __init__(self, ids: list[int], after_change):
        super().__init__(ids, after_change)
        self.setText(QCoreApplication.translate("Undo", "Restore customers"))

    def apply(self):
        customers.restore_from_bin(self._ids)

    def revert(self):
        customers.move_to_bin(self._ids)


class TagCustomers(Command):
    """A bulk tag change. `run(fn)` runs fn(progress, cancel) (behind a progress bar when
    large); undo applies exactly the inverse of what changed, nothing more."""

    def __init__(self, change, after_change, run):
        super().__init__(QCoreApplication.translate("Undo", "Change tags"), after_change)
        self._change = change
        self._run = run

    def ids(self):
        return []

    def _recorded(self, action: str, change) -> None:
        # The work runs in a worker thread (its own connection): the entry is written
        # there, in the change's transaction.
        change(action)

    def apply(self, action: str = "redo"):
        self._change = self._run(lambda p, c: self._tag(self._change, action, p))

    def revert(self, action: str = "undo"):
        self._change = self._run(lambda p, c: self._tag(self._change.inverse(), action, p))
        self._change = self._change.inverse()

    def _tag(self, change, action: str, progress):
        with self._entry(action):
            return tagging.apply(change, progress=progress)


class SetStages(Command):
    """Accepted lifecycle suggestions: {customer id: stage} before and after."""

    def __init__(self, before: dict[int, str], after: dict[int, str], after_change, run):
        super().__init__(
            QCoreApplication.translate("Undo", "Change lifecycle stages"), after_change
        )
        self._before, self._after = before, after
        self._run = run

    def ids(self):
        return []

    def _recorded(self, action: str, change) -> None:
        change(action)  # in the worker's transaction, as TagCustomers

    def apply(self, action: str = "redo"):
        self._run(lambda _p, _c: self._stages(self._after, action))

    def revert(self, action: str = "undo"):
        self._run(lambda _p, _c: self._stages(self._before, action))

    def _stages(self, stages: dict[int, str], action: str) -> None:
        old = self._after if stages is self._before else self._before
        detail = lifecycle.moves_text(old, stages)  # data: the dialog says it in words
        with audit.recorded(action, "customer", detail=detail, count=len(stages)):
            lifecycle.restore(stages)
