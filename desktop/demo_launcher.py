"""Try the demo: a second Guanjia window on a separate database of made-up customers
(models.demo_database, `guanjia-demo.db` in the data folder). The user's own window and
database stay as they are: the demo is built by a child process into its own file, then
opened by a second, independent Guanjia process (`--db` that file), which has its own
lock, backups and undo. Opening the demo again brings that window forward."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from models.demo import demo_database

log = logging.getLogger(__name__)
PROJECT = str(Path(__file__).resolve().parents[1])  # where `-m desktop` is found


class DemoLauncher(QObject):
    launched = Signal(int)  # the demo window's process id
    failed = Signal(str)

    customers = demo_database.CUSTOMERS

    def __init__(self, parent_widget, own_db: Path | None = None):
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self.own_db = Path(own_db).resolve() if own_db else None
        self.path = demo_database.default_path()
        self.process: QProcess | None = None
        self.progress: QProgressDialog | None = None
        self.pid: int | None = None

    def start(self) -> None:
        """Build the demo database if it is not there yet (a progress dialog with Cancel
        meanwhile), then open the demo window."""
        if self.process is not None:
            return
        if self.own_db is not None and self.own_db == self.path.resolve():
            self._say(self.tr("This window already shows the demo database."))
            return
        self.process = QProcess(self)
        self.process.setWorkingDirectory(PROJECT)
        self.process.setProcessChannelMode(QProcess.SeparateChannels)
        self.process.readyReadStandardOutput.connect(self._read_progress)
        self.process.finished.connect(self._built)
        self.progress = QProgressDialog(
            self.tr(
                "Preparing the demo database: made-up customers in a file of its own.\n"
                "Your own database is not touched."
            ),
            self.tr("Cancel"),
            0,
            100,
            self.parent_widget,
        )
        self.progress.setObjectName("demo_progress")
        self.progress.setWindowTitle(self.tr("Try the demo"))
        self.progress.setWindowModality(Qt.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.cancel)
        self.progress.setValue(0)
        args = [
            "-m",
            "models.demo.demo_database",
            str(self.path),
            "--customers",
            str(self.customers),
        ]
        self.process.start(sys.executable, args)

    def busy(self) -> bool:
        return self.process is not None

    def cancel(self) -> None:
        if self.process is not None:
            self.process.kill()  # our child; its side file is never renamed into place

    def _read_progress(self) -> None:
        text = bytes(self.process.readAllStandardOutput()).decode("utf-8", "replace")
        for line in text.splitlines():
            if line.startswith("progress ") and self.progress is not None:
                try:
                    self.progress.setValue(int(float(line.split()[1]) * 100))
                except ValueError:
                    pass

    def _built(self, code: int, status) -> None:
        process, self.process = self.process, None
        errors = bytes(process.readAllStandardError()).decode("utf-8", "replace").strip()
        process.deleteLater()
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        if status != QProcess.NormalExit or code != 0:
            if status == QProcess.CrashExit and not errors:  # cancelled
                demo_database.discard_partial(self.path)
                return
            log.error("the demo database could not be built: %s", errors)
            message = errors.splitlines()[-1] if errors else str(code)
            self.failed.emit(message)
            self._say(self.tr("The demo database could not be made: %1").replace("%1", message))
            return
        self.open_window()

    def open_window(self) -> int | None:
        """Start Guanjia on the demo database (an open demo window comes forward)."""
        ok, pid = QProcess.startDetached(
            sys.executable, ["-m", "desktop", "--db", str(self.path)], PROJECT
        )
        if not ok:
            self._say(self.tr("The demo window could not be started."))
            self.failed.emit("start")
            return None
        log.info("demo window started on %s (pid %s)", self.path, pid)
        self.pid = pid
        self.launched.emit(pid)
        return pid

    def _say(self, text: str) -> None:
        QMessageBox.information(self.parent_widget, self.tr("Try the demo"), text)
