"""The 会员 page (ui/membership/page.py): the list and its search, each action's dialog
with its refusal said in the dialog (nothing written), undo as a reversing entry and
redo as the movement anew, the statement (PDF, Excel), the reports; the sidebar entry."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from models.customers import customers
from models.membership import cards, points, settings, wallet
from models.membership.tables import PointsEntry, WalletEntry
from tests.gui.helpers import type_text
from tests.membership_helpers import all_checked, at, member


@pytest.fixture
def page(qtbot, db):
    from ui.membership.page import MembersPage

    at(2026, 6, 1, 10)
    settings.update({"bonus_tiers": [[100000, 10000]]})
    stack = QUndoStack()
    p = MembersPage(stack)
    p.stack = stack
    qtbot.addWidget(p)
    return p


def _pick(page, qtbot, text):
    page.search.setText(text)
    page.reload()
    page.wait_for_counts()
    assert page.current() is not None
    return page.current()


def test_list_and_search(page, qtbot):
    member("张三", "VIP1")
    member("李四", "VIP2")
    page.show()
    page.reload()
    page.wait_for_counts()
    qtbot.waitUntil(lambda: page.count_label.text() == "2 members")
    assert [r["name"] for r in page.model.rows] == ["李四", "张三"]
    page.search.clear()
    type_text(page.search, "张")
    qtbot.waitUntil(lambda: [r["name"] for r in page.model.rows] == ["张三"])
    assert page.model.data(page.model.index(0, 0)) == "VIP1"


def test_topup_previews_the_bonus_and_undo_reverses_it(page, qtbot):
    cid = member("王芳", "VIP3")
    _pick(page, qtbot, "VIP3")
    dialog = page.run("topup")
    type_text(dialog.amount, "1000")
    assert dialog.preview.text() == "¥1,000.00 paid in, ¥100.00 bonus: ¥1,100.00 on the card"
    dialog.accept()
    assert wallet.balance(cid) == wallet.Split(100000, 10000)
    assert page.current()["balance_fen"] == 110000
    page.stack.undo()  # a reversing entry, not a deletion
    assert wallet.balance(cid) == wallet.Split(0, 0)
    assert [e.kind for e in WalletEntry.select().order_by(WalletEntry.id)] == ["topup", "reverse"]
    page.stack.redo()  # the top-up anew
    assert wallet.balance(cid) == wallet.Split(100000, 10000)
    all_checked()


def test_bad_input_is_said_in_the_dialog_and_nothing_written(page, qtbot):
    cid = member("赵六", "VIP4")
    wallet.topup(cid, 5000, bonus_fen=0)
    _pick(page, qtbot, "VIP4")
    before = WalletEntry.select().count(), PointsEntry.select().count()
    for key, field, text, said in (
        ("topup", "amount", "abc", "Enter an amount of money"),
        ("pay", "amount", "50.01", "The balance is only 50.00 yuan"),
        ("refund", "amount", "60", "Only 50.00 yuan of unspent principal"),
        ("adjust", "points", "100", "reason"),
        ("redeem", "points", "10", "Only 0 points can be redeemed"),
    ):
        dialog = page.run(key)
        type_text(getattr(dialog, field), text)
        dialog.accept()
        assert dialog.isVisible() or dialog.result() == 0
        assert not dialog.error.isHidden(), key
        assert said.lower() in dialog.error.text().lower(), (key, dialog.error.text())
        dialog.close()
    assert (WalletEntry.select().count(), PointsEntry.select().count()) == before
    assert page.stack.count() == 0


def test_points_adjust_and_redeem_undo(page, qtbot):
    cid = member("周九", "VIP5")
    _pick(page, qtbot, "VIP5")
    dialog = page.run("adjust")
    type_text(dialog.points, "300")
    type_text(dialog.reason, "开业赠送")
    dialog.accept()
    dialog = page.run("redeem")
    type_text(dialog.points, "100")
    dialog.accept()
    assert points.balance(cid) == 200
    page.stack.undo()
    assert points.balance(cid) == 300
    page.stack.undo()
    assert points.balance(cid) == 0
    all_checked()


def test_card_lost_replace_and_transfer(page, qtbot):
    cid = member("吴十", "VIP6")
    wallet.topup(cid, 20000, bonus_fen=0)
    _pick(page, qtbot, "VIP6")
    dialog = page.run("lost")
    dialog.accept()
    assert cards.find_card("VIP6").status == "lost"
    assert page.current()["status"] == "lost"
    page.stack.undo()
    assert cards.find_card("VIP6").status == "active"
    dialog = page.run("replace")
    type_text(dialog.new_card, "VIP7")
    dialog.accept()
    assert cards.find_card("VIP7").principal_fen == 20000
    cards.enroll(cid, "VIP8")
    page.reload()
    dialog = page.run("transfer")
    dialog.source.setCurrentIndex(dialog.source.findData("VIP7"))
    dialog.target.setCurrentIndex(dialog.target.findData("VIP8"))
    type_text(dialog.amount, "50")
    dialog.accept()
    assert wallet.balance(cid, "VIP8") == wallet.Split(5000, 0)
    page.stack.undo()
    assert wallet.balance(cid, "VIP8") == wallet.Split(0, 0)
    all_checked()


def test_enrol_a_customer(page, qtbot):
    cid = customers.create({"name": "郑一", "mobile": "13800001111"})
    dialog = page.run("enroll")
    type_text(dialog.picker.search, "郑一")
    dialog.picker.refresh()
    type_text(dialog.card, "NEW1")
    dialog.accept()
    assert cards.find_customer_by_card("NEW1") == cid
    assert page.current()["name"] == "郑一"
    dialog = page.run("enroll")
    type_text(dialog.picker.search, "郑一")
    dialog.picker.refresh()
    type_text(dialog.card, "NEW1")
    dialog.accept()
    assert "in use" in dialog.error.text()


def test_statement_shown_printed_and_exported(page, qtbot, tmp_path):
    cid = member("冯二", "VIP9")
    wallet.topup(cid, 100000)
    at(2026, 6, 2, 11)
    wallet.pay(cid, 5500)
    _pick(page, qtbot, "VIP9")
    dialog = page.run("statement")
    table = dialog.table
    assert table.rowCount() == 4  # opening, top-up, payment, closing
    assert table.item(0, 1).text() == "Opening balance"
    assert table.item(3, 1).text() == "Closing balance"
    assert table.item(3, 6).text() == "¥1,045.00"
    assert "closing ¥1,045.00" in dialog.summary.text()
    pdf = dialog.save_pdf(str(tmp_path / "s.pdf"))
    assert Path(pdf).read_bytes()[:4] == b"%PDF"
    rows = dialog.export(str(tmp_path / "s.xlsx"))
    assert rows == 4
    sheet = openpyxl.load_workbook(tmp_path / "s.xlsx").active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][:3] == ["Time", "Movement", "Card"]
    assert values[-1][1] == "Closing balance" and values[-1][6] == 1045
    dialog.kind.setCurrentIndex(1)  # points: 1000 earned? none: opening and closing only
    assert dialog.table.rowCount() == 2
    dialog.close()


def test_reports_reconcile_the_day(page, qtbot):
    cid = member("陈三", "VIP10")
    wallet.topup(cid, 100000)
    wallet.pay(cid, 1100)
    dialog = page.run("reports")
    assert dialog.difference.text() == "Difference 0: the day balances."
    texts = [dialog.day_table.item(r, 0).text() for r in range(dialog.day_table.rowCount())]
    assert texts == ["Opening liability", "Top-up", "Payment", "Closing liability", "Difference"]
    assert dialog.day_table.item(3, 3).text() == "¥1,089.00"
    assert "¥1,089.00 on 1 cards" in dialog.liability.text()
    dialog.close()


def test_sidebar_shows_the_members_page(window, qtbot):
    from ui.sidebar import Sidebar

    row = window.sidebar.row_of(("page", Sidebar.MEMBERS))
    assert window.sidebar.item(row).text() == "Members"
    window.sidebar.setCurrentRow(row)
    assert window.pages.currentWidget() is window.members_page


def _said(page) -> str:
    """The text of the page's last message box (then closed)."""
    boxes = page.findChildren(QMessageBox, "member_error")
    assert boxes
    text = boxes[-1].text()
    for box in boxes:
        box.close()
        box.setObjectName("")
    return text


