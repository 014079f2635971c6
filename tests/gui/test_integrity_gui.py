"""A damaged database in the window: said plainly, the newest good backup offered and
restored, no write meanwhile; and damage found while the window fills (start-up)."""

from __future__ import annotations

import hashlib

import pytest

from models.customers import customers
from models.customers.record import Customer
from models.demo import demo
from models.errors import DatabaseDamagedError
from models.schema.opening import open_database
from models.storage import backup
from models.storage.db import close_database, integrity
from tests.gui.helpers import when_modal
from tests.test_integrity import damage


@pytest.fixture
def damaged(db_path):
    """300 customers, a daily backup of them, one more customer; then the follow-up
    table's root page is overwritten (the customer list still reads)."""
    open_database(db_path)
    demo.generate(300, seed=5)
    backup.make("daily")
    customers.create({"name": "备份后"})
    close_database()
    damage(db_path, "followup")
    open_database(db_path)
    yield db_path
    close_database()


def _window(qtbot):
    from desktop import settings as app_settings
    from desktop.main_window import MainWindow

    w = MainWindow(app_settings.open_settings())
    qtbot.addWidget(w)
    w.show()
    return w


def test_the_window_says_the_damage_and_restores_the_newest_good_backup(qtbot, damaged):
    before = hashlib.sha256(damaged.read_bytes()).hexdigest()
    window = _window(qtbot)
    qtbot.waitUntil(lambda: window.backups.damaged_dialog is not None, timeout=10000)
    dialog = window.backups.damaged_dialog
    qtbot.waitUntil(dialog.restore_button.isEnabled, timeout=10000)
    offer = dialog.offer.text()
    assert "newest good backup" in offer and "Daily" in offer and "300 customers" in offer
    assert window.banner.isVisible() and "damaged" in window.banner.label.text()
    assert integrity().damaged
    with pytest.raises(DatabaseDamagedError):
        customers.create({"name": "不该写入"})
    assert not window.session.daily_backup.busy()  # no backup of a damaged file
    assert [b.reason for b in backup.list_backups(damaged.parent / "backups")] == ["daily"]
    assert hashlib.sha256(damaged.read_bytes()).hexdigest() == before

    assert dialog.restore()
    qtbot.waitUntil(lambda: not window.session.integrity.busy(), timeout=10000)
    assert not integrity().damaged and not window.banner.isVisible()
    assert Customer.select().count() == 300
    customers.create({"name": "修好后"})
    assert Customer.select().count() == 301
    reasons = [b.reason for b in backup.list_backups(damaged.parent / "backups")]
    assert "damaged" in reasons
    window.refresh_all()
    qtbot.waitUntil(lambda: window.customers_page.model.total == 301, timeout=10000)


def test_a_damaged_database_with_no_good_backup_says_so(qtbot, damaged):
    for b in backup.list_backups(damaged.parent / "backups"):
        b.path.unlink()
    window = _window(qtbot)
    qtbot.waitUntil(lambda: window.backups.damaged_dialog is not None, timeout=10000)
    dialog = window.backups.damaged_dialog
    qtbot.waitUntil(lambda: "No good backup" in dialog.offer.text(), timeout=10000)
    assert not dialog.restore_button.isEnabled()
    dialog.reject()
    window.banner.show_button.click()  # the banner offers it again
    qtbot.waitUntil(lambda: window.backups.damaged_dialog is not None, timeout=5000)
    window.backups.damaged_dialog.reject()


def test_damage_found_before_an_upgrade_offers_the_restore_before_the_window(qtbot, db_path):
    from peewee import SqliteDatabase

    from desktop import settings as app_settings
    from desktop.app import open_window
    from desktop.session import DatabaseSession
    from models.schema import migrations

    old = SqliteDatabase(str(db_path))  # a database of an older Guanjia (schema 5)
    migrations.upgrade(old, target=5)
    for i in range(120):
        old.execute_sql("INSERT INTO customer (name, name_key, created_at, updated_at) "
                        "VALUES (?, ?, '2026-01-01', '2026-01-01')", (f"客户{i}", f"k{i}"))  # fmt: skip
    old.close()
    backup.make("daily", db_path=db_path)
    damage(db_path, "customer")

    def restore(dialog):
        qtbot.waitUntil(dialog.restore_button.isEnabled, timeout=10000)
        assert "120 customers" in dialog.offer.text()
        dialog.restore()

    state = when_modal(qtbot, restore)
    window = open_window(app_settings.open_settings(), DatabaseSession(db_path))
    assert state["done"] and "error" not in state
    qtbot.addWidget(window)
    assert Customer.select().count() == 120  # restored, then upgraded to this schema
    window.close()
    close_database()

    damage(db_path, "customer")
    migrations_back = SqliteDatabase(str(db_path))  # older again, so the check runs first
    migrations_back.execute_sql("UPDATE schema_info SET value = '5' WHERE key = 'version'")
    migrations_back.close()
    declined = when_modal(qtbot, lambda d: d.reject())
    assert open_window(app_settings.open_settings(), DatabaseSession(db_path)) is None
    assert declined["done"]


def test_the_window_asks_before_creating_a_database_somewhere_new(qtbot, tmp_path, db, db_path):
    """A mistyped --db in the window is asked about; No means no."""
    import argparse

    from PySide6.QtWidgets import QMessageBox

    from desktop.app import confirm_new_database, new_named_database
    from tests.gui.helpers import when_modal

    typo = tmp_path / "typo" / "guanjia.db"
    assert new_named_database(argparse.Namespace(db=str(typo)))
    assert not new_named_database(argparse.Namespace(db=str(db_path)))  # it exists
    assert not new_named_database(argparse.Namespace(db=None))  # the data folder's own
    seen = {}

    def answer(button):
        def handler(box):
            seen["text"] = box.text()
            box.button(button).click()

        return handler

    state = when_modal(qtbot, answer(QMessageBox.No))
    assert confirm_new_database(typo) is False
    assert state["done"] and str(typo) in seen["text"] and not typo.parent.exists()
    when_modal(qtbot, answer(QMessageBox.Yes))
    assert confirm_new_database(typo) is True
