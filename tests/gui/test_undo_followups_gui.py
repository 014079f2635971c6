"""Ctrl+Z / Ctrl+Y in the window for follow-up, contact and tag writes (issue 24)."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from models import clock
from models.customers import customer_list, customers
from models.customers.customer_filter import CustomerFilter
from models.followups import followups, interactions
from models.storage import audit
from models.tags import tags
from tests.gui.helpers import press, type_text, when_modal

NOW = dt.datetime(2026, 11, 18, 10, 0)  # a Wednesday


@pytest.fixture
def now():
    clock.set_now(NOW)
    return NOW


@pytest.fixture
def planned(now, window):
    ids = [r["id"] for r in customer_list.page(CustomerFilter(), customer_list.Sort("id"), 5).rows]
    made = [
        followups.create(ids[0], dt.date(2026, 11, 18), subject="回访", every="1m"),
        followups.create(ids[1], "2026-11-18T15:00", subject="报价"),
    ]
    window.refresh_all()
    window.navigation.show_agenda("today")
    return ids, made


def agenda_ids(page):
    return [page.model.row_data(r).get("id") for r in range(page.model.rowCount())]


def test_complete_then_ctrl_z_opens_it_again_and_ctrl_y_completes_it(qtbot, now, window,
                                                                      planned):  # fmt: skip
    ids, made = planned
    page = window.followups_page
    stack = window.undo_stack
    page.select_rows([agenda_ids(page).index(made[0])])
    qtbot.mouseClick(page.buttons["complete"], Qt.LeftButton)
    from ui.followups.dialogs import CompleteDialog

    dialog = page.findChild(CompleteDialog)
    type_text(dialog.outcome, "客户满意")
    dialog.accept()
    assert followups.get(made[0])["status"] == "done"
    spawned = [r["id"] for r in followups.for_customer(ids[0]) if r["id"] != made[0]]
    assert len(spawned) == 1 and made[0] not in agenda_ids(page)
    assert stack.count() == 1 and window.act_undo.text() == "Undo Complete follow-up"

    press(qtbot, window, Qt.Key_Z, Qt.ControlModifier)
    assert followups.get(made[0])["status"] == "open"
    assert [r["id"] for r in followups.for_customer(ids[0])] == [made[0]]  # the repeat gone
    assert interactions.for_customer(ids[0]) == []
    assert made[0] in agenda_ids(page)  # the page shows it open again
    entry = audit.entries(limit=1)[0]
    assert (entry["action"], entry["target"]) == ("undo", "followup")

    press(qtbot, window, Qt.Key_Y, Qt.ControlModifier)
    assert followups.get(made[0])["status"] == "done"
    assert sorted(r["id"] for r in followups.for_customer(ids[0])) == sorted([made[0], *spawned])
    assert interactions.for_customer(ids[0])[0]["summary"] == "客户满意"
    assert made[0] not in agenda_ids(page)
    assert audit.entries(limit=1)[0]["action"] == "redo"


def test_bulk_reschedule_is_one_step_and_a_stale_undo_is_refused(qtbot, now, window, planned):
    ids, made = planned
    page = window.followups_page
    stack = window.undo_stack
    page.select_rows([agenda_ids(page).index(i) for i in made])
    assert page.reschedule_selected(dt.date(2026, 11, 30)) == 2
    assert stack.count() == 1
    assert stack.text(0) == "Reschedule follow-up (2 follow-ups)"
    window.act_undo.trigger()
    assert [followups.get(i)["due_at"] for i in made] == [
        dt.datetime(2026, 11, 18), dt.datetime(2026, 11, 18, 15, 0)]  # fmt: skip
    window.act_redo.trigger()
    assert {followups.get(i)["due_at"].date() for i in made} == {dt.date(2026, 11, 30)}
    # Completed elsewhere (the CLI) since: undo says so, changes nothing, leaves the stack.
    followups.complete(made[1], "电话里说好了")
    seen = {}

    def read(box):
        seen["text"] = box.text()
        box.accept()

    state = when_modal(qtbot, read)
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: state["done"], timeout=5000)
    assert "can no longer be undone" in seen["text"]
    assert followups.get(made[1])["status"] == "done"
    assert {followups.get(i)["due_at"].date() for i in made} == {dt.date(2026, 11, 30)}
    assert stack.count() == 0 and not window.act_undo.isEnabled()


def test_deleting_a_contact_on_the_card_is_undone(qtbot, now, window, planned):
    ids, _made = planned
    window.navigation.open_customer(ids[2])
    dialog = window.customers_page.detail.log_contact()  # the card's "+ 记录" menu
    type_text(dialog.summary, "发了资料")
    dialog.accept()
    [iid] = [r["id"] for r in interactions.for_customer(ids[2])]
    assert window.act_undo.text() == "Undo Log contact"
    timeline = window.customers_page.detail.timeline
    entry = next(timeline.item(i).data(Qt.UserRole + 1) for i in range(timeline.count())
                 if "发了资料" in timeline.item(i).text())  # fmt: skip
    # Edit it in the dialog the timeline's menu opens: one step, undone.
    menu = timeline.build_menu(entry)
    assert [a.text() for a in menu.actions()] == ["Edit contact…", "Delete contact"]
    dialog = timeline.edit_contact(entry["row"])
    assert dialog.summary.toPlainText() == "发了资料"
    dialog.summary.clear()
    type_text(dialog.summary, "发了报价单")
    dialog.accept()
    assert interactions.get(iid)["summary"] == "发了报价单"
    assert window.act_undo.text() == "Undo Edit contact"
    window.act_undo.trigger()
    assert interactions.get(iid)["summary"] == "发了资料"
    timeline = window.customers_page.detail.timeline
    menu = timeline.build_menu(entry)
    next(a for a in menu.actions() if a.text() == "Delete contact").trigger()
    assert interactions.for_customer(ids[2]) == []
    assert not any("发了资料" in t for t in window.customers_page.detail.timeline.texts())
    window.act_undo.trigger()
    assert [r["id"] for r in interactions.for_customer(ids[2])] == [iid]
    assert customers.get(ids[2])["last_contact_at"] == NOW
    assert any("发了资料" in t for t in window.customers_page.detail.timeline.texts())


def test_deleting_a_tag_is_undone_and_redone(qtbot, now, window):
    browser = window.customers_page.browser
    tag = max(tags.list_tags(), key=lambda t: tags.customers_with(t.id))
    holders = set(customer_list.matching_ids(CustomerFilter(tags=(tag.id,))))
    assert holders
    when_modal(qtbot, lambda box: box.button(QMessageBox.Yes).click())
    assert browser.delete_tag(tag.id)
    assert tags.find_tag(tag.name) is None
    assert window.undo_stack.count() == 1  # a step, not a cleared stack
    window.act_undo.trigger()
    assert tags.get_tag(tag.id).name == tag.name
    assert set(customer_list.matching_ids(CustomerFilter(tags=(tag.id,)))) == holders
    assert browser.model.tag_index(tag.id).isValid()
    window.act_redo.trigger()
    assert tags.find_tag(tag.name) is None
    assert not browser.model.tag_index(tag.id).isValid()
