"""guanjia backup, backups, check (is the file damaged?) and restore."""

from __future__ import annotations

import os
import sys

from desktop.cli.options import may_create
from desktop.cli.output import fail, print_json, print_rows
from desktop.cli.text import fill, translate

# models/ modules are imported inside the handlers: every command module is imported to
# build the parser, and `--help` and the small commands should not load them all.

PASSWORD_ENV = "GUANJIA_BACKUP_PASSWORD"  # encrypted backups' password for scripts


def register(commands) -> None:
    bak = commands.add_parser(
        "backup", help="back the database up now (into DEST, a folder, if given)"
    )
    bak.add_argument("dest", nargs="?", help="a folder (default: backups/ beside the database)")
    bak.add_argument(
        "--encrypt", action="store_true",
        help="also write an encrypted copy (.gjbackup) into DEST; the password comes from "
        f"${PASSWORD_ENV} or is asked",
    )  # fmt: skip
    bak.add_argument(
        "--if-due", action="store_true",
        help="the day's backup, only when none is made yet today (the window's rule; for a "
        "scheduled task): exit 0 whether made or not due; no DEST or --encrypt",
    )  # fmt: skip
    bak.add_argument(
        "--json", action="store_true",
        help="print the outcome as one JSON object: made (false when --if-due found it not "
        "due), path (the backup made, or today's when not due), size, copies, copy_error, "
        "removed, encrypted",
    )  # fmt: skip
    bak.set_defaults(handler=_backup)
    baks = commands.add_parser("backups", help="list the backups of the database, newest first")
    baks.add_argument("--json", action="store_true", help="one JSON object per backup")
    baks.set_defaults(handler=_backups)

    chk = commands.add_parser(
        "check", help="check the database file for damage (exit 1 when damaged)"
    )
    chk.add_argument(
        "--full", action="store_true", help="integrity_check: also every index (slower)"
    )
    chk.add_argument("--json", action="store_true", help="print the outcome as one JSON object")
    # read-only, and it must work on a damaged file: it never opens the database
    chk.set_defaults(handler=_check, own_database=True)
    res = commands.add_parser(
        "restore", help="replace the database's contents with a backup (creating it if absent)"
    )
    res.add_argument(
        "file", help=f"a backup (.db.gz, or encrypted .gjbackup: password from ${PASSWORD_ENV} "
        "or asked) or a database file",
    )  # fmt: skip
    res.add_argument("--yes", action="store_true", help="do not ask before replacing the data")
    res.add_argument("--json", action="store_true", help="print the outcome as one JSON object")
    # into a database that may be absent or unusable
    res.set_defaults(handler=_restore, own_database=True)


def _backup(args) -> int:
    from pathlib import Path

    from models import clock
    from models.storage import backup, backup_crypto

    dest = Path(args.dest).expanduser() if args.dest else None
    if args.if_due:
        if dest is not None or args.encrypt:
            return fail(translate("Cli", "--if-due makes the day's backup in the usual folder: "
                                  "leave out DEST and --encrypt"))  # fmt: skip
        return _daily_backup(args)
    encrypted = None
    if args.encrypt:
        password = _backup_password(confirm=True)
        if password is None:
            return fail(fill(translate(
                "Cli", "an encrypted backup needs a password: set $%1 or run in a terminal"
            ), PASSWORD_ENV))  # fmt: skip
        folder = dest or backup.folder_for(backup.current_db_path())
        folder.mkdir(parents=True, exist_ok=True)
        encrypted = folder / (
            f"{backup.current_db_path().stem}-{clock.now():%Y%m%d-%H%M%S}{backup_crypto.SUFFIX}"
        )
        made = backup.export_encrypted(encrypted, password)
        made.copies.remove(encrypted)
    else:
        made = backup.make("manual", dest=dest)
    out = {
        "made": True,
        "path": str(made.path),
        "size": made.path.stat().st_size,
        "copies": [str(p) for p in made.copies],
        "copy_error": made.copy_error,
        "removed": [str(p) for p in made.removed],
        "encrypted": str(encrypted) if encrypted else None,
    }
    if args.json:
        print_json(out)
    else:
        print(fill(translate("Cli", "backed up to %1"), made.path))
        for copy in made.copies:
            print(fill(translate("Cli", "copied to %1"), copy))
        if encrypted:
            print(fill(translate("Cli", "encrypted copy: %1"), encrypted))
    if made.copy_error:
        print(fill(translate("Cli", "warning: the second folder could not be written: %1"),
                   made.copy_error),
              file=sys.stderr)  # fmt: skip
    return 0


def _daily_backup(args) -> int:
    """`backup --if-due`: the window's day's backup, from a scheduled task."""
    from models.storage import backup

    made = backup.daily_if_due()
    if made is None:
        today = backup.made_today()
        out = {"made": False, "path": str(today.path), "size": today.size, "copies": [],
               "copy_error": "", "removed": [], "encrypted": None}  # fmt: skip
        if args.json:
            print_json(out)
        else:
            print(fill(translate("Cli", "not due: today's backup is made already (%1)"),
                       today.path))  # fmt: skip
        return 0
    out = {"made": True, "path": str(made.path), "size": made.path.stat().st_size,
           "copies": [str(p) for p in made.copies], "copy_error": made.copy_error,
           "removed": [str(p) for p in made.removed], "encrypted": None}  # fmt: skip
    if args.json:
        print_json(out)
    else:
        print(fill(translate("Cli", "today's backup made: %1"), made.path))
        for copy in made.copies:
            print(fill(translate("Cli", "copied to %1"), copy))
    if made.copy_error:
        print(fill(translate("Cli", "warning: the second folder could not be written: %1"),
                   made.copy_error),
              file=sys.stderr)  # fmt: skip
    return 0


