"""The main window: sidebar of sections, pages, menus, shortcuts and the status bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from desktop import settings as app_settings
from desktop import translations
from desktop.demo_launcher import DemoLauncher
from desktop.idle_lock import IdleLock
from desktop.reminder_service import ReminderService
from models.customers.customer_filter import CustomerFilter
from models.demo import demo_database
from models.errors import Cancelled, GuanjiaError
from models.privacy import app_lock, masking
from models.storage import backup, db
from models.tags import saved_views
from ui import labels
from ui.complaints.page import ComplaintsPage
from ui.customers.custom_fields_dialog import CustomFieldsDialog
from ui.customers.page import CustomersPage
from ui.dashboard.page import DashboardPage
from ui.export_dialog import ExportDialog
from ui.followups.page import FollowupsPage
from ui.import_history_dialog import ImportHistoryDialog
from ui.import_wizard import ImportWizard
from ui.notice_banner import NoticeBanner
from ui.sidebar import Sidebar
from ui.tasks import BackgroundReader, run_with_progress


def agenda_index(bucket: str) -> int | None:
    from models.followups.agenda import BUCKETS

    return BUCKETS.index(bucket) if bucket in BUCKETS else None


IMPORT_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods", ".csv", ".txt", ".tsv")


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings):
        super().__init__()
        self.setObjectName("MainWindow")
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)

        self.customers_page = CustomersPage(self.undo_stack, settings)
        self.bin_page = CustomersPage(self.undo_stack, settings, in_bin=True)
        self.pages = QStackedWidget()
        self.followups_page = FollowupsPage()
        self.pages.addWidget(self.customers_page)
        self.pages.addWidget(self.bin_page)
        self.pages.addWidget(self.followups_page)
        self.complaints_page = ComplaintsPage()
        self.pages.addWidget(self.complaints_page)  # index Sidebar.COMPLAINTS
        self.dashboard_page = DashboardPage()
        self.pages.addWidget(self.dashboard_page)  # index Sidebar.DASHBOARD
        self.dashboard_page.openCustomers.connect(self.show_customers_filtered)
        self.dashboard_page.openAgenda.connect(self.show_agenda)
        self.dashboard_page.openComplaints.connect(self.show_complaints_filtered)
        self.followups_page.openCustomerRequested.connect(self.open_customer)
        self.followups_page.dataChanged.connect(self.refresh_all)
        self.followups_page.complaintStepRequested.connect(self._complaint_visit)
        self.complaints_page.openCustomerRequested.connect(self.open_customer)
        self.complaints_page.dataChanged.connect(self.refresh_all)

        self.active_view: int | None = None  # the saved view being shown, if any
        self.sidebar = Sidebar()
        self.sidebar.pageRequested.connect(self.show_page)
        self.sidebar.viewRequested.connect(self.show_view)
        self.sidebar.agendaRequested.connect(self.show_agenda)
        self.sidebar.renameViewRequested.connect(self.rename_view)
        self.sidebar.updateViewRequested.connect(self.update_view)
        self.sidebar.deleteViewRequested.connect(self.delete_view)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        self.banner = NoticeBanner()
        self.banner.showRequested.connect(self._show_banner_target)
        self._banner_bucket = "today"
        right.addWidget(self.banner)
        right.addWidget(self.pages, 1)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QApplication.windowIcon(), self)
            self.tray.messageClicked.connect(self._show_banner_target)
            self.tray.show()
        self.reminders = ReminderService(self)
        self.reminders.summaryReady.connect(self._show_summary)
        self.reminders.due.connect(self._show_due)
        self.reminders.escalated.connect(self._show_escalated)
        self.reminders.dayChanged.connect(self.refresh_all)
        QTimer.singleShot(0, lambda: self.reminders.start(background=True))
        self.daily_backup = BackgroundReader(self)
        self.daily_backup.ready.connect(self._daily_backup_done)
        self.daily_backup.failed.connect(self._daily_backup_failed)
        self.integrity = BackgroundReader(self)
        self.integrity.ready.connect(self._integrity_checked)
        self.damaged_dialog = None
        QTimer.singleShot(0, self.check_integrity)  # then the daily backup, if sound

        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        self.statusBar().addPermanentWidget(self.count_label)

        for page in (self.customers_page, self.bin_page):
            page.countsChanged.connect(lambda *_a: self._update_status())
            page.dataChanged.connect(self.refresh_all)
            page.openCustomerRequested.connect(self.open_customer)
            page.complaintsRequested.connect(self.show_customer_complaints)
        self.customers_page.filterChanged.connect(self._filter_changed)
        self.customers_page.saveViewRequested.connect(lambda: self.save_view())
        self.customers_page.tagsEdited.connect(self._tags_edited)

        self.import_wizard: ImportWizard | None = None
        # An empty database: the customer list and the dashboard say what to do first.
        self.is_demo = demo_database.is_demo()
        self.demo_launcher = DemoLauncher(self, backup.current_db_path())
        self.demo_launcher.launched.connect(self._demo_launched)
        for panel in (self.customers_page.get_started, self.dashboard_page.get_started):
            panel.importRequested.connect(lambda: self.import_file(ask_file=False))
            panel.addRequested.connect(self._new_customer)
            panel.demoRequested.connect(self.demo_launcher.start)
        self.demo_label = QLabel()
        self.demo_label.setObjectName("demo_label")
        self.demo_label.setStyleSheet("color: #e65100; font-weight: bold;")
        self.demo_label.setVisible(self.is_demo)
        self.statusBar().addWidget(self.demo_label)
        self.idle_lock = IdleLock(self)
        self.setAcceptDrops(True)  # a spreadsheet dropped on the window starts the import
        self._build_actions()
        self._build_menus()
        self.retranslate()
        self.sidebar.select(("page", Sidebar.DASHBOARD))  # the first page a user sees
        self.resize(1360, 820)
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = settings.value("window/customers_splitter")
        if splitter is not None:
            self.customers_page.splitter.restoreState(splitter)
        self.customers_page.request_tag_counts()
        self.apply_privacy(refresh=False)

    # ------------------------------------------------------------ actions and menus

    def _action(self, name, slot, shortcut=None) -> QAction:
        action = QAction(self)
        action.setObjectName(f"action_{name}")
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_undo = self.undo_stack.createUndoAction(self)
        self.act_undo.setShortcuts(QKeySequence.Undo)
        self.act_redo = self.undo_stack.createRedoAction(self)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.addActions([self.act_undo, self.act_redo])
        p = self.customers_page
        self.act_new = self._action("new", self._new_customer, QKeySequence.New)
        self.act_edit = self._action("edit", p.edit_clicked, QKeySequence("Ctrl+E"))
        self.act_delete = self._action("delete", self._delete, QKeySequence.Delete)
        self.act_find = self._action("find", self._find, QKeySequence.Find)
        self.act_fields = self._action("custom_fields", self.edit_custom_fields)
        self.act_reset_columns = self._action("reset_columns", lambda: self._page().reset_columns())
        self.act_tag = self._action("tag_customers", self._bulk_tag, QKeySequence("Ctrl+T"))
        self.act_save_view = self._action("save_view", lambda: self.save_view())
        self.act_clear_filter = self._action("clear_filter", self._clear_filter)
        self.act_import = self._action("import", lambda: self.import_file(), QKeySequence("Ctrl+I"))
        self.act_import_purchases = self._action(
            "import_purchases", lambda: self.import_file(purchases=True)
        )
        self.act_export = self._action(
            "export",
            lambda: (
                self.followups_page.export()
                if self._on_followups()
                else self.complaints_page.export()
                if self._on_complaints()
                else self.export_customers()
            ),
            QKeySequence("Ctrl+Shift+E"),
        )
        self.act_template = self._action("template", lambda: self.save_template())
        self.act_history = self._action("import_history", lambda: self.show_import_history())
        self.act_backup = self._action("backup", lambda: self.back_up_now())
        self.act_restore = self._action("restore", lambda: self.restore_backup())
        self.act_backup_settings = self._action("backup_settings", lambda: self.backup_settings())
        self.act_audit = self._action("audit_log", lambda: self.show_audit_log())
        self.act_staff = self._action("staff_name", lambda: self.set_staff_name())
        self.act_privacy = self._action("privacy", lambda: self.privacy_settings())
        self.act_lock = self._action("lock", self.idle_lock.lock, QKeySequence("Ctrl+L"))
        self.act_encrypted_backup = self._action(
            "encrypted_backup", lambda: self.export_encrypted_backup()
        )
        self.act_erase = self._action("erase", lambda: self._page().erase_clicked())
        f = self.followups_page
        self.act_new_followup = self._action(
            "new_followup", self._new_followup, QKeySequence("Ctrl+Shift+N")
        )
        self.act_log_contact = self._action(
            "log_contact", self._log_contact, QKeySequence("Ctrl+Shift+L")
        )
        self.act_today = self._action(
            "today", lambda: self.show_agenda("today"), QKeySequence("Ctrl+0")
        )
        self.act_rules = self._action("touch_rules", lambda: f.edit_rules())
        self.act_care = self._action("care", lambda: f.edit_care())
        c = self.complaints_page
        self.act_complaints = self._action(
            "complaints", self.show_complaints, QKeySequence("Ctrl+Shift+K")
        )
        self.act_new_complaint = self._action("new_complaint", self._new_complaint)
        self.act_faq = self._action("faq", lambda: c.show_faq())
        self.act_complaint_settings = self._action("complaint_settings", lambda: c.edit_settings())
        self.act_quit = self._action("quit", self.close, QKeySequence.Quit)
        self.act_about = self._action("about", self._about)
        self.lang_group = QActionGroup(self)
        self.lang_actions = {}
        current = app_settings.language(self.settings)
        for code in app_settings.LANGUAGES:
            action = QAction(self, checkable=True)
            action.setObjectName(f"action_language_{code}")
            action.setChecked(code == current)
            action.triggered.connect(lambda _c=False, code=code: self.set_language(code))
            self.lang_group.addAction(action)
            self.lang_actions[code] = action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addActions([self.act_import, self.act_import_purchases, self.act_export])
        self.menu_file.addActions([self.act_template, self.act_history])
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.act_backup, self.act_encrypted_backup, self.act_restore])
        self.menu_file.addAction(self.act_backup_settings)
        self.menu_file.addAction(self.act_audit)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_fields)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_lock)
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("")
        self.menu_edit.addActions([self.act_undo, self.act_redo])
        self.menu_edit.addSeparator()
        self.menu_edit.addActions([self.act_new, self.act_edit, self.act_delete])
        self.menu_edit.addAction(self.act_tag)
        self.menu_edit.addAction(self.act_erase)
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.act_find)
        self.menu_followups = bar.addMenu("")
        self.menu_followups.addActions(
            [self.act_today, self.act_new_followup, self.act_log_contact]
        )
        self.menu_followups.addSeparator()
        self.menu_followups.addActions([self.act_rules, self.act_care])
        self.menu_complaints = bar.addMenu("")
        self.menu_complaints.addActions([self.act_complaints, self.act_new_complaint])
        self.menu_complaints.addSeparator()
        self.menu_complaints.addActions([self.act_faq, self.act_complaint_settings])
        self.menu_view = bar.addMenu("")
        self.menu_view.addActions([self.act_save_view, self.act_clear_filter])
        self.menu_view.addSeparator()
        self.menu_view.addAction(self.act_reset_columns)
        self.menu_settings = bar.addMenu("")
        self.menu_language = self.menu_settings.addMenu("")
        self.menu_language.addActions(list(self.lang_actions.values()))
        self.menu_settings.addAction(self.act_staff)
        self.menu_settings.addAction(self.act_privacy)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_about)

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        title = self.tr("Guanjia — Customer Manager")
        if self.is_demo:
            title += " — " + self.tr("Demo database (made-up customers)")
        self.setWindowTitle(title)
        self.demo_label.setText(self.tr("Demo database: made-up customers, separate from your own"))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_followups.setTitle(self.tr("F&ollow-ups"))
        self.act_today.setText(self.tr("Today's follow-ups"))
        self.act_new_followup.setText(self.tr("Plan a follow-up…"))
        self.act_log_contact.setText(self.tr("Log a contact with the customer…"))
        self.act_rules.setText(self.tr("Stay-in-touch rules…"))
        self.act_care.setText(self.tr("Birthday care…"))
        self.menu_complaints.setTitle(self.tr("&Complaints"))
        self.act_complaints.setText(self.tr("Complaints"))
        self.act_new_complaint.setText(self.tr("New complaint…"))
        self.act_faq.setText(self.tr("FAQ…"))
        self.act_complaint_settings.setText(self.tr("Complaint settings (SLA, categories)…"))
        self.menu_settings.setTitle(self.tr("&Settings"))
        self.menu_language.setTitle(self.tr("Language"))
        self.act_audit.setText(self.tr("Audit log…"))
        self.act_staff.setText(self.tr("Staff name…"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.act_undo.setText(self.tr("Undo"))
        self.act_redo.setText(self.tr("Redo"))
        self.act_new.setText(self.tr("New customer…"))
        self.act_edit.setText(self.tr("Edit customer…"))
        self.act_delete.setText(self.tr("Delete (to recycle bin)"))
        self.act_find.setText(self.tr("Find"))
        self.act_fields.setText(self.tr("Custom fields…"))
        self.act_reset_columns.setText(self.tr("Reset columns"))
        self.act_tag.setText(self.tr("Add or remove tags…"))
        self.act_save_view.setText(self.tr("Save as view…"))
        self.act_clear_filter.setText(self.tr("Clear search and tag filter"))
        self.act_import.setText(self.tr("Import from Excel…"))
        self.act_import_purchases.setText(self.tr("Import purchases from Excel…"))
        self.act_export.setText(self.tr("Export to Excel…"))
        self.act_template.setText(self.tr("Save an import template…"))
        self.act_history.setText(self.tr("Import history…"))
        self.act_backup.setText(self.tr("Back up now"))
        self.act_restore.setText(self.tr("Restore from a backup…"))
        self.act_backup_settings.setText(self.tr("Backup settings…"))
        self.act_encrypted_backup.setText(self.tr("Export an encrypted backup…"))
        self.act_privacy.setText(self.tr("Password and privacy…"))
        self.act_lock.setText(self.tr("Lock now"))
        self.act_erase.setText(self.tr("Erase personal data…"))
        self.act_quit.setText(self.tr("Quit"))
        self.act_about.setText(self.tr("About Guanjia"))
        self.lang_actions["auto"].setText(self.tr("Follow the system"))
        self.lang_actions["zh_CN"].setText("中文（简体）")
        self.lang_actions["en"].setText("English")
        self._update_status()

    # ------------------------------------------------------------ behaviour

    def _page(self) -> CustomersPage:
        """The customer page shown, or the live one when another page is shown."""
        page = self.pages.currentWidget()
        return page if isinstance(page, CustomersPage) else self.customers_page

    def show_page(self, index: int) -> None:
        self.active_view = None
        self.pages.setCurrentIndex(index)
        self._update_status()

    def show_agenda(self, bucket: str = "today") -> None:
        """Show the follow-ups page on a bucket (today, overdue, week, later, done)."""
        self.active_view = None
        index = agenda_index(bucket)
        if index is not None and self.sidebar.current_kind() != ("agenda", index):
            self.sidebar.select(("agenda", index), notify=False)
        self.followups_page.set_bucket(bucket)
        self.pages.setCurrentWidget(self.followups_page)
        self._update_status()

    def show_complaints(self) -> None:
        self.active_view = None
        if self.sidebar.current_kind() != ("page", Sidebar.COMPLAINTS):
            self.sidebar.select(("page", Sidebar.COMPLAINTS), notify=False)
        self.pages.setCurrentWidget(self.complaints_page)
        self._update_status()

    def show_complaints_filtered(self, spec: dict) -> None:
        self.show_complaints()
        self.complaints_page.show_filtered(spec)

    def show_customers_filtered(self, flt) -> None:
        """The live customers a dashboard chart stands for."""
        self.sidebar.select(("page", Sidebar.CUSTOMERS))
        self.customers_page.set_filter(flt)

    def show_customer_complaints(self, customer_id: int, name: str = "") -> None:
        self.show_complaints()
        self.complaints_page.show_customer(customer_id, name)

    def _new_complaint(self):
        chosen = self._selected_customer() if not self._on_complaints() else None
        self.show_complaints()
        return self.complaints_page.new_complaint(chosen[0] if chosen else None)

    def _complaint_visit(self, complaint_id: int):
        """A return-visit follow-up completed from the agenda: record it on its complaint."""
        self.show_complaints()
        self.complaints_page.show_customer(None)
        if not self.complaints_page.select_complaint(complaint_id):
            self.complaints_page.status.setCurrentIndex(0)  # all statuses
            self.complaints_page.select_complaint(complaint_id)
        from models.complaints import complaints

        return self.complaints_page.take_step("visit", complaints.get(complaint_id))

    def _on_complaints(self) -> bool:
        return self.pages.currentWidget() is self.complaints_page

    def _notify(self, text: str, bucket: str) -> None:
        """A banner with a Show button opening `bucket`; a damaged database's banner
        stays in view until a restore."""
        if self._banner_bucket == "damaged":
            return
        self._banner_bucket = bucket
        self.banner.notify(text, self.tr("Show"))

    def _show_banner_target(self) -> None:
        if self._banner_bucket == "damaged":
            self.show_damaged(db.integrity().problems or [])
        elif self._banner_bucket == "complaints":
            self.show_complaints()
        else:
            self.show_agenda(self._banner_bucket)

    def _on_followups(self) -> bool:
        return self.pages.currentWidget() is self.followups_page

    def _selected_customer(self) -> tuple[int, str] | None:
        if self._on_followups():
            rows = self.followups_page.selected_rows()
            return (rows[0]["customer_id"], rows[0]["customer_name"]) if rows else None
        page = self._page()
        cid = page.current_id()
        if cid is None or page.in_bin:
            return None
        return cid, page.detail.customer["name"] if page.detail.customer else ""

    def _new_followup(self):
        chosen = self._selected_customer()
        return self.followups_page.new_followup(chosen[0] if chosen else None)

    def _log_contact(self):
        chosen = self._selected_customer()
        if chosen is None:
            self.statusBar().showMessage(self.tr("Select a customer first."), 5000)
            return None
        return self.followups_page.log_contact(*chosen)

    # ------------------------------------------------------------ reminders

    def _show_summary(self, summary: dict) -> None:
        # The start-up work has written the day's care reminders: every count again.
        self.sidebar.request_agenda_counts()
        self.dashboard_page.data_changed()
        number = QLocale().toString
        parts = []
        due, followups, touch = (summary.get(k, 0) for k in ("due_today", "today", "touch"))
        if due:  # the Today list, as the sidebar and the dashboard count it
            part = self.tr("%1 to follow up").replace("%1", number(due))
            if followups and touch:
                part += self.tr(" (%1 follow-ups, %2 customers due a contact)").replace(
                    "%1", number(followups)).replace("%2", number(touch))  # fmt: skip
            elif touch:
                part += self.tr(" (customers due a contact)")
            parts.append(part)
        if summary.get("overdue"):
            parts.append(self.tr("%1 overdue").replace("%1", number(summary["overdue"])))
        if summary.get("birthdays"):
            parts.append(self.tr("%1 birthdays today").replace("%1", number(summary["birthdays"])))
        if not parts:
            return
        bucket = "today" if due else "overdue"
        text = self.tr("Today: ") + self.tr(", ").join(parts) + self.tr(".")
        self._notify(text, bucket)
        self._tray_message(self.tr("Guanjia — today"), text)

    def _show_due(self, rows: list) -> None:
        self.sidebar.request_agenda_counts()
        self.followups_page.refresh()
        first = rows[0]
        what = labels.followup_subject(first) or labels.channel_label(first["kind"])
        text = self.tr("Due now: %1 — %2").replace("%1", first["customer_name"]).replace("%2", what)
        if len(rows) > 1:
            text += " " + self.tr("(and %1 more)").replace("%1", str(len(rows) - 1))
        self._notify(text, "today")
        self._tray_message(self.tr("Follow-up due"), text)
        QApplication.alert(self)

    def _show_escalated(self, rows: list) -> None:
        from ui.complaints import labels as cl

        self.sidebar.request_agenda_counts()
        self.complaints_page.refresh()
        first = rows[0]
        text = (
            self.tr("Complaint escalated: #%1 %2 — %3")
            .replace("%1", str(first["id"]))
            .replace("%2", first["customer_name"])
            .replace("%3", cl.escalation_text(first["escalation"]))
        )
        if len(rows) > 1:
            text += " " + self.tr("(and %1 more)").replace("%1", str(len(rows) - 1))
        self._notify(text, "complaints")
        self._tray_message(self.tr("Complaint escalated"), text)
        QApplication.alert(self)

    def _tray_message(self, title: str, text: str) -> None:
        if self.idle_lock.locked:  # a locked screen names no customer
            title, text = "Guanjia", self.tr("A reminder is due. Unlock Guanjia to see it.")
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, text, QSystemTrayIcon.Information, 10000)

    def show_view(self, view_id: int) -> None:
        """Show a saved view: the customers page with the view's search and tags."""
        try:
            view = saved_views.get_view(view_id)
        except GuanjiaError:
            self.sidebar.reload()
            return
        self.pages.setCurrentIndex(0)
        self.customers_page.set_filter(view.filter)
        self.active_view = view_id
        self._update_status()

    def _filter_changed(self) -> None:
        if self.active_view is not None:
            try:
                still = saved_views.get_view(self.active_view).filter == self.customers_page.filter
            except GuanjiaError:
                still = False
            if not still:  # the user moved away from the view: Customers is current now
                self.active_view = None
                self.sidebar.select(("page", Sidebar.CUSTOMERS), notify=False)
        self._update_status()

    def _tags_edited(self) -> None:
        self.refresh_all()
        self.sidebar.reload()

    def _bulk_tag(self) -> None:
        if self._page().in_bin:
            return
        self.customers_page.bulk_tag()

    def _clear_filter(self) -> None:
        self.sidebar.select(("page", Sidebar.CUSTOMERS))
        self.customers_page.set_filter(CustomerFilter())

    def _view_error(self, exc: Exception) -> None:
        box = QMessageBox(
            QMessageBox.Warning, self.tr("Saved views"), labels.error_message(exc), parent=self
        )
        box.setObjectName("view_error")
        box.exec()

    def _ask_name(self, title: str, text: str = "") -> str | None:
        dialog = QInputDialog(self)
        dialog.setObjectName("view_name_dialog")
        dialog.setWindowTitle(title)
        dialog.setLabelText(self.tr("Name of the view:"))
        dialog.setTextValue(text)
        return dialog.textValue() if dialog.exec() else None

    def save_view(self, name: str | None = None) -> int | None:
        """Save the customers page's search and tag filter as a view in the sidebar."""
        if name is None:
            name = self._ask_name(self.tr("Save as view"))
            if name is None:
                return None
        try:
            view_id = saved_views.save_view(name, self.customers_page.filter)
        except GuanjiaError as exc:
            self._view_error(exc)
            return None
        self.sidebar.reload()
        self.sidebar.select(("view", view_id), notify=False)
        self.active_view = view_id
        return view_id

    def rename_view(self, view_id: int, name: str | None = None) -> bool:
        if name is None:
            name = self._ask_name(self.tr("Rename view"), saved_views.get_view(view_id).name)
            if name is None:
                return False
        try:
            saved_views.rename_view(view_id, name)
        except GuanjiaError as exc:
            self._view_error(exc)
            return False
        self.sidebar.reload()
        return True

    def update_view(self, view_id: int) -> None:
        saved_views.update_view(view_id, self.customers_page.filter)
        self.sidebar.reload()
        self.sidebar.select(("view", view_id), notify=False)
        self.active_view = view_id

    def delete_view(self, view_id: int, confirm: bool = True) -> bool:
        name = saved_views.get_view(view_id).name
        if confirm:
            box = QMessageBox(
                QMessageBox.Question,
                self.tr("Saved views"),
                self.tr("Delete the view “%1”? Its customers are not touched.").replace("%1", name),
                parent=self,
            )
            box.setObjectName("confirm_view")
            box.setStandardButtons(QMessageBox.Yes | QMessageBox.Cancel)
            if box.exec() != QMessageBox.Yes:
                return False
        saved_views.delete_view(view_id)
        if self.active_view == view_id:
            self.active_view = None
        self.sidebar.reload()
        return True

    def _new_customer(self) -> None:
        self.sidebar.select(("page", Sidebar.CUSTOMERS))
        self.customers_page.new_clicked()

    def _delete(self) -> None:
        if self._on_followups():
            return
        page = self._page()
        if page.in_bin:
            page.purge_clicked()
        else:
            page.delete_clicked()

    def _find(self) -> None:
        self._page().focus_search()

    def refresh_all(self) -> None:
        for page in (self.customers_page, self.bin_page):
            page.refresh()
        self.followups_page.refresh()
        self.complaints_page.refresh()
        self.dashboard_page.data_changed()
        self.sidebar.request_counts()
        self.sidebar.request_agenda_counts()
        self._update_status()

    def open_customer(self, customer_id: int) -> None:
        """Show a customer (from a duplicate warning): clear the search if needed, select it."""
        from models.customers import customers

        try:
            in_bin = customers.get(customer_id)["deleted_at"] is not None
        except Exception:
            return
        page = self.bin_page if in_bin else self.customers_page
        self.sidebar.select(("page", Sidebar.BIN if in_bin else Sidebar.CUSTOMERS))
        if not page.select_customer(customer_id):
            page.set_filter(CustomerFilter())  # the search or tags may hide it
            page.select_customer(customer_id)

    def edit_custom_fields(self) -> None:
        dialog = CustomFieldsDialog(self)
        dialog.exec()
        if dialog.changed:
            for page in (self.customers_page, self.bin_page):
                page.refresh(columns_changed=True)

    def set_language(self, code: str) -> None:
        app_settings.set_language(self.settings, code)
        translations.apply(code)

    def _update_status(self) -> None:
        if self._on_complaints():
            total = QLocale().toString(self.complaints_page.model.total)
            self.count_label.setText(self.tr("%1 in this list").replace("%1", total))
            return
        if self._on_followups():
            total = QLocale().toString(self.followups_page.model.total)
            self.count_label.setText(self.tr("%1 in this list").replace("%1", total))
            return
        page = self._page()
        if page is None:
            return
        model = page.model
        locale = QLocale()
        total = locale.toString(model.total)
        if page.in_bin:
            text = self.tr("%1 in the recycle bin").replace("%1", total)
        else:
            text = self.tr("%1 customers").replace("%1", total)
        if model.filter.narrows:
            text = (
                self.tr("%1 matching").replace("%1", locale.toString(model.matching)) + " · " + text
            )
        self.count_label.setText(text)
        self.sidebar.set_bin_count(self.bin_page.model.total)

    # ------------------------------------------------------------ Excel in and out

    def dragEnterEvent(self, event):
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event):
        path = self._dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.import_file(path)

    @staticmethod
    def _dropped_file(event) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        files = [u.toLocalFile() for u in urls if u.isLocalFile()]
        if len(files) == 1 and files[0].lower().endswith(IMPORT_SUFFIXES):
            return files[0]
        return None

    def import_file(
        self, path: str | None = None, purchases: bool = False, ask_file: bool = True
    ) -> ImportWizard | None:
        """Open the import wizard (window-modal, not blocking) for customers or purchases,
        on `path` if given; without, a file is asked for first, or with `ask_file=False`
        on the wizard's own first page."""
        if path is None and ask_file:
            from ui.import_wizard import choose_file

            path = choose_file(self, purchases)
            if path is None:
                return None
        wizard = ImportWizard(self, path, purchases=purchases)
        wizard.setWindowModality(Qt.WindowModal)
        wizard.setAttribute(Qt.WA_DeleteOnClose)
        wizard.imported.connect(lambda _id: self._after_import())
        wizard.destroyed.connect(lambda *_a: setattr(self, "import_wizard", None))
        self.import_wizard = wizard
        wizard.open()
        return wizard

    def bring_to_front(self) -> None:
        """A second start on this database asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        QApplication.alert(self)  # Windows may only flash the taskbar button

    # ------------------------------------------------------------ integrity

    def check_integrity(self) -> None:
        """The start-up quick check, in the background; writes wait for it (models.db)."""
        gate = db.integrity()
        if gate is not None:
            self.integrity.request(gate.check)

    def _integrity_checked(self, problems: list[str]) -> None:
        if not problems:
            self._daily_backup_if_due()
            return
        self.banner.notify(
            self.tr("The database is damaged: Guanjia shows it but no longer changes it."),
            self.tr("Restore a backup…"),
        )
        self._banner_bucket = "damaged"
        self.show_damaged(problems)

    def show_damaged(self, problems: list[str]):
        """Tell the user plainly, and offer the newest good backup (window-modal)."""
        from ui.backup_dialogs import DamagedDialog

        dialog = DamagedDialog(backup.current_db_path(), problems, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._after_restore(dialog.restored))
        dialog.destroyed.connect(lambda *_a: setattr(self, "damaged_dialog", None))
        self.damaged_dialog = dialog
        dialog.open()
        return dialog

    # ------------------------------------------------------------ backups

    def _daily_backup_if_due(self) -> None:
        """The first start of a day backs the data up, in the background."""
        if backup.daily_due():
            self.daily_backup.request(self._make_daily_backup)

    @staticmethod
    def _make_daily_backup():
        """In the worker: a refusal comes back as its error, to be said in the user's
        language (the reader's failed signal carries English text)."""
        try:
            return backup.make("daily")
        except GuanjiaError as exc:
            return exc

    def _daily_backup_done(self, made) -> None:
        if isinstance(made, GuanjiaError):
            self._daily_backup_failed(labels.error_message(made))
            return
        self.statusBar().showMessage(
            self.tr("Today's backup is saved: %1").replace("%1", made.path.name), 10000
        )
        if made.copy_error:
            self.banner.notify(self._copy_error_text(made), "")

    def _daily_backup_failed(self, message: str) -> None:
        self.banner.notify(self.tr("Today's backup failed: %1").replace("%1", message), "")

    def _copy_error_text(self, made) -> str:
        return self.tr("The backup could not be copied to the second folder (%1).").replace(
            "%1", made.copy_error
        )

    def back_up_now(self):
        """A backup by hand (never deleted by rotation); returns backup.Made or None."""
        try:
            made = run_with_progress(
                self,
                self.tr("Backing up…"),
                lambda p, c: backup.make("manual", progress=p, cancel=c),
            )
        except Cancelled:
            self.statusBar().showMessage(self.tr("Backup cancelled."), 5000)
            return None
        except GuanjiaError as exc:
            QMessageBox.warning(self, self.tr("Back up"), labels.error_message(exc))
            return None
        self.statusBar().showMessage(
            self.tr("Backup saved: %1").replace("%1", str(made.path)), 15000
        )
        if made.copy_error:
            self.banner.notify(self._copy_error_text(made), "")
        return made

    def restore_backup(self):
        """The restore dialog (window-modal, not blocking)."""
        from ui.backup_dialogs import RestoreDialog

        dialog = RestoreDialog(self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._after_restore(dialog.restored))
        dialog.open()
        return dialog

    def _after_restore(self, restored) -> None:
        # Reopened: a damaged file was replaced, not rewritten, and the new data is
        # checked again before anything writes to it.
        path = backup.current_db_path()
        db.close_database()
        db.open_database(path)
        self.banner.hide()
        self._banner_bucket = "today"
        self.check_integrity()
        self.undo_stack.clear()  # undo steps refer to the data that was replaced
        self.apply_privacy(refresh=False)  # the backup's password and masking now apply
        self.refresh_all()
        self.customers_page.request_tag_counts()
        self.statusBar().showMessage(
            self.tr("Restored: %1 customers. The data it replaced was backed up first.").replace(
                "%1", f"{restored.summary.customers:,}"
            ),
            15000,
        )

    def backup_settings(self):
        from ui.backup_dialogs import BackupSettingsDialog

        dialog = BackupSettingsDialog(self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _after_import(self) -> None:
        self.undo_stack.clear()  # older undo steps may refer to rows the import changed
        self.refresh_all()
        self.customers_page.request_tag_counts()

    def apply_privacy(self, refresh: bool = True) -> None:
        """The business's privacy choices (in the database) applied to the window:
        masked mobiles, the password's idle lock and Lock now."""
        masked = masking.mobiles_masked()
        changed = masked != labels.mobiles_masked()
        labels.set_mobiles_masked(masked)
        password = app_lock.is_set()
        self.idle_lock.configure(password, app_lock.lock_minutes())
        self.act_lock.setEnabled(password)
        if refresh and changed:
            self.refresh_all()

    def privacy_settings(self):
        from ui.privacy_dialog import PrivacyDialog

        dialog = PrivacyDialog(self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.changed.connect(self.apply_privacy)
        dialog.open()
        return dialog

    def export_encrypted_backup(self, target=None, password: str | None = None):
        """A backup sealed with a password, to a file the user chooses (asked unless
        told); returns backup.Made or None."""
        if target is None or password is None:
            from ui.backup_dialogs import EncryptedBackupDialog

            dialog = EncryptedBackupDialog(self)
            if dialog.exec() != EncryptedBackupDialog.Accepted:
                return None
            target, password = dialog.target(), dialog.password.text()
        try:
            made = run_with_progress(
                self, self.tr("Exporting an encrypted backup…"),
                lambda p, c: backup.export_encrypted(target, password, progress=p, cancel=c),
            )  # fmt: skip
        except Cancelled:
            self.statusBar().showMessage(self.tr("Backup cancelled."), 5000)
            return None
        except GuanjiaError as exc:
            QMessageBox.warning(self, self.tr("Export an encrypted backup"),
                                labels.error_message(exc))  # fmt: skip
            return None
        self.statusBar().showMessage(
            self.tr("Encrypted backup saved: %1").replace("%1", str(target)), 15000
        )
        return made

    def show_audit_log(self):
        from ui.audit_dialog import AuditDialog

        dialog = AuditDialog(self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def set_staff_name(self, name: str | None = None) -> str | None:
        """The name written with each audit entry from this PC's work (asked unless told)."""
        from models.storage import audit

        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("Staff name"),
                self.tr("Your name, written in the audit log with everything you change:"),
                text=audit.staff(),
            )  # fmt: skip
            if not ok:
                return None
        try:
            saved = audit.set_staff(name)
        except GuanjiaError as exc:
            QMessageBox.warning(self, self.tr("Staff name"), labels.error_message(exc))
            return None
        self.statusBar().showMessage(
            self.tr("Staff name: %1").replace("%1", saved or self.tr("(none)")), 5000
        )
        return saved

    def show_import_history(self) -> ImportHistoryDialog:
        dialog = ImportHistoryDialog(self)
        dialog.undone.connect(lambda _id: self._after_import())
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_customers(
        self, path: str | None = None, only_selected: bool | None = None, mask: bool = False
    ) -> int | None:
        """Export the list as shown (filter, sort, visible columns); asks what and where
        unless told. Returns the number of rows written."""
        from models.excel.customer_export import export_customers

        page = self._page()
        keys = page.visible_columns()
        selected = page.selected_ids()
        if path is None:
            dialog = ExportDialog(self, page.model.matching, len(selected), len(keys))
            if dialog.exec() != ExportDialog.Accepted:
                return None
            only_selected, mask = dialog.only_selected, dialog.mask.isChecked()
            name = self.tr("Customers") + dialog.suffix
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export customers"), name, f"*{dialog.suffix}"
            )
            if not path:
                return None
        ids = selected if only_selected else None
        titles = labels.customer_export_titles(keys)
        formatters = labels.customer_export_formatters()
        flt, sort = page.model.filter, page.model.sort_spec
        try:
            n = run_with_progress(
                self,
                self.tr("Exporting…"),
                lambda progress, cancel: export_customers(
                    path, flt, sort, keys, titles=titles, formatters=formatters, ids=ids,
                    mask_mobiles=mask, progress=progress, cancel=cancel,
                ),
            )  # fmt: skip
        except Cancelled:
            self.statusBar().showMessage(self.tr("Export cancelled."), 5000)
            return None
        except (GuanjiaError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Export customers"), labels.error_message(exc))
            return None
        self.statusBar().showMessage(
            self.tr("Exported %1 customers to %2").replace("%1", f"{n:,}").replace("%2", path),
            8000,
        )
        return n

    def save_template(self, path: str | None = None) -> bool:
        from models.excel.customer_export import TEMPLATE_FIELDS, export_template

        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save an import template"), self.tr("Import template") + ".xlsx",
                "*.xlsx",
            )  # fmt: skip
            if not path:
                return False
        titles = {k: labels.field_label(k) for k in TEMPLATE_FIELDS}
        try:
            export_template(path, titles)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save an import template"), str(exc))
            return False
        self.statusBar().showMessage(self.tr("Template saved: %1").replace("%1", path), 8000)
        return True

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Guanjia"),
            self.tr(
                "Guanjia (客户管家) — customer management for small businesses, offline and private."
            ),
        )

    def _demo_launched(self, _pid: int) -> None:
        self.statusBar().showMessage(
            self.tr("The demo opens in a second window. Your own database is unchanged."), 15000
        )

    def closeEvent(self, event):
        self.demo_launcher.cancel()
        self.reminders.wait()
        self.reminders.stop()
        if self.tray is not None:
            self.tray.hide()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue(
            "window/customers_splitter", self.customers_page.splitter.saveState()
        )
        self.customers_page.wait_for_counts()
        self.sidebar.wait_for_counts()
        self.dashboard_page.wait()
        self.daily_backup.wait()
        self.integrity.wait()
        if self.damaged_dialog is not None:
            self.damaged_dialog.wait()
        if self.import_wizard is not None:
            self.import_wizard.preview_page.wait_for_check()
        for page in (self.customers_page, self.bin_page):
            page.save_columns()
        self.settings.sync()
        super().closeEvent(event)
