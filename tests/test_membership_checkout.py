"""The counter's sale (models/membership/checkout.py): one transaction of purchase,
stored-value payment, points as money off and points earned; each refusal writes
nothing; the undo reverses it all."""

from __future__ import annotations

import datetime as dt

import pytest

from models.customers import customers
from models.errors import ValidationError
from models.membership import cards, checkout, points, settings, wallet
from models.membership.tables import PointsEntry, WalletEntry
from models.purchases.purchases import Purchase, get
from models.storage import audit
from tests.membership_helpers import all_checked, at, member


@pytest.fixture
def now(db):
    at(2026, 5, 20, 15, 30)
    return db


def _rows():
    return (Purchase.select().count(), WalletEntry.select().count(),
            PointsEntry.select().count(), audit.count())  # fmt: skip


def _refused(sale, code):
    before = _rows()
    with pytest.raises(ValidationError) as err:
        checkout.record(sale)
    assert err.value.code == code
    assert _rows() == before
    return err.value


def test_cash_sale_earns_points_and_numbers_the_receipt(now):
    cid = member("王芳", "VIP1")
    done = checkout.record(checkout.Sale(cid, 12850, "wechat", items="洗剪吹"))
    assert done["receipt_no"] == "20260520-0001"
    assert (done["due_fen"], done["other_fen"], done["stored_value_fen"]) == (12850, 12850, 0)
    assert done["points_earned"] == 128 and done["points_balance"] == 128
    row = get(done["purchase_id"])
    assert (row["amount_cents"], row["payment"], row["order_no"]) == (12850, "wechat",
                                                                       "20260520-0001")  # fmt: skip
    assert checkout.record(checkout.Sale(cid, 100))["receipt_no"] == "20260520-0002"
    line = checkout.receipt_line(done, "王芳")
    assert line.startswith("20260520-0001 王芳 ¥128.50 (洗剪吹) 实付 微信 ¥128.50 得积分 128")
    all_checked()


def test_stored_value_with_points_as_money_off_by_hand(now):
    settings.update({"bonus_tiers": [[10000, 2000]], "points_redeem_rate": 100,
                     "points_redeem_cap_percent": 50})  # fmt: skip
    cid = member("李雷", "VIP2")
    wallet.topup(cid, 10000)  # 100 + 20 送
    points.adjust(cid, 800, "开业赠送")
    done = checkout.record(checkout.Sale(cid, 9000, "stored_value", points=500,
                                         receipt_no="R-1"))  # fmt: skip
    # 500 points = 5 yuan off; 85 from stored value: bonus 85 x 20/120 = 14.17 -> 1417
    assert (done["points_off_fen"], done["due_fen"], done["stored_value_fen"]) == (500, 8500, 8500)
    pay = WalletEntry.get_by_id(done["wallet_entry"])
    assert (pay.principal_fen, pay.bonus_fen, pay.purchase_id) == (-7083, -1417,
                                                                  done["purchase_id"])  # fmt: skip
    assert wallet.balance(cid) == wallet.Split(2917, 583)
    # 800 - 500 redeemed + 90 earned (the full price: 90 yuan)
    assert done["points_balance"] == 800 - 500 + 90 == points.balance(cid)
    assert get(done["purchase_id"])["payment"] == "stored_value"
    assert "积分 500 抵 ¥5.00" in get(done["purchase_id"])["note"]
    all_checked()


def test_split_payment_stored_value_then_alipay(now):
    cid = member("韩梅梅", "VIP3")
    wallet.topup(cid, 5000, bonus_fen=0)
    done = checkout.record(checkout.Sale(cid, 8000, "alipay", stored_value_fen=5000))
    assert (done["stored_value_fen"], done["other_fen"]) == (5000, 3000)
    assert wallet.balance(cid).total_fen == 0
    row = get(done["purchase_id"])
    assert row["payment"] == "alipay" and row["note"] == "储值 ¥50.00 + 支付宝 ¥30.00"
    all_checked()


def test_points_cap_and_rate(now):
    settings.update({"points_redeem_rate": 50, "points_redeem_cap_percent": 10})
    cid = member()
    points.adjust(cid, 10000, "导入")
    # 100 yuan: at most 10 yuan off = 500 points at 50 a yuan
    q = checkout.quote(checkout.Sale(cid, 10000, points=500))
    assert (q.points_off_fen, q.due_fen, q.max_points) == (1000, 9000, 500)
    err = _refused(checkout.Sale(cid, 10000, points=501), "points_over_cap")
    assert err.params["most"] == 500


