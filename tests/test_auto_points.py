"""Points that earn themselves (models/membership/auto_points.py): attendance at an
event's check-in (one, walk-in, many at once) and its undo/redo with reversing rows;
注册 at enrolment and its withdrawal; 完善资料 when an edit completes a member's
profile; 评价 by staff. Each once; nothing for non-members or a rule at 0; the ledger
only grows and the kept balances always match it."""

from __future__ import annotations

import datetime as dt

import pytest

from models import clock
from models.communities import event_changes, events, signups
from models.customers import customers
from models.errors import ValidationError
from models.membership import auto_points, card_undo, cards, points, settings
from models.membership.tables import Member, MemberCard, PointsEntry
from models.storage.audit import AuditEntry
from tests.membership_helpers import all_checked

T0 = dt.datetime(2026, 11, 20, 14, 30)
FULL = {"mobile": "13800000001", "gender": "female", "birthday": "1990-05-01"}


@pytest.fixture
def shop(db):
    clock.set_now(T0)
    return db


def member(name="张三", **fields) -> int:
    cid = customers.create({"name": name, **fields})
    cards.enroll(cid)
    return cid


def rows(cid) -> list[tuple]:
    return [(r.kind, r.points, r.task, r.event_id) for r in
            PointsEntry.select().where(PointsEntry.customer_id == cid).order_by(PointsEntry.id)]  # fmt: skip


def event_with(people) -> int:
    eid = events.create({"title": "咖啡沙龙", "starts_at": "2026-11-20 14:00", "status": "open"})
    if people:
        signups.signup(eid, people)
    return eid


# ---------------------------------------------------------------- attendance


def test_checkin_earns_attendance_points_once_for_members_only(shop):
    settings.update({"points_attendance": 30})
    a, b = member("张三"), customers.create({"name": "散客"})
    eid = event_with([a, b])
    signups.checkin(eid, a)
    signups.checkin(eid, b)  # not a member: checked in, no points
    assert rows(a) == [("earn", 30, "", eid)]
    assert rows(b) == []
    assert points.balance(a) == 30
    with pytest.raises(ValidationError):  # checked in already: refused, nothing more
        signups.checkin(eid, a)
    assert points.balance(a) == 30
    entry = AuditEntry.select().where(AuditEntry.action == "checkin").first()
    assert "points: 1 member(s)" in entry.detail
    lot = PointsEntry.get(PointsEntry.customer_id == a)
    assert lot.earned_on == T0.date()  # a lot that expires by the rule
    all_checked()


def test_no_rule_no_points(shop):
    a = member()
    eid = event_with([a])
    signups.checkin(eid, a)
    assert rows(a) == []


def test_walk_in_and_many_at_once_earn(shop):
    settings.update({"points_attendance": 10})
    a, b, c = member("张三"), member("李四"), customers.create({"name": "王五"})
    eid = event_with([a, b])
    signups.walk_in(eid, c)  # a walk-in non-member: nothing
    result = signups.mark_attended(eid, [a, b])
    assert result.to_json()["points_earned"] == 2
    assert points.balance(a) == points.balance(b) == 10
    other = event_with([])
    signups.walk_in(other, a)
    assert points.balance(a) == 20  # another event earns again
    assert rows(c) == []
    all_checked()


def test_a_backdated_checkin_earns_on_its_day(shop):
    settings.update({"points_attendance": 10})
    a = member()
    eid = event_with([a])
    signups.checkin(eid, a, at=T0 - dt.timedelta(days=3))
    assert PointsEntry.get(PointsEntry.customer_id == a).earned_on == T0.date() - dt.timedelta(3)


def test_undo_takes_the_points_back_with_a_reversing_row_and_redo_earns_again(shop):
    settings.update({"points_attendance": 30})
    a = member()
    eid = event_with([a])
    with event_changes.recording(eid) as changes:
        signups.checkin(eid, a)
    assert len(changes.points) == 1
    assert "points: 1" in event_changes.describe(changes)
    event_changes.write(changes, to_after=False)
    assert points.balance(a) == 0
    assert [r[:2] for r in rows(a)] == [("earn", 30), ("reverse", -30)]  # the ledger grows
    assert signups.listing(eid)[0]["status"] == "signed"
    event_changes.write(changes, to_after=True)
    assert points.balance(a) == 30
    assert [r[:2] for r in rows(a)] == [("earn", 30), ("reverse", -30), ("earn", 30)]
    event_changes.write(changes, to_after=False)  # the new row is the one taken back
    assert points.balance(a) == 0
    assert len(rows(a)) == 4
    all_checked()


def test_undo_refused_when_the_points_were_spent(shop):
    settings.update({"points_attendance": 30})
    a = member()
    eid = event_with([a])
    with event_changes.recording(eid) as changes:
        signups.checkin(eid, a)
    points.redeem(a, 25, reason="礼品")
    before = rows(a)
    with pytest.raises(ValidationError) as err:
        event_changes.write(changes, to_after=False)
    assert err.value.code == "points_negative"
    assert rows(a) == before  # nothing written: the sign-up stays attended too
    assert signups.listing(eid)[0]["status"] == "attended"
    all_checked()


