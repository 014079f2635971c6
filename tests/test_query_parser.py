"""The search language's reader against a table of queries: every operator, both
languages, quoting, precedence, full-width punctuation, and the errors with their
messages (English here; tests/test_query_messages.py the Chinese ones)."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from models.customers.query import values
from models.customers.query.errors import QueryError
from models.customers.query.syntax import And, Not, Or, Term, Word, only_words, parse


def shape(node):
    """A compact picture of a tree."""
    if node is None:
        return None
    if isinstance(node, Word):
        return node.text
    if isinstance(node, Term):
        return (node.field, node.op, node.value)
    if isinstance(node, Not):
        return ("not", shape(node.node))
    if isinstance(node, And):
        return ("and", *map(shape, node.items))
    if isinstance(node, Or):
        return ("or", *map(shape, node.items))
    raise TypeError(node)


TABLE = [
    ("", None),
    ("张三", "张三"),
    ("张 三", ("and", "张", "三")),
    ("城市:杭州", ("城市", ":", "杭州")),
    ("city:Hangzhou", ("city", ":", "Hangzhou")),
    ("城市：杭州", ("城市", ":", "杭州")),  # full-width colon
    ("城市=杭州", ("城市", "=", "杭州")),
    ("城市:=杭州", ("城市", "=", "杭州")),
    ("消费>1000", ("消费", ">", "1000")),
    ("消费:>1000", ("消费", ">", "1000")),
    ("消费＞＝1000", ("消费", ">=", "1000")),
    ("spend>=1000", ("spend", ">=", "1000")),
    ("spend<=1000", ("spend", "<=", "1000")),
    ("次数<3", ("次数", "<", "3")),
    ("消费:1000..5000", ("消费", ":", "1000..5000")),
    ("最近购买:>90天", ("最近购买", ">", "90天")),
    ("生日:本月", ("生日", ":", "本月")),
    ("创建:2026-01..2026-03", ("创建", ":", "2026-01..2026-03")),
    ("邮箱:空", ("邮箱", ":", "空")),
    ("-标签:VIP", ("not", ("标签", ":", "VIP"))),
    ("非城市:杭州", ("not", ("城市", ":", "杭州"))),
    ("非洲", "非洲"),  # a word that starts with 非
    ("非 城市:杭州", ("not", ("城市", ":", "杭州"))),
    ("NOT city:x", ("not", ("city", ":", "x"))),
    ("-张三", ("not", "张三")),
    ("a 或 b", ("or", "a", "b")),
    ("a OR b", ("or", "a", "b")),
    ("a or b", ("or", "a", "b")),
    ("a b 或 c", ("or", ("and", "a", "b"), "c")),  # AND binds tighter than OR
    ("a (b 或 c)", ("and", "a", ("or", "b", "c"))),
    ("a （b 或 c）", ("and", "a", ("or", "b", "c"))),  # full-width parentheses
    ("-(a 或 b)", ("not", ("or", "a", "b"))),
    ("a AND b", ("and", "a", "b")),
    ('公司:"阿里 巴巴"', ("公司", ":", "阿里 巴巴")),
    ("公司:“阿里 巴巴”", ("公司", ":", "阿里 巴巴")),
    ('"城市:杭州"', "城市:杭州"),  # quoted whole: a word
    ("10:30", "10:30"),  # digits before the colon: a word
    ("标签:VIP|老客户", ("标签", ":", "VIP|老客户")),
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_parse(text, expected):
    assert shape(parse(text)) == expected


ERRORS = [
    ("城市:", "query_no_value", 0, 3, "“城市:” needs a value after the colon"),
    ("(城市:杭州", "query_unclosed_paren", 0, 1, "a parenthesis is not closed: “(城市:杭州”"),
    (
        "城市:杭州)",
        "query_extra_paren",
        5,
        6,
        "a closing parenthesis has no opening one: “城市:杭州)”",
    ),
    ('公司:"阿里', "query_unclosed_quote", 0, 6, 'a quote is not closed: “公司:"阿里”'),
    ("a 或", "query_dangling", 2, 3, "“或” needs a term after it"),
    ("非", "query_dangling", 0, 1, "“非” needs a term after it"),
]


@pytest.mark.parametrize(("text", "code", "start", "end", "message"), ERRORS)
def test_parse_errors(text, code, start, end, message):
    with pytest.raises(QueryError) as caught:
        parse(text)
    assert (caught.value.code, caught.value.start, caught.value.end) == (code, start, end)
    assert str(caught.value) == message


def test_positions_point_at_the_term():
    tree = parse("张三 城市:杭州")
    term = tree.items[1]
    assert (term.start, term.end, term.value_start) == (3, 8, 6)


def test_only_words():
    assert only_words(parse("张 三"))
    assert not only_words(parse("张 城市:杭州"))
    assert not only_words(parse("-张"))
    assert not only_words(parse("a 或 b"))


TODAY = dt.date(2026, 12, 30)  # a Wednesday, the last week of the year


@pytest.mark.parametrize(("text", "start", "end"), [
    ("今天", "2026-12-30", "2026-12-31"),
    ("本周", "2026-12-28", "2027-01-04"),
    ("本月", "2026-12-01", "2027-01-01"),
    ("下月", "2027-01-01", "2027-02-01"),
    ("上月", "2026-11-01", "2026-12-01"),
    ("3月", "2026-03-01", "2026-04-01"),
    ("2026-02", "2026-02-01", "2026-03-01"),
    ("2026-02-03", "2026-02-03", "2026-02-04"),
    ("2026年2月3日", "2026-02-03", "2026-02-04"),
    ("2025", "2025-01-01", "2026-01-01"),
    ("this_month", "2026-12-01", "2027-01-01"),
])  # fmt: skip
def test_periods(text, start, end):
    assert values.period(text, TODAY) == (dt.date.fromisoformat(start), dt.date.fromisoformat(end))


def test_values():
    assert values.period("13月", TODAY) is None
    assert values.period("soon", TODAY) is None
    assert values.amount_days("90天") == 90
    assert values.amount_days("2周") == 14
    assert values.amount_days("3个月") == 90
    assert values.amount_days("3月") is None  # March, not three months
    assert values.number("1,000") == 1000
    assert values.number("1.5万") == 15000
    assert values.number("¥300元") == 300
    assert values.number("abc") is None
    assert values.month_days("本周", TODAY) == [("12-28", "12-31"), ("01-01", "01-03")]
    assert values.month_days("12-01..01-31", TODAY) == [("12-01", "12-31"), ("01-01", "01-31")]
    assert values.month_days("02-29", TODAY) == [("02-29", "02-29")]
    assert values.month_days("02-30", TODAY) is None


def test_parse_is_fast():
    text = "（城市：杭州 或 城市：上海） 消费>1000 生日:本月 -标签:黑名单 投诉:未结"
    started = time.perf_counter()
    for _ in range(200):
        parse(text)
    assert (time.perf_counter() - started) / 200 < 0.005
