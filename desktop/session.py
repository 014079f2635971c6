"""The database a window works on, from opening to closing. desktop/app.py claims it
(one window per database: desktop/single_instance.py) and opens it (the password
before any data shows; damage found before a schema upgrade, or while the window
fills, offers the newest good backup at once); the window then has it checked in the
background, which decides the day's backup, the day's engagement levels
(desktop/level_job.py) and the membership's daily pass (desktop/membership_job.py),
and has it re-opened after a restore.
The CLI opens its database through models.db directly."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from desktop.automation_job import AutomationJob
from desktop.lead_score_job import DailyLeadScores
from desktop.level_job import DailyLevels
from desktop.membership_job import DailyMembership
from desktop.single_instance import SingleInstance
from models.errors import DatabaseDamagedError, GuanjiaError
from models.privacy import app_lock
from models.schema import opening
from models.storage import backup, db
from ui.backup_dialogs import DamagedDialog
from ui.lock_screen import UnlockDialog
from ui.tasks import BackgroundReader

log = logging.getLogger("guanjia")
T = TypeVar("T")


class DatabaseSession(QObject):
    checked = Signal(list)  # the quick check's problems (at start, after a restore); [] if sound
    dailyBackupMade = Signal(object)  # backup.Made, or the GuanjiaError that refused it
    dailyBackupFailed = Signal(str)  # an unexpected failure of the day's backup, as text
    activated = Signal()  # a second start on this database asked for the window

    def __init__(self, path: Path | None = None, parent: QObject | None = None):
        """The database at `path`, or the one open already (a window built in a test)."""
        super().__init__(parent)
        self.path = Path(path) if path is not None else backup.current_db_path()
        self.instance: SingleInstance | None = None
        self.integrity = BackgroundReader(self)
        self.integrity.ready.connect(self._checked)
        self.daily_backup = BackgroundReader(self)
        self.daily_backup.ready.connect(self.dailyBackupMade)
        self.daily_backup.failed.connect(self.dailyBackupFailed)
        self.levels = DailyLevels(self)  # the day's engagement levels, once checked
        self.membership = DailyMembership(self)  # the membership's daily pass, likewise
        self.lead_scores = DailyLeadScores(self)  # the day's lead scores (decay), likewise
        self.automation = AutomationJob(self)  # the rules: outbox and hourly sweep, likewise

    # ------------------------------------------------------------ one window per database

    def claim(self) -> bool:
        """Take the database's instance lock; False when another live window holds it."""
        self.instance = SingleInstance(self.path, self)
        self.instance.activated.connect(self.activated)
        return self.instance.acquire()

    def hand_over(self) -> bool:
        """Ask the window holding the lock to come forward; True when it answered."""
        return self.instance.hand_over()

    def owner(self) -> tuple[int, str]:
        """(pid, host) of the process holding the lock."""
        return self.instance.owner()

    # ------------------------------------------------------------ opening and closing

    def open(self, build: Callable[[], T]) -> T | None:
        """Open the database, ask for the password if one is set, and `build` on it (the
        window). Damage found on the way (before a schema upgrade, or a table unreadable
        while the window fills) is said at once with the newest good backup offered;
        None when the password is not given or the user declines the restore."""
        for attempt in range(2):
            try:
                opening.open_database(self.path)
                if not self._unlock():
                    log.info("the password was not given: not opening %s", self.path)
                    db.close_database()
                    return None
                return build()
            except DatabaseDamagedError as exc:
                log.error("damaged database: %s", exc)
                db.close_database()
                if attempt or not self._offer_restore(exc.params.get("problems", [])):
                    return None
        return None

    @staticmethod
    def _unlock() -> bool:
        """The business's password before any data shows (True when none is set)."""
        if not app_lock.is_set():
            return True
        return UnlockDialog().exec() == UnlockDialog.Accepted

    def _offer_restore(self, problems: list[str]) -> bool:
        """The damaged-database dialog before any window; True once a backup is restored."""
        dialog = DamagedDialog(self.path, problems)
        return dialog.exec() == DamagedDialog.Accepted

    def reopen(self) -> None:
        """After a restore: the file was replaced, not rewritten, so it is opened again
        and checked again before anything writes to it."""
        db.close_database()
        opening.open_database(self.path)
        self.check()

    def wait(self) -> None:
        """Until the check, the day's backup and the day's levels running in the
        background are done (the window closes: the levels' look at the date stops)."""
        self.daily_backup.wait()
        self.levels.stop()
        self.membership.stop()
        self.lead_scores.stop()
        self.automation.stop()
        self.integrity.wait()

    def close(self) -> None:
        """The window is gone: close the database and let the next start have it."""
        self.wait()
        db.close_database()
        if self.instance is not None:
            self.instance.release()

    # ------------------------------------------------------------ the check and the day's backup

    def check(self) -> None:
        """The quick check, in the background; writes wait for it (models.db)."""
        gate = db.integrity()
        if gate is not None:
            self.integrity.request(gate.check)

    def _checked(self, problems: list[str]) -> None:
        if not problems:  # no backup of a damaged file, no levels written to it
            self.back_up_daily_if_due()
            self.levels.start()
            self.membership.start()
            self.lead_scores.start()
            self.automation.start()
        self.checked.emit(problems)

    def back_up_daily_if_due(self) -> None:
        """The first start of a day backs the data up, in the background."""
        if backup.daily_due(self.path):
            self.daily_backup.request(_make_daily_backup)


def _make_daily_backup():
    """In the worker (the rule is backup.daily_if_due's, shared with the CLI): a
    refusal comes back as its error, to be said in the user's language (the reader's
    failed signal carries English text)."""
    try:
        return backup.daily_if_due()  # None: made meanwhile (a scheduled `backup --if-due`)
    except GuanjiaError as exc:
        return exc
