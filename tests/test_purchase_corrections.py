"""Refunds linked to their purchase, voids and edits with a reason: the amounts, the
customer's kept totals, the audit entries (in the change's transaction) and undo/redo
through corrections.restore; the purchases list's filter and keyset pages."""

from __future__ import annotations

import datetime as dt

import pytest

from models.customers import customers
from models.errors import ValidationError
from models.purchases import corrections, purchase_list, purchases
from models.purchases.purchases import Purchase
from models.storage import audit
from models.storage.db import database


def summary(cid: int) -> tuple:
    c = customers.get(cid)
    return c["total_spend_cents"], c["purchase_count"], c["last_purchase_at"]


def purchase_rows() -> list[tuple]:
    return list(Purchase.select().order_by(Purchase.id).tuples())


def purchase_entries() -> list[dict]:
    return audit.entries(audit.AuditQuery(target="purchase"))


@pytest.fixture
def shop(db):
    cid = customers.create({"name": "张三"})
    pid = purchases.add(cid, "100", at="2026-11-01 10:00", payment="wechat", order_no="A1")
    return cid, pid


def test_two_partial_refunds_up_to_the_full_amount_then_a_third_is_refused(shop):
    cid, pid = shop
    assert summary(cid)[:2] == (10000, 1)
    first = corrections.refund(pid, "30", reason="少发一件")
    assert corrections.left_cents(pid) == 7000
    assert summary(cid)[:2] == (7000, 1)
    second = corrections.refund(pid, 70)
    assert corrections.left_cents(pid) == 0
    assert summary(cid)[:2] == (0, 1)  # refunds are not purchases: the count stays
    row = purchases.get(first)
    assert (row["amount_cents"], row["refund_of"], row["payment"], row["note"]) == (
        -3000, pid, "wechat", "少发一件")  # fmt: skip
    assert purchases.get(second)["amount_cents"] == -7000
    before, entries = purchase_rows(), len(purchase_entries())
    with pytest.raises(ValidationError) as refused:
        corrections.refund(pid, "0.01")
    assert refused.value.code == "refund_too_large"
    assert purchase_rows() == before and len(purchase_entries()) == entries
    assert summary(cid)[:2] == (0, 1)
    refunds = [e for e in purchase_entries() if e["action"] == "refund"]
    assert {e["target_id"] for e in refunds} == {first, second}
    assert f"refund_of: {pid}" in refunds[0]["detail"]


@pytest.mark.parametrize("amount", ["0", "-5", "abc", "", "1e400", "inf"])
def test_a_bad_refund_amount_writes_nothing(shop, amount):
    _cid, pid = shop
    before, entries = purchase_rows(), len(purchase_entries())
    with pytest.raises(ValidationError):
        corrections.refund(pid, amount)
    assert purchase_rows() == before and len(purchase_entries()) == entries


def test_a_refund_of_a_refund_or_of_a_voided_purchase_is_refused(shop):
    cid, pid = shop
    refund = corrections.refund(pid, 10)
    with pytest.raises(ValidationError) as refused:
        corrections.refund(refund, 1)
    assert refused.value.code == "refund_of_refund"
    other = purchases.add(cid, 50, at="2026-11-02")
    corrections.void(other, "录错了")
    with pytest.raises(ValidationError) as refused:
        corrections.refund(other, 1)
    assert refused.value.code == "purchase_voided"
    # the older way in (purchases add --refund-of) keeps the same rules
    with pytest.raises(ValidationError) as refused:
        purchases.add(cid, -95, refund_of=pid)
    assert refused.value.code == "refund_too_large"


def test_void_needs_a_reason_keeps_the_row_and_leaves_every_total(shop):
    cid, pid = shop
    later = purchases.add(cid, 20, at="2026-11-05")
    assert summary(cid) == (12000, 2, dt.datetime(2026, 11, 5))
    with pytest.raises(ValidationError) as refused:
        corrections.void(later, "  ")
    assert refused.value.code == "reason_required"
    corrections.void(later, "重复录入")
    row = purchases.get(later)
    assert row["voided_at"] is not None and row["void_reason"] == "重复录入"
    assert summary(cid) == (10000, 1, dt.datetime(2026, 11, 1, 10))
    assert [r["id"] for r in purchases.listing()] == [pid]
    assert purchase_list.count_and_sum(purchase_list.PurchaseFilter()) == (1, 10000)
    shown = purchase_list.PurchaseFilter(show_voided=True)
    assert purchase_list.count_and_sum(shown) == (2, 12000)
    entry = purchase_entries()[0]
    assert (entry["action"], entry["target_id"]) == ("delete", later)
    assert "reason: 重复录入" in entry["detail"] and "amount_cents: 2000" in entry["detail"]
    with pytest.raises(ValidationError) as twice:
        corrections.void(later, "again")
    assert twice.value.code == "purchase_voided"


def test_a_purchase_with_refunds_is_voided_only_after_them(shop):
    cid, pid = shop
    refund = corrections.refund(pid, 40)
    with pytest.raises(ValidationError) as refused:
        corrections.void(pid, "退单")
    assert refused.value.code == "purchase_has_refunds"
    assert purchases.get(pid)["voided_at"] is None and summary(cid)[0] == 6000
    corrections.void(refund, "退单")
    assert summary(cid)[0] == 10000
    corrections.void(pid, "退单")
    assert summary(cid)[:2] == (0, 0)


