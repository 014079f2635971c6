"""The undo step of an RFM recompute: the scores and segments put back as they were
(rfm.undo writes them in short transactions, its audit entry in the last; a rescore
that changed more than rfm.UNDO_MAX customers kept no before-image and is not pushed)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.purchases import rfm
from ui.undo import Command


class RescoreRfm(Command):
    def __init__(self, rescore: rfm.Rescore, after_change, run):
        super().__init__(QCoreApplication.translate("Undo", "Recompute RFM"), after_change)
        self._rescore = rescore
        self._run = run  # run(fn): fn(progress, cancel) behind a progress bar

    def ids(self):
        return []

    def _recorded(self, action: str, change) -> None:
        change()  # rfm writes the entry in its last transaction

    def apply(self):
        self._run(lambda _p, _c: rfm.redo(self._rescore))

    def revert(self):
        self._run(lambda _p, _c: rfm.undo(self._rescore))
