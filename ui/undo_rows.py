"""An undo step kept as row images (models.storage.row_changes): the change was made and
recorded first; undo writes the rows' before-images back, redo their after-images.

When a row was changed since (another window, the CLI), models refuses and writes
nothing; the step then leaves the stack (it can no longer be undone or redone) and the
page says why."""

from __future__ import annotations

from models.errors import GuanjiaError
from models.storage import audit
from ui.undo import Command


class RowsCommand(Command):
    """`write(changes, to_after)` and `describe(changes)` are the area's models
    functions; `target` the audit target; `customer_ids` those to refresh; `refused`
    (the error) shows a refusal."""

    def __init__(self, text: str, target: str, changes, write, describe, customer_ids,
                 after_change, refused=None):  # fmt: skip
        super().__init__(text, after_change)
        self.changes = changes
        self._target = target
        self._write = write
        self._detail = describe(changes)
        self._ids = list(customer_ids)
        self._refused = refused

    def ids(self):
        return self._ids

    def apply(self):
        self._write(self.changes, True)

    def revert(self):
        self._write(self.changes, False)

    def _entry(self, action: str):
        return audit.recorded(action, self._target, detail=self._detail,
                              count=max(1, len(self._ids)))  # fmt: skip

    def redo(self):
        try:
            super().redo()
        except GuanjiaError as exc:
            self._refuse(exc)

    def undo(self):
        try:
            super().undo()
        except GuanjiaError as exc:
            self._refuse(exc)

    def _refuse(self, exc: GuanjiaError) -> None:
        self.setObsolete(True)  # QUndoStack drops a step made obsolete while it runs
        if self._refused is not None:
            self._refused(exc)
