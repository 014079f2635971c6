"""The integrity gate with real damaged files: a database failing quick_check is read
but never written (ORM writes, bulk paths, schema upgrades, the CLI), the newest sound
backup is found, and restoring over the damaged file keeps its bytes aside."""

from __future__ import annotations

import gzip
import hashlib
import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from models.customers import customers
from models.customers.record import Customer
from models.demo import demo
from models.errors import DatabaseDamagedError, ValidationError
from models.schema import upgrading
from models.schema.opening import open_database
from models.storage import backup
from models.storage.db import close_database, integrity, quick_check
from models.tags import tagging, tags

ROOT = Path(__file__).resolve().parents[1]


def damage(path: Path, table: str = "customer") -> None:
    """Overwrite the first bytes of a table's root page (a closed database)."""
    with sqlite3.connect(path) as con:
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name=?", (table,)).fetchone()
        size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with open(path, "r+b") as fh:
        fh.seek((root[0] - 1) * size)
        fh.write(b"\xff" * 64)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def made(db_path):
    """A closed database of 300 customers with one daily backup of it."""
    open_database(db_path)
    demo.generate(300, seed=5)
    backup.make("daily")
    close_database()
    return db_path


def test_a_sound_database_is_checked_once_on_the_first_write(made):
    open_database(made)
    gate = integrity()
    try:
        assert not gate.checked  # opening costs no check (seconds at a million rows)
        assert Customer.select().count() == 300  # reading needs none either
        assert not gate.checked
        customers.create({"name": "新客户"})
        assert gate.checked and not gate.damaged
        customers.create({"name": "又一个"})  # other connections and later writes go on
        assert Customer.select().count() == 302
    finally:
        close_database()
    assert quick_check(made) == []


def test_a_damaged_database_is_never_written(made):
    damage(made)
    before = digest(made)
    assert quick_check(made)
    open_database(made)
    gate = integrity()
    try:
        with pytest.raises(DatabaseDamagedError) as refused:
            customers.create({"name": "新客户"})
        assert refused.value.code == "db_damaged" and gate.damaged
        tag = None
        with pytest.raises(DatabaseDamagedError):
            tag = tags.create_tag("新标签")
        assert tag is None
        with pytest.raises(DatabaseDamagedError):  # a bulk path (raw executemany)
            demo.generate(10, seed=1)
        with pytest.raises(DatabaseDamagedError):
            tagging.apply(tagging.TagChange(added={1: [1, 2]}))
    finally:
        close_database()
    assert digest(made) == before
    wal = made.with_name(made.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_damaged_database_needing_an_upgrade_is_refused_before_any_backup(db_path):
    from peewee import SqliteDatabase

    from models.schema import migrations

    old = SqliteDatabase(str(db_path))
    migrations.upgrade(old, target=5)
    old.execute_sql("INSERT INTO customer (name, name_key, created_at, updated_at) "
                    "VALUES ('甲', 'jia', '2026-01-01', '2026-01-01')")  # fmt: skip
    old.close()
    damage(db_path)
    before = digest(db_path)
    with pytest.raises(DatabaseDamagedError):
        open_database(db_path)
    assert digest(db_path) == before
    assert not (db_path.parent / "backups").exists()


def test_the_newest_sound_backup_is_offered_and_restores_over_the_damage(made):
    open_database(made)
    customers.create({"name": "备份后"})
    later = backup.make("manual")
    close_database()
    # a newer backup that is itself damaged is skipped
    bad = later.path.with_name(later.path.name.replace("-manual", "-2-manual"))
    bad.write_bytes(gzip.compress(b"SQLite format 3\x00" + b"\x00" * 5000))
    damage(made)
    damaged_bytes = made.read_bytes()
    found, summary = backup.newest_good(made)
    assert found.path == later.path and summary.customers == 301

    restored = upgrading.restore(found.path, made)
    assert restored.summary.customers == 301 and quick_check(made) == []
    assert restored.safety.name.endswith("-damaged.db.gz")
    with gzip.open(restored.safety) as fh:  # the damaged bytes, kept as they were
        assert fh.read() == damaged_bytes
    kept = backup.list_backups(made.parent / "backups")
    assert "damaged" in [b.reason for b in kept] and not kept[0].automatic
    open_database(made)
    try:
        customers.create({"name": "修好了"})
        assert Customer.select().count() == 302
    finally:
        close_database()


def test_no_sound_backup_means_none_offered(db_path):
    open_database(db_path)
    customers.create({"name": "甲"})
    close_database()
    assert backup.newest_good(db_path) is None
    folder = db_path.parent / "backups"
    folder.mkdir()
    (folder / "guanjia-20261122-093000-daily.db.gz").write_bytes(b"not gzip at all")
    assert backup.newest_good(db_path) is None
    with pytest.raises(ValidationError):
        upgrading.restore(folder / "guanjia-20261122-093000-daily.db.gz", db_path)


def test_cli_check_and_writes_on_a_damaged_database(made, tmp_path):
    env = {"PATH": "/usr/bin:/bin", "GUANJIA_HOME": str(tmp_path / "home")}

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "desktop", "--db", str(made), *args],
                              capture_output=True, text=True, cwd=ROOT, env=env)  # fmt: skip

    sound = cli("check", "--json")
    assert sound.returncode == 0 and json.loads(sound.stdout)["ok"] is True
    assert cli("check", "--full").stdout.strip().endswith(": ok")
    damage(made)
    before = digest(made)
    checked = cli("check", "--json")
    out = json.loads(checked.stdout)
    assert checked.returncode == 1 and out["ok"] is False and out["problems"]
    assert out["db"] == str(made)
    added = cli("customers", "add", "--name", "甲")
    assert added.returncode == 1 and "damaged" in added.stderr
    assert digest(made) == before
    daily = backup.list_backups(made.parent / "backups")[0].path
    asked = cli("restore", str(daily))  # the counts of "now" cannot be read: said, no trace
    assert asked.returncode == 1 and "now:    damaged" in asked.stdout
    assert "Traceback" not in asked.stderr and digest(made) == before
    restored = cli("restore", str(daily), "--yes", "--json")
    assert restored.returncode == 0 and json.loads(restored.stdout)["customers"] == 300
    assert cli("check").returncode == 0
    gone = subprocess.run([sys.executable, "-m", "desktop", "--db", str(tmp_path / "no.db"),
                           "check"], capture_output=True, text=True, cwd=ROOT, env=env)  # fmt: skip
    assert gone.returncode == 1 and "does not exist" in gone.stderr


def test_a_transaction_that_reads_first_still_writes_after_another_commit(db, db_path):
    """atomic() takes the write lock at BEGIN: another connection's commit waits for it
    instead of making this transaction's first write fail (SQLITE_BUSY_SNAPSHOT)."""
    import threading

    cid = customers.create({"name": "甲"})
    done = threading.Event()

    def other_writer():
        with closing(sqlite3.connect(db_path, timeout=10)) as con:
            con.execute("UPDATE customer SET notes = 'other' WHERE id = ?", (cid,))
            con.commit()
        done.set()

    from models.storage.db import database

    with database.atomic():
        Customer.get_by_id(cid)  # a read first
        thread = threading.Thread(target=other_writer)
        thread.start()
        assert not done.wait(0.3)  # the other writer waits for this transaction
        Customer.update(notes="mine").where(Customer.id == cid).execute()
    thread.join(10)
    assert done.is_set()
    assert customers.get(cid)["notes"] == "other"  # it went after ours, not lost
