"""The day's rescore of every lead while the window is open (models/leads/scores.py:
behaviour points fade day by day), in a worker thread (desktop/daily_job.py): at
start, once the database is checked, and when the window stays open past midnight;
the day done is kept in the database, so a second start that day only rescores what
is marked. Silent, unless it fails: then `failed` carries the sentence to show (the
window's banner)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.daily_job import DailyJob
from models.leads import scores
from ui.text import fill


class DailyLeadScores(DailyJob):
    WHAT = "the day's lead scores"

    def __init__(self, parent=None, job=scores.rescore_if_due):
        super().__init__(parent, job)

    def flush_in_worker(self) -> None:
        """Many leads marked (an import): rescored in the worker, the window free."""
        self._run(scores.flush)

    def failure(self, reason: str) -> str:
        return fill(QCoreApplication.translate(
            "DailyLeadScores", "The lead scores could not be recomputed today: %1"), reason)  # fmt: skip
