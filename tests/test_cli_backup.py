"""CLI: backup [DEST], backups, restore FILE [--yes], with real processes and files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_backup_list_and_restore_round_trip(tmp_path):
    db = tmp_path / "shop" / "guanjia.db"
    env = {"GUANJIA_NOW": "2026-11-22T09:30", "PATH": "/usr/bin:/bin",
           "GUANJIA_HOME": str(tmp_path / "home")}  # fmt: skip

    def cli(*args, target=db, stdin=None):
        return subprocess.run([sys.executable, "-m", "desktop", "--db", str(target), *args],
                              capture_output=True, text=True, cwd=ROOT, env=env,
                              input=stdin)  # fmt: skip

    # a new database in a folder that does not exist: only with --create
    refused = cli("customers", "add", "--name", "甲")
    assert refused.returncode == 1 and "--create" in refused.stderr and not db.parent.exists()
    assert cli("--create", "customers", "add", "--name", "甲").returncode == 0
    assert cli("customers", "add", "--name", "乙").returncode == 0
    made = cli("backup", "--json")
    assert made.returncode == 0, made.stderr
    out = json.loads(made.stdout)
    path = Path(out["path"])
    assert path.parent == db.parent / "backups" and path.name.endswith("-manual.db.gz")
    assert out["copies"] == [] and out["copy_error"] == "" and out["size"] > 0
    stick = tmp_path / "stick"
    missing = cli("backup", str(stick), "--json")  # a mistyped folder is not created
    assert missing.returncode == 1 and missing.stdout == "" and not stick.exists()
    assert len(missing.stderr.strip().splitlines()) == 1
    stick.mkdir()
    elsewhere = json.loads(cli("backup", str(stick), "--json").stdout)
    assert Path(elsewhere["path"]).parent == stick
    listed = [json.loads(line) for line in cli("backups", "--json").stdout.splitlines()]
    assert [b["reason"] for b in listed] == ["manual"] and listed[0]["path"] == str(path)

    assert cli("customers", "add", "--name", "丙").returncode == 0
    # Without --yes and no one to ask, nothing happens.
    asked = cli("restore", str(path))
    assert asked.returncode == 1 and "--yes" in asked.stderr
    assert "backup: 2 customers" in asked.stdout and "now:    3 customers" in asked.stdout
    assert len(cli("customers", "--json").stdout.splitlines()) == 3
    done = cli("restore", str(path), "--yes", "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["customers"] == 2 and result["db"] == str(db)
    assert "restore" in Path(result["safety_backup"]).name
    assert len(cli("customers", "--json").stdout.splitlines()) == 2
    # Into a database that does not exist yet: it is created (its folder with --create).
    fresh = tmp_path / "new" / "copy.db"
    refused = cli("restore", str(path), "--yes", "--json", target=fresh)
    assert refused.returncode == 1 and "--create" in refused.stderr and not fresh.parent.exists()
    created = cli("--create", "restore", str(path), "--yes", "--json", target=fresh)
    assert created.returncode == 0, created.stderr
    assert json.loads(created.stdout)["safety_backup"] is None
    assert len(cli("customers", "--json", target=fresh).stdout.splitlines()) == 2


def test_restore_refuses_a_bad_file_and_changes_nothing(tmp_path):
    db = tmp_path / "guanjia.db"
    env = {"PATH": "/usr/bin:/bin", "GUANJIA_HOME": str(tmp_path / "home")}

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "desktop", "--db", str(db), *args],
                              capture_output=True, text=True, cwd=ROOT, env=env)  # fmt: skip

    assert cli("customers", "add", "--name", "甲").returncode == 0
    junk = tmp_path / "junk.db.gz"
    junk.write_bytes(b"\x1f\x8b" + b"not really gzip" * 50)
    bad = cli("restore", str(junk), "--yes")
    assert bad.returncode == 1 and "damaged" in bad.stderr
    missing = cli("restore", str(tmp_path / "nope.db.gz"), "--yes")
    assert missing.returncode == 1 and "does not exist" in missing.stderr
    assert len(cli("customers", "--json").stdout.splitlines()) == 1
    assert not (tmp_path / "backups").exists()  # no safety copy for a refused restore
    usage = cli("restore")
    assert usage.returncode == 2


def test_encrypted_backup_erase_and_password_from_the_command_line(tmp_path):
    db = tmp_path / "shop" / "guanjia.db"
    env = {"GUANJIA_NOW": "2026-11-22T09:30", "PATH": "/usr/bin:/bin",
           "GUANJIA_HOME": str(tmp_path / "home")}  # fmt: skip

    def cli(*args, password=None):
        extra = {"GUANJIA_BACKUP_PASSWORD": password} if password else {}
        return subprocess.run([sys.executable, "-m", "desktop", "--db", str(db), *args],
                              capture_output=True, text=True, cwd=ROOT, env={**env, **extra},
                              stdin=subprocess.DEVNULL)  # fmt: skip

    db.parent.mkdir()
    (tmp_path / "stick").mkdir()
    assert cli("customers", "add", "--name", "张三", "--mobile", "13812345678").returncode == 0
    # No password and no terminal: refused, nothing written.
    refused = cli("backup", str(tmp_path / "stick"), "--encrypt")
    assert refused.returncode == 1 and "GUANJIA_BACKUP_PASSWORD" in refused.stderr
    made = cli("backup", str(tmp_path / "stick"), "--encrypt", "--json", password="sesame-123")
    assert made.returncode == 0, made.stderr
    out = json.loads(made.stdout)
    sealed = Path(out["encrypted"])
    assert sealed.parent == tmp_path / "stick" and sealed.suffix == ".gjbackup"
    assert "张三".encode() not in sealed.read_bytes()
    short = cli("backup", "--encrypt", password="short")
    assert short.returncode == 1

    # Erase: asked (refused without --yes), then done; the JSON keys are a contract.
    asked = cli("erase", "1")
    assert asked.returncode == 1 and "--yes" in asked.stderr
    erased = cli("erase", "1", "--yes", "--json")
    assert erased.returncode == 0, erased.stderr
    result = json.loads(erased.stdout)
    assert result["id"] == 1 and result["name"] == "#1"
    assert {"followups_cancelled", "texts_cleared", "audit_entries"} <= result.keys()
    assert cli("erase", "1", "--yes").returncode == 1  # already erased
    assert cli("erase", "99", "--yes").returncode == 1

    # Restore the encrypted backup: a wrong password changes nothing, the right one works.
    wrong = cli("restore", str(sealed), "--yes", password="wrong-pass")
    assert wrong.returncode == 1 and "password" in wrong.stderr
    missing = cli("restore", str(sealed), "--yes")
    assert missing.returncode == 1 and "encrypted" in missing.stderr
    back = cli("restore", str(sealed), "--yes", "--json", password="sesame-123")
    assert back.returncode == 0, back.stderr
    assert json.loads(back.stdout)["customers"] == 1
    listed = cli("customers", "--json", "--search", "13812345678")
    assert json.loads(listed.stdout.splitlines()[0])["name"] == "张三"

    state = json.loads(cli("password", "--json").stdout)
    assert state == {"password": False, "lock_after_minutes": 10}

    from models.privacy import app_lock
    from models.schema.opening import open_database
    from models.storage.db import close_database

    open_database(db)
    try:
        app_lock.set_password("counter1")
    finally:
        close_database()
    assert json.loads(cli("password", "--json").stdout)["password"] is True
    forgot = cli("password", "--forget", "--json")
    assert forgot.returncode == 0 and json.loads(forgot.stdout)["password"] is False
