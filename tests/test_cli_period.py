"""A period's --from/--to (desktop.cli.options.period_options and period): one spelling
in every command that takes one, and one reading: a day that does not read is refused
naming its option, exit 1, one line, nothing written."""

from __future__ import annotations

import argparse

import pytest

from desktop.cli import build_parser, parse
from desktop.cli.options import DAY, period, period_options
from models.errors import ValidationError
from tests.test_cli import guanjia


def _parsers(parser: argparse.ArgumentParser, path: str = ""):
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, f"{path} {name}".strip())


def _option(parser, flag):
    return next((a for a in parser._actions if flag in a.option_strings), None)


PERIODS = {
    path: parser
    for path, parser in _parsers(build_parser())
    if (option := _option(parser, "--from")) is not None and option.dest == "date_from"
}


def test_every_period_is_the_same_pair():
    assert {"funnel", "funnel roi", "funnel costs list", "funnel costs set", "points statement",
            "wallet statement", "referrals stats", "audit", "complaints metrics",
            "communities metrics", "surveys answers", "surveys score"} <= set(PERIODS)  # fmt: skip
    for path, parser in PERIODS.items():
        first, last = _option(parser, "--from"), _option(parser, "--to")
        assert last is not None and last.dest == "date_to", path
        assert (first.metavar, first.required) == (last.metavar, last.required), path
        if first.metavar == "DAY":  # read by period(): both say what a day may be
            assert first.help.endswith(DAY) and last.help.endswith(DAY), path


def test_period_reads_days_and_names_the_bad_option():
    import datetime as dt

    args = parse(["funnel", "--from", "2026-11-01", "--to", "2026-11-30"])
    assert period(args) == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert period(parse(["points", "statement", "--customer", "1"])) == (None, None)
    with pytest.raises(ValidationError, match="^--to: 'xx' is not a date"):
        period(parse(["complaints", "metrics", "--to", "xx"]))


def test_required_period():
    parser = argparse.ArgumentParser()
    period_options(parser, "first", "last", required=True)
    assert parser.parse_args(["--from", "a", "--to", "b"]).date_to == "b"
    with pytest.raises(SystemExit):
        parser.parse_args(["--from", "a"])


@pytest.mark.parametrize(
    "argv",
    [
        ["funnel", "--from", "明年春天"],
        ["funnel", "roi", "--from", "明年春天"],
        ["points", "statement", "--customer", "1", "--from", "明年春天"],
        ["referrals", "stats", "--from", "明年春天"],
        ["audit", "--from", "明年春天"],
        ["complaints", "metrics", "--from", "明年春天"],
        ["communities", "metrics", "--from", "明年春天"],
    ],
)
def test_a_bad_day_is_one_line_naming_the_option(tmp_path, argv):
    db = tmp_path / "g.db"
    assert guanjia("--create", "team", "add", "王", db=db).returncode == 0
    r = guanjia(*argv, db=db)
    assert r.returncode == 1 and r.stdout == ""
    assert r.stderr.startswith("guanjia: error: --from: '明年春天' is not a date; try one of:")
    assert r.stderr.count("\n") == 1
