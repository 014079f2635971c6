"""The purchases page in the window: filters (payment, dates, customer), a refund of the
selected purchase and Ctrl+Z / Ctrl+Y, a void with its reason, the export of the
filtered list read back, the customer card's link and the dashboard's sales click."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt

from models import clock
from models.customers import customers
from models.purchases import purchases
from models.storage import audit
from tests.gui.helpers import press, type_text

NOW = dt.datetime(2026, 11, 18, 10, 0)


@pytest.fixture
def shop(db):
    clock.set_now(NOW)
    a = customers.create({"name": "张三", "number": "A1"})
    b = customers.create({"name": "李四"})
    ids = {
        "a_wechat": purchases.add(a, 100, at="2026-11-01 10:00", payment="wechat",
                                  order_no="W1", items=[{"description": "面膜",
                                                         "unit_price": 100}]),
        "a_cash": purchases.add(a, 50, at="2026-10-05 10:00", payment="cash"),
        "b_wechat": purchases.add(b, 80, at="2026-11-10 15:00", payment="wechat"),
        "b_cash": purchases.add(b, 20, at="2026-09-01 09:00", payment="cash"),
    }  # fmt: skip
    return a, b, ids


@pytest.fixture
def window(qtbot, shop):
    from desktop import settings as app_settings
    from desktop.main_window import MainWindow
    from ui.sidebar import Sidebar

    w = MainWindow(app_settings.open_settings())
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=3000)
    qtbot.waitUntil(w.notices.service.timer.isActive, timeout=10000)
    w.sidebar.select(("page", Sidebar.PURCHASES))
    qtbot.waitUntil(lambda: w.purchases_page._loaded, timeout=3000)
    return w


def listed(page) -> list[int]:
    return [page.model.row_data(r)["id"] for r in range(page.model.rowCount())]


def spend(cid: int) -> int:
    return customers.get(cid)["total_spend_cents"]


def test_the_page_filters_by_payment_date_and_customer(qtbot, window, shop):
    a, _b, ids = shop
    page = window.purchases_page
    assert window.pages.currentWidget() is page
    assert listed(page) == [ids["b_wechat"], ids["a_wechat"], ids["a_cash"], ids["b_cash"]]
    page.wait_for_counts()
    assert "4 purchases and refunds" in window.count_label.text()
    assert page.count_label.text() == "4 purchases and refunds · total ¥250.00"
    page.payment.setCurrentIndex(page.payment.findData("wechat"))
    assert listed(page) == [ids["b_wechat"], ids["a_wechat"]]
    page.date_from.setDate(QDate(2026, 11, 5))
    assert listed(page) == [ids["b_wechat"]]
    page.payment.setCurrentIndex(0)
    page.date_from.setDate(QDate(2026, 10, 1))
    page.date_to.setDate(QDate(2026, 11, 2))
    assert listed(page) == [ids["a_wechat"], ids["a_cash"]]
    page.wait_for_counts()
    assert (page.model.total, page.model.sum_cents) == (2, 15000)
    page.date_from.setDate(page.date_from.minimumDate())  # "any"
    page.date_to.setDate(page.date_to.minimumDate())
    type_text(page.customer, "张三")
    qtbot.waitUntil(lambda: listed(page) == [ids["a_wechat"], ids["a_cash"]], timeout=3000)
    page.customer.clear()
    type_text(page.amount_min, "abc")  # a bad bound is said and ignored
    qtbot.waitUntil(lambda: page.filter_error.isVisible(), timeout=3000)
    assert len(listed(page)) == 4
    page.amount_min.clear()
    page.item.setText("面膜")
    qtbot.waitUntil(lambda: listed(page) == [ids["a_wechat"]], timeout=3000)
    assert page.model.row_data(0)["items"] == "面膜"


def test_refund_from_the_page_then_ctrl_z_and_ctrl_y(qtbot, window, shop):
    a, _b, ids = shop
    page = window.purchases_page
    assert page.select_purchase(ids["a_wechat"])
    dialog = page.refund_current()
    assert dialog.amount.text() == "100.00"  # what is left, offered
    dialog.amount.setText("150")
    dialog.accept()  # more than is left: said, nothing written
    assert dialog.isVisible() and dialog.error.isVisible()
    assert spend(a) == 15000
    dialog.amount.setText("30")
    dialog.reason.setText("少发一件")
    dialog.accept()
    refund = dialog.purchase_id
    assert purchases.get(refund)["refund_of"] == ids["a_wechat"]
    assert spend(a) == 12000
    assert page.model.row_data(page.model.row_of(ids["a_wechat"]))["refunded_cents"] == 3000
    assert window.undo_stack.count() == 1
    press(qtbot, window, Qt.Key_Z, Qt.ControlModifier)
    assert purchases.get(refund)["voided_at"] is not None and spend(a) == 15000
    assert refund not in listed(page)
    press(qtbot, window, Qt.Key_Y, Qt.ControlModifier)
    assert purchases.get(refund)["voided_at"] is None and spend(a) == 12000
    actions = [e["action"] for e in audit.entries(audit.AuditQuery(target="purchase"))[:3]]
    assert actions == ["redo", "undo", "refund"]


def test_void_with_a_reason_and_undo(qtbot, window, shop):
    _a, b, ids = shop
    page = window.purchases_page
    page.select_purchase(ids["b_wechat"])
    dialog = page.void_current()
    dialog.accept()  # no reason: refused
    assert dialog.isVisible() and purchases.get(ids["b_wechat"])["voided_at"] is None
    type_text(dialog.reason, "重复录入")
    dialog.accept()
    assert spend(b) == 2000 and ids["b_wechat"] not in listed(page)
    page.show_voided.setChecked(True)
    row = page.model.row_data(page.model.row_of(ids["b_wechat"]))
    assert row["void_reason"] == "重复录入"
    assert not page.select_purchase(ids["b_wechat"]) or not page.buttons["refund"].isEnabled()
    press(qtbot, window, Qt.Key_Z, Qt.ControlModifier)
    assert purchases.get(ids["b_wechat"])["voided_at"] is None and spend(b) == 10000


def test_export_of_the_filtered_list(qtbot, window, shop, tmp_path):
    _a, _b, ids = shop
    page = window.purchases_page
    page.payment.setCurrentIndex(page.payment.findData("cash"))
    path = tmp_path / "p.xlsx"
    assert page.export(str(path)) == 2
    rows = list(openpyxl.load_workbook(path).active.values)
    cells = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    assert [c["No."] for c in cells] == [ids["a_cash"], ids["b_cash"]]
    assert [c["Amount"] for c in cells] == [50, 20]
    assert cells[0]["Paid by"] == "Cash" and cells[0]["Customer"] == "张三"
    assert cells[0]["Time"] == dt.datetime(2026, 10, 5, 10, 0)


def test_the_card_and_the_dashboard_open_the_page_filtered(qtbot, window, shop):
    a, _b, ids = shop
    from ui.sidebar import Sidebar

    window.sidebar.select(("page", Sidebar.CUSTOMERS))
    window.customers_page.select_customer(a)
    card = window.customers_page.detail.card
    qtbot.waitUntil(lambda: card.customer is not None and card.customer["id"] == a)
    card.purchases_link.click()
    page = window.purchases_page
    assert window.pages.currentWidget() is page
    assert listed(page) == [ids["a_wechat"], ids["a_cash"]]
    assert page.customer_chip.isVisible()
    window.dashboard_page.openPurchases.emit(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert window.pages.currentWidget() is page
    assert listed(page) == [ids["b_wechat"], ids["a_wechat"]]


def test_a_purchase_recorded_on_the_card_is_one_undo_step(qtbot, window, shop):
    a, _b, _ids = shop
    window.navigation.open_customer(a)
    panel = window.customers_page.detail
    dialog = panel.add_purchase()
    dialog.amount.setText("12")
    dialog.accept()
    new = dialog.purchase_id
    assert spend(a) == 16200 and window.undo_stack.count() == 1
    press(qtbot, window, Qt.Key_Z, Qt.ControlModifier)
    assert purchases.get(new)["voided_at"] is not None and spend(a) == 15000
    press(qtbot, window, Qt.Key_Y, Qt.ControlModifier)
    assert purchases.get(new)["voided_at"] is None and spend(a) == 16200


def test_the_table_model_passes_qt_s_model_testers(qtbot, qtmodeltester, db):
    from tests.gui.helpers import check_model
    from ui.purchases.table_model import PurchaseTableModel

    clock.set_now(NOW)
    cid = customers.create({"name": "钱七"})
    for i in range(450):  # three batches
        purchases.add(cid, 1 + i, at=NOW - dt.timedelta(hours=i))
    model = PurchaseTableModel()
    model.reload()
    assert model.rowCount() == 200 and model.canFetchMore()
    check_model(qtmodeltester, model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450 and len({r["id"] for r in model.rows}) == 450
