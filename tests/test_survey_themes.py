"""What people say (issue 27, item 5): the words of a survey's comments per category
(jieba for Chinese, English split and lower-cased, stop words dropped), the comments
holding a term, pinned themes with their share and NPS (hand-computed), the cache
(read back unchanged; a new, undone or erased answer counted again, only the changed
comments cut), and the refusals writing nothing."""

import datetime as dt
import threading

import pytest

from models import clock
from models.customers import customers
from models.errors import Cancelled, GuanjiaError
from models.privacy import erasure
from models.storage.audit import AuditEntry
from models.storage.db import database
from models.surveys import answers, surveys, theme_pins, themes, words
from models.surveys.tables import SurveyTheme

NOW = dt.datetime(2026, 12, 7, 10, 0)

# (score, comment): 3 promoters, 1 passive, 3 detractors, 1 without a comment
COMMENTS = [
    (10, "服务很好，店员很热情"),
    (9, "环境干净，服务也很周到"),
    (9, "Great service, friendly staff!"),
    (8, "还行，价格有点贵"),
    (3, "价格太贵了，服务一般"),
    (0, "等了很久，太慢了。价格也不便宜"),
    (5, "The price is too high and the staff were slow"),
    (10, ""),
]


@pytest.fixture
def survey(db):
    clock.set_now(NOW)
    ids = [customers.create({"name": f"客户{i}", "owner": "王五"}) for i in range(len(COMMENTS))]
    sid = surveys.create("门店NPS", "nps")
    for n, (cid, (score, comment)) in enumerate(zip(ids, COMMENTS, strict=True)):
        answers.record(sid, cid, score, comment, at=f"2026-12-0{1 + n % 5} 09:{n:02d}")
    return sid


def _counts():
    return (SurveyTheme.select().count(), AuditEntry.select().count())


def refused(code, fn, *args, **kw):
    before = _counts()
    with pytest.raises(GuanjiaError) as info:
        fn(*args, **kw)
    assert info.value.code == code
    assert _counts() == before


def test_words_cut_chinese_and_english_without_stop_words():
    assert words.terms("服务很好，店员很热情") == ["服务", "好", "店员", "热情"]
    assert words.terms("价格太贵了，服务一般") == ["价格", "太贵", "服务", "一般"]
    assert words.terms("Great service, the STAFF were friendly; service!") == [
        "great", "service", "staff", "friendly"]  # fmt: skip
    assert words.terms("") == [] and words.terms("123 !!! 😀 ...") == []
    assert words.terms("iPhone15质量不错") == ["iphone", "质量", "不错"]
    # a negation stays with its word; alone it says nothing
    assert words.terms("不满意，等了很久") == ["不满意", "久"]
    assert words.terms("not good, no") == ["not good"]
    assert words.terms("还行") == ["还行"] and words.terms("没有用") == ["没有用"]
    assert words.split_terms("价格, 贵，便宜、价格 ; Price price") == [
        "价格",
        "贵",
        "便宜",
        "Price",
    ]


def test_the_stop_word_lists_are_shipped_with_their_source():
    from resources import SURVEYS_DIR

    zh = (SURVEYS_DIR / "stopwords_zh.txt").read_text(encoding="utf-8")
    assert "Stopwords ISO" in zh and "MIT" in zh
    stops = words.stop_words()
    assert {"的", "了", "很", "the", "and"} <= stops
    assert not {"好", "一般", "贵", "good", "bad", "slow"} & stops


def test_top_terms_per_category(survey):
    got = themes.summary(survey)
    assert got["comments"] == 7 and got["type"] == "nps" and got["cached"] is False
    pro, pas, det = (got["categories"][c] for c in themes.CATEGORIES)
    assert (pro["comments"], pas["comments"], det["comments"]) == (3, 1, 3)
    # promoters: 服务 in 2 of 3 comments (English "service" is its own word)
    assert pro["terms"][0] == {"term": "服务", "count": 2, "share": 66.7}
    assert {t["term"] for t in pro["terms"]} >= {"店员", "热情", "great", "service", "staff"}
    # detractors: 价格 in two comments (the English one says price)
    det_terms = {t["term"]: t["count"] for t in det["terms"]}
    assert det_terms["价格"] == 2 and det_terms["price"] == 1 and det_terms["slow"] == 1
    assert [t["term"] for t in pas["terms"]] == ["价格", "贵", "还行"]  # ties by the term
    only = themes.summary(survey, category="detractors", top=2)
    assert list(only["categories"]) == ["detractors"]
    assert [t["term"] for t in only["categories"]["detractors"]["terms"]] == ["价格", "high"]


def test_comments_with_a_term_newest_first(survey):
    counted = themes.count_words(survey)
    rows = themes.comments_with_term(counted, "价格")
    assert [r["comment"] for r in rows] == ["价格太贵了，服务一般", "还行，价格有点贵",
                                            "等了很久，太慢了。价格也不便宜"]  # fmt: skip
    assert rows[0]["category"] == "detractors" and rows[0]["customer"] == "客户4"
    assert [r["score"] for r in themes.comments_with_term(counted, "价格", "passives")] == [8]
    assert themes.comments_with_term(counted, "没有这个词") == []


