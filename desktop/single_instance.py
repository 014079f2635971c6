"""One window per database. The running window holds a lock file beside the database
and listens on a local socket named after it; a second start on the same database
finds the lock, asks the running window to come to the front, and quits.

QLockFile writes the owner's pid and host into the lock: a lock left by a crashed
process on this machine is stale and taken over; a lock held by a live process (or by
another computer, for a database in a shared folder) is respected.

A command that replaces the database (the CLI's restore) takes the same lock for its
run (`held_against_windows`): refused while a window has the database open, and no
window opens it half-way through.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
CONNECT_TRIES = 15  # x 200 ms: the first window may still be starting


def _key(db_path: Path) -> str:
    text = str(Path(db_path).expanduser().resolve())
    if sys.platform == "win32":  # one file, whatever the case of its path
        text = text.lower()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def lock_for(db_path: Path) -> QLockFile:
    """The lock file beside the database, as a window holds it."""
    db_path = Path(db_path)
    lock = QLockFile(str(db_path.with_name(db_path.name + ".lock")))
    lock.setStaleLockTime(0)  # held for hours: only a dead owner makes it stale
    return lock


def lock_owner(lock: QLockFile) -> tuple[int, str]:
    """(pid, host) of the process holding `lock`; (0, "") when unknown. PySide6 returns
    getLockInfo's out-parameters as (pid, host, app), without C++'s bool."""
    *_ok, pid, host, _app = lock.getLockInfo()
    return int(pid or 0), str(host or "")


class HeldByWindow(Exception):
    """A window (process `pid` on `host`) has the database open."""

    def __init__(self, pid: int, host: str):
        super().__init__(f"the database is open in a window (pid {pid} on {host})")
        self.pid, self.host = pid, host


@contextmanager
def held_against_windows(db_path: Path) -> Iterator[None]:
    """Hold the window's lock for the `with` block; raises HeldByWindow when a live
    window holds it. A folder where no lock can be written is no reason to refuse."""
    lock = lock_for(db_path)
    if not lock.tryLock(100):
        if lock.error() == QLockFile.LockFailedError:
            raise HeldByWindow(*lock_owner(lock))
        log.warning("no instance lock at %s (%s)", db_path, lock.error())
    try:
        yield
    finally:
        lock.unlock()


class SingleInstance(QObject):
    """`acquire()` in the first start; `hand_over()` in a second one."""

    activated = Signal()  # a second start asked this window to come forward

    def __init__(self, db_path: Path, parent=None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.server_name = f"guanjia-{_key(self.db_path)}"
        self.lock_path = self.db_path.with_name(self.db_path.name + ".lock")
        self.lock = lock_for(self.db_path)
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the lock (a stale one is taken over) and listen; False when another
        live process holds it. A folder where no lock can be written does not stop
        the program (it is logged)."""
        if not self.lock.tryLock(100):
            if self.lock.error() == QLockFile.LockFailedError:
                return False
            log.warning("no instance lock at %s (%s)", self.lock_path, self.lock.error())
        self.server = QLocalServer(self)
        QLocalServer.removeServer(self.server_name)  # a socket file left by a crash
        if not self.server.listen(self.server_name):
            log.warning("cannot listen on %s: %s", self.server_name, self.server.errorString())
        self.server.newConnection.connect(self._connection)
        return True

    def owner(self) -> tuple[int, str]:
        """(pid, host) of the process holding the lock; (0, "") when unknown."""
        return lock_owner(self.lock)

    def hand_over(self) -> bool:
        """Ask the running window to come to the front; True when it answered."""
        for _ in range(CONNECT_TRIES):
            socket = QLocalSocket()
            socket.connectToServer(self.server_name)
            if socket.waitForConnected(500):
                socket.write(ACTIVATE)
                done = socket.waitForBytesWritten(1000)
                socket.disconnectFromServer()
                return done
            time.sleep(0.2)
        return False

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.unlock()

    def _connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll()).startswith(ACTIVATE.strip()):
            log.info("a second start on %s: window brought to the front (pid %s)",
                     self.db_path, os.getpid())  # fmt: skip
            self.activated.emit()
