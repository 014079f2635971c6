"""Backups in the window: the daily backup at start, Back up now, restore with counts,
the settings dialog."""

from pathlib import Path

from models.customers import customers
from models.customers.record import Customer
from models.storage import backup


def _backups():
    path = backup.current_db_path()
    return backup.list_backups(backup.folder_for(path), path.stem)


def test_daily_backup_at_start_and_back_up_now(qtbot, window):
    qtbot.waitUntil(lambda: not window.session.daily_backup.busy(), timeout=10000)
    assert [b.reason for b in _backups()] == ["daily"]
    assert "Today's backup is saved" in window.statusBar().currentMessage()
    texts = [a.text() for a in window.menu_file.actions()]
    assert {"Back up now", "Restore from a backup…", "Backup settings…"} <= set(texts)
    made = window.backups.back_up_now()
    assert made.path.exists() and made.path.name.endswith("-manual.db.gz")
    assert str(made.path) in window.statusBar().currentMessage()
    # A window opened again the same day makes no second daily backup.
    window.session.back_up_daily_if_due()
    assert not window.session.daily_backup.busy()


def test_restore_shows_counts_then_replaces_the_data(qtbot, window, tmp_path):
    made = window.backups.back_up_now().path
    before = Customer.select().count()
    customers.create({"name": "后来加的"})
    window.refresh_all()
    dialog = window.backups.restore_backup()
    rows = [dialog.backups[r].path for r in range(len(dialog.backups))]
    dialog.list.selectRow(rows.index(made))
    qtbot.waitUntil(lambda: dialog.chosen == made, timeout=10000)
    now = dialog.compare.item(0, 0).text()
    inside = dialog.compare.item(0, 1).text()
    assert (now, inside) == (f"{before + 1:,}", f"{before:,}")
    assert dialog.restore_button.isEnabled()
    # A file that is no backup: said plainly, nothing to restore.
    junk = tmp_path / "notes.txt"
    junk.write_text("hello")
    dialog.choose_file(str(junk))
    qtbot.waitUntil(lambda: "not a Guanjia backup" in dialog.message.text(), timeout=10000)
    assert not dialog.restore_button.isEnabled() and dialog.chosen is None
    dialog.pick(made)
    qtbot.waitUntil(lambda: dialog.chosen == made, timeout=10000)
    assert dialog.restore(confirm=False)
    assert Customer.select().count() == before
    qtbot.waitUntil(lambda: window.customers_page.model.total == before, timeout=10000)
    assert "Restored" in window.statusBar().currentMessage()
    assert any(b.reason == "restore" for b in _backups())
    assert window.undo_stack.count() == 0


def test_backup_settings_refuse_bad_values_and_save_good_ones(qtbot, window, tmp_path):
    dialog = window.backups.backup_settings()
    for spin in dialog.spins.values():
        spin.setValue(0)
    dialog.accept()
    assert dialog.isVisible() and "at least one backup" in dialog.error.text()
    dialog.spins["daily"].setValue(3)
    dialog.second.setText(str(tmp_path / "no-such-stick"))
    dialog.accept()
    assert dialog.isVisible() and "does not exist" in dialog.error.text()
    stick = tmp_path / "stick"
    stick.mkdir()
    dialog.second.setText(str(stick))
    dialog.accept()
    assert not dialog.isVisible()
    saved = backup.settings()
    assert (saved.daily, saved.recent, saved.second_folder) == (3, 0, str(stick))
    made = window.backups.back_up_now()
    assert made.copies == [Path(stick) / made.path.name]


def test_a_failed_daily_backup_is_said_in_the_users_language(qtbot, window):
    from models.errors import ValidationError

    window.backups.daily_backup_done(ValidationError("dest", "folder_unwritable", "cannot create"))
    assert window.banner.isVisible()
    assert "Guanjia cannot write to this folder" in window.banner.label.text()
    assert not window.banner.show_button.isVisible()
