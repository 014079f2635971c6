"""Privacy in the window: the password asked at start, the idle lock that covers every
window and lets nothing through, masked mobiles in the table, the detail panel and the
export dialog, erasing a customer, and the encrypted backup through the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox

from models.customers import customers
from models.customers.record import Customer
from models.privacy import app_lock, masking
from models.storage import audit, backup, backup_crypto
from tests.gui.helpers import type_text, when_modal


def _mobile_cell(page, customer_id: int) -> str:
    model = page.model
    row = model.row_of(customer_id)
    column = [c.key for c in model.columns].index("mobile")
    return model.data(model.index(row, column))


def _detail_texts(page) -> list[str]:
    return [label.text() for label in page.detail.findChildren(QLabel)]


def test_masked_mobiles_in_the_table_detail_panel_and_export_dialog(qtbot, window):
    page = window.customers_page
    cid = customers.create({"name": "掩码测试", "mobile": "13812345678"})
    window.refresh_all()
    assert page.select_customer(cid)
    assert _mobile_cell(page, cid) == "13812345678"
    assert "13812345678" in _detail_texts(page)

    dialog = window.privacy.privacy_settings()
    dialog.mask.setChecked(True)  # saved at once, applied to the window
    assert masking.mobiles_masked()
    qtbot.waitUntil(lambda: _mobile_cell(page, cid) == "138****5678", timeout=5000)
    assert page.select_customer(cid)
    qtbot.waitUntil(lambda: "138****5678" in _detail_texts(page), timeout=5000)
    assert not any("13812345678" in t for t in _detail_texts(page))
    from ui.export_dialog import ExportDialog

    export = ExportDialog(window, matching=601, selected=1, columns=3)
    assert export.mask.isChecked() and not export.mask.isEnabled()
    export.deleteLater()
    dialog.close()
    # Search by the full number still finds them.
    page.search.setText("13812345678")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.model.row_of(cid) is not None


def test_privacy_dialog_sets_changes_and_removes_the_password(qtbot, window):
    dialog = window.privacy.privacy_settings()
    assert not dialog.current.isVisible() and not dialog.remove_button.isVisible()
    assert not dialog.lock_choice.isEnabled()  # locking needs a password
    assert not window.privacy.act_lock.isEnabled()
    type_text(dialog.new, "柜台1234")
    type_text(dialog.repeat, "柜台1235")
    assert not dialog.save_password()
    assert "not the same" in dialog.message.text() and not app_lock.is_set()
    dialog.new.setText("abc")
    dialog.repeat.setText("abc")
    assert not dialog.save_password() and "at least 4" in dialog.message.text()
    for field in (dialog.new, dialog.repeat):
        field.clear()
        type_text(field, "柜台1234")
    assert dialog.save_password() and app_lock.check("柜台1234")
    assert dialog.current.isVisible() and dialog.lock_choice.isEnabled()
    assert window.privacy.act_lock.isEnabled() and window.privacy.idle_lock.enabled
    dialog.lock_choice.setCurrentIndex(dialog.lock_choice.findData(5))
    dialog.lock_choice.activated.emit(dialog.lock_choice.currentIndex())
    assert app_lock.lock_minutes() == 5 and window.privacy.idle_lock.idle_seconds == 300
    # Removing needs the current password.
    dialog.current.setText("wrong")
    assert not dialog.remove_button.click() and app_lock.is_set()
    assert "wrong" in dialog.message.text()
    dialog.current.setText("柜台1234")
    dialog.remove_button.click()
    assert not app_lock.is_set() and not window.privacy.idle_lock.enabled
    assert not window.privacy.act_lock.isEnabled()
    dialog.close()


def test_idle_lock_covers_every_window_and_lets_nothing_through(qtbot, window):
    app_lock.set_password("open-sesame")
    app_lock.set_lock_minutes(1)
    window.privacy.apply_privacy()
    lock = window.privacy.idle_lock
    other = QDialog(window)  # an open dialog is covered too, its state kept
    other.setWindowTitle("half-done work")
    other.show()
    assert not lock.check(now=lock.last_input + 59)
    assert lock.check(now=lock.last_input + 61) and lock.locked
    assert {o.parent() for o in lock.overlays} >= {window, other}
    overlay = next(o for o in lock.overlays if o.parent() is window)
    assert overlay.isVisible() and overlay.geometry() == window.rect()
    # Shortcuts and clicks do not reach the window while it is locked.
    opened = []
    window.editing.act_find.triggered.connect(lambda: opened.append(True))  # opens no modal dialog
    window.activateWindow()
    qtbot.keyClick(window.customers_page.table, Qt.Key_F, Qt.ControlModifier)
    assert opened == []
    clicked = []
    window.customers_page.buttons["delete"].clicked.connect(lambda: clicked.append(True))
    qtbot.mouseClick(window.customers_page.buttons["delete"], Qt.LeftButton)
    type_text(window.customers_page.search, "张")
    assert clicked == [] and window.customers_page.search.text() == ""
    # The tray names no customer.
    shown = []
    window.notices.tray = type("Tray", (), {"showMessage": lambda *a: shown.append(a)})()
    # A wrong password keeps it locked; the right one opens every window again.
    overlay.panel.field.setText("wrong")
    assert not overlay.panel.try_unlock() and lock.locked
    assert "wrong" in overlay.panel.message.text()
    type_text(overlay.panel.field, "open-sesame")
    QApplication.sendEvent(overlay.panel.field,
                           QKeyEvent(QEvent.KeyPress, Qt.Key_Return, Qt.NoModifier))  # fmt: skip
    assert not lock.locked and lock.overlays == []
    qtbot.waitUntil(lambda: not overlay.isVisible() or overlay.parent() is None, timeout=3000)
    assert other.isVisible()
    other.close()
    # Use keeps it open: input moves the idle clock.
    before = lock.last_input
    QApplication.sendEvent(window.customers_page.table,
                           QKeyEvent(QEvent.KeyPress, Qt.Key_Down, Qt.NoModifier))  # fmt: skip
    assert lock.last_input > before
    window.notices.tray = None


def test_too_many_wrong_passwords_pause_the_field(qtbot, window):
    from ui import lock_screen

    app_lock.set_password("open-sesame")
    window.privacy.apply_privacy()
    window.privacy.act_lock.trigger()
    panel = window.privacy.idle_lock.overlays[0].panel
    for _ in range(lock_screen.MAX_TRIES):
        panel.field.setText("nope")
        panel.try_unlock()
    assert not panel.field.isEnabled() and "Too many" in panel.message.text()
    panel.field.setText("open-sesame")
    assert not panel.try_unlock() and window.privacy.idle_lock.locked  # paused, even when right
    lock_screen.tries()._resume()
    assert panel.field.isEnabled() and panel.try_unlock()
    assert not window.privacy.idle_lock.locked


def test_the_password_is_asked_before_the_window_opens(qtbot, db_path, demo_db):
    from desktop import settings as app_settings
    from desktop.app import open_window
    from desktop.session import DatabaseSession

    app_lock.set_password("open-sesame")

    def wrong_then_right(dialog):
        dialog.panel.field.setText("nope")
        dialog.panel.button.click()
        assert dialog.isVisible() and "wrong" in dialog.panel.message.text()
        dialog.panel.field.setText("open-sesame")
        dialog.panel.button.click()

    state = when_modal(qtbot, wrong_then_right)
    window = open_window(app_settings.open_settings(), DatabaseSession(db_path))
    assert state["done"] and "error" not in state
    assert window is not None
    qtbot.addWidget(window)
    window.close()

    state = when_modal(qtbot, lambda dialog: dialog.reject())  # Quit
    session = DatabaseSession(db_path)
    assert open_window(app_settings.open_settings(), session) is None and state["done"]


def test_erase_from_the_customer_list(qtbot, window):
    page = window.customers_page
    cid = customers.create({"name": "要抹除的人", "mobile": "13800007777", "notes": "私事"})
    window.refresh_all()
    assert page.select_customer(cid)
    # Cancelled at the warning: nothing changes.
    state = when_modal(qtbot, lambda box: box.button(QMessageBox.Cancel).click())
    assert not page.erase_clicked()
    assert state["done"] and customers.get(cid)["name"] == "要抹除的人"

    def confirm(box):
        assert "cannot be undone" in box.text() and "要抹除的人" in box.text()
        next(b for b in box.buttons() if b.text() == "Erase for good").click()

    window.undo_stack.push(_noop_command())
    state = when_modal(qtbot, confirm)
    assert page.erase_clicked() and state["done"] and "error" not in state
    assert customers.get(cid)["name"] == f"#{cid}" and customers.get(cid)["mobile"] == ""
    assert window.undo_stack.count() == 0  # nothing left that could bring the data back
    assert page.select_customer(cid)
    qtbot.waitUntil(lambda: f"#{cid}" in _detail_texts(page), timeout=5000)
    assert "Personal data erased" in _detail_texts(page)
    assert audit.entries(audit.AuditQuery(action="erase"))[0]["target_id"] == cid
    # Erased already: said at once, no warning to confirm.
    state = when_modal(qtbot, lambda box: (texts.append(box.text()), box.accept()))
    texts = []
    assert not page.erase_clicked() and state["done"]
    assert texts == ["This customer's personal data was already erased."]
    # Several selected: one at a time.
    page.table.selectAll()
    state = when_modal(qtbot, lambda box: box.accept())
    assert not page.erase_clicked() and state["done"]


def _noop_command():
    from PySide6.QtGui import QUndoCommand

    return QUndoCommand("nothing")


def test_encrypted_backup_through_the_window(qtbot, window, tmp_path):
    target = tmp_path / "stick.gjbackup"
    made = window.backups.export_encrypted_backup(target, "correct horse")
    assert made is not None and backup_crypto.is_encrypted(target)
    assert "Encrypted backup saved" in window.statusBar().currentMessage()
    before = Customer.select().count()
    customers.create({"name": "后来加的"})

    dialog = window.backups.restore_backup()
    state = when_modal(qtbot, lambda box: (box.setTextValue("wrong horse"), box.accept()))
    dialog.choose_file(str(target))
    assert state["done"]
    qtbot.waitUntil(lambda: "password is wrong" in dialog.message.text(), timeout=10000)
    assert not dialog.restore_button.isEnabled()
    state = when_modal(qtbot, lambda box: box.reject())  # asked, then cancelled: nothing read
    dialog.pick(target)
    assert state["done"] and dialog.chosen is None
    dialog.pick(target, "correct horse")
    qtbot.waitUntil(lambda: dialog.chosen == target, timeout=10000)
    assert dialog.compare.item(0, 1).text() == f"{before:,}"
    assert dialog.restore(confirm=False)
    assert Customer.select().count() == before
    assert any(b.reason == "restore" for b in backup.list_backups(
        backup.folder_for(backup.current_db_path()), backup.current_db_path().stem))  # fmt: skip


def test_encrypted_backup_dialog_refuses_bad_input(qtbot, window, tmp_path):
    from ui.backup_dialogs import EncryptedBackupDialog

    dialog = EncryptedBackupDialog(window, str(tmp_path))
    assert dialog.target().parent == tmp_path and dialog.target().suffix == ".gjbackup"
    dialog.password.setText("long enough")
    dialog.repeat.setText("long enougH")
    dialog.accept()
    assert dialog.result() != QDialog.Accepted
    assert "not the same" in dialog.error.text()
    dialog.password.setText("short")
    dialog.repeat.setText("short")
    dialog.accept()
    assert "at least 8" in dialog.error.text()
    dialog.password.setText("long enough")
    dialog.repeat.setText("long enough")
    dialog.path.setText(str(tmp_path / "missing" / "x"))
    dialog.accept()
    assert "does not exist" in dialog.error.text()
    dialog.path.setText(str(tmp_path / "shop"))
    dialog.accept()
    assert dialog.result() == QDialog.Accepted and dialog.target() == tmp_path / "shop.gjbackup"
