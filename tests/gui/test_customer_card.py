"""The customer card in the detail panel: badges, chips, figures and copy buttons from a
real database; the list's summary with nothing selected; several selected; no cut text."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QToolTip

from models import clock
from models.complaints import complaints
from models.customers import customers
from models.followups import followups, interactions
from models.purchases import purchases
from models.tags import tags
from ui import labels, style

NOW = dt.datetime(2026, 11, 18, 10, 0)


@pytest.fixture
def customer(db):
    clock.set_now(NOW)
    cid = customers.create(
        {
            "name": "欧阳明",
            "number": "KH0042",
            "mobile": "13812345678",
            "email": "ouyang@example.com",
            "company": "明远贸易",
            "industry": "零售",
            "stage": "active",
            "tags": ["VIP", "老客户"],
        }
    )
    vip = tags.find_tag("VIP")
    tags.recolor_tag(vip.id, tags.clean_color("#aa00aa"))
    purchases.add(cid, "1000.25", at=NOW - dt.timedelta(days=40))
    purchases.add(cid, "234.25", at=NOW - dt.timedelta(days=3))
    interactions.log(cid, "wechat", "发了新品资料", at=NOW - dt.timedelta(days=2))
    followups.create(cid, dt.date(2026, 11, 25), subject="回访")
    complaints.create(cid, category="service", description="服务差")
    return cid


@pytest.fixture
def panel(qtbot, customer):
    from ui.customers.detail_panel import CustomerDetailPanel

    panel = CustomerDetailPanel()
    qtbot.addWidget(panel)
    panel.resize(320, 760)
    panel.show()
    panel.show_customer(customers.get(customer))
    return panel


def test_the_card_shows_badges_chips_and_figures_from_the_database(qtbot, panel, customer):
    card = panel.card
    assert panel.showing() == "card"
    assert card.title.text() == "欧阳明"
    assert card.number.text() == "Customer No. KH0042"
    assert card.stage_badge.isVisible() and card.stage_badge.text() == "Active"
    assert card.stage_badge.color() == style.STAGE_ACTIVE  # read from ui.style when painted
    assert not card.segment_badge.isVisible()  # no RFM stored yet
    assert card.complaint_badge.isVisible()
    assert card.complaint_badge.text() == "⚑ 1 open complaint"
    chips = {chip.text(): chip.color() for chip in card.tag_badges}
    assert list(chips) == ["VIP", "老客户"] and chips["VIP"] == "#aa00aa"
    figures = {key: f.value.text() for key, f in card.figures.items()}
    assert figures == {
        "total_spend_cents": "¥1,234.50",
        "purchase_count": "2",
        "last_purchase_at": "15 Nov 2026",
        "last_contact_at": "16 Nov 2026",
        "next_followup_at": "25 Nov 2026",
        "open_complaints": "1",
    }
    # Contacts with copy buttons; empty ones (WeChat, city) not shown.
    assert card.contact_values["mobile"].text() == "13812345678"
    assert card.contact_values["email"].isVisible()
    assert not card.contact_values["wechat"].isVisible()
    assert not card.copy_buttons["city"].isVisible()
    # The other fields: filled ones only, no scroll box of their own.
    assert card.detail_values["Industry"].text() == "零售"
    assert "Job title" not in card.detail_values and "Gender" not in card.detail_values
    # The RFM segment shows once it is stored; a click on the complaints badge opens them.
    from models.purchases import rfm

    rfm.refresh()
    panel.show_customer(customers.get(customer))
    segment = customers.get(customer)["rfm_segment"]
    assert card.segment_badge.isVisible()
    assert card.segment_badge.text() == labels.segment_label(segment)
    with qtbot.waitSignal(panel.complaintsRequested) as signal:
        qtbot.mouseClick(card.complaint_badge, Qt.LeftButton)
    assert signal.args == [customer, "欧阳明"]


def test_the_copy_button_puts_the_mobile_on_the_clipboard(qtbot, panel):
    QGuiApplication.clipboard().clear()
    button = panel.card.copy_buttons["mobile"]
    with qtbot.waitSignal(panel.card.copied):
        qtbot.mouseClick(button, Qt.LeftButton)
    assert QGuiApplication.clipboard().text() == "13812345678"
    assert QToolTip.text() == "Copied"
    # A masked mobile stays masked on the clipboard too.
    labels.set_mobiles_masked(True)
    try:
        panel.show_customer(panel.customer)
        qtbot.mouseClick(button, Qt.LeftButton)
        assert QGuiApplication.clipboard().text() == "138****5678"
    finally:
        labels.set_mobiles_masked(False)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("width", [300, 480])
def test_no_button_text_is_cut(qtbot, customer, lang, width):
    """The timeline's Add button, Edit/Delete, copy and summary buttons show their whole
    text at any panel width from 300 px, in both languages."""
    from desktop import translations
    from ui.customers.detail_panel import CustomerDetailPanel

    translations.apply(lang)
    panel = CustomerDetailPanel()
    qtbot.addWidget(panel)
    panel.resize(width, 700)
    panel.show()
    panel.show_customer(customers.get(customer))
    qtbot.waitUntil(lambda: panel.add_button.width() > 0)
    card = panel.card
    buttons = [panel.add_button, card.primary, card.secondary, card.copy_buttons["mobile"]]
    assert panel.add_button.text() in ("+ Add", "+ 记录", "Add", "记录")
    for button in buttons:
        assert button.isVisible()
        needed = button.fontMetrics().horizontalAdvance(button.text())
        assert button.width() >= needed + 6, (button.objectName(), button.text())
    assert all(a.text() for a in panel.add_menu.actions())  # a menu never cuts its items
    for badge in [card.stage_badge, card.complaint_badge, *card.tag_badges]:
        room = badge.width() - 2 * badge.PAD_X  # what paintEvent elides to
        assert badge.fontMetrics().elidedText(badge.text(), Qt.ElideRight, room) == badge.text()
    assert card.geometry().right() <= panel.scroll.viewport().width()  # nothing sideways
    panel.show_selection(3, customers.get(customer))
    for button in panel.summary.buttons.values():
        if button.isVisible():
            needed = button.fontMetrics().horizontalAdvance(button.text())
            assert button.width() >= needed + 6, button.text()


def test_the_summary_follows_the_filter_and_the_selection(qtbot, window):
    page = window.customers_page
    panel = page.detail
    page.table.clearSelection()
    assert panel.showing() == "list"
    assert panel.customer is None
    assert panel.summary.headline.text() == "600 customers"
    assert "Ctrl+N" in panel.summary.hint.text()
    assert not panel.summary.filters.isVisible()
    # A search and a tag filter show in words, with the count of the list.
    vip = tags.find_tag("VIP")
    flt = page.filter.with_search("张").with_tags([vip.id], [])
    page.set_filter(flt)
    matching = page.model.matching
    assert panel.summary.headline.text() == f"Filtered: {matching} of 600 customers"
    assert panel.summary.filters.text().splitlines() == ["• Search: “张”", "• Tagged VIP"]
    page.set_filter(page.filter.with_search("没有这个人"))
    assert panel.summary.headline.text() == "No customer matches"
    page.set_filter(page.filter.with_search("").with_tags([], []))
    assert panel.summary.headline.text() == "600 customers"
    # One customer: the card; several: how many and the bulk actions.
    page.table.selectRow(0)
    assert panel.showing() == "card"
    page.table.selectionModel().select(
        page.model.index(2, 0),
        page.table.selectionModel().SelectionFlag.Select
        | page.table.selectionModel().SelectionFlag.Rows,
    )
    assert panel.showing() == "selection"
    assert panel.summary.headline.text() == "2 customers selected"
    shown = [n for n, b in panel.summary.buttons.items() if b.isVisible()]
    assert shown == ["tags", "delete"]
    assert panel.customer is not None  # the current row stays the commands' customer
    # Delete from the selection's own button sends both to the recycle bin.
    ids = page.selected_ids()
    panel.summary.buttons["delete"].click()
    assert customers.get(ids[0])["deleted_at"] is not None
    assert customers.get(ids[1])["deleted_at"] is not None
    page.table.clearSelection()
    qtbot.waitUntil(lambda: panel.summary.headline.text() == "598 customers", timeout=3000)


def test_the_summary_reads_in_chinese(qtbot, window):
    from desktop import translations

    translations.apply("zh_CN")
    page = window.customers_page
    page.table.clearSelection()
    page.set_filter(page.filter.with_search("张"))
    matching = page.model.matching
    assert page.detail.summary.headline.text() == f"筛选后 {matching} / 共 600 位客户"
    assert page.detail.summary.filters.text() == "• 搜索：“张”"


def test_a_theme_change_restyles_the_card_in_place(qtbot, panel):
    from ui.style.tokens import DARK, LIGHT

    try:
        style.apply_theme("light")
        assert panel.card.stage_badge.color() == LIGHT.stage_active
        style.apply_theme("dark")  # what the Appearance menu does
        assert panel.card.stage_badge.color() == DARK.stage_active  # read when painted
        assert style.role_of(panel.card.number) == "hint"  # the sheet colours it per theme
        assert panel.card.title.text() == "欧阳明" and panel.showing() == "card"
    finally:
        style.remove_theme()
