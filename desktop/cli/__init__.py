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
    duplicates,
    events,
    exports,
    followups,
    funnel,
    imports,
    leads,
    ledgers,
    levels,
    members,
    paid,
    privacy,
    purchases,
    referrals,
    rules,
    storage,
    surveys,
    tags,
    team,
)
from desktop.cli.options import fixed_clock, may_create, outputs
from desktop.cli.output import fail
from desktop.cli.privacy import AUDIT_ACTIONS
from desktop.cli.text import fill, translate
from desktop.cli.writing import name_commands, writes
from desktop.version import version
from models.errors import GuanjiaError
from models.storage import file_writing

__all__ = ["AUDIT_ACTIONS", "build_parser", "parse", "run"]

# Each command group and the commands it adds. A run builds the parsers of its command's
# group only: building all of them (130 parsers) costs a small command more than its work.
GROUPS = (
    (demo, ("demo",)),
    (customers, ("customers",)),
    (tags, ("tags",)),
    (imports, ("import", "imports", "template")),
    (exports, ("export",)),
    (storage, ("backup", "backups", "check", "restore")),
    (privacy, ("audit", "erase", "password", "staff")),
    (followups, ("followups", "interactions", "today")),
    (complaints, ("complaints",)),
    (purchases, ("purchases", "rfm", "lifecycle")),
    (care, ("care",)),
    (communities, ("communities",)),
    (events, ("events",)),
    (members, ("members",)),
    (ledgers, ("points", "wallet")),
    (count_cards, ("cards",)),
    (paid, ("paid",)),
    (referrals, ("referrals",)),
    (levels, ("levels", "earning")),
    (surveys, ("surveys",)),
    (team, ("team",)),
    (leads, ("leads",)),
    (funnel, ("funnel",)),
    (rules, ("rules",)),
    (duplicates, ("duplicates", "merge")),
)
# The order `guanjia --help` has always listed the commands in (the groups add theirs
# module by module); a command left out of it is listed last.
HELP_ORDER = (
    "demo", "customers", "tags", "import", "imports", "backup", "backups", "audit", "erase",
    "password", "today", "staff", "check", "restore", "export", "template", "followups",
    "interactions", "complaints", "purchases", "rfm", "lifecycle", "care", "communities",
    "events", "members", "points", "wallet", "cards", "paid", "referrals", "levels",
    "earning", "surveys", "team", "leads", "funnel", "rules", "duplicates", "merge",
)  # fmt: skip


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command; with `command`, of that command's group only (what
    a run of it reads is the same: a command's parser does not depend on the others)."""
    parser = _program_parser(argparse.ArgumentParser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group, names in GROUPS:
        if command is None or command in names:
            group.register(commands)
    _in_help_order(commands)
    name_commands(parser)
    return parser


def _program_parser(kind: type[argparse.ArgumentParser], **options) -> argparse.ArgumentParser:
    """A parser with the program's own options (before the command)."""
    parser = kind(
        prog="guanjia",
        description="Guanjia (客户管家): customer management. Without a command, starts the window.",
        **options,
    )
    parser.add_argument(
        "--db", metavar="PATH", help="database file (default: GUANJIA_DB or the data folder)"
    )
    parser.add_argument(
        "--create", action="store_true",
        help="a command that writes may create a new database at --db, with its folders "
        "(without it, only in a folder that exists; a command that only reads never does)",
    )  # fmt: skip
    parser.add_argument("--version", action="version", version=f"Guanjia {version()}")
    parser.add_argument(
        "--self-test", action="store_true",
        help="open the window offscreen on a new database in a temporary folder, check that "
        "Chinese renders, save a screenshot there, and exit (0: all well)",
    )  # fmt: skip
    return parser


class _Probe(argparse.ArgumentParser):
    """Reads the program's options and the command's name, and says nothing: a problem
    is left to the whole parser to report."""

    def error(self, message):
        raise ValueError(message)


def command_of(argv: list[str]) -> str | None:
    """The command `argv` runs when it is one GROUPS has, else None (no command, --help,
    a mistyped one: the whole parser is needed to answer)."""
    probe = _program_parser(_Probe, add_help=False)
    probe.add_argument("command", nargs="?")
    try:
        known, _rest = probe.parse_known_args(argv)
    except ValueError:
        return None
    names = {name for _group, group_names in GROUPS for name in group_names}
    return known.command if known.command in names else None


def _in_help_order(commands) -> None:
    """Put the subcommands in HELP_ORDER: in the help's list (argparse keeps it in
    `_choices_actions`) and in an unknown command's "choose from" list (`choices`)."""
    rank = {name: i for i, name in enumerate(HELP_ORDER)}
    commands._choices_actions.sort(key=lambda action: rank.get(action.dest, len(rank)))
    parsers = sorted(commands.choices.items(), key=lambda item: rank.get(item[0], len(rank)))
    commands.choices.clear()
    commands.choices.update(parsers)


def parse(argv: list[str]) -> argparse.Namespace:
    return build_parser(command_of(argv)).parse_args(argv)


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
        status = handler(args)
    except GuanjiaError as exc:
        return fail(exc)
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a file that cannot be written or read
        return fail(exc)
    if status == 0 and writes(args):  # a read changed nothing a score reads
        _keep_lead_scores()
    return status


def _keep_lead_scores() -> None:
    """A command that changed what a lead's score reads (a contact, a customer, an
    import, ...) leaves the lead marked by the schema's triggers: rescored here, as
    the window does after each change (models.leads.scores.flush)."""
    from models.leads import scores

    scores.flush_quietly()
