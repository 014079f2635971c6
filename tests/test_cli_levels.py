"""guanjia levels and guanjia earning: levels added, edited, listed and archived, the
rules set, a recompute (and its dry run), lock/unlock/history; a member's purchase,
refund and void earning and giving back points through `guanjia purchases`; every
refusal exits 1 with one line on stderr and writes nothing."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from tests.test_cli import guanjia, lines

NOW = {"GUANJIA_NOW": "2026-06-01T10:00"}


def run(db, *args):
    return guanjia(*args, db=db, env=NOW)


def ok(db, *args):
    r = run(db, *args)
    assert r.returncode == 0, r.stderr
    return r


def state(db) -> tuple:
    con = sqlite3.connect(db)
    try:
        return tuple(con.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                     for t in ("member_level", "member", "level_history", "points_entry",
                               "purchase", "audit_entry", "membership_setting"))  # fmt: skip
    finally:
        con.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    db = tmp_path_factory.mktemp("levels") / "l.db"
    ok(db, "--create", "customers", "add", "--name", "张三")
    ok(db, "customers", "add", "--name", "散客")
    ok(db, "members", "enroll", "--customer", "1", "--card", "A001")
    ok(db, "levels", "add", "--name", "普通", "--rank", "0", "--threshold", "0")
    ok(db, "levels", "add", "--name", "银卡", "--rank", "1", "--basis", "spend",
       "--threshold", "500", "--period-days", "365", "--grace-days", "30",
       "--multiplier", "1.5", "--discount", "5", "--benefits", "95折")  # fmt: skip
    return db


@pytest.fixture
def shop(template, tmp_path):
    db = tmp_path / "l.db"
    shutil.copy(template, db)
    return db


def test_levels_listed_with_thresholds_in_fen(shop):
    rows = lines(ok(shop, "levels", "list", "--json"))
    assert [(r["name"], r["threshold_points"], r["threshold_fen"]) for r in rows] == [
        ("普通", 0, None), ("银卡", None, 50000)]  # fmt: skip
    silver = rows[1]
    assert (silver["points_multiplier_permille"], silver["discount_permille"],
            silver["grace_days"], silver["period_days"]) == (1500, 50, 30, 365)  # fmt: skip
    out = json.loads(ok(shop, "levels", "edit", "--level", "银卡", "--threshold", "600",
                        "--json").stdout)  # fmt: skip
    assert out["threshold_fen"] == 60000
    assert "银卡" in ok(shop, "levels", "list").stdout


def test_a_members_purchase_earns_and_levels_up(shop):
    ok(shop, "levels", "set-rules", "--points-per-yuan", "1", "--task-first-order", "20")
    out = json.loads(ok(shop, "purchases", "add", "--customer", "1", "--amount", "600",
                        "--json").stdout)  # fmt: skip
    assert out["points"] == 620  # 600 + 首单 20 (普通 multiplier 1)
    assert json.loads(ok(shop, "members", "show", "--customer", "1", "--json").stdout)[
        "points"] == 620  # fmt: skip
    hist = lines(ok(shop, "levels", "history", "--customer", "1", "--json"))
    assert [(h["to_level"], h["cause"]) for h in hist] == [("银卡", "purchase")]
    out = json.loads(ok(shop, "purchases", "add", "--customer", "1", "--amount", "100",
                        "--json").stdout)  # fmt: skip
    assert out["points"] == 150  # 银卡: x1.5
    out = json.loads(ok(shop, "purchases", "refund", "2", "--amount", "50", "--json").stdout)
    assert out["points"] == -75
    out = json.loads(ok(shop, "purchases", "delete", "1", "--reason", "录重", "--json").stdout)
    assert out["points"] == -620
    out = json.loads(ok(shop, "purchases", "add", "--customer", "2", "--amount", "600",
                        "--json").stdout)  # fmt: skip
    assert "points" not in out  # not a member: nothing earned, the output as before


def test_recompute_dry_run_lock_unlock(shop):
    out = json.loads(ok(shop, "levels", "recompute", "--dry-run", "--json").stdout)
    assert (out["dry_run"], out["up"]) == (True, 1)
    assert lines(ok(shop, "levels", "history", "--customer", "1", "--json")) == []
    out = json.loads(ok(shop, "levels", "recompute", "--json").stdout)
    assert out["changes"][0]["to_level"] == "普通"
    out = json.loads(ok(shop, "levels", "lock", "--customer", "1", "--level", "银卡",
                        "--reason", "店长特批", "--json").stdout)  # fmt: skip
    assert (out["level"], out["locked"], out["lock_reason"]) == ("银卡", True, "店长特批")
    assert json.loads(ok(shop, "levels", "recompute", "--json").stdout)["changes"] == []
    out = json.loads(ok(shop, "levels", "unlock", "--customer", "1", "--json").stdout)
    assert (out["level"], out["locked"]) == ("银卡", False)  # the grace before a downgrade
    text = ok(shop, "levels", "recompute", "--dry-run").stdout
    assert text.strip().splitlines()[-1]


def test_earning_for_a_task(shop):
    ok(shop, "levels", "set-rules", "--task-register", "15")
    out = json.loads(ok(shop, "earning", "task", "--customer", "1", "--task", "register",
                        "--json").stdout)  # fmt: skip
    assert (out["points"], out["balance"], out["task"]) == (15, 15, "register")
    rules = json.loads(ok(shop, "levels", "set-rules", "--json").stdout)
    assert rules["points_task_register"] == 15 and rules["level_tags"] is False


@pytest.mark.parametrize("args", [
    ("levels", "add", "--name", "银卡", "--rank", "5"),  # the name is taken
    ("levels", "add", "--name", "金卡", "--rank", "1"),  # the rank is taken
    ("levels", "add", "--name", "金卡", "--rank", "x"),
    ("levels", "add", "--name", " ", "--rank", "4"),
    ("levels", "add", "--name", "金卡", "--rank", "2", "--basis", "spend", "--threshold",
     "100", "--period-days", "365"),  # below 银卡's
    ("levels", "add", "--name", "金卡", "--rank", "2", "--multiplier", "abc"),
    ("levels", "add", "--name", "金卡", "--rank", "2", "--discount", "101"),
    ("levels", "edit", "--level", "铜卡", "--threshold", "1"),
    ("levels", "edit", "--level", "银卡"),  # nothing to change
    ("levels", "archive", "--level", "普通", "--restore"),  # not archived
    ("levels", "set-rules", "--points-per-yuan", "-1"),
    ("levels", "set-rules", "--task-review", "abc"),
    ("levels", "lock", "--customer", "1", "--reason", " "),
    ("levels", "lock", "--customer", "2", "--reason", "x"),  # not a member
    ("levels", "lock", "--customer", "1", "--level", "铜卡", "--reason", "x"),
    ("levels", "unlock", "--customer", "1"),  # not locked
    ("levels", "history", "--customer", "2"),
    ("levels", "recompute", "--customer", "2"),
    ("earning", "task", "--customer", "1", "--task", "register"),  # no points set
    ("earning", "task", "--customer", "2", "--task", "register"),
    ("earning", "attend", "--event", "9", "--customer", "1"),  # no such event
])  # fmt: skip
def test_refusals_exit_1_with_one_line_and_write_nothing(shop, args):
    before = state(shop)
    r = run(shop, *args, "--json") if args[1] not in ("history",) else run(shop, *args)
    assert r.returncode == 1, r.stdout
    assert r.stdout == "" and len(r.stderr.strip().splitlines()) == 1
    assert "Traceback" not in r.stderr
    assert state(shop) == before
