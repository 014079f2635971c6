"""Backups and restore of the database file.

SQLITE-SPECIFIC (the one marked place for it): a backup is a consistent copy made with
SQLite's online backup API while the program runs, compressed with gzip, written under
a temporary name and renamed into place, so a backup file is either whole or absent.
A restore copies a backup into the live database with the same API, inside one write
transaction of the destination: killed half-way, the database holds the old data.

Names say when and why: `guanjia-20261122-093000-daily.db.gz`. Automatic backups are
thinned by rotation (the newest few, then one a day, a week, a month); backups the
user asked for ("manual") are never deleted by the program.
"""

from __future__ import annotations

import datetime as dt
import gzip
import os
import re
import shutil
import sqlite3
import threading
from collections.abc import Callable
from contextlib import closing, suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path
from sqlite3 import DatabaseError

from peewee import DatabaseError as PeeweeError

from models import clock
from models.errors import Cancelled, DatabaseDamagedError, ValidationError
from models.storage import audit, backup_crypto, preferences
from models.storage.db import SCHEMA_VERSION, database, integrity, quick_check
from models.storage.file_writing import replacing

__all__ = ["before", "daily_if_due", "make", "restore", "rotate", "settings", "unpack"]

SETTINGS_KEY = "backup_settings"
# "damaged": a raw copy of a database that failed its check, taken before a restore
# replaces it (kept, like "manual", for whoever tries to recover more from it).
REASONS = ("daily", "manual", "upgrade", "import", "restore", "bulk_delete", "damaged")
KEPT_REASONS = ("manual", "damaged")  # never deleted by rotation
SUFFIX = ".db.gz"
CHUNK = 4 * 1024 * 1024
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<at>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z_]+)\.db\.gz$"
)

Progress = Callable[[float], None]


@dataclass
class Settings:
    recent: int = 10  # the newest automatic backups, whatever their age
    daily: int = 7  # then the newest of each of the last N days with a backup
    weekly: int = 4
    monthly: int = 12
    second_folder: str = ""  # a USB stick or a synced folder; "" for none

    def check(self) -> None:
        for name in ("recent", "daily", "weekly", "monthly"):
            value = getattr(self, name)
            if not isinstance(value, int) or not 0 <= value <= 1000:
                raise ValidationError(name, "option_invalid", f"{name} must be 0-1000")
        if self.recent + self.daily + self.weekly + self.monthly == 0:
            raise ValidationError("recent", "backup_keep_none", "keep at least one backup")


def settings() -> Settings:
    try:
        saved = preferences.get(SETTINGS_KEY) or {}
        found = Settings(**{k: v for k, v in saved.items() if k in Settings.__dataclass_fields__})
        found.check()
        return found
    except (TypeError, AttributeError, ValidationError, DatabaseError, PeeweeError):  # old schema
        return Settings()


def set_settings(new: Settings) -> None:
    new.check()
    if new.second_folder:
        folder = Path(new.second_folder).expanduser()
        if not folder.is_dir():
            raise ValidationError(
                "second_folder", "folder_missing", f"{folder} is not a folder", path=str(folder)
            )
    preferences.put(SETTINGS_KEY, asdict(new))


@dataclass(frozen=True)
class Backup:
    path: Path
    at: dt.datetime
    reason: str
    size: int

    @property
    def automatic(self) -> bool:
        return self.reason not in KEPT_REASONS


@dataclass
class Made:
    path: Path
    copies: list[Path] = field(default_factory=list)  # in the second folder
    copy_error: str = ""  # the second folder could not be written (unplugged?)
    removed: list[Path] = field(default_factory=list)  # by rotation


# ---------------------------------------------------------------- where and which


def current_db_path() -> Path:

    return Path(database.obj.database)


def folder_for(db_path: Path) -> Path:
    """Backups live beside the database, in `backups/`."""
    return Path(db_path).parent / "backups"


