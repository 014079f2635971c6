"""Property tests: any sequence of movements (top-ups, payments, refunds, transfers,
reversals, points earned, redeemed, adjusted, expired, days passing) keeps every kept
balance equal to the sum of its ledger, the reconciliation of every day and of all time
at zero, no balance below zero, and a refused movement writes nothing."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models import clock
from models.customers import customers
from models.errors import GuanjiaError
from models.membership import cards, check, points, points_expiry, reconcile, wallet
from models.membership import settings as membership_settings
from models.membership.tables import MemberCard, PointsEntry, WalletEntry
from models.storage import audit

AMOUNT = st.integers(min_value=1, max_value=200000)
OPS = st.lists(st.one_of(
    st.tuples(st.just("topup"), AMOUNT, st.one_of(st.none(), st.integers(0, 50000))),
    st.tuples(st.just("pay"), AMOUNT, st.none()),
    st.tuples(st.just("refund"), AMOUNT, st.none()),
    st.tuples(st.just("transfer"), AMOUNT, st.none()),
    st.tuples(st.just("reverse"), st.integers(0, 50), st.none()),
    st.tuples(st.just("earn"), st.integers(1, 500), st.none()),
    st.tuples(st.just("redeem"), st.integers(1, 500), st.none()),
    st.tuples(st.just("adjust"), st.integers(-300, 300), st.none()),
    st.tuples(st.just("preverse"), st.integers(0, 50), st.none()),
    st.tuples(st.just("days"), st.integers(1, 400), st.none()),
    st.tuples(st.just("expire"), st.none(), st.none()),
), max_size=40)  # fmt: skip


def _counts():
    return WalletEntry.select().count(), PointsEntry.select().count(), audit.count()


def _apply(op, cid, cards_no):
    kind, a, b = op
    if kind == "topup":
        wallet.topup(cid, a, bonus_fen=b, card_no=cards_no[0])
    elif kind == "pay":
        before = wallet.balance(cid, cards_no[0]).total_fen
        wallet.pay(cid, a, card_no=cards_no[0])
        assert wallet.balance(cid, cards_no[0]).total_fen == before - a
    elif kind == "refund":
        wallet.refund(cid, a, card_no=cards_no[0])
    elif kind == "transfer":
        wallet.transfer(cid, cards_no[0], cards_no[1], a)
    elif kind == "reverse":
        ids = [e.id for e in WalletEntry.select().where(WalletEntry.customer_id == cid)]
        if ids:
            wallet.reverse(ids[a % len(ids)])
    elif kind == "earn":
        points.earn(cid, a)
    elif kind == "redeem":
        points.redeem(cid, a)
    elif kind == "adjust" and a:
        points.adjust(cid, a, "测试")
    elif kind == "preverse":
        ids = [e.id for e in PointsEntry.select().where(PointsEntry.customer_id == cid)]
        if ids:
            points.reverse(ids[a % len(ids)])
    elif kind == "days":
        clock.set_now(clock.now() + dt.timedelta(days=a))
    elif kind == "expire":
        points_expiry.expire()


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(ops=OPS, spending=st.sampled_from(["proportional", "principal_first"]),
       negative=st.booleans())  # fmt: skip
def test_random_movements_keep_the_ledgers_and_balances_equal(db, ops, spending, negative):
    clock.set_now(dt.datetime(2025, 1, 1, 9))
    membership_settings.update({"bonus_spending": spending, "points_negative_allowed": negative,
                                "points_expiry": "year_end_after",
                                "bonus_tiers": [[50000, 3000], [100000, 10000]]})  # fmt: skip
    cid = customers.create({"name": "随机"})
    first = cards.enroll(cid).card_no
    second = cards.enroll(cid).card_no
    days = set()
    for op in ops:
        before = _counts()
        try:
            _apply(op, cid, (first, second))
        except GuanjiaError:
            assert _counts() == before  # a refusal writes nothing
        days.add(clock.today())
        for card in MemberCard.select().where(MemberCard.customer_id == cid):
            assert card.principal_fen >= 0 and card.bonus_fen >= 0
        if not negative:
            assert points.balance(cid) >= 0
    found = check.check_all()
    assert found.ok, found.differences
    assert reconcile.reconcile_all().to_json()["difference_fen"] == 0
    for day in days:
        assert reconcile.reconcile_day(day).to_json()["difference_fen"] == 0
