"""The polish people notice: numbers, money and dates as staff read them in both
languages, numbers right-aligned and long cells' tooltips, table rows a comfortable
height, the status bar's count of the list, and every dialog's buttons in a
QDialogButtonBox that reads in the window's language."""

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox, QTableView, QTreeView

from desktop import translations
from models import clock
from models.complaints import complaint_list, complaints
from models.customers import customer_list, customers
from models.customers.customer_filter import CustomerFilter
from models.followups import followups
from models.purchases import purchases
from tests.gui.helpers import type_text
from ui import formatting
from ui.audit_dialog import AuditDialog
from ui.backup_dialogs import BackupSettingsDialog, EncryptedBackupDialog, RestoreDialog
from ui.complaints.dialogs import ComplaintDialog, SlaSettingsDialog, StepDialog
from ui.complaints.faq_dialogs import FaqDialog, FaqEntryDialog
from ui.complaints.table_model import COLUMNS as COMPLAINT_COLUMNS
from ui.complaints.table_model import ComplaintTableModel
from ui.customers.custom_fields_dialog import CustomFieldsDialog, NewFieldDialog
from ui.customers.edit_dialog import CustomerDialog
from ui.customers.lifecycle_dialog import LifecycleDialog
from ui.customers.table_model import CustomerTableModel
from ui.error_dialog import ErrorReportDialog
from ui.export_dialog import ExportDialog
from ui.followups.dialogs import (
    CompleteDialog,
    DateDialog,
    FollowupDialog,
    InteractionDialog,
    PurchaseDialog,
)
from ui.followups.rules_dialog import CareSettingsDialog, StayInTouchDialog
from ui.import_history_dialog import ImportHistoryDialog
from ui.lock_screen import UnlockDialog
from ui.privacy_dialog import PrivacyDialog
from ui.tags.bulk_dialog import BulkTagDialog

RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)
WHEN = dt.datetime(2026, 12, 7, 14, 30, 5)
LONG_NOTE = "老客户，每次来都要靠窗的位置；" * 4 + "\n第二行：生日前一周提醒"


# ------------------------------------------------------------ the formats


def test_numbers_and_money_read_the_same_in_both_languages(qapp):
    for language in ("zh_CN", "en"):
        translations.apply(language)
        assert formatting.number(1234) == "1,234"
        assert formatting.number(1_000_000) == "1,000,000"
        assert formatting.number(0) == "0"
        assert formatting.number(None) == ""
        assert formatting.number(1234.5, decimals=2) == "1,234.50"
        assert formatting.money(123450) == "¥1,234.50"
        assert formatting.money(-3550) == "-¥35.50"
        assert formatting.money(5) == "¥0.05"
        assert formatting.money(0) == "¥0.00"
        assert formatting.money(None) == ""
        assert formatting.percent(0.1234) == "12.3%"


def test_dates_read_as_each_language_expects(qapp):
    translations.apply("zh_CN")
    assert formatting.date_text(WHEN.date()) == "2026-12-07"
    assert formatting.datetime_text(WHEN) == "2026-12-07 14:30"
    assert formatting.datetime_text(WHEN, seconds=True) == "2026-12-07 14:30:05"
    assert formatting.month_day_text(WHEN.date()) == "12-07"
    translations.apply("en")
    assert formatting.date_text(WHEN.date()) == "7 Dec 2026"
    assert formatting.datetime_text(WHEN) == "7 Dec 2026 14:30"
    assert formatting.month_day_text(WHEN.date()) == "7 Dec"
    assert formatting.datetime_text(None) == formatting.date_text(None) == ""


# ------------------------------------------------------------ the customer list


@pytest.fixture
def spender(demo_db):
    """A customer with a long note and purchases worth ¥12,345.60 in all."""
    cid = customers.create({"name": "钱多多", "mobile": "13800138000", "notes": LONG_NOTE})
    purchases.add(cid, 10_000, at=dt.datetime(2026, 2, 1, 9, 0))  # yuan
    purchases.add(cid, 2_345.6, at=dt.datetime(2026, 3, 1, 10, 15))
    return cid


