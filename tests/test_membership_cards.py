"""Member cards: enrolment (auto-numbered with the prefix, or typed), 挂失, 停用, 补卡
moving the balances with the history kept under both numbers, finding the customer by
any of their numbers; refusals write nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from models.customers import customers
from models.errors import NotFoundError, ValidationError
from models.membership import cards, members, points, settings, statements, wallet
from models.membership.tables import Member, MemberCard, WalletEntry
from models.storage import audit
from tests.membership_helpers import all_checked, at, member


@pytest.fixture
def now(db):
    at(2026, 3, 1, 10)
    return db


def test_enrol_numbers_cards_with_the_prefix_or_takes_the_given_number(now):
    settings.update({"card_prefix": "HY", "card_digits": 4})
    a = member("甲")
    b = member("乙", "a-77")
    c = member("丙")
    assert [cards.cards_of(x)[0].card_no for x in (a, b, c)] == ["HY0001", "A-77", "HY0002"]
    assert cards.find_customer_by_card(" hy0002 ") == c
    assert cards.find_customer_by_card("HY9999") is None
    assert Member.select().count() == 3
    assert audit.count(audit.AuditQuery(action="enroll")) == 3


def test_a_typed_number_taken_by_an_auto_number_is_skipped(now):
    member("甲", "VIP000001")
    assert cards.cards_of(member("乙"))[0].card_no == "VIP000002"


@pytest.mark.parametrize("number,code", [("A-77", "card_taken"), ("a 77!", "card_invalid"),
                                         ("x" * 40, "card_invalid")])  # fmt: skip
def test_bad_or_taken_numbers_are_refused_and_nothing_is_written(now, number, code):
    member("甲", "A-77")
    other = member("乙")
    before = (MemberCard.select().count(), audit.count())
    with pytest.raises(ValidationError) as err:
        cards.enroll(other, number)
    assert err.value.code == code
    assert (MemberCard.select().count(), audit.count()) == before


def test_a_card_cannot_expire_before_it_is_issued(now):
    cid = member("甲")
    with pytest.raises(ValidationError) as err:
        cards.enroll(cid, "B1", expires_on=dt.date(2026, 2, 1))
    assert err.value.code == "expiry_before_join"


def test_a_lost_stopped_or_expired_card_cannot_pay(now):
    cid = member("甲", "C1")
    wallet.topup(cid, 10000)
    cards.report_lost("C1", "丢在店里")
    with pytest.raises(ValidationError) as err:
        wallet.pay(cid, 100, card_no="C1")
    assert err.value.code == "card_lost"
    with pytest.raises(ValidationError) as err:
        wallet.pay(cid, 100)  # no card in use
    assert err.value.code == "no_active_card"
    cards.set_status("C1", "active")
    cards.set_status("C1", "disabled")
    with pytest.raises(ValidationError) as err:
        wallet.pay(cid, 100, card_no="C1")
    assert err.value.code == "card_disabled"
    cards.set_status("C1", "active")
    MemberCard.update(expires_on=dt.date(2026, 2, 28)).execute()
    with pytest.raises(ValidationError) as err:
        wallet.pay(cid, 100, card_no="C1")
    assert err.value.code == "card_expired"
    assert WalletEntry.select().count() == 1
    with pytest.raises(ValidationError) as err:
        cards.set_status("C1", "gone")
    assert err.value.code == "card_status_invalid"


def test_replace_moves_the_balance_and_keeps_the_history_under_both_numbers(now):
    cid = member("甲", "OLD1")
    wallet.topup(cid, 100000, bonus_fen=10000)
    wallet.pay(cid, 11000)  # proportional: 10000 principal, 1000 bonus
    cards.report_lost("OLD1")
    at(2026, 3, 2, 9)
    new = cards.replace("OLD1", "NEW1", reason="补办")
    old = cards.find_card("OLD1")
    assert (old.status, old.replaced_by_id, old.principal_fen, old.bonus_fen) == (
        "replaced", new.id, 0, 0)  # fmt: skip
    assert (new.replaces_id, new.principal_fen, new.bonus_fen) == (old.id, 90000, 9000)
    assert cards.find_customer_by_card("OLD1") == cards.find_customer_by_card("NEW1") == cid
    lines = statements.wallet_statement(cid).lines
    assert [(x["card"], x["kind"], x["amount_fen"]) for x in lines] == [
        ("OLD1", "topup", 110000), ("OLD1", "pay", -11000),
        ("OLD1", "transfer_out", -99000), ("NEW1", "transfer_in", 99000)]  # fmt: skip
    assert members.summary(cid)["card"] == "NEW1"
    wallet.pay(cid, 9900)
    with pytest.raises(ValidationError) as err:
        cards.replace("OLD1")
    assert err.value.code == "card_replaced"
    all_checked()


def test_an_unknown_card_is_not_found(now):
    with pytest.raises(NotFoundError) as err:
        cards.report_lost("NOPE")
    assert err.value.code == "card_not_found"


def test_a_customer_who_is_not_a_member_has_no_points_or_wallet(now):
    cid = customers.create({"name": "路人"})
    for move in (lambda: points.earn(cid, 5), lambda: wallet.topup(cid, 100)):
        with pytest.raises(ValidationError) as err:
            move()
        assert err.value.code == "not_member"
