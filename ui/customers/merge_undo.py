"""The window's undo steps of the duplicates review: a merge (undone by its row images,
models/merging) and "not a duplicate" (undone by forgetting the pairs)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.customers import duplicates
from models.errors import GuanjiaError
from models.merging import merging
from ui.text import fill
from ui.undo import Command


class _Refusable(Command):
    """A step models may refuse (a row changed since, the merge undone from the audit
    log): it then leaves the stack, and `refused` (the error) says why (as RowsCommand)."""

    refused = None

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
        self.setObsolete(True)
        if self.refused is not None:
            self.refused(exc)


class MergeCustomers(_Refusable):
    """Made already (merging.merge); undo puts every row back, redo merges again."""

    def __init__(self, done: merging.Merged, choices: dict | None, after_change,
                 refused=None):  # fmt: skip
        text = fill(QCoreApplication.translate("Undo", "Merge %1 customers into one"),
                    str(len(done.merged) + 1))  # fmt: skip
        super().__init__(text, after_change)
        self._done = done
        self._choices = dict(choices or {})
        self.refused = refused

    def ids(self):
        return [self._done.id, *self._done.merged]

    def _recorded(self, action: str, change) -> None:
        change()  # models/merging audits the merge and its undo itself

    def apply(self):
        self._done = merging.merge(self._done.id, self._done.merged, self._choices)

    def revert(self):
        merging.undo(self._done.merge_id)


class NotDuplicates(_Refusable):
    def __init__(self, ids: list[int], after_change, refused=None):
        super().__init__(QCoreApplication.translate("Undo", "Not duplicates"), after_change)
        self._ids = list(ids)
        self.refused = refused

    def ids(self):
        return list(self._ids)

    def _recorded(self, action: str, change) -> None:
        change()  # audited by models.customers.duplicates

    def apply(self):
        duplicates.mark_not_duplicate(self._ids)

    def revert(self):
        duplicates.forget_not_duplicate(self._ids)