def test_undo_of_an_enrolment(page, qtbot):
    """Undo removes the card and the member the enrolment made; redo enrols again with
    the same number; once the card has a movement, undo is refused and says why."""
    from models.membership.tables import Member, MemberCard

    cid = customers.create({"name": "钱二"})
    dialog = page.run("enroll")
    type_text(dialog.picker.search, "钱二")
    dialog.picker.refresh()
    dialog.accept()  # an auto number
    number = dialog.token
    assert cards.find_customer_by_card(number) == cid
    page.stack.undo()
    assert cards.find_customer_by_card(number) is None
    assert not Member.select().where(Member.customer_id == cid).exists()
    page.stack.redo()  # the same number again
    assert cards.find_customer_by_card(number) == cid
    wallet.topup(cid, 5000)  # a movement since
    page.stack.undo()
    assert "cannot be undone" in _said(page)
    assert MemberCard.select().where(MemberCard.card_no == number).exists()
    assert page.stack.count() == 0  # the refused step left the stack
    all_checked()


def test_undo_of_an_enrolment_says_why_it_is_refused(page, qtbot):
    cid = customers.create({"name": "孙三"})
    dialog = page.run("enroll")
    type_text(dialog.picker.search, "孙三")
    dialog.picker.refresh()
    type_text(dialog.card, "E1")
    dialog.accept()
    points.adjust(cid, 10, "开卡礼")  # the member has points since
    page.stack.undo()
    assert _said(page) == "Card E1 has movements since: it cannot be undone."
    assert cards.find_customer_by_card("E1") == cid
    all_checked()


