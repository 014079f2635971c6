"""The search language in the customers page's box, driven as a user: a query filters,
a bad term is underlined with why and the list stays, completion, chips, the help, and
tag clicks and the Contact/Segment menus writing the language into the box."""

from __future__ import annotations

from PySide6.QtCore import Qt

from models.customers import customer_list
from models.customers.query.box import filter_for
from models.tags import tags
from tests.gui.helpers import type_text


def _apply(qtbot, page, text):
    page.search.clear()
    type_text(page.search, text)
    page._apply_search()


def test_a_query_filters_the_list(qtbot, window):
    page = window.customers_page
    _apply(qtbot, page, "性别:女 阶段:活跃")
    flt = filter_for("性别:女 阶段:活跃")
    assert page.filter.query == "性别:女 阶段:活跃"
    assert 0 < page.model.rowCount() == customer_list.count(flt) < customer_list.total()
    assert not page.query_bar.message.isVisible()
    _apply(qtbot, page, "张")  # plain words: today's search
    assert page.filter.search == "张" and page.filter.query == ""


def test_a_bad_term_is_underlined_and_the_list_stays(qtbot, window):
    page = window.customers_page
    _apply(qtbot, page, "性别:女")
    before, rows = page.filter, page.model.rowCount()
    _apply(qtbot, page, "性别:女 城巿:杭州")
    assert page.filter == before and page.model.rowCount() == rows
    assert page.query_bar.message.isVisible()
    assert page.query_bar.message.text() == "Unknown field “城巿”; did you mean “城市”?"
    assert page.query_bar.underlined == (5, 10)
    assert page.search.property("queryError") is True
    _apply(qtbot, page, "性别:女 城市:杭州")  # mended: the message goes
    assert not page.query_bar.message.isVisible() and page.query_bar.underlined is None
    assert page.filter.query == "性别:女 城市:杭州"


def test_completion_offers_fields_tags_and_values(qtbot, window):
    page = window.customers_page
    bar = page.query_bar
    page.search.clear()
    type_text(page.search, "cs")  # pinyin initials of 城市
    assert "城市:" in bar.completions()
    assert bar.completer.popup().isVisible()
    bar.completer.popup().hide()
    bar.accept_completion("城市:")
    assert page.search.text() == "城市:"
    page.search.clear()
    type_text(page.search, "标签:V")
    assert "标签:VIP" in bar.completions()
    page.search.clear()
    type_text(page.search, "来源:wx")  # 微信 by its initials
    assert "来源:微信" in bar.completions()
    bar.completer.popup().hide()


def test_chips_remove_their_term(qtbot, window):
    page = window.customers_page
    _apply(qtbot, page, "性别:女 城市:杭州 -邮箱:空")
    bar = page.query_bar
    assert bar.chip_texts() == ["性别:女  ×", "城市:杭州  ×", "-邮箱:空  ×"]
    chip = bar.chips.itemAt(1).widget()
    qtbot.mouseClick(chip, Qt.LeftButton)
    assert page.search.text() == "性别:女 -邮箱:空"
    assert page.filter.query == "性别:女 -邮箱:空"
    assert page.model.rowCount() == customer_list.count(filter_for("性别:女 -邮箱:空"))


def test_tag_clicks_and_menus_write_the_language(qtbot, window):
    page = window.customers_page
    vip = tags.find_tag("VIP").id
    page.set_tag_state(vip, "include")
    assert page.search.text() == "标签:VIP "
    type_text(page.search, "性别:女")
    page._apply_search()
    assert page.filter.tags == (vip,) and page.filter.query == "性别:女"
    page.set_tag_state(vip, "exclude")
    assert page.search.text() == "-标签:VIP 性别:女"
    next(a for a in page.contact_menu.actions() if a.text() == "Not contacted in 30 days").trigger()
    assert page.search.text() == "-标签:VIP 最近联系:>30天 性别:女"
    assert page.filter.not_contacted_days == 30
    page.set_filter(page.filter.with_rfm_segment("important_value"))
    assert "分群:重要价值客户" in page.search.text()
    # the box read back is the same filter
    assert filter_for(page.search.text(), page.filter) == page.filter


def test_help_lists_the_fields_and_takes_an_example(qtbot, window):
    page = window.customers_page
    qtbot.mouseClick(page.query_bar.help_button, Qt.LeftButton)
    help_ = page.query_bar.help
    assert help_.isVisible() and help_.table.rowCount() >= 30
    names = [help_.table.item(r, 0).text() for r in range(help_.table.rowCount())]
    assert "城市 / 地区" in names and "标签" in names
    item = help_.examples.item(0)
    help_.examples.itemClicked.emit(item)
    assert page.search.text() == item.text()
    assert page.filter.query or page.filter.tags
    help_.close()


def test_an_unfinished_term_is_not_an_error_while_typing(qtbot, window):
    page = window.customers_page
    page.search.clear()
    type_text(page.search, "性别:女 城市:")
    page._apply_search(typing=True)  # a pause in typing
    assert not page.query_bar.message.isVisible()
    page._apply_search()  # Return: now it is said
    assert page.query_bar.message.text() == "“城市:” needs a value after the colon."
