"""Communities and their members (issue 25 items 1-2): the rules and the bad input, on a
real database file."""

import datetime as dt

import pytest

from models import clock
from models.communities import communities, community_changes, members
from models.communities.tables import Community, CommunityActivity, CommunityMember, EventSignup
from models.customers import customer_list, customers
from models.customers.customer_filter import CustomerFilter
from models.errors import NotFoundError, ValidationError
from models.privacy import erasure
from models.storage.audit import AuditEntry


@pytest.fixture
def people(db):
    clock.set_now(dt.datetime(2026, 6, 15, 10, 0))
    return [customers.create({"name": n}) for n in ("张三", "李四", "王五", "赵六")]


def _state():
    """Everything a refused write must leave as it was."""
    return (
        list(Community.select().dicts()),
        list(CommunityMember.select().dicts()),
        AuditEntry.select().count(),
    )


def _refused(exc_type, code, fn, *args, **kwargs):
    before = _state()
    with pytest.raises(exc_type) as info:
        fn(*args, **kwargs)
    assert info.value.code == code
    assert _state() == before
    return info.value


def test_create_defaults_capacity_by_platform_and_words(people):
    wx = communities.create({"name": "宝妈群", "platform": "微信群"})
    wecom = communities.create({"name": "VIP群", "platform": "企业微信客户群"})
    club = communities.create({"name": "跑团", "platform": "club", "capacity": 40})
    assert communities.get(wx)["platform"] == "wechat_group"
    assert communities.get(wx)["capacity"] == 500
    assert communities.get(wecom)["capacity"] == 200
    assert communities.get(club)["capacity"] == 40
    assert communities.get(wx)["stage"] == "start"
    assert communities.get(wx)["stage_since"] == dt.date(2026, 6, 15)
    entry = (
        AuditEntry.select().where(AuditEntry.target == "community").order_by(AuditEntry.id).first()
    )
    assert (entry.action, entry.target_id, entry.detail) == ("create", wx, "宝妈群")


def test_create_refuses_bad_input(people):
    communities.create({"name": "宝妈群"})
    _refused(ValidationError, "required", communities.create, {"name": "  "})
    _refused(ValidationError, "community_name_taken", communities.create, {"name": "宝妈群"})
    _refused(
        ValidationError, "platform_invalid", communities.create, {"name": "x", "platform": "微博"}
    )
    _refused(ValidationError, "not_a_number", communities.create, {"name": "x", "capacity": "多"})
    _refused(ValidationError, "out_of_range", communities.create, {"name": "x", "capacity": 0})
    _refused(NotFoundError, "not_found", communities.create, {"name": "x", "owner_customer": 999})


def test_edit_stage_sets_date_and_archive_frees_name(people):
    cid = communities.create({"name": "宝妈群", "platform": "微信群"})
    clock.set_now(dt.datetime(2026, 7, 1, 9, 0))
    changed = communities.edit(cid, {"stage": "成长期", "notes": "n"})
    assert changed["stage"] == ("start", "growth")
    row = communities.get(cid)
    assert (row["stage"], row["stage_since"], row["notes"]) == ("growth", dt.date(2026, 7, 1), "n")
    last = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert last.action == "edit" and "stage: start → growth" in last.detail
    assert communities.edit(cid, {"notes": "n"}) == {}
    _refused(NotFoundError, "community_not_found", communities.edit, 999, {"notes": "x"})
    communities.archive(cid)
    assert communities.list_communities() == []
    assert communities.get(cid)["archived"]
    again = communities.create({"name": "宝妈群"})  # the name is free among the live ones
    _refused(ValidationError, "community_name_taken", communities.archive, cid, False)
    communities.archive(again)
    communities.archive(cid, archived=False)
    assert [r["id"] for r in communities.list_communities()] == [cid]
    assert AuditEntry.select().where(AuditEntry.action == "archive").count() == 3


