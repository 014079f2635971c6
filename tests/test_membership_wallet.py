"""Stored value: the bonus tiers, payment split in proportion or principal first (by
hand), refunds of unspent principal only, transfers between a customer's cards,
reversal, receipts once, the day's reconciliation, the liability, dormant balances."""

from __future__ import annotations

import datetime as dt

import pytest

from models.errors import ValidationError
from models.membership import cards, check, reconcile, settings, statements, wallet
from models.membership.tables import MemberCard, WalletDay, WalletEntry
from models.storage import audit
from tests.membership_helpers import all_checked, at, member


@pytest.fixture
def now(db):
    at(2026, 4, 1, 10)
    settings.update({"bonus_tiers": [[50000, 3000], [100000, 10000], [300000, 40000]]})
    return db


def _rows():
    return WalletEntry.select().count(), WalletDay.select().count(), audit.count()


@pytest.mark.parametrize("paid,bonus", [(49999, 0), (50000, 3000), (99999, 3000),
                                        (100000, 10000), (500000, 40000)])  # fmt: skip
def test_bonus_tiers_the_highest_reached_applies(now, paid, bonus):
    cid = member()
    entry = WalletEntry.get_by_id(wallet.topup(cid, paid))
    assert (entry.principal_fen, entry.bonus_fen) == (paid, bonus)


def test_a_bonus_given_by_hand_overrides_the_tiers(now):
    cid = member()
    wallet.topup(cid, 100000, bonus_fen=0)
    assert wallet.balance(cid) == wallet.Split(100000, 0)


def test_proportional_spending_by_hand(now):
    cid = member()
    wallet.topup(cid, 100000)  # 1000 + 100 送
    wallet.pay(cid, 9990)  # bonus 9990 x 100/1100 = 908.18 -> 908
    assert wallet.balance(cid) == wallet.Split(100000 - 9082, 10000 - 908)
    wallet.pay(cid, 1)  # 1 x 9092/100010 = 0.09 -> 0 bonus
    assert wallet.balance(cid) == wallet.Split(90917, 9092)
    wallet.pay(cid, 100009)  # all of it: 90917 + 9092
    assert wallet.balance(cid) == wallet.Split(0, 0)
    all_checked()


def test_principal_first_spending(now):
    settings.update({"bonus_spending": "principal_first"})
    cid = member()
    wallet.topup(cid, 50000)  # + 30 送
    wallet.pay(cid, 40000)
    assert wallet.balance(cid) == wallet.Split(10000, 3000)
    wallet.pay(cid, 12000)
    assert wallet.balance(cid) == wallet.Split(0, 1000)


def test_split_never_takes_more_than_either_part():
    assert wallet.split_payment(100, 10, 1000, "proportional") == wallet.Split(1, 99)
    assert wallet.split_payment(1000, 10, 1000, "proportional") == wallet.Split(10, 990)
    assert wallet.split_payment(100, 1000, 5, "proportional") == wallet.Split(100, 0)
    assert wallet.split_payment(3, 1, 2, "proportional") == wallet.Split(1, 2)


def test_paying_more_than_the_balance_is_refused_and_nothing_written(now):
    cid = member()
    wallet.topup(cid, 1000)
    before = _rows()
    with pytest.raises(ValidationError) as err:
        wallet.pay(cid, 1001)
    assert err.value.code == "balance_insufficient" and err.value.params["balance_fen"] == 1000
    assert _rows() == before


def test_refund_of_unspent_principal_only(now):
    cid = member()
    wallet.topup(cid, 100000)  # 1000 + 100
    wallet.pay(cid, 55000)  # 50000 principal, 5000 bonus
    before = _rows()
    with pytest.raises(ValidationError) as err:
        wallet.refund(
            cid, 50001
        )  # 500.01 > the 500 of principal left (the bonus is never paid out)
    assert err.value.code == "refund_over_principal" and err.value.params["principal_fen"] == 50000
    assert _rows() == before
    wallet.refund(cid, 20000)  # 200 back; the bonus goes with it in proportion: 5000 x 2/5
    assert wallet.balance(cid) == wallet.Split(30000, 3000)
    wallet.refund(cid, 30000)  # all the principal: the bonus ends
    assert wallet.balance(cid) == wallet.Split(0, 0)
    rec = reconcile.reconcile_day(dt.date(2026, 4, 1)).to_json()
    assert (rec["topups_fen"], rec["bonuses_fen"], rec["payments_fen"], rec["refunds_fen"],
            rec["refunds_bonus_fen"], rec["closing_fen"], rec["difference_fen"]) == (
        100000, 10000, 55000, 50000, 5000, 0, 0)  # fmt: skip


def test_transfer_between_cards_of_the_same_customer(now):
    cid = member("甲", "A1")
    cards.enroll(cid, "A2")
    other = member("乙", "B1")
    wallet.topup(cid, 100000, card_no="A1")
    out_id, in_id = wallet.transfer(cid, "A1", "A2", 55000)
    assert wallet.balance(cid, "A1") == wallet.Split(50000, 5000)
    assert wallet.balance(cid, "A2") == wallet.Split(50000, 5000)
    assert WalletEntry.get_by_id(in_id).counterpart_id == out_id
    with pytest.raises(ValidationError) as err:
        wallet.transfer(cid, "A1", "B1")
    assert err.value.code == "card_not_customers"
    with pytest.raises(ValidationError) as err:
        wallet.transfer(cid, "A1", "A1")
    assert err.value.code == "transfer_same_card"
    wallet.reverse(in_id, "转错了")  # both rows reversed
    assert wallet.balance(cid, "A1") == wallet.Split(100000, 10000)
    assert wallet.balance(cid, "A2") == wallet.Split(0, 0)
    assert wallet.balance(other) == wallet.Split(0, 0)
    all_checked()


