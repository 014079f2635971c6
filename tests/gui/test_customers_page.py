from pypinyin import lazy_pinyin
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from models.customers import customer_list, customers
from models.customers.customer_list import CustomerFilter
from tests.gui.helpers import press, type_text, when_modal


def test_typing_chinese_in_the_search_box_filters_the_table(qtbot, window):
    page = window.customers_page
    expected = customer_list.count(CustomerFilter(search="张"))
    assert 0 < expected < 600
    page.search.setFocus()
    type_text(page.search, "张")
    qtbot.waitUntil(lambda: page.model.rowCount() == expected, timeout=3000)
    names = [
        page.model.index(r, [c.key for c in page.model.columns].index("name")).data()
        for r in range(expected)
    ]
    assert all("张" in n for n in names)
    assert window.count_label.text() == f"{expected} of 600 customers (filtered)"
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 600, timeout=3000)


def test_pinyin_and_digits_search_through_the_box(qtbot, window):
    page = window.customers_page
    qtbot.keyClicks(page.search, "zhang")
    qtbot.waitUntil(lambda: page.model.filter.search == "zhang", timeout=3000)
    assert page.model.rowCount() == customer_list.count(CustomerFilter(search="张"))


def test_clicking_a_header_sorts_in_sql(qtbot, window):
    page = window.customers_page
    keys = [c.key for c in page.model.columns]
    header = page.table.horizontalHeader()
    section = keys.index("city")
    page.set_column_visible(section, True)  # hidden at first
    x = header.sectionViewportPosition(section) + 5
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(x, 5))
    assert page.model.sort_spec.key == "city"
    cities = [page.model.row_data(r)["city"] for r in range(600)]
    named = [c for c in cities if c]  # in pinyin order (北京 before 上海), blanks last
    assert [lazy_pinyin(c) for c in named] == sorted(lazy_pinyin(c) for c in named)
    assert not any(cities[len(named) :])


def fill_and_save(dialog, values, qtbot):
    for key, text in values.items():
        edit = dialog.tag_editor.input if key == "tags" else dialog._edits[key]
        edit.clear()
        edit.setFocus()
        type_text(edit, text)
    dialog.buttons.button(QDialogButtonBox.Save).click()


def test_add_customer_through_the_dialog_then_undo_and_redo(qtbot, window):
    page = window.customers_page
    state = when_modal(
        qtbot,
        lambda d: fill_and_save(
            d, {"name": "欧阳明", "mobile": "139 0000 1111", "tags": "VIP，新客"}, qtbot
        ),
    )
    qtbot.mouseClick(page.buttons["new"], Qt.LeftButton)
    assert state["done"]
    cid = customer_list.page(CustomerFilter(search="欧阳明"), customer_list.Sort("id"), 5).rows[0][
        "id"
    ]
    c = customers.get(cid)
    assert (c["mobile"], sorted(c["tags"])) == ("13900001111", ["VIP", "新客"])
    assert page.model.total == 601
    assert page.detail.title.text() == "欧阳明"  # the new customer is selected
    press(qtbot, window, Qt.Key_Z, Qt.ControlModifier)
    assert customer_list.total() == 600 and page.model.total == 600
    press(qtbot, window, Qt.Key_Y, Qt.ControlModifier)
    assert customers.get(cid)["name"] == "欧阳明"
    press(
        qtbot, window, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier
    )  # redo again: nothing left
    assert customer_list.total() == 601


def test_bad_mobile_and_email_are_refused_in_place(qtbot, window):
    page = window.customers_page
    seen = {}

    def check(dialog):
        fill_and_save(dialog, {"name": "测试", "mobile": "12345", "email": "bad@"}, qtbot)
        seen["visible"] = dialog.isVisible()
        seen["mobile"] = dialog.error_text("mobile")
        seen["email"] = dialog.error_text("email")
        dialog.reject()

    when_modal(qtbot, check)
    page.new_clicked()
    assert seen["visible"] is True  # Save did not close the dialog
    assert "area code" in seen["mobile"]
    assert "email" in seen["email"]
    assert customer_list.total() == 600  # nothing written


def test_duplicate_mobile_warns_and_can_open_the_existing_customer(qtbot, window):
    page = window.customers_page
    existing = customers.create({"name": "老客户", "mobile": "13711112222"})
    page.refresh()

    def answer_warning(box):
        assert isinstance(box, QMessageBox) and "老客户" in box.text()
        open_button = [b for b in box.buttons() if b.text() == "Open existing customer"][0]
        open_button.click()

    def dialog_step(dialog):
        when_modal(qtbot, answer_warning)
        fill_and_save(dialog, {"name": "新客户", "mobile": "137-1111-2222"}, qtbot)

    when_modal(qtbot, dialog_step)
    page.new_clicked()
    assert customer_list.total() == 601  # nothing added
    assert page.current_id() == existing


def test_edit_changes_the_customer_and_undo_restores_it(qtbot, window):
    page = window.customers_page
    page.table.selectRow(0)
    cid = page.current_id()
    old = customers.get(cid)["name"]
    when_modal(qtbot, lambda d: fill_and_save(d, {"name": "改名了"}, qtbot))
    page.edit_clicked()
    assert customers.get(cid)["name"] == "改名了"
    assert page.detail.title.text() == "改名了"
    window.undo_stack.undo()
    assert customers.get(cid)["name"] == old


