"""The import wizard's sheet picker, driven as a user: a workbook whose active sheet is
empty opens on the first sheet with data; any sheet can be picked from the combo (with
its rows, once read), an empty one says so and another can still be picked."""

import openpyxl
from PySide6.QtCore import Qt

from tests.gui.test_import_gui import _wait_preview


def _workbook(tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "说明"  # empty, and the active sheet when the file opens
    first = book.create_sheet("客户")
    for row in (["姓名", "手机"], ["甲一", "13900000011"], ["甲二", "13900000012"]):
        first.append(row)
    second = book.create_sheet("老客户")
    for row in (["姓名", "手机"], ["乙一", "13900000021"], ["乙二", "13900000022"],
                ["乙三", "13900000023"]):  # fmt: skip
        second.append(row)
    book.active = 0
    path = tmp_path / "三张表.xlsx"
    book.save(path)
    return path


def _pick(qtbot, combo, name):
    """Move through the combo with the arrow keys, as a user does, to `name`."""
    target = combo.findData(name)
    assert target >= 0, name
    while combo.currentIndex() != target:
        key = Qt.Key_Down if combo.currentIndex() < target else Qt.Key_Up
        qtbot.keyClick(combo, key)


def _column(table, col=0):
    return [table.item(r, col).text() for r in range(table.rowCount()) if table.item(r, col)]


def test_the_wizard_lets_the_user_pick_any_sheet(qtbot, window, tmp_path):
    wizard = window.imports.import_file(str(_workbook(tmp_path)))
    qtbot.waitUntil(wizard.isVisible)
    page = wizard.file_page
    combo = page.sheet_combo
    assert page.isComplete() and combo.currentData() == "客户"
    assert [combo.itemData(i) for i in range(combo.count())] == ["说明", "客户", "老客户"]
    assert combo.itemText(0) == "说明 (empty)" and combo.itemText(1) == "客户 (3 rows)"
    assert combo.itemText(2) == "老客户"  # not read yet: no count guessed
    assert _column(page.raw) == ["姓名", "甲一", "甲二"]

    _pick(qtbot, combo, "老客户")
    qtbot.waitUntil(lambda: _column(page.raw) == ["姓名", "乙一", "乙二", "乙三"])
    assert combo.currentData() == "老客户" and combo.itemText(2) == "老客户 (4 rows)"
    assert combo.itemText(1) == "客户 (3 rows)"  # counted before, still shown

    _pick(qtbot, combo, "说明")  # the empty sheet: said, and the others stay pickable
    qtbot.waitUntil(lambda: not page.isComplete())
    assert page.error_label.text() == "The sheet is empty: there is nothing to import."
    assert combo.count() == 3 and combo.currentData() == "说明"
    assert page.raw.rowCount() == 0

    _pick(qtbot, combo, "老客户")
    qtbot.waitUntil(page.isComplete)
    assert page.error_label.text() == ""
    wizard.next()
    assert wizard.mapping_page.mapping() == ["name", "mobile"]
    wizard.next()
    preview = _wait_preview(qtbot, wizard)
    names = [preview.table.item(r, 2).text() for r in range(preview.table.rowCount())]
    assert sorted(n for n in names if n.startswith(("甲", "乙"))) == ["乙一", "乙三", "乙二"]
    wizard.reject()