def test_edit_keeps_the_before_image_and_undo_redo_restore_it(shop):
    cid, pid = shop
    before = corrections.edit(pid, amount="128.5", at="2026-11-03 09:00", note="改价",
                              reason="价格录错")  # fmt: skip
    after = corrections.snapshot(pid)
    assert after["amount_cents"] == 12850 and after["day"] == dt.date(2026, 11, 3).toordinal()
    assert summary(cid) == (12850, 1, dt.datetime(2026, 11, 3, 9))
    entry = purchase_entries()[0]
    assert entry["action"] == "edit"
    assert "amount_cents: 10000 → 12850" in entry["detail"]
    assert "reason: 价格录错" in entry["detail"] and "order_no: A1" in entry["detail"]
    with audit.recorded("undo", "purchase", pid):
        corrections.restore(before)
    assert summary(cid) == (10000, 1, dt.datetime(2026, 11, 1, 10))
    with audit.recorded("redo", "purchase", pid):
        corrections.restore(after)
    assert summary(cid) == (12850, 1, dt.datetime(2026, 11, 3, 9))
    assert [e["action"] for e in purchase_entries()[:3]] == ["redo", "undo", "edit"]


def test_edit_refuses_a_voided_row_and_an_amount_below_its_refunds(shop):
    cid, pid = shop
    corrections.refund(pid, 60)
    with pytest.raises(ValidationError) as refused:
        corrections.edit(pid, amount=50)
    assert refused.value.code == "refund_too_large"
    assert purchases.get(pid)["amount_cents"] == 10000 and summary(cid)[0] == 4000
    with pytest.raises(ValidationError):
        corrections.edit(pid, amount="-3")
    other = purchases.add(cid, 5, at="2026-11-02")
    corrections.void(other, "x")
    with pytest.raises(ValidationError) as voided:
        corrections.edit(other, note="n")
    assert voided.value.code == "purchase_voided"


def test_undo_of_a_void_and_a_redone_refund_over_what_is_left_is_refused(shop):
    cid, pid = shop
    refund = corrections.refund(pid, 80)
    done = corrections.snapshot(refund)
    corrections.restore(corrections.voided_snapshot(done, "undo"))  # the refund undone
    assert summary(cid)[0] == 10000
    corrections.refund(pid, 50)  # meanwhile another refund
    with pytest.raises(ValidationError) as refused:
        corrections.restore(done)  # redo: 80 + 50 > 100
    assert refused.value.code == "refund_too_large"
    assert purchases.get(refund)["voided_at"] is not None and summary(cid)[0] == 5000


def test_the_audit_entry_is_in_the_change_s_transaction(shop, monkeypatch):
    """A failure after the change but before its entry commits leaves neither."""
    cid, pid = shop
    before, entries = purchase_rows(), len(purchase_entries())

    def broken(*_a, **_k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(audit, "record", broken)
    for change in (lambda: corrections.refund(pid, 10), lambda: corrections.void(pid, "x"),
                   lambda: corrections.edit(pid, amount=1),
                   lambda: purchases.add(cid, 9, at="2026-11-04")):  # fmt: skip
        with pytest.raises(RuntimeError):
            change()
    monkeypatch.undo()
    assert purchase_rows() == before and len(purchase_entries()) == entries
    assert summary(cid)[:2] == (10000, 1)
    assert not database.in_transaction()


def test_the_list_filters_and_pages_by_keyset(db):
    a = customers.create({"name": "李四", "number": "C9"})
    b = customers.create({"name": "王五"})
    for day in range(1, 26):
        purchases.add(a if day % 2 else b, day * 10, at=f"2026-10-{day:02d} 12:00",
                      payment="cash" if day % 3 else "alipay",
                      order_no=f"N{day:03d}",
                      items=[{"description": "面膜" if day == 7 else "洗发水",
                              "unit_price": day * 10}])  # fmt: skip
    flt = purchase_list.PurchaseFilter
    pages, after = [], None
    while page := purchase_list.rows(flt(), 10, after):
        pages.append([r["order_no"] for r in page])
        after = (page[-1]["at"], page[-1]["id"])
    assert [len(p) for p in pages] == [10, 10, 5]
    assert sum(pages, [])[0] == "N025" and sum(pages, [])[-1] == "N001"
    assert purchase_list.count_and_sum(flt(payment="alipay"))[0] == 8
    assert purchase_list.count_and_sum(flt(customer="C9"))[0] == 13
    assert purchase_list.count_and_sum(flt(customer="王"))[0] == 12
    dates = flt(date_from=dt.date(2026, 10, 5), date_to=dt.date(2026, 10, 6))
    assert purchase_list.count_and_sum(dates) == (2, 11000)
    assert purchase_list.count_and_sum(flt(amount_min=20000, amount_max=22000))[0] == 3
    assert [r["items"] for r in purchase_list.rows(flt(item="面膜"))] == ["面膜"]
    assert [r["order_no"] for r in purchase_list.rows(flt(order_no="N01"))][-1] == "N010"


def test_voided_rows_shown_merge_into_the_pages_in_order(db):
    cid = customers.create({"name": "赵六"})
    made = [purchases.add(cid, 10 + i, at=f"2026-10-{1 + i // 2:02d} {9 + i % 2}:00")
            for i in range(23)]  # fmt: skip
    for pid in made[::4]:
        corrections.void(pid, "测试")
    everything = purchase_list.PurchaseFilter(show_voided=True)
    pages, after = [], None
    while page := purchase_list.rows(everything, 5, after):
        pages.append(page)
        after = (page[-1]["at"], page[-1]["id"])
    seen = [r["id"] for p in pages for r in p]
    assert seen == list(reversed(made)) and [len(p) for p in pages] == [5, 5, 5, 5, 3]
    voided = {r["id"] for p in pages for r in p if r["voided_at"] is not None}
    assert voided == set(made[::4])
    live = [r["id"] for r in purchase_list.rows(purchase_list.PurchaseFilter(), 100)]
    assert live == [p for p in reversed(made) if p not in voided]
    assert purchase_list.count_and_sum(everything)[0] == 23
