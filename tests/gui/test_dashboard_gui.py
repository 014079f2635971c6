"""The dashboard page: first page, KPI cards, charts drawn with a CJK font, click-through,
saving charts and the Excel report."""

from __future__ import annotations

import datetime as dt
import warnings

import openpyxl
import pytest

from models.complaints import complaints
from models.customers import customer_list
from models.purchases import purchases
from ui.dashboard.page import CHART_KEYS
from ui.sidebar import Sidebar


@pytest.fixture
def board_window(window, qtbot):
    complaints.create(1, category="quality", description="坏了")
    purchases.add(2, 188, at=dt.datetime.now() - dt.timedelta(days=3))
    window.sidebar.select(("page", Sidebar.DASHBOARD))
    page = window.dashboard_page
    assert window.pages.currentWidget() is page
    page.refresh()
    qtbot.waitUntil(lambda: page.board is not None and not page.reader.busy(), timeout=20000)
    return window


def test_a_fresh_window_opens_on_the_dashboard(qtbot, demo_db):
    from desktop import settings as app_settings
    from desktop.main_window import MainWindow

    w = MainWindow(app_settings.open_settings())
    qtbot.addWidget(w)
    w.show()
    assert w.pages.currentWidget() is w.dashboard_page
    assert w.sidebar.current_kind() == ("page", Sidebar.DASHBOARD)
    qtbot.waitUntil(lambda: w.dashboard_page.board is not None, timeout=20000)
    assert w.dashboard_page.cards["customers"].value.text() == "600"


def test_kpis_and_charts_follow_the_data(board_window, qtbot):
    page = board_window.dashboard_page
    assert set(page.charts) == set(CHART_KEYS)
    # The first pass showed the numbers; the second stored the RFM the purchase changed.
    assert not page.board.rfm_stale and "RFM as of" in page.state.text()
    assert sum(page.board.segments.values()) >= 1
    kpis = page.board.kpis
    assert page.cards["complaints_open"].value.text() == str(kpis["complaints_open"]) != "0"
    assert page.cards["sales_this_month_cents"].value.text().startswith("¥")
    before = page.board.kpis["customers"]
    from models.customers import customers

    customers.create({"name": "新来的"})
    board_window.refresh_all()  # what every change in the window calls
    qtbot.waitUntil(lambda: page.board.kpis["customers"] == before + 1, timeout=20000)
    # a custom range
    page.range_box.setCurrentIndex(page.range_box.findData("custom"))
    assert page.date_from.isVisible() and page.span().end == dt.date.today()


def test_chinese_labels_are_drawn_with_a_cjk_font(board_window):
    """Whatever ran before: settings reset by another user of matplotlib, or a font list
    cached before the CJK font was installed (a fresh machine's first start)."""
    import matplotlib
    from matplotlib import font_manager, rcParams

    from ui.dashboard import mpl

    matplotlib.rcdefaults()
    manager = font_manager.fontManager
    cjk = {f.fname for f in manager.ttflist if f.name in mpl.CJK_FAMILIES}
    assert cjk, "no CJK font: install fonts-wqy-microhei (scripts/setup.sh does)"
    manager.ttflist = [f for f in manager.ttflist if f.fname not in cjk]
    mpl._configured = None  # as in a new process with that stale cache

    families = mpl.configure()
    assert families and rcParams["font.sans-serif"][0] == families[0]
    assert font_manager.fontManager is manager  # the backends hold this one
    path = font_manager.findfont(font_manager.FontProperties(family=rcParams["font.sans-serif"]))
    assert "DejaVu" not in path
    matplotlib.rcdefaults()
    assert mpl.configure() == families and rcParams["font.sans-serif"][0] == families[0]
    chart = board_window.dashboard_page.charts["sources"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns "Glyph ... missing" for boxes
        chart.plot("bar", ["微信", "转介绍", "门店"], [3, 2, 1])
        chart.figure.canvas.draw()
        chart.figure.suptitle("客户来源渠道")
        chart.figure.canvas.draw()


def test_big_numbers_read_in_wan_in_chinese(qapp):
    from PySide6.QtCore import QLocale

    from ui.dashboard.page import big_number

    QLocale.setDefault(QLocale(QLocale.Chinese, QLocale.China))
    try:
        assert big_number(123456) == "12.3万" and big_number(250000000) == "2.5亿"
        assert big_number(9999) == "9,999" and big_number(1234567.5, money=True) == "¥123.5万"
        assert big_number(-30000) == "-3万"
    finally:
        QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedStates))
    assert big_number(123456) == "123.5k" and big_number(9999) == "9,999"
    assert big_number(12.5, money=True) == "¥12.50"


