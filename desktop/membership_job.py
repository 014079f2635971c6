"""The membership's daily pass while the window is open (models/membership/daily.py:
count cards and paid terms past their end expired, levels by their rules), once a day
in a worker thread (desktop/daily_job.py): at start, once the database is checked, and
when the window stays open past midnight. At start the GUI thread makes one quick read
(is it due?); the work is the worker's. Silent, unless it fails: then `failed` carries
the sentence to show (the window's banner)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.daily_job import DailyJob
from models import clock
from models.errors import GuanjiaError
from models.membership import daily
from ui import messages
from ui.text import fill


class DailyMembership(DailyJob):
    WHAT = "the membership's daily pass"

    def __init__(self, parent=None, job=daily.run_if_due, due=daily.due):
        super().__init__(parent, job)
        self._due = due

    def run_if_due(self) -> None:
        """The worker only when the quick read says the day's pass is due."""
        try:
            due = self._due()
        except GuanjiaError as exc:
            self._day = clock.today()  # said once; tried again the next day
            self._say(messages.error_message(exc))
            return
        if due:
            super().run_if_due()
        else:
            self._day = clock.today()

    def failure(self, reason: str) -> str:
        return fill(QCoreApplication.translate(
            "DailyMembership", "The membership's daily pass (expiry, levels) failed today: %1"),
            reason)  # fmt: skip