def test_undo_of_a_card_replacement(page, qtbot):
    """Undo reverses the transfer pair (the ledger keeps all four rows), gives the old
    card its status (挂失) back and stops the new one; redo takes the same new card."""
    cid = member("冯四", "OLD1")
    wallet.topup(cid, 30000, bonus_fen=2000)
    cards.report_lost("OLD1", "丢了")
    _pick(page, qtbot, "OLD1")
    dialog = page.run("replace")
    dialog.accept()  # an auto number
    new = dialog.token
    assert cards.find_card(new).principal_fen == 30000
    page.stack.undo()
    old = cards.find_card("OLD1")
    assert (old.status, old.status_reason, old.replaced_by_id) == ("lost", "丢了", None)
    assert (old.principal_fen, old.bonus_fen) == (30000, 2000)
    assert cards.find_card(new).status == "disabled" and cards.find_card(new).principal_fen == 0
    kinds = [e.kind for e in WalletEntry.select().order_by(WalletEntry.id)]
    assert kinds == ["topup", "transfer_out", "transfer_in", "reverse", "reverse"]
    page.stack.redo()
    assert cards.find_card("OLD1").status == "replaced"
    assert cards.find_card(new).status == "active"
    assert wallet.balance(cid, new) == wallet.Split(30000, 2000)
    page.stack.undo()  # again: the later transfer pair reversed
    assert cards.find_card("OLD1").principal_fen == 30000
    page.stack.redo()
    wallet.pay(cid, 100, card_no=new)  # the new card used since: undo refused
    page.stack.undo()
    assert new in _said(page)
    assert cards.find_card(new).status == "active"
    all_checked()


def test_enrolment_earns_register_points_and_its_undo_takes_them_back(page, qtbot):
    settings.update({"points_task_register": 100})
    cid = customers.create({"name": "周五"})
    dialog = page.run("enroll")
    type_text(dialog.picker.search, "周五")
    dialog.picker.refresh()
    type_text(dialog.card, "R1")
    dialog.accept()
    assert points.balance(cid) == 100
    assert page.current()["points"] == 100
    page.stack.undo()
    assert cards.find_customer_by_card("R1") is None
    kinds = [r.kind for r in PointsEntry.select().where(PointsEntry.customer_id == cid)]
    assert kinds == ["earn", "reverse"]  # the ledger kept both
    page.stack.redo()
    assert points.balance(cid) == 100
    all_checked()


def test_a_review_earns_its_points_from_the_row_menu_and_undo_reverses(page, qtbot):
    cid = member("吴六", "VIP7")
    _pick(page, qtbot, "VIP7")
    page.review_action.trigger()  # no points set: said, nothing written
    box = page.findChild(QMessageBox, "member_error")
    assert box is not None and "No points are set" in box.text()
    box.close()
    assert points.balance(cid) == 0
    settings.update({"points_task_review": 20})
    page.review_action.trigger()
    assert points.balance(cid) == 20
    assert page.current()["points"] == 20
    page.review_action.trigger()  # once: refused
    assert points.balance(cid) == 20
    page.stack.undo()
    assert points.balance(cid) == 0
    page.stack.redo()
    assert points.balance(cid) == 20
    all_checked()
