"""The database object, where it lives, how it is opened (pragmas in one place), and the
integrity gate that keeps a damaged database from being written."""

from __future__ import annotations

import os
import sqlite3
import threading
from contextlib import contextmanager, suppress
from pathlib import Path

import platformdirs
from peewee import DatabaseError, DatabaseProxy, OperationalError, SqliteDatabase

from models.errors import DatabaseDamagedError, DatabaseMissingError, DatabaseOpenError

APP_NAME = "Guanjia"

# Every model binds to this proxy; connect_database() points it at a real database.
database = DatabaseProxy()

# SQLite settings, all here: WAL lets readers run beside the one writer; NORMAL is
# safe with WAL; the busy timeout rides out a background writer; foreign keys on.
# The schema this program writes: the number of steps in models/schema/migrations.py
# (which checks that the two agree). A backup from a newer schema is refused by it.
SCHEMA_VERSION = 36

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


# ---------------------------------------------------------------- integrity (SQLite-specific)


def quick_check(path: str | os.PathLike, *, full: bool = False) -> list[str]:
    """SQLite's quick_check of the file, on a read-only connection: [] when it is sound,
    else the problems it reports. Seconds on a million customers (it reads every page).
    `full`: integrity_check, which also matches every index to its table (slower)."""
    uri = f"{Path(path).resolve().as_uri()}?mode=ro"
    try:
        con = sqlite3.connect(uri, uri=True)
        try:
            pragma = "integrity_check" if full else "quick_check"
            rows = [r[0] for r in con.execute(f"PRAGMA {pragma}(20)")]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:  # "file is not a database", "malformed", ...
        return [str(exc)]
    if rows == ["ok"]:
        return []
    lines = [line for row in rows for line in row.splitlines()]
    return [line for line in lines if not line.startswith("***")][:20]


class IntegrityGate:
    """A database is opened read-only (PRAGMA query_only) until its quick check passes:
    the first write waits for the check (run by whoever needs it first: the window's
    start-up worker, or the write itself), then goes on; a damaged database refuses
    every write, so nothing more is lost."""

    def __init__(self, path: Path):
        self.path = path
        self.problems: list[str] | None = None  # None: not checked yet
        self._lock = threading.Lock()

    @property
    def checked(self) -> bool:
        return self.problems is not None

    @property
    def damaged(self) -> bool:
        return bool(self.problems)

    def check(self) -> list[str]:
        """Run the quick check once (callers arriving meanwhile wait for its result)."""
        with self._lock:
            if self.problems is None:
                self.problems = quick_check(self.path)
            return self.problems

    def mark_damaged(self, problem: str) -> None:
        with self._lock:
            self.problems = [*(self.problems or []), problem]

    def refusal(self) -> DatabaseDamagedError:
        return DatabaseDamagedError(
            f"{self.path} is damaged, so Guanjia does not write to it "
            f"({'; '.join(self.problems or [])}); restore a backup",
            path=str(self.path),
            problems=list(self.problems or []),
        )


class GuardedSqliteDatabase(SqliteDatabase):
    """SqliteDatabase whose writes pass the IntegrityGate (see there)."""

    def __init__(self, *args, gate: IntegrityGate, **kwargs):
        super().__init__(*args, **kwargs)
        self.gate = gate

    def _set_pragmas(self, con):
        if self.gate.checked and not self.gate.damaged:
            return super()._set_pragmas(con)
        con.execute("PRAGMA query_only = 1")
        for pragma, value in self._pragmas:
            if pragma != "journal_mode":  # switching to WAL writes, even when query_only
                con.execute(f"PRAGMA {pragma} = {value}")

    def writable(self) -> None:
        """Wait for the check, then let this thread's connection write (or refuse).
        Writes through the ORM call this themselves; raw executemany paths call it."""
        if self.gate.check():
            raise self.gate.refusal()
        self._open_for_writes(self.connection())

    def _open_for_writes(self, con) -> None:
        """Lift query_only on a connection opened before the check (once per connection:
        begin() and the bulk paths call this on every write)."""
        if getattr(self._state, "writable_con", None) is con:
            return
        con.execute("PRAGMA query_only = 0")
        if con.in_transaction:  # WAL cannot be switched on inside one: the next connection does
            return
        con.execute(f"PRAGMA journal_mode = {SQLITE_PRAGMAS['journal_mode']}")
        self._state.writable_con = con

    def begin(self, lock_type=None):
        """Transactions take the write lock up front (BEGIN IMMEDIATE), waiting through
        the busy timeout: a deferred one that read first could not write after another
        connection committed (SQLITE_BUSY_SNAPSHOT, at once, no waiting). Every
        atomic() block here writes. Before the check passes they stay deferred (query_only
        refuses IMMEDIATE); their first write waits for the check."""
        if lock_type is None and self.gate.checked and not self.gate.damaged:
            self._open_for_writes(self.connection())
            lock_type = "IMMEDIATE"
        stack = self._state.transactions
        if stack:  # a transaction object begun again after its commit or rollback
            stack[0].__dict__.pop("guanjia_memo", None)  # (per_transaction): forget
        return super().begin(lock_type)

    def execute_sql(self, sql, params=None):
        try:
            return super().execute_sql(sql, params)
        except OperationalError as exc:
            if "readonly" not in str(exc):
                raise
            self.writable()  # the statement failed before changing anything: retry it
            return super().execute_sql(sql, params)
        except DatabaseError as exc:
            if "malformed" not in str(exc):
                raise
            if not self.gate.damaged:  # found by a read before the check: no more writes
                self.gate.mark_damaged(str(exc))
                with suppress(sqlite3.Error):
                    self.connection().execute("PRAGMA query_only = 1")
            raise self.gate.refusal() from exc


