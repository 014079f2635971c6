"""The database object, where it lives, and how it is opened (pragmas in one place)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import platformdirs
from peewee import DatabaseProxy, SqliteDatabase

from models.errors import DatabaseOpenError, ValidationError

APP_NAME = "Guanjia"

# Every model binds to this proxy; open_database() points it at a real database.
database = DatabaseProxy()

# SQLite settings, all here: WAL lets readers run beside the one writer; NORMAL is
# safe with WAL; the busy timeout rides out a background writer; foreign keys on.
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    "busy_timeout": 5000,
    "cache_size": -32000,  # 32 MB page cache per connection
    "temp_store": "memory",
}


def data_dir() -> Path:
    """The user's data folder (GUANJIA_HOME overrides, for tests and portable installs)."""
    home = os.environ.get("GUANJIA_HOME")
    path = Path(home) if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path(cli_path: str | None = None) -> Path:
    """--db beats GUANJIA_DB beats the data folder."""
    if cli_path:
        return Path(cli_path).expanduser()
    env = os.environ.get("GUANJIA_DB")
    if env:
        return Path(env).expanduser()
    return data_dir() / "guanjia.db"


def is_sqlite() -> bool:
    return isinstance(database.obj, SqliteDatabase)


def open_database(path: str | os.PathLike, *, migrate: bool = True) -> SqliteDatabase:
    """Open (creating if needed) the SQLite file at `path` and bring its schema up to date.

    Raises DatabaseOpenError with a plain reason when the path is unusable.
    """
    path = Path(path)
    if path.is_dir():
        raise DatabaseOpenError(f"{path} is a folder, not a database file", path=str(path))
    if not path.parent.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseOpenError(
                f"cannot create the folder {path.parent}: {exc.strerror}", path=str(path)
            ) from exc
    if path.exists() and path.stat().st_size > 0:
        with open(path, "rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                raise DatabaseOpenError(f"{path} is not a Guanjia database", path=str(path))
    db = SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, check_same_thread=False)
    try:
        db.connect(reuse_if_open=True)
    except Exception as exc:  # peewee wraps sqlite3 errors in its own classes
        raise DatabaseOpenError(f"cannot open {path}: {exc}", path=str(path)) from exc
    database.initialize(db)
    if migrate:
        from models import backup, migrations

        try:
            version = migrations.current_version(db)
            if 0 < version < migrations.LATEST:  # the data as it was, before the steps
                backup.make("upgrade", db_path=path)
            migrations.upgrade(db)
        except sqlite3.DatabaseError as exc:
            db.close()
            raise DatabaseOpenError(f"cannot open {path}: {exc}", path=str(path)) from exc
        except ValidationError as exc:  # no upgrade without its backup
            db.close()
            raise DatabaseOpenError(
                f"cannot back up {path} before upgrading it: {exc}", path=str(path)
            ) from exc
    return db


def close_database() -> None:
    if database.obj is not None and not database.is_closed():
        database.close()
