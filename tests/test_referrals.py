"""Referrals (转介绍): one introducer each, oneself and cycles refused (at depth 3 too),
changes audited, the tree and the counts per referrer, the rate, and the rewards by
rule granted once, at the first purchase only."""

import datetime as dt

import pytest

from models import clock
from models.customers import customers
from models.errors import GuanjiaError
from models.membership import cards, check, count_cards, points, referrals, settings, wallet
from models.membership.tables import PointsEntry, Referral, WalletEntry
from models.purchases import purchases
from models.storage.audit import AuditEntry

NOW = dt.datetime(2026, 11, 18, 10, 0)


@pytest.fixture
def people(db):
    clock.set_now(NOW)
    return {n: customers.create({"name": n}) for n in ("A", "B", "C", "D", "E")}


def refused(code, fn, *args):
    before = (Referral.select().count(), AuditEntry.select().count())
    with pytest.raises(GuanjiaError) as info:
        fn(*args)
    assert info.value.code == code
    assert (Referral.select().count(), AuditEntry.select().count()) == before


def test_one_introducer_cycles_and_self_refused(people):
    a, b, c, d = people["A"], people["B"], people["C"], people["D"]
    refused("referral_self", referrals.set_introducer, a, a)
    assert referrals.set_introducer(b, a) is None  # A brought B
    referrals.set_introducer(c, b)  # B brought C
    refused("referral_cycle", referrals.set_introducer, a, b)  # A -> B -> A
    refused("referral_cycle", referrals.set_introducer, a, c)  # A -> B -> C -> A: depth 3
    refused("referral_same", referrals.set_introducer, c, b)
    refused("not_found", referrals.set_introducer, c, 999)
    assert referrals.set_introducer(c, d) == b  # changed, audited
    assert referrals.introducer_of(c) == d
    entry = AuditEntry.select().where(AuditEntry.action == "refer").order_by(
        AuditEntry.id.desc()).first()  # fmt: skip
    assert f"{b} → {d}" in entry.detail
    referrals.clear(c)
    assert referrals.introducer_of(c) is None


def test_tree_and_counts(people):
    a, b, c, d, e = (people[n] for n in "ABCDE")
    referrals.set_introducer(b, a)
    referrals.set_introducer(c, a)
    referrals.set_introducer(d, b)
    referrals.set_introducer(e, d)
    purchases.add(b, "100")  # B converted
    tree = referrals.tree(a)
    assert tree["direct"] == 2 and tree["all_levels"] == 4
    assert [(n["name"], n["converted"]) for n in tree["children"]] == [("B", True), ("C", False)]
    assert tree["children"][0]["children"][0]["children"][0]["name"] == "E"
    assert tree["children"][0]["children"][0]["children"][0]["level"] == 3
    assert [x["name"] for x in referrals.tree(e)["introduced_by"]] == ["D", "B", "A"]
    assert referrals.tree(a, depth=1)["all_levels"] == 2
    stats = referrals.stats()
    top = {r["name"]: (r["direct"], r["all_levels"], r["converted"]) for r in stats["referrers"]}
    assert top == {"A": (2, 4, 1), "B": (1, 2, 0), "D": (1, 1, 0)}
    assert (stats["new_customers"], stats["introduced"], stats["rate"]) == (5, 4, 0.8)


