"""Undoable purchase writes (the window's Ctrl+Z / Ctrl+Y): a new purchase or refund,
an edit, a void. The change is made first (models.purchases.corrections writes its
audit entry); undo and redo put a snapshot back (`recording.restore`: the member's points follow) with an
"undo"/"redo" entry about the purchase in the same transaction. An undone purchase or
refund is voided, not deleted (the ledger keeps what was recorded). A step the ledger
has moved past (a redone refund over what is left now) is refused, said through
`refused`, and dropped from the stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from models.errors import GuanjiaError
from models.membership import recording
from models.purchases import corrections
from models.storage import audit
from ui.undo import Command


class PurchaseCommand(Command):
    def __init__(self, text: str, purchase_id: int, after_change,
                 refused: Callable[[Exception], None] | None = None):  # fmt: skip
        super().__init__(text, after_change)
        self.purchase_id = purchase_id
        self._refused = refused
        self._customer_id = corrections.snapshot(purchase_id)["customer_id"]

    def ids(self):
        return [self._customer_id]

    def _entry(self, action: str):
        return audit.recorded(action, "purchase", self.purchase_id, detail=self.text())

    def redo(self):
        self._guarded(super().redo)

    def undo(self):
        self._guarded(super().undo)

    def _guarded(self, step) -> None:
        try:
            step()
        except GuanjiaError as exc:
            self.setObsolete(True)  # the stack drops a step it cannot take
            if self._refused is not None:
                self._refused(exc)


class NewPurchase(PurchaseCommand):
    """A purchase or refund just recorded: undo voids it, redo brings it back."""

    def __init__(self, purchase_id: int, after_change, refused=None, refund: bool = False):
        text = (QCoreApplication.translate("Undo", "Refund") if refund
                else QCoreApplication.translate("Undo", "Add purchase"))  # fmt: skip
        super().__init__(text, purchase_id, after_change, refused)
        self._done = corrections.snapshot(purchase_id)

    def apply(self):
        recording.restore(self._done)

    def revert(self):
        recording.restore(corrections.voided_snapshot(self._done, "undo"))


class CorrectPurchase(PurchaseCommand):
    """An edit or a void just made, from the snapshot it returned (`before`)."""

    def __init__(self, before: dict, after_change, refused=None, void: bool = False):
        text = (QCoreApplication.translate("Undo", "Void purchase") if void
                else QCoreApplication.translate("Undo", "Edit purchase"))  # fmt: skip
        super().__init__(text, before["id"], after_change, refused)
        self._before = before
        self._after = corrections.snapshot(before["id"])

    def apply(self):
        recording.restore(self._after)

    def revert(self):
        recording.restore(self._before)
