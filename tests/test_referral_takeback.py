"""Referral rewards taken back, worked by hand: the introduced customer's first purchase
voided or refunded in full reverses both sides' rewards (reversing rows, nothing
deleted, never below 0 unless allowed) and the next first purchase earns them again,
once; a purchase that already followed the first earns them at once; an undo does not
grant twice. A voided first order's 首单 points go with it and the next first order
earns them again (and an undone void does not give a second 首单)."""

from __future__ import annotations

import pytest

from models.customers import customers
from models.membership import count_cards, points, recording, referrals, settings, wallet
from models.membership.tables import CountCard, PointsEntry, Referral, WalletEntry
from models.storage.audit import AuditEntry
from tests.membership_helpers import all_checked, at, member


@pytest.fixture
def shop(db):
    at(2026, 3, 1, 10)
    settings.update({"points_per_yuan": 1, "points_task_first_order": 30,
                     "referral_points_referrer": 200, "referral_points_referred": 50,
                     "referral_bonus_referrer_fen": 1000, "referral_visits_referred": 2,
                     "referral_visit_service": "洗剪吹"})  # fmt: skip
    a, b = member("老王", "VIP1"), member("小李", "VIP2")
    referrals.set_introducer(b, a)
    return a, b


def rows(cid: int) -> list[tuple[str, int]]:
    return [(r.kind, r.points) for r in PointsEntry.select().where(
        (PointsEntry.customer_id == cid) & PointsEntry.referral_id.is_null(False))
        .order_by(PointsEntry.id)]  # fmt: skip


def test_a_voided_first_purchase_gives_the_rewards_back_and_the_next_earns_them(shop):
    a, b = shop
    p1, got = recording.add_purchase(b, "88")  # 88 + 首单 30 + 转介绍 50
    assert got["referral"]["rewarded"] and points.balance(b) == 168
    assert points.balance(a) == 200 and wallet.balance(a).bonus_fen == 1000
    gift = got["referral"]["referred"]["count_card_id"]
    count_cards.use(gift)  # one of the two visits used
    _before, voided = recording.void(p1, "录错了")
    assert voided["referral"]["taken_back"]["referrer"] == {
        "customer_id": a,
        "points": 200,
        "bonus_fen": 1000,
        "visits": 0,
    }
    assert voided["referral"]["taken_back"]["referred"]["visits"] == 1  # the unused one
    assert voided["referral"]["rewarded_again"] is None  # no other purchase yet
    assert points.balance(a) == 0 and wallet.balance(a).bonus_fen == 0
    assert points.balance(b) == 0  # 88, the 首单 and the reward: all gone
    card = CountCard.get_by_id(gift)
    assert (card.status, card.visits_left) == ("cancelled", 0)
    row = Referral.get(Referral.customer_id == b)
    assert row.rewarded_at is None and row.first_purchase_id == p1  # waiting
    # the next first purchase earns them again: 20 + 首单 30 + 50
    p2, got = recording.add_purchase(b, "20")
    assert got["referral"]["rewarded"] and got["first_order_points"] == 30
    assert points.balance(b) == 100 and points.balance(a) == 200
    assert wallet.balance(a).bonus_fen == 1000
    assert count_cards.get(got["referral"]["referred"]["count_card_id"])["visits_left"] == 2
    # once: a third purchase earns no reward
    _p3, got = recording.add_purchase(b, "10")
    assert got["referral"]["why"] == "already" and points.balance(a) == 200
    # nothing deleted: the referrer's rows are earn, reverse, earn
    assert rows(a) == [("earn", 200), ("reverse", -200), ("earn", 200)]
    bonus = [(r.kind, r.bonus_fen) for r in WalletEntry.select().where(
        WalletEntry.customer_id == a).order_by(WalletEntry.id)]  # fmt: skip
    assert bonus == [("bonus", 1000), ("reverse", -1000), ("bonus", 1000)]
    assert AuditEntry.select().where((AuditEntry.action == "reverse")
                                     & (AuditEntry.target == "referral")).count() == 1  # fmt: skip
    assert Referral.get(Referral.customer_id == b).first_purchase_id == p2
    all_checked()


