"""The Funnel page: in the sidebar, computed off the GUI thread, chart and table, a click
on a stage (bar or row) opens exactly its customers, the split's groups, Chinese labels
drawn, and the costs editor (saved, refused, undone from the window)."""

from __future__ import annotations

import warnings

import pytest

from models.insights import funnel, funnel_costs
from ui.sidebar import Sidebar


def _wait(page, qtbot):
    qtbot.waitUntil(lambda: page.result is not None and not page.reader.busy(), timeout=30000)


@pytest.fixture
def funnel_window(window, qtbot):
    window.sidebar.select(("page", Sidebar.FUNNEL))
    page = window.funnel_page
    assert window.pages.currentWidget() is page
    page.range_box.setCurrentIndex(page.range_box.findData("all"))
    _wait(page, qtbot)
    return window


def test_page_renders_the_stages_in_chart_and_table(funnel_window, qtbot):
    page = funnel_window.funnel_page
    expected = funnel.compute()
    assert [s.count for s in page.result.stages] == [s.count for s in expected.stages]
    assert page.table.rowCount() == len(funnel.STAGES)
    assert page.table.item(0, 0).text() == "Acquired"
    assert page.table.item(0, 1).text().replace(",", "") == str(expected.stages[0].count)
    assert page.chart.values == [s.count for s in expected.stages]
    assert page.chart.labels[3] == "First purchase"
    assert page.roi_table.rowCount() >= 1


def test_a_bar_or_a_row_opens_exactly_the_stage_s_customers(funnel_window, qtbot):
    page = funnel_window.funnel_page
    shown = funnel_window.customers_page
    page.chart.click(3)  # first purchase
    qtbot.waitUntil(lambda: funnel_window.pages.currentWidget() is shown, timeout=10000)
    wanted = funnel.stage_customers(funnel.Period(), "purchase")
    assert list(shown.filter.customer_ids) == wanted
    assert "First purchase" in shown.filter.ids_label
    funnel_window.sidebar.select(("page", Sidebar.FUNNEL))
    page.split_box.setCurrentIndex(page.split_box.findData("channel"))
    _wait(page, qtbot)
    assert page.group_box.isVisible()
    page.group_box.setCurrentIndex(1)  # the largest channel
    group = page.group_box.currentData()
    first = next(g for g in page.result.groups if g.key == group)
    assert page.table.item(1, 1).text().replace(",", "") == str(first.stages[1].count)
    page.table.cellDoubleClicked.emit(1, 0)  # qualified, of that channel
    qtbot.waitUntil(lambda: funnel_window.pages.currentWidget() is shown, timeout=10000)
    assert list(shown.filter.customer_ids) == funnel.stage_customers(
        funnel.Period(), "qualified", "channel", group
    )


def test_chinese_stage_names_are_drawn(funnel_window):
    page = funnel_window.funnel_page
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns "Glyph ... missing" for boxes
        page.chart.plot(
            "barh", ["获客", "识别", "培育", "转化", "经营", "裂变"], [6, 5, 4, 3, 2, 1]
        )
        page.chart.figure.canvas.draw()


def _type(qtbot, widget, text):
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    widget.setFocus()
    for ch in text:  # one key event per character: keyClicks aborts on non-ASCII
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            widget.event(QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, ch))


def test_costs_editor_saves_refuses_and_undoes(funnel_window, qtbot):
    page = funnel_window.funnel_page
    dialog = page.edit_costs()
    dialog.target.setCurrentIndex(dialog.target.findData("channel:ads"))
    dialog.amount.setText("-5")
    assert not dialog.save()
    assert dialog.problem.text() == "A cost cannot be negative."
    assert funnel_costs.listing() == []
    dialog.amount.setText("1,500.50")
    _type(qtbot, dialog.note, "朋友圈")
    assert dialog.save()
    (row,) = funnel_costs.listing()
    assert row["amount_fen"] == 150050 and row["channel"] == "ads" and row["note"] == "朋友圈"
    assert dialog.table.rowCount() == 1
    funnel_window.undo_stack.undo()
    assert funnel_costs.listing() == [] and dialog.table.rowCount() == 0
    funnel_window.undo_stack.redo()
    assert len(funnel_costs.listing()) == 1
    dialog.table.selectRow(0)
    assert dialog.remove_selected()
    assert funnel_costs.listing() == []
    funnel_window.undo_stack.undo()
    assert funnel_costs.listing()[0]["amount_fen"] == 150050
    _wait(page, qtbot)
    dialog.close()
