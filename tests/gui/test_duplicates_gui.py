"""The duplicates review from the customer list: groups found in a worker, the chosen
group side by side with counts, a tick choosing a field's value, Merge as an undo step
of the window (undo brings the customer back, redo merges again), Not a duplicate."""

from __future__ import annotations

from PySide6.QtCore import Qt

from models.customers import customer_list, customers, duplicates
from models.merging import merging


def _dupes():
    a = customers.create({"name": "王小明", "mobile": "13800001111", "city": "杭州"})
    b = customers.create({"name": "王晓明", "mobile": "13800001111", "company": "茶庄"})
    c = customers.create({"name": "章伟", "company": "西湖茶庄"})
    d = customers.create({"name": "张伟", "company": "西湖茶庄"})
    return a, b, c, d


def test_review_merges_and_the_window_undoes(qtbot, window):
    a, b, c, d = _dupes()
    page = window.customers_page
    total = page.model.total
    dialog = page.find_duplicates()
    qtbot.waitUntil(lambda: dialog.group_list.count() > 0, timeout=10000)
    groups = [set(g.ids) for g in dialog.groups]
    assert {a, b} in groups and {c, d} in groups
    dialog.group_list.setCurrentRow([set(g.ids) for g in dialog.groups].index({a, b}))
    assert dialog.table.columnCount() == 2
    labels = [dialog.table.verticalHeaderItem(r).text() for r in range(dialog.table.rowCount())]
    assert labels[-4:] == ["Follow-ups", "Purchases", "Complaints", "Tags"]
    keep = dialog.keep.currentData()
    other = ({a, b} - {keep}).pop()
    dialog.tick("name", other)
    row = labels.index("Name")
    ticked = [dialog.table.item(row, col).checkState() for col in range(2)]
    assert sorted(ticked, key=lambda s: s.value) == [Qt.Unchecked, Qt.Checked]
    assert dialog.choices()["name"] == other
    assert dialog.merge()
    other_name = customers.get(other)["name"]
    assert customers.get(keep)["name"] == other_name
    assert merging.survivor_of(other) == keep
    assert {a, b} not in [set(g.ids) for g in dialog.groups]
    qtbot.waitUntil(lambda: page.model.total == total + 3, timeout=5000)
    window.undo_stack.undo()
    assert merging.survivor_of(other) == other
    qtbot.waitUntil(lambda: page.model.total == total + 4, timeout=5000)
    window.undo_stack.redo()
    assert merging.survivor_of(other) == keep
    dialog.close()


def test_not_a_duplicate_from_the_review_and_merge_selected(qtbot, window):
    a, b, c, d = _dupes()
    page = window.customers_page
    dialog = page.find_duplicates()
    qtbot.waitUntil(lambda: dialog.group_list.count() > 0, timeout=10000)
    dialog.group_list.setCurrentRow([set(g.ids) for g in dialog.groups].index({c, d}))
    assert dialog.not_duplicate()
    assert {c, d} not in [set(g.ids) for g in duplicates.find("all")]
    window.undo_stack.undo()
    assert {c, d} in [set(g.ids) for g in duplicates.find("all")]
    dialog.close()
    # two members cannot be merged: a clear message, nothing written
    picked = page.merge_selected()
    assert picked is None  # nothing selected


def test_the_form_merges_a_new_record_into_the_existing_customer(qtbot, window):
    from PySide6.QtWidgets import QMessageBox

    from tests.gui.helpers import when_modal

    existing = customers.create({"name": "王小明", "mobile": "13800001111", "city": "杭州"})
    page = window.customers_page
    total = customer_list.total()

    def warning(box):
        assert isinstance(box, QMessageBox) and box.objectName() == "duplicate_warning"
        box.findChild(type(box.defaultButton()), "merge_into_existing").click()

    def form(dialog):
        dialog._edits["name"].setText("王晓明")
        dialog._edits["mobile"].setText("13800001111")
        dialog._edits["company"].setText("西湖茶庄")
        when_modal(qtbot, warning)
        dialog.accept()

    state = when_modal(qtbot, form)
    page.new_clicked()
    assert state["done"] and "error" not in state
    row = customers.get(existing)
    assert row["company"] == "西湖茶庄" and row["city"] == "杭州"
    new_id = max(c for c in range(existing, existing + 3) if merging.survivor_of(c) == existing)
    assert new_id != existing
    assert customer_list.total() == total  # the merged-away record is not listed
    window.undo_stack.undo()  # the save and the merge are one step
    assert merging.survivor_of(new_id) is None  # the new record is gone again
    assert customers.get(existing)["company"] == ""


def test_a_merge_is_undone_later_from_the_audit_log(qtbot, db):
    from ui.audit_dialog import AuditDialog

    keep = customers.create({"name": "王小明", "mobile": "13800001111"})
    other = customers.create({"name": "王晓明", "mobile": "13800001111"})
    merging.merge(keep, [other])
    dialog = AuditDialog()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() >= 3, timeout=5000)
    row = next(r for r in range(len(dialog.rows)) if dialog.merge_of_row(r) is not None)
    others = [r for r in range(len(dialog.rows)) if r != row]
    dialog.table.selectRow(others[0])
    assert not dialog.undo_merge_button.isEnabled()
    dialog.table.selectRow(row)
    assert dialog.undo_merge_button.isEnabled()
    assert dialog.undo_merge()
    assert merging.survivor_of(other) == other