def test_pinned_themes_share_and_nps_by_hand(survey):
    price = theme_pins.add(survey, "价格", "价格, 贵，便宜、price")
    theme_pins.add(survey, "服务", ["服务", "service", "店员", "staff"])
    got = {t["name"]: t for t in themes.summary(survey)["themes"]}
    # 价格: 4 comments hold 价格/贵/便宜/price (8, 3, 0, 5): 0 promoters, 1 passive,
    # 3 detractors -> NPS -75.0; share 4 / 7 comments = 57.1%
    p = got["价格"]
    assert (p["comments"], p["share"], p["promoters"], p["passives"], p["detractors"]) == (
        4, 57.1, 0, 1, 3)  # fmt: skip
    assert p["nps"] == -75.0 and p["few"] is True and p["terms"] == ["价格", "贵", "便宜", "price"]
    # 服务: 10, 9, 9 (Service, Staff: any case), 3, 5 -> 3 promoters, 2 detractors: 20.0
    s = got["服务"]
    assert (s["comments"], s["share"], s["nps"]) == (5, 71.4, 20.0)
    rows = themes.comments_with_theme(survey, price)
    assert len(rows) == 4 and {r["score"] for r in rows} == {8, 3, 0, 5}
    assert [r["score"] for r in themes.comments_with_theme(survey, "价格", "passives")] == [8]


def test_pin_and_unpin_are_audited_and_restorable(survey):
    before = AuditEntry.select().count()
    tid = theme_pins.add(survey, "环境", "环境,干净")
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert (entry.action, entry.target, entry.target_id) == ("create", "survey", survey)
    assert "环境" in entry.detail
    snap = theme_pins.remove(survey, "环境")
    assert AuditEntry.select().count() == before + 2 and SurveyTheme.select().count() == 0
    theme_pins.restore(snap)
    assert theme_pins.listing(survey) == [{"id": tid, "name": "环境", "terms": ["环境", "干净"]}]
    theme_pins.drop(tid)
    assert theme_pins.listing(survey) == []


def test_bad_themes_are_refused_and_write_nothing(survey):
    theme_pins.add(survey, "价格", "价格")
    refused("theme_name_required", theme_pins.add, survey, "  ", "贵")
    refused("theme_name_taken", theme_pins.add, survey, "价格", "贵")
    refused("theme_terms_required", theme_pins.add, survey, "服务", " ,，、 ")
    refused("too_long", theme_pins.add, survey, "长" * 21, "贵")
    refused("theme_term_long", theme_pins.add, survey, "服务", "服" * 21)
    refused(
        "theme_terms_many", theme_pins.add, survey, "服务", ",".join(f"词{i}" for i in range(31))
    )
    refused("survey_not_found", theme_pins.add, 999, "服务", "服务")
    refused("theme_not_found", theme_pins.remove, survey, "没有")
    refused("theme_category_invalid", themes.summary, survey, category="fans")
    refused("theme_top_invalid", themes.summary, survey, top=0)
    refused("theme_top_invalid", themes.summary, survey, top="x")
    refused("survey_not_found", themes.summary, 999)


def test_the_cache_follows_the_answers(survey, db_path):
    first = themes.count_words(survey)
    assert first.cached is False and first.cut == 7
    again = themes.count_words(survey)
    assert again.cached is True and again.rows == first.rows
    # a new answer: counted again, only its comment cut
    new = answers.record(survey, None, 2, "价格太贵", at="2026-12-06 10:00")
    third = themes.count_words(survey)
    assert third.cached is False and third.cut == 1 and len(third.rows) == 8
    # undone: gone from the words
    answers.delete(new)
    assert len(themes.count_words(survey).rows) == 7
    # an erasure blanks the customer's comment: it leaves the words
    cid = database.execute_sql(
        "SELECT customer_id FROM survey_answer WHERE comment LIKE '服务很好%'"
    ).fetchone()[0]
    erasure.erase(cid)
    counted = themes.count_words(survey)
    assert len(counted.rows) == 6 and not themes.comments_with_term(counted, "热情")


def test_an_empty_survey_and_cancel(survey):
    empty = surveys.create("空问卷", "csat")
    got = themes.summary(empty)
    assert got["comments"] == 0 and got["themes"] == []
    assert got["categories"]["promoters"] == {"comments": 0, "terms": []}
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        themes.count_words(survey, cancel=cancel)
    assert database.execute_sql("SELECT COUNT(*) FROM survey_theme_cache").fetchone()[0] == 1


def test_csat_categories_and_theme_csat(db):
    clock.set_now(NOW)
    sid = surveys.create("满意度", "csat")
    for score, comment in [(5, "很满意"), (4, "满意"), (3, "一般"), (1, "不满意，太慢")]:
        answers.record(sid, None, score, comment, at=f"2026-12-01 09:0{score}")
    theme_pins.add(sid, "速度", "慢,快")
    got = themes.summary(sid)
    assert got["categories"]["detractors"]["comments"] == 1
    assert got["categories"]["promoters"]["terms"][0] == {
        "term": "满意",
        "count": 2,
        "share": 100.0,
    }
    speed = got["themes"][0]
    assert speed["comments"] == 1 and speed["csat"] == 0.0 and speed["share"] == 25.0
