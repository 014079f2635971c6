"""The window's background jobs: work the window starts itself, on a timer, in a worker
thread, never on the GUI thread; silent when it works, one sentence (`failed`, for
the banner) when it does not.

- TimedJob: the timer, the worker (ui.tasks.BackgroundReader), `start`/`busy`/`stop`,
  and the answer's handling: a GuanjiaError from the work comes back as a value and is
  said in the user's language; anything else the reader's `failed` carries as text.
  A job says what to do at each tick (`look`), what a result means (`_done`) and its
  failure's sentence (`failure`, a translate call of its own context).
- DailyJob: a TimedJob run once a day (at start, once the database is checked, and
  when the window stays open past midnight); the day done is the model's to keep
  (the job is a `..._if_due`), so asking twice is harmless. `done` carries the
  job's result (None when it was done today already).

desktop/level_job.py, lead_score_job.py and membership_job.py are DailyJobs,
automation_job.py a TimedJob."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QObject, QTimer, Signal

from models import clock
from models.errors import GuanjiaError
from ui import messages
from ui.tasks import BackgroundReader

log = logging.getLogger("guanjia")
CHECK_EVERY_MS = 60_000  # a new day is noticed within a minute (sleep, clock changes too)


def in_worker(job):
    """Run `job` in the worker: a refusal comes back as its error (said in the user's
    language); anything else raises and the reader's failed signal carries its text."""
    try:
        return job()
    except GuanjiaError as exc:
        return exc


class TimedJob(QObject):
    failed = Signal(str)  # the failure, a sentence in the user's language
    WHAT = "the background job"  # for the log

    def __init__(self, parent: QObject | None = None, every_ms: int = CHECK_EVERY_MS):
        super().__init__(parent)
        self.reader = BackgroundReader(self)
        self.reader.ready.connect(self._ready)
        self.reader.failed.connect(self._say)
        self.timer = QTimer(self)
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        """The database is open and sound: a look now, then one at every tick."""
        self.look()
        self.timer.start()

    def _tick(self) -> None:
        self.look()

    def look(self) -> None:
        raise NotImplementedError

    def busy(self) -> bool:
        return self.reader.busy()

    def stop(self) -> None:
        """The window closes: no new run, and the running one finished."""
        self.timer.stop()
        self.reader.stop()

    def _run(self, work) -> None:
        """`work` in the worker, unless a run is going."""
        if not self.reader.busy():
            self.reader.request(lambda: in_worker(work))

    def _ready(self, result) -> None:
        if isinstance(result, GuanjiaError):
            self._say(messages.error_message(result))
            return
        self._done(result)

    def _done(self, result) -> None:
        raise NotImplementedError

    def _say(self, reason: str) -> None:
        log.error("%s failed: %s", self.WHAT, reason)
        self.failed.emit(self.failure(reason))

    def failure(self, reason: str) -> str:
        """The sentence the banner shows (in the subclass: its own translate context)."""
        raise NotImplementedError


class DailyJob(TimedJob):
    done = Signal(object)  # the job's result, or None when done today already

    def __init__(self, parent: QObject | None = None, job=None):
        super().__init__(parent)
        self._job = job
        self._day: dt.date | None = None  # the day last asked for

    def look(self) -> None:
        if clock.today() != self._day:
            self.run_if_due()

    def run_if_due(self) -> None:
        """In the worker, unless one is running; tried again at the next start or the
        next day (not every minute: one notice)."""
        self._day = clock.today()
        self._run(self._job)

    def _done(self, result) -> None:
        if result is not None:
            log.info("%s done: %s", self.WHAT, result)
        self.done.emit(result)
