import pytest

from models.customers import customer_list, customers, search_index
from models.customers.customer_list import CustomerFilter, Sort
from models.values.search_text import plan_query


@pytest.fixture
def people(db):
    ids = {
        "zhangsan": customers.create(
            {"name": "张三", "mobile": "13812345678", "company": "杭州云栖科技有限公司"}
        ),
        "zhangsanfeng": customers.create(
            {"name": "张三丰", "mobile": "0571-8888 8888", "wechat": "wudang_zsf"}
        ),
        "lisi": customers.create(
            {"name": "李四", "email": "lisi@example.com", "notes": "需要回访，对价格敏感"}
        ),
        "wangwu": customers.create(
            {"name": "王五", "mobile": "13912340000", "company": "Acme Trading"}
        ),
        "smith": customers.create({"name": "John Smith", "notes": "prefers email"}),
    }
    return ids


def found(text, **kw):
    flt = CustomerFilter(search=text, **kw)
    rows = customer_list.page(flt, Sort("id"), 100).rows
    assert customer_list.count(flt) == len(rows)
    return {r["name"] for r in rows}


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("张", {"张三", "张三丰"}),  # one Chinese character
        ("张三", {"张三", "张三丰"}),  # two
        ("三丰", {"张三丰"}),
        ("张三丰", {"张三丰"}),
        ("回访", {"李四"}),  # two characters in the notes
        ("价格", {"李四"}),
        ("云栖", {"张三"}),  # company
        ("zhangsan", {"张三", "张三丰"}),  # full pinyin
        ("zhang", {"张三", "张三丰"}),  # pinyin prefix
        ("zs", {"张三", "张三丰"}),  # initials
        ("zsf", {"张三丰"}),
        ("ZhangSan", {"张三", "张三丰"}),  # case does not matter
        ("ｚｓ", {"张三", "张三丰"}),  # full-width letters
        ("138", {"张三"}),  # any 3+ digit run of a mobile
        ("1234", {"张三", "王五"}),
        ("45678", {"张三"}),
        ("138 1234 5678", {"张三"}),  # a number typed with spaces
        ("88888888", {"张三丰"}),  # landline digits without the dash
        ("0571", {"张三丰"}),
        ("wudang", {"张三丰"}),  # WeChat
        ("example.com", {"李四"}),  # email
        ("acme", {"王五"}),
        ("trad", {"王五"}),  # substring in a Latin word
        ("smith", {"John Smith"}),
        ("jo", {"John Smith"}),  # two Latin letters: word prefix
        ("张 138", {"张三"}),  # several terms: all must match
        ("赵", set()),
        ("zzz", set()),
    ],
)
def test_search_matches_like_the_user_expects(people, query, names):
    assert found(query) == names


def test_punctuation_or_blank_search_does_not_filter(people):
    assert plan_query("   ").empty
    assert plan_query('"').empty
    assert found("") == {"张三", "张三丰", "李四", "王五", "John Smith"}


def test_search_follows_edits_and_the_recycle_bin(people):
    customers.update(people["lisi"], {"name": "李思", "notes": ""})
    assert found("回访") == set()
    assert found("李思") == {"李思"}
    customers.move_to_bin([people["zhangsan"]])
    assert found("张") == {"张三丰"}
    assert found("张", in_bin=True) == {"张三"}


def test_every_search_plan_returns_the_same_rows(demo_db):
    for text in ("张", "王", "zh", "138", "有限", "回访"):
        flt = CustomerFilter(search=text)
        n = customer_list.count(flt)
        for sort in (Sort("name"), Sort("created_at", True), Sort("city")):
            query = customer_list._base(flt, customer_list.Customer.id, strategy="rowid")
            expected = None
            for strategy in ("rowid", "walk", "probe"):
                query = customer_list._base(flt, customer_list.Customer.id, strategy=strategy)
                _q, expr = customer_list._sort_expr(sort, query)
                order = [expr.desc() if sort.descending else expr, customer_list.Customer.id]
                ids = [r[0] for r in query.order_by(*order).tuples()]
                assert len(ids) == n
                expected = expected or ids
                assert ids == expected, (text, sort, strategy)


def test_strategy_choice_follows_match_density():
    assert search_index.choose_strategy(300, 1_000_000, 200) == "rowid"
    assert search_index.choose_strategy(30_000, 1_000_000, 200) == "walk"
    assert search_index.choose_strategy(600_000, 1_000_000, 200) == "probe"