def test_a_click_opens_the_customers_or_complaints_behind_it(board_window, qtbot):
    page = board_window.dashboard_page
    source = list(page.board.sources)[0]
    page.charts["sources"].click(0)
    assert board_window.pages.currentWidget() is board_window.customers_page
    flt = board_window.customers_page.filter
    assert flt.where == (("source", source),)
    shown = board_window.customers_page.model
    qtbot.waitUntil(lambda: shown.rowCount() == customer_list.count(flt), timeout=5000)
    assert 0 < shown.rowCount() < 600

    board_window.sidebar.select(("page", Sidebar.DASHBOARD))
    index = list(page.board.complaint_statuses).index("new")
    page.charts["complaint_statuses"].click(index)
    assert board_window.pages.currentWidget() is board_window.complaints_page
    assert board_window.complaints_page.status.currentData() == "new"

    board_window.sidebar.select(("page", Sidebar.DASHBOARD))
    page.cards["followups_overdue"].clicked.emit("followups_overdue")
    assert board_window.pages.currentWidget() is board_window.followups_page
    page.charts["response_hours"].click(0)  # not clickable: nothing happens
    assert board_window.pages.currentWidget() is board_window.followups_page

    board_window.sidebar.select(("page", Sidebar.DASHBOARD))
    _month, start, end = page.board.range.months()[-1]
    page.charts["sales"].click(len(page.board.sales) - 1)  # the month's purchases
    purchases_page = board_window.purchases_page
    assert board_window.pages.currentWidget() is purchases_page
    assert purchases_page.date_from.date().toPython() == start.date()
    assert purchases_page.date_to.date().toPython() == (end - dt.timedelta(days=1)).date()
    purchases_page.wait_for_counts()
    assert purchases_page.model.sum_cents == list(page.board.sales.values())[-1]


def test_charts_save_as_png_and_pdf_and_the_report_as_excel(board_window, tmp_path):
    page = board_window.dashboard_page
    chart = page.charts["funnel"]
    chart.save(tmp_path / "funnel.png")
    chart.save(tmp_path / "funnel.pdf")
    assert (tmp_path / "funnel.png").read_bytes()[:4] == b"\x89PNG"
    assert (tmp_path / "funnel.pdf").read_bytes()[:4] == b"%PDF"
    with pytest.raises(ValueError):
        chart.save(tmp_path / "funnel.gif")
    assert page.export_report(str(tmp_path / "board.xlsx"))
    book = openpyxl.load_workbook(tmp_path / "board.xlsx")
    assert len(book.sheetnames) == 10
    funnel = [list(r) for r in book[page.chart_titles()["funnel"]].iter_rows(values_only=True)]
    assert funnel[0] == ["Stage", "Customers"] and sum(r[1] for r in funnel[1:]) == 600


def test_a_purchase_is_recorded_from_the_customer_panel(window, qtbot):
    from models import clock
    from models.customers import customers
    from tests.gui.helpers import type_text

    clock.set_now(dt.datetime(2026, 11, 18, 10, 0))
    page = window.customers_page
    cid = customer_list.page(customer_list.CustomerFilter(), customer_list.Sort("id"), 1).rows[0][
        "id"
    ]
    window.navigation.open_customer(cid)
    panel = page.detail
    dialog = panel.add_purchase()
    type_text(dialog.amount, "一百")
    dialog.accept()
    assert dialog.isVisible() and "amount" in dialog.error.text()
    assert purchases.for_customer(cid) == []
    dialog.amount.clear()
    type_text(dialog.amount, "128.5")
    dialog.payment.setCurrentIndex(dialog.payment.findData("wechat"))
    type_text(dialog.item, "洗剪吹")
    dialog.accept()
    assert not dialog.isVisible()
    assert customers.get(cid)["total_spend_cents"] == 12850
    assert panel.timeline.texts()[0].startswith(
        "18 Nov 2026 10:00  Purchase · ¥128.50 · WeChat Pay"
    )
    col = [c.key for c in page.model.columns].index("total_spend_cents")
    qtbot.waitUntil(
        lambda: page.model.data(page.model.index(page.model.row_of(cid), col)) == "¥128.50",
        timeout=5000,
    )
    refund = panel.add_purchase()
    type_text(refund.amount, "-28.5")
    refund.accept()
    assert "Refund · -¥28.50" in panel.timeline.texts()[0]
    assert customers.get(cid)["purchase_count"] == 1


def test_the_segment_menu_filters_by_rfm_and_tags_segments_undoably(board_window, qtbot):
    from models.purchases import rfm
    from models.tags import tags

    page = board_window.customers_page
    board_window.sidebar.select(("page", Sidebar.CUSTOMERS))
    assert page.recompute_rfm() >= 1
    menu = {a.text(): a for a in page.segment_menu.actions()}
    segment = next(s for s, n in rfm.segment_counts().items() if n)
    menu[rfm_label(segment)].trigger()
    assert page.filter.rfm_segment == segment
    assert segment and rfm_label(segment) in page.segment_button.text()
    qtbot.waitUntil(lambda: page.model.rowCount() == rfm.segment_counts()[segment], timeout=5000)
    change = page.apply_rfm_tags()
    holders = sum(len(v) for v in change.added.values())
    assert holders == sum(rfm.segment_counts().values())
    page._undo.undo()
    assert not any(t.group == rfm.TAG_GROUP and tags.customers_with(t.id) for t in tags.list_tags())
    # a dashboard chart's filter shows on the button and clears from its menu
    page.set_filter(page.filter.with_rfm_segment("").with_where(("source", "wechat")))
    assert "WeChat" in page.segment_button.text()
    clear = next(a for a in page.segment_menu.actions() if a.text().startswith("Clear the chart"))
    clear.trigger()
    assert page.filter.where == () and not page.filter.narrows


def rfm_label(code: str) -> str:
    from ui import labels

    return labels.segment_label(code)
