"""The tag browser, chips, bulk tagging, the tag editor and saved views, driven as a user."""

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from models.customers import customer_list, customers
from models.customers.customer_filter import CustomerFilter
from models.tags import saved_views, tags
from tests.gui.helpers import check_model, press, type_text, when_modal
from ui.tags.chips import TagsRole
from ui.tags.tree_model import TagTreeModel


def _tag_id(name):
    return tags.find_tag(name).id


def _click_tag(qtbot, page, name):
    index = page.browser.model.tag_index(_tag_id(name))
    page.browser.tree.scrollTo(index)  # as a user scrolls to a tag below the fold
    rect = page.browser.tree.visualRect(index)
    qtbot.mouseClick(page.browser.tree.viewport(), Qt.LeftButton, pos=rect.center())


def _wait_counts(qtbot, page):
    qtbot.waitUntil(lambda: not page._counts.busy(), timeout=5000)


def test_tree_model_passes_qtmodeltester(qtmodeltester, demo_db):
    full = TagTreeModel()
    full.set_counts(customer_list.tag_counts())
    full.set_states([_tag_id("VIP")], [_tag_id("回访")])
    check_model(qtmodeltester, full)
    model = TagTreeModel()
    model.set_filter_text("gxf")  # pinyin initials of 高消费
    check_model(qtmodeltester, model)
    assert model.rowCount() == 1
    group = model.index(0, 0)
    assert [model.index(r, 0, group).data() for r in range(model.rowCount(group))] == ["高消费"]
    assert model.rowCount(model.index(0, 1)) == 0  # only column 0 has children
    assert model.parent(QModelIndex()) == QModelIndex()
    # The tester stays connected: a filter change, new counts and a reload are checked.
    model.set_filter_text("")
    model.set_counts(customer_list.tag_counts())
    tags.create_tag("新标签")
    model.reload()
    assert model.tag_index(_tag_id("新标签")).isValid()


def test_browser_shows_groups_tags_and_counts(qtbot, window):
    page = window.customers_page
    _wait_counts(qtbot, page)
    model = page.browser.model
    groups = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert groups == tags.DEFAULT_GROUPS
    vip = model.tag_index(_tag_id("VIP"))
    expected = customer_list.count(CustomerFilter(tags=(_tag_id("VIP"),)))
    assert model.index(vip.row(), 1, vip.parent()).data() == str(expected)
    # Typing in the little box filters the tree, by pinyin too.
    type_text(page.browser.filter_edit, "huif")
    assert model.rowCount() == 1 and model.index(0, 0).data() == "其他"
    assert model.index(0, 0, model.index(0, 0)).data() == "回访"
    page.browser.filter_edit.clear()
    assert model.rowCount() == 6


def test_clicking_tags_filters_with_chips_and_combines_with_search(qtbot, window):
    page = window.customers_page
    vip, back = _tag_id("VIP"), _tag_id("回访")
    _click_tag(qtbot, page, "VIP")
    assert page.filter.tags == (vip,)
    assert page.model.rowCount() == customer_list.count(CustomerFilter(tags=(vip,)))
    assert page.filter_bar.isVisible() and vip in page.filter_bar.chips
    assert page.browser.model.state(vip) == "include"
    _click_tag(qtbot, page, "回访")
    _click_tag(qtbot, page, "回访")  # second click: excluded
    assert page.filter.not_tags == (back,)
    flt = CustomerFilter(tags=(vip,), not_tags=(back,))
    assert page.model.rowCount() == customer_list.count(flt)
    type_text(page.search, "张")
    qtbot.waitUntil(lambda: page.filter.search == "张", timeout=3000)
    assert page.model.rowCount() == customer_list.count(flt.with_search("张"))
    assert window.count_label.text().endswith("customers (filtered)")
    # Counts follow the list: the browser shows how many of these have each tag.
    _wait_counts(qtbot, page)
    model = page.browser.model
    vip_index = model.tag_index(vip)
    assert model.index(vip_index.row(), 1, vip_index.parent()).data() == str(page.model.rowCount())
    page.browser.scope.setCurrentIndex(1)  # whole database
    _wait_counts(qtbot, page)
    every = customer_list.tag_counts()[vip]
    assert model.index(vip_index.row(), 1, vip_index.parent()).data() == str(every)
    # Removing a chip drops that tag from the filter; the search stays.
    page.filter_bar.chips[back].click()
    assert page.filter.not_tags == () and page.filter.search == "张"
    page.filter_bar.clear_button.click()
    assert not page.filter.has_tags and page.filter.search == "张"


