"""The counter screen (收银台) driven by the keyboard only: one QKeyEvent per character
(Chinese included), Enter picks the member and records the sale, F5-F8 choose the
payment, Ctrl+C copies the receipt line, Esc clears for the next customer. A refusal
is said in red and writes nothing; the sale is one undo step (reversing entries)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QUndoStack

from models.customers import customers
from models.membership import cards, points, wallet
from models.membership.tables import PointsEntry, WalletEntry
from models.purchases.purchases import Purchase
from tests.gui.helpers import type_text
from tests.membership_helpers import all_checked, at


@pytest.fixture
def counter(qtbot, db):
    from ui.membership.page import MembersPage

    at(2026, 3, 8, 15)
    stack = QUndoStack()
    page = MembersPage(stack)
    page.stack = stack
    qtbot.addWidget(page)
    page.show()
    dialog = page.open_counter()
    qtbot.waitUntil(dialog.isVisible)
    dialog.page = page
    return dialog


def key(qtbot, widget, k, modifier=Qt.NoModifier):
    qtbot.keyClick(widget, k, modifier)


def _member(name, mobile, card, birthday=""):
    cid = customers.create({"name": name, "mobile": mobile, "birthday": birthday})
    cards.enroll(cid, card)
    return cid


def _find(counter, qtbot, text):
    counter.find.setFocus()
    type_text(counter.find, text)
    qtbot.waitUntil(lambda: counter.results.count() > 0)
    key(qtbot, counter.find, Qt.Key_Return)
    qtbot.waitUntil(lambda: counter.member is not None)


def test_a_sale_by_keyboard_only(counter, qtbot):
    cid = _member("王芳", "13812345678", "VIP1", birthday="1990-03-08")
    _member("王五", "13900000000", "VIP2")
    wallet.topup(cid, 20000, bonus_fen=0)
    points.adjust(cid, 1000, "开业赠送")
    counter.find.setFocus()
    type_text(counter.find, "王")
    qtbot.waitUntil(lambda: counter.results.count() == 2)
    key(qtbot, counter.find, Qt.Key_Down)  # the second match...
    key(qtbot, counter.find, Qt.Key_Up)  # ... and back to the first (newest): 王五
    assert counter.results.currentRow() == 0
    counter.find.clear()
    type_text(counter.find, "王芳")
    qtbot.waitUntil(lambda: counter.results.count() == 1)
    key(qtbot, counter.find, Qt.Key_Return)
    assert counter.member["customer_id"] == cid
    assert counter.name.text() == "王芳"
    assert counter.birthday.isVisible() and "王芳" in counter.birthday.text()
    assert counter.facts["balance"].text() == "¥200.00 (bonus ¥0.00)"
    assert counter.facts["points"].text() == "1,000 (can spend 1,000)"
    assert counter.amount.hasFocus()
    type_text(counter.amount, "128.5")
    key(qtbot, counter, Qt.Key_F8)  # stored value
    assert counter.payment.currentData() == "stored_value"
    counter.points.setFocus()
    type_text(counter.points, "500")
    assert counter.due.text().startswith("Due ¥123.50: stored value ¥123.50")
    key(qtbot, counter.points, Qt.Key_Return)
    assert counter.last is not None
    assert counter.receipt_line.text().startswith(
        "20260308-0001 王芳 ¥128.50 积分抵 ¥5.00 实付 储值 ¥123.50"
    )
    assert wallet.balance(cid).total_fen == 20000 - 12350
    assert points.balance(cid) == 1000 - 500 + 128
    assert counter.facts["balance"].text() == "¥76.50 (bonus ¥0.00)"  # shown after the sale
    key(qtbot, counter.amount, Qt.Key_C, Qt.ControlModifier)
    assert QGuiApplication.clipboard().text() == counter.receipt_line.text()
    key(qtbot, counter.amount, Qt.Key_Escape)
    assert counter.member is None and counter.find.hasFocus() and not counter.receipt_line.text()
    assert counter.isVisible()
    # one undo step: reversing entries, the purchase voided
    counter.page.stack.undo()
    assert wallet.balance(cid).total_fen == 20000 and points.balance(cid) == 1000
    all_checked()


def test_split_and_cash_by_keys(counter, qtbot):
    cid = _member("李雷", "13700001111", "VIP3")
    wallet.topup(cid, 3000, bonus_fen=0)
    _find(counter, qtbot, "VIP3")
    type_text(counter.amount, "80")
    key(qtbot, counter, Qt.Key_F6)  # WeChat, with 30 of it from stored value
    counter.stored.setFocus()
    type_text(counter.stored, "30")
    key(qtbot, counter.stored, Qt.Key_Return)
    assert "储值 ¥30.00 + 微信 ¥50.00" in counter.receipt_line.text()
    type_text(counter.amount, "20")
    key(qtbot, counter, Qt.Key_F5)
    key(qtbot, counter.amount, Qt.Key_Return)
    assert "实付 现金 ¥20.00" in counter.receipt_line.text()
    assert Purchase.select().count() == 2


def test_refusals_are_said_and_write_nothing(counter, qtbot):
    cid = _member("韩梅梅", "13600002222", "VIP4")
    wallet.topup(cid, 1000, bonus_fen=0)
    cards.report_lost("VIP4")
    _find(counter, qtbot, "13600002222")
    before = (Purchase.select().count(), WalletEntry.select().count(),
              PointsEntry.select().count())  # fmt: skip
    type_text(counter.amount, "5")
    key(qtbot, counter, Qt.Key_F8)
    key(qtbot, counter.amount, Qt.Key_Return)
    assert "reported lost" in counter.error.text()
    counter.amount.clear()
    type_text(counter.amount, "abc")
    key(qtbot, counter.amount, Qt.Key_Return)
    assert "amount" in counter.error.text()
    counter.amount.clear()
    type_text(counter.amount, "10")
    key(qtbot, counter, Qt.Key_F5)
    counter.points.setFocus()
    type_text(counter.points, "5")
    key(qtbot, counter.points, Qt.Key_Return)
    assert "Only 0 points can be redeemed" in counter.error.text()
    assert (Purchase.select().count(), WalletEntry.select().count(),
            PointsEntry.select().count()) == before  # fmt: skip
    assert counter.page.stack.count() == 0


def test_enter_without_a_member_and_esc_closes_an_empty_screen(counter, qtbot):
    type_text(counter.find, "nobody")
    key(qtbot, counter.find, Qt.Key_Return)
    assert "No member found" in counter.error.text()
    counter.record()
    assert "Find the member first" in counter.error.text()
    key(qtbot, counter.find, Qt.Key_Escape)  # clears
    assert counter.isVisible() and not counter.find.text()
    key(qtbot, counter.find, Qt.Key_Escape)  # an empty screen: closes
    assert not counter.isVisible()