def _customer_cell(model, cid, key, role=Qt.DisplayRole):
    row = model.row_of(cid)
    column = [c.key for c in model.columns].index(key)
    return model.data(model.index(row, column), role)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_customer_table_aligns_numbers_and_shows_long_text_whole(qapp, spender, language):
    translations.apply(language)
    model = CustomerTableModel()
    model.set_filter(CustomerFilter(search="钱多多"))
    assert _customer_cell(model, spender, "total_spend_cents") == "¥12,345.60"
    assert _customer_cell(model, spender, "total_spend_cents", Qt.TextAlignmentRole) == RIGHT
    assert _customer_cell(model, spender, "purchase_count", Qt.TextAlignmentRole) == RIGHT
    assert _customer_cell(model, spender, "name", Qt.TextAlignmentRole) != RIGHT
    # the cell shows the note on one line; its tooltip the whole note, line breaks kept
    assert "\n" not in _customer_cell(model, spender, "notes")
    assert _customer_cell(model, spender, "notes", Qt.ToolTipRole) == LONG_NOTE.strip()
    assert _customer_cell(model, spender, "name", Qt.ToolTipRole) is None  # short
    last = _customer_cell(model, spender, "last_purchase_at")
    assert last == ("2026-03-01 10:15" if language == "zh_CN" else "1 Mar 2026 10:15")


def test_tables_have_comfortable_rows(window):
    w = window
    for view in (w.customers_page.table, w.followups_page.table, w.complaints_page.table):
        height = view.fontMetrics().height() + formatting.ROW_PADDING
        assert view.verticalHeader().defaultSectionSize() == height
    tree = w.customers_page.browser.tree
    assert isinstance(tree, QTreeView)
    model = tree.model()
    first = model.index(0, 0)
    assert tree.sizeHintForRow(0) >= tree.fontMetrics().height() + formatting.ROW_PADDING
    assert first.isValid()


# ------------------------------------------------------------ the complaints list


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_complaint_table_aligns_numbers_and_shows_long_text_whole(qapp, demo_db, language):
    translations.apply(language)
    clock.set_now(dt.datetime(2026, 12, 7, 16, 0))
    cid = customer_list.page(CustomerFilter(), customer_list.Sort("id"), 1).rows[0]["id"]
    long_text = "洗完以后裤子缩水了两个码，店员说不能退，要求退款并道歉。" * 3
    complaints.create(cid, category="quality", description=long_text,
                      received_at="2026-12-07T14:30")  # fmt: skip
    model = ComplaintTableModel()
    model.reload()

    def cell(key, role=Qt.DisplayRole):
        return model.data(model.index(0, COMPLAINT_COLUMNS.index(key)), role)

    assert cell("id", Qt.TextAlignmentRole) == RIGHT
    assert cell("customer", Qt.TextAlignmentRole) != RIGHT
    assert cell("description", Qt.ToolTipRole) == long_text
    assert cell("received") == ("2026-12-07 14:30" if language == "zh_CN" else "7 Dec 2026 14:30")


# ------------------------------------------------------------ the status bar


def _select_rows(view, rows):
    model, selection = view.model(), QItemSelection()
    for r in rows:
        selection.select(model.index(r, 0), model.index(r, 0))
    view.selectionModel().select(
        selection, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows
    )


def test_status_bar_counts_the_customer_list_in_english(qtbot, window):
    page, label = window.customers_page, window.count_label
    assert label.text() == "600 customers"
    type_text(page.search, "张")
    expected = customer_list.count(CustomerFilter(search="张"))
    qtbot.waitUntil(lambda: page.model.matching == expected, timeout=3000)
    assert label.text() == f"{expected} of 600 customers (filtered)"
    _select_rows(page.table, [0, 1, 2])
    assert label.text() == f"{expected} of 600 customers (filtered) · 3 customers selected"
    _select_rows(page.table, [0])  # one selected: nothing to say
    assert label.text() == f"{expected} of 600 customers (filtered)"


def test_status_bar_counts_the_customer_list_in_chinese(qtbot, window):
    page, label = window.customers_page, window.count_label
    translations.apply("zh_CN")
    qtbot.waitUntil(lambda: label.text().startswith("共 "), timeout=3000)
    total = customer_list.total(False)
    assert label.text() == f"共 {total} 位客户"
    type_text(page.search, "张")
    expected = customer_list.count(CustomerFilter(search="张"))
    qtbot.waitUntil(lambda: page.model.matching == expected, timeout=3000)
    assert label.text() == f"筛选后 {expected} / 共 {total} 位客户"
    _select_rows(page.table, [0, 1, 2])
    assert label.text() == f"筛选后 {expected} / 共 {total} 位客户 · 已选择 3 位"


