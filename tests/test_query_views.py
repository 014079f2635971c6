"""Saved views and the box's text: every kind of saved view reads as the search language
(what the box shows when it opens) with identical results, and a view keeps a query."""

from __future__ import annotations

import datetime as dt

import pytest

from models.customers import customer_list
from models.customers.customer_filter import CustomerFilter
from models.customers.query.box import describe, filter_for
from models.customers.record import Customer
from models.tags import saved_views, tags


def _ids(flt):
    return sorted(customer_list.matching_ids(flt))


@pytest.fixture
def views(demo_db):
    from models.communities import communities, members

    vip, back = tags.find_tag("VIP").id, tags.find_tag("回访").id
    month = f"{Customer.select(Customer.created_at).scalar():%Y-%m}"
    group = communities.create({"name": "老客户群"})
    kinds = {
        "search": CustomerFilter(search="张"),
        "tags": CustomerFilter(tags=(vip,)),
        "two tags": CustomerFilter(tags=(vip, back)),
        "any tags": CustomerFilter(tags=(vip, back), any_tags=True),
        "not tags": CustomerFilter(not_tags=(back,)),
        "contact": CustomerFilter(not_contacted_days=30),
        "no follow-up": CustomerFilter(no_next_followup=True),
        "rfm": CustomerFilter(rfm_segment="general_winback"),
        "lead grade": CustomerFilter(lead_grade="B"),
        "source": CustomerFilter(where=(("source", "wechat"),)),
        "stage": CustomerFilter(where=(("stage", "active"),)),
        "created": CustomerFilter(where=(("created_month", month),)),
        "all": CustomerFilter(
            search="王",
            tags=(vip,),
            not_tags=(back,),
            not_contacted_days=7,
            where=(("stage", "active"),),
        ),  # fmt: skip
    }
    members.join(group, [c for (c,) in Customer.select(Customer.id).limit(40).tuples()])
    kinds["community"] = CustomerFilter().with_community(group)
    for name, flt in kinds.items():
        saved_views.save_view(name, flt)
    return kinds


def test_every_kind_of_view_reads_as_the_language_with_the_same_results(views):
    for view in saved_views.list_views():
        text = describe(view.filter)
        again = filter_for(text, view.filter)
        assert _ids(again) == _ids(view.filter), (view.name, text)
        if view.name not in ("source", "stage", "created", "all"):
            assert again == view.filter, (view.name, text)  # the same filter itself
    assert describe(views["any tags"]) == "标签:VIP|回访"
    assert describe(views["contact"]) == "最近联系:>30天"
    assert describe(views["source"]) == "来源:微信"
    assert describe(views["all"]) == "标签:VIP -标签:回访 最近联系:>7天 阶段:活跃客户 王"


def test_a_view_keeps_its_query(demo_db):
    flt = filter_for("性别:女 (城市:杭州 或 城市:上海) -邮箱:空")
    view_id = saved_views.save_view("杭沪女客", flt)
    view = saved_views.get_view(view_id)
    assert view.filter == flt and view.filter.query
    assert _ids(view.filter) == _ids(flt)
    assert customer_list.count(view.filter) == len(_ids(flt))


def test_old_views_without_a_query_still_open(demo_db):
    old = saved_views.SavedView.create(name="旧", name_key="旧", filter='{"search": "张"}')
    assert saved_views.get_view(old.id).filter == CustomerFilter(search="张")


def test_dates_of_a_frozen_clock_read_the_same(demo_db):
    from models import clock

    clock.set_now(dt.datetime(2026, 12, 30, 10, 0))
    flt = CustomerFilter(not_contacted_days=45, no_next_followup=True)
    assert _ids(filter_for(describe(flt))) == _ids(flt)


def test_completion_offers_fields_values_and_tags_fast(demo_db):
    import time

    from models.customers.query import completion

    vocab = completion.vocabulary()
    assert "城市:" in completion.complete("cs", vocab)  # pinyin initials
    assert "city:" in completion.complete("cit", vocab)
    assert "-标签:VIP" in completion.complete("-标签:v", vocab)
    assert completion.complete("来源:wx", vocab) == ["来源:微信"]
    assert "消费>1000" in completion.complete("消费>", vocab)
    assert "生日:本月" in completion.complete("生日:by", vocab)
    assert completion.complete("城巿:", vocab) == []
    text = "标签:VIP 城市:杭州 消费>1000 生日:本月"
    started = time.perf_counter()
    for i in range(1, len(text) + 1):
        completion.complete(text[:i].split(" ")[-1], vocab)
    assert (time.perf_counter() - started) / len(text) < 0.005