def test_any_of_and_context_menu_states(qtbot, window):
    page = window.customers_page
    vip, big = _tag_id("VIP"), _tag_id("高消费")
    menu = page.browser.build_menu(page.browser.model.tag_index(vip))
    menu.findChild(type(menu.actions()[0]), "state_include").trigger()
    menu = page.browser.build_menu(page.browser.model.tag_index(big))
    menu.findChild(type(menu.actions()[0]), "state_include").trigger()
    assert page.model.rowCount() == customer_list.count(CustomerFilter(tags=(vip, big)))
    assert page.filter_bar.mode.isVisible()
    page.filter_bar.mode.setCurrentIndex(1)  # any of them
    assert page.filter.any_tags
    assert page.model.rowCount() == customer_list.count(
        CustomerFilter(tags=(vip, big), any_tags=True)
    )
    menu = page.browser.build_menu(page.browser.model.tag_index(vip))
    menu.findChild(type(menu.actions()[0]), "state_exclude").trigger()
    assert page.filter.tags == (big,) and page.filter.not_tags == (vip,)


def test_tags_column_draws_chips_and_sorts_by_count(qtbot, window):
    page = window.customers_page
    keys = [c.key for c in page.model.columns]
    col = keys.index("tags")
    row = next(r for r in range(50) if page.model.row_data(r)["tags"])
    chips = page.model.index(row, col).data(TagsRole)
    assert chips and all(c.startswith("#") for _n, c in chips)
    assert page.table.itemDelegateForColumn(col) is page.chip_delegate
    page.table.grab()  # paints every visible chip through the delegate
    page.table.sortByColumn(col, Qt.DescendingOrder)
    counts = [len(page.model.row_data(r)["tags"]) for r in range(600)]
    assert counts == sorted(counts, reverse=True)


def _bulk(qtbot, page, add=(), remove=(), all_matching=False):
    def fill(dialog):
        (dialog.matching_radio if all_matching else dialog.selected_radio).setChecked(True)
        for name in add:
            type_text(dialog.add_editor.input, name)
            dialog.add_editor.commit_text()
        for name in remove:
            type_text(dialog.remove_editor.input, name)
            dialog.remove_editor.commit_text()
        dialog.buttons.button(QDialogButtonBox.Ok).click()

    state = when_modal(qtbot, fill)
    page.bulk_tag()
    assert state["done"] and "error" not in state


def test_bulk_tagging_selected_rows_then_undo(qtbot, window):
    page = window.customers_page
    page.table.selectRow(0)
    flags = QItemSelectionModel.Select | QItemSelectionModel.Rows
    page.table.selectionModel().select(page.model.index(1, 0), flags)
    ids = page.selected_ids()
    assert len(ids) == 2
    _bulk(qtbot, page, add=["活动客户"])
    new = _tag_id("活动客户")
    assert sorted(customer_list.matching_ids(CustomerFilter(tags=(new,)))) == sorted(ids)
    assert page.browser.model.tag_index(new).isValid()  # the new tag is in the browser
    press(qtbot, window, Qt.Key_Z, Qt.ControlModifier)
    assert customer_list.count(CustomerFilter(tags=(new,))) == 0
    press(qtbot, window, Qt.Key_Y, Qt.ControlModifier)
    assert customer_list.count(CustomerFilter(tags=(new,))) == 2


