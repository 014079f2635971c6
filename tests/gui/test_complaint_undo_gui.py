"""A complaint step on the complaints page is one undo step (Ctrl+Z, Ctrl+Y), the
settings dialog's categories too, and the audit dialog says complaint entries in Chinese."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from models import clock
from models.complaints import complaint_list, complaints, vocabulary
from models.customers import customer_list
from models.customers.customer_filter import CustomerFilter
from models.storage import audit

NOW = dt.datetime(2026, 11, 18, 10, 0)


@pytest.fixture
def complaint_id(window):
    clock.set_now(NOW)
    cid = customer_list.page(CustomerFilter(), customer_list.Sort("id"), 1).rows[0]["id"]
    return complaints.create(cid, category="quality", description="衣服有破洞", owner="王芳")


@pytest.fixture
def page(qtbot, window, complaint_id):
    window.navigation.show_complaints()
    qtbot.waitUntil(lambda: window.complaints_page._loaded, timeout=3000)
    page = window.complaints_page
    assert page.select_complaint(complaint_id)
    return page


def status(complaint_id):
    return complaint_list.get(complaint_id)["status"]


def test_a_step_is_undone_with_ctrl_z_and_redone_with_ctrl_y(qtbot, window, page, complaint_id):
    history = len(complaint_list.events(complaint_id))
    dialog = page.take_step("respond")
    dialog.accept()
    assert not dialog.isVisible() and status(complaint_id) == "responded"
    assert window.undo_stack.count() == 1
    assert audit.entries(audit.AuditQuery(target="complaint"))[0]["action"] == "step"
    assert page.detail.row["status"] == "responded"
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert (
        status(complaint_id) == "new" and complaint_list.get(complaint_id)["responded_at"] is None
    )
    assert len(complaint_list.events(complaint_id)) == history
    assert page.detail.row["status"] == "new"  # the page shows it at once
    undone = audit.entries(audit.AuditQuery(action="undo"))
    assert [(e["target"], e["target_id"]) for e in undone] == [("complaint", complaint_id)]
    qtbot.keyClick(window, Qt.Key_Y, Qt.ControlModifier)
    assert status(complaint_id) == "responded"
    assert len(complaint_list.events(complaint_id)) == history + 1
    assert audit.entries(audit.AuditQuery(action="redo"))[0]["target"] == "complaint"


def test_a_refused_step_pushes_nothing_and_writes_no_entry(qtbot, window, page, complaint_id):
    # the complaint's entries only: the window's start-up backup may land meanwhile
    about_complaints = audit.AuditQuery(target="complaint")
    count = audit.count(about_complaints)
    dialog = page.take_step("reopen")  # not open to reopening: refused in place
    dialog.accept()
    assert dialog.isVisible() and dialog.error.isVisible()
    dialog.reject()
    assert status(complaint_id) == "new"
    assert window.undo_stack.count() == 0 and audit.count(about_complaints) == count


def test_delete_and_category_rename_are_undone(qtbot, window, page, complaint_id):
    assert page.delete_current(confirm=False)
    assert complaints.Complaint.get_or_none(complaints.Complaint.id == complaint_id) is None
    window.undo_stack.undo()
    assert status(complaint_id) == "new"
    dialog = page.edit_settings()
    dialog.categories.setCurrentRow(0)
    assert dialog.rename_category("质量问题")
    assert complaint_list.get(complaint_id)["category"] == "质量问题"
    dialog.reject()
    window.undo_stack.undo()
    assert complaint_list.get(complaint_id)["category"] == "quality"
    assert vocabulary.categories()[0] == "quality"


def test_the_audit_dialog_says_a_complaint_step_in_chinese(qtbot, window, complaint_id):
    from desktop import translations

    complaints.step(complaint_id, "respond", owner="李四")
    translations.apply("zh_CN")
    dialog = window.privacy.show_audit_log()
    dialog.kind.setCurrentIndex(dialog.kind.findData("complaint"))
    qtbot.waitUntil(lambda: not dialog.debounce.isActive() and not dialog.reader.busy()
                    and dialog.total == 2, timeout=10000)  # fmt: skip
    what, record, detail = (dialog.table.item(0, c).text() for c in (2, 3, 5))
    assert what == "处理步骤" and record == f"投诉 #{complaint_id}"
    assert detail.startswith("步骤：响应；状态：新建 → 已响应；负责人：王芳 → 李四"), detail
    assert "status" not in detail and "owner" not in detail
    assert dialog.kind.itemText(0) == "全部记录"
    dialog.reject()


def test_a_stay_in_touch_rule_is_one_undo_step(qtbot, window):
    from models.followups import stay_in_touch

    before = len(stay_in_touch.list_rules())
    dialog = window.followups_page.edit_rules()
    dialog.scope.setCurrentIndex(dialog.scope.findData("stage"))
    dialog.stage.setCurrentIndex(dialog.stage.findData("dormant"))
    dialog.days.setValue(45)
    assert dialog.add_rule()
    dialog.reject()
    assert len(stay_in_touch.list_rules()) == before + 1
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert len(stay_in_touch.list_rules()) == before
    window.undo_stack.redo()
    assert ("stage", "dormant", 45) in [
        (r.scope, r.target, r.every_days) for r in stay_in_touch.list_rules()
    ]


def test_details_in_words_and_older_entries_as_they_were():
    from desktop import translations
    from ui.audit_details import detail_text

    assert detail_text("Delete customers") == "Delete customers"  # an older entry
    assert detail_text("password set", "") == "password set"
    assert detail_text("张三, 李四, … (+12)", "customer") == "张三, 李四, … (+12)"
    assert detail_text("mobile: 138****0001 → 139****0002", "customer") == (
        "Mobile / phone: 138****0001 → 139****0002"
    )
    assert detail_text("stage: active → dormant (1,200)", "customer") == (
        "Lifecycle stage: Active → Dormant (1,200)"
    )
    assert detail_text("status: open → done", "followup") == "Status: Open → Done"
    assert detail_text("mystery: a → b") == "mystery: a → b"  # a code it does not know
    translations.apply("zh_CN")
    assert detail_text("rule: stage dormant; every_days: 30 → 60", "setting") == (
        "定期联系规则：阶段 沉睡客户；间隔（天）：30 → 60"
    )
    assert detail_text("category: quality → 质量问题", "setting") == "类别：产品质量 → 质量问题"


def test_a_complaint_with_a_new_customer_is_undone_whole(qtbot, window, page):
    from models.customers.record import Customer
    from tests.gui.helpers import type_text

    dialog = page.new_complaint()
    dialog.new_toggle.setChecked(True)
    type_text(dialog.new_name, "路人甲")
    type_text(dialog.description, "shoes broke")
    dialog.accept()
    assert not dialog.isVisible()
    made = complaint_list.get(dialog.complaint_id)
    assert made["customer_name"] == "路人甲"
    window.undo_stack.undo()
    assert complaints.Complaint.get_or_none(complaints.Complaint.id == made["id"]) is None
    assert Customer.get_or_none(Customer.id == made["customer_id"]) is None
    window.undo_stack.redo()
    assert complaint_list.get(made["id"])["customer_name"] == "路人甲"
    undone = audit.entries(audit.AuditQuery(action="undo", target="complaint"))[0]
    assert undone["detail"].startswith("customer: 路人甲; status: new → ")
