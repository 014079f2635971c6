"""The day's rescore of every lead while the window is open (models/leads/scores.py:
behaviour points fade day by day), in a worker thread as desktop/level_job.py does
for the community levels: at start, once the database is checked, and when the
window stays open past midnight; the day done is kept in the database, so a second
start that day only rescores what is marked. Silent, unless it fails: then `failed`
carries the sentence to show (the window's banner)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from desktop.level_job import DailyLevels
from models.errors import GuanjiaError
from models.leads import scores
from ui.text import fill

log = logging.getLogger("guanjia")


class DailyLeadScores(DailyLevels):
    """DailyLevels' day and worker, with the lead scores' job and words."""

    def __init__(self, parent=None, job=scores.rescore_if_due):
        super().__init__(parent, job)

    def flush_in_worker(self) -> None:
        """Many leads marked (an import): rescored in the worker, the window free."""
        if not self.reader.busy():
            self.reader.request(_flush)

    def _say(self, reason: str) -> None:
        text = fill(QCoreApplication.translate(
            "DailyLeadScores", "The lead scores could not be recomputed today: %1"), reason)  # fmt: skip
        log.error("the day's lead scores failed: %s", reason)
        self.failed.emit(text)


def _flush():
    """In the worker: a refusal comes back as its error, as the day's job does."""
    try:
        return scores.flush()
    except GuanjiaError as exc:
        return exc
