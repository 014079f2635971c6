"""The window's staff list and lead pool (issue 28): the Team dialog, the owner pickers'
refusal, the Leads page's assign / put back / reclaim, each undone and redone."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from models import clock
from models.customers import customers
from models.leads import assignment, pool
from models.storage import audit
from models.team import staff

MONDAY = dt.datetime(2026, 11, 16, 10, 0)


def no_boxes(monkeypatch) -> list[str]:
    said = []
    for kind in ("warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *a, **k: said.append(text))
    return said


def test_team_dialog_add_rename_deactivate_with_undo(qtbot, db, monkeypatch):
    from ui.team.team_dialog import TeamDialog

    said = no_boxes(monkeypatch)
    stack = QUndoStack()
    dialog = TeamDialog(None, stack)
    qtbot.addWidget(dialog)
    assert dialog.add("王芳") and dialog.add("李雷")
    assert [r["name"] for r in dialog.rows] == sorted(["王芳", "李雷"])
    assert not dialog.add(" 王芳 ") and "already" in said[-1]  # refused, said, nothing written
    assert stack.count() == 2
    cid = customers.create({"name": "张三", "owner": "王芳"})
    dialog.select_name("王芳")
    assert dialog.rename("王芳芳")
    assert customers.get(cid)["owner"] == "王芳芳"
    stack.undo()
    assert customers.get(cid)["owner"] == "王芳" and staff.find("王芳") is not None
    stack.redo()
    assert customers.get(cid)["owner"] == "王芳芳"
    dialog.select_name("李雷")
    assert dialog.active_button.text() == "Deactivate"
    assert dialog.toggle_active()
    assert staff.names() == ["王芳芳"] and dialog.active_button.text() == "Activate"
    stack.undo()
    assert "李雷" in staff.names()
    while stack.canUndo():
        stack.undo()  # the adds undone: off the list (王芳 owns 张三: refused, said)
    assert staff.find("李雷") is None and staff.find("王芳") is not None
    assert any("undone" in s for s in said)
    assert {"undo", "redo"} <= {
        e["action"] for e in audit.entries(audit.AuditQuery(target="staff"))
    }


def test_owner_picker_refuses_unknown_and_inactive(qtbot, db):
    from ui.customers.edit_dialog import CustomerDialog
    from ui.team.owner_picker import OwnerPicker

    staff.add("王芳")
    staff.add("老张")
    cid = customers.create({"name": "张三", "owner": "老张"})
    staff.set_active("老张", False)
    dialog = CustomerDialog(None, customers.get(cid))
    qtbot.addWidget(dialog)
    picker = dialog._edits["owner"]
    assert isinstance(picker, OwnerPicker)
    assert [picker.itemText(i) for i in range(picker.count())] == ["", "王芳", "老张"]
    assert picker.problem() == ""  # a former owner kept unchanged is fine
    picker.setCurrentText("路人甲")
    dialog.accept()
    assert dialog.result() == 0 and "staff list" in dialog._errors["owner"].text()
    picker.setCurrentText("老张 ")
    assert picker.problem() == ""
    new = CustomerDialog(None, None)
    qtbot.addWidget(new)
    new._edits["name"].setText("李四")
    new._edits["owner"].setCurrentText("老张")  # a new owner must be active
    new.accept()
    assert new.result() == 0 and "no longer active" in new._errors["owner"].text()
    new._edits["owner"].setCurrentText("王芳")
    new.accept()
    assert new._errors["owner"].text() == ""


def test_followup_dialog_refuses_a_bad_owner(qtbot, db):
    from ui.followups.dialogs import FollowupDialog

    staff.add("王芳")
    cid = customers.create({"name": "张三"})
    dialog = FollowupDialog(None, customer_id=cid)
    qtbot.addWidget(dialog)
    dialog.owner.setCurrentText("路人甲")
    dialog.accept()
    assert "staff list" in dialog.error.text()


def test_leads_page_assign_put_back_reclaim_with_undo(qtbot, db, monkeypatch):
    from ui.leads.page import COLUMNS, POOL, LeadsPage

    said = no_boxes(monkeypatch)
    clock.set_now(MONDAY)
    for name in ("王芳", "李雷"):
        staff.add(name)
    ids = [customers.create({"name": f"线索{i}", "stage": "lead"}) for i in range(4)]
    assignment.add_rule("轮流", "round_robin", ["王芳", "李雷"])
    stack = QUndoStack()
    page = LeadsPage(stack)
    qtbot.addWidget(page)
    assert page.view.currentData() == POOL and len(page.rows) == 4
    assert not page.table.isColumnHidden(COLUMNS.index("lead_grade"))
    page.table.selectRow(0)
    page.staff_pick.setCurrentText("李雷")
    assert page.assign_selected()
    assert customers.get(ids[0])["owner"] == "李雷" and len(page.rows) == 3
    stack.undo()
    assert customers.get(ids[0])["owner"] == "" and len(page.rows) == 4
    stack.redo()
    assert customers.get(ids[0])["owner"] == "李雷"
    assert page.assign_by_rule() == 3
    assert pool.count(pool.LeadQuery(pool=True)) == 0
    stack.undo()
    assert pool.count(pool.LeadQuery(pool=True)) == 3 and assignment.rules()[0]["pointer"] == 0
    stack.redo()
    page.view.setCurrentIndex(page.view.findData("王芳"))
    assert {r["owner"] for r in page.rows} == {"王芳"}
    page.table.selectAll()
    assert page.put_back_selected()
    assert pool.count(pool.LeadQuery(owner="王芳")) == 0
    stack.undo()
    assert pool.count(pool.LeadQuery(owner="王芳")) == 2
    clock.set_now(dt.datetime(2026, 11, 22, 9, 0))
    page.refresh()
    assert "tomorrow" in page.notice.text()
    assert page.reclaim_now() == 0 and said[-1] == "No lead is overdue."
    clock.set_now(dt.datetime(2026, 11, 23, 9, 0))
    assert page.reclaim_now() == 4
    assert pool.count(pool.LeadQuery(pool=True)) == 4
    stack.undo()
    assert pool.count(pool.LeadQuery(pool=True)) == 0
    staff.set_active("李雷", False)
    page.reload_choices()
    page.view.setCurrentIndex(page.view.findData("王芳"))
    page.table.selectRow(0)
    assert not page.assign_selected("李雷") and "no longer active" in said[-1]


def test_window_has_the_leads_page_and_the_team_menu(qtbot, window):
    from ui.sidebar import Sidebar

    window.sidebar.select(("page", Sidebar.LEADS))
    assert window.pages.currentWidget() is window.leads_page
    dialog = window.show_team()
    qtbot.addWidget(dialog)
    assert {r["name"] for r in dialog.rows} >= {"李娜", "王强"}  # the demo's owners
    dialog.reject()


def test_start_up_reclaims_and_warns(qtbot, db):
    from desktop.reminder_service import ReminderService

    clock.set_now(MONDAY)
    staff.add("王芳")
    ids = [customers.create({"name": f"线索{i}", "stage": "lead"}) for i in range(3)]
    assignment.assign_by_hand("王芳", ids[:2])
    clock.set_now(MONDAY + dt.timedelta(days=1))
    assignment.assign_by_hand("王芳", ids[2:])
    clock.set_now(dt.datetime(2026, 11, 23, 8, 0))  # ids[:2] due, ids[2] tomorrow
    service = ReminderService()
    summary = service.start()
    service.stop()
    assert summary["leads_reclaimed"] == 2 and summary["leads_tomorrow"] == 1
    assert pool.count(pool.LeadQuery(pool=True)) == 2


def test_an_empty_pool_says_what_it_is_for_and_how_it_fills(qtbot, db):
    from ui.leads.page import LeadsPage

    page = LeadsPage(QUndoStack())
    qtbot.addWidget(page)
    page.show()
    assert page.empty.isVisible() and page.empty.title.text() == "The pool (公海) is empty"
    assert "stage Lead without an owner" in page.empty.hint.text()
    customers.create({"name": "新线索", "stage": "lead"})
    page.refresh()
    assert page.table.rowCount() == 1 and not page.empty.isVisible()
    staff.add("王芳")
    page.reload_choices()
    page.view.setCurrentIndex(page.view.findData("王芳"))
    assert page.empty.isVisible() and page.empty.title.text() == "王芳 has no leads"
    assert "by a rule" in page.empty.hint.text()
