"""Count cards (计次卡): sale in cash or from stored value, visits, the pro-rata refund
(rounded down to the fen), expiry, undo by reversing rows, every refusal writing
nothing, and the check at zero after each."""

import datetime as dt

import pytest

from models import clock
from models.customers import customers
from models.errors import GuanjiaError, NotFoundError, ValidationError
from models.membership import cards, check, count_cards, wallet
from models.membership.tables import CountCard, CountCardEntry, WalletEntry
from models.storage.audit import AuditEntry

NOW = dt.datetime(2026, 11, 18, 10, 0)


@pytest.fixture
def shop(db):
    clock.set_now(NOW)
    ids = [customers.create({"name": n}) for n in ("张三", "李四")]
    return ids


def rows():
    return (CountCard.select().count(), CountCardEntry.select().count(),
            WalletEntry.select().count(), AuditEntry.select().count())  # fmt: skip


def assert_zero():
    assert check.check_count_cards().ok and check.check_wallet().ok


def refused(code, fn, *args, **kwargs):
    before = rows()
    with pytest.raises(GuanjiaError) as info:
        fn(*args, **kwargs)
    assert getattr(info.value, "code", None) == code
    assert rows() == before
    return info.value


def test_pro_rata_refund_is_rounded_down_to_the_fen():
    assert count_cards.refund_for(10000, 3, 2) == 6666  # 66.666… -> 66.66
    assert count_cards.refund_for(10000, 3, 1) == 3333
    assert count_cards.refund_for(29900, 10, 7) == 20930  # exact: 299.00 x 7/10
    assert count_cards.refund_for(999, 7, 6) == 856  # 856.28… -> 8.56
    assert count_cards.refund_for(0, 5, 5) == 0


def test_sell_use_refund_in_cash(shop):
    zhang = shop[0]
    cid = count_cards.sell(zhang, "洗剪吹", 3, 10000, expires_on=dt.date(2027, 6, 30))
    card = count_cards.get(cid)
    assert (card["visits_left"], card["status"], card["price_fen"]) == (3, "active", 10000)
    entry = count_cards.use(cid)
    moves = count_cards.movements(cid)
    assert [(m["kind"], m["visits"]) for m in moves] == [("sell", 3), ("use", -1)]
    assert moves[1]["id"] == entry and moves[1]["at"] == NOW
    assert count_cards.refund_quote(cid) == {"unused": 2, "total": 3, "price_fen": 10000,
                                            "refund_fen": 6666}  # fmt: skip
    count_cards.refund(cid, reason="搬家")
    card = count_cards.get(cid)
    assert (card["visits_left"], card["status"]) == (0, "refunded")
    assert count_cards.movements(cid)[-1]["amount_fen"] == -6666
    assert_zero()
    refused("count_card_refunded", count_cards.use, cid)
    refused("count_card_refunded", count_cards.refund, cid)


def test_used_up_then_refused(shop):
    cid = count_cards.sell(shop[0], "按摩", 2, 20000)
    count_cards.use(cid)
    count_cards.use(cid)
    assert count_cards.get(cid)["status"] == "used_up"
    refused("count_card_used_up", count_cards.use, cid)
    refused("count_card_used_up", count_cards.refund, cid)
    assert_zero()


def test_paid_from_stored_value_and_refunded_to_it(shop):
    zhang = shop[0]
    cards.enroll(zhang, "VIP1")
    wallet.topup(zhang, 100000, bonus_fen=25000)  # 1000 + 250 bonus
    cid = count_cards.sell(zhang, "洗剪吹", 10, 50000, pay="wallet")
    bal = wallet.balance(zhang)
    assert bal.total_fen == 75000  # 1250 - 500
    assert (bal.principal_fen, bal.bonus_fen) == (60000, 15000)  # in proportion: 400 + 100
    for _ in range(4):
        count_cards.use(cid)
    count_cards.refund(cid)  # 6 of 10 unused: 300.00, principal 240 + bonus 60 back
    bal = wallet.balance(zhang)
    assert (bal.principal_fen, bal.bonus_fen) == (84000, 21000)
    assert_zero()


def test_wallet_refusals_write_nothing(shop):
    zhang, li = shop
    refused("not_member", count_cards.sell, li, "洗剪吹", 3, 100, pay="wallet")
    cards.enroll(zhang, "VIP1")
    wallet.topup(zhang, 1000)
    refused("balance_insufficient", count_cards.sell, zhang, "洗剪吹", 3, 5000, pay="wallet")
    cards.report_lost("VIP1")
    refused("no_active_card", count_cards.sell, zhang, "洗剪吹", 3, 500, pay="wallet")
    assert_zero()


def test_bad_input_refused(shop):
    zhang = shop[0]
    refused("service_required", count_cards.sell, zhang, "  ", 3, 100)
    refused("visits_invalid", count_cards.sell, zhang, "洗剪吹", 0, 100)
    refused("visits_invalid", count_cards.sell, zhang, "洗剪吹", "三", 100)
    refused("amount_invalid", count_cards.sell, zhang, "洗剪吹", 3, -1)
    refused("pay_invalid", count_cards.sell, zhang, "洗剪吹", 3, 100, pay="iou")
    refused("expiry_past", count_cards.sell, zhang, "洗剪吹", 3, 100,
            expires_on=dt.date(2026, 11, 17))  # fmt: skip
    refused("not_found", count_cards.sell, 999, "洗剪吹", 3, 100)
    refused("count_card_not_found", count_cards.use, 42)
    refused("count_card_not_found", count_cards.use, "x")
    cid = count_cards.sell(zhang, "洗剪吹", 3, 100, receipt_no="R1")
    refused("receipt_used", count_cards.sell, zhang, "洗剪吹", 3, 100, receipt_no="R1")
    assert count_cards.get(cid)["visits_left"] == 3


