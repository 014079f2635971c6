"""Telling the user: the reminder service (the start-up summary, follow-ups coming due,
escalated complaints), said in the window's notice banner and the tray; the banner's
Show button opens what it speaks of. A damaged database's banner stays until a restore."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from desktop.controllers.base import Controller
from desktop.reminder_service import ReminderService
from models.storage import db
from ui import labels
from ui.complaints import labels as complaint_labels

DAMAGED = "damaged"  # the banner's target while the database is damaged


class NoticesController(Controller):
    def __init__(self, window):
        super().__init__(window)
        self.banner = window.banner
        self.banner.showRequested.connect(self.show_target)
        self.bucket = "today"  # what the banner's Show opens: an agenda bucket, complaints
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QApplication.windowIcon(), window)
            self.tray.messageClicked.connect(self.show_target)
            self.tray.show()
        self.service = ReminderService(window)
        self.service.summaryReady.connect(self._show_summary)
        self.service.due.connect(self._show_due)
        self.service.escalated.connect(self._show_escalated)
        self.service.dayChanged.connect(window.refresh_all)

    def start(self) -> None:
        """The day's reminders, once the window has shown (a worker thread makes them)."""
        QTimer.singleShot(0, lambda: self.service.start(background=True))

    def before_close(self) -> None:
        self.service.wait()
        self.service.stop()
        if self.tray is not None:
            self.tray.hide()

    # ------------------------------------------------------------ the banner

    def notify(self, text: str, bucket: str) -> None:
        """A banner with a Show button opening `bucket`; a damaged database's banner
        stays in view until a restore."""
        if self.bucket == DAMAGED:
            return
        self.bucket = bucket
        self.banner.notify(text, self.tr("Show"))

    def notify_damaged(self, text: str, button: str) -> None:
        self.bucket = DAMAGED
        self.banner.notify(text, button)

    def clear(self) -> None:
        """A restore replaced the data: what the banner said is gone with it."""
        self.banner.hide()
        self.bucket = "today"

    def show_target(self) -> None:
        navigation = self.window.navigation
        if self.bucket == DAMAGED:
            self.window.backups.show_damaged(db.integrity().problems or [])
        elif self.bucket == "complaints":
            navigation.show_complaints()
        elif self.bucket == "leads":
            self.window.sidebar.select(("page", self.window.sidebar.LEADS))
        else:
            navigation.show_agenda(self.bucket)

    # ------------------------------------------------------------ reminders

    def _show_summary(self, summary: dict) -> None:
        # The start-up work has written the day's care reminders: every count again.
        self.window.sidebar.request_agenda_counts()
        self.window.dashboard_page.data_changed()
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
        leads = (
            [
                self.tr("%1 leads go back to the pool tomorrow unless contacted").replace(
                    "%1", number(summary["leads_tomorrow"])
                )
            ]
            if summary.get("leads_tomorrow")
            else []
        )
        if summary.get("leads_reclaimed"):
            leads.append(self.tr("%1 leads not contacted in time went back to the pool").replace(
                "%1", number(summary["leads_reclaimed"])))  # fmt: skip
        parts += leads
        if summary.get("leads_reclaimed"):
            self.window.leads_page.refresh()
        if not parts:
            return
        bucket = "today" if due else "overdue" if summary.get("overdue") or not leads else "leads"
        text = self.tr("Today: ") + self.tr(", ").join(parts) + self.tr(".")
        self.notify(text, bucket)
        self._tray_message(self.tr("Guanjia — today"), text)

    def _show_due(self, rows: list) -> None:
        self.window.sidebar.request_agenda_counts()
        self.window.followups_page.refresh()
        first = rows[0]
        what = labels.followup_subject(first) or labels.channel_label(first["kind"])
        text = self.tr("Due now: %1 — %2").replace("%1", first["customer_name"]).replace("%2", what)
        if len(rows) > 1:
            text += " " + self.tr("(and %1 more)").replace("%1", str(len(rows) - 1))
        self.notify(text, "today")
        self._tray_message(self.tr("Follow-up due"), text)
        QApplication.alert(self.window)

    def _show_escalated(self, rows: list) -> None:
        self.window.sidebar.request_agenda_counts()
        self.window.complaints_page.refresh()
        first = rows[0]
        text = (
            self.tr("Complaint escalated: #%1 %2 — %3")
            .replace("%1", str(first["id"]))
            .replace("%2", first["customer_name"])
            .replace("%3", complaint_labels.escalation_text(first["escalation"]))
        )
        if len(rows) > 1:
            text += " " + self.tr("(and %1 more)").replace("%1", str(len(rows) - 1))
        self.notify(text, "complaints")
        self._tray_message(self.tr("Complaint escalated"), text)
        QApplication.alert(self.window)

    def _tray_message(self, title: str, text: str) -> None:
        if self.window.privacy.idle_lock.locked:  # a locked screen names no customer
            title, text = "Guanjia", self.tr("A reminder is due. Unlock Guanjia to see it.")
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, text, QSystemTrayIcon.Information, 10000)
