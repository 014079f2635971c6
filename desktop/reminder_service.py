"""The reminder clock while the program runs: the start-up summary, a notice when a
timed follow-up comes due or a complaint is escalated, a new day's reminders at midnight.

It polls models.reminders on a short timer instead of sleeping until the next due
time: a timer armed for 14:00 misses it when the PC sleeps or its clock is changed,
a poll against clock.now() does not, and take_due() marks each reminder rung."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QObject, QTimer, Signal

from models import clock
from models.complaints import complaint_list
from models.errors import DatabaseDamagedError, GuanjiaError
from models.followups import care, festival_care, reminders
from models.leads import reclaim
from ui.tasks import BackgroundReader

log = logging.getLogger(__name__)

POLL_MS = 20_000


def _start_work(day) -> dict:
    try:
        care.ensure_reminders(day)
        festival_care.ensure_reminders(day)
        reminders.take_due()
    except DatabaseDamagedError:  # read-only: today's summary still shows
        log.warning("reminders not written: the database is damaged")
    except GuanjiaError:
        log.exception("reminders at start")
        return {}
    try:
        return {**reminders.summary(day), **_lead_work(day)}
    except GuanjiaError:
        log.exception("reminders summary at start")
        return {}


def _lead_work(day) -> dict:
    """The day's reclaim (回收) of leads not contacted in time, and tomorrow's warning:
    "leads_reclaimed" and "leads_tomorrow" for the summary."""
    gone = []
    try:
        gone = reclaim.sweep(day)
    except DatabaseDamagedError:
        log.warning("leads not reclaimed: the database is damaged")
    except GuanjiaError:
        log.exception("lead reclaim")
    return {"leads_reclaimed": len(gone), "leads_tomorrow": len(reclaim.warnings(day))}


class ReminderService(QObject):
    summaryReady = Signal(dict)  # reminders.summary() at start
    due = Signal(list)  # follow-up rows that just came due (each once)
    dayChanged = Signal()  # a new day began while running: lists and counts change
    escalated = Signal(list)  # complaint rows newly escalated (urgent, or a deadline missed)

    def __init__(self, parent=None, interval_ms: int = POLL_MS):
        super().__init__(parent)
        self._day: dt.date | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    def start(self, background: bool = False) -> dict | None:
        """Make the day's care reminders, mark what is already due as told (the summary
        tells it), announce the summary and start polling. Returns the summary, or None
        with `background` (a worker thread does the work: the first start on a large
        database makes thousands of birthday reminders)."""
        self._day = clock.today()
        if background:
            self._reader = BackgroundReader(self)
            self._reader.ready.connect(self._started)
            self._reader.failed.connect(lambda _e: self._started({}))
            self._reader.request(lambda day=self._day: _start_work(day))
            return None
        return self._started(_start_work(self._day))

    def _started(self, summary: dict) -> dict:
        self.summaryReady.emit(summary)
        self.timer.start()
        QTimer.singleShot(0, self.poll)  # escalations waiting since the last run
        return summary

    def wait(self) -> None:
        for reader in (getattr(self, "_reader", None), getattr(self, "_festivals", None)):
            if reader is not None:
                reader.wait()

    def _festival_work(self, today) -> None:
        """A festival's reminders for every chosen customer (a million is half a minute of
        writing) are made off the GUI thread; the lists refresh when some were made."""
        if getattr(self, "_festivals", None) is None:
            self._festivals = BackgroundReader(self)
            self._festivals.ready.connect(lambda made: made and self.dayChanged.emit())
            self._festivals.failed.connect(lambda error: log.warning("festival care: %s", error))
        # ... and the day's reclaim of leads not contacted in time (seconds at 200,000
        # leads: off the GUI thread too).
        self._festivals.request(
            lambda: festival_care.ensure_reminders(today) + _lead_work(today)["leads_reclaimed"]
        )

    def stop(self) -> None:
        self.timer.stop()

    def poll(self) -> list[dict]:
        """One tick: a new day (clock moved on, or back), then whatever came due."""
        today = clock.today()
        if today != self._day:
            self._day = today
            try:
                care.ensure_reminders(today)
            except GuanjiaError:
                log.exception("care reminders")
            self.dayChanged.emit()
            self._festival_work(today)
        rows = reminders.take_due()
        if rows:
            self.due.emit(rows)
        try:
            escalations = complaint_list.take_escalations()
        except GuanjiaError:
            log.exception("complaint escalations")
            escalations = []
        if escalations:
            self.escalated.emit(escalations)
        return rows
