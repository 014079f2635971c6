"""Opening a database for work: connect (models.storage.db), refuse a damaged file,
back the data up before an upgrade, run the schema steps. The window and the CLI open
through here; a backup restored over the database is brought up to date here too."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

from models.errors import DatabaseDamagedError, DatabaseOpenError, ValidationError
from models.schema import migrations
from models.storage import audit, backup
from models.storage.db import SQLITE_PRAGMAS, connect_database
from models.storage.preferences import Preference


def open_database(path: str | os.PathLike, *, create: str = "folders") -> SqliteDatabase:
    """Open the SQLite file at `path` and bring its schema up to date (`create`: see
    connect_database). An upgrade first checks the file and backs it up (reason
    "upgrade"); a damaged file raises DatabaseDamagedError and is not written."""
    path = Path(path)
    db = connect_database(path, create=create)
    try:
        version = migrations.current_version(db)
        if version < migrations.LATEST:  # an upgrade writes: check first
            gate = db.gate
            if gate.check():
                raise gate.refusal()
            if version > 0:  # the data as it was, before the steps
                backup.make("upgrade", db_path=path)
        migrations.upgrade(db)
    except sqlite3.DatabaseError as exc:
        db.close()
        raise DatabaseOpenError(f"cannot open {path}: {exc}", path=str(path)) from exc
    except DatabaseDamagedError:
        db.close()
        raise
    except ValidationError as exc:  # no upgrade without its backup
        db.close()
        raise DatabaseOpenError(
            f"cannot back up {path} before upgrading it: {exc}", path=str(path)
        ) from exc
    return db


def restore(backup_file: Path, db_path: Path | None = None, progress=None, cancel=None,
            password: str | None = None) -> backup.Restored:  # fmt: skip
    """backup.restore, the restored data brought to this program's schema (a backup from
    an older Guanjia) with a note in its audit log."""
    return backup.restore(backup_file, db_path, progress, cancel, password, upgrade=_upgrade)


def _upgrade(db_path: Path, note: str = "") -> None:
    """A restored backup from an older Guanjia is brought to this one's schema; `note`
    goes into its audit log (the restored data's log, which now goes on)."""
    db = SqliteDatabase(str(db_path), pragmas=SQLITE_PRAGMAS)
    try:
        db.connect()
        migrations.upgrade(db)
        if note:
            with db.bind_ctx([audit.AuditEntry, Preference]):
                audit.record("restore", "backup", detail=note)
    finally:
        db.close()
