"""The Events page's sign-up import and attendance marking: a 报名表 imported through the
wizard opened by "Import sign-ups…" (preview, creating customers, the waiting list said
in the result, undo from the result page), and "Mark attendance…" ticked by keyboard
(arrows, space) in the printed sheet's order, closing the event, as one undo step."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt

from models import clock
from models.communities import communities, events, members, signups
from models.communities.tables import CommunityActivity, EventSignup
from models.customers import customers
from models.customers.record import Customer
from tests.gui.helpers import type_text, when_modal
from ui.events.attendance import AttendanceDialog
from ui.sidebar import Sidebar

NOW = dt.datetime(2026, 11, 18, 20, 0)


@pytest.fixture
def event(db):
    clock.set_now(NOW)
    ids = [customers.create({"name": n, "mobile": m}) for n, m in
           (("欧阳娜娜", "13811110001"), ("黎明", "13811110002"), ("周迅", "13811110003"))]  # fmt: skip
    eid = events.create({"title": "咖啡沙龙", "starts_at": "2026-11-18 14:00", "capacity": 3,
                         "status": "open"})  # fmt: skip
    return eid, ids


def status(eid, cid):
    return EventSignup.get((EventSignup.event == eid) & (EventSignup.customer == cid)).status


def _page(window, eid):
    window.sidebar.select(("page", Sidebar.EVENTS))
    page = window.events_page
    page.refresh()
    assert page.event_id() == eid
    return page


def test_import_signups_through_the_wizard_and_undo(qtbot, window, event, tmp_path):
    eid, (nana, ming, xun) = event
    signups.signup(eid, [xun])
    path = tmp_path / "报名表.xlsx"
    book = openpyxl.Workbook()
    for row in (
        ["序号", "提交答卷时间", "所用时间", "来源", "来自IP", "1、您的姓名", "2、您的手机号"],
        [1, "2026/11/10 20:13:45", "35秒", "微信", "1.2.3.4", "欧阳娜娜", "13811110001"],
        [2, "2026/11/10 21:00:00", "20秒", "微信", "1.2.3.5", "新朋友甲", "13611110008"],
        [3, "2026/11/11 09:00:00", "20秒", "微信", "1.2.3.6", "新朋友乙", "13611110009"],
    ):
        book.active.append(row)  # fmt: skip
    book.save(path)
    page = _page(window, eid)
    wizard = page.import_signups(str(path))
    qtbot.waitUntil(wizard.isVisible)
    assert wizard.windowTitle() == "Import sign-ups"
    wizard.next()
    assert [t for t in wizard.mapping_page.mapping() if t] == ["signed_at", "name", "mobile"]
    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.full_plan is not None, timeout=10000)
    assert preview.summary.text().startswith("1 to sign up · 0 to the waiting list"), (
        preview.summary.text())  # fmt: skip
    assert preview.table.item(0, 1).text() == f"Signs up · customer #{nana}"
    preview.unmatched["create"].click()
    qtbot.waitUntil(lambda: preview.full_plan is not None
                    and preview.full_plan.options.create_customers, timeout=10000)  # fmt: skip
    assert preview.table.item(1, 1).text() == "Signs up · new customer"
    qtbot.waitUntil(preview.isComplete, timeout=10000)
    wizard.next()  # Import
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10000)
    text = wizard.result_page.text.text()
    assert text.startswith("2 signed up (2 customers created), 0 signed up already, 0 skipped"
                           ), text  # fmt: skip
    assert "The event is full: 1 went on the waiting list." in text
    late = Customer.get(Customer.name == "新朋友乙")
    assert status(eid, late.id) == "waiting" and late.source == "event"
    assert page.signups.rowCount() == 4  # the page was refreshed
    wizard.result_page.undo()
    assert wizard.result_page.text.text().startswith(
        "Import undone: 3 sign-ups and 2 customers removed.")  # fmt: skip
    assert [s.customer_id for s in EventSignup.select()] == [xun]
    wizard.close()


def test_mark_attendance_by_keyboard_closes_the_event_in_one_undo_step(qtbot, window, event):
    eid, (nana, ming, xun) = event
    signups.signup(eid, [nana, ming, xun])
    signups.checkin(eid, xun)
    page = _page(window, eid)

    def tick(dialog):
        assert isinstance(dialog, AttendanceDialog)
        lst = dialog.list
        assert [lst.item(i).text() for i in range(3)] == [
            "1. 欧阳娜娜  138****0001", "2. 黎明  138****0002", "3. 周迅  138****0003"]  # fmt: skip
        assert lst.item(2).checkState() == Qt.Checked  # checked in already: fixed
        assert lst.hasFocus() or dialog.focusWidget() is lst
        qtbot.keyClick(lst, Qt.Key_Down)  # to 黎明
        qtbot.keyClick(lst, Qt.Key_Space)
        assert dialog.ticked() == [ming]
        qtbot.keyClick(lst, Qt.Key_Up)
        qtbot.keyClick(lst, Qt.Key_Space)
        qtbot.keyClick(lst, Qt.Key_Space)  # ticked and unticked again
        assert dialog.counted.text() == "Ticked: 1 of 3"
        assert dialog.close_box.isChecked()
        dialog.accept()

    state = when_modal(qtbot, tick)
    page.mark_attendance()
    assert state["done"] and "error" not in state
    assert [status(eid, c) for c in (nana, ming, xun)] == ["no_show", "attended", "attended"]
    assert events.get(eid)["status"] == "ended"
    row = EventSignup.get(EventSignup.customer == ming)
    assert row.checked_in_at == dt.datetime(2026, 11, 18, 14, 0)  # the event's time
    assert window.undo_stack.undoText() == "Mark attendance"
    window.undo_stack.undo()
    assert [status(eid, c) for c in (nana, ming, xun)] == ["signed", "signed", "attended"]
    assert events.get(eid)["status"] == "open"
    window.undo_stack.redo()
    assert events.get(eid)["status"] == "ended"
    state = when_modal(qtbot, lambda box: box.accept())  # ended: said, no dialog
    page.mark_attendance()
    assert state["done"] and events.get(eid)["status"] == "ended"


def test_nothing_ticked_without_closing_is_refused_in_place(qtbot, event):
    eid, (nana, ming, xun) = event
    signups.signup(eid, [nana])
    dialog = AttendanceDialog(None, eid)
    qtbot.addWidget(dialog)
    dialog.close_box.setChecked(False)
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog) and "Choose at least one" in dialog.error.text()
    assert status(eid, nana) == "signed" and dialog.result is None


def test_check_in_the_organiser_records_organise_and_undo_takes_it_back(qtbot, window, event):
    eid, (nana, ming, xun) = event
    cid = communities.create({"name": "咖啡群", "platform": "微信群"})
    members.join(cid, [nana, ming], joined_on=NOW.date())
    events.update(eid, {"community": cid})
    signups.signup(eid, [nana, ming])
    page = _page(window, eid)

    def door(dialog):
        assert dialog.organiser.isEnabled()
        dialog.organiser.setChecked(True)
        type_text(dialog.search, "oynn")
        qtbot.mouseClick(dialog.button, Qt.LeftButton)
        assert not dialog.organiser.isChecked()  # one organiser at a time
        type_text(dialog.search, "lm")
        qtbot.mouseClick(dialog.button, Qt.LeftButton)
        dialog.accept()

    state = when_modal(qtbot, door)
    page.check_in()
    assert state["done"] and "error" not in state
    got = {(a.customer_id, a.kind): a.count for a in CommunityActivity.select()}
    assert got == {(nana, "organise"): 1, (ming, "attend"): 1}
    window.undo_stack.undo()  # 黎明's check-in
    got = {(a.customer_id, a.kind): a.count for a in CommunityActivity.select()}
    assert got == {(nana, "organise"): 1} and status(eid, ming) == "signed"
    window.undo_stack.redo()
    assert CommunityActivity.select().count() == 2
