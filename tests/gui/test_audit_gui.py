"""The audit log in the window: the staff name from Settings, undo/redo logged, the
dialog's filters and its Excel export."""

from __future__ import annotations

import openpyxl

from models.customers import customers
from models.storage import audit
from models.team import staff
from tests.gui.helpers import when_modal


def test_staff_name_undo_and_the_audit_dialog(qtbot, window, tmp_path):
    staff.add("小李")  # the demo's team is there: the audit name is one of them
    assert window.privacy.set_staff_name("小李") == "小李"
    said = {}
    state = when_modal(qtbot, lambda box: (said.update(text=box.text()), box.accept()))
    assert window.privacy.set_staff_name("名" * 41) is None  # refused, in words
    assert state["done"] and "40" in said["text"]
    assert audit.staff() == "小李"
    texts = [a.text() for a in window.menu_file.actions()]
    assert "Audit log…" in texts
    assert "Staff name…" in [a.text() for a in window.menu_settings.actions()]

    cid = customers.create({"name": "审计客户"})
    from ui import undo

    customers.move_to_bin([cid])  # as the window does: the change, then its command
    window.undo_stack.push(undo.MoveToBin([cid], lambda _ids: None))
    window.undo_stack.undo()
    window.undo_stack.redo()
    # the customer's entries: the window's background work (the day's backup, scores,
    # rules) may write its own meanwhile
    entries = [e for e in audit.entries(limit=50) if e["target"] == "customer"][:5]
    assert [e["action"] for e in entries] == ["redo", "delete", "undo", "undelete", "delete"]
    assert entries[0]["detail"] == "Delete customers"

    dialog = window.privacy.show_audit_log()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0 and not dialog.reader.busy(),
                    timeout=10000)  # fmt: skip
    total = dialog.total
    assert dialog.table.item(0, 1).text() == "小李"
    assert f"{total:,} entries." == dialog.status.text()
    dialog.action.setCurrentIndex(dialog.action.findData("create"))
    qtbot.waitUntil(lambda: not dialog.debounce.isActive() and not dialog.reader.busy()
                    and dialog.total < total, timeout=10000)  # fmt: skip
    assert {dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())} == {"Created"}
    dialog.search.setText("审计客户")
    qtbot.waitUntil(lambda: not dialog.debounce.isActive() and not dialog.reader.busy()
                    and dialog.total == 1, timeout=10000)  # fmt: skip
    out = tmp_path / "log.xlsx"
    assert dialog.export(str(out)) == 1
    rows = list(openpyxl.load_workbook(out).active.values)
    assert rows[0][:3] == ("When", "Staff", "What") and rows[1][1:3] == ("小李", "Created")
    dialog.reject()
