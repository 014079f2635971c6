"""CLI safety with real processes: a restore is refused while a window holds the
database's one-instance lock (and goes ahead once it is released); `backup --if-due`
makes the day's backup once a day, as the window does, and refuses a damaged file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from desktop.single_instance import SingleInstance
from tests.test_integrity import damage

ROOT = Path(__file__).resolve().parents[1]


def _cli(tmp_path, db, *args, now="2026-11-22T09:30", lang="en_US.UTF-8"):
    env = {"GUANJIA_NOW": now, "PATH": "/usr/bin:/bin", "LANG": lang,
           "GUANJIA_HOME": str(tmp_path / "home")}  # fmt: skip
    return subprocess.run([sys.executable, "-m", "desktop", "--db", str(db), *args],
                          capture_output=True, text=True, cwd=ROOT, env=env,
                          stdin=subprocess.DEVNULL)  # fmt: skip


def _names(tmp_path, db) -> list[str]:
    out = _cli(tmp_path, db, "customers", "--json")
    return sorted(json.loads(line)["name"] for line in out.stdout.splitlines())


def test_restore_is_refused_while_the_window_holds_the_lock(qapp, tmp_path):
    db = tmp_path / "shop.db"
    assert _cli(tmp_path, db, "customers", "add", "--name", "甲").returncode == 0
    made = json.loads(_cli(tmp_path, db, "backup", "--json").stdout)
    assert _cli(tmp_path, db, "customers", "add", "--name", "乙").returncode == 0
    before = db.read_bytes()

    window = SingleInstance(db)  # what a window running on this database holds
    assert window.acquire()
    try:
        refused = _cli(tmp_path, db, "restore", made["path"], "--yes")
        assert refused.returncode == 1 and refused.stdout == ""
        lines = refused.stderr.strip().splitlines()
        assert len(lines) == 1 and "the window has" in lines[0] and str(db) in lines[0]
        assert "close it, then restore" in lines[0]
        from os import getpid

        assert f"process {getpid()} " in lines[0]
        zh = _cli(tmp_path, db, "restore", made["path"], "--yes", lang="zh_CN.UTF-8")
        assert zh.returncode == 1 and "窗口" in zh.stderr and "关闭" in zh.stderr
        assert db.read_bytes() == before  # nothing changed, no safety copy made
        assert [p.name for p in (tmp_path / "backups").iterdir()] == [Path(made["path"]).name]
    finally:
        window.release()

    done = _cli(tmp_path, db, "restore", made["path"], "--yes", "--json")
    assert done.returncode == 0, done.stderr
    assert _names(tmp_path, db) == ["甲"]
    assert not (tmp_path / "shop.db.lock").exists()  # the restore let go of its lock too
    assert SingleInstance(db).lock.tryLock(0)


def test_backup_if_due_once_a_day(tmp_path):
    db = tmp_path / "shop.db"
    assert _cli(tmp_path, db, "customers", "add", "--name", "甲").returncode == 0

    first = _cli(tmp_path, db, "backup", "--if-due", "--json")
    assert first.returncode == 0, first.stderr
    out = json.loads(first.stdout)
    assert out["made"] is True and out["path"].endswith("-daily.db.gz")
    assert Path(out["path"]).name == "shop-20261122-093000-daily.db.gz"

    second = _cli(tmp_path, db, "backup", "--if-due", "--json", now="2026-11-22T18:00")
    assert second.returncode == 0, second.stderr
    again = json.loads(second.stdout)
    assert again["made"] is False and again["path"] == out["path"]
    assert len(list((tmp_path / "backups").iterdir())) == 1
    said = _cli(tmp_path, db, "backup", "--if-due", now="2026-11-22T18:00")
    assert said.returncode == 0 and said.stdout.startswith("not due")

    fresh = _cli(tmp_path, db, "backup", "--if-due", now="2026-11-23T08:00")
    assert fresh.returncode == 0 and fresh.stdout.startswith("today's backup made")
    names = sorted(p.name for p in (tmp_path / "backups").iterdir())
    assert names[-1] == "shop-20261123-080000-daily.db.gz" and len(names) == 2

    # any backup of the day counts, as for the window: a manual one makes it not due
    assert _cli(tmp_path, db, "backup", now="2026-11-24T07:00").returncode == 0
    manual = json.loads(_cli(tmp_path, db, "backup", "--if-due", "--json",
                             now="2026-11-24T09:00").stdout)  # fmt: skip
    assert manual["made"] is False and manual["path"].endswith("-manual.db.gz")

    mixed = _cli(tmp_path, db, "backup", "--if-due", str(tmp_path))
    assert mixed.returncode == 1 and "--if-due" in mixed.stderr


def test_backup_if_due_refuses_a_damaged_database(tmp_path):
    db = tmp_path / "shop.db"
    assert _cli(tmp_path, db, "customers", "add", "--name", "甲").returncode == 0
    damage(db)
    refused = _cli(tmp_path, db, "backup", "--if-due")
    assert refused.returncode == 1 and "damaged" in refused.stderr
    assert not (tmp_path / "backups").exists() or not list((tmp_path / "backups").iterdir())
