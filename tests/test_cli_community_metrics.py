"""guanjia communities metrics: a real process on a database made with the table models
(the week of tests/test_community_metrics.py)."""

from __future__ import annotations

import json

import pytest

from models.storage.db import close_database
from tests.test_cli import guanjia
from tests.test_community_metrics import week  # noqa: F401  (the fixture)

NOW = {"GUANJIA_NOW": "2026-11-08T18:00"}
ZH = {**NOW, "LANG": "zh_CN.UTF-8"}
CONTRACT = {"members", "joined", "left", "net", "active", "active_rate"}


@pytest.fixture
def made(week, db_path):  # noqa: F811
    close_database()  # the week is written; the CLI opens the file itself
    return week, db_path


def metrics(*args, db, env=NOW):
    r = guanjia("communities", "metrics", *args, db=db, env=env)
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.splitlines()) == 1
    return json.loads(r.stdout)


def test_metrics_of_two_communities_one_and_all(made):
    made_week, db = made
    a, b = str(made_week["a"]), str(made_week["b"])
    obj = metrics(a, b, "--from", "2026-11-02", "--to", "2026-11-08", "--json", db=db)
    assert set(obj) >= CONTRACT
    assert {k: obj[k] for k in CONTRACT} == {
        "members": 3, "joined": 2, "left": 2, "net": 0, "active": 2, "active_rate": 0.6667,
    }  # fmt: skip
    assert (obj["speakers"], obj["speaking_rate"], obj["interaction_rate"]) == (1, 0.3333, 0.3333)
    assert obj["levels"]["core"] == 1 and (obj["level_up"], obj["level_down"]) == (1, 1)
    assert (obj["signed_up"], obj["attended"], obj["no_shows"]) == (2, 2, 1)
    assert (obj["feedback_average"], obj["buyers"], obj["spend_fen"]) == (4.5, 2, 18000)
    assert obj["trend"]["members"] == [3] and obj["start"] == "2026-11-02"
    everything = metrics("--from", "2026-11-02", "--to", "2026-11-08", "--json", db=db)
    assert (everything["members"], everything["joined"], everything["communities"]) == (4, 3, [])
    # no period: this month up to today (GUANJIA_NOW)
    month = metrics(b, "--json", db=db)
    assert (month["start"], month["end"], month["members"]) == ("2026-11-01", "2026-11-08", 2)
    r = guanjia("communities", "metrics", a, "--from", "2026-11-02", "--to", "2026-11-08",
                db=db, env=NOW)  # fmt: skip
    assert r.returncode == 0 and "members\t2" in r.stdout.splitlines()


def test_bad_input_one_line_exit_1(made):
    _week, db = made
    cases = [
        (("999", "--json"), "no community with id 999", "没有编号为 999 的社群"),
        (("--from", "2026-11-08", "--to", "2026-11-02", "--json"), "starts (2026-11-08) after",
         "开始晚于结束"),
        (("--from", "someday", "--json"), "someday", "someday"),
    ]  # fmt: skip
    for args, english, chinese in cases:
        for env, words in ((NOW, english), (ZH, chinese)):
            r = guanjia("communities", "metrics", *args, db=db, env=env)
            assert r.returncode == 1, (args, r.stdout)
            assert r.stdout == ""
            assert len(r.stderr.splitlines()) == 1 and "Traceback" not in r.stderr
            assert words in r.stderr, (args, r.stderr)
    r = guanjia("communities", "metrics", "x", db=db, env=NOW)
    assert r.returncode == 2  # argparse: an id is a number
