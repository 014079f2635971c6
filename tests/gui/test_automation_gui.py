"""The Automation page (issue 28): the editor builds a rule from its pickers (and says
what is wrong without saving), a dry run shows the count, a switch is an undo step, the
run log lists a run and its undo, the log exports to .xlsx; the window processes the
outbox by itself."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from models import clock
from models.automation import rules, runner, runs
from models.customers import customers
from models.purchases import purchases
from models.tags.tags import find_tag


@pytest.fixture
def page(qtbot, db):
    from PySide6.QtGui import QUndoStack

    from ui.automation.page import AutomationPage

    clock.set_now(dt.datetime(2026, 12, 7, 10, 0))
    stack = QUndoStack()
    p = AutomationPage(stack)
    qtbot.addWidget(p)
    p.stack = stack
    return p


def _select_rule(page, rid: int) -> int:
    for row in range(page.rules_table.rowCount()):
        if page.rules_table.item(row, 0).data(Qt.UserRole) == rid:
            page.rules_table.selectRow(row)
            return row
    raise AssertionError(rid)


def test_editor_builds_a_rule_from_pickers(qtbot, page):
    from ui.automation.editor import RuleEditor

    dialog = RuleEditor(parent=page)
    qtbot.addWidget(dialog)
    dialog.name.setText("大单标记")
    dialog.trigger.kind.setCurrentIndex(dialog.trigger.kind.findData("purchase"))
    dialog.trigger.settings.widgets["above"].setValue(1000)  # yuan, kept in fen
    cond = dialog.add_condition()
    cond.field.setCurrentIndex(cond.field.findData("city"))
    cond.op.setCurrentIndex(cond.op.findData("is"))
    cond.value.setText("杭州")
    action = dialog.action_rows[0]
    action.settings.widgets["tag"].setText("大单")
    dialog.save()
    rule = rules.get(dialog.saved_id)
    assert rule.name == "大单标记" and not rule.enabled
    assert rule.trigger == {"kind": "purchase", "above": 100000}
    assert rule.conditions == [{"field": "city", "op": "is", "value": "杭州"}]
    assert rule.actions == [{"kind": "add_tag", "tag": "大单"}]


def test_editor_shows_and_takes_money_in_yuan(qtbot, page):
    """The shipped 累计消费 > 2000 rule keeps 200000 fen: the editor says 2000 (yuan), and
    a spend typed as 2,500.5 is kept as 250050 fen; choices are words, not codes."""
    from ui.automation.editor import RuleEditor

    shipped = next(r for r in rules.listing() if r.shipped == "high_value")
    dialog = RuleEditor(shipped, parent=page)
    qtbot.addWidget(dialog)
    spend = dialog.condition_rows[0]
    assert spend.field.currentData() == "total_spend" and spend.value.text() == "2000"
    spend.value.setText("2,500.5")
    dialog.save()
    assert rules.get(shipped.id).conditions[0] == {
        "field": "total_spend",
        "op": "gt",
        "value": 250050,
    }
    first = next(r for r in rules.listing() if r.shipped == "first_purchase")
    dialog = RuleEditor(first, parent=page)
    qtbot.addWidget(dialog)
    which = dialog.trigger.settings.widgets["which"]
    assert which.currentData() == "first" and which.currentText() != "first"
    channel = dialog.action_rows[1].settings.widgets["channel"]
    assert channel.currentData() == "phone" and channel.currentText() != "phone"


def test_editor_says_what_is_wrong_and_saves_nothing(qtbot, page):
    from ui.automation.editor import RuleEditor

    count = len(rules.listing())
    dialog = RuleEditor(parent=page)
    qtbot.addWidget(dialog)
    dialog.name.setText("坏规则")
    dialog.action_rows[0].settings.widgets["tag"].setText("")  # add_tag without a tag
    dialog.save()
    assert dialog.error.text() and dialog.saved_id is None
    assert len(rules.listing()) == count


def test_dry_run_switch_run_log_and_undo(qtbot, page):
    first = next(r for r in rules.listing() if r.shipped == "first_purchase")
    a = customers.create({"name": "首购客"})
    purchases.add(a, 10, at=clock.now())
    page.refresh()
    _select_rule(page, first.id)
    page.dry_button.click()
    assert "Would touch 1 customers" in page.dry_result.text()
    row = _select_rule(page, first.id)
    page.rules_table.item(row, 0).setCheckState(Qt.Checked)  # the switch
    assert rules.get(first.id).enabled and page.stack.count() == 1
    page.stack.undo()
    assert not rules.get(first.id).enabled
    page.stack.redo()
    b = customers.create({"name": "新首购"})
    purchases.add(b, 10, at=clock.now())
    page.run_button.click()
    assert page.log_table.rowCount() == 1
    run_id = runs.log()[0].id
    assert find_tag("新客") is not None
    page.log_table.selectRow(0)
    page.undo_run_button.click()
    assert runs.get(run_id).undone
    assert "Undone" in page.log_table.item(0, 5).text()


def test_run_log_exports_to_xlsx(qtbot, page, tmp_path):
    rid = rules.add(
        "新建标记", {"kind": "customer_created"}, [], [{"kind": "add_tag", "tag": "新"}]
    )
    rules.set_enabled(rid, True)
    customers.create({"name": "甲"})
    runner.process_pending()
    page.refresh()
    path = tmp_path / "log.xlsx"
    assert page.export_to(str(path)) == 1
    assert path.exists() and path.stat().st_size > 0


def test_the_window_processes_the_outbox_by_itself(qtbot, window):
    rid = rules.add(
        "新建标记", {"kind": "customer_created"}, [], [{"kind": "add_tag", "tag": "窗口"}]
    )
    rules.set_enabled(rid, True)
    customers.create({"name": "窗口新客"})
    window.session.automation.look()
    qtbot.waitUntil(lambda: runner.pending() == 0 and bool(runs.log()), timeout=10000)
    assert find_tag("窗口") is not None


def test_a_long_rule_name_takes_the_room_and_shows_whole_in_its_tip(qtbot, page):
    from PySide6.QtWidgets import QHeaderView

    long_name = "新客户首单满两千元后第三天由负责人电话回访并打上高价值新客标签再约到店体验一次"
    rules.add(long_name, {"kind": "customer_created"}, [], [{"kind": "add_tag", "tag": "新"}])
    rules.add("短", {"kind": "customer_created"}, [], [{"kind": "add_tag", "tag": "新"}])
    page.refresh()
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    table = page.rules_table
    heads = table.horizontalHeader()
    assert heads.sectionResizeMode(1) == QHeaderView.Stretch
    names = {table.item(r, 1).text(): table.item(r, 1) for r in range(table.rowCount())}
    assert names[long_name].toolTip() == long_name
    # the name column has the room the short columns leave; it elides, not the table scrolls
    assert heads.sectionSize(1) > heads.sectionSize(0) + heads.sectionSize(2)
    assert heads.length() <= table.viewport().width()
    assert table.textElideMode() == Qt.ElideRight
