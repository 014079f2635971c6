"""Backups and restore with real database files: names, rotation, the second folder,
restore with counts, and every kind of bad backup refused without changing anything."""

from __future__ import annotations

import datetime as dt
import gzip
import sqlite3
import threading

import pytest

from models import clock
from models.customers import customers
from models.customers.record import Customer
from models.errors import Cancelled, ValidationError
from models.purchases import purchases
from models.schema import upgrading
from models.storage import backup

NOW = dt.datetime(2026, 11, 22, 9, 30, 5)


@pytest.fixture
def now(db):
    clock.set_now(NOW)
    return db


def add(n: int, prefix: str = "客户") -> list[int]:
    return [customers.create({"name": f"{prefix}{i}"}) for i in range(n)]


def test_a_backup_is_a_named_compressed_consistent_copy(now, db_path):
    ids = add(3)
    purchases.add(ids[0], 1000)
    customers.move_to_bin([ids[2]])
    made = backup.make("manual")
    assert made.path.name == "guanjia-20261122-093005-manual.db.gz"
    assert made.path.parent == db_path.parent / "backups"
    with gzip.open(made.path, "rb") as fh:
        assert fh.read(16) == b"SQLite format 3\x00"
    assert not [p for p in made.path.parent.iterdir() if p.name.startswith(".")]
    unpacked = backup.unpack(made.path, db_path.parent)
    try:
        found = backup.summarize(unpacked)
    finally:
        unpacked.unlink()
    assert (found.customers, found.in_bin, found.purchases) == (2, 1, 1)
    assert found.schema == backup.summarize(db_path).schema > 0
    # A second one in the same second gets its own name.
    assert backup.make("manual").path.name == "guanjia-20261122-093005-2-manual.db.gz"
    assert not backup.daily_due()
    assert backup.daily_due(today=NOW.date() + dt.timedelta(days=1))


def test_backup_to_a_chosen_folder_and_bad_reasons(now, tmp_path):
    add(1)
    made = backup.make("manual", dest=tmp_path / "stick")
    assert made.path.parent == tmp_path / "stick" and made.path.exists()
    with pytest.raises(ValidationError) as err:
        backup.make("whenever")
    assert err.value.code == "option_invalid"
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ValidationError) as err:
        backup.make("manual", dest=blocker / "sub")
    assert err.value.code == "folder_unwritable"


def test_cancel_leaves_no_file_behind(now, db_path):
    add(2)
    cancel = threading.Event()
    seen = []

    def progress(fraction):
        seen.append(fraction)
        if fraction >= 0.2:
            cancel.set()

    with pytest.raises(Cancelled):
        backup.make("manual", progress=progress, cancel=cancel)
    folder = db_path.parent / "backups"
    assert list(folder.iterdir()) == []


def _fake(folder, at: dt.datetime, reason: str = "daily"):
    path = folder / f"guanjia-{at:%Y%m%d-%H%M%S}-{reason}.db.gz"
    path.write_bytes(b"x")
    return path