def test_reversal_is_the_undo_and_happens_once(now):
    cid = member()
    top = wallet.topup(cid, 100000)
    pay = wallet.pay(cid, 100000)
    with pytest.raises(ValidationError) as err:  # the top-up's money is spent
        wallet.reverse(top)
    assert err.value.code == "reverse_over_balance"
    [back] = wallet.reverse(pay, "收银错误")
    assert WalletEntry.get_by_id(back).reverses_id == pay
    assert wallet.balance(cid) == wallet.Split(100000, 10000)
    with pytest.raises(ValidationError) as err:
        wallet.reverse(pay)
    assert err.value.code == "already_reversed"
    with pytest.raises(ValidationError) as err:
        wallet.reverse(back)
    assert err.value.code == "reverse_of_reverse"
    all_checked()


def test_a_receipt_number_is_used_once_per_kind(now):
    cid = member()
    wallet.topup(cid, 1000, receipt_no="S-1")
    with pytest.raises(ValidationError) as err:
        wallet.topup(cid, 1000, receipt_no="S-1")
    assert err.value.code == "receipt_used"
    wallet.pay(cid, 500, receipt_no="S-1")  # a payment's receipt is another series
    assert wallet.balance(cid).total_fen == 500


@pytest.mark.parametrize("text,code", [("1000", None), ("99.90", None), ("0.01", None),
                                       ("¥1,000.5", None), ("1.234", "amount_decimals"),
                                       ("-1", "amount_invalid"), ("0", "amount_not_positive"),
                                       ("abc", "amount_invalid"), ("", "amount_invalid"),
                                       ("1e3", "amount_invalid")])  # fmt: skip
def test_amounts_in_yuan_with_two_decimals_at_most(text, code):
    if code is None:
        assert wallet.parse_yuan(text) == {"1000": 100000, "99.90": 9990, "0.01": 1,
                                           "¥1,000.5": 100050}[text]  # fmt: skip
    else:
        with pytest.raises(ValidationError) as err:
            wallet.parse_yuan(text)
        assert err.value.code == code


def test_reconciliation_of_days_and_all_time(now):
    a, b = member("甲"), member("乙")
    wallet.topup(a, 100000)  # day 1: +1000 +100
    at(2026, 4, 2, 10)
    wallet.pay(a, 11000)  # 10000 + 1000
    wallet.topup(b, 50000)  # + 3000
    at(2026, 4, 3, 10)
    wallet.refund(b, 10000)  # + 600 bonus forfeited
    day2 = reconcile.reconcile_day(dt.date(2026, 4, 2)).to_json()
    assert (day2["opening_fen"], day2["topups_fen"], day2["bonuses_fen"], day2["payments_fen"],
            day2["closing_fen"], day2["difference_fen"]) == (
        110000, 50000, 3000, 11000, 152000, 0)  # fmt: skip
    day3 = reconcile.reconcile_day(dt.date(2026, 4, 3)).to_json()
    assert (day3["opening_fen"], day3["refunds_fen"], day3["closing_fen"]) == (
        152000,
        10000,
        141400,
    )
    assert day3["difference_fen"] == 0
    whole = reconcile.reconcile_all().to_json()
    assert whole["closing_fen"] == 141400 and whole["difference_fen"] == 0
    assert reconcile.liability() == {"principal_fen": 130000, "bonus_fen": 11400,
                                     "balance_fen": 141400, "cards": 2}  # fmt: skip


def test_a_drifted_balance_shows_in_the_reconciliation_and_the_check(now):
    cid = member()
    wallet.topup(cid, 1000)
    MemberCard.update(principal_fen=MemberCard.principal_fen + 1).execute()  # a bad write
    assert reconcile.reconcile_all().to_json()["difference_fen"] == 1
    assert reconcile.reconcile_day(dt.date(2026, 4, 1)).to_json()["difference_fen"] == 1
    found = check.check_wallet()
    assert not found.ok and found.differences[0]["kept_principal_fen"] == 1001


def test_dormant_balances(now):
    a, b = member("甲", "D1"), member("乙", "D2")
    wallet.topup(a, 1000)
    at(2026, 9, 1, 10)
    wallet.topup(b, 500)
    rows = reconcile.dormant(90)
    assert [(r["card"], r["balance_fen"]) for r in rows] == [("D1", 1000)]


def test_statement_has_each_line_and_the_closing_balances(now):
    cid = member("甲", "S1")
    wallet.topup(cid, 100000)
    at(2026, 5, 1, 10)
    wallet.pay(cid, 1100)
    st = statements.wallet_statement(cid, dt.date(2026, 5, 1), dt.date(2026, 5, 31))
    assert st.opening == {"principal_fen": 100000, "bonus_fen": 10000, "balance_fen": 110000}
    assert [x["amount_fen"] for x in st.lines] == [-1100]
    assert st.closing == {"principal_fen": 99000, "bonus_fen": 9900, "balance_fen": 108900}
