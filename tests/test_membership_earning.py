"""Earning by rule, worked by hand: points per whole yuan x the level multiplier, the
hook idempotent, the 首单 task once, a refund reversing pro rata (rounded half up, a
second refund taking only its own share), a void reversing all, a voided refund giving
back, undo/redo through restore, a negative balance only if allowed, non-members and
imports earning nothing, tasks and events once, and all in the purchase's transaction."""

from __future__ import annotations

import pytest

from models.customers import customers
from models.errors import ValidationError
from models.membership import cards, earning, levels, points, recording, settings
from models.membership.tables import PointsEntry
from models.purchases import corrections, purchases
from tests.membership_helpers import all_checked, at, member


@pytest.fixture
def shop(db):
    at(2026, 3, 1, 10)
    settings.update({"points_per_yuan": 1})
    return db


def balance(cid: int) -> int:
    return points.balance(cid)


def test_per_yuan_times_the_level_multiplier(shop):
    levels.add({"name": "普通", "rank": 0, "threshold": 0})
    levels.add({"name": "银卡", "rank": 1, "threshold": 100, "points_multiplier_permille": 1500})
    settings.update({"points_per_yuan": 2})
    cid = member()
    pid, got = recording.add_purchase(cid, "99.90")  # 99 whole yuan x 2 = 198; then 银卡
    assert (got["points"], got["level"]["to_level"]) == (198, "银卡")
    pid, got = recording.add_purchase(cid, "10.99")  # 10 x 2 x 1.5 = 30
    assert got["points"] == 30 and balance(cid) == 228
    assert earning.points_for(99, 1000) == 0  # under a yuan earns nothing
    all_checked()


def test_the_hook_is_idempotent(shop):
    cid = member()
    pid, got = recording.add_purchase(cid, "120")
    again = earning.after_purchase(pid)
    assert (got["points"], again["points"], again["again"]) == (120, 120, True)
    assert PointsEntry.select().count() == 1 and balance(cid) == 120
    assert earning.after_refund(pid)["reversed"] == 0  # nothing to settle


def test_first_order_once(shop):
    settings.update({"points_task_first_order": 50})
    cid = member()
    _pid, got = recording.add_purchase(cid, "10")
    assert got["first_order_points"] == 50
    _pid, got = recording.add_purchase(cid, "10")
    assert got["first_order_points"] == 0 and balance(cid) == 70
    old = customers.create({"name": "老客户"})
    purchases.add(old, "30", at="2025-01-01")  # bought before being a member
    cards.enroll(old)
    _pid, got = recording.add_purchase(old, "10")
    assert got["first_order_points"] == 0  # not their first order


def test_refund_reverses_pro_rata(shop):
    cid = member()
    pid, _ = recording.add_purchase(cid, "200")  # 200 points
    rid, got = recording.refund(pid, "50")  # a quarter: 50
    assert got["reversed"] == 50 and balance(cid) == 150
    rid2, got = recording.refund(pid, "33.33")  # 83.33 of 200 refunded: 83 in all, 33 more
    assert got["reversed"] == 33 and balance(cid) == 117
    rows = list(PointsEntry.select().where(PointsEntry.kind == "reverse").order_by(PointsEntry.id))
    assert [(r.points, r.purchase_id) for r in rows] == [(-50, rid), (-33, rid2)]
    _id, got = recording.refund(pid, "116.67")  # all of it refunded: all 200 gone
    assert got["reversed"] == 117 and balance(cid) == 0
    all_checked()


def test_void_reverses_and_a_voided_refund_gives_back(shop):
    settings.update({"points_task_first_order": 10})
    cid = member()
    pid, _ = recording.add_purchase(cid, "100")  # 100 + 首单 10
    rid, _ = recording.refund(pid, "40")  # -40
    assert balance(cid) == 70
    _before, got = recording.void(rid, "退错了")  # the refund voided: the 40 come back
    assert got["reversed"] == -40 and balance(cid) == 110
    _before, got = recording.void(pid, "录重了")  # the purchase voided: all of it goes
    assert got["reversed"] == 110 and balance(cid) == 0
    with pytest.raises(ValidationError):
        recording.void(pid, "again")
    assert balance(cid) == 0
    all_checked()


def test_undo_and_redo_follow_the_purchase(shop):
    cid = member()
    pid, _ = recording.add_purchase(cid, "80")
    done = corrections.snapshot(pid)
    recording.restore(corrections.voided_snapshot(done, "undo"))  # undo: voided
    assert balance(cid) == 0
    recording.restore(done)  # redo: back, its points too
    assert balance(cid) == 80
    all_checked()


def test_negative_only_if_allowed(shop):
    cid = member()
    pid, _ = recording.add_purchase(cid, "100")
    points.redeem(cid, 80)  # 20 left
    _rid, got = recording.refund(pid, "100")  # would take 100: takes the 20 there are
    assert got["reversed"] == 20 and balance(cid) == 0
    other = member("李四")
    settings.update({"points_negative_allowed": True})
    pid, _ = recording.add_purchase(other, "100")
    points.redeem(other, 80)
    recording.refund(pid, "100")
    assert balance(other) == -80
    all_checked()


def test_non_members_and_imports_earn_nothing(shop):
    cid = customers.create({"name": "散客"})
    pid, got = recording.add_purchase(cid, "500")
    assert (got["member"], got["points"]) == (False, 0)
    _rid, got = recording.refund(pid, "100")
    assert got["member"] is False
    assert PointsEntry.select().count() == 0


def test_a_refused_hook_leaves_no_purchase(shop):
    cid = member()
    settings.update({"points_per_yuan": 10**6})  # 10^6 x 2000 yuan: over the points limit
    before = purchases.Purchase.select().count()
    with pytest.raises(ValidationError):
        recording.add_purchase(cid, "2000")
    assert purchases.Purchase.select().count() == before  # one transaction: nothing


def test_tasks_and_events_once(shop):
    cid = member()
    with pytest.raises(ValidationError) as err:
        earning.earn_for_task(cid, "register")
    assert err.value.code == "task_no_points"
    settings.update({"points_task_register": 20, "points_task_review": 5,
                     "points_attendance": 30})  # fmt: skip
    earning.earn_for_task(cid, "register")
    with pytest.raises(ValidationError) as err:
        earning.earn_for_task(cid, "register")
    assert err.value.code == "task_done"
    with pytest.raises(ValidationError) as err:
        earning.earn_for_task(cid, "dance")
    assert err.value.code == "task_invalid"
    entry = earning.earn_for_attendance(7, cid)
    assert earning.entry_json(entry)["balance"] == 50
    with pytest.raises(ValidationError) as err:
        earning.earn_for_attendance(7, cid)
    assert err.value.code == "attendance_rewarded"
    earning.earn_for_attendance(8, cid)
    with pytest.raises(ValidationError) as err:
        earning.earn_for_task(customers.create({"name": "散客"}), "review")
    assert err.value.code == "not_member"
    assert balance(cid) == 80
    all_checked()
