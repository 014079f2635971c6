"""Crash-proof writes: a real process is killed (SIGKILL) at a random moment during an
import, a bulk tagging, a backup, a restore and a level recompute, RUNS times each; the database must then
pass integrity_check and hold all or none of the interrupted operation."""

from __future__ import annotations

import datetime as dt
import gzip
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import Workbook

from models.customers.record import Customer
from models.demo import demo
from models.membership import check
from models.schema.opening import open_database
from models.storage import backup
from models.storage.db import close_database, database

ROOT = Path(__file__).resolve().parents[1]
CHILD = ROOT / "tests" / "crash_child.py"
RUNS = int(os.environ.get("GUANJIA_CRASH_RUNS", "20"))
CUSTOMERS = 3000  # in the starting database
IMPORTED = 4000  # rows of the imported file, every one new

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


def _scalar(db: Path, sql: str):
    with closing(sqlite3.connect(db)) as con:
        return con.execute(sql).fetchone()[0]


def _integrity(db: Path) -> str:
    with closing(sqlite3.connect(db)) as con:
        return con.execute("PRAGMA integrity_check").fetchone()[0]


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    """A database of CUSTOMERS demo customers, closed (its WAL folded in)."""
    folder = tmp_path_factory.mktemp("crash")
    db = folder / "pristine.db"
    os.environ.setdefault("GUANJIA_HOME", str(folder / "home"))
    open_database(db)
    demo.generate(CUSTOMERS, seed=11)
    close_database()
    return db


