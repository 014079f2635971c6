"""One version number (issue 31): pyproject.toml's `version` is what the program says it
is (desktop/version.py: `--version`, About, the window title; tests/gui/test_version_gui.py
and tests/test_built_app.py check those), what the build stamps on the Windows program
(packaging/guanjia.spec) and what the installer is called (packaging/guanjia.nsi), and the
newest release in CHANGELOG.md. A database refuses an older program, and a newer program
upgrades it after a backup (tests/test_migrations.py, tests/test_backup.py; here from the
command line, as a user meets it)."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

from desktop import version as version_module
from desktop.version import version
from models.schema.opening import open_database
from models.storage import backup
from models.storage.db import close_database

ROOT = Path(__file__).resolve().parents[1]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def test_the_program_says_pyprojects_version():
    assert re.fullmatch(r"\d+\.\d+\.\d+", VERSION)  # what Windows' version resource takes
    assert version() == VERSION


def test_without_pyproject_the_installed_metadata_says(monkeypatch, tmp_path):
    """An installed wheel has no pyproject.toml beside the packages."""
    monkeypatch.setattr(version_module, "PYPROJECT", tmp_path / "missing.toml")
    version_module.version.cache_clear()
    try:
        assert re.fullmatch(r"\d+\.\d+\.\d+.*", version())
    finally:
        version_module.version.cache_clear()


def test_the_changelogs_newest_release_is_this_version():
    text = (ROOT / "CHANGELOG.md").read_text("utf-8")
    releases = [h for h in re.findall(r"^## (.+)$", text, re.M) if h != "Unreleased"]
    assert releases[0] == VERSION


def test_the_build_takes_pyprojects_version():
    spec = (ROOT / "packaging" / "guanjia.spec").read_text("utf-8")
    assert 'tomllib.load(fh)["project"]["version"]' in spec  # no number of its own
    assert '(os.path.join(root, "pyproject.toml"), ".")' in spec  # for desktop/version.py
    assert VERSION not in spec


def _guanjia(*args, home):
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], capture_output=True, text=True,
        encoding="utf-8", cwd=ROOT, env={"GUANJIA_HOME": str(home), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip


def test_a_database_from_a_newer_program_is_refused_plainly(db_path, tmp_path):
    db = open_database(db_path)
    db.execute_sql("UPDATE schema_info SET value = '999' WHERE key = 'version'")
    close_database()
    before = db_path.read_bytes()
    result = _guanjia("--db", str(db_path), "customers", "--json", home=tmp_path / "home")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "newer" in result.stderr  # one line, no traceback
    assert db_path.read_bytes() == before


def test_an_older_database_is_upgraded_after_a_backup(db_path, tmp_path):
    from peewee import SqliteDatabase

    from models.schema import migrations

    old = SqliteDatabase(str(db_path))
    migrations.upgrade(old, target=10)
    old.close()
    result = _guanjia("--db", str(db_path), "customers", "--json", home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    found = backup.list_backups(db_path.parent / "backups")
    assert [b.reason for b in found] == ["upgrade"]
    assert backup.summarize(backup.unpack(found[0].path, tmp_path)).schema == 10
    assert backup.summarize(db_path).schema == migrations.LATEST