def test_join_leave_rejoin_keeps_periods(people):
    a, b, c, _ = people
    cid = communities.create({"name": "宝妈群", "platform": "微信群"})
    r = members.join(cid, [a, b], role="骨干", invited_by=c, came_by="邀请")
    assert (r.joined, r.already, r.overflow) == ([a, b], [], [])
    r = members.join(cid, [a, c])
    assert (r.joined, r.already) == ([c], [a])
    rows = members.members(cid)
    assert [(m["name"], m["role"]) for m in rows] == [("李四", "backbone"), ("王五", "member"),
                                                      ("张三", "backbone")]  # fmt: skip
    assert rows[0]["invited_by"] == c and rows[0]["came_by"] == "invite"
    clock.set_now(dt.datetime(2026, 6, 20, 10, 0))
    members.leave(cid, [a])
    assert [m["customer_id"] for m in members.members(cid)] == [b, c]
    assert [(m["customer_id"], m["left"]) for m in members.members(cid, left=True)] == [
        (a, dt.date(2026, 6, 20))]  # fmt: skip
    members.join(cid, [a])
    periods = (
        CommunityMember.select().where(CommunityMember.customer == a).order_by(CommunityMember.id)
    )
    assert [(p.joined_on, p.left_on) for p in periods] == [
        (dt.date(2026, 6, 15), dt.date(2026, 6, 20)), (dt.date(2026, 6, 20), None)]  # fmt: skip
    assert [x["name"] for x in members.communities_of(a)] == ["宝妈群"]
    assert len(members.communities_of(a, with_past=True)) == 2
    members.set_role(cid, a, "群主")
    assert members.members(cid, role="owner")[0]["customer_id"] == a
    actions = [e.action for e in AuditEntry.select().where(AuditEntry.target == "community")]
    assert actions == ["create", "join", "join", "leave", "join", "edit"]
    row = communities.list_communities()[0]
    assert (row["members"], row["joined_month"], row["left_month"]) == (3, 4, 1)


def test_member_rules_refuse_and_write_nothing(people):
    a, b, c, d = people
    cid = communities.create({"name": "宝妈群"})
    members.join(cid, [a], joined_on="2026-06-10")
    e = _refused(ValidationError, "not_member", members.leave, cid, [a, b])
    assert "李四" in str(e) and "张三" not in str(e)
    e = _refused(ValidationError, "leave_before_join", members.leave, cid, [a], "2026-06-01")
    _refused(NotFoundError, "community_not_found", members.join, 999, [a])
    _refused(NotFoundError, "not_found", members.join, cid, [b, 999])
    _refused(NotFoundError, "not_found", members.join, cid, [b], invited_by=999)
    _refused(ValidationError, "role_invalid", members.join, cid, [b], role="老板")
    _refused(ValidationError, "date_invalid", members.join, cid, [b], joined_on="某天")
    _refused(ValidationError, "no_customers", members.join, cid, [])
    customers.move_to_bin([d])
    e = _refused(ValidationError, "customer_in_bin", members.join, cid, [b, d])
    assert "赵六" in str(e)
    other = communities.create({"name": "旧群"})
    communities.archive(other)
    _refused(ValidationError, "community_archived", members.join, other, [b])
    _refused(ValidationError, "community_archived", members.leave, other, [b])


def test_capacity_warns_and_overflow_starts_next_group(people):
    a, b, c, d = people
    cid = communities.create({"name": "宝妈群", "platform": "微信群", "capacity": 3})
    r = members.join(cid, [a, b])
    assert r.capacity_state == "ok"
    r = members.join(cid, [c, d])
    assert (r.joined, r.overflow, r.capacity_state, r.members) == ([c], [d], "full", 3)
    new_id, r2 = members.start_next_group(cid, r.overflow)
    row = communities.get(new_id)
    assert (row["name"], row["overflow_of"], row["platform"], row["capacity"]) == (
        "宝妈群 2群", cid, "wechat_group", 3)  # fmt: skip
    assert r2.joined == [d]
    assert communities.next_group_name(Community.get_by_id(new_id)) == "宝妈群 3群"
    other = communities.create({"name": "跑团", "capacity": 2})
    assert members.overflow_count(other, [a, b, c]) == 1
    members.join(other, [a])
    assert members.overflow_count(other, [a, b, c]) == 1  # a is a member already
    r = members.join(other, [b, c], overflow=True)
    assert (r.joined, r.overflow, r.next_group_joined) == ([b], [], [c])
    assert communities.get(r.next_group)["name"] == "跑团 2群"
    assert communities.capacity_state(9, 10) == "near"
    assert communities.capacity_state(8, 10) == "ok"