def test_bulk_tagging_all_matching_in_the_background(qtbot, window, monkeypatch):
    from ui.customers import page_actions as page_module

    monkeypatch.setattr(page_module, "BACKGROUND_ABOVE", 10)  # use the worker thread
    page = window.customers_page
    vip = _tag_id("VIP")
    page.set_filter(CustomerFilter(search="张"))
    matching = customer_list.matching_ids(page.filter)
    assert len(matching) > 10
    had = set(customer_list.matching_ids(CustomerFilter(search="张", tags=(vip,))))
    _bulk(qtbot, page, remove=["VIP"], all_matching=True)
    assert customer_list.count(CustomerFilter(search="张", tags=(vip,))) == 0
    assert customer_list.count(CustomerFilter(tags=(vip,))) > 0  # others keep it
    window.undo_stack.undo()
    assert set(customer_list.matching_ids(CustomerFilter(search="张", tags=(vip,)))) == had


def test_bulk_dialog_refuses_bad_input(qtbot, window):
    page = window.customers_page
    from ui.tags.bulk_dialog import BulkTagDialog

    dialog = BulkTagDialog(0, 600, page)
    assert not dialog.selected_radio.isEnabled() and dialog.all_matching
    assert not dialog.buttons.button(QDialogButtonBox.Ok).isEnabled()
    type_text(dialog.remove_editor.input, "没有这个标签")
    assert not dialog.remove_editor.commit_text()
    assert "没有这个标签" in dialog.message.text()
    dialog.remove_editor.input.clear()
    type_text(dialog.add_editor.input, "好、")  # a separator adds the tag before it
    assert dialog.add_editor.names() == ["好"]
    type_text(dialog.add_editor.input, "VIP")
    dialog.add_editor.commit_text()
    type_text(dialog.remove_editor.input, "vip")
    dialog.remove_editor.commit_text()
    dialog.accept()
    assert dialog.result() == 0 and "both" in dialog.message.text()
    dialog.reject()


def test_tag_editor_completes_pinyin_and_creates_on_enter(qtbot, window):
    from ui.customers.edit_dialog import CustomerDialog

    cid = customer_list.page(CustomerFilter(), customer_list.Sort("id"), 1).rows[0]["id"]
    dialog = CustomerDialog(window, customers.get(cid))
    editor = dialog.tag_editor
    before = editor.names()
    completer = editor.completer
    completer.setCompletionPrefix("gxf")
    assert completer.completionCount() >= 1 and completer.currentCompletion() == "高消费"
    completer.setCompletionPrefix("xiaofei")
    found = {completer.currentCompletion()}
    while completer.setCurrentRow(completer.currentRow() + 1):
        found.add(completer.currentCompletion())
    assert {"高消费", "中等消费"} <= found
    dialog.reject()
    # Through the page, as a user edits a customer: type a new tag, Enter, Save.
    page = window.customers_page
    assert page.select_customer(cid)
    seen = {}

    def add_tag(d):
        d.tag_editor.input.setFocus()
        type_text(d.tag_editor.input, "新来的")
        qtbot.keyClick(d.tag_editor.input, Qt.Key_Return)
        seen["names"] = d.tag_editor.names()
        seen["text"] = d.tag_editor.input.text()
        seen["exists"] = tags.find_tag("新来的") is not None
        d.buttons.button(QDialogButtonBox.Save).click()

    when_modal(qtbot, add_tag)
    page.edit_clicked()
    assert seen == {"names": [*before, "新来的"], "text": "", "exists": False}
    assert customers.get(cid)["tags"] == [*before, "新来的"]  # created on save
    assert page.browser.model.tag_index(_tag_id("新来的")).isValid()


