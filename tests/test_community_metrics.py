"""Community metrics against a hand-computed week (Mon 2026-11-02 to Sun 2026-11-08)."""

from __future__ import annotations

import datetime as dt

import pytest

from models import clock
from models.communities.tables import (
    Community,
    CommunityActivity,
    CommunityDay,
    CommunityMember,
    Event,
    EventSignup,
)
from models.customers import customers
from models.errors import ValidationError
from models.insights import community_metrics as cm
from models.purchases import purchases

D = dt.date
MON, SUN = D(2026, 11, 2), D(2026, 11, 8)
NOW = dt.datetime(2026, 11, 8, 18, 0)


def _community(name: str) -> int:
    return Community.create(name=name, platform="wechat_group", created_at=NOW, updated_at=NOW).id


def _member(community, customer, joined, left=None, level="", before=""):
    CommunityMember.create(community=community, customer=customer, joined_on=joined,
                           left_on=left, level=level, level_before=before,
                           created_at=NOW)  # fmt: skip


def _activity(community, customer, day, kind="message", count=1):
    CommunityActivity.create(community=community, customer=customer, day=day, kind=kind,
                             count=count, created_at=NOW)  # fmt: skip


def _event(community, at, status="ended"):
    return Event.create(title="沙龙", community=community, starts_at=at, status=status,
                        created_at=NOW, updated_at=NOW).id  # fmt: skip


def _signup(event, customer, status, walk_in=False, score=None):
    EventSignup.create(event=event, customer=customer, status=status, walk_in=walk_in,
                       feedback_score=score, signed_at=NOW)  # fmt: skip


@pytest.fixture
def week(db):
    """Communities A and B (the scope) and C (outside it), seven customers."""
    clock.set_now(NOW)
    a, b, c = _community("A群"), _community("B群"), _community("C群")
    ids = [customers.create({"name": f"客户{i}"}) for i in range(1, 8)]
    c1, c2, c3, c4, c5, c6, c7 = ids
    _member(a, c1, D(2026, 10, 1), level="core", before="active")  # moved up
    _member(b, c1, D(2026, 10, 15), level="silent")  # in two groups: counted once, best level
    _member(a, c2, D(2026, 11, 3), level="participant")  # joined this week
    _member(a, c3, D(2026, 10, 1), left=D(2026, 11, 5))  # left this week
    _member(b, c4, D(2026, 10, 20), left=D(2026, 11, 4))  # left and rejoined this week
    _member(b, c4, D(2026, 11, 6), level="watcher", before="active")  # moved down
    _member(c, c5, D(2026, 11, 3))  # another community
    _member(a, c6, D(2026, 11, 10))  # joins after the week
    _member(a, c7, D(2026, 10, 1))  # goes to the recycle bin: hidden
    _activity(a, c1, MON, count=5)
    _activity(b, c1, D(2026, 11, 3), count=2)
    _activity(a, c2, D(2026, 11, 4), kind="post")
    _activity(a, c3, D(2026, 11, 4))  # left later in the week: not a member at its end
    _activity(b, c4, D(2026, 11, 1))  # the Sunday before
    _activity(c, c5, D(2026, 11, 3))
    _activity(a, c7, D(2026, 11, 3))
    salon = _event(a, dt.datetime(2026, 11, 7, 10))
    _signup(salon, c1, "attended", score=5)
    _signup(salon, c2, "no_show")
    _signup(salon, c4, "attended", walk_in=True, score=4)
    _signup(salon, c6, "waiting")
    _signup(_event(c, dt.datetime(2026, 11, 7, 10)), c5, "attended", score=1)
    _signup(_event(a, dt.datetime(2026, 11, 6, 10), status="cancelled"), c3, "signed")
    purchases.add(c1, 100, at=dt.datetime(2026, 11, 3, 10))
    purchases.add(c1, 50, at=dt.datetime(2026, 11, 5, 10))
    purchases.add(c2, 30, at=dt.datetime(2026, 11, 4, 10))
    purchases.add(c5, 80, at=dt.datetime(2026, 11, 2, 10))
    purchases.add(c6, 20, at=dt.datetime(2026, 10, 30, 10))
    customers.move_to_bin([c7])
    return {"a": a, "b": b, "c": c, "ids": ids}


def test_hand_computed_week(week):
    m = cm.compute([week["a"], week["b"]], MON, SUN, compare=True)
    assert (m.members, m.joined, m.left, m.net) == (3, 2, 2, 0)
    assert (m.active, m.speakers, m.interacting, m.messages_recorded) == (2, 1, 1, 7)
    assert (m.active_rate, m.speaking_rate, m.interaction_rate) == (0.6667, 0.3333, 0.3333)
    assert m.levels == {"core": 1, "active": 0, "participant": 1, "watcher": 1, "silent": 0,
                        "": 0}  # fmt: skip
    assert (m.level_up, m.level_down) == (1, 1)
    assert (m.events, m.signed_up, m.attended, m.no_shows, m.walk_ins, m.waiting) == (
        1, 2, 2, 1, 1, 1)  # fmt: skip
    assert (m.attendance_rate, m.feedback_average, m.feedback_count) == (0.5, 4.5, 2)
    assert (m.buyers, m.spend_fen, m.repeat_rate, m.buyer_rate) == (2, 18000, 0.5, 0.6667)
    # six live customers: c5 and c6 and c3 are not members at the end of the week
    assert (m.non_members, m.non_member_buyers, m.non_member_spend_fen) == (3, 1, 8000)
    assert (m.non_member_repeat_rate, m.non_member_buyer_rate) == (0.0, 0.3333)
    assert m.platform_days == 0 and m.platform_messages is None
    plain = cm.compute([week["a"], week["b"]], MON, SUN)  # members' business only
    assert (plain.buyers, plain.non_members, plain.non_member_buyers) == (2, None, None)
    assert m.trend["labels"] == ["11-02"]
    assert (m.trend["members"], m.trend["joined"], m.trend["left"], m.trend["active"]) == (
        [3], [2], [2], [2])  # fmt: skip


