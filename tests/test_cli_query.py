"""`guanjia customers --query` and `--count`: the box's results, one-line errors."""

from __future__ import annotations

import json

import pytest

from models.customers import customer_list
from models.customers.query.box import filter_for
from models.storage.db import close_database
from tests.test_cli import guanjia

QUERIES = ["城市:杭州 或 城市:上海", "标签:VIP -来源:微信", "性别:女 消费:空", "王 阶段:活跃", "王"]


@pytest.fixture
def demo_file(demo_db, db_path):
    """The demo database's file, with what the window would show for each query."""
    expected = {}
    for q in QUERIES:
        flt = filter_for(q)
        expected[q] = sorted(customer_list.matching_ids(flt))
    close_database()
    return db_path, expected


def test_query_gives_the_box_results(demo_file):
    db, expected = demo_file
    for q in QUERIES:
        r = guanjia("customers", "--query", q, "--json", db=db)
        assert r.returncode == 0, r.stderr
        rows = [json.loads(line) for line in r.stdout.splitlines()]
        assert [row["id"] for row in rows] == expected[q], q
        assert expected[q], q
        count = guanjia("customers", "--query", q, "--count", db=db)
        assert count.stdout == f"{len(expected[q])}\n"
    plain = guanjia("customers", "--query", "王", "--json", db=db)
    search = guanjia("customers", "--search", "王", "--json", db=db)
    assert plain.stdout == search.stdout  # the same objects as customers --json


@pytest.mark.parametrize(
    ("query", "english", "chinese"),
    [
        ("城巿:杭州", "unknown field “城巿”; did you mean “城市”?", "未知字段“城巿”，是否要找“城市”？"),
        ("消费>abc", "“abc” is not a number (消费)", "“abc”不是数字（消费）。"),
        ("标签:VIPP", "“VIPP” is not a value of 标签; did you mean “VIP”?",
         "“VIPP”不是标签的可选值，是否要找“VIP”？"),
        ("(城市:杭州", "a parenthesis is not closed: “(城市:杭州”", "括号没有闭合：“(城市:杭州”。"),
        ("生日:soon", "“soon” is not a date or period (生日)", "“soon”不是日期或时间段（生日）"),
    ],
)  # fmt: skip
def test_bad_queries_exit_1_with_one_line(demo_file, query, english, chinese):
    db, _expected = demo_file
    for args in (("--json",), ("--count",)):
        r = guanjia("customers", "--query", query, *args, db=db)
        assert r.returncode == 1 and r.stdout == ""
        assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
        assert r.stderr.startswith(f"guanjia: error: {english}")
    zh = guanjia("customers", "--query", query, db=db, env={"LANG": "zh_CN.UTF-8"})
    assert zh.returncode == 1 and zh.stderr.startswith(f"guanjia: error: {chinese}")


def test_search_and_query_together_are_refused(demo_file):
    db, _expected = demo_file
    r = guanjia("customers", "--search", "王", "--query", "性别:女", db=db)
    assert r.returncode == 1 and "--search or --query" in r.stderr
