"""The events page: the check-in dialog finds a signed-up customer by pinyin initials
and checks them in with the big button (one undo step), a walk-in is offered for
someone not signed up and creates the customer, closing marks the no-shows, and the
sign-in sheet is written as a PDF holding the signed-up."""

from __future__ import annotations

import datetime as dt
import re
import zlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from models import clock
from models.communities import event_metrics, events, signups
from models.communities.tables import EventSignup
from models.customers import customers
from models.customers.record import Customer
from models.storage import audit
from tests.gui.helpers import type_text, when_modal
from ui.events.dialogs import CheckinDialog
from ui.events.sign_in_sheet import sheet_html, sheet_rows, write_pdf
from ui.sidebar import Sidebar

NOW = dt.datetime(2026, 11, 18, 10, 0)


@pytest.fixture
def event(db):
    clock.set_now(NOW)
    ids = [customers.create({"name": n, "mobile": m}) for n, m in
           (("欧阳娜娜", "13800000001"), ("黎明", "13800000002"))]  # fmt: skip
    eid = events.create({"title": "咖啡沙龙", "starts_at": "2026-11-18 14:00"})
    signups.signup(eid, ids)
    return eid, ids


def status(eid, cid):
    return EventSignup.get((EventSignup.event == eid) & (EventSignup.customer == cid)).status


def test_checkin_dialog_finds_by_pinyin_initials_and_checks_in(qtbot, event):
    eid, (nana, ming) = event
    dialog = CheckinDialog(None, eid)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    type_text(dialog.search, "oynn")
    assert dialog.list.count() == 1 and dialog.list.item(0).text().startswith("欧阳娜娜")
    assert "138****0001" in dialog.list.item(0).text()
    qtbot.mouseClick(dialog.button, Qt.LeftButton)
    assert status(eid, nana) == "attended" and status(eid, ming) == "signed"
    assert "欧阳娜娜" in dialog.status.text() and dialog.search.text() == ""
    type_text(dialog.search, "1380000000")  # a mobile finds both; the attended one is greyed
    assert dialog.list.count() == 2
    assert dialog.list.currentItem().data(Qt.UserRole + 1) == ming


def test_walk_in_is_offered_and_creates_the_customer(qtbot, event):
    eid, _ids = event
    dialog = CheckinDialog(None, eid)
    qtbot.addWidget(dialog)
    type_text(dialog.search, "诸葛亮")
    assert dialog.list.count() == 0

    def fill_in(walk_in):
        assert walk_in.objectName() == "WalkInDialog"
        assert walk_in.pick.currentData() is None  # nobody of that name: a new customer
        assert walk_in.name.text() == "诸葛亮"
        type_text(walk_in.mobile, "13900000009")
        walk_in.accept()

    state = when_modal(qtbot, fill_in)
    qtbot.mouseClick(dialog.button, Qt.LeftButton)  # nobody to check in: offers a walk-in
    assert state["done"] and "error" not in state
    created = Customer.get(Customer.name == "诸葛亮")
    assert created.mobile == "13900000009"
    row = EventSignup.get(EventSignup.customer == created.id)
    assert (row.status, row.walk_in) == ("attended", True)
    assert event_metrics.compute(eid)["walk_ins"] == 1


def test_page_check_in_close_and_undo(qtbot, window, event):
    eid, (nana, ming) = event
    window.sidebar.select(("page", Sidebar.EVENTS))
    page = window.events_page
    assert window.pages.currentWidget() is page
    page.refresh()
    assert page.event_id() == eid and page.signups.rowCount() == 2

    def door(dialog):
        type_text(dialog.search, "lm")
        qtbot.mouseClick(dialog.button, Qt.LeftButton)
        dialog.accept()

    state = when_modal(qtbot, door)
    page.check_in()
    assert state["done"] and "error" not in state
    assert status(eid, ming) == "attended" and window.undo_stack.count() == 1
    assert audit.entries(audit.AuditQuery(target="event"))[0]["action"] == "checkin"
    window.undo_stack.undo()
    assert status(eid, ming) == "signed"
    window.undo_stack.redo()
    assert status(eid, ming) == "attended"

    when_modal(qtbot, lambda box: box.button(QMessageBox.Yes).click())  # "End it?" Yes
    page.close_event()
    assert status(eid, nana) == "no_show" and events.get(eid)["status"] == "ended"
    assert "no-shows 1" in page.summary.text()
    window.undo_stack.undo()
    assert status(eid, nana) == "signed" and events.get(eid)["status"] == "planned"


