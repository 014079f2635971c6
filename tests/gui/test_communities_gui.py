"""The 社群 page: a community added through its dialog, members added by search and
leaving, the overflow offer, each write one undo step (undo and redo)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from models.communities import communities, members
from models.customers import customers
from tests.gui.helpers import type_text, when_modal
from ui.communities.dialogs import CommunityChooserDialog
from ui.sidebar import Sidebar


def _open(qtbot, window):
    window.sidebar.select(("page", Sidebar.COMMUNITIES))
    page = window.communities_page
    assert window.pages.currentWidget() is page
    return page


def _member_names(page):
    return [page.member_table.item(r, 0).text() for r in range(page.member_table.rowCount())]


def test_new_community_add_members_leave_and_undo(qtbot, window):
    page = _open(qtbot, window)
    assert page.table.rowCount() == 0
    a = customers.create({"name": "甲乙丙"})
    b = customers.create({"name": "甲乙丁"})

    def fill(dialog):
        type_text(dialog.name, "宝妈群")
        dialog.platform.setCurrentIndex(dialog.platform.findData("wecom_group"))
        dialog.accept()

    state = when_modal(qtbot, fill)
    new_id = page.new_community()
    assert state["done"] and "error" not in state
    row = communities.get(new_id)
    assert (row["name"], row["platform"], row["capacity"]) == ("宝妈群", "wecom_group", 200)
    assert page.table.rowCount() == 1 and page.table.item(0, 0).text() == "宝妈群"

    def pick(dialog):
        type_text(dialog.search, "甲乙")
        dialog.run_search()
        assert dialog.results.count() == 2
        dialog.results.item(1).setCheckState(Qt.Unchecked)
        dialog.role_box.setCurrentIndex(dialog.role_box.findData("backbone"))
        dialog.accept()

    state = when_modal(qtbot, pick)
    page.add_members()
    assert "error" not in state
    assert [m["role"] for m in members.members(new_id)] == ["backbone"]
    assert _member_names(page) == ["甲乙丙"]
    assert page.member_table.item(0, 1).text() == "Backbone"

    page.join(new_id, [b])
    assert _member_names(page) == ["甲乙丙", "甲乙丁"]
    page.member_table.selectRow(1)
    page.set_role("admin")
    assert [m["role"] for m in members.members(new_id)] == ["backbone", "admin"]
    window.undo_stack.undo()
    assert [m["role"] for m in members.members(new_id)] == ["backbone", "member"]
    page.member_table.selectRow(0)
    page.leave_selected()
    assert [m["customer_id"] for m in members.members(new_id)] == [b]
    assert [m["customer_id"] for m in members.members(new_id, left=True)] == [a]

    stack = window.undo_stack
    stack.undo()  # the leave
    assert len(members.members(new_id)) == 2 and _member_names(page) == ["甲乙丙", "甲乙丁"]
    stack.undo()  # b's join
    stack.undo()  # a's join
    assert members.members(new_id) == []
    stack.redo()
    assert [m["customer_id"] for m in members.members(new_id)] == [a]
    stack.undo()
    stack.undo()  # the community itself
    assert communities.list_communities() == [] and page.table.rowCount() == 0
    stack.redo()
    assert communities.get(new_id)["name"] == "宝妈群"


def test_archive_and_overflow_offer(qtbot, window):
    page = _open(qtbot, window)
    ids = [customers.create({"name": n}) for n in ("一", "二", "三")]
    cid = communities.create({"name": "小群", "capacity": 2})
    page.refresh()
    page.select(cid)

    def yes(dialog):
        dialog.button(QMessageBox.Yes).click()

    state = when_modal(qtbot, yes)
    result = page.join(cid, ids)
    assert state["done"] and result.overflow == [] and result.next_group_joined == [ids[2]]
    names = [r["name"] for r in communities.list_communities()]
    assert names == ["小群", "小群 2群"]
    window.undo_stack.undo()  # the join and the next group go together
    assert [r["name"] for r in communities.list_communities()] == ["小群"]
    assert members.members(cid) == []
    page.select(cid)
    page.archive_community()
    assert communities.get(cid)["archived"] and page.table.rowCount() == 0
    window.undo_stack.undo()
    assert not communities.get(cid)["archived"] and page.table.rowCount() == 1


def test_add_to_community_from_the_customer_list_and_the_card(qtbot, window):
    cid = communities.create({"name": "宝妈群"})
    page = window.customers_page
    page.table.selectRow(0)
    chosen = page.selected_ids()
    assert len(chosen) == 1
    dialog = CommunityChooserDialog(page)
    dialog.community.setCurrentIndex(dialog.community.findData(cid))
    dialog.role_box.setCurrentIndex(dialog.role_box.findData("admin"))
    assert page.add_to_community(dialog)
    assert [(m["customer_id"], m["role"]) for m in members.members(cid)] == [(chosen[0], "admin")]
    card = page.detail.card
    card.show_customer(customers.get(chosen[0]))
    assert not card.communities.isHidden() and "宝妈群 (Admin)" in card.communities.text()
    window.undo_stack.undo()
    assert members.members(cid) == []
