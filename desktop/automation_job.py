"""Automation rules at work while the window is open (issue 28 part 6): a short look at
the outbox every few seconds (one MAX(id) read) processes the events a change left, a
moment after it; the time-based rules' sweep runs at start-up and then hourly (the last
sweep's time is kept in the database, so a window opened again or `guanjia rules run`
does not sweep twice within the hour, and days the PC was off are caught up once). Both
run in a worker thread (desktop/daily_job.py), never on the GUI thread. `ran` carries a
run's summary (the window then reads its data again); `failed` a sentence for the
banner."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.daily_job import TimedJob
from models.automation import rules, runner
from models.errors import GuanjiaError
from ui.text import fill

log = logging.getLogger("guanjia")
LOOK_EVERY_MS = 3_000


class AutomationJob(TimedJob):
    ran = Signal(object)  # a runner.RunSummary (something was done)
    WHAT = "the automation rules"

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent, LOOK_EVERY_MS)

    def look(self) -> None:
        """The outbox and the sweep, when there is something to do and no run going."""
        if self.busy():
            return
        try:
            on = rules.enabled_rules()
            due = bool(on) and (runner.pending() > 0 or runner.sweep_due())
        except GuanjiaError:
            return  # a database being restored or closed: the next look
        if due:
            self._run(_run)

    def _done(self, result) -> None:
        for summary in result:
            log.info("automation run %s: %s customers", summary.id, summary.customers)
            self.ran.emit(summary)

    def failure(self, reason: str) -> str:
        return fill(QCoreApplication.translate(
            "AutomationJob", "The automation rules could not run: %1"), reason)  # fmt: skip


def _run():
    """In the worker: the outbox, then the sweep when due."""
    done = [runner.process_pending()]
    if runner.sweep_due():
        done.append(runner.sweep())
    return [s for s in done if s is not None]
