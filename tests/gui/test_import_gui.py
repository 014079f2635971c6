"""The import wizard, drag and drop, export and the import history, driven as a user."""

import csv

import openpyxl
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWizard

from models.customers import customer_list, customers
from models.customers.customer_filter import CustomerFilter
from models.customers.record import Customer
from models.excel import import_history
from tests.gui.helpers import type_text, when_modal
from ui import style


def _file(tmp_path, rows):
    book = openpyxl.Workbook()
    book.active.append(["客户名单（2024 年整理）"])
    book.active.append([])
    for row in rows:
        book.active.append(row)
    path = tmp_path / "名单.xlsx"
    book.save(path)
    return path


ROWS = [
    ["姓名", "电话", "邮箱", "内部代码", "标签"],
    ["新客甲", "139 0000 0001", "", "A1", "VIP、转介绍"],
    ["新客乙", "13900000002", "bad@", "A2", ""],  # bad email
    ["新客丙", "13900000001", "", "A3", ""],  # same mobile as 新客甲
]


def _wait_preview(qtbot, wizard):
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.full_plan is not None, timeout=10000)
    return page


def test_wizard_maps_previews_imports_reports_and_undoes(qtbot, window, tmp_path):
    before = Customer.select().count()
    wizard = window.imports.import_file(str(_file(tmp_path, ROWS)))
    qtbot.waitUntil(wizard.isVisible)
    page = wizard.file_page
    assert page.isComplete() and page.header_spin.value() == 3  # below the title rows
    assert page.raw.item(2, 0).text() == "姓名"
    wizard.next()
    mapping = wizard.mapping_page
    assert mapping.mapping() == ["name", "mobile", "email", "", "tags"]
    # The user sends 内部代码 to the customer number through its combo box.
    combo = mapping.combos[3]
    combo.setCurrentIndex(combo.findData("number"))
    assert mapping.mapping()[3] == "number"
    wizard.next()
    preview = _wait_preview(qtbot, wizard)
    assert preview.summary.text().startswith("1 new · 0 will update · 1 duplicates · 1 with errors")
    table = preview.table
    outcomes = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert outcomes[0] == "New" and outcomes[2] == "Same as row 4"
    assert "Email" in outcomes[1]
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    email_col = headers.index("Email")
    bad = table.item(1, email_col)
    assert bad.text() == "bad@" and "not a valid email" in bad.toolTip()
    assert bad.background().color().name() == style.IMPORT_ERROR_BACKGROUND
    # Creating duplicates anyway changes the counts before anything is written.
    qtbot.mouseClick(preview.modes["create"], Qt.LeftButton)
    _wait_preview(qtbot, wizard)
    qtbot.waitUntil(lambda: preview.summary.text().startswith("2 new"), timeout=10000)
    assert Customer.select().count() == before  # still nothing written
    wizard.next()  # Import
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10000)
    assert "2 customers created" in wizard.result_page.text.text()
    made = Customer.get(Customer.number == "A1")
    assert customers.get(made.id)["tags"] == ["VIP", "转介绍"]
    assert window.customers_page.model.total == before + 2
    report = tmp_path / "report.xlsx"
    assert wizard.result_page.save_report(str(report))
    rows = [[c.value for c in r] for r in openpyxl.load_workbook(report).active.iter_rows()]
    assert rows[0][-2:] == ["Reason", "Row"] and rows[1][0] == "新客乙"
    assert "Email" in rows[1][-2] and rows[1][-1] == 5
    qtbot.mouseClick(wizard.result_page.undo_button, Qt.LeftButton)
    assert "2 customers removed" in wizard.result_page.text.text()
    assert Customer.select().count() == before
    qtbot.waitUntil(lambda: window.customers_page.model.total == before, timeout=5000)
    wizard.button(QWizard.FinishButton).click()


def test_a_value_no_field_takes_is_a_warning_in_the_preview(qtbot, window, tmp_path):
    rows = [["姓名", "手机", "来源"], ["新客甲", "13900000011", "抖音"],
            ["新客乙", "13900000012", "官网"]]  # fmt: skip
    wizard = window.imports.import_file(str(_file(tmp_path, rows)))
    wizard.next()
    assert wizard.mapping_page.mapping() == ["name", "mobile", "source"]
    wizard.next()
    preview = _wait_preview(qtbot, wizard)
    summary = preview.summary.text()
    assert summary.startswith("2 new · 0 will update · 0 duplicates · 0 with errors")
    assert "⚠ Column “来源”, 1 of the rows to import (e.g. “抖音”):" in summary
    assert "kept in the notes" in summary
    table = preview.table
    assert [table.item(r, 1).text() for r in range(2)] == ["New", "New"]
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    cell = table.item(0, headers.index("Source"))
    assert cell.text() == "抖音"  # the original text, marked
    assert cell.background().color().name() == style.IMPORT_WARNING_BACKGROUND
    assert "kept in the notes" in cell.toolTip()
    assert table.item(1, headers.index("Source")).text() == "Website"
    wizard.next()  # Import
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10000)
    assert "2 customers created" in wizard.result_page.text.text()
    assert "Column “来源”" in wizard.result_page.text.text()
    made = Customer.get(Customer.name == "新客甲")
    assert (made.source, made.notes) == ("", "来源: 抖音")
    wizard.button(QWizard.FinishButton).click()
    # A text too long for its field reads as such (not as a sheet with too many rows).
    from models.excel.importer import Problem
    from ui.messages import warning_text

    long = warning_text(Problem("company", "too_long", "", {"limit": 200, "kept": "notes"}))
    assert long.startswith("Company: This text is too long. At most 200 characters.")


