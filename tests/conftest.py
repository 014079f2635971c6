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


@pytest.fixture
def db(db_path):
    """An open, fully migrated, empty database file."""
    from models.schema.opening import open_database
    from models.storage.db import close_database

    database = open_database(db_path)
    yield database
    close_database()


@pytest.fixture
def demo_db(db):
    """A database with 600 deterministic demo customers."""
    from models.demo import demo

    demo.generate(600, seed=3)
    return db
