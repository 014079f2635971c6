"""Opening a database for work: connect (models.storage.db), refuse a damaged file,
and, when its schema is older, upgrade it (models.schema.upgrading: the backup first,
then the steps). The window and the CLI open through here."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

from models.errors import DatabaseDamagedError, DatabaseOpenError, ValidationError
from models.storage.db import SCHEMA_VERSION, connect_database, schema_version


def open_database(path: str | os.PathLike, *, create: str = "folders") -> SqliteDatabase:
    """Open the SQLite file at `path` and bring its schema up to date (`create`: see
    connect_database). An upgrade first checks the file and backs it up (reason
    "upgrade"); a damaged file raises DatabaseDamagedError and is not written."""
    path = Path(path)
    db = connect_database(path, create=create)
    try:
        version = schema_version(db)
        if version != SCHEMA_VERSION:
            # the steps load only now: a database at this program's version, the usual
            # case, opens without them (a tenth of a CLI command's start)
            from models.schema import upgrading

            upgrading.upgrade_opened(db, path, version)
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