def test_page_status_menu_and_cancelling_a_signup_move_the_waiting_list(qtbot, window, event):
    eid, (nana, ming) = event
    events.update(eid, {"capacity": 2})
    third = customers.create({"name": "王五"})
    signups.signup(eid, [third])  # waiting
    window.sidebar.select(("page", Sidebar.EVENTS))
    page = window.events_page
    page.refresh()
    page.status_actions["open"].trigger()
    assert events.get(eid)["status"] == "open"
    page.signups.selectRow(0)  # 欧阳娜娜
    page.act_cancel_signup.trigger()
    assert status(eid, nana) == "cancelled" and status(eid, third) == "signed"
    window.undo_stack.undo()
    assert status(eid, nana) == "signed" and status(eid, third) == "waiting"
    state = when_modal(qtbot, lambda box: box.button(QMessageBox.Yes).click())
    page.status_actions["cancelled"].trigger()
    assert state["done"] and events.get(eid)["status"] == "cancelled"
    state = when_modal(qtbot, lambda box: box.accept())  # the refusal, said in words
    page.status_actions["open"].trigger()
    assert state["done"] and events.get(eid)["status"] == "cancelled"


def _pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", data))


def test_sign_in_sheet_pdf_holds_the_names_masked(qtbot, event, tmp_path):
    eid, ids = event
    for i in range(60):  # enough for a second page
        signups.signup(eid, [customers.create({"name": f"Guest {i:02d}"})])
    rows = signups.listing(eid)
    html = sheet_html(events.get(eid), sheet_rows(rows))
    assert "欧阳娜娜" in html and "138****0001" in html and "13800000001" not in html
    path = tmp_path / "sheet.pdf"
    pages = write_pdf(str(path), events.get(eid), rows)
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and pages >= 2 and _pdf_pages(data) == pages
    # the text is drawn as glyph ids; the fonts' ToUnicode maps name the characters used
    maps = b"".join(t for t in _streams(data) if b"beginbfrange" in t)
    for ch in "欧阳娜娜黎明":
        assert f"<{ord(ch):04X}>".encode() in maps
    assert f"<{ord('诸'):04X}>".encode() not in maps  # not on the sheet: not in the file


def _streams(data: bytes):
    """Every stream's bytes, inflated when compressed."""
    for m in re.finditer(rb"<<[^>]*?/Length (\d+)[^>]*>>\s*stream\r?\n", data):
        raw = data[m.end() : m.end() + int(m.group(1))]
        try:
            yield zlib.decompress(raw)
        except zlib.error:
            yield raw


def test_a_members_check_in_earns_attendance_points_and_undo_takes_them_back(qtbot, event):
    from PySide6.QtGui import QUndoStack

    from models.membership import cards, check, points, settings
    from ui.events.undo import Recorder

    eid, (nana, ming) = event
    cards.enroll(nana)
    settings.update({"points_attendance": 30})
    stack = QUndoStack()
    dialog = CheckinDialog(None, eid, Recorder(stack, lambda _ids: None))
    qtbot.addWidget(dialog)
    type_text(dialog.search, "oynn")
    qtbot.mouseClick(dialog.button, Qt.LeftButton)
    assert points.balance(nana) == 30
    assert "+30 points" in dialog.status.text()
    type_text(dialog.search, "lm")  # not a member: checked in, no points said
    qtbot.mouseClick(dialog.button, Qt.LeftButton)
    assert "points" not in dialog.status.text()
    stack.undo()
    stack.undo()
    assert points.balance(nana) == 0 and status(eid, nana) == "signed"
    stack.redo()
    assert points.balance(nana) == 30 and status(eid, nana) == "attended"
    assert check.check_all().ok