def test_the_lists_behind_the_figures(week):
    c1, c2, c3, c4, *_ = week["ids"]
    scope = [week["a"], week["b"]]
    assert cm.member_ids(scope, SUN) == [c1, c2, c4]
    assert cm.member_ids(scope, SUN, level="core") == [c1]
    assert cm.member_ids(scope, SUN, level="") == []
    assert cm.changed_ids(scope, MON, SUN, "joined") == [c2, c4]
    assert cm.changed_ids(scope, MON, SUN, "left") == [c3, c4]
    assert cm.active_ids(scope, MON, SUN) == [c1, c2]  # c3 spoke, and left
    assert cm.active_ids(scope, MON, SUN, "message") == [c1]
    assert cm.active_ids(scope, MON, SUN, "interaction") == [c2]


def test_all_communities_and_one(week):
    everything = cm.compute((), MON, SUN)
    assert (everything.members, everything.joined, everything.active) == (4, 3, 3)
    assert (everything.events, everything.attended, everything.feedback_average) == (2, 3, 3.33)
    only_b = cm.compute([week["b"]], MON, SUN)
    assert (only_b.members, only_b.joined, only_b.left, only_b.net) == (2, 1, 1, 0)
    assert only_b.levels["silent"] == 1 and only_b.levels["watcher"] == 1
    assert only_b.events == 0 and only_b.attendance_rate is None


def test_trend_by_week_and_month(week):
    t = cm.trend([week["a"], week["b"]], D(2026, 10, 26), D(2026, 11, 15), "week")
    assert t["labels"] == ["10-26", "11-02", "11-09"]
    assert t["members"] == [3, 3, 4]  # c1 c3 c4; c1 c2 c4; and c6
    assert t["joined"] == [0, 2, 1]
    assert t["left"] == [0, 2, 0]
    assert t["active"] == [1, 2, 0]
    months = cm.trend([], D(2026, 10, 1), D(2026, 11, 30), "month")
    assert months["labels"] == ["2026-10", "2026-11"]
    assert months["joined"] == [3, 4]  # Oct: c1 c3 c4 (c7 binned); Nov: c2 c4 c5 c6


def test_platform_statistics_when_there(week):
    for day, speakers, messages in ((MON, 3, 40), (D(2026, 11, 3), 2, 25)):
        CommunityDay.create(community=week["a"], day=day, members=10, speakers=speakers,
                            messages=messages)  # fmt: skip
    CommunityDay.create(community=week["c"], day=MON, speakers=9, messages=99)
    m = cm.compute([week["a"]], MON, SUN)
    assert (m.platform_days, m.platform_messages, m.platform_speakers) == (2, 65, 5)


def test_empty_period(week):
    m = cm.compute([week["a"]], D(2020, 1, 1), D(2020, 1, 7))
    assert (m.members, m.joined, m.left, m.net, m.active) == (0, 0, 0, 0, 0)
    assert m.active_rate is None and m.speaking_rate is None and m.repeat_rate is None
    assert m.feedback_average is None and m.buyers == 0
    assert m.trend["active"] == [0, 0]  # Wed-Sun, Mon-Tue: two weeks touched


def test_empty_database(db):
    m = cm.compute((), D(2026, 1, 1), D(2026, 12, 31), compare=True)
    assert m.members == 0 and m.non_members == 0 and m.trend["labels"][0] == "2026-01"


def test_bad_input(week):
    with pytest.raises(ValidationError) as err:
        cm.compute([week["a"]], SUN, MON)
    assert err.value.code == "period_reversed"
    with pytest.raises(ValidationError) as err:
        cm.compute([week["a"], 999, 998], MON, SUN)
    assert err.value.code == "community_unknown" and "998, 999" in str(err.value)
    with pytest.raises(ValidationError):
        cm.period("fortnight")
    with pytest.raises(ValidationError):
        cm.trend([], MON, SUN, "day")


def test_default_period_is_this_month(week):
    m = cm.compute([week["a"]])
    assert (m.start, m.end) == (D(2026, 11, 1), D(2026, 11, 8))
    assert cm.period("quarter", D(2026, 11, 8)) == (D(2026, 10, 1), D(2026, 11, 8))
    assert cm.period("week", D(2026, 11, 8)) == (MON, SUN)
