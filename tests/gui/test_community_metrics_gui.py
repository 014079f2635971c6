"""The community metrics window: figures for a period, chart click-through to the
customers behind a bar or point, the Excel export, and the dashboard's community card."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt

from tests.test_community_metrics import MON, SUN, week  # noqa: F401  (the fixture)
from ui.communities.metrics_view import CommunityMetricsView
from ui.sidebar import Sidebar


def _open(qtbot, ids):
    view = CommunityMetricsView(ids)
    qtbot.addWidget(view)
    view.show()
    view.set_period(MON, SUN)
    qtbot.waitUntil(lambda: view.metrics is not None and view.metrics.start == MON, timeout=20000)
    return view


def test_figures_and_click_through(qtbot, week, tmp_path):  # noqa: F811
    c1, c2, c3, c4, *_ = week["ids"]
    view = _open(qtbot, [week["a"], week["b"]])
    assert view.figure_labels["members"][0].text() == "3"
    assert view.figure_labels["net"][0].text() == "0"
    assert view.figure_labels["spend_fen"][0].text() == "¥180.00"
    assert view.scope.text() == "A群、B群"
    levels = view.charts["levels"]
    assert levels.labels[:3] == ["Core", "Active", "Participating"]
    with qtbot.waitSignal(view.customersPicked) as picked:
        levels.click(0)  # core
    assert picked.args == [[c1]]
    with qtbot.waitSignal(view.customersPicked) as picked:
        view.charts["joined"].click(0)
    assert picked.args == [[c2, c4]]
    assert view.list.rowCount() == 2 and view.list.item(1, 0).text() == str(c4)
    assert "Joined" in view.list_title.text() and "2 customers" in view.list_title.text()
    with qtbot.waitSignal(view.customersPicked) as picked:
        view.charts["active"].click(0)
    assert picked.args == [[c1, c2]]
    with qtbot.waitSignal(view.customersPicked) as picked:
        view.charts["members"].click(0)
    assert picked.args == [[c1, c2, c4]]
    with qtbot.waitSignal(view.openCustomerRequested) as opened:
        view.list.cellDoubleClicked.emit(2, 1)
    assert opened.args == [c4]
    # the export: figures, trend, levels and the list shown, one workbook
    path = tmp_path / "metrics.xlsx"
    assert view.export(str(path))
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Figures", "Trend", "Levels", "Customers"]
    figures = {row[0]: row[1] for row in book["Figures"].iter_rows(min_row=2, values_only=True)}
    assert figures["Members (counted once)"] == 3 and figures["Members' spend"] == 180
    assert [r[0] for r in book["Customers"].iter_rows(min_row=2, values_only=True)] == [
        c1, c2, c4]  # fmt: skip
    view.period_box.setCurrentIndex(view.period_box.findData("week"))
    qtbot.waitUntil(lambda: view.metrics.start == MON and not view.reader.busy(), timeout=20000)


def test_a_reversed_custom_period_says_so(qtbot, week):  # noqa: F811
    view = _open(qtbot, [])
    view.date_from.setDate(view.date_to.date().addDays(3))
    assert "starts after it ends" in view.state.text()


def test_dashboard_card_opens_the_metrics(qtbot, week, window):  # noqa: F811
    window.sidebar.select(("page", Sidebar.DASHBOARD))
    page = window.dashboard_page
    page.refresh()
    qtbot.waitUntil(lambda: page.board is not None and not page.reader.busy(), timeout=20000)
    assert page.board.community == {"communities": 3, "members": 4, "active_rate": 1.0,
                                    "joined": 3}  # fmt: skip
    assert page.community_card.value.text() == "4"
    assert "active 100%" in page.community_card.caption.text()
    qtbot.mouseClick(page.community_card, Qt.LeftButton)
    views = window.navigation.metrics_windows
    assert len(views) == 1 and views[0].community_ids == []
    view = views[0]
    qtbot.waitUntil(lambda: view.metrics is not None, timeout=20000)
    view.set_period(MON, SUN)
    qtbot.waitUntil(lambda: view.metrics.start == MON and not view.reader.busy(), timeout=20000)
    view.charts["levels"].click(0)
    view.list.cellDoubleClicked.emit(0, 0)  # the customer shown in the customer list
    assert window.pages.currentWidget() is window.customers_page
    assert window.customers_page.current_id() == week["ids"][0]
    view.close()
    action = window.findChild(type(window.navigation.act_community_metrics),
                              "action_community_metrics")  # fmt: skip
    assert action.text() == "Community metrics…"


def test_non_members_are_compared_only_when_asked(qtbot, week):  # noqa: F811
    view = _open(qtbot, [week["a"], week["b"]])
    assert not view.compare_box.isChecked()
    assert view.metrics.non_members is None  # all purchases not read: fast by default
    assert view.figure_labels["non_member_repeat_rate"][0].text() == "–"
    view.compare_box.click()  # computed in the background, the window stays usable
    qtbot.waitUntil(lambda: view.metrics.non_members is not None, timeout=20000)
    assert (view.metrics.non_members, view.metrics.non_member_buyers) == (3, 1)
    assert view.figure_labels["non_member_repeat_rate"][0].text() != "–"
    view.compare_box.click()
    qtbot.waitUntil(lambda: view.metrics.non_members is None, timeout=20000)
