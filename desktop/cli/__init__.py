"""The command line: the same program as the GUI, for automation and headless checks.

`parse(argv)` reads the arguments, `run(args)` does the command and returns the exit
status (see desktop.cli.output: 0 done, 1 refused input or an unusable database, one
line on stderr and nothing written; 2 a usage error, from argparse).

Each command group is a module with `register(commands)`, which adds its subcommands
and sets `handler` on each; `run` opens the database and calls the handler. A handler
with `own_database` set (template, check, restore) is given the database's path and
opens it, or not, itself."""

from __future__ import annotations

import argparse

from desktop.cli import (
    care,
    communities,
    complaints,
    count_cards,
    customers,
    demo,
    events,
    exports,
    followups,
    imports,
    ledgers,
    levels,
    members,
    paid,
    privacy,
    purchases,
    referrals,
    storage,
    surveys,
    tags,
)
from desktop.cli.options import fixed_clock, may_create, outputs
from desktop.cli.output import fail
from desktop.cli.privacy import AUDIT_ACTIONS
from desktop.cli.text import fill, translate
from models.errors import GuanjiaError
from models.storage import file_writing

__all__ = ["AUDIT_ACTIONS", "build_parser", "parse", "run"]

GROUPS = (demo, customers, tags, imports, exports, storage, privacy, followups, complaints,
          purchases, care, communities, events, members, ledgers, count_cards, paid, referrals,
          levels, surveys)  # fmt: skip
# The order `guanjia --help` has always listed the commands in (the groups add theirs
# module by module); a command left out of it is listed last.
HELP_ORDER = (
    "demo", "customers", "tags", "import", "imports", "backup", "backups", "audit", "erase",
    "password", "today", "staff", "check", "restore", "export", "template", "followups",
    "interactions", "complaints", "purchases", "rfm", "lifecycle", "care", "communities",
    "events", "members", "points", "wallet", "cards", "paid", "referrals",
)  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="guanjia",
        description="Guanjia (客户管家): customer management. Without a command, starts the window.",
    )
    parser.add_argument(
        "--db", metavar="PATH", help="database file (default: GUANJIA_DB or the data folder)"
    )
    parser.add_argument(
        "--create", action="store_true",
        help="a command that writes may create a new database at --db, with its folders "
        "(without it, only in a folder that exists; a command that only reads never does)",
    )  # fmt: skip
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in GROUPS:
        group.register(commands)
    _in_help_order(commands)
    return parser


def _in_help_order(commands) -> None:
    """Put the subcommands in HELP_ORDER: in the help's list (argparse keeps it in
    `_choices_actions`) and in an unknown command's "choose from" list (`choices`)."""
    rank = {name: i for i, name in enumerate(HELP_ORDER)}
    commands._choices_actions.sort(key=lambda action: rank.get(action.dest, len(rank)))
    parsers = sorted(commands.choices.items(), key=lambda item: rank.get(item[0], len(rank)))
    commands.choices.clear()
    commands.choices.update(parsers)


def parse(argv: list[str]) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def run(args: argparse.Namespace) -> int:
    from models.schema.opening import open_database
    from models.storage.db import default_db_path

    try:
        fixed_clock()
    except ValueError:
        return fail(translate("Cli", "GUANJIA_NOW must look like 2026-12-01T09:30"))
    try:  # a place to write that does not exist: refused before any work
        for target, is_folder in outputs(args):
            file_writing.require_folder(target, is_folder=is_folder)
    except GuanjiaError as exc:
        return fail(exc)
    handler = getattr(args, "handler", None)
    if getattr(args, "own_database", False):
        try:
            return handler(args, default_db_path(args.db))
        except GuanjiaError as exc:
            return fail(exc)
    try:
        open_database(default_db_path(args.db), create=may_create(args))
    except GuanjiaError as exc:
        return fail(exc)
    if handler is None:
        return fail(fill(translate("Cli", "unknown command %1"), args.command))
    try:
        return handler(args)
    except GuanjiaError as exc:
        return fail(exc)
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a file that cannot be written or read
        return fail(exc)
