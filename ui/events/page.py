"""The events page (活动): the events, newest first, and the selected event's sign-ups
with their status; buttons to add and edit an event, sign customers up, check in on
the day (walk-ins too), give feedback, close the event (marking the no-shows), plan
follow-ups for attendees or no-shows, and print the sign-in sheet (PDF). Each write is
one undo step (ui/events/undo.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.communities import event_metrics, events, signups
from models.errors import GuanjiaError, ValidationError
from models.excel.event_signup_import import event_for_import
from models.values.contact_fields import mask_mobile
from ui import formatting, icons, messages
from ui.customers.card_parts import FlowLayout
from ui.events import labels as el
from ui.events.attendance import AttendanceDialog
from ui.events.dialogs import (
    CheckinDialog,
    EventDialog,
    FeedbackDialog,
    SignupDialog,
    confirm,
)
from ui.events.sign_in_sheet import write_pdf
from ui.events.undo import Recorder
from ui.imports.wizard import ImportWizard
from ui.restyling import Restyling
from ui.retranslating import Retranslating
from ui.text import fill

IdRole = Qt.UserRole + 1


def _table(name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class EventsPage(Restyling, Retranslating, QWidget):
    dataChanged = Signal()  # events, sign-ups (and maybe customers, follow-ups) written

    def __init__(self, undo_stack=None, parent=None):
        super().__init__(parent)
        self.setObjectName("EventsPage")
        self.record = Recorder(undo_stack, lambda _ids: self._changed(), self._refused)
        self.events = _table("events_table", 5)
        self.signups = _table("signups_table", 5)
        self.summary = QLabel()
        self.summary.setObjectName("event_summary")
        self.summary.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        bar = FlowLayout(spacing=6)  # the buttons wrap: the page fits a 1280-pixel screen
        for key, slot, icon in (("add", self.add_event, "add"), ("edit", self.edit_event, "edit"),
                                ("signup", self.sign_up, "new_customer"),
                                ("import", self.import_signups, "import"),
                                ("checkin", self.check_in, "customer"),
                                ("attendance", self.mark_attendance, "followups_done"),
                                ("feedback", self.feedback, "edit"),
                                ("close", self.close_event, "followups_done"),
                                ("sheet", self.sign_in_sheet, "copy")):  # fmt: skip
            button = QPushButton()
            button.setObjectName(f"event_{key}")
            button.setProperty("icon_name", icon)
            button.clicked.connect(lambda _c=False, s=slot: s())
            self.buttons[key] = button
            bar.addWidget(button)
        self.follow = QToolButton()
        self.follow.setObjectName("event_followups")
        self.follow.setPopupMode(QToolButton.InstantPopup)
        self.follow.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.follow_menu = QMenu(self.follow)
        self.act_follow_attended = self.follow_menu.addAction("")
        self.act_follow_no_show = self.follow_menu.addAction("")
        self.act_follow_both = self.follow_menu.addAction("")
        self.act_follow_attended.triggered.connect(lambda: self.plan_followups(("attended",)))
        self.act_follow_no_show.triggered.connect(lambda: self.plan_followups(("no_show",)))
        self.act_follow_both.triggered.connect(
            lambda: self.plan_followups(("attended", "no_show")))  # fmt: skip
        self.follow.setMenu(self.follow_menu)
        bar.addWidget(self.follow)
        self.status_button = QToolButton()
        self.status_button.setObjectName("event_status")
        self.status_button.setPopupMode(QToolButton.InstantPopup)
        self.status_button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.status_menu = QMenu(self.status_button)
        self.status_actions = {}
        for code in ("open", "running", "cancelled"):
            act = self.status_menu.addAction("")
            act.triggered.connect(lambda _c=False, c=code: self.set_status(c))
            self.status_actions[code] = act
        self.status_menu.addSeparator()
        self.act_cancel_signup = self.status_menu.addAction("")
        self.act_cancel_signup.triggered.connect(self.cancel_signup)
        self.status_button.setMenu(self.status_menu)
        bar.addWidget(self.status_button)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.summary)
        rl.addWidget(self.signups, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.events)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.events.itemSelectionChanged.connect(self.show_signups)
        self.signups.itemDoubleClicked.connect(lambda _i: self.feedback())
        self.retranslate()
        self.restyle()
        self.refresh()

    # ------------------------------------------------------------ words and look

    def retranslate(self) -> None:
        texts = {"add": self.tr("Add event"), "edit": self.tr("Edit"),
                 "signup": self.tr("Sign up…"), "checkin": self.tr("Check in…"),
                 "import": self.tr("Import sign-ups…"),
                 "attendance": self.tr("Mark attendance…"),
                 "feedback": self.tr("Feedback…"), "close": self.tr("Close event"),
                 "sheet": self.tr("Sign-in sheet (PDF)…")}  # fmt: skip
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.buttons["close"].setToolTip(
            self.tr("End the event: signed-up customers who did not check in become no-shows")
        )
        self.buttons["import"].setToolTip(
            self.tr("Sign-ups from an Excel list (报名表): 问卷星, 金数据, 腾讯问卷 or a sheet")
        )
        self.buttons["attendance"].setToolTip(
            self.tr("Tick who signed the printed sign-in sheet; the others become no-shows")
        )
        self.follow.setText(self.tr("Follow-ups"))
        self.act_follow_attended.setText(self.tr("Follow up attendees"))
        self.act_follow_no_show.setText(self.tr("Follow up no-shows"))
        self.act_follow_both.setText(self.tr("Follow up attendees and no-shows"))
        self.status_button.setText(self.tr("Status"))
        self.status_actions["open"].setText(self.tr("Open sign-up"))
        self.status_actions["running"].setText(self.tr("Start the event"))
        self.status_actions["cancelled"].setText(self.tr("Cancel the event"))
        self.act_cancel_signup.setText(self.tr("Cancel the selected sign-up"))
        self.events.setHorizontalHeaderLabels([self.tr("Starts"), self.tr("Title"),
                                               self.tr("Kind"), self.tr("Status"),
                                               self.tr("Signed up")])  # fmt: skip
        self.signups.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Mobile"),
                                                self.tr("Status"), self.tr("Checked in"),
                                                self.tr("Feedback")])  # fmt: skip
        if hasattr(self, "_rows"):
            self.refresh()

    def restyle(self) -> None:
        for button in self.buttons.values():
            button.setIcon(icons.icon(button.property("icon_name")))
        self.follow.setIcon(icons.icon("followups"))
        self.status_button.setIcon(icons.icon("edit"))

    # ------------------------------------------------------------ reading

    def event_id(self) -> int | None:
        row = self.events.currentRow()
        item = self.events.item(row, 0) if row >= 0 else None
        return item.data(IdRole) if item else None

    def refresh(self) -> None:
        keep = self.event_id()
        self._rows = events.listing()
        self.events.setRowCount(len(self._rows))
        for i, row in enumerate(self._rows):
            cap = row["capacity"]
            taken = row["signed"] + row["attended"] + row["no_show"]
            values = (formatting.datetime_text(row["starts_at"]), row["title"],
                      f"{el.kind_label(row['kind'])} · {el.mode_label(row['mode'])}",
                      el.status_label(row["status"]),
                      f"{taken}/{cap}" if cap else str(taken))  # fmt: skip
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(IdRole, row["id"])
                self.events.setItem(i, c, item)
        target = next((i for i, r in enumerate(self._rows) if r["id"] == keep), 0)
        if self._rows:
            self.events.selectRow(target)
        self.show_signups()

    def show_signups(self) -> None:
        eid = self.event_id()
        self._signups = signups.listing(eid) if eid else []
        self.signups.setRowCount(len(self._signups))
        for i, row in enumerate(self._signups):
            score = row["feedback_score"]
            values = (row["name"], mask_mobile(row["mobile"] or ""),
                      el.signup_status_label(row["status"], row["walk_in"]),
                      formatting.datetime_text(row["checked_in_at"]) if row["checked_in_at"]
                      else "", f"{score} {row['feedback_comment']}".strip() if score else "")  # fmt: skip
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(IdRole, row["customer_id"])
                self.signups.setItem(i, c, item)
        self._show_summary(eid)
        for key in (
            "edit",
            "signup",
            "import",
            "checkin",
            "attendance",
            "feedback",
            "close",
            "sheet",
        ):
            self.buttons[key].setEnabled(eid is not None)
        self.follow.setEnabled(eid is not None)
        self.status_button.setEnabled(eid is not None)

    def _show_summary(self, eid) -> None:
        if eid is None:
            self.summary.setText(self.tr("No events yet: add one to take sign-ups."))
            return
        m = event_metrics.compute(eid)
        rate = "–" if m["attendance_rate"] is None else f"{m['attendance_rate']:.0%}"
        score = "–" if m["feedback_average"] is None else f"{m['feedback_average']:.1f}"
        self.summary.setText(fill(
            self.tr("Signed up %1 · attended %2 · no-shows %3 · walk-ins %4 · waiting %5 · "
                    "attendance %6 · feedback %7 (%8) · sales after: %9 buyers, %10"),
            m["signed_up"], m["attended"], m["no_shows"], m["walk_ins"], m["waiting"], rate,
            score, m["feedback_count"], m["attributed_buyers"],
            formatting.money(m["attributed_spend_cents"])))  # fmt: skip

    def selected_signup(self) -> dict | None:
        row = self.signups.currentRow()
        return self._signups[row] if 0 <= row < len(self._signups) else None

    # ------------------------------------------------------------ writing

    def _changed(self) -> None:
        self.refresh()
        self.dataChanged.emit()

    def _refused(self, exc) -> None:
        QMessageBox.warning(self, self.tr("Events"), messages.error_message(exc))
        self._changed()

    def _try(self, work) -> bool:
        try:
            work()
        except GuanjiaError as exc:
            QMessageBox.warning(self, self.tr("Events"), messages.error_message(exc))
            return False
        return True

    def add_event(self) -> EventDialog:
        dialog = EventDialog(self, record=self.record)
        if dialog.exec():
            self._changed()
            self._select(dialog.event_id)
        return dialog

    def _select(self, eid) -> None:
        for i in range(self.events.rowCount()):
            if self.events.item(i, 0).data(IdRole) == eid:
                self.events.selectRow(i)

    def edit_event(self) -> None:
        eid = self.event_id()
        if eid is not None and EventDialog(self, events.get(eid), self.record).exec():
            self._changed()

    def sign_up(self) -> None:
        eid = self.event_id()
        if eid is None:
            return
        dialog = SignupDialog(self, eid, self.record)
        if dialog.exec():
            self._changed()
            result = dialog.result
            if result.waiting or result.already:
                QMessageBox.information(self, self.tr("Sign up"), fill(
                    self.tr("Signed up: %1. On the waiting list (the event is full): %2. "
                            "Already signed up: %3."),
                    len(result.signed), len(result.waiting), len(result.already)))  # fmt: skip

    def check_in(self) -> CheckinDialog | None:
        eid = self.event_id()
        if eid is None:
            return None
        dialog = CheckinDialog(self, eid, self.record)
        dialog.exec()
        if dialog.checked_in:
            self._changed()
        return dialog

    def mark_attendance(self) -> AttendanceDialog | None:
        """The printed sign-in sheet ticked afterwards (one undo step)."""
        eid = self.event_id()
        if eid is None or not self._try(lambda: events.require_open(events.get_row(eid))):
            return None
        dialog = AttendanceDialog(self, eid, self.record)
        if dialog.exec():
            self._changed()
        return dialog

    def import_signups(self, path: str | None = None) -> ImportWizard | None:
        """The import wizard for a sign-up list into the selected event (window-modal,
        not blocking); undone from its result page or File > Import history."""
        eid = self.event_id()
        if eid is None or not self._try(lambda: event_for_import(eid)):
            return None
        wizard = ImportWizard(self, path, kind="event_signups", options={"event": eid})
        wizard.setWindowModality(Qt.WindowModal)
        wizard.setAttribute(Qt.WA_DeleteOnClose)
        wizard.imported.connect(lambda _id: self._after_import())
        self.import_wizard = wizard
        wizard.open()
        return wizard

    def _after_import(self) -> None:
        if self.record.stack is not None:
            self.record.stack.clear()  # older steps may refer to rows the import changed
        self._changed()

    def feedback(self) -> None:
        eid, row = self.event_id(), self.selected_signup()
        if eid is None or row is None:
            return
        if row["status"] != "attended":
            QMessageBox.information(self, self.tr("Feedback"),
                                    messages.error_message(_not_attended(row["name"])))  # fmt: skip
            return
        if FeedbackDialog(self, eid, row, self.record).exec():
            self._changed()

    def close_event(self) -> None:
        eid = self.event_id()
        if eid is None or not confirm(
            self,
            self.tr("Close event"),
            self.tr("End this event? Signed-up customers who did not check in become no-shows."),
        ):
            return  # fmt: skip
        if self._try(lambda: self.record("close", lambda: signups.close(eid), eid)):
            self._changed()

    def set_status(self, status: str) -> None:
        eid = self.event_id()
        if eid is None:
            return
        if status == "cancelled" and not confirm(
            self,
            self.tr("Cancel the event"),
            self.tr("Cancel this event? It can no longer take sign-ups or check-ins."),
        ):
            return  # fmt: skip
        if self._try(lambda: self.record("edit", lambda: events.set_status(eid, status), eid)):
            self._changed()

    def cancel_signup(self) -> None:
        eid, row = self.event_id(), self.selected_signup()
        if eid is None or row is None:
            return
        if self._try(
            lambda: self.record(
                "cancel_signup", lambda: signups.cancel(eid, row["customer_id"]), eid
            )
        ):
            self._changed()  # fmt: skip

    def plan_followups(self, groups) -> None:
        eid = self.event_id()
        if eid is None:
            return
        title = events.get(eid)["title"]
        subject = fill(self.tr("After the event: %1"), title)
        done = []
        if self._try(lambda: done.extend(self.record("followups", lambda: signups.plan_followups(
                eid, groups, subject=subject), eid))):  # fmt: skip
            self._changed()
            QMessageBox.information(self, self.tr("Follow-ups"),
                                    fill(self.tr("%1 follow-ups planned for tomorrow."), len(done)))  # fmt: skip

    def sign_in_sheet(self, path: str | None = None) -> str | None:
        eid = self.event_id()
        if eid is None:
            return None
        event = events.get(eid)
        if path is None:
            path, _f = QFileDialog.getSaveFileName(self, self.tr("Save the sign-in sheet"),
                                                   f"{event['title']}.pdf", "PDF (*.pdf)")  # fmt: skip
            if not path:
                return None
        write_pdf(path, event, signups.listing(eid))
        return path


def _not_attended(name: str):
    return ValidationError("customer", "event_not_attended", "", name=name)
