"""Automation rules at work while the window is open (issue 28 part 6): a short look at
the outbox every few seconds (one MAX(id) read) processes the events a change left, a
moment after it; the time-based rules' sweep runs at start-up and then hourly (the last
sweep's time is kept in the database, so a window opened again or `guanjia rules run`
does not sweep twice within the hour, and days the PC was off are caught up once). Both
run in a worker thread, never on the GUI thread. `ran` carries a run's summary (the
window then reads its data again); `failed` a sentence for the banner."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from models.automation import rules, runner
from models.errors import GuanjiaError
from ui import messages
from ui.tasks import BackgroundReader
from ui.text import fill

log = logging.getLogger("guanjia")
LOOK_EVERY_MS = 3_000


class AutomationJob(QObject):
    ran = Signal(object)  # a runner.RunSummary (something was done)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.reader = BackgroundReader(self)
        self.reader.ready.connect(self._ready)
        self.reader.failed.connect(self._say)
        self.timer = QTimer(self)
        self.timer.setInterval(LOOK_EVERY_MS)
        self.timer.timeout.connect(self.look)

    def start(self) -> None:
        self.look()
        self.timer.start()

    def look(self) -> None:
        """The outbox and the sweep, when there is something to do and no run going."""
        if self.reader.busy():
            return
        try:
            on = rules.enabled_rules()
            due = bool(on) and (runner.pending() > 0 or runner.sweep_due())
        except GuanjiaError:
            return  # a database being restored or closed: the next look
        if due:
            self.reader.request(_run)

    def busy(self) -> bool:
        return self.reader.busy()

    def stop(self) -> None:
        self.timer.stop()
        self.reader.stop()

    def _ready(self, result) -> None:
        if isinstance(result, GuanjiaError):
            self._say(messages.error_message(result))
            return
        for summary in result:
            log.info("automation run %s: %s customers", summary.id, summary.customers)
            self.ran.emit(summary)

    def _say(self, reason: str) -> None:
        text = fill(QCoreApplication.translate(
            "AutomationJob", "The automation rules could not run: %1"), reason)  # fmt: skip
        log.error("automation rules failed: %s", reason)
        self.failed.emit(text)


def _run():
    """In the worker: the outbox, then the sweep when due; a refusal comes back as its
    error."""
    try:
        done = [runner.process_pending()]
        if runner.sweep_due():
            done.append(runner.sweep())
        return [s for s in done if s is not None]
    except GuanjiaError as exc:
        return exc
