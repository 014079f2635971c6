"""guanjia funnel, funnel costs, funnel roi: the contract's keys on a hand-made cohort,
bad input (exit 1, one line, in Chinese too, nothing written), reads create nothing."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.test_cli import guanjia, lines

NOW = {"GUANJIA_NOW": "2026-01-31T18:00"}


@pytest.fixture
def shop(tmp_path):
    db = tmp_path / "shop.db"

    def run(*args, env=None):
        return guanjia(*args, db=db, env={**NOW, **(env or {})})

    assert run("team", "add", "王").returncode == 0  # an owner must be on the staff list
    a = json.loads(run("customers", "add", "--name", "甲", "--source", "ads", "--owner", "王",
                       "--json").stdout)["id"]  # fmt: skip
    run("customers", "add", "--name", "乙", "--source", "ads")
    run("purchases", "add", "--customer", str(a), "--amount", "300", "--date", "2026-01-20T10:00")
    return run, db


def audit_rows(db) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT COUNT(*) FROM audit_entry").fetchone()[0]
    finally:
        con.close()


def test_funnel_json_keys_rates_and_groups(shop):
    run, _db = shop
    out = run("funnel", "--from", "2026-01-01", "--to", "2026-01-31", "--json")
    assert out.returncode == 0, out.stderr
    (obj,) = lines(out)
    assert [(s["stage"], s["count"], s["rate"]) for s in obj["stages"]] == [
        ("lead", 2, 1.0), ("qualified", 1, 0.5), ("contact", 1, 1.0), ("purchase", 1, 1.0),
        ("repeat", 0, 0.0), ("referral", 0, 0.0),
    ]  # fmt: skip
    assert all(set(s) == {"stage", "count", "rate", "median_days"} for s in obj["stages"])
    assert "groups" not in obj
    (split,) = lines(run("funnel", "--by", "staff", "--json"))
    assert [(g["key"], g["stages"][0]["count"]) for g in split["groups"]] == [("", 1), ("王", 1)]
    text = run("funnel")
    assert text.stdout.splitlines()[0] == "lead\t2\t100.0%\t-"


def test_costs_and_roi(shop):
    run, _db = shop
    put = run("funnel", "costs", "set", "--channel", "ads", "--from", "2026-01-01", "--to",
              "2026-01-31", "--amount", "100", "--json")  # fmt: skip
    assert put.returncode == 0, put.stderr
    (cost,) = lines(put)
    assert cost["amount_fen"] == 10000 and cost["channel"] == "ads"
    (row,) = lines(run("funnel", "roi", "--from", "2026-01-01", "--to", "2026-01-31", "--json"))
    assert (row["key"], row["cost_fen"], row["leads"], row["customers"], row["revenue_fen"],
            row["roi"], row["cost_per_lead_fen"], row["cost_per_customer_fen"]) == (
        "ads", 10000, 2, 1, 30000, 2.0, 5000, 10000)  # fmt: skip
    assert lines(run("funnel", "costs", "list", "--json")) == [cost]
    assert lines(run("funnel", "costs", "remove", str(cost["id"]), "--json")) == [cost]
    assert run("funnel", "costs", "list", "--json").stdout == ""


@pytest.mark.parametrize(
    ("args", "english", "chinese"),
    [
        (("funnel", "--by", "region"), "unknown split", "不是分组方式"),
        (("funnel", "--from", "2026-02-01", "--to", "2026-01-01"), "before it starts",
         "结束日期早于开始日期"),
        (("funnel", "roi", "--by", "staff"), "unknown split", "不是分组方式"),
        (("funnel", "costs", "set", "--channel", "ads", "--from", "2026-01-01", "--to",
          "2026-01-31", "--amount", "-1"), "cannot be negative", "成本不能为负数"),
        (("funnel", "costs", "set", "--channel", "tv", "--from", "2026-01-01", "--to",
          "2026-01-31", "--amount", "1"), "unknown channel", "不是来源渠道"),
        (("funnel", "costs", "set", "--event", "9", "--from", "2026-01-01", "--to",
          "2026-01-31", "--amount", "1"), "no event", ""),
        (("funnel", "costs", "set", "--channel", "ads", "--event", "9", "--from",
          "2026-01-01", "--to", "2026-01-31", "--amount", "1"), "one channel or one event",
         "一个来源渠道或一个活动"),
        (("funnel", "costs", "set", "--channel", "ads", "--from", "2026-13-01", "--to",
          "2026-01-31", "--amount", "1"), "--from", "不是日期"),
        (("funnel", "costs", "set", "--channel", "ads", "--from", "2026-01-01", "--to",
          "2026-01-31", "--amount", "十块"), "not an amount", ""),
        (("funnel", "costs", "remove", "99"), "no cost", "没有这笔成本"),
    ],
)  # fmt: skip
def test_bad_input_exits_1_with_one_line_and_writes_nothing(shop, args, english, chinese):
    run, db = shop
    before = audit_rows(db)
    out = run(*args)
    assert out.returncode == 1 and out.stdout == ""
    assert out.stderr.count("\n") == 1 and english in out.stderr, out.stderr
    assert "Traceback" not in out.stderr
    zh = run(*args, env={"LANG": "zh_CN.UTF-8"})
    assert zh.returncode == 1 and chinese in zh.stderr, zh.stderr
    assert audit_rows(db) == before
    assert sqlite3.connect(db).execute("SELECT COUNT(*) FROM funnel_cost").fetchone()[0] == 0


def test_a_channel_is_taken_as_its_word_too(shop):
    run, db = shop
    span = ("--from", "2026-01-01", "--to", "2026-01-31", "--amount", "10", "--json")
    for word in ("微信", "WeChat"):
        out = run("funnel", "costs", "set", "--channel", word, *span)
        assert out.returncode == 0, out.stderr
        assert json.loads(out.stdout)["channel"] == "wechat"
    before = audit_rows(db)
    for env, said in (
        (None, "unknown channel '电视': one of website 官网"),
        ({"LANG": "zh_CN.UTF-8"}, "不是来源渠道"),
    ):
        out = run("funnel", "costs", "set", "--channel", "电视", *span, env=env)
        assert out.returncode == 1 and out.stdout == "" and out.stderr.count("\n") == 1
        assert said in out.stderr and "wechat 微信" in out.stderr, out.stderr
    assert audit_rows(db) == before


def test_reading_creates_no_database(tmp_path):
    missing = tmp_path / "none.db"
    out = guanjia("funnel", "--json", db=missing)
    assert out.returncode == 1 and not missing.exists()
