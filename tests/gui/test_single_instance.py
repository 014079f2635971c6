"""One window per database, with real processes: a second start brings the running
window forward and quits; a lock left by a killed process does not block; another
database opens beside it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def start(tmp_path):
    home = tmp_path / "home"
    env = {**os.environ, "GUANJIA_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("GUANJIA_DB", None)
    started = []

    def run(db: Path) -> subprocess.Popen:
        db.touch()  # an empty file opens as a new database without asking
        proc = subprocess.Popen([sys.executable, "-m", "desktop", "--db", str(db)], cwd=ROOT,
                                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
        started.append(proc)
        return proc

    run.log = home / "logs" / "guanjia.log"
    yield run
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.wait()


def _wait_for(predicate, timeout=30.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def _log(start) -> str:
    return start.log.read_text(encoding="utf-8") if start.log.exists() else ""


def test_a_second_start_brings_the_first_window_forward_and_quits(start, tmp_path):
    db = tmp_path / "shop.db"
    first = start(db)
    assert _wait_for(lambda: f"window shown for {db} (pid {first.pid})" in _log(start))
    assert (tmp_path / "shop.db.lock").exists()

    second = start(db)
    assert second.wait(timeout=30) == 0, second.stderr.read()
    assert _wait_for(lambda: f"window brought to the front (pid {first.pid})" in _log(start))
    assert "brought it to the front" in _log(start)
    assert first.poll() is None  # the first window goes on

    other = start(tmp_path / "other.db")  # another database: its own window
    assert _wait_for(lambda: f"window shown for {tmp_path / 'other.db'}" in _log(start))
    assert other.poll() is None


def test_a_lock_left_by_a_killed_window_does_not_block(start, tmp_path):
    db = tmp_path / "shop.db"
    first = start(db)
    assert _wait_for(lambda: f"(pid {first.pid})" in _log(start))
    first.send_signal(signal.SIGKILL)
    first.wait()
    assert (tmp_path / "shop.db.lock").exists()  # left behind by the crash
    again = start(db)
    assert _wait_for(lambda: f"window shown for {db} (pid {again.pid})" in _log(start))
    assert again.poll() is None