def test_delete_goes_to_the_bin_restore_and_purge(qtbot, window):
    page, bin_page = window.customers_page, window.bin_page
    page.table.selectRow(0)
    cid = page.current_id()
    qtbot.mouseClick(page.buttons["delete"], Qt.LeftButton)
    assert page.model.total == 599 and bin_page.model.total == 1
    assert "(1)" in window.sidebar.item(window.sidebar.row_of(("page", 1))).text()
    window.undo_stack.undo()
    assert customers.get(cid)["deleted_at"] is None and bin_page.model.total == 0
    window.undo_stack.redo()
    window.sidebar.setCurrentRow(window.sidebar.row_of(("page", 1)))
    bin_page.table.selectRow(0)
    assert bin_page.current_id() == cid
    qtbot.mouseClick(bin_page.buttons["restore"], Qt.LeftButton)
    assert customers.get(cid)["deleted_at"] is None and page.model.total == 600
    customers.move_to_bin([cid])
    window.refresh_all()
    bin_page.table.selectRow(0)
    when_modal(qtbot, lambda box: box.button(QMessageBox.Yes).click())
    bin_page.purge_clicked()
    assert customer_list.total(in_bin=True) == 0
    assert window.undo_stack.count() == 0
    assert customer_list.total() == 599


def test_cancelled_purge_keeps_the_customer(qtbot, window):
    cid = window.customers_page.model.customer_id(0)
    customers.move_to_bin([cid])
    window.refresh_all()
    window.bin_page.table.selectRow(0)
    when_modal(qtbot, lambda box: box.button(QMessageBox.Cancel).click())
    window.bin_page.purge_clicked()
    assert customers.get(cid)["deleted_at"] is not None


def test_columns_can_be_hidden_and_are_remembered(qtbot, window):
    from desktop import settings as app_settings
    from desktop.main_window import MainWindow

    page = window.customers_page
    keys = [c.key for c in page.model.columns]
    page.set_column_visible(keys.index("company"), False)
    header = page.table.horizontalHeader()
    header.moveSection(header.visualIndex(keys.index("city")), 0)
    page.save_columns()
    window.close()
    again = MainWindow(app_settings.open_settings())
    qtbot.addWidget(again)
    h2 = again.customers_page.table.horizontalHeader()
    assert h2.isSectionHidden(keys.index("company"))
    assert h2.logicalIndex(0) == keys.index("city")


def test_switching_language_retranslates_the_window(qtbot, window):
    window.set_language("zh_CN")
    from desktop import settings as app_settings

    assert app_settings.language(window.settings) == "zh_CN"  # remembered
    qtbot.waitUntil(
        lambda: window.sidebar.item(window.sidebar.row_of(("page", 0))).text() == "客户",
        timeout=3000,
    )
    assert window.menu_file.title() == "文件(&F)"
    assert window.customers_page.buttons["new"].text() == "新建客户"
    keys = [c.key for c in window.customers_page.model.columns]
    assert (
        window.customers_page.model.headerData(keys.index("mobile"), Qt.Horizontal) == "手机/电话"
    )
    assert window.customers_page.detail.primary.text() in ("编辑", "恢复")
    from PySide6.QtWidgets import QDialogButtonBox as Box

    assert Box(Box.Save).button(Box.Save).text() == "保存"  # Qt's own words in Chinese too
    window.set_language("en")
    qtbot.waitUntil(
        lambda: window.sidebar.item(window.sidebar.row_of(("page", 0))).text() == "Customers",
        timeout=3000,
    )


def test_unexpected_error_is_logged_and_shown(qtbot, guanjia_home):
    from desktop.app import ErrorReporter, setup_logging

    log_path = setup_logging()
    reporter = ErrorReporter(log_path)
    shown = {}

    def close(dialog):
        shown["report"] = dialog.report.toPlainText()
        dialog.reject()

    when_modal(qtbot, close)
    try:
        raise ValueError("boom")
    except ValueError as exc:
        reporter.excepthook(type(exc), exc, exc.__traceback__)
    assert "ValueError: boom" in shown["report"]
    with open(log_path, encoding="utf-8") as fh:
        assert "ValueError: boom" in fh.read()
    assert QApplication.instance() is not None


def test_an_edit_that_completes_a_members_profile_earns_and_undo_takes_back(qtbot, window):
    from models.membership import cards, check, points, settings

    page = window.customers_page
    page.table.selectRow(0)
    cid = page.current_id()
    customers.update(cid, {"mobile": "", "gender": "female", "birthday": "1990-05-01"})
    cards.enroll(cid)
    settings.update({"points_task_profile": 50})
    when_modal(qtbot, lambda d: fill_and_save(d, {"mobile": "13912345678"}, qtbot))
    page.edit_clicked()
    assert points.balance(cid) == 50  # 完善资料
    window.undo_stack.undo()
    assert points.balance(cid) == 0 and customers.get(cid)["mobile"] == ""
    window.undo_stack.redo()
    assert points.balance(cid) == 50 and customers.get(cid)["mobile"] == "13912345678"
    assert check.check_all().ok