def test_saved_views_in_the_sidebar(qtbot, window):
    page = window.customers_page
    vip = _tag_id("VIP")
    page.set_filter(CustomerFilter(search="张", tags=(vip,)))
    expected = page.model.rowCount()
    view_id = window.navigation.save_view("张姓贵宾")
    assert view_id is not None
    window.sidebar.wait_for_counts()
    qtbot.waitUntil(
        lambda: (
            window.sidebar.item(window.sidebar.view_row(view_id)).text().strip()
            == f"张姓贵宾  {expected}"
        ),
        timeout=5000,
    )
    page.set_filter(CustomerFilter())
    assert window.navigation.active_view is None
    window.sidebar.setCurrentRow(window.sidebar.view_row(view_id))
    assert page.filter == CustomerFilter(search="张", tags=(vip,))
    # the box says what the filter is (issue 29): the tag as a term, then the words
    assert page.search.text() == "标签:VIP 张" and page.model.rowCount() == expected
    # A duplicate or empty name is refused with a message, nothing saved.
    state = when_modal(qtbot, lambda box: box.accept())
    assert window.navigation.save_view("张姓贵宾") is None and state["done"]
    assert len(saved_views.list_views()) == 1
    assert window.navigation.rename_view(view_id, "贵宾")
    page.set_filter(CustomerFilter(tags=(vip,)))
    window.navigation.update_view(view_id)
    assert saved_views.get_view(view_id).filter == CustomerFilter(tags=(vip,))
    state = when_modal(qtbot, lambda box: box.button(QMessageBox.Yes).click())
    assert window.navigation.delete_view(view_id)
    assert saved_views.list_views() == [] and window.sidebar.view_row(view_id) == -1


def test_manage_tags_from_the_browser(qtbot, window):
    browser = window.customers_page.browser
    vip, back = _tag_id("VIP"), _tag_id("回访")
    holders = tags.customers_with(back)
    # Rename through the dialog.
    state = when_modal(qtbot, lambda d: (d.setTextValue("贵宾"), d.accept()))
    assert browser.rename_tag(vip)
    assert state["done"] and tags.get_tag(vip).name == "贵宾"
    # A name in use is refused with a message.
    state = when_modal(qtbot, lambda box: box.accept())
    assert not browser.rename_tag(vip, "回访") and state["done"]
    # Deleting asks, naming how many customers have the tag; Cancel keeps it.
    seen = {}

    def cancel(box):
        seen["text"] = box.text()
        box.button(QMessageBox.Cancel).click()

    when_modal(qtbot, cancel)
    assert not browser.delete_tag(back)
    assert str(holders) in seen["text"] and tags.find_tag("回访") is not None
    # Merge 回访 into 贵宾: everyone with either keeps 贵宾.
    either = set(customer_list.matching_ids(CustomerFilter(tags=(vip, back), any_tags=True)))
    when_modal(qtbot, lambda box: box.button(QMessageBox.Yes).click())
    assert browser.merge_tag(back, "贵宾")
    assert tags.find_tag("回访") is None
    assert set(customer_list.matching_ids(CustomerFilter(tags=(vip,)))) == either
    window.undo_stack.undo()  # 回访 is back, with its id, on the same customers
    assert tags.get_tag(back).name == "回访" and tags.customers_with(back) == holders
    assert browser.model.tag_index(back).isValid()
    window.undo_stack.redo()
    assert tags.find_tag("回访") is None
    assert set(customer_list.matching_ids(CustomerFilter(tags=(vip,)))) == either
    # Groups: new, recolour, move a tag into it, delete it (its tags go to 其他).
    assert browser.new_group("兴趣")
    group = next(g for g in tags.list_groups() if g.name == "兴趣")
    assert browser.recolor_group(group.id, "#00ff00")
    assert browser.move_tag(vip, group.id)
    assert browser.model.tag_index(vip).parent().data() == "兴趣"
    assert browser.new_tag("瑜伽", group.id)
    assert browser.move_tag_step(_tag_id("瑜伽"), -1)
    assert browser.model.tag_index(_tag_id("瑜伽")).row() == 0
    when_modal(qtbot, lambda box: box.button(QMessageBox.Yes).click())
    assert browser.delete_group(group.id)
    assert browser.model.tag_index(vip).parent().data() == "其他"
    other = browser.model.tag_index(vip).parent()
    texts = {a.text(): a.isEnabled() for a in browser.build_menu(other).actions()}
    assert texts["Delete group…"] is False and texts["Rename group…"] is False
    # The merge and the group's delete are undo steps (the rest are not).
    stack = window.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == ["Merge tags", "Delete tag group"]
    stack.undo()  # the group is back, its tags in it again
    assert [g.name for g in tags.list_groups()].count("兴趣") == 1
    assert browser.model.tag_index(vip).parent().data() == "兴趣"
