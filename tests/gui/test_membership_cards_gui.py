"""The count-card, paid-membership and referral dialogs, driven as a user does (real
widgets, a real database file): sell, use and refund a count card with undo and redo
(reversing rows), refusals shown in the dialog with nothing written, paid membership
sold and renewed, "Introduced by" with its cycle refused, the referral tree; and the
customer's detail panel reaching them through its 会员 menu, its undo on Ctrl+Z."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from models import clock
from models.customers import customers
from models.membership import cards, check, count_cards, paid, referrals, wallet
from models.membership.tables import CountCardEntry
from tests.gui.helpers import press, type_text
from ui.membership.cards_dialogs import RefundCountCardDialog, SellCountCardDialog, UseVisitDialog
from ui.membership.cards_paid import RenewPaidDialog, SellPaidDialog
from ui.membership.referrals_dialogs import IntroducedByDialog, ReferralTreeDialog

NOW = dt.datetime(2026, 11, 18, 10, 0)


@pytest.fixture
def shop(db):
    clock.set_now(NOW)
    return [customers.create({"name": n}) for n in ("张三", "李四", "王五")]


@pytest.fixture
def host(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    return parent


def ok(dialog):
    dialog.buttons.button(QDialogButtonBox.Ok).click()


def test_sell_use_refund_with_undo_and_redo(qtbot, host, shop):
    zhang = shop[0]
    stack = QUndoStack()
    changed = []
    dialog = SellCountCardDialog(host, zhang, "张三")
    qtbot.addWidget(dialog)
    ok(dialog)  # no service: refused in the dialog, nothing written
    assert not dialog.error.isHidden() and "service" in dialog.error.text()
    assert count_cards.listing() == []
    type_text(dialog.service, "洗剪吹")
    dialog.visits.setValue(3)
    qtbot.keyClicks(dialog.price, "100")
    dialog.expires_on.setChecked(True)
    dialog.expires.setDate(QDate(2027, 6, 30))
    with qtbot.waitSignal(dialog.accepted):
        ok(dialog)
    card = count_cards.get(dialog.card_id)
    assert (card["service"], card["visits_left"], card["price_fen"], card["expires_on"]) == (
        "洗剪吹", 3, 10000, dt.date(2027, 6, 30))  # fmt: skip
    stack.push(dialog.make_step(changed.append, None))

    use = UseVisitDialog(host, zhang, "张三")
    qtbot.addWidget(use)
    assert use.card.count() == 1 and "3 of 3 left" in use.card.currentText()
    with qtbot.waitSignal(use.accepted):
        ok(use)
    stack.push(use.make_step(changed.append, None))
    assert count_cards.get(card["id"])["visits_left"] == 2

    refund = RefundCountCardDialog(host, zhang, "张三")
    qtbot.addWidget(refund)
    assert "¥66.66" in refund.quote.text()  # 100.00 x 2 / 3, rounded down
    with qtbot.waitSignal(refund.accepted):
        ok(refund)
    stack.push(refund.make_step(changed.append, None))
    assert count_cards.get(card["id"])["status"] == "refunded"

    stack.undo()  # the refund reversed
    assert count_cards.get(card["id"])["visits_left"] == 2
    stack.undo()  # the visit
    assert count_cards.get(card["id"])["visits_left"] == 3
    stack.undo()  # the sale: the card cancelled, kept
    assert count_cards.get(card["id"])["status"] == "cancelled"
    stack.redo()  # sold anew: a new card
    assert [c["status"] for c in count_cards.listing(zhang)] == ["cancelled", "active"]
    kinds = [e.kind for e in CountCardEntry.select().order_by(CountCardEntry.id)]
    assert kinds == ["sell", "use", "refund", "reverse", "reverse", "reverse", "sell"]
    assert changed and check.check_count_cards().ok


def test_refusals_stay_in_the_dialog(qtbot, host, shop):
    zhang, li = shop[:2]
    cards.enroll(zhang, "VIP1")
    cid = count_cards.sell(zhang, "按摩", 2, 100)
    cards.report_lost("VIP1")
    use = UseVisitDialog(host, zhang, "张三", count_card_id=cid)
    qtbot.addWidget(use)
    ok(use)
    assert "lost" in use.error.text() and not use.error.isHidden()
    assert count_cards.get(cid)["visits_left"] == 2
    sell = SellCountCardDialog(host, li, "李四")
    qtbot.addWidget(sell)
    sell.service.setText("洗")
    sell.price.setText("10")
    sell.pay.setCurrentIndex(sell.pay.findData("wallet"))
    ok(sell)
    assert "not a member" in sell.error.text()
    sell.price.setText("1.234")
    sell.pay.setCurrentIndex(0)
    ok(sell)
    assert "two decimals" in sell.error.text()
    assert count_cards.listing(li) == []
    nothing = UseVisitDialog(host, li, "李四")
    qtbot.addWidget(nothing)
    assert not nothing.buttons.button(QDialogButtonBox.Ok).isEnabled()
    assert not nothing.none.isHidden()


def test_paid_membership_sell_and_renew(qtbot, host, shop):
    zhang = shop[0]
    stack = QUndoStack()
    sell = SellPaidDialog(host, zhang, "张三")
    qtbot.addWidget(sell)
    type_text(sell.plan, "年卡会员")
    sell.fee.setText("365")
    assert sell.span.text() == "18 Nov 2026 to 17 Nov 2027"
    with qtbot.waitSignal(sell.accepted):
        ok(sell)
    stack.push(sell.make_step(lambda ids: None))
    again = SellPaidDialog(host, zhang, "张三")
    qtbot.addWidget(again)
    again.fee.setText("365")
    ok(again)
    assert "renew it instead" in again.error.text()
    renew = RenewPaidDialog(host, zhang, "张三")
    qtbot.addWidget(renew)
    assert "年卡会员" in renew.now.text() and renew.fee.text() == "365.00"
    assert renew.span.text() == "18 Nov 2027 to 17 Nov 2028"
    with qtbot.waitSignal(renew.accepted):
        ok(renew)
    stack.push(renew.make_step(lambda ids: None))
    assert paid.paid_until(zhang) == dt.date(2028, 11, 17)
    stack.undo()  # the renewal cancelled
    assert paid.paid_until(zhang) == dt.date(2027, 11, 17)
    stack.redo()
    assert paid.paid_until(zhang) == dt.date(2028, 11, 17)


def test_introduced_by_and_the_tree(qtbot, host, shop):
    zhang, li, wang = shop
    referrals.set_introducer(li, zhang)
    referrals.set_introducer(wang, li)
    dialog = IntroducedByDialog(host, zhang, "张三")
    qtbot.addWidget(dialog)
    assert dialog.now.text() == "Nobody recorded yet."
    qtbot.keyClicks(dialog.picker.search, "ww")  # 王五 by pinyin initials
    dialog.picker.refresh()
    assert dialog.picker.choice.currentText().startswith("王五")
    ok(dialog)  # 张三 brought 李四 who brought 王五: a cycle
    assert "cycle" in dialog.error.text()
    assert referrals.introducer_of(zhang) is None
    tree = ReferralTreeDialog(host, zhang)
    qtbot.addWidget(tree)
    top = tree.tree.topLevelItem(0)
    assert top.text(0) == "张三" and top.child(0).text(0) == "李四"
    assert top.child(0).child(0).text(0) == "王五"
    assert "Brought 1 directly" in tree.counts.text() and "2 at all levels" in tree.counts.text()


def test_the_detail_panel_reaches_them_and_ctrl_z_undoes(qtbot, shop):
    from desktop import settings as app_settings
    from desktop.main_window import MainWindow
    from ui.sidebar import Sidebar

    zhang, li = shop[:2]
    referrals.set_introducer(li, zhang)
    cards.enroll(zhang, "VIP1")
    wallet.topup(zhang, 50000)
    w = MainWindow(app_settings.open_settings())
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=3000)
    qtbot.waitUntil(w.notices.service.timer.isActive, timeout=10000)
    w.sidebar.select(("page", Sidebar.CUSTOMERS))
    page = w.customers_page
    panel = page.detail
    panel.show_customer(customers.get(zhang))
    assert panel.card.referrals.link.text() == "brought 1"
    panel.show_customer(customers.get(li))
    assert panel.card.referrals.link.text() == "Introduced by 张三"
    panel.show_customer(customers.get(zhang))
    menu = panel.member_menu
    dialog = menu.open_dialog(SellCountCardDialog)
    dialog.service.setText("洗剪吹")
    dialog.price.setText("200")
    dialog.pay.setCurrentIndex(dialog.pay.findData("wallet"))
    with qtbot.waitSignal(dialog.accepted):
        ok(dialog)
    assert wallet.balance(zhang).total_fen == 30000
    assert w.undo_stack.count() >= 1
    press(qtbot, w, Qt.Key_Z, Qt.ControlModifier)
    qtbot.waitUntil(lambda: wallet.balance(zhang).total_fen == 50000, timeout=3000)
    assert count_cards.listing(zhang)[0]["status"] == "cancelled"
    tree = menu.open_dialog(None)
    qtbot.addWidget(tree)
    assert tree.tree.topLevelItem(0).child(0).text(0) == "李四"
