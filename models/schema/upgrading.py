"""Upgrading a database to this program's schema: one opened for work (the file
checked, the data backed up, then the steps) and a backup restored from an older
Guanjia (models.storage.backup.restore, with the steps handed in)."""

from __future__ import annotations

from pathlib import Path

from peewee import SqliteDatabase

from models.schema import migrations
from models.storage import audit, backup
from models.storage.db import SQLITE_PRAGMAS
from models.storage.preferences import Preference


def upgrade_opened(db, path: Path, version: int) -> None:
    """Bring an opened database at `version` up to date; a newer schema is refused."""
    if version < migrations.LATEST:  # an upgrade writes: check first
        gate = db.gate
        if gate.check():
            raise gate.refusal()
        if version > 0:  # the data as it was, before the steps
            backup.make("upgrade", db_path=path)
    migrations.upgrade(db)


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
