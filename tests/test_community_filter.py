"""The customer list narrowed by community engagement level and by a set of ids (issue
25 point 2, 6), and saved views keeping the community conditions: a real database file."""

import datetime as dt

import pytest

from models import clock
from models.communities import communities, members
from models.communities.tables import CommunityMember
from models.customers import customer_list, customers
from models.customers.customer_filter import CustomerFilter
from models.tags import saved_views


@pytest.fixture
def groups(db):
    clock.set_now(dt.datetime(2026, 6, 15, 10, 0))
    ids = [customers.create({"name": n}) for n in ("张三", "李四", "王五", "赵六")]
    a, b, c, _d = ids
    one = communities.create({"name": "宝妈群"})
    two = communities.create({"name": "跑团"})
    members.join(one, [a, b])
    members.join(two, [b, c], role="backbone")
    for community, customer, level in ((one, a, "core"), (one, b, "silent"), (two, b, "core"),
                                       (two, c, "active")):  # fmt: skip
        CommunityMember.update(level=level).where(
            (CommunityMember.community == community) & (CommunityMember.customer == customer)
        ).execute()
    return ids, one, two


def names(flt):
    return sorted(customers.get(i)["name"] for i in customer_list.matching_ids(flt))


def test_level_in_one_community_or_in_any(groups):
    _ids, one, two = groups
    assert names(CustomerFilter().with_community(one, level="core")) == ["张三"]
    assert names(CustomerFilter().with_community(one, level="silent")) == ["李四"]
    assert names(CustomerFilter().with_community(two, level="core")) == ["李四"]
    assert names(CustomerFilter().with_community(0, level="core")) == ["张三", "李四"]
    assert names(CustomerFilter().with_community(0, level="active")) == ["王五"]
    assert names(CustomerFilter().with_community(0, level="watcher")) == []
    # role and level hold for the same membership
    assert names(CustomerFilter().with_community(0, "backbone", level="core")) == ["李四"]
    assert names(CustomerFilter().with_community(one, "backbone", level="core")) == []
    assert customer_list.count(CustomerFilter().with_community(0, level="core")) == 2
    # "in no community" clears the level
    flt = CustomerFilter().with_community(one, level="core").with_community(none=True)
    assert flt.community_level == "" and names(flt) == ["赵六"]


def test_a_left_member_is_not_at_a_level(groups):
    (a, *_), one, _two = groups
    members.leave(one, [a])
    assert names(CustomerFilter().with_community(0, level="core")) == ["李四"]


def test_id_set_narrows_and_combines(groups):
    (a, b, c, d), one, _two = groups
    flt = CustomerFilter().with_ids([c, a, a], "社群 宝妈群: 本月新加入 (2)")
    assert flt.customer_ids == (a, c) and flt.narrows and flt.has_row_conditions
    assert names(flt) == ["张三", "王五"]
    assert customer_list.count(flt) == 2
    assert names(flt.with_community(one)) == ["张三"]
    assert names(flt.with_search("王")) == ["王五"]
    assert names(CustomerFilter().with_ids([])) == []  # an empty set: nobody
    assert customer_list.count(CustomerFilter().with_ids([])) == 0
    cleared = flt.with_ids(None)
    assert cleared == CustomerFilter() and not cleared.narrows
    # a customer in the recycle bin stays hidden from the live list
    customers.move_to_bin([c])
    assert names(flt) == ["张三"]
    # thousands of ids: written out, no parameter limit
    many = CustomerFilter().with_ids(list(range(1, 40000)))
    assert customer_list.count(many) == 3 and len(many.customer_ids) == 39999
    assert d not in customer_list.matching_ids(CustomerFilter().with_ids([a, b]))


def test_saved_view_keeps_community_but_not_ids(groups):
    (a, *_), one, _two = groups
    flt = CustomerFilter().with_community(one, "member", level="core").with_ids([a], "x")
    view = saved_views.get_view(saved_views.save_view("核心妈妈", flt))
    assert view.filter == CustomerFilter().with_community(one, "member", level="core")
    none = saved_views.get_view(saved_views.save_view("无社群", CustomerFilter().with_community(
        none=True)))  # fmt: skip
    assert none.filter.no_community and names(none.filter) == ["赵六"]


def test_timeline_has_joins_leaves_and_events(groups):
    from models.communities import events, signups
    from models.insights import timeline

    (_a, b, *_), one, two = groups
    clock.set_now(dt.datetime(2026, 7, 1, 9, 0))
    members.leave(two, [b])
    talk = events.create({"title": "育儿讲座", "starts_at": "2026-06-20 14:00"})
    later = events.create({"title": "亲子沙龙", "starts_at": "2026-07-20 14:00"})
    gone = events.create({"title": "取消的", "starts_at": "2026-06-21 14:00"})
    for event in (talk, later, gone):
        signups.signup(event, [b])
    signups.checkin(talk, b, dt.datetime(2026, 6, 20, 14, 5))
    signups.cancel(gone, b)
    entries = [(e["type"], e["at"], e["row"].get("what") or e["row"]["status"])
               for e in timeline.for_customer(b) if e["type"] in ("community", "event")]  # fmt: skip
    assert entries == [
        ("event", dt.datetime(2026, 7, 20, 14, 0), "signed"),
        ("community", dt.datetime(2026, 7, 1), "left"),
        ("event", dt.datetime(2026, 6, 20, 14, 5), "attended"),
        ("community", dt.datetime(2026, 6, 15), "joined"),
        ("community", dt.datetime(2026, 6, 15), "joined"),
    ]
    from models.communities import customer_history

    assert [e["title"] for e in customer_history.events_of(b)] == ["亲子沙龙", "取消的", "育儿讲座"]
    assert customer_history.timeline_entries(999) == []
