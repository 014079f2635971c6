"""Importing follow-ups through the window: File > Import follow-ups, the wizard walked
as a user (kind, mapping, preview, import), then undo from the import history, which
says which created customers it kept."""

import datetime as dt

import openpyxl

from models import clock
from models.customers import customers
from models.customers.record import Customer
from models.excel import importer
from models.followups import followups
from models.followups.followups import Followup
from ui import file_dialogs


def _xlsx(path, rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _menu_action(window, text):
    return next(a for a in window.menu_file.actions() if a.text() == text)


def test_followup_import_walked_through_the_wizard(qtbot, window, tmp_path, monkeypatch):
    known = customers.create({"name": "导入测试", "number": "ZX001", "mobile": "13911112222"})
    path = _xlsx(tmp_path / "跟进.xlsx", [
        ["客户编号", "下次跟进", "沟通途径", "内容", "跟进人"],
        ["ZX001", "2099-12-01 09:30", "微信", "问续卡", "张姐"],
        ["ZX404", "2099-12-02", "电话", "找不到", ""],  # unknown customer: an error row
    ])  # fmt: skip
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(path), ""))
    _menu_action(window, "Import follow-ups from Excel…").trigger()  # pick the kind
    wizard = window.imports.import_wizard
    qtbot.waitUntil(lambda: wizard is not None and wizard.isVisible())
    assert wizard.windowTitle() == "Import follow-ups"
    wizard.next()
    mapping = wizard.mapping_page
    assert mapping.mapping() == ["customer_number", "due", "", "note", "owner"]
    labels = [mapping.combos[2].itemText(i) for i in range(mapping.combos[2].count())]
    assert "Follow-up type" in labels and "Tags" not in labels
    mapping.set_target(2, "kind")  # "沟通途径" is no known word: the user maps it
    due = mapping.combos[1]
    due.setCurrentIndex(0)  # without a due column the kind refuses: the page says so
    assert "due date column" in mapping.warning.text() and not mapping.isComplete()
    mapping.set_target(1, "due")
    assert mapping.isComplete()
    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.full_plan is not None, timeout=10000)
    assert preview.summary.text().startswith("1 to add · 0 already recorded · 1 with errors")
    table = preview.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert table.item(0, 1).text() == f"New · customer #{known}"
    assert table.item(0, headers.index("Follow-up type")).text() == "WeChat"
    assert table.item(0, headers.index("Due")).text() == "1 Dec 2099 09:30"
    assert "No customer with this number" in table.item(1, 1).text()
    assert Followup.select().where(Followup.customer == known).count() == 0
    qtbot.waitUntil(preview.isComplete, timeout=10000)
    wizard.next()  # Import
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10000)
    text = wizard.result_page.text.text()
    assert text.startswith("1 added, 0 already recorded (skipped), 1 rows with errors."), text
    row = Followup.get(Followup.customer == known)
    assert (row.kind, row.note, row.owner, row.due_at) == (
        "wechat",
        "问续卡",
        "张姐",
        dt.datetime(2099, 12, 1, 9, 30),
    )
    dialog = window.imports.show_import_history()
    assert dialog.table.item(0, 2).text() == "Follow-ups"
    dialog.close()
    wizard.result_page.undo()
    assert wizard.result_page.text.text() == "Import undone: 1 records removed."
    assert Followup.select().where(Followup.customer == known).count() == 0
    wizard.close()


def test_history_undo_says_which_created_customers_it_kept(qtbot, window, tmp_path):
    path = _xlsx(tmp_path / "新客.xlsx", [["客户编号", "姓名"], ["ZN1", "新甲"], ["ZN2", "新乙"]])
    result = importer.run(importer.plan(importer.load(path)))
    kept = Customer.get(Customer.number == "ZN1").id
    clock.set_now(clock.now() + dt.timedelta(minutes=5))
    followups.create(kept, dt.date(2099, 1, 1), note="回访")
    dialog = window.imports.show_import_history()
    assert dialog.runs[0].id == result.import_id
    dialog.table.selectRow(0)
    assert dialog.undo_selected(confirm=False)
    message = dialog.message.text()
    assert message.startswith("Import undone: 1 customers removed, 0 restored."), message
    assert "1 customers it created were kept" in message and f"#{kept}" in message
    assert Customer.get_by_id(kept).deleted_at is None
    assert Customer.get_or_none(Customer.number == "ZN2") is None
    dialog.close()
