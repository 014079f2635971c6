"""Finding members (models/membership/member_search.py): by card number (exact first,
then its beginning), mobile, name, pinyin initials; the list's rows (balance, level,
count cards, today's birthday, masked mobiles); the customer list finds a card number."""

from __future__ import annotations

from models.customers import customer_list, customers
from models.customers.customer_filter import CustomerFilter
from models.membership import cards, member_search, points, wallet
from models.privacy import masking
from tests.membership_helpers import at, member


def _names(found):
    return [r["name"] for r in found]


def test_find_by_card_mobile_name_and_initials(db):
    at(2026, 3, 8, 10)
    zhang = customers.create({"name": "张三", "mobile": "13812345678", "birthday": "1990-03-08"})
    cards.enroll(zhang, "VIP001")
    li = customers.create({"name": "李四", "mobile": "13987654321"})
    cards.enroll(li, "VIP0012")
    customers.create({"name": "张无忌", "mobile": "13700001111"})  # not a member
    assert _names(member_search.find("VIP001")) == ["张三", "李四"]  # the exact card first
    assert _names(member_search.find("vip0012")) == ["李四"]
    assert _names(member_search.find("13812345678")) == ["张三"]
    assert _names(member_search.find("5678")) == ["张三"]
    assert _names(member_search.find("张")) == ["张三"]  # members only
    assert _names(member_search.find("zs")) == ["张三"]
    assert member_search.find("  ") == [] and member_search.find("nobody") == []
    assert member_search.count() == 2 and member_search.count("张") == 1
    assert member_search.count("VIP001") == 2
    view = member_search.counter_view(zhang)
    assert view["birthday_today"] is True and view["card"] == "VIP001"
    assert member_search.counter_view(li)["birthday_today"] is False


def test_rows_show_balance_points_status_and_masked_mobiles(db):
    at(2026, 4, 1, 9)
    cid = member("王五", "A1")
    wallet.topup(cid, 10000, bonus_fen=1000)
    points.adjust(cid, 50, "赠送")
    cards.report_lost("A1")
    row = member_search.page()[0]
    assert (row["balance_fen"], row["bonus_fen"], row["points"]) == (11000, 1000, 50)
    assert row["status"] == "lost" and row["card"] == "A1"
    other = customers.create({"name": "赵六", "mobile": "13912345678"})
    cards.enroll(other, "A2")
    masking.set_mobiles_masked(True)
    assert member_search.find("A2")[0]["mobile"] == "139****5678"
    # the mobile still finds them in full
    assert _names(member_search.find("13912345678")) == ["赵六"]


def test_a_deleted_customer_is_not_listed(db):
    cid = member("钱七", "B1")
    customers.move_to_bin([cid])
    assert member_search.find("B1") == [] and member_search.count() == 0


def test_the_customer_list_finds_a_card_number(db):
    at(2026, 1, 5, 9)
    cid = member("孙八", "CARD-777")
    customers.create({"name": "别人"})
    flt = CustomerFilter(search="card-777")
    assert customer_list.count(flt) == 1
    rows = customer_list.page(flt, customer_list.Sort("name"), 50).rows
    assert [r["id"] for r in rows] == [cid]
    new = cards.replace("CARD-777", "CARD-888")
    assert new.card_no == "CARD-888"
    for number in ("CARD-777", "CARD-888"):  # the old number still finds the member
        assert customer_list.count(CustomerFilter(search=number)) == 1
    assert customer_list.count(CustomerFilter(search="card-999")) == 0