def list_backups(folder: Path, stem: str | None = None) -> list[Backup]:
    """The backups in `folder` (of the database named `stem`), newest first."""
    found = []
    if not Path(folder).is_dir():
        return found
    for path in Path(folder).iterdir():
        match = _NAME.match(path.name)
        if not match or (stem is not None and match["stem"] != stem):
            continue
        at = dt.datetime.strptime(match["at"], "%Y%m%d-%H%M%S")
        with suppress(OSError):
            found.append(Backup(path, at, match["reason"], path.stat().st_size))
    return sorted(found, key=lambda b: (b.at, b.path.name), reverse=True)


def made_today(db_path: Path | None = None, today: dt.date | None = None) -> Backup | None:
    """The newest backup of this database made today (any reason counts), or None."""
    db_path = Path(db_path or current_db_path())
    today = today or clock.today()
    found = (b for b in list_backups(folder_for(db_path), db_path.stem) if b.at.date() == today)
    return next(found, None)


def daily_due(db_path: Path | None = None, today: dt.date | None = None) -> bool:
    """No backup of this database yet today (any reason counts)."""
    return made_today(db_path, today) is None


def daily_if_due(db_path: Path | None = None, progress: Progress | None = None) -> Made | None:
    """The day's backup, made when none is made yet today: the one rule for the window's
    first start of a day and for `guanjia backup --if-due` (a scheduled task on a day
    the window is not opened). None when not due; a damaged database is refused (make)."""
    if not daily_due(db_path):
        return None
    return make("daily", db_path=db_path, progress=progress)


# ---------------------------------------------------------------- making


