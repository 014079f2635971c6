"""The acquisition funnel on a hand-made cohort: each stage, each split, the period's
boundaries, the monotone rule, rates and medians (models/insights/funnel.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from models import clock
from models.communities import communities, events, members, signups
from models.customers import customers
from models.errors import ValidationError
from models.followups import interactions
from models.insights import funnel
from models.membership import cards, referrals
from models.purchases import corrections, purchases
from models.storage.db import database

JAN = funnel.Period(dt.date(2026, 1, 1), dt.date(2026, 1, 31))


def at(day: int, month: int = 1, year: int = 2026, hour: int = 10, minute: int = 0):
    return dt.datetime(year, month, day, hour, minute)


def make(when: dt.datetime, **fields) -> int:
    clock.set_now(when)
    return customers.create({"name": fields.pop("name", "客户"), **fields})


@pytest.fixture
def cohort(db):
    """Who reaches what (January 2026; days in brackets):
    A ads, nothing else: lead only.
    B ads, an owner: qualified (entered).
    C wechat, contact Jan 8: qualified through the contact (5 days), contact.
    D walk-in, bought the day entered, never contacted: up to purchase (0 days each).
    E ads, an owner, contact Jan 6, bought Jan 10 and Jan 20, brought F (Jan 25).
    F referral, entered Jan 25, a member Jan 26, no purchase: up to repeat (1 day).
    H entered Jan 31 23:59, stage 'new': qualified. Outside: G (Dec 31), I (Feb 1),
    a customer in the bin, and J whose only purchase was voided (not converted)."""
    c = {}
    c["G"] = make(at(31, 12, 2025, 23, 59), name="G", source="ads")
    c["A"] = make(at(1, hour=0), name="A", source="ads")
    c["B"] = make(at(2), name="B", source="ads", owner="王")
    c["C"] = make(at(3), name="C", source="wechat", stage="lead")
    c["D"] = make(at(4), name="D", source="walk_in")
    c["E"] = make(at(5), name="E", source="ads", owner="李")
    c["J"] = make(at(6), name="J", source="phone")
    binned = make(at(7), name="bin", source="ads", owner="王")
    customers.move_to_bin([binned])
    clock.set_now(at(31))
    interactions.log(c["C"], "phone", "问价", at=at(8))
    interactions.log(c["E"], "wechat", "加微信", at=at(6))
    interactions.log(c["E"], "phone", "再聊", at=at(9))
    purchases.add(c["D"], 80, at=at(4, hour=15))
    purchases.add(c["D"], -30, at=at(4, hour=16))  # a refund: not a second purchase
    purchases.add(c["E"], 100, at=at(10))
    purchases.add(c["E"], 200, at=at(20))
    void_me = purchases.add(c["J"], 50, at=at(7))
    corrections.void(void_me, "录错")
    purchases.add(c["G"], 100, at=at(2))
    c["F"] = make(at(25), name="F", source="referral")
    referrals.set_introducer(c["F"], c["E"])
    clock.set_now(at(26))
    cards.enroll(c["F"], joined_on=dt.date(2026, 1, 26))
    c["H"] = make(at(31, hour=23, minute=59), name="H", stage="new")
    c["I"] = make(at(1, 2, hour=0), name="I", source="ads", owner="王")
    clock.set_now(at(2, 2))
    salon = events.create({"title": "咖啡沙龙", "starts_at": "2026-01-20 14:00", "kind": "沙龙"})
    signups.signup(salon, [c["C"], c["E"], c["D"], c["G"]])
    signups.mark_attended(salon, [c["C"], c["E"], c["G"]])
    x = communities.create({"name": "宝妈群", "platform": "微信群"})
    y = communities.create({"name": "跑团", "platform": "club"})
    members.join(x, [c["D"], c["E"]])
    members.join(y, [c["E"]])
    c.update(salon=salon, x=x, y=y)
    return c


def figures(stages):
    return [(s.stage, s.count, s.rate, s.median_days) for s in stages]


def test_each_stage_counts_rates_and_medians(cohort):
    result = funnel.compute(JAN)
    assert figures(result.stages) == [
        ("lead", 8, 1.0, None),  # A B C D E J F H
        ("qualified", 6, 0.75, 0.0),  # B C D E F H (gaps 0 5 0 0 1 0)
        ("contact", 4, 0.6667, 0.0),  # C D E F (gaps 0 0 1 0)
        ("purchase", 3, 0.75, 0.0),  # D E F (gaps 0 4 0)
        ("repeat", 2, 0.6667, 5.0),  # E (10) F (0)
        ("referral", 1, 0.5, 5.0),  # E: Jan 20 -> 25
    ]
    assert result.groups == []
    counts = [s.count for s in result.stages]
    assert counts == sorted(counts, reverse=True)  # monotone


def test_stage_customers_are_the_ones_counted(cohort):
    c = cohort
    ids = {name: funnel.stage_customers(JAN, name) for name in funnel.STAGES}
    assert ids["lead"] == sorted(c[k] for k in "ABCDEJFH")
    assert ids["qualified"] == sorted(c[k] for k in "BCDEFH")
    assert ids["contact"] == sorted(c[k] for k in "CDEF")
    assert ids["purchase"] == sorted(c[k] for k in "DEF")
    assert ids["repeat"] == sorted(c[k] for k in "EF")
    assert ids["referral"] == [c["E"]]
    assert funnel.stage_customers(JAN, "purchase", "channel", "ads") == [c["E"]]
    assert funnel.stage_customers(JAN, "lead", "community", str(c["x"])) == sorted([c["D"], c["E"]])


def test_period_boundaries(cohort):
    c = cohort
    one_day = funnel.Period(dt.date(2026, 1, 31), dt.date(2026, 1, 31))
    assert funnel.stage_customers(one_day, "lead") == [c["H"]]
    first = funnel.Period(dt.date(2026, 1, 1), dt.date(2026, 1, 1))
    assert funnel.stage_customers(first, "lead") == [c["A"]]
    open_end = funnel.Period(dt.date(2026, 2, 1), None)
    assert funnel.stage_customers(open_end, "lead") == [c["I"]]
    everything = funnel.compute()
    assert everything.stages[0].count == 10  # G and I too; never the one in the bin
    assert everything.stages[3].count == 4  # G bought
    empty = funnel.compute(funnel.Period(dt.date(2027, 1, 1), dt.date(2027, 12, 31)))
    assert figures(empty.stages) == [("lead", 0, 1.0, None)] + [
        (s, 0, 0.0, None) for s in funnel.STAGES[1:]
    ]


def test_split_by_channel_and_staff(cohort):
    by_channel = funnel.compute(JAN, "channel")
    groups = {g.key: [s.count for s in g.stages] for g in by_channel.groups}
    assert groups == {
        "ads": [3, 2, 1, 1, 1, 1],
        "wechat": [1, 1, 1, 0, 0, 0],
        "walk_in": [1, 1, 1, 1, 0, 0],
        "phone": [1, 0, 0, 0, 0, 0],
        "referral": [1, 1, 1, 1, 1, 0],
        "": [1, 1, 0, 0, 0, 0],
    }
    assert by_channel.groups[0].key == "ads"  # the most leads first
    assert figures(by_channel.stages) == figures(funnel.compute(JAN).stages)
    ads = next(g for g in by_channel.groups if g.key == "ads")
    assert [s.rate for s in ads.stages] == [1.0, 0.6667, 0.5, 1.0, 1.0, 1.0]
    by_staff = funnel.compute(JAN, "staff")
    groups = {g.key: [s.count for s in g.stages] for g in by_staff.groups}
    assert groups == {"": [6, 4, 3, 2, 1, 0], "王": [1, 1, 0, 0, 0, 0],
                      "李": [1, 1, 1, 1, 1, 1]}  # fmt: skip


def test_split_by_event_and_community_overlaps(cohort):
    c = cohort
    by_event = funnel.compute(JAN, "event")
    assert [(g.key, g.name, [s.count for s in g.stages]) for g in by_event.groups] == [
        (str(c["salon"]), "咖啡沙龙", [2, 2, 2, 1, 1, 1])  # C and E attended; D only signed
    ]
    by_community = funnel.compute(JAN, "community")
    groups = {g.name: [s.count for s in g.stages] for g in by_community.groups}
    assert groups == {"宝妈群": [2, 2, 2, 2, 1, 1], "跑团": [1, 1, 1, 1, 1, 1]}
    # the whole counts each customer once, members of groups or not
    assert figures(by_community.stages) == figures(funnel.compute(JAN).stages)


def test_the_stage_before_is_reached_by_a_later_one(db):
    """A member with nothing else is qualified, in contact and converted on the day they
    joined: each stage at most the one before, and no negative days."""
    member = make(at(5), name="会员")
    clock.set_now(at(20))
    cards.enroll(member, joined_on=dt.date(2026, 1, 3))  # joined before being entered
    result = funnel.compute(JAN)
    assert [s.count for s in result.stages] == [1, 1, 1, 1, 1, 0]
    assert [s.median_days for s in result.stages] == [None, 0.0, 0.0, 0.0, 0.0, None]


def test_bad_input_is_refused(db):
    with pytest.raises(ValidationError) as info:
        funnel.compute(JAN, "region")
    assert info.value.code == "funnel_split"
    with pytest.raises(ValidationError) as info:
        funnel.Period(dt.date(2026, 2, 1), dt.date(2026, 1, 1))
    assert info.value.code == "period_order"
    with pytest.raises(ValidationError) as info:
        funnel.stage_customers(JAN, "loyal")
    assert info.value.code == "funnel_stage"


def test_median_of_even_and_odd_counts():
    assert funnel._median({1: 1, 3: 1}) == 2.0
    assert funnel._median({1: 2, 9: 1}) == 1.0
    assert funnel._median({None: 3}) is None


def test_a_large_period_s_medians_come_from_a_sample_its_counts_stay_exact(cohort, monkeypatch):
    exact = funnel.compute(JAN, "channel")
    monkeypatch.setattr(funnel, "MEDIAN_SAMPLE", 3)  # 8 customers: every 3rd id
    sampled = funnel.compute(JAN, "channel")
    assert [s.count for s in sampled.stages] == [s.count for s in exact.stages]
    assert [[s.count for s in g.stages] for g in sampled.groups] == [
        [s.count for s in g.stages] for g in exact.groups
    ]
    ids = funnel.stage_customers(JAN, "qualified")
    sample = [i for i in ids if i % 3 == 0]
    gaps = {cohort["B"]: 0, cohort["C"]: 5, cohort["D"]: 0, cohort["E"]: 0, cohort["F"]: 1,
            cohort["H"]: 0}  # fmt: skip
    assert sampled.stages[1].median_days == funnel._median(
        {g: sum(1 for i in sample if gaps[i] == g) for g in {gaps[i] for i in sample}}
    )


def test_a_lead_graded_a_to_c_is_qualified_and_d_is_not(db):
    """Lead scoring's grade qualifies a lead with no owner (识别): A, B or C, not D."""
    graded = {grade: make(at(5), name=f"线索{grade}", stage="lead") for grade in "ABCD"}
    for grade, cid in graded.items():
        database.execute_sql("UPDATE customer SET lead_grade = ? WHERE id = ?", (grade, cid))
    result = funnel.compute(JAN)
    assert [s.count for s in result.stages][:2] == [4, 3]
    qualified = set(funnel.stage_customers(JAN, "qualified"))
    assert qualified == {graded["A"], graded["B"], graded["C"]}
