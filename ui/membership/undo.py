"""Undoable membership movements (the window's Ctrl+Z / Ctrl+Y). A ledger is never
edited: the undo of a movement is its reversing entry (wallet.reverse, points.reverse,
checkout.reverse), the redo records the movement anew. A step the ledger no longer
allows (the balance was spent meanwhile) is refused, said through `refused`, and
dropped from the stack."""

from __future__ import annotations

from collections.abc import Callable

from models.errors import GuanjiaError
from models.storage import audit
from ui.undo import Command


class LedgerCommand(Command):
    """`do()` makes the movement and returns what `undo(token)` reverses; the movement
    was made once already (`token`) when the command is pushed."""

    def __init__(self, text: str, customer_id: int, token, do: Callable, undo: Callable,
                 after_change, refused: Callable[[Exception], None] | None = None):  # fmt: skip
        super().__init__(text, after_change)
        self.customer_id = customer_id
        self.token = token
        self._do, self._undo = do, undo
        self._refused = refused

    def ids(self):
        return [self.customer_id]

    def _entry(self, action: str):
        return audit.recorded(action, "member", self.customer_id, detail=self.text())

    def apply(self):
        self.token = self._do()

    def revert(self):
        self._undo(self.token)

    def redo(self):
        self._guarded(super().redo)

    def undo(self):
        self._guarded(super().undo)

    def _guarded(self, step) -> None:
        try:
            step()
        except GuanjiaError as exc:
            self.setObsolete(True)
            if self._refused is not None:
                self._refused(exc)
