"""The day's recompute of every community's engagement levels, while the window is open:
levels age as activity decays (models/communities/engagement.py), so once a day (at
start, once the database is checked, when not done today; and when the window stays
open past midnight) every level is recomputed in a worker thread. The day done is kept
in the database (a preference), so a window opened again, or a scheduled
`guanjia communities levels --recompute --if-due`, does not do it twice. Silent, unless
it fails: then `failed` carries the sentence to show (the window's banner)."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from models import clock
from models.communities import engagement
from models.errors import GuanjiaError
from ui import messages
from ui.tasks import BackgroundReader
from ui.text import fill

log = logging.getLogger("guanjia")
CHECK_EVERY_MS = 60_000  # a new day is noticed within a minute (sleep, clock changes too)


class DailyLevels(QObject):
    done = Signal(object)  # engagement.Recomputed, or None when done today already
    failed = Signal(str)  # the failure, a sentence in the user's language

    def __init__(self, parent: QObject | None = None, job=engagement.recompute_if_due):
        super().__init__(parent)
        self._job = job
        self._day: dt.date | None = None  # the day last asked for
        self.reader = BackgroundReader(self)
        self.reader.ready.connect(self._ready)
        self.reader.failed.connect(self._failed_text)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        """The database is open and sound: the day's recompute if due, then a look at
        the date every minute."""
        self.run_if_due()
        self.timer.start()

    def _tick(self) -> None:
        if clock.today() != self._day:
            self.run_if_due()

    def run_if_due(self) -> None:
        """In the worker, unless one is running; the rule (and the day kept) is the
        model's, so asking twice is harmless."""
        self._day = clock.today()
        if self.reader.busy():
            return
        job = self._job
        self.reader.request(lambda: _run(job))

    def busy(self) -> bool:
        return self.reader.busy()

    def stop(self) -> None:
        """The window closes: no new day's run, and the running one finished."""
        self.timer.stop()
        self.reader.stop()

    def _ready(self, result) -> None:
        if isinstance(result, GuanjiaError):
            self._say(messages.error_message(result))
            return
        if result is not None:
            log.info("engagement levels recomputed: %s", result)
        self.done.emit(result)

    def _failed_text(self, text: str) -> None:
        self._say(text)

    def _say(self, reason: str) -> None:
        # tried again at the next start or the next day (not every minute: one notice)
        text = fill(QCoreApplication.translate(
            "DailyLevels", "The engagement levels could not be recomputed today: %1"), reason)  # fmt: skip
        log.error("the day's engagement levels failed: %s", reason)
        self.failed.emit(text)


def _run(job):
    """In the worker: a refusal comes back as its error (said in the user's language);
    anything else raises and the reader's failed signal carries its text."""
    try:
        return job()
    except GuanjiaError as exc:
        return exc
