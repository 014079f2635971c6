"""Does every text fit? Opens the main window at a screen size, scale and language on a
small demo database (offscreen), shows every page and every dialog, and prints one JSON
line per visible widget whose text is cut or which overlaps a sibling or lies outside
its window; a summary goes to stderr. Exit 1 when anything was found, else 0.

Usage: .venv/bin/python scripts/layout_check.py [--size WxH] [--scale F] [--lang zh_CN|en]
       [--customers N]

--size is the screen in device pixels and --scale the system's scaling (QT_SCALE_FACTOR,
set before the application exists): 1920x1080 at 1.5 is a 1280x720 window of logical
pixels, as on a laptop at 150 %. The window fills the screen (maximised).

Each finding has the keys page, widget (objectName or class, and its path from the
window), text, lang, size, and kind (label, button, combo, tab, group, header, overlap,
outside), need and have (pixels)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from app_fixture import (  # noqa: E402 (beside this script)
    demo_database,
    sample_import_file,
    sample_purchase_file,
    settle,
    start_application,
)
from layout_checker import Checker  # noqa: E402 (beside this script)


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="1366x768", help="screen size WxH in device pixels")
    parser.add_argument("--scale", type=float, default=1.0, help="display scaling, e.g. 1.5")
    parser.add_argument("--lang", choices=("zh_CN", "en"), default="zh_CN")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--customers", type=int, default=120, help="demo customers")
    parser.add_argument("--shots", help="also save a PNG of every view checked in this folder")
    args = parser.parse_args(argv)
    try:
        width, height = (int(n) for n in args.size.lower().split("x"))
    except ValueError:
        parser.error("--size must be WxH, e.g. 1366x768")
    args.width, args.height = width, height
    return args


def configure_screen(args, folder: str) -> None:
    """An offscreen screen of the given size, and the scale; before the QApplication."""
    config = Path(folder) / "screen.json"
    screen = {"name": "Screen", "x": 0, "y": 0, "width": args.width, "height": args.height}
    screen.update(logicalDpi=96, logicalBaseDpi=96, dpr=1)
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = f"{args.scale:g}"
    os.environ.pop("QT_AUTO_SCREEN_SCALE_FACTOR", None)
    os.environ.pop("QT_SCREEN_SCALE_FACTORS", None)


# ---------------------------------------------------------------- the tour


class Tour:
    """Shows every page of the window and every dialog, checking each."""

    def __init__(self, app, window, checker: Checker, tmp: Path):
        self.app = app
        self.w = window
        self.c = checker
        self.tmp = tmp

    def settle(self, rounds: int = 8) -> None:
        settle(self.app, rounds, 0.03)

    def page(self, name: str) -> None:
        self.settle()
        self.c.check(name, self.w)

    def dialog(self, name: str, dialog) -> None:
        """Check a dialog (shown if it is not yet) and close it."""
        if dialog is None:
            print(f"layout_check: no dialog for {name}", file=sys.stderr)
            return
        if not dialog.isVisible():
            dialog.show()
        self.settle()
        self.c.check(name, dialog)
        dialog.reject() if hasattr(dialog, "reject") else dialog.close()
        self.settle(2)

    def modal(self, name: str, open_it) -> None:
        """Check a modal dialog a function runs with exec() (and close it)."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        def look():
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(50, look)
                return
            self.settle(4)
            self.c.check(name, dialog)
            dialog.close()

        QTimer.singleShot(50, look)
        open_it()

    def run(self) -> None:
        w = self.w
        self.dashboard()
        self.customers()
        self.followups()
        self.complaints()
        self.purchases()
        self.imports()
        self.surveys()
        self.others()
        w.close()
        self.settle(2)

    def dashboard(self) -> None:
        from ui.sidebar import Sidebar

        w = self.w
        w.sidebar.select(("page", Sidebar.DASHBOARD))
        page = w.dashboard_page
        for _ in range(400):
            self.app.processEvents()
            if page.board is not None and not page.reader.busy():
                break
            self.settle(1)
        self.page("dashboard")
        dialog = w.customers_page.review_lifecycle()
        for _ in range(400):
            self.app.processEvents()
            if dialog.found is not None:
                break
            self.settle(1)
        self.dialog("lifecycle", dialog)

    def customers(self) -> None:
        from models.tags import saved_views
        from models.tags import tags as tag_store
        from ui.customers.custom_fields_dialog import CustomFieldsDialog, NewFieldDialog
        from ui.customers.edit_dialog import CustomerDialog
        from ui.export_dialog import ExportDialog
        from ui.sidebar import Sidebar
        from ui.tags.bulk_dialog import BulkTagDialog

        w = self.w
        w.sidebar.select(("page", Sidebar.CUSTOMERS))
        page = w.customers_page
        page.table.selectRow(0)
        page.wait_for_counts()
        self.page("customers")
        by_name = {t.name: t.id for t in tag_store.list_tags()}
        wanted = [by_name.get(n) for n in ("VIP", "高消费", "可能流失")]
        if all(wanted):
            flt = page.filter.with_tags(wanted[:2], wanted[2:], any_tags=True)
            page.set_filter(flt)
            view_id = saved_views.save_view("VIP 高消费", flt)
            w.sidebar.reload()
            page.set_filter(page.filter.with_tags((), ()))
            w.navigation.show_view(view_id)
            page.wait_for_counts()
            w.sidebar.wait_for_counts()
            page.table.selectRow(0)
            self.page("saved view")
            page.set_filter(page.filter.with_tags((), ()))
        cid = page.model.customer_id(0)
        self.modal("new customer", page.new_clicked)
        dialog = CustomerDialog(w, None)
        dialog._edits["name"].setText("王小明")
        dialog._edits["mobile"].setText("12345")
        dialog._edits["email"].setText("wang@")
        dialog.accept()  # shows the validation messages in place
        self.dialog("new customer (errors)", dialog)
        if cid is not None:
            page.table.selectRow(0)
            self.modal("edit customer", page.edit_clicked)
        bulk = BulkTagDialog(1, page.model.matching, w)
        bulk.add_editor.add("VIP")
        self.dialog("bulk tags", bulk)
        self.dialog("custom fields", CustomFieldsDialog(w))
        self.dialog("new custom field", NewFieldDialog(w))
        self.dialog("export", ExportDialog(w, 2000, 3, 8))
        w.sidebar.select(("page", Sidebar.BIN))
        w.bin_page.table.selectRow(0)
        self.page("recycle bin")
        w.sidebar.select(("page", Sidebar.CUSTOMERS))

    def followups(self) -> None:
        from models.followups.agenda import BUCKETS
        from ui.followups.dialogs import FollowupDialog

        w = self.w
        page = w.followups_page
        for bucket in BUCKETS:
            w.navigation.show_agenda(bucket)
            page.table.selectRow(0)
            w.sidebar.wait_for_counts()
            self.page(f"follow-ups {bucket}")
        w.navigation.show_agenda("today")
        page.table.selectRow(0)
        self.dialog("follow-up complete", page.complete_selected())
        self.dialog("follow-up new", FollowupDialog(w))
        if page.model.rowCount():
            row = page.model.row_data(0)
            if row.get("type") == "followup" and row.get("status") == "open":
                self.dialog("follow-up edit", page.edit_followup(row))
            self.dialog("log contact", page.log_contact(row["customer_id"], "冯燕"))
        self.dialog("stay-in-touch rules", page.edit_rules())
        self.dialog("care reminders", page.edit_care())

    def purchases(self) -> None:
        w = self.w
        w.navigation.show_purchases()
        page = w.purchases_page
        page.reload()
        page.table.selectRow(0)
        page.wait_for_counts()
        self.page("purchases")
        for name, open_it in (("purchase refund", page.refund_current),
                              ("purchase edit", page.edit_current),
                              ("purchase void", page.void_current),
                              ("purchase new", page.add_purchase)):  # fmt: skip
            dialog = open_it()
            if dialog is not None:
                self.dialog(name, dialog)

    def complaints(self) -> None:
        w = self.w
        w.navigation.show_complaints()
        page = w.complaints_page
        page.reload()
        page.table.selectRow(0)
        w.sidebar.wait_for_counts()
        self.page("complaints")
        page.tabs.setCurrentIndex(1)
        page.metrics.refresh(wait=True)
        self.page("complaint metrics")
        page.tabs.setCurrentIndex(0)
        row = page.model.row_data(0)
        dialog = page.new_complaint(row["customer_id"] if row else None)
        dialog.description.setPlainText("客户说衣服洗完缩水了")
        dialog.suggest()
        self.dialog("complaint new", dialog)
        if row:
            self.dialog("complaint edit", page.edit_complaint())
            for action in ("resolve", "escalate", "close", "reopen", "assign"):
                try:
                    dialog = page.take_step(action, row)
                except Exception:  # not every step is offered in every status
                    dialog = None
                if dialog is not None:
                    self.dialog(f"complaint {action}", dialog)
        self.dialog("complaint settings", page.edit_settings())
        self.dialog("FAQ", page.show_faq())

    def imports(self) -> None:
        from ui.import_history_dialog import ImportHistoryDialog

        w = self.w
        wizard = w.imports.import_file(str(sample_import_file(self.tmp)))
        self.settle()
        self.c.check("import file", wizard)
        wizard.next()
        self.settle()
        self.c.check("import mapping", wizard)
        wizard.next()
        wizard.preview_page.wait_for_check()
        self.settle()
        self.c.check("import preview", wizard)
        wizard.next()
        self.settle()
        self.c.check("import result", wizard)
        wizard.accept()
        self.settle(2)
        self.dialog("import history", ImportHistoryDialog(w))
        wizard = w.imports.import_file(str(sample_purchase_file(self.tmp)), purchases=True)
        wizard.next()
        self.settle()
        self.c.check("purchase import mapping", wizard)
        wizard.next()
        wizard.preview_page.wait_for_check()
        self.settle()
        self.c.check("purchase import preview", wizard)
        wizard.reject()

    def surveys(self) -> None:
        """The Surveys page (both tabs), its dialog and the fast entry screen."""
        from models.surveys import answers, surveys

        w = self.w
        sid = surveys.create("门店满意度 NPS（十二月）", "nps", period_from="2026-12-01",
                             target="近三个月到店的客户", target_kind="buyers", target_ref="..")  # fmt: skip
        answers.record(sid, None, 3, "排队太久，服务员态度一般")
        w.sidebar.select(("page", w.sidebar.SURVEYS))
        page = w.surveys_page
        page.refresh()
        page.select(sid)
        self.page("surveys")
        page.tabs.setCurrentWidget(page.targets_view)
        self.page("survey targets")
        page.tabs.setCurrentWidget(page.answers_view)
        self.dialog("survey entry", page.answers_view.enter_answers())
        self.dialog("survey", page.edit_survey())

    def others(self) -> None:
        from ui.backup_dialogs import EncryptedBackupDialog
        from ui.lock_screen import UnlockDialog

        w = self.w
        made = w.backups.back_up_now()
        dialog = w.backups.restore_backup()
        dialog.pick(made.path)
        for _ in range(200):
            self.app.processEvents()
            if dialog.chosen is not None:
                break
            self.settle(1)
        self.dialog("restore", dialog)
        self.dialog("backup settings", w.backups.backup_settings())
        damaged = w.backups.show_damaged(["Page 2: btreeInitPage() returns error code 11"])
        for _ in range(200):
            self.app.processEvents()
            if damaged.restore_button.isEnabled():
                break
            self.settle(1)
        self.dialog("damaged database", damaged)
        self.dialog("encrypted backup", EncryptedBackupDialog(w, str(self.tmp)))
        audit = w.privacy.show_audit_log()
        for _ in range(200):
            self.app.processEvents()
            if audit.table.rowCount() and not audit.reader.busy():
                break
            self.settle(1)
        self.dialog("audit log", audit)
        self.dialog("privacy", w.privacy.privacy_settings())
        from models.privacy import app_lock

        app_lock.set_password("layout")
        w.privacy.apply_privacy()
        w.privacy.idle_lock.lock()
        panel = w.privacy.idle_lock.overlays[0].panel
        panel.field.setText("wrong")
        panel.try_unlock()
        self.page("lock screen")
        panel.field.setText("layout")
        panel.try_unlock()
        self.dialog("unlock", UnlockDialog())
        app_lock.clear_password("layout")
        w.privacy.apply_privacy()
        self.modal("about", w._about)


def main(argv=None) -> int:
    args = parse_args(argv)
    tmp = tempfile.mkdtemp(prefix="guanjia-layout-")
    configure_screen(args, tmp)
    demo_database(args.customers, None, tmp)
    from desktop import translations
    from desktop.main_window import MainWindow

    app, settings = start_application(args.theme)
    translations.apply(args.lang)
    checker = Checker(args.lang, f"{args.width}x{args.height}@{args.scale:g}", args.shots)
    window = MainWindow(settings)
    window.showMaximized()
    settle(app, 10, 0.03)
    Tour(app, window, checker, Path(tmp)).run()
    print(
        f"layout_check: {len(checker.findings)} cut or misplaced in {checker.pages} views "
        f"({args.lang}, {args.width}x{args.height} at {args.scale:g}, "
        f"window {window.width()}x{window.height()})",
        file=sys.stderr,
    )
    return 1 if checker.findings else 0


if __name__ == "__main__":
    sys.exit(main())
