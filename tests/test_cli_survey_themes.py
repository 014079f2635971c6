"""guanjia surveys themes | theme-add | theme-remove | theme-comments (issue 27, item 5):
the JSON keys, the text output, and bad input exiting 1 with one line on stderr and
nothing written (the words' cache is not the user's data: it is not counted)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.test_cli import guanjia
from tests.test_cli_surveys import Cli, ok


def counts(path):
    with sqlite3.connect(path) as con:
        return tuple(con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                     for t in ("survey", "survey_answer", "survey_theme", "audit_entry"))  # fmt: skip


def bad(cli, *args):
    before = counts(cli.path)
    code, out, err = cli(*args)
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert counts(cli.path) == before
    return err


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch, qapp):
    cli = Cli(tmp_path / "s.db", capsys, monkeypatch)
    ok(cli, "--create", "customers", "add", "--name", "张三")
    ok(cli, "surveys", "add", "--name", "门店NPS", "--type", "nps")
    for n, (score, comment) in enumerate([(10, "服务很好，店员热情"), (3, "价格太贵，排队太久"),
                                          (0, "太贵了"), (8, "还行")]):  # fmt: skip
        ok(cli, "surveys", "answer", "1", "--customer", "0", "--score", str(score),
           "--comment", comment, "--at", f"2026-12-0{n + 1} 10:00")  # fmt: skip
    yield cli
    from models.storage.db import close_database

    close_database()


def test_themes_json_and_text(cli):
    added = json.loads(ok(cli, "surveys", "theme-add", "1", "--name", "价格",
                          "--terms", "价格，贵", "--json"))  # fmt: skip
    assert added == {"survey_id": 1, "id": 1, "name": "价格", "terms": ["价格", "贵"]}
    got = json.loads(ok(cli, "surveys", "themes", "1", "--json"))
    assert set(got) == {"survey_id", "type", "comments", "cached", "categories", "themes"}
    assert got["comments"] == 4 and got["cached"] is False
    detractors = got["categories"]["detractors"]
    assert detractors["comments"] == 2
    assert detractors["terms"][0] == {"term": "太贵", "count": 2, "share": 100.0}
    theme = got["themes"][0]
    assert (theme["name"], theme["comments"], theme["share"], theme["nps"]) == (
        "价格", 2, 50.0, -100.0)  # fmt: skip
    again = json.loads(ok(cli, "surveys", "themes", "1", "--category", "promoters",
                          "--top", "1", "--json"))  # fmt: skip
    assert again["cached"] is True and list(again["categories"]) == ["promoters"]
    assert len(again["categories"]["promoters"]["terms"]) == 1
    text = ok(cli, "surveys", "themes", "1")
    assert "detractors: 2 comments" in text and "  太贵\t2\t100.0%" in text
    assert "  价格\t2\t50.0%\tnps -100.0" in text
    rows = [json.loads(x) for x in ok(cli, "surveys", "theme-comments", "1", "--term", "太贵",
                                      "--json").splitlines()]  # fmt: skip
    assert [r["comment"] for r in rows] == ["太贵了", "价格太贵，排队太久"]
    assert set(rows[0]) == {"id", "customer_id", "customer", "score", "category", "comment",
                            "answered_at"}  # fmt: skip
    by_theme = ok(cli, "surveys", "theme-comments", "1", "--theme", "价格", "--limit", "1")
    assert by_theme.count("\n") == 1 and "太贵了" in by_theme
    ok(cli, "surveys", "theme-remove", "1", "--name", "价格")
    assert json.loads(ok(cli, "surveys", "themes", "1", "--json"))["themes"] == []


def test_bad_input_exits_1_and_writes_nothing(cli):
    ok(cli, "surveys", "theme-add", "1", "--name", "价格", "--terms", "贵")
    assert "already" in bad(cli, "surveys", "theme-add", "1", "--name", "价格", "--terms", "x")
    bad(cli, "surveys", "theme-add", "1", "--name", " ", "--terms", "x")
    bad(cli, "surveys", "theme-add", "1", "--name", "服务", "--terms", " , ")
    bad(cli, "surveys", "theme-add", "1", "--name", "服务", "--terms", "长" * 21)
    bad(cli, "surveys", "theme-add", "9", "--name", "服务", "--terms", "服务")
    bad(cli, "surveys", "theme-add", "x", "--name", "服务", "--terms", "服务")
    bad(cli, "surveys", "theme-remove", "1", "--name", "没有")
    bad(cli, "surveys", "themes", "9", "--json")
    bad(cli, "surveys", "themes", "1", "--top", "0")
    bad(cli, "surveys", "themes", "1", "--top", "abc", "--json")
    bad(cli, "surveys", "theme-comments", "1", "--theme", "没有")
    bad(cli, "surveys", "theme-comments", "1", "--term", "贵", "--limit", "999")
    with pytest.raises(SystemExit) as usage:  # argparse's usage error, as for every choice
        cli("surveys", "themes", "1", "--category", "fans")
    assert usage.value.code == 2


def test_errors_and_text_in_chinese(cli):
    from models.storage.db import close_database

    ok(cli, "surveys", "theme-add", "1", "--name", "价格", "--terms", "贵")
    close_database()
    zh = {"LANG": "zh_CN.UTF-8"}
    r = guanjia("surveys", "theme-add", "1", "--name", "价格", "--terms", "x", db=cli.path, env=zh)
    assert r.returncode == 1 and "价格" in r.stderr and "already" not in r.stderr
    r = guanjia("surveys", "themes", "1", db=cli.path, env=zh)
    assert r.returncode == 0 and "贬损者：2 条评论" in r.stdout and "主题：" in r.stdout
