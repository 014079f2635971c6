"""Which commands write (desktop.cli.writing): every command of the parser is in the
writing or the reading list, conditional writers answer by their options, and only a
writing command rescores the leads it marked (a read does not pay the flush)."""

from __future__ import annotations

import argparse
import sqlite3

import pytest

from desktop.cli import build_parser, parse
from desktop.cli.options import may_create, writes
from desktop.cli.writing import READING, WRITING
from tests.test_cli import guanjia


def _commands(parser: argparse.ArgumentParser, path: str = "", handler=None):
    """(path, handler) of every place a run can stop: a parser without subcommands, or
    one whose subcommands are optional."""
    handler = parser._defaults.get("handler", handler)
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs or not all(a.required for a in subs):
        yield path, handler
    for action in subs:
        for name, sub in action.choices.items():
            yield from _commands(sub, f"{path} {name}".strip(), handler)


COMMANDS = dict(_commands(build_parser()))


def test_every_command_is_in_one_list():
    runnable = {path for path, handler in COMMANDS.items() if path and handler is not None}
    unplaced = sorted(runnable - set(WRITING) - READING)
    assert not unplaced, f"place these in desktop/cli/writing.py (WRITING or READING): {unplaced}"
    assert not set(WRITING) & READING
    assert not (set(WRITING) | READING) - runnable, "the lists name commands the CLI lacks"


def test_the_walk_sees_nested_groups():
    for path in ("leads rules add", "funnel costs set", "communities stats import", "customers"):
        assert path in COMMANDS


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["customers", "--json"], False),
        (["customers", "add", "--name", "A"], True),
        (["members", "enroll", "--customer", "1"], True),
        (["members", "settings"], False),
        (["members", "settings", "--dormant-days", "30"], True),
        (["team", "list"], False),
        (["team", "add", "王"], True),
        (["leads", "rules", "list"], False),
        (["leads", "rules", "remove", "1"], True),
        (["leads", "settings"], False),
        (["leads", "settings", "--reclaim-days", "7"], True),
        (["leads", "reclaim", "--dry-run"], False),
        (["leads", "reclaim"], True),
        (["funnel", "--json"], False),
        (["funnel", "costs", "list"], False),
        (["funnel", "check"], False),
        (["funnel", "check", "--repair"], True),
        (["points", "expire", "--dry-run"], False),
        (["points", "expire"], True),
        (["wallet", "reconcile"], False),
        (["paid", "reminders"], False),
        (["paid", "reminders", "--days", "5"], True),
        (["referrals", "rules"], False),
        (["referrals", "rules", "--referrer-points", "10"], True),
        (["levels", "recompute", "--dry-run"], False),
        (["earning", "task", "--customer", "1", "--task", "register"], True),
        (["rules", "log"], False),
        (["rules", "run"], True),
        (["staff"], False),
        (["staff", "王"], True),
    ],
)
def test_writes_answers_by_the_options(argv, expected):
    args = parse(argv)
    assert writes(args) is expected
    assert (may_create(args) != "no") is expected


def _marks(db) -> int:
    with sqlite3.connect(db) as con:
        return con.execute("SELECT COUNT(*) FROM lead_score_dirty").fetchone()[0]


def test_only_a_writing_command_rescores_marked_leads(tmp_path):
    db = tmp_path / "g.db"
    r = guanjia("--create", "customers", "add", "--name", "王经理", "--stage", "lead", db=db)
    assert r.returncode == 0, r.stderr
    assert _marks(db) == 0  # the add's mark was rescored at its end
    with sqlite3.connect(db) as con:  # a mark left by a writer that could not flush
        con.execute("INSERT INTO lead_score_dirty (customer_id) VALUES (1)")
    for read in (["customers", "--json"], ["team", "list"], ["funnel", "--json"]):
        r = guanjia(*read, db=db)
        assert r.returncode == 0, r.stderr
        assert _marks(db) == 1, read  # reads leave it: no flush's query on every read
    r = guanjia("team", "add", "李四", db=db)
    assert r.returncode == 0, r.stderr
    assert _marks(db) == 0  # the next writer rescored it