def test_rate_of_a_period(people):
    referrals.set_introducer(people["B"], people["A"])
    clock.set_now(dt.datetime(2026, 12, 2, 9, 0))
    f = customers.create({"name": "F"})
    g = customers.create({"name": "G"})
    referrals.set_introducer(f, people["A"])
    dec = referrals.rate(dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert (dec["new_customers"], dec["introduced"], dec["rate"]) == (2, 1, 0.5)
    assert referrals.rate(dt.date(2027, 1, 1), dt.date(2027, 1, 31))["rate"] is None
    assert g


def test_rewards_granted_once_at_the_first_purchase_only(people):
    a, b = people["A"], people["B"]
    for who, no in ((a, "VIP1"), (b, "VIP2")):
        cards.enroll(who, no)
    settings.update({"referral_points_referrer": 200, "referral_points_referred": 50,
                     "referral_bonus_referrer_fen": 1000, "referral_bonus_referred_fen": 0,
                     "referral_visits_referred": 1, "referral_visit_service": "洗剪吹"})  # fmt: skip
    early = purchases.add(people["C"], "10")
    assert referrals.reward_first_purchase(early)["why"] == "no_referral"
    referrals.set_introducer(b, a)
    first = purchases.add(b, "88")
    got = referrals.reward_first_purchase(first)
    assert got["rewarded"] is True
    assert (got["referrer"]["points"], got["referrer"]["bonus_fen"]) == (200, 1000)
    assert (got["referred"]["points"], got["referred"]["visits"]) == (50, 1)
    assert points.balance(a) == 200 and points.balance(b) == 50
    assert wallet.balance(a).bonus_fen == 1000
    card = count_cards.get(got["referred"]["count_card_id"])
    assert (card["service"], card["visits_left"], card["price_fen"]) == ("洗剪吹", 1, 0)
    # once: the same purchase again, a second purchase
    assert referrals.reward_first_purchase(first)["why"] == "already"
    second = purchases.add(b, "20")
    assert referrals.reward_first_purchase(second)["why"] == "already"
    assert PointsEntry.select().where(PointsEntry.referral_id.is_null(False)).count() == 2
    assert WalletEntry.select().where(WalletEntry.referral_id.is_null(False)).count() == 1
    refused("referral_rewarded", referrals.set_introducer, b, people["C"])
    assert check.check_all().ok


def test_not_the_first_purchase_and_non_members(people):
    a, b = people["A"], people["B"]
    old = purchases.add(b, "10", at=dt.datetime(2026, 11, 1, 9, 0))
    referrals.set_introducer(b, a)
    later = purchases.add(b, "20")
    assert referrals.reward_first_purchase(later)["why"] == "not_first"
    refund = purchases.add(b, "-5", refund_of=old)
    assert referrals.reward_first_purchase(refund)["why"] == "not_a_purchase"
    # the first purchase itself: neither side a member, points skipped, nothing written
    got = referrals.reward_first_purchase(old)
    assert got["rewarded"] and got["referrer"]["skipped"] == ["points"]
    assert got["referred"]["skipped"] == ["points"]
    assert PointsEntry.select().count() == 0


def test_the_dashboard_has_the_month_referral_rate(people):
    from models.insights import dashboard

    referrals.set_introducer(people["B"], people["A"])
    board = dashboard.compute(update_rfm=False)
    assert (board.referral["new_customers"], board.referral["introduced"]) == (5, 1)
    assert board.referral["rate"] == 0.2


def test_recording_a_first_purchase_rewards_the_referral_in_the_same_step(people):
    """The window and the CLI record purchases through membership.recording: the
    introduced customer's first purchase rewards both sides there, once."""
    from models.membership import recording

    a, b = people["A"], people["B"]
    for who, no in ((a, "VIP1"), (b, "VIP2")):
        cards.enroll(who, no)
    settings.update({"referral_points_referrer": 200, "referral_points_referred": 50})
    referrals.set_introducer(b, a)
    _first, got = recording.add_purchase(b, "88")
    assert got["referral"]["rewarded"] is True
    assert points.balance(a) == 200
    assert points.balance(b) == 50 + got["points"]  # the reward and what the purchase earned
    _second, again = recording.add_purchase(b, "20")
    assert again["referral"]["why"] == "already" and points.balance(a) == 200
    # a customer nobody introduced: nothing for anyone
    _other, plain = recording.add_purchase(people["C"], "30")
    assert plain["referral"]["why"] == "no_referral"
    assert check.check_all().ok
