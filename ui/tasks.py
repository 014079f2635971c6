"""Work off the GUI thread: long changes with a progress bar and Cancel, and background
reads (counts) whose answers arrive later.

Peewee gives each thread its own SQLite connection (WAL lets a reader and a writer
work at once); a worker closes its connection when done.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from models.storage.db import database

log = logging.getLogger(__name__)


class _Worker(QThread):
    progressed = Signal(int)  # per mille

    def __init__(self, fn: Callable, cancel: threading.Event):
        super().__init__()
        self._fn = fn
        self._cancel = cancel
        self.result = None
        self.error: BaseException | None = None

    def run(self):
        try:
            self.result = self._fn(lambda f: self.progressed.emit(int(f * 1000)), self._cancel)
        except BaseException as exc:  # handed to the GUI thread, which raises it
            self.error = exc
        finally:
            if not database.is_closed():
                database.close()


def run_with_progress(parent: QWidget | None, label: str, fn: Callable, *, cancellable=True):
    """Run `fn(progress, cancel)` in a worker thread behind a modal progress dialog.

    `progress(fraction)` moves the bar; `cancel` is a threading.Event set by the Cancel
    button, which `fn` should honour by raising (models raise Cancelled). Returns fn's
    result or raises its exception here, on the GUI thread.
    """
    cancel = threading.Event()
    worker = _Worker(fn, cancel)
    dialog = QProgressDialog(label, "", 0, 1000, parent)
    dialog.setObjectName("progress_dialog")
    dialog.setWindowModality(Qt.WindowModal)
    dialog.setMinimumDuration(300)  # quick work never flashes a dialog
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if cancellable:
        dialog.setCancelButtonText(QCoreApplication.translate("Tasks", "Cancel"))
    else:
        dialog.setCancelButton(None)
    dialog.canceled.connect(cancel.set)
    worker.progressed.connect(dialog.setValue)  # queued: dialog lives on the GUI thread
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    worker.start()
    loop.exec()
    worker.wait()
    dialog.close()
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.result


class BackgroundReader(QObject):
    """Runs read-only queries in a worker thread and hands back only the newest answer.

    `request(fn)` starts fn() (or queues it behind the one running); `ready(result)`
    fires on the GUI thread with the result of the latest request only.
    """

    ready = Signal(object)
    failed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pending: Callable | None = None
        self._worker: _Worker | None = None
        self._generation = 0

    def request(self, fn: Callable) -> None:
        self._generation += 1
        self._pending = fn
        if self._worker is None:
            QTimer.singleShot(0, self._start)

    def busy(self) -> bool:
        return self._worker is not None or self._pending is not None

    def _start(self) -> None:
        if self._worker is not None or self._pending is None:
            return
        fn, self._pending = self._pending, None
        generation = self._generation
        worker = _Worker(lambda _p, _c: fn(), threading.Event())
        worker.generation = generation
        worker.finished.connect(self._done)  # a slot of self: delivered on the GUI thread
        self._worker = worker
        worker.start()

    def _done(self) -> None:
        worker = self._worker
        if worker is None:
            return
        worker.wait()
        self._worker = None
        if worker.generation == self._generation and self._pending is None:
            if worker.error is not None:
                log.error("background read failed", exc_info=worker.error)
                self.failed.emit(str(worker.error))
            else:
                self.ready.emit(worker.result)
        worker.deleteLater()
        self._start()

    def wait(self) -> None:
        """Block until the running query ends (closing the window)."""
        if self._worker is not None:
            self._worker.wait()

    def stop(self) -> None:
        """Drop a request not yet started and wait for the running one: the owner is
        about to be deleted (a queued start would run a thread nobody waits for)."""
        self._pending = None
        self.wait()