def test_a_full_refund_gives_them_to_the_purchase_that_followed(shop):
    a, b = shop
    p1, _ = recording.add_purchase(b, "100")  # B: 100 + 30 + 50 = 180
    p2, got = recording.add_purchase(b, "20")  # B: 200; not the first: no reward
    assert got["referral"]["why"] == "already"
    points.redeem(a, 150)  # the referrer spent 150 of the 200: 50 left
    recording.refund(p1, "60")  # a part: the rewards stay
    assert points.balance(a) == 50 and points.balance(b) == 140
    r2, got = recording.refund(p1, "40")  # all of it refunded
    taken = got["referral"]["taken_back"]
    assert taken["referrer"]["points"] == 50  # never below 0: what the balance held
    assert taken["referred"]["points"] == 50
    assert got["referral"]["rewarded_again"]["purchase_id"] == p2  # now the first
    assert points.balance(a) == 200 and wallet.balance(a).bonus_fen == 1000
    assert points.balance(b) == 100  # P1's 100 gone, 首单 kept (not voided), 50 back
    assert rows(a) == [("earn", 200), ("reverse", -50), ("earn", 200)]
    # the refund undone (voided): P1 stands again, but the rewards stay on P2
    _before, got = recording.void(r2, "退错了")
    assert got["referral"] is None and points.balance(a) == 200
    assert Referral.get(Referral.customer_id == b).first_purchase_id == p2
    all_checked()


def test_the_void_undone_earns_them_on_the_purchase_once(shop):
    a, b = shop
    p1, _ = recording.add_purchase(b, "88")
    before, _ = recording.void(p1, "录错了")
    assert points.balance(a) == 0
    recording.restore(before)  # undo of the void: P1 is the first purchase again
    assert points.balance(a) == 200 and points.balance(b) == 168
    recording.restore(before)  # a second restore changes nothing
    assert points.balance(a) == 200
    assert rows(a) == [("earn", 200), ("reverse", -200), ("earn", 200)]
    all_checked()


def test_negative_allowed_takes_the_whole_reward(shop):
    a, b = shop
    settings.update({"points_negative_allowed": True})
    p1, _ = recording.add_purchase(b, "88")
    points.redeem(a, 150)
    recording.void(p1, "录错了")
    assert points.balance(a) == -150
    all_checked()


def test_the_first_order_points_of_a_voided_order_are_earned_again(db):
    at(2026, 3, 1, 10)
    settings.update({"points_per_yuan": 1, "points_task_first_order": 30})
    cid = member()
    p1, got = recording.add_purchase(cid, "100")  # 100 + 30
    assert got["first_order_points"] == 30
    before, _ = recording.void(p1, "录错了")
    assert points.balance(cid) == 0
    _p2, got = recording.add_purchase(cid, "10")  # the first order now: 10 + 30
    assert got["first_order_points"] == 30 and points.balance(cid) == 40
    recording.restore(before)  # the void undone: P1's 100 back, its 首单 not (P2 has it)
    assert points.balance(cid) == 140
    net = sum(r.points for r in PointsEntry.select().where(PointsEntry.task == "first_order"))
    assert net == 30
    _p3, got = recording.add_purchase(cid, "10")
    assert got["first_order_points"] == 0
    other = customers.create({"name": "王五"})
    assert other  # a non-member's purchase voided: nothing to settle
    q, _ = recording.add_purchase(other, "10")
    recording.void(q, "x")
    all_checked()


def test_a_counter_sale_undone_takes_the_rewards_back(shop):
    from models.membership import checkout

    a, b = shop
    done = checkout.record(checkout.Sale(b, 8800, "wechat"))  # 88 + 30 + 50
    assert points.balance(a) == 200 and points.balance(b) == 168
    checkout.reverse(done, "undo")
    assert points.balance(a) == 0 and points.balance(b) == 0
    assert wallet.balance(a).bonus_fen == 0
    again = checkout.record(checkout.Sale(b, 1000, "cash"))  # the next first purchase
    assert points.balance(a) == 200 and points.balance(b) == 10 + 30 + 50
    assert again["purchase_id"] == Referral.get(Referral.customer_id == b).first_purchase_id
    all_checked()