def _backups(args) -> int:
    from models.storage import backup

    path = backup.current_db_path()
    rows = (
        {"path": str(b.path), "at": b.at.isoformat(), "reason": b.reason, "size": b.size}
        for b in backup.list_backups(backup.folder_for(path), path.stem)
    )
    print_rows(rows, args.json, _backup_line)
    return 0


def _backup_line(item: dict) -> str:
    return f"{item['at']}\t{item['reason']}\t{item['size']:,}\t{item['path']}"


def _check(args, db_path) -> int:
    from models.storage.db import quick_check

    if not db_path.is_file():
        return fail(fill(translate("Cli", "%1 does not exist"), db_path))
    problems = quick_check(db_path, full=args.full)
    if args.json:
        print_json({"db": str(db_path), "ok": not problems, "problems": problems})
    elif problems:
        print(fill(translate("Cli", "%1 is damaged:"), db_path), *problems, sep="\n  ")
        print(translate("Cli", "restore a backup: guanjia backups; guanjia restore FILE"))
    else:
        print(fill(translate("Cli", "%1: ok"), db_path))
    return 1 if problems else 0


def _backup_password(confirm: bool) -> str | None:
    """An encrypted backup's password: from the environment (scripts), else asked on
    the terminal (twice when making one); None when neither is possible."""
    import getpass

    password = os.environ.get(PASSWORD_ENV)
    if password:
        return password
    if not sys.stdin.isatty():
        return None
    password = getpass.getpass("backup password: ")
    if confirm and getpass.getpass("again: ") != password:
        print("guanjia: " + translate("Cli", "the two passwords differ"), file=sys.stderr)
        return None
    return password


def _restore(args, db_path) -> int:
    from pathlib import Path

    from desktop.single_instance import HeldByWindow, held_against_windows

    source = Path(args.file).expanduser()
    if not db_path.exists() and may_create(args) == "file" and not db_path.parent.is_dir():
        return fail(fill(translate(
            "Cli", "no folder %1 for a new database %2: check the path, or add --create to make it"
        ), db_path.parent, db_path.name))  # fmt: skip
    if db_path.parent.is_dir():
        try:
            with held_against_windows(db_path):  # no window opens it half-way through
                return _restore_unlocked(args, db_path, source)
        except HeldByWindow as held:
            return fail(fill(translate(
                "Cli", "the window has %1 open (process %2 on %3): close it, then restore"
            ), db_path, held.pid or "?", held.host or "?"))  # fmt: skip
    return _restore_unlocked(args, db_path, source)


def _restore_unlocked(args, db_path, source) -> int:
    """The restore, once no window has the database open."""
    from models.errors import DatabaseDamagedError
    from models.schema import upgrading
    from models.storage import backup, backup_crypto

    password = None
    if backup_crypto.is_encrypted(source):
        password = _backup_password(confirm=False)
        if password is None:
            return fail(fill(translate("Cli", "%1 is encrypted: set $%2 or run in a terminal"),
                             source, PASSWORD_ENV))  # fmt: skip
    inside = backup.peek(source, password)  # refuses a bad file before anything is asked
    if not args.yes:
        print(fill(translate("Cli", "backup: %1 customers, %2 purchases, %3 complaints, "
                             "%4 follow-ups"), f"{inside.customers:,}", f"{inside.purchases:,}",
                   f"{inside.complaints:,}", f"{inside.followups:,}"))  # fmt: skip
        try:
            current = backup.summarize(db_path) if db_path.exists() else None
        except DatabaseDamagedError:  # the usual reason to restore: say it, go on
            print(
                translate("Cli", "now:    damaged (it is kept as a backup before it is replaced)")
            )
            current = None
        if current is not None:
            print(fill(translate("Cli", "now:    %1 customers, %2 purchases, %3 complaints, "
                                 "%4 follow-ups"), f"{current.customers:,}",
                       f"{current.purchases:,}", f"{current.complaints:,}",
                       f"{current.followups:,}"))  # fmt: skip
        if not sys.stdin.isatty():
            return fail(translate("Cli", "restoring replaces the data: add --yes to confirm"))
        if input(f"replace the data in {db_path}? [y/N] ").strip().lower() not in ("y", "yes"):
            return fail(translate("Cli", "not restored"))
    db_path.parent.mkdir(parents=True, exist_ok=True)
    done = upgrading.restore(source, db_path, password=password)
    out = {"restored": str(source), "db": str(db_path),
           "safety_backup": str(done.safety) if done.safety else None,
           **done.summary.as_dict()}  # fmt: skip
    if args.json:
        print_json(out)
    else:
        print(fill(translate("Cli", "restored %1 into %2: %3 customers"), source, db_path,
                   f"{done.summary.customers:,}"))  # fmt: skip
        if done.safety:
            print(fill(translate("Cli", "the data it replaced is in %1"), done.safety))
    return 0
