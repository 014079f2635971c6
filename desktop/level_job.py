"""The day's recompute of every community's engagement levels, while the window is open:
levels age as activity decays (models/communities/engagement.py), so once a day (at
start, once the database is checked, when not done today; and when the window stays
open past midnight) every level is recomputed in a worker thread (desktop/daily_job.py).
The day done is kept in the database (a preference), so a window opened again, or a
scheduled `guanjia communities levels --recompute --if-due`, does not do it twice.
Silent, unless it fails: then `failed` carries the sentence to show (the window's
banner)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from desktop.daily_job import DailyJob
from models.communities import engagement
from ui.text import fill


class DailyLevels(DailyJob):
    WHAT = "the day's engagement levels"

    def __init__(self, parent: QObject | None = None, job=engagement.recompute_if_due):
        super().__init__(parent, job)

    def failure(self, reason: str) -> str:
        return fill(QCoreApplication.translate(
            "DailyLevels", "The engagement levels could not be recomputed today: %1"), reason)  # fmt: skip