def test_points_taken_back_by_hand_can_be_earned_at_the_next_checkin(shop):
    settings.update({"points_attendance": 30})
    a = member()
    eid = event_with([a])
    with event_changes.recording(eid) as changes:
        signups.checkin(eid, a)
    points.reverse(changes.points[0], "错记")
    assert auto_points.reward_attendance(eid, [a]) != []  # not standing: earnable again
    assert auto_points.reward_attendance(eid, [a]) == []  # but only once
    assert points.balance(a) == 30


# ---------------------------------------------------------------- tasks


def test_enrolment_earns_register_and_a_complete_profile(shop):
    settings.update({"points_task_register": 100, "points_task_profile": 50})
    plain = customers.create({"name": "李四"})
    full = customers.create({"name": "张三", **FULL})
    _card, earned = auto_points.enroll(plain)
    assert auto_points.points_of(earned) == 100
    _card, earned = auto_points.enroll(full)
    assert auto_points.points_of(earned) == 150
    _card, earned = auto_points.enroll(full)  # a second card: once per member
    assert earned == []
    assert points.balance(full) == 150
    all_checked()


def test_enrolment_with_its_points_is_withdrawn_and_redone(shop):
    settings.update({"points_task_register": 100})
    cid = customers.create({"name": "张三"})
    card, _ = auto_points.enroll(cid)
    card_undo.withdraw_enrolment(card.card_no)
    assert not Member.select().where(Member.customer_id == cid).exists()
    assert not MemberCard.select().where(MemberCard.customer_id == cid).exists()
    assert [r[:2] for r in rows(cid)] == [("earn", 100), ("reverse", -100)]  # kept
    all_checked()  # rows of no member that add up to 0 are no difference
    card, earned = auto_points.enroll(cid, card.card_no)  # redo: the same number
    assert auto_points.points_of(earned) == 100
    assert points.balance(cid) == 100
    card_undo.withdraw_enrolment(card.card_no)  # and undone again
    assert sum(r[1] for r in rows(cid)) == 0
    all_checked()


def test_enrolment_with_other_movements_stays(shop):
    settings.update({"points_task_register": 100})
    cid = customers.create({"name": "张三"})
    card, _ = auto_points.enroll(cid)
    points.adjust(cid, 5, "补录")
    with pytest.raises(ValidationError) as err:
        card_undo.withdraw_enrolment(card.card_no)
    assert err.value.code == "card_moved"
    assert points.balance(cid) == 105


def test_an_edit_that_completes_the_profile_earns_once(shop):
    settings.update({"points_task_profile": 50})
    cid = member("张三")
    outsider = customers.create({"name": "散客"})
    assert auto_points.edit_customer(cid, {"name": "张三", "mobile": "13800000001"}) is None
    entry = auto_points.edit_customer(cid, {"name": "张三", **FULL})
    assert PointsEntry.get_by_id(entry).task == "profile"
    assert auto_points.edit_customer(cid, {"name": "张三", **FULL, "city": "杭州"}) is None
    assert auto_points.edit_customer(outsider, {"name": "散客", **FULL}) is None
    assert points.balance(cid) == 50
    auto_points.take_back([entry])  # the edit's undo
    assert points.balance(cid) == 0
    assert auto_points.reward_profile(cid) is not None  # its redo
    assert points.balance(cid) == 50
    all_checked()


def test_a_refused_edit_earns_nothing(shop):
    settings.update({"points_task_profile": 50})
    cid = member("张三")
    with pytest.raises(ValidationError):
        auto_points.edit_customer(cid, {"name": "张三", **FULL, "mobile": "12"})
    assert rows(cid) == []
    assert customers.get(cid)["mobile"] == ""


def test_a_placeholder_name_is_not_a_complete_profile(shop):
    settings.update({"points_task_profile": 50})
    cid = member("张三", **FULL)
    assert auto_points.profile_complete(cid)
    customers.Customer.update(name_placeholder=True).where(customers.Customer.id == cid).execute()
    assert not auto_points.profile_complete(cid)
    assert auto_points.reward_profile(cid) is None


def test_review_once_then_again_after_a_take_back(shop):
    cid = member()
    with pytest.raises(ValidationError) as err:
        auto_points.reward_review(cid)
    assert err.value.code == "task_no_points"
    settings.update({"points_task_review": 20})
    entry = auto_points.reward_review(cid)
    with pytest.raises(ValidationError) as err:
        auto_points.reward_review(cid)
    assert err.value.code == "task_done"
    points.reverse(entry, "undo")
    auto_points.reward_review(cid)
    assert points.balance(cid) == 20
    with pytest.raises(ValidationError) as err:
        auto_points.reward_review(customers.create({"name": "散客"}))
    assert err.value.code == "not_member"
    all_checked()