def test_lost_or_stopped_member_card_refuses_a_visit(shop):
    zhang = shop[0]
    cards.enroll(zhang, "VIP1")
    cid = count_cards.sell(zhang, "洗剪吹", 3, 100)
    cards.report_lost("VIP1")
    err = refused("card_lost", count_cards.use, cid)
    assert isinstance(err, ValidationError)
    cards.set_status("VIP1", "disabled")
    refused("card_disabled", count_cards.use, cid)
    cards.set_status("VIP1", "active")
    count_cards.use(cid)
    new = cards.replace("VIP1", "VIP2")  # the count card follows the new card
    assert CountCard.get_by_id(cid).card_id == new.id
    count_cards.use(cid)
    assert_zero()


def test_expiry_pass_is_idempotent_and_refuses_use(shop):
    zhang = shop[0]
    cid = count_cards.sell(zhang, "洗剪吹", 5, 500, expires_on=dt.date(2026, 11, 30))
    keep = count_cards.sell(zhang, "按摩", 2, 500)
    count_cards.use(cid)
    clock.set_now(dt.datetime(2026, 12, 1, 9, 0))
    assert count_cards.get(cid)["status"] == "expired"  # before the pass, as it stands
    refused("count_card_expired", count_cards.use, cid)
    refused("count_card_expired", count_cards.refund, cid)
    assert count_cards.expire(dry_run=True)["visits"] == 4
    assert count_cards.get(cid)["visits_left"] == 4
    done = count_cards.expire()
    assert (done["cards"], done["visits"]) == (1, 4)
    assert count_cards.expire()["cards"] == 0
    assert count_cards.get(cid)["visits_left"] == 0
    assert count_cards.get(keep)["status"] == "active"
    assert_zero()


def test_undo_is_a_reversing_row(shop):
    zhang = shop[0]
    cards.enroll(zhang, "VIP1")
    wallet.topup(zhang, 10000)
    cid = count_cards.sell(zhang, "洗剪吹", 3, 3000, pay="wallet")
    use = count_cards.use(cid)
    refused("count_card_in_use", count_cards.reverse, count_cards.sale_entry(cid))
    count_cards.reverse(use)
    refused("already_reversed", count_cards.reverse, use)
    assert count_cards.get(cid)["visits_left"] == 3
    refund = count_cards.refund(cid)
    assert wallet.balance(zhang).total_fen == 10000
    count_cards.reverse(refund)  # visits back, the money taken back from stored value
    assert count_cards.get(cid)["status"] == "active"
    assert wallet.balance(zhang).total_fen == 7000
    count_cards.reverse(count_cards.sale_entry(cid))  # the sale: the card cancelled
    assert count_cards.get(cid)["status"] == "cancelled"
    assert wallet.balance(zhang).total_fen == 10000
    refused("count_card_cancelled", count_cards.use, cid)
    last = count_cards.movements(cid)[-1]
    refused("reverse_of_reverse", count_cards.reverse, last["id"])
    refused("entry_not_found", count_cards.reverse, 999)
    kinds = [m["kind"] for m in count_cards.movements(cid)]  # nothing updated or deleted
    assert kinds == ["sell", "use", "reverse", "refund", "reverse", "reverse"]
    assert_zero()


def test_listing_and_totals(shop):
    zhang, li = shop
    a = count_cards.sell(zhang, "洗剪吹", 3, 100)
    count_cards.sell(li, "按摩", 2, 100)
    count_cards.use(a)
    assert [c["id"] for c in count_cards.listing(zhang)] == [a]
    assert len(count_cards.listing()) == 2
    assert count_cards.visits_left_total(zhang) == 2
    with pytest.raises(NotFoundError):
        count_cards.get(99)


def test_the_stored_value_rows_name_the_card_not_by_their_reason(shop):
    """The wallet rows paying for and refunding a card carry its id (count_card_id): a
    payment whose reason happens to read like the card's is not taken for it."""
    zhang = shop[0]
    cards.enroll(zhang, "VIP1")
    wallet.topup(zhang, 10000, bonus_fen=0)
    decoy = wallet.pay(zhang, 500, reason="计次卡#1 购卡")  # typed by hand, before the sale
    cid = count_cards.sell(zhang, "洗剪吹", 4, 2000, pay="wallet")
    assert cid == 1
    sale = WalletEntry.get((WalletEntry.count_card_id == cid) & (WalletEntry.kind == "pay"))
    assert sale.id != decoy and sale.principal_fen == -2000
    count_cards.use(cid)
    refund = count_cards.refund(cid)  # 3 of 4 unused: 15.00 back
    back = WalletEntry.get((WalletEntry.count_card_id == cid) & (WalletEntry.kind == "topup"))
    assert (back.principal_fen, back.bonus_fen) == (1500, 0)
    count_cards.reverse(refund)  # takes back the refund's own row, not another
    undo = WalletEntry.get(WalletEntry.reverses_id == back.id)
    assert undo.count_card_id == cid and undo.principal_fen == -1500
    assert not WalletEntry.select().where(WalletEntry.reverses_id == decoy).exists()
    assert wallet.balance(zhang).total_fen == 10000 - 500 - 2000
    assert_zero()