def make(
    reason: str,
    *,
    db_path: Path | None = None,
    dest: Path | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    keep: Settings | None = None,
) -> Made:
    """Back up the database now. `dest` (a folder) replaces the usual folder and skips the
    second folder and rotation (the CLI's `backup DEST`)."""
    if reason not in REASONS:
        raise ValidationError("reason", "option_invalid", f"unknown reason {reason!r}")
    db_path = Path(db_path or current_db_path())
    if not db_path.exists():
        raise ValidationError("database", "file_missing", f"{db_path} does not exist")
    if reason != "damaged":
        _refuse_if_damaged(db_path)
    keep = keep or _settings_or_default()
    folder = Path(dest) if dest is not None else folder_for(db_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValidationError(
            "dest", "folder_unwritable", f"cannot create {folder}: {exc.strerror}",
            path=str(folder),
        ) from exc  # fmt: skip
    remove_stale_temporaries(folder)
    at = clock.now().replace(microsecond=0)
    target = _free_name(folder, db_path.stem, at, reason)
    if reason == "damaged":  # the backup API may fail on it: the bytes as they are
        _compress(db_path, target, progress, cancel)
        wal = db_path.with_name(db_path.name + "-wal")
        if wal.exists() and wal.stat().st_size:
            _compress(wal, target.with_name(target.name[: -len(SUFFIX)] + ".db-wal.gz"), None, None)
    else:
        snapshot = folder / f".{target.name}.snapshot"
        try:
            _snapshot(db_path, snapshot)
            _tick(progress, cancel, 0.2)
            _compress(snapshot, target, progress, cancel)
        finally:
            with suppress(OSError):
                snapshot.unlink()
    made = Made(target)
    _audit_backup(db_path, reason, target)
    if dest is None:
        made.removed += rotate(folder, db_path.stem, keep)
        if keep.second_folder:
            second = Path(keep.second_folder).expanduser()
            try:
                copy = _copy(target, second)
                made.copies.append(copy)
                made.removed += rotate(second, db_path.stem, keep)
            except OSError as exc:  # an unplugged stick must not lose the main backup
                made.copy_error = f"{second}: {exc.strerror or exc}"
    _tick(progress, cancel, 1.0)
    return made


def export_encrypted(
    target: Path,
    password: str,
    *,
    db_path: Path | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Made:
    """A backup made now (reason "manual", kept in the usual folder) and sealed with
    `password` into the file `target`, for taking away (backup_crypto)."""
    backup_crypto.check_password(password)  # before a minute of work, not after
    target = Path(target)
    if not target.parent.is_dir():
        raise ValidationError("dest", "folder_missing", f"{target.parent} does not exist",
                              path=str(target.parent))  # fmt: skip
    made = make("manual", db_path=db_path, progress=_share(progress, 0, 0.6), cancel=cancel)
    backup_crypto.encrypt_file(made.path, target, password, _share(progress, 0.6, 1.0), cancel)
    made.copies.append(target)
    return made


def _share(progress: Progress | None, start: float, end: float) -> Progress | None:
    """A part of a progress bar: `start`..`end` of it for a step's 0..1."""
    if progress is None:
        return None
    return lambda fraction: progress(start + (end - start) * fraction)


BEFORE_SHARE = 0.3  # of an operation's progress bar, for the backup made before it


def before(reason: str, progress: Progress | None = None, cancel=None) -> Progress | None:
    """Back up before a risky operation (import, bulk delete, ...); returns the progress
    callback for the rest of the operation, scaled after the backup's share."""
    share = BEFORE_SHARE if progress is not None else 0.0
    make(reason, progress=(lambda f: progress(share * f)) if progress else None, cancel=cancel)
    if progress is None:
        return None
    return lambda f: progress(share + (1 - share) * f)


def _audit_backup(db_path: Path, reason: str, target: Path) -> None:
    """An audit entry in the open database, when it is the one backed up (the CLI's
    restore and tests back up files that are not open)."""

    if reason in ("upgrade", "damaged"):  # an older schema (maybe no log); no writes
        return
    if database.obj is None or Path(database.obj.database).resolve() != db_path.resolve():
        return
    audit.record("backup", "backup", detail=f"{reason}: {target.name}")


def _refuse_if_damaged(db_path: Path) -> None:
    """A backup of a damaged database would look good and rotate good ones away."""

    gate = integrity()
    if gate is not None and Path(gate.path).resolve() == db_path.resolve() and gate.check():
        raise gate.refusal()


def _settings_or_default() -> Settings:

    return settings() if database.obj is not None else Settings()


def _free_name(folder: Path, stem: str, at: dt.datetime, reason: str) -> Path:
    stamp = at.strftime("%Y%m%d-%H%M%S")
    path = folder / f"{stem}-{stamp}-{reason}{SUFFIX}"
    n = 2
    while path.exists():  # two backups in one second
        path = folder / f"{stem}-{stamp}-{n}-{reason}{SUFFIX}"
        n += 1
    return path


def _snapshot(db_path: Path, out: Path) -> None:
    """A consistent copy of the live database (the backup API, in one step)."""
    with suppress(OSError):
        out.unlink()
    uri = f"{db_path.resolve().as_uri()}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as src, closing(sqlite3.connect(out)) as dst:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file


def _compress(source: Path, target: Path, progress, cancel) -> None:
    total = max(1, source.stat().st_size)
    done = 0
    with (
        open(source, "rb") as src,
        replacing(target) as raw,  # the gzip stream closes first, then the file is renamed
        gzip.GzipFile(filename=source.name, mode="wb", compresslevel=3, fileobj=raw) as gz,
    ):
        while chunk := src.read(CHUNK):
            gz.write(chunk)
            done += len(chunk)
            _tick(progress, cancel, 0.2 + 0.75 * done / total)


def _copy(source: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    with open(source, "rb") as src, replacing(target) as dst:
        shutil.copyfileobj(src, dst, CHUNK)
    return target


STALE_AFTER = 15 * 60  # seconds untouched: a running backup or restore writes often
_TEMPORARY = re.compile(r"^\.(.+\.db\.gz\.(partial|snapshot)|restore-\d+-\d+\.db(\.gz)?)$")


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Delete the half-written files a killed backup or restore left (as big as the
    database); ones still being written are recent and kept."""
    removed = []
    if not Path(folder).is_dir():
        return removed
    limit = dt.datetime.now().timestamp() - STALE_AFTER
    for path in Path(folder).iterdir():
        if _TEMPORARY.match(path.name):
            with suppress(OSError):
                if path.stat().st_mtime < limit:
                    path.unlink()
                    removed.append(path)
    return removed


def _tick(progress, cancel, fraction: float) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled()
    if progress is not None:
        progress(min(1.0, fraction))


# ---------------------------------------------------------------- rotation


def rotate(folder: Path, stem: str, keep: Settings) -> list[Path]:
    """Delete the automatic backups the policy no longer keeps; returns them."""
    automatic = [b for b in list_backups(folder, stem) if b.automatic]
    kept = set(b.path for b in automatic[: keep.recent])
    for count, bucket in (
        (keep.daily, lambda b: b.at.date()),
        (keep.weekly, lambda b: b.at.isocalendar()[:2]),
        (keep.monthly, lambda b: (b.at.year, b.at.month)),
    ):
        seen = []
        for b in automatic:  # newest first: the newest of each period is kept
            key = bucket(b)
            if key not in seen:
                seen.append(key)
                if len(seen) > count:
                    break
                kept.add(b.path)
    removed = []
    for b in automatic:
        if b.path not in kept:
            with suppress(OSError):
                b.path.unlink()
                removed.append(b.path)
    return removed


# ---------------------------------------------------------------- reading a backup


@dataclass
class Summary:
    """What a database (or a backup) holds."""

    customers: int = 0  # live, not in the recycle bin
    in_bin: int = 0
    followups: int = 0
    complaints: int = 0
    purchases: int = 0
    schema: int = 0
    last_change: str = ""  # the latest customer update, ISO

    def as_dict(self) -> dict:
        return asdict(self)


def summarize(db_file: Path) -> Summary:
    """Counts of a database file, read-only. A file too damaged to count raises
    DatabaseDamagedError."""
    try:
        return _summarize(db_file)
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamagedError(f"{db_file} cannot be read: {exc}", path=str(db_file),
                                   problems=[str(exc)]) from exc  # fmt: skip


def _summarize(db_file: Path) -> Summary:
    uri = f"{Path(db_file).resolve().as_uri()}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as con:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}

        def scalar(sql: str, table: str):
            return con.execute(sql).fetchone()[0] if table in tables else 0

        found = Summary(
            customers=scalar("SELECT COUNT(*) FROM customer WHERE deleted_at IS NULL", "customer"),
            in_bin=scalar("SELECT COUNT(*) FROM customer WHERE deleted_at IS NOT NULL", "customer"),
            followups=scalar("SELECT COUNT(*) FROM followup", "followup"),
            complaints=scalar("SELECT COUNT(*) FROM complaint", "complaint"),
            purchases=scalar("SELECT COUNT(*) FROM purchase", "purchase"),
            schema=int(
                scalar("SELECT value FROM schema_info WHERE key = 'version'", "schema_info") or 0
            ),
            last_change=str(scalar("SELECT MAX(updated_at) FROM customer", "customer") or ""),
        )
    return found


def peek(backup_file: Path, password: str | None = None) -> Summary:
    """What a backup holds (unpacked into a temporary folder, which is removed); the
    same refusals as unpack."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="guanjia-peek-"))
    try:
        return summarize(unpack(backup_file, folder, password=password))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def unpack(backup_file: Path, folder: Path, progress=None, cancel=None,
           password: str | None = None) -> Path:  # fmt: skip
    """The database inside a backup, as a temporary file in `folder` (the caller deletes
    it). A plain database file is copied as it is; an encrypted backup needs its
    `password` (backup_crypto). Refuses what is not a Guanjia backup, is damaged, or
    was made by a newer Guanjia."""
    backup_file = Path(backup_file)
    if not backup_file.is_file():
        raise ValidationError("backup", "file_missing", f"{backup_file} does not exist")
    folder.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(folder)
    out = folder / f".restore-{os.getpid()}-{threading.get_ident()}.db"
    if backup_crypto.is_encrypted(backup_file):
        if not password:
            raise ValidationError("password", "password_needed", f"{backup_file} is encrypted")
        sealed = out.with_name(out.name + ".gz")
        try:
            backup_crypto.decrypt_file(backup_file, sealed, password,
                                       _share(progress, 0, 0.3), cancel)  # fmt: skip
            return unpack(sealed, folder, _share(progress, 0.3, 1.0), cancel)
        except OSError as exc:
            raise ValidationError("backup", "backup_damaged", f"{backup_file}: {exc}") from exc
        finally:
            with suppress(OSError):
                sealed.unlink()
    total = max(1, backup_file.stat().st_size)
    try:
        with open(backup_file, "rb") as raw, open(out, "wb") as dst:
            gzipped = raw.read(2) == b"\x1f\x8b"
            raw.seek(0)
            src = gzip.GzipFile(fileobj=raw, mode="rb") if gzipped else raw
            while chunk := src.read(CHUNK):
                dst.write(chunk)
                _tick(progress, cancel, 0.5 * min(1.0, raw.tell() / total))
        with open(out, "rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                raise ValidationError("backup", "not_backup", f"{backup_file} is not a backup")
        with closing(sqlite3.connect(out)) as con:
            check = con.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise ValidationError(
                    "backup", "backup_damaged", f"{backup_file} is damaged: {check}"
                )
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
            if "schema_info" not in tables or "customer" not in tables:
                raise ValidationError("backup", "not_backup", f"{backup_file} is not a backup")
            version = int(
                con.execute("SELECT value FROM schema_info WHERE key='version'").fetchone()[0]
            )
        if version > SCHEMA_VERSION:
            raise ValidationError(
                "backup", "backup_newer", f"made by a newer Guanjia (schema {version})"
            )
    except (OSError, EOFError, gzip.BadGzipFile, sqlite3.DatabaseError) as exc:
        with suppress(OSError):
            out.unlink()
        raise ValidationError(
            "backup", "backup_damaged", f"{backup_file} is damaged: {exc}"
        ) from exc
    except BaseException:
        with suppress(OSError):
            out.unlink()
        raise
    return out


# ---------------------------------------------------------------- restoring


@dataclass
class Restored:
    summary: Summary
    safety: Path | None  # the backup of the data it replaced


def restore(
    backup_file: Path,
    db_path: Path | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    password: str | None = None,
    upgrade: Callable[[Path, str], None] | None = None,
) -> Restored:
    """Replace the database's contents with a backup's, after backing the current data
    up (reason "restore"). The database need not exist. Bad backups change nothing.
    `upgrade(db_path, note)` brings the restored data to this program's schema
    (models.schema.upgrading.restore hands it in: storage knows no schema steps).

    A damaged database (failing quick_check) is saved as it is (reason "damaged") and
    replaced as a file, not written page by page: the caller closes its connections
    to it first (Windows cannot replace an open file)."""

    db_path = Path(db_path or current_db_path())
    unpacked = unpack(backup_file, db_path.parent, progress, cancel, password)
    try:
        safety = None
        damaged = False
        if db_path.exists() and db_path.stat().st_size > 0:
            damaged = bool(quick_check(db_path))
            safety = make("damaged" if damaged else "restore", db_path=db_path).path
        _tick(progress, cancel, 0.8)
        if damaged:
            _replace_file(unpacked, db_path)
        else:
            with (
                closing(sqlite3.connect(unpacked)) as src,
                closing(sqlite3.connect(db_path, timeout=30)) as dst,
            ):
                src.backup(dst)  # one write transaction on dst: all or nothing
        if upgrade is not None:
            upgrade(db_path, f"{Path(backup_file).name} ({safety.name if safety else '-'})")
        summary = summarize(db_path)
    finally:
        with suppress(OSError):
            unpacked.unlink()
    _tick(progress, None, 1.0)
    return Restored(summary, safety)


def _replace_file(new: Path, db_path: Path) -> None:
    """Put `new` in the damaged database's place. Its WAL goes first: a stale WAL beside
    a different main file would be replayed into it."""
    for side in ("-wal", "-shm"):
        with suppress(FileNotFoundError):
            db_path.with_name(db_path.name + side).unlink()
    with open(new, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(new, db_path)


def newest_good(db_path: Path | None = None) -> tuple[Backup, Summary] | None:
    """The newest backup of the database that unpacks and passes its check, with what
    it holds; None when there is none (offered when the database is damaged)."""
    db_path = Path(db_path or current_db_path())
    for found in list_backups(folder_for(db_path), db_path.stem):
        if found.reason == "damaged":
            continue
        try:
            return found, peek(found.path)
        except ValidationError:
            continue
    return None
