"""The main window, a frame: the sidebar and the pages, the notice banner and the status
bar, the undo stack, and the menus built from its controllers' actions
(desktop/controllers/: navigation, editing, imports and exports, backups, privacy,
notices, the demo), on the database session it was opened with (desktop/session.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import settings as app_settings
from desktop import translations, window_geometry
from desktop.controllers.appearance import AppearanceController
from desktop.controllers.backups import BackupController
from desktop.controllers.base import make_action
from desktop.controllers.demo import DemoController
from desktop.controllers.editing import EditingController
from desktop.controllers.imports import ImportExportController, dropped_file
from desktop.controllers.navigation import Navigator
from desktop.controllers.notices import NoticesController
from desktop.controllers.privacy import PrivacyController
from desktop.session import DatabaseSession
from desktop.version import version
from models.leads import scores as lead_scores
from ui import file_dialogs, icons
from ui.automation.page import AutomationPage
from ui.communities.page import CommunitiesPage
from ui.complaints.page import ComplaintsPage
from ui.customers.page import CustomersPage
from ui.dashboard.page import DashboardPage
from ui.events.page import EventsPage
from ui.followups.page import FollowupsPage
from ui.funnel.page import FunnelPage
from ui.leads.page import LeadsPage
from ui.leads.settings_dialog import LeadScoringDialog
from ui.membership.levels_dialog import LevelsDialog
from ui.membership.page import MembersPage
from ui.notice_banner import NoticeBanner
from ui.purchases.page import PurchasesPage
from ui.restyling import Restyling
from ui.sidebar import Sidebar
from ui.surveys.page import SurveysPage
from ui.team.team_dialog import TeamDialog


class MainWindow(Restyling, QMainWindow):
    def __init__(
        self,
        settings: QSettings,
        session: DatabaseSession | None = None,
        first_page: int = Sidebar.DASHBOARD,
    ):
        """A window on `session`'s database; without one, on the database open already
        (a window built in a test). It opens on `first_page` (a Sidebar page): the
        dashboard, unless a caller that starts elsewhere would only pay for drawing it."""
        super().__init__()
        self.setObjectName("MainWindow")
        self.settings = settings
        file_dialogs.use_settings(settings)  # each kind of file's last folder kept there
        self.session = session if session is not None else DatabaseSession(parent=self)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        self._build_frame()

        # Navigation first: the others show pages through it.
        self.navigation = Navigator(self)
        self.editing = EditingController(self)
        self.imports = ImportExportController(self)
        self.backups = BackupController(self)
        self.privacy = PrivacyController(self)
        self.notices = NoticesController(self)
        self.demo = DemoController(self)
        self.appearance = AppearanceController(self)
        self.controllers = (self.navigation, self.editing, self.imports, self.backups,
                            self.privacy, self.notices, self.demo, self.appearance)  # fmt: skip
        for page in (self.customers_page, self.bin_page, self.followups_page,
                     self.complaints_page, self.purchases_page, self.communities_page,
                     self.events_page, self.members_page, self.surveys_page,
                     self.automation_page):  # fmt: skip
            page.dataChanged.connect(self.refresh_all)
        self.surveys_page.importRequested.connect(self.import_survey_answers)
        # An empty database: the customer list and the dashboard say what to do first.
        for panel in (self.customers_page.get_started, self.dashboard_page.get_started):
            panel.importRequested.connect(lambda: self.imports.import_file(ask_file=False))
            panel.addRequested.connect(self.editing.new_customer)
            panel.demoRequested.connect(self.demo.launcher.start)
        self.notices.start()
        # The day's engagement levels (desktop/level_job.py): silent unless they fail.
        self.session.levels.failed.connect(self._daily_failed)
        self.session.levels.done.connect(self._levels_done)
        # The membership's daily pass (desktop/membership_job.py): silent unless it fails.
        self.session.membership.failed.connect(self._daily_failed)
        self.session.membership.done.connect(self._membership_done)
        # The day's lead scores (desktop/lead_score_job.py): silent unless they fail.
        self.session.lead_scores.failed.connect(self._daily_failed)
        self.session.lead_scores.done.connect(self._lead_scores_done)
        # The rules (desktop/automation_job.py): a run's changes read again everywhere.
        self.session.automation.failed.connect(self._daily_failed)
        self.session.automation.ran.connect(self._automation_ran)
        QTimer.singleShot(0, self.session.check)  # then the day's backup, if sound

        self.setAcceptDrops(True)  # a spreadsheet dropped on the window starts the import
        self._build_actions()
        self._build_menus()
        self.retranslate()
        self.restyle()
        self.sidebar.select(("page", first_page))  # the dashboard: the first page a user sees
        self.resize(1360, 820)
        window_geometry.restore(self, settings)  # shown maximised if nothing was saved
        splitter = settings.value("window/customers_splitter")
        if splitter is not None:
            self.customers_page.splitter.restoreState(splitter)
        self.customers_page.request_tag_counts()
        self.privacy.apply_privacy(refresh=False)

    def import_survey_answers(self, survey_id: int) -> None:
        """The Surveys page's Import…: the wizard for answers into that survey."""
        self.imports.import_file(kind="survey_answers", options={"survey": survey_id})

    def _build_frame(self) -> None:
        """The pages in a stack beside the sidebar, the banner above them, the count."""
        self.customers_page = CustomersPage(self.undo_stack, self.settings)
        self.bin_page = CustomersPage(self.undo_stack, self.settings, in_bin=True)
        self.followups_page = FollowupsPage(self.undo_stack)
        self.complaints_page = ComplaintsPage(self.undo_stack)
        self.dashboard_page = DashboardPage()
        self.purchases_page = PurchasesPage(self.undo_stack)
        self.events_page = EventsPage(self.undo_stack)
        self.communities_page = CommunitiesPage(self.undo_stack)
        # indexes as Sidebar.CUSTOMERS, BIN, COMPLAINTS, DASHBOARD, PURCHASES, COMMUNITIES
        self.pages = QStackedWidget()
        for page in (self.customers_page, self.bin_page, self.followups_page,
                     self.complaints_page, self.dashboard_page, self.purchases_page,
                     self.communities_page):  # fmt: skip
            self.pages.addWidget(page)
        self.pages.addWidget(self.events_page)  # Sidebar.EVENTS
        self.members_page = MembersPage(self.undo_stack)
        self.pages.addWidget(self.members_page)  # Sidebar.MEMBERS
        self.surveys_page = SurveysPage(self.undo_stack, self.session)
        self.pages.addWidget(self.surveys_page)  # Sidebar.SURVEYS
        self.leads_page = LeadsPage(self.undo_stack)
        self.pages.addWidget(self.leads_page)  # Sidebar.LEADS
        self.leads_page.changed.connect(self.customers_page.refresh)
        self.funnel_page = FunnelPage(self.undo_stack)
        self.pages.addWidget(self.funnel_page)  # Sidebar.FUNNEL
        self.automation_page = AutomationPage(self.undo_stack)
        self.pages.addWidget(self.automation_page)  # Sidebar.AUTOMATION
        self.sidebar = Sidebar()
        self.banner = NoticeBanner()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.banner)
        right.addWidget(self.pages, 1)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)
        self.count_label = QLabel()  # the list shown: Navigator.update_status
        self.count_label.setObjectName("count_label")
        self.statusBar().addPermanentWidget(self.count_label)

    # ------------------------------------------------------------ actions and menus

    def _build_actions(self) -> None:
        """The window's own actions; each controller has made its own."""
        self.act_undo = self.undo_stack.createUndoAction(self)
        self.act_undo.setShortcuts(QKeySequence.Undo)
        self.act_redo = self.undo_stack.createRedoAction(self)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.addActions([self.act_undo, self.act_redo])
        self.act_quit = make_action(self, "quit", self.close, QKeySequence.Quit)
        self.act_about = make_action(self, "about", self._about)
        self.act_levels = make_action(self, "member_levels", self.show_levels)
        self.act_team = make_action(self, "team", self.show_team)
        self.act_lead_scoring = make_action(self, "lead_scoring", self.show_lead_scoring)
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
        nav, edit, io = self.navigation, self.editing, self.imports
        backups, privacy = self.backups, self.privacy
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addActions([io.act_import, io.act_import_purchases,
                                   *io.record_import_actions, *io.community_import_actions,
                                   io.act_export])  # fmt: skip
        self.menu_file.addActions([io.act_template, io.act_history])
        self.menu_file.addSeparator()
        self.menu_file.addActions(
            [backups.act_backup, backups.act_encrypted_backup, backups.act_restore]
        )
        self.menu_file.addAction(backups.act_backup_settings)
        self.menu_file.addAction(privacy.act_audit)
        self.menu_file.addSeparator()
        self.menu_file.addAction(edit.act_fields)
        self.menu_file.addSeparator()
        self.menu_file.addAction(privacy.act_lock)
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("")
        self.menu_edit.addActions([self.act_undo, self.act_redo])
        self.menu_edit.addSeparator()
        self.menu_edit.addActions([edit.act_new, edit.act_edit, edit.act_delete])
        self.menu_edit.addAction(edit.act_tag)
        self.menu_edit.addAction(privacy.act_erase)
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(edit.act_find)
        self.menu_followups = bar.addMenu("")
        self.menu_followups.addActions([nav.act_today, edit.act_new_followup, edit.act_log_contact])
        self.menu_followups.addSeparator()
        self.menu_followups.addActions([edit.act_rules, edit.act_care])
        self.menu_complaints = bar.addMenu("")
        self.menu_complaints.addActions([nav.act_complaints, edit.act_new_complaint])
        self.menu_complaints.addSeparator()
        self.menu_complaints.addActions([edit.act_faq, edit.act_complaint_settings])
        self.menu_view = bar.addMenu("")
        self.menu_view.addActions([nav.act_save_view, nav.act_clear_filter])
        self.menu_view.addSeparator()
        self.menu_view.addAction(nav.act_reset_columns)
        self.menu_view.addSeparator()
        self.menu_view.addAction(nav.act_community_metrics)
        self.menu_settings = bar.addMenu("")
        self.menu_language = self.menu_settings.addMenu("")
        self.menu_language.addActions(list(self.lang_actions.values()))
        self.menu_settings.addMenu(self.appearance.menu)
        self.menu_settings.addAction(privacy.act_staff)
        self.menu_settings.addAction(privacy.act_privacy)
        self.menu_settings.addAction(self.act_levels)
        self.menu_settings.addAction(self.act_team)
        self.menu_settings.addAction(self.act_lead_scoring)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_about)

    def restyle(self) -> None:
        """The menu actions' icons (ui/icons.py's concepts), in the palette's colours."""
        nav, edit, io = self.navigation, self.editing, self.imports
        backups, privacy = self.backups, self.privacy
        for action, name in (
            (io.act_import, "import"), (io.act_import_purchases, "import_purchases"),
            (nav.act_community_metrics, "community_metrics"),
            *((a, a.objectName().removeprefix("action_")) for a in io.record_import_actions),
            *((a, a.objectName().removeprefix("action_")) for a in io.community_import_actions),
            (io.act_export, "export"), (io.act_template, "template"),
            (io.act_history, "history"), (backups.act_backup, "backup"),
            (backups.act_encrypted_backup, "encrypted_backup"),
            (backups.act_restore, "restore"), (backups.act_backup_settings, "backup_settings"),
            (privacy.act_audit, "audit_log"), (edit.act_fields, "custom_fields"),
            (privacy.act_lock, "lock"), (self.act_quit, "quit"),
            (self.act_undo, "undo"), (self.act_redo, "redo"),
            (edit.act_new, "new_customer"), (edit.act_edit, "edit"),
            (edit.act_delete, "delete"), (edit.act_tag, "tags"),
            (privacy.act_erase, "erase"), (edit.act_find, "search"),
            (nav.act_today, "followups_today"), (edit.act_new_followup, "new_followup"),
            (edit.act_log_contact, "log_contact"), (edit.act_rules, "stay_in_touch"),
            (edit.act_care, "care"), (nav.act_complaints, "complaints"),
            (edit.act_new_complaint, "new_complaint"), (edit.act_faq, "faq"),
            (edit.act_complaint_settings, "complaint_settings"),
            (nav.act_save_view, "save_view"), (nav.act_clear_filter, "clear_filter"),
            (nav.act_reset_columns, "reset_columns"), (privacy.act_staff, "staff"),
            (privacy.act_privacy, "privacy"), (self.act_about, "about"),
            (self.menu_language.menuAction(), "language"),
            (self.appearance.menu.menuAction(), "appearance"),
            (self.act_levels, "members"), (self.act_team, "team"),
            (self.act_lead_scoring, "lead_scoring"),
        ):  # fmt: skip
            action.setIcon(icons.icon(name))

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        title = self.tr("Guanjia — Customer Manager") + " " + version()
        if self.demo.is_demo:
            title += " — " + self.tr("Demo database (made-up customers)")
        self.setWindowTitle(title)
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_followups.setTitle(self.tr("F&ollow-ups"))
        self.menu_complaints.setTitle(self.tr("&Complaints"))
        self.menu_settings.setTitle(self.tr("&Settings"))
        self.menu_language.setTitle(self.tr("Language"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.act_undo.setText(self.tr("Undo"))
        self.act_redo.setText(self.tr("Redo"))
        self.act_quit.setText(self.tr("Quit"))
        self.act_about.setText(self.tr("About Guanjia"))
        self.act_levels.setText(self.tr("Member levels…"))
        self.act_team.setText(self.tr("Team…"))
        self.act_lead_scoring.setText(self.tr("Lead scoring…"))
        self.lang_actions["auto"].setText(self.tr("Follow the system"))
        self.lang_actions["zh_CN"].setText("中文（简体）")
        self.lang_actions["en"].setText("English")
        for controller in self.controllers:
            controller.retranslate()
        self.navigation.update_status()

    def set_language(self, code: str) -> None:
        app_settings.set_language(self.settings, code)
        translations.apply(code)

    def show_levels(self) -> None:
        """Settings > Member levels…: the levels and their rules; the list and the
        detail panel show the levels as they are after."""
        LevelsDialog(self, self.undo_stack).exec()

    def show_lead_scoring(self) -> None:
        """Settings > Lead scoring…: the scoring model; OK rescores every lead (one
        undo step), and the list and the detail panel show the new grades."""
        dialog = LeadScoringDialog(self, self.undo_stack, lambda _ids: self.refresh_all())
        dialog.exec()
        self.refresh_all()

    def show_team(self) -> TeamDialog:
        """Settings > Team…: the staff list; the pickers and pages read it again after."""
        dialog = TeamDialog(self, self.undo_stack, lambda _ids: self.leads_page.reload_choices())
        dialog.open()
        return dialog

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Guanjia"),
            self.tr(
                "Guanjia (客户管家) — customer management for small businesses, offline and private."
            )
            + "\n\n"
            + self.tr("Version %1").replace("%1", version()),
        )

    # ------------------------------------------------------------ the window as a whole

    def refresh_all(self) -> None:
        """The data changed: every page, count and figure reads it again (the leads a
        change touched rescored first: models.leads.scores.flush)."""
        if lead_scores.many_marked():
            self.session.lead_scores.flush_in_worker()
        else:
            lead_scores.flush_quietly()
        for page in (self.customers_page, self.bin_page):
            page.refresh()
        self.followups_page.refresh()
        self.complaints_page.refresh()
        self.purchases_page.refresh()
        self.events_page.refresh()
        self.communities_page.refresh()
        self.members_page.refresh()
        self.surveys_page.refresh()
        self.leads_page.reload_choices()
        self.automation_page.refresh()
        self.dashboard_page.data_changed()
        self.funnel_page.data_changed()
        self.sidebar.request_counts()
        self.sidebar.request_agenda_counts()
        self.navigation.update_status()

    def dragEnterEvent(self, event):
        if dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event):
        path = dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.imports.import_file(path)

    def bring_to_front(self) -> None:
        """A second start on this database asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        QApplication.alert(self)  # Windows may only flash the taskbar button

    def _daily_failed(self, text: str) -> None:
        """A day's job (levels, membership) failed: the banner says so. A method, not a
        lambda: Qt drops the connection with the window, so a failure that lands after
        the window has gone does not touch its deleted banner."""
        self.banner.notify(text, "")

    def _levels_done(self, done) -> None:
        if done is not None and done.changed:
            self.communities_page.refresh()

    def _lead_scores_done(self, done) -> None:
        if done is not None and done.written:
            self.customers_page.refresh()

    def _automation_ran(self, _summary) -> None:
        self.refresh_all()

    def _membership_done(self, done) -> None:
        if done is not None:
            self.members_page.refresh()

    def closeEvent(self, event):
        window_geometry.save(self, self.settings)
        self.settings.setValue(
            "window/customers_splitter", self.customers_page.splitter.saveState()
        )
        for controller in self.controllers:  # timers stopped, background work finished
            controller.before_close()
        self.customers_page.wait_for_counts()
        self.sidebar.wait_for_counts()
        self.dashboard_page.wait()
        self.purchases_page.counter.stop()
        self.members_page.counter.stop()
        self.surveys_page.stop()
        self.funnel_page.stop()
        self.session.wait()
        for page in (self.customers_page, self.bin_page):
            page.save_columns()
        self.settings.sync()
        super().closeEvent(event)