def test_status_bar_groups_thousands(qtbot, window):
    from models.storage.db import database

    with database.atomic():
        for i in range(450):
            customers.create({"name": f"批量{i}"})
    window.refresh_all()
    assert window.count_label.text() == "1,050 customers"
    translations.apply("zh_CN")  # the window re-applies its texts on LanguageChange
    qtbot.waitUntil(lambda: window.count_label.text() == "共 1,050 位客户", timeout=3000)


def test_status_bar_counts_complaints_and_follow_ups(qtbot, window):
    clock.set_now(dt.datetime(2026, 11, 18, 10, 0))
    ids = [r["id"] for r in customer_list.page(CustomerFilter(), customer_list.Sort("id"), 3).rows]
    for cid, severity in zip(ids, ("urgent", "normal", "normal"), strict=True):
        complaints.create(cid, category="quality", description="破了", severity=severity)
    for cid in ids:
        followups.create(cid, "2026-11-18T15:00", subject="回访")
    window.navigation.show_complaints()
    page = window.complaints_page
    qtbot.waitUntil(lambda: page._loaded, timeout=3000)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.total == 3, timeout=3000)
    label = window.count_label
    assert label.text() == "3 complaints"
    page.severity.setCurrentIndex(page.severity.findData("urgent"))
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=3000)
    assert label.text() == "1 of 3 complaints (filtered)"
    translations.apply("zh_CN")
    qtbot.waitUntil(lambda: label.text() == "筛选后 1 / 共 3 条投诉", timeout=3000)
    window.navigation.show_agenda("today")
    fpage = window.followups_page
    fpage.refresh()
    qtbot.waitUntil(lambda: fpage.model.total >= 3, timeout=3000)
    total = fpage.model.total
    assert label.text() == f"共 {total} 条跟进"
    _select_rows(fpage.table, [0, 1])
    assert label.text() == f"共 {total} 条跟进 · 已选择 2 条"


# ------------------------------------------------------------ dialogs


def _dialogs(window):
    """One of every dialog class in ui/, built on a real database."""
    clock.set_now(dt.datetime(2026, 11, 18, 10, 0))
    cid = customer_list.page(CustomerFilter(), customer_list.Sort("id"), 1).rows[0]["id"]
    complaint = complaint_list.get(complaints.create(cid, category="quality", description="x"))
    followup = followups.get(followups.create(cid, "2026-11-18T15:00", subject="回访"))
    w = window
    return [
        AuditDialog(w), BackupSettingsDialog(w), EncryptedBackupDialog(w), RestoreDialog(w),
        ComplaintDialog(w), SlaSettingsDialog(w), StepDialog(w, complaint, "respond"),
        FaqDialog(w), FaqEntryDialog(w), CustomFieldsDialog(w), NewFieldDialog(w),
        CustomerDialog(w), CustomerDialog(w, customers.get(cid)), LifecycleDialog(w),
        ErrorReportDialog("Traceback", "", w), ExportDialog(w, 600, 1, 3),
        CompleteDialog(w, followup), DateDialog(w, "Snooze", dt.date(2026, 11, 20)),
        FollowupDialog(w, cid), InteractionDialog(w, cid, "x"), PurchaseDialog(w, cid, "x"),
        CareSettingsDialog(w), StayInTouchDialog(w), ImportHistoryDialog(w), UnlockDialog(w),
        PrivacyDialog(w), BulkTagDialog(3, 600, w),
    ]  # fmt: skip


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_dialog_has_its_buttons_in_a_button_box(qtbot, window, language):
    translations.apply(language)
    cancel, close = ("取消", "关闭") if language == "zh_CN" else ("Cancel", "Close")
    for dialog in _dialogs(window):
        name = type(dialog).__name__
        boxes = dialog.findChildren(QDialogButtonBox)
        assert len(boxes) == 1, name
        box = boxes[0]
        assert box.buttons(), name
        for which, text in ((QDialogButtonBox.Cancel, cancel), (QDialogButtonBox.Close, close)):
            if box.button(which) is not None:
                assert box.button(which).text() == text, name
        for table in dialog.findChildren(QTableView):
            height = table.fontMetrics().height() + formatting.ROW_PADDING
            assert table.verticalHeader().defaultSectionSize() == height, name
        dialog.deleteLater()
