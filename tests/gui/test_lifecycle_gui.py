"""The lifecycle suggestions dialog, reached from the customer page's Segment menu."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from models import clock
from models.customers import customers
from models.customers.record import Customer
from models.purchases import lifecycle, purchases
from ui.customers.lifecycle_dialog import LifecycleDialog

NOW = dt.datetime(2026, 11, 22, 12, 0)


def ago(days: int) -> dt.datetime:
    return NOW - dt.timedelta(days=days)


@pytest.fixture
def people(db):
    clock.set_now(NOW)
    # Every live customer without purchases would be suggested 潜在: keep them there.
    Customer.update(stage="lead").execute()
    made = {
        "new": customers.create({"name": "新来的", "stage": "lead"}),
        "active": customers.create({"name": "常客", "stage": "new"}),
        "dormant": customers.create({"name": "久未来", "stage": "active"}),
    }
    purchases.add(made["new"], 100, at=ago(10))
    purchases.add(made["active"], 100, at=ago(200))
    purchases.add(made["active"], 100, at=ago(20))
    purchases.add(made["dormant"], 100, at=ago(400))
    purchases.add(made["dormant"], 100, at=ago(250))
    return made


def _open(window, qtbot):
    page = window.customers_page
    action = next(a for a in page.segment_menu.actions() if a.text() == "Lifecycle suggestions…")
    action.trigger()
    dialog = page.findChild(LifecycleDialog, "lifecycle_dialog")
    qtbot.waitUntil(lambda: dialog.found is not None, timeout=10000)
    return page, dialog


def _rows(dialog):
    t = dialog.table
    return [
        (t.item(r, 0).text(), t.item(r, 1).text(), t.item(r, 2).text()) for r in range(t.rowCount())
    ]


def test_review_accept_some_then_undo_and_redo(qtbot, window, people):
    page, dialog = _open(window, qtbot)
    assert sorted(_rows(dialog)) == [
        ("Active", "→ Dormant", "1"), ("Lead", "→ New customer", "1"),
        ("New customer", "→ Active", "1"),
    ]  # fmt: skip
    assert dialog.message.text() == "3 customers would change stage."
    # The user unticks one move and accepts the other two.
    row = dialog.transitions.index(("active", "dormant"))
    dialog.table.item(row, 0).setCheckState(Qt.Unchecked)
    assert len(dialog.ticked()) == 2
    qtbot.mouseClick(dialog.accept_button, Qt.LeftButton)
    assert customers.get(people["new"])["stage"] == "new"
    assert customers.get(people["active"])["stage"] == "active"
    assert customers.get(people["dormant"])["stage"] == "active"  # left as it was
    qtbot.waitUntil(
        lambda: dialog.found is not None and dialog.table.rowCount() == 1, timeout=10000
    )
    assert dialog.message.text().startswith("2 customers moved to their suggested stage.")
    # One undo step puts both back; redo makes them again.
    assert page._undo.undoText() == "Change lifecycle stages"
    page._undo.undo()
    assert customers.get(people["new"])["stage"] == "lead"
    assert customers.get(people["active"])["stage"] == "new"
    page._undo.redo()
    assert customers.get(people["active"])["stage"] == "active"
    dialog.close()


def test_thresholds_change_the_suggestions_and_are_saved_on_accept(qtbot, window, people):
    page, dialog = _open(window, qtbot)
    # A churn window shorter than the active one is refused in place; nothing to accept.
    dialog.churn_days.setValue(100)
    qtbot.waitUntil(lambda: "must grow" in dialog.message.text(), timeout=5000)
    assert dialog.table.rowCount() == 0 and not dialog.accept_button.isEnabled()
    dialog.churn_days.setValue(240)  # the one last seen 250 days ago is now churned
    qtbot.waitUntil(
        lambda: dialog.found is not None and ("active", "churned") in dialog.transitions,
        timeout=10000,
    )
    assert lifecycle.rules().churn_days == 365  # not saved until accepted
    dialog._tick_all(False)
    assert not dialog.accept_button.isEnabled()
    dialog._tick_all(True)
    qtbot.mouseClick(dialog.accept_button, Qt.LeftButton)
    assert lifecycle.rules().churn_days == 240
    assert customers.get(people["dormant"])["stage"] == "churned"
    qtbot.waitUntil(lambda: dialog.found is not None, timeout=10000)
    assert dialog.table.rowCount() == 0
    assert "Every customer's stage fits the rules." in dialog.message.text()
    dialog.close()