def test_bulk_join_by_search_and_tag(people):
    a, b, _, _ = people
    customers.update(b, {"tags": ["VIP"]})
    cid = communities.create({"name": "宝妈群"})
    r = members.join(cid, members.ids_by_search("张三"))
    assert r.joined == [a]
    assert members.join(cid, members.ids_by_tag("vip")).joined == [b]
    with pytest.raises(ValidationError):
        members.ids_by_search(" ")
    with pytest.raises(NotFoundError):
        members.ids_by_tag("没有这个标签")


def test_bin_hides_members_and_erasure_removes(people):
    a, b, c, _ = people
    cid = communities.create({"name": "宝妈群"})
    members.join(cid, [a, b], invited_by=c)
    now = clock.now()
    CommunityActivity.insert(community=cid, customer=a, day=clock.today(), kind="message",
                             count=3, created_at=now).execute()  # fmt: skip
    assert communities.get(cid)["active"] == 1
    assert communities.get(cid)["active_rate"] == 0.5
    customers.move_to_bin([a])
    assert [m["customer_id"] for m in members.members(cid)] == [b]
    assert communities.get(cid)["members"] == 1
    assert CommunityMember.select().where(CommunityMember.customer == a).count() == 1  # kept
    customers.restore_from_bin([a])
    assert len(members.members(cid)) == 2
    erasure.erase(a)
    erasure.erase(c)
    assert CommunityMember.select().where(CommunityMember.customer == a).count() == 0
    assert CommunityActivity.select().count() == 0
    assert EventSignup.select().count() == 0
    assert CommunityMember.get(CommunityMember.customer == b).invited_by is None


def test_goal_progress(people):
    a, b, _, _ = people
    cid = communities.create({"name": "宝妈群", "goal_members": 4, "goal_by": "2026-12-31"})
    members.join(cid, [a, b])
    assert communities.get(cid)["progress"] == 0.5
    communities.edit(cid, {"goal_active_permille": 500})
    assert communities.get(cid)["progress"] == 0.0
    communities.edit(cid, {"goal_members": None, "goal_active_permille": None})
    assert communities.get(cid)["progress"] is None


def test_customer_list_filters_by_community_role_and_none(people):
    a, b, c, d = people
    cid = communities.create({"name": "宝妈群"})
    other = communities.create({"name": "跑团"})
    members.join(cid, [a], role="owner")
    members.join(cid, [b])
    members.join(other, [c])
    members.leave(other, [c])

    def names(flt):
        return sorted(customers.get(i)["name"] for i in customer_list.matching_ids(flt))

    assert names(CustomerFilter().with_community(cid)) == ["张三", "李四"]
    assert names(CustomerFilter().with_community(cid, "owner")) == ["张三"]
    assert names(CustomerFilter().with_community(none=True)) == ["王五", "赵六"]
    assert customer_list.count(CustomerFilter().with_community(other)) == 0


def test_undo_and_redo_of_a_join_and_a_leave(people):
    a, b, _, _ = people
    cid = communities.create({"name": "宝妈群"})
    with community_changes.recording([cid]) as changes:
        members.join(cid, [a, b])
    community_changes.write(changes, to_after=False)
    assert members.members(cid) == []
    community_changes.write(changes, to_after=True)
    assert len(members.members(cid)) == 2
    with community_changes.recording([cid]) as left:
        members.leave(cid, [a])
    community_changes.write(left, to_after=False)
    assert len(members.members(cid)) == 2
    assert "宝妈群" in community_changes.describe(left)
    # an overflow group made in the change goes with its undo
    communities.edit(cid, {"capacity": 2})
    with community_changes.recording([cid]) as grown:
        members.start_next_group(cid, [people[2]])
    community_changes.write(grown, to_after=False)
    assert [r["name"] for r in communities.list_communities()] == ["宝妈群"]
