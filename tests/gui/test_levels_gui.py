"""The Levels dialog (Settings > Member levels…): a level added by typing (bad input said
in the dialog, nothing written), edited, archived, each undone and redone; the rules
saved; the recompute run off the GUI thread; the level in the customer list's column
and as a badge on the card; a purchase recorded in the window earning points."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from models import clock
from models.customers import customers
from models.membership import cards, level_rules, levels, points, settings
from models.membership.tables import MemberLevel
from tests.gui.helpers import type_text, when_modal

NOW = dt.datetime(2026, 11, 18, 10, 0)


@pytest.fixture
def shop(db):
    clock.set_now(NOW)
    cid = customers.create({"name": "张三"})
    cards.enroll(cid)
    levels.add({"name": "普通", "rank": 0, "threshold": 0})
    return cid


def test_add_edit_archive_with_undo(qtbot, shop):
    from ui.membership.levels_dialog import LevelsDialog

    stack = QUndoStack()
    dialog = LevelsDialog(None, stack)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1

    def fill_in(edit):
        type_text(edit.name, "银卡")
        edit.basis.setCurrentIndex(1)  # by spend
        edit.threshold.setText("1000")
        edit.period.setValue(365)
        edit.grace.setValue(30)
        edit.multiplier.setText("abc")
        edit.accept()  # refused: said in the dialog, which stays
        assert edit.isVisible() and edit.error.isVisible()
        assert MemberLevel.select().count() == 1
        edit.multiplier.setText("1.5")
        edit.discount.setText("5")
        edit.accept()

    state = when_modal(qtbot, fill_in)
    dialog.add_level()
    assert state["done"] and "error" not in state
    silver = levels.find("银卡")
    assert (silver.basis, silver.threshold, silver.period_days, silver.grace_days,
            silver.points_multiplier_permille, silver.discount_permille) == (
        "spend", 100000, 365, 30, 1500, 50)  # fmt: skip
    assert dialog.table.rowCount() == 2 and dialog.table.item(1, 0).text() == "银卡"
    stack.undo()  # the added level archived
    assert dialog.table.rowCount() == 1 and levels.get(silver.id).archived_at is not None
    stack.redo()
    assert dialog.table.rowCount() == 2

    dialog.table.selectRow(1)

    def raise_threshold(edit):
        assert edit.threshold.text() == "1000"
        edit.threshold.setText("2000")
        edit.accept()

    when_modal(qtbot, raise_threshold)
    dialog.edit_level()
    assert levels.get(silver.id).threshold == 200000
    stack.undo()
    assert levels.get(silver.id).threshold == 100000
    stack.redo()

    dialog.table.selectRow(0)  # 普通 is held by nobody yet: it can be archived
    dialog.archive_level()
    assert [lv.name for lv in levels.list_levels()] == ["银卡"]
    stack.undo()
    assert len(levels.list_levels()) == 2
    level_rules.recompute()  # the member holds 普通 now
    dialog.reload()
    dialog.table.selectRow(0)
    dialog.archive_level()  # refused: said, nothing written
    assert not dialog.error.isHidden() and len(levels.list_levels()) == 2


def test_rules_saved_and_recompute(qtbot, shop):
    from ui.membership.levels_dialog import LevelsDialog

    levels.add({"name": "银卡", "rank": 1, "threshold": 100})
    points.earn(shop, 150)
    dialog = LevelsDialog(None, QUndoStack())
    qtbot.addWidget(dialog)
    dialog.rule_boxes["points_per_yuan"].setValue(2)
    dialog.rule_boxes["points_task_first_order"].setValue(30)
    dialog.tags_check.setChecked(True)
    dialog.save_rules()
    assert (settings.get("points_per_yuan"), settings.get("points_task_first_order"),
            settings.get("level_tags")) == (2, 30, True)  # fmt: skip
    dialog.recompute()
    assert "1 up" in dialog.result.text()
    assert level_rules.state(shop)["level"] == "银卡"
    assert dialog.table.item(1, 8).text() == "1"  # 银卡's members


def test_the_window_shows_the_level_and_a_purchase_earns(qtbot, shop):
    from desktop import settings as app_settings
    from desktop.main_window import MainWindow
    from ui.customers.table_model import LEVEL
    from ui.followups.dialogs import PurchaseDialog
    from ui.sidebar import Sidebar

    level_rules.recompute()
    w = MainWindow(app_settings.open_settings())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(w.notices.service.timer.isActive, timeout=10000)
    assert w.act_levels in w.menu_settings.actions()
    w.sidebar.select(("page", Sidebar.CUSTOMERS))
    page = w.customers_page
    keys = [c.key for c in page.model.columns]
    row = page.model.row_of(shop)
    assert page.model.data(page.model.index(row, keys.index(LEVEL))) == "普通"
    assert page.model.headerData(keys.index(LEVEL), 1) == "Member level"
    page.table.selectRow(row)
    badge = page.findChild(QWidget, "detail_level_badge")
    qtbot.waitUntil(lambda: badge.isVisible() and badge.text() == "普通", timeout=3000)
    dialog = PurchaseDialog(w, shop, "张三")
    qtbot.addWidget(dialog)
    dialog.amount.setText("88.8")
    dialog.accept()
    assert dialog.earned["points"] == 88 and points.balance(shop) == 88