def writable() -> None:
    """Before a write that bypasses execute_sql (executemany on the raw cursor)."""
    if isinstance(database.obj, GuardedSqliteDatabase):
        database.obj.writable()


# ---------------------------------------------------------------- read once per transaction

_WRITTEN = object()  # a value written in this transaction: read it afresh from then on


def _memo() -> dict | None:
    """A dict living as long as the outermost transaction open on this thread's
    connection (None outside one). Peewee keeps the open transactions per thread; the
    outermost is the transaction SQLite sees."""
    stack = database._state.transactions if database.obj is not None else None
    if not stack:
        return None
    outer = stack[0]
    memo = getattr(outer, "guanjia_memo", None)
    if memo is None:
        memo = outer.guanjia_memo = {}
    return memo


def per_transaction(name: str, read):
    """`read()`, done once per transaction: a sale reads the settings and the staff name
    once instead of at every row and audit entry. Outside a transaction, read every
    time. The value must not be changed by the caller (keep it immutable)."""
    memo = _memo()
    if memo is None:
        return read()
    value = memo.get(name)
    if value is _WRITTEN:
        return read()
    if value is None:
        value = memo[name] = read()
    return value


def written_in_transaction(name: str) -> None:
    """The writer of a value read through per_transaction(name): from now until the end
    of the transaction it is read afresh every time (a savepoint rolled back must not
    leave a value cached that the database no longer has)."""
    memo = _memo()
    if memo is not None:
        memo[name] = _WRITTEN


@contextmanager
def overwriting_deleted():
    """Around an erasure: SQLite zeroes the space of what is deleted or overwritten
    (PRAGMA secure_delete) instead of leaving it in free pages, and afterwards the
    write-ahead log, which holds the pages as they were, is emptied."""
    if not isinstance(database.obj, SqliteDatabase):
        yield
        return
    con = database.connection()
    con.execute("PRAGMA secure_delete = 1")
    try:
        yield
    finally:
        con.execute("PRAGMA secure_delete = 0")
    with suppress(sqlite3.Error):  # busy readers only delay it to the next checkpoint
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def integrity() -> IntegrityGate | None:
    return getattr(database.obj, "gate", None)


def schema_version(db) -> int:
    """The schema version the file is at (0: a new file)."""
    if "schema_info" not in db.get_tables():
        return 0
    row = db.execute_sql("SELECT value FROM schema_info WHERE key = 'version'").fetchone()
    return int(row[0]) if row else 0


def connect_database(path: str | os.PathLike, *, create: str = "folders") -> SqliteDatabase:
    """Connect to the SQLite file at `path` as it is (models.schema.opening brings its
    schema up to date: what the window and the CLI call). A missing file is created by
    `create`: "folders" (with any missing folders), "file" (only in a folder that
    exists) or "no" (a read-only command: DatabaseMissingError).

    Raises DatabaseOpenError with a plain reason when the path is unusable.
    """
    path = Path(path)
    if path.is_dir():
        raise DatabaseOpenError(f"{path} is a folder, not a database file", path=str(path))
    if not path.exists() and create == "no":
        raise DatabaseMissingError(f"no database at {path}", path=str(path))
    if not path.parent.exists() and create == "file":
        raise DatabaseMissingError(
            f"no folder {path.parent} for a new database {path.name}: check the path, or "
            "add --create to make it",
            code="db_folder_missing", path=str(path), folder=str(path.parent),
        )  # fmt: skip
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
    gate = IntegrityGate(path)
    if not path.exists() or path.stat().st_size == 0:
        gate.problems = []  # a new database: nothing to check
    db = GuardedSqliteDatabase(
        str(path), pragmas=SQLITE_PRAGMAS, check_same_thread=False, gate=gate
    )
    try:
        db.connect(reuse_if_open=True)
    except Exception as exc:  # peewee wraps sqlite3 errors in its own classes
        raise DatabaseOpenError(f"cannot open {path}: {exc}", path=str(path)) from exc
    database.initialize(db)
    return db


def close_database() -> None:
    if database.obj is not None and not database.is_closed():
        database.close()