def test_rotation_keeps_recent_daily_weekly_monthly_and_every_manual(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    start = dt.datetime(2026, 1, 1, 8, 0)
    made = [_fake(folder, start + dt.timedelta(days=d)) for d in range(0, 365, 1)]
    extra = [_fake(folder, dt.datetime(2026, 12, 30, h, 0), "import") for h in (9, 10, 11)]
    manual = _fake(folder, dt.datetime(2025, 6, 1), "manual")
    other = folder / "otherdb-20250101-000000-daily.db.gz"
    other.write_bytes(b"x")
    keep = backup.Settings(recent=2, daily=7, weekly=4, monthly=12)
    removed = backup.rotate(folder, "guanjia", keep)
    left = {b.at for b in backup.list_backups(folder, "guanjia") if b.automatic}
    times = sorted(
        (dt.datetime.strptime(p.name[8:23], "%Y%m%d-%H%M%S") for p in made + extra), reverse=True
    )

    def newest_per(key, n):
        firsts = {}
        for at in times:
            firsts.setdefault(key(at), at)
        return set(list(firsts.values())[:n])

    # the two newest, then the newest of each of 7 days, 4 weeks and 12 months
    expected = set(times[:2])
    expected |= newest_per(lambda at: at.date(), 7)
    expected |= newest_per(lambda at: at.isocalendar()[:2], 4)
    expected |= newest_per(lambda at: (at.year, at.month), 12)
    assert dt.datetime(2026, 12, 30, 11) in expected and len(expected) < 30
    assert left == expected
    assert len(removed) == len(made) + len(extra) - len(left)
    assert manual.exists() and other.exists()  # the user's own, another database's
    # Rotating again removes nothing more.
    assert backup.rotate(folder, "guanjia", keep) == []


def test_second_folder_gets_a_copy_and_a_missing_one_only_warns(now, tmp_path):
    add(1)
    second = tmp_path / "cloud"
    second.mkdir()
    backup.set_settings(backup.Settings(second_folder=str(second)))
    made = backup.make("daily")
    assert made.copies == [second / made.path.name] and made.copies[0].exists()
    assert made.copies[0].read_bytes() == made.path.read_bytes()
    for p in second.iterdir():
        p.unlink()
    second.rmdir()
    second.write_text("the stick is gone; a file stands here")  # cannot be a folder now
    made = backup.make("daily")
    assert made.path.exists() and made.copies == [] and str(second) in made.copy_error
    with pytest.raises(ValidationError) as err:
        backup.set_settings(backup.Settings(second_folder=str(tmp_path / "nowhere")))
    assert err.value.code == "folder_missing"
    with pytest.raises(ValidationError):
        backup.set_settings(backup.Settings(recent=0, daily=0, weekly=0, monthly=0))


def test_restore_puts_the_backup_back_and_backs_up_what_it_replaced(now, db_path):
    add(3)
    made = backup.make("manual").path
    add(2, "后来")
    clock.set_now(NOW + dt.timedelta(minutes=5))
    restored = upgrading.restore(made)
    assert restored.summary.customers == 3
    assert Customer.select().count() == 3  # the open connection sees it
    assert restored.safety is not None and "restore" in restored.safety.name
    unpacked = backup.unpack(restored.safety, db_path.parent)
    assert backup.summarize(unpacked).customers == 5
    unpacked.unlink()
    with sqlite3.connect(db_path) as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_restore_into_a_new_database_file(now, tmp_path):
    add(4)
    made = backup.make("manual").path
    target = tmp_path / "elsewhere" / "new.db"
    target.parent.mkdir()
    restored = upgrading.restore(made, target)
    assert restored.safety is None and restored.summary.customers == 4
    assert target.exists()


@pytest.mark.parametrize("kind", ["random", "truncated", "damaged", "newer", "foreign"])
def test_bad_backups_are_refused_and_change_nothing(now, db_path, tmp_path, kind):
    add(2)
    good = backup.make("manual").path
    bad = tmp_path / f"bad-{kind}.db.gz"
    if kind == "random":
        bad.write_bytes(b"this is not a backup at all" * 100)
        code = "not_backup"
    elif kind == "truncated":
        data = good.read_bytes()
        bad.write_bytes(data[: len(data) // 2])
        code = "backup_damaged"
    elif kind == "damaged":
        raw = bytearray(gzip.decompress(good.read_bytes()))
        for i in range(4096 * 2, len(raw), 97):  # scribble over every page after the first two
            raw[i] = (raw[i] + 1) % 256
        bad.write_bytes(gzip.compress(bytes(raw)))
        code = "backup_damaged"
    elif kind == "newer":
        plain = tmp_path / "newer.db"
        plain.write_bytes(gzip.decompress(good.read_bytes()))
        with sqlite3.connect(plain) as con:
            con.execute("UPDATE schema_info SET value = '999' WHERE key = 'version'")
        bad = plain  # a plain database file is accepted as a backup too
        code = "backup_newer"
    else:
        with sqlite3.connect(tmp_path / "other.db") as con:
            con.execute("CREATE TABLE notes (x)")
        bad = tmp_path / "other.db"
        code = "not_backup"
    before = backup.summarize(db_path)
    backups_before = sorted(p.name for p in good.parent.iterdir())
    with pytest.raises(ValidationError) as err:
        upgrading.restore(bad)
    assert err.value.code == code
    assert backup.summarize(db_path) == before
    assert sorted(p.name for p in good.parent.iterdir()) == backups_before  # no safety copy
    assert not [p for p in db_path.parent.iterdir() if p.name.startswith(".restore")]


def _reasons(db_path) -> list[str]:
    return [b.reason for b in backup.list_backups(db_path.parent / "backups")]


def test_imports_bulk_deletes_and_undo_back_up_first(now, db_path, tmp_path):
    import openpyxl

    from models.excel import import_history, importer

    book = openpyxl.Workbook()
    book.active.append(["姓名", "手机"])
    book.active.append(["张三", "13800000001"])
    book.active.append(["李四", "13800000002"])
    book.save(tmp_path / "list.xlsx")
    plan = importer.plan(importer.load(tmp_path / "list.xlsx"))
    seen = []
    result = importer.run(plan, progress=seen.append)
    assert _reasons(db_path) == ["import"]
    assert seen[0] <= backup.BEFORE_SHARE and seen[-1] == 1.0  # the bar covers both
    unpacked = backup.unpack(backup.list_backups(db_path.parent / "backups")[0].path, tmp_path)
    assert backup.summarize(unpacked).customers == 0  # the data as it was before
    clock.set_now(NOW + dt.timedelta(seconds=1))
    import_history.undo(result.import_id)
    assert _reasons(db_path) == ["bulk_delete", "import"]
    clock.set_now(NOW + dt.timedelta(seconds=2))
    ids = add(3)
    customers.move_to_bin(ids)
    customers.purge(ids[:1])  # one: no backup
    assert len(_reasons(db_path)) == 2
    customers.purge(ids[1:])
    assert _reasons(db_path)[0] == "bulk_delete" and len(_reasons(db_path)) == 3


def test_a_schema_upgrade_backs_up_the_old_database_first(db_path, tmp_path):
    from peewee import SqliteDatabase

    from models.schema import migrations
    from models.schema.opening import open_database
    from models.storage.db import close_database

    old = SqliteDatabase(str(db_path))
    migrations.upgrade(old, target=5)
    old.close()
    open_database(db_path)
    try:
        found = backup.list_backups(db_path.parent / "backups")
        assert [b.reason for b in found] == ["upgrade"]
        unpacked = backup.unpack(found[0].path, tmp_path)
        assert backup.summarize(unpacked).schema == 5
        assert backup.summarize(db_path).schema == migrations.LATEST
    finally:
        close_database()
    open_database(db_path)  # up to date: no second backup
    close_database()
    assert len(backup.list_backups(db_path.parent / "backups")) == 1


def test_files_a_killed_backup_left_are_removed_when_stale(now, db_path):
    import os
    import time

    folder = db_path.parent / "backups"
    folder.mkdir()
    stale = [folder / ".guanjia-20261122-093000-daily.db.gz.partial",
             folder / ".guanjia-20261122-093000-daily.db.gz.snapshot"]  # fmt: skip
    fresh = folder / ".guanjia-20261122-093100-manual.db.gz.partial"  # being written
    keep = folder / "notes.partial"  # not ours
    for path in (*stale, fresh, keep):
        path.write_bytes(b"x" * 100)
    old = time.time() - backup.STALE_AFTER - 60
    for path in (*stale, keep):
        os.utime(path, (old, old))
    unpacked_left = db_path.parent / ".restore-4242-77.db"
    unpacked_left.write_bytes(b"y")
    os.utime(unpacked_left, (old, old))
    backup.make("manual")
    assert not any(p.exists() for p in stale) and fresh.exists() and keep.exists()
    made = backup.make("manual")
    backup.unpack(made.path, db_path.parent).unlink()
    assert not unpacked_left.exists()