def test_refusals_write_nothing(now):
    cid = member("赵六", "VIP4")
    wallet.topup(cid, 1000, bonus_fen=0)
    points.adjust(cid, 100, "赠送")
    _refused(checkout.Sale(cid, 1001, "stored_value"), "balance_insufficient")
    _refused(checkout.Sale(cid, 10000, points=101), "points_insufficient")
    _refused(checkout.Sale(cid, 0), "amount_not_positive")
    _refused(checkout.Sale(cid, 100, "bitcoin"), "payment_invalid")
    _refused(checkout.Sale(cid, 1000, "cash", stored_value_fen=1001), "split_over_due")
    _refused(checkout.Sale(cid, 100, points="abc"), "points_invalid")
    _refused(checkout.Sale(cid, 100, items="x" * 201), "too_long")
    checkout.record(checkout.Sale(cid, 100, receipt_no="A-7"))
    _refused(checkout.Sale(cid, 100, receipt_no="A-7"), "receipt_used")
    # a receipt used by a stored-value payment outside the counter counts too
    wallet.pay(cid, 10, receipt_no="W-1")
    _refused(checkout.Sale(cid, 100, receipt_no="W-1"), "receipt_used")
    all_checked()


def test_lost_and_expired_cards_cannot_pay_by_stored_value(now):
    cid = member("钱七", "VIP5")
    wallet.topup(cid, 5000, bonus_fen=0)
    cards.report_lost("VIP5")
    _refused(checkout.Sale(cid, 100, "stored_value", card_no="VIP5"), "card_lost")
    _refused(checkout.Sale(cid, 100, "stored_value"), "no_active_card")
    # cash still records, and earns points
    assert checkout.record(checkout.Sale(cid, 100, "cash"))["points_earned"] == 1
    other = customers.create({"name": "孙八"})
    cards.enroll(other, "VIP6", expires_on=dt.date(2026, 6, 1))
    wallet.topup(other, 5000, card_no="VIP6", bonus_fen=0)
    at(2026, 6, 2, 9)
    _refused(checkout.Sale(other, 100, "stored_value", card_no="VIP6"), "card_expired")


def test_a_failure_inside_rolls_everything_back(now):
    """wallet.pay refuses inside the transaction (the balance is read there): the
    purchase already inserted goes too."""
    cid = member("周九", "VIP7")
    wallet.topup(cid, 500, bonus_fen=0)
    _refused(checkout.Sale(cid, 600, "alipay", stored_value_fen=501), "balance_insufficient")


def test_a_customer_who_is_not_a_member_pays_cash_only(now):
    cid = customers.create({"name": "路人"})
    done = checkout.record(checkout.Sale(cid, 5000, "cash"))
    assert done["points_earned"] == 0 and "balance_fen" not in done
    _refused(checkout.Sale(cid, 5000, points=10), "not_member")
    _refused(checkout.Sale(cid, 5000, "stored_value"), "not_member")


def test_reverse_undoes_the_sale_by_reversing_entries(now):
    cid = member("吴十", "VIP8")
    wallet.topup(cid, 10000, bonus_fen=1000)
    points.adjust(cid, 300, "赠送")
    done = checkout.record(checkout.Sale(cid, 6000, "stored_value", points=300))
    checkout.reverse(done, "按错了")
    assert wallet.balance(cid) == wallet.Split(10000, 1000)
    assert points.balance(cid) == 300
    assert get(done["purchase_id"])["voided_at"] is not None
    kinds = [r.kind for r in PointsEntry.select().order_by(PointsEntry.id)]
    assert kinds == ["adjust", "redeem", "earn", "reverse", "reverse"]
    all_checked()


def test_settings_validate_the_new_keys(db):
    with pytest.raises(ValidationError):
        settings.update({"points_redeem_rate": 0})
    with pytest.raises(ValidationError):
        settings.update({"points_redeem_cap_percent": 101})
    assert settings.update({"points_redeem_cap_percent": 100})["points_redeem_cap_percent"] == 100