def test_stop_on_errors_blocks_the_import(qtbot, window, tmp_path):
    wizard = window.imports.import_file(str(_file(tmp_path, ROWS)))
    wizard.next()
    wizard.next()
    preview = _wait_preview(qtbot, wizard)
    assert preview.isComplete()
    qtbot.mouseClick(preview.errors["stop"], Qt.LeftButton)
    qtbot.waitUntil(
        lambda: preview.full_plan is not None and not preview.isComplete(), timeout=10000
    )
    assert "Nothing was imported" in preview.summary.text()
    assert not wizard.button(QWizard.CommitButton).isEnabled()
    wizard.reject()


def test_bad_file_gets_a_clear_message(qtbot, window, tmp_path):
    bad = tmp_path / "locked.xlsx"
    bad.write_bytes(b"PK\x03\x04broken")
    wizard = window.imports.import_file(str(bad))
    assert "damaged" in wizard.file_page.error_label.text()
    assert not wizard.file_page.isComplete()
    assert not wizard.button(QWizard.NextButton).isEnabled()
    wizard.reject()


def test_dropping_a_spreadsheet_on_the_window_starts_the_wizard(qtbot, window, tmp_path):
    path = _file(tmp_path, ROWS)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    # QApplication.sendEvent drops Drop events when no drag is running (offscreen), so
    # the event goes to the window's own event() as Qt's dispatch would send it.
    enter = QDragEnterEvent(QPoint(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    window.event(enter)
    assert enter.isAccepted()
    event = QDropEvent(QPoint(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    window.event(event)
    assert window.imports.import_wizard is not None
    assert window.imports.import_wizard.path == str(path)
    window.imports.import_wizard.reject()
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "photo.png"))])
    window.imports.import_wizard = None
    enter = QDragEnterEvent(QPoint(10, 10), Qt.CopyAction, other, Qt.LeftButton, Qt.NoModifier)
    enter.ignore()
    window.event(enter)
    assert not enter.isAccepted()
    window.event(QDropEvent(QPoint(10, 10), Qt.CopyAction, other, Qt.LeftButton, Qt.NoModifier))
    assert window.imports.import_wizard is None


def test_export_writes_the_list_as_shown(qtbot, window, tmp_path):
    page = window.customers_page
    type_text(page.search, "王")
    qtbot.waitUntil(lambda: page.model.filter.search == "王", timeout=5000)
    keys = page.visible_columns()
    out = tmp_path / "shown.csv"
    n = window.imports.export_customers(str(out), only_selected=False)
    assert n == page.model.matching == customer_list.count(CustomerFilter(search="王"))
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) == n + 1
    titles = {
        c.key: page.model.headerData(i, Qt.Horizontal) for i, c in enumerate(page.model.columns)
    }
    assert rows[0] == [titles[k] for k in keys]
    name_col = keys.index("name")
    shown = [page.model.row_data(r)["name"] for r in range(min(n, 50))]
    assert [r[name_col] for r in rows[1 : len(shown) + 1]] == shown
    page.table.selectRow(0)
    assert window.imports.export_customers(str(tmp_path / "one.xlsx"), only_selected=True) == 1


def test_export_dialog_then_history_undo(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    target = tmp_path / "via-dialog.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "*.xlsx"))

    def accept(dialog):
        assert dialog.objectName() == "export_dialog"
        dialog.mask.setChecked(True)
        dialog.accept()

    when_modal(qtbot, accept)
    n = window.imports.export_customers()
    assert n == window.customers_page.model.matching
    sheet = openpyxl.load_workbook(target).active
    header = [c.value for c in sheet[1]]
    mobile = header.index("Mobile / phone")
    assert "****" in sheet.cell(row=2, column=mobile + 1).value
    # Import it back (update mode through the engine), then undo from the history dialog.
    from models.excel import importer

    plan = importer.plan(importer.load(target), importer.Options(on_duplicate="update"))
    runs = len(import_history.list_runs())
    # the export is what the database holds: updating from it changes nothing, and a
    # run that changes nothing is not recorded
    assert importer.run(plan).import_id is None
    assert len(import_history.list_runs()) == runs
    book = openpyxl.Workbook()
    book.active.append(["姓名", "手机"])
    book.active.append(["撤销测试", "13912345678"])
    book.save(tmp_path / "one.xlsx")
    result = importer.run(importer.plan(importer.load(tmp_path / "one.xlsx")))
    dialog = window.imports.show_import_history()
    dialog.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    assert dialog.undo_selected()
    assert import_history.get_run(result.import_id).undone_at is not None
    assert dialog.table.item(0, 7).text() == "Undone"
    assert not dialog.undo_button.isEnabled()
    dialog.close()
