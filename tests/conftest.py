"""Shared fixtures: a real SQLite file per test in a temp dir, settings in a temp dir."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# English unless a test asks for Chinese, whatever the machine's locale (the CLI and the
# window follow it); the CLI's subprocesses inherit this.
for _name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def guanjia_home(tmp_path, monkeypatch):
    """Every test gets its own data folder (settings, logs) and no inherited GUANJIA_DB."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("GUANJIA_HOME", str(home))
    monkeypatch.delenv("GUANJIA_DB", raising=False)
    from models import clock

    clock.set_now(None)
    yield home
    clock.set_now(None)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "guanjia.db"


@pytest.fixture(scope="session")
def _templates(tmp_path_factory):
    """Databases made once per test process and copied for each test: running the
    schema's steps costs 0.2-0.4 s and 600 demo customers 0.3-0.5 s, a copy 5 ms. The
    copy is opened through open_database like any file; tests of the steps themselves
    open their own files."""
    return _Templates(tmp_path_factory.mktemp("templates"))


class _Templates:
    def __init__(self, folder: Path):
        self.folder = folder
        self.made: dict[str, Path] = {}

    def copy_to(self, target: Path, kind: str) -> None:
        import datetime as dt
        import shutil

        from models import clock

        # Demo rows are dated from now: a frozen clock or a new day needs its own file.
        key = kind if kind == "empty" else f"{kind}-{dt.date.today()}"
        if kind != "empty" and clock.frozen() is not None:
            key = ""
        source = self.made.get(key)
        if source is None:
            source = self.folder / f"{len(self.made)}.db"
            for stale in self.folder.glob(f"{source.name}*"):  # a frozen clock's last file
                stale.unlink()
            _make(source, kind)
            if key:
                self.made[key] = source
        shutil.copyfile(source, target)


def _make(path: Path, kind: str) -> None:
    from models.schema.opening import open_database
    from models.storage.db import close_database

    open_database(path)
    try:
        if kind == "demo":
            from models.demo import demo

            demo.generate(600, seed=3)
    finally:
        close_database()  # the last connection folds the WAL into the file


@pytest.fixture
def db(db_path, _templates):
    """An open, fully migrated, empty database file."""
    from models.schema.opening import open_database
    from models.storage.db import close_database

    _templates.copy_to(db_path, "empty")
    database = open_database(db_path)
    yield database
    close_database()


@pytest.fixture
def demo_db(db, db_path, _templates):
    """A database with 600 deterministic demo customers (in place of db's empty file, so
    that a test asking for both has one database; added to it when a fixture before
    this one wrote to it already)."""
    from models.schema.opening import open_database
    from models.storage.db import close_database

    if db.execute_sql("SELECT total_changes()").fetchone()[0]:
        from models.demo import demo

        demo.generate(600, seed=3)
        return db
    close_database()
    _templates.copy_to(db_path, "demo")
    return open_database(db_path)