def _fresh(pristine: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "guanjia.db"
    for side in ("", "-wal", "-shm"):
        with_side = db.with_name(db.name + side)
        if with_side.exists():
            with_side.unlink()
    shutil.copy(pristine, db)
    shutil.rmtree(folder / "backups", ignore_errors=True)
    for temporary in folder.glob(".restore-*"):
        temporary.unlink()
    return db


def _run(mode: str, db: Path, arg: str = "", kill_after: float | None = None) -> float:
    """Start the child; kill it `kill_after` seconds after its "go" (None: let it end).
    Returns the seconds from "go" to the end."""
    env = {**os.environ, "GUANJIA_HOME": str(db.parent / "home")}
    proc = subprocess.Popen([sys.executable, str(CHILD), mode, str(db), arg],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env)  # fmt: skip
    try:
        line = proc.stdout.readline()
        assert line.strip() == "go", proc.stderr.read()
        started = time.monotonic()
        if kill_after is None:
            rest = proc.stdout.read()
            assert proc.wait(timeout=120) == 0 and "done" in rest, proc.stderr.read()
        else:
            time.sleep(kill_after)
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
        return time.monotonic() - started
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()


def _kill_points(mode, pristine, folder, arg="", setup=None):
    """One complete run for its length, then RUNS runs killed at random moments spread
    over it (one in each of RUNS equal slices of 1.2 x its length, so the last few
    land after the end and must find it all). Yields each killed database."""
    db = _fresh(pristine, folder)
    if setup:
        arg = setup(db)
    length = _run(mode, db, arg)
    rng = random.Random(f"{mode}-{RUNS}")
    for i in range(RUNS):
        db = _fresh(pristine, folder)
        if setup:
            arg = setup(db)
        _run(mode, db, arg, kill_after=(i + rng.random()) / RUNS * 1.2 * length)
        assert _integrity(db) == "ok"
        yield db


def test_a_killed_import_leaves_all_or_none(pristine, tmp_path):
    sheet = tmp_path / "new.xlsx"
    book = Workbook()
    ws = book.active
    ws.append(["姓名", "手机"])
    for i in range(IMPORTED):
        ws.append([f"导入{i}", f"139{i:08d}"])
    book.save(sheet)
    outcomes = set()
    for db in _kill_points("import", pristine, tmp_path / "run", str(sheet)):
        count = _scalar(db, "SELECT COUNT(*) FROM customer")
        runs = _scalar(db, "SELECT COUNT(*) FROM import_run")
        assert (count, runs) in ((CUSTOMERS, 0), (CUSTOMERS + IMPORTED, 1))
        outcomes.add(count)
        for found in backup.list_backups(db.parent / "backups"):
            backup.peek(found.path)  # any backup left is whole
    assert outcomes == {CUSTOMERS, CUSTOMERS + IMPORTED}  # kills landed before and after


def test_a_killed_bulk_tagging_leaves_all_or_none(pristine, tmp_path):
    before = _scalar(pristine, "SELECT COUNT(*) FROM customer_tag")
    outcomes = set()
    for db in _kill_points("tagging", pristine, tmp_path / "run"):
        tagged = _scalar(db, "SELECT COUNT(*) FROM customer_tag ct JOIN tag t "
                             "ON t.id = ct.tag_id WHERE t.name = '批量'")  # fmt: skip
        assert tagged in (0, CUSTOMERS)
        assert _scalar(db, "SELECT COUNT(*) FROM customer_tag") in (before, before + CUSTOMERS)
        outcomes.add(tagged)
    assert outcomes == {0, CUSTOMERS}


@pytest.fixture(scope="module")
def members(pristine, tmp_path_factory):
    """The pristine database with every customer a member and three levels by spend."""
    from models.membership import levels
    from models.membership.tables import Member
    from models.storage.bulk import insert_rows

    db = tmp_path_factory.mktemp("members") / "members.db"
    shutil.copy(pristine, db)
    open_database(db)
    now = dt.datetime(2026, 1, 1, 9)
    ids = [c for (c,) in Customer.select(Customer.id).tuples()]
    with database.atomic():
        insert_rows(Member, [Member.customer_id, Member.joined_on, Member.points,
                             Member.level_locked, Member.level_lock_reason, Member.created_at,
                             Member.updated_at],
                    [(c, now.date(), 0, False, "", now, now) for c in ids])  # fmt: skip
    levels.add({"name": "普通", "rank": 0, "threshold": 0})
    levels.add({"name": "银卡", "rank": 1, "basis": "spend", "threshold": 100000})
    levels.add({"name": "金卡", "rank": 2, "basis": "spend", "threshold": 500000})
    close_database()
    return db


def test_a_killed_level_recompute_leaves_all_or_none(members, tmp_path):
    outcomes = set()
    for db in _kill_points("levels", members, tmp_path / "run"):
        leveled = _scalar(db, "SELECT COUNT(*) FROM member WHERE level_id IS NOT NULL")
        history = _scalar(db, "SELECT COUNT(*) FROM level_history")
        assert (leveled, history) in ((0, 0), (CUSTOMERS, CUSTOMERS))
        outcomes.add(leveled)
        open_database(db)
        try:
            found = check.check_all()
            assert found.ok, found.differences[:5]
        finally:
            close_database()
    assert outcomes == {0, CUSTOMERS}


def test_a_killed_backup_leaves_the_database_and_only_whole_backups(pristine, tmp_path):
    for db in _kill_points("backup", pristine, tmp_path / "run"):
        assert _scalar(db, "SELECT COUNT(*) FROM customer") == CUSTOMERS
        for found in backup.list_backups(db.parent / "backups"):
            assert backup.peek(found.path).customers == CUSTOMERS


def test_a_killed_restore_leaves_the_old_data_or_the_backups(pristine, tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    other = source / "other.db"  # a different database: 800 customers
    open_database(other)
    demo.generate(800, seed=12)
    made = backup.make("manual", dest=source / "kept")
    close_database()
    with gzip.open(made.path) as fh:
        assert fh.read(16) == b"SQLite format 3\x00"
    outcomes = set()
    for db in _kill_points("restore", pristine, tmp_path / "run", str(made.path)):
        outcomes.add(_scalar(db, "SELECT COUNT(*) FROM customer"))
    assert outcomes == {CUSTOMERS, 800}
