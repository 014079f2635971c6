"""The follow-ups page (跟进): a bucket of the agenda (今天, 已逾期, 本周, 以后, 已完成, or a
calendar day) with bulk actions, and a month calendar with the count per day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models import clock
from models.complaints import complaints, return_visits
from models.errors import Cancelled, GuanjiaError
from models.excel.followup_export import KEYS, export_bucket
from models.followups import care, festival_care, followup_bulk, followups
from models.team import staff
from ui import file_dialogs, formatting, icons, labels, messages, style
from ui.empty_state import EmptyState
from ui.followups.agenda_model import COLUMNS, AgendaModel, cell_text, header_text
from ui.followups.calendar import CountCalendar
from ui.followups.care_day import CareDayList
from ui.followups.dialogs import (
    CompleteDialog,
    DateDialog,
    FollowupDialog,
    InteractionDialog,
)
from ui.followups.rules_dialog import CareSettingsDialog, StayInTouchDialog
from ui.followups.undo import Recorder
from ui.restyling import Restyling
from ui.retranslating import Retranslating
from ui.tasks import run_with_progress
from ui.text import fill


class FollowupsPage(Restyling, Retranslating, QWidget):
    openCustomerRequested = Signal(int)
    dataChanged = Signal()  # follow-ups or contacts were written
    complaintStepRequested = Signal(int)  # a complaint's return visit to record there

    def __init__(self, undo_stack=None, parent=None):
        super().__init__(parent)
        self.setObjectName("FollowupsPage")
        # Each write is one step on the window's undo stack (None: not undoable).
        self.undoable = Recorder(undo_stack, lambda _ids: self._changed(), self._error)
        self.model = AgendaModel(self)
        self.title = QLabel()
        self.title.setObjectName("agenda_title")
        style.set_role(self.title, "title")

        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        for name in ("new", "complete", "snooze", "reschedule", "reassign", "cancel", "more"):
            button = QPushButton()
            button.setObjectName(f"agenda_{name}")
            self.buttons[name] = button
            bar.addWidget(button)
        self.buttons["new"].clicked.connect(lambda: self.new_followup())
        self.buttons["complete"].clicked.connect(lambda: self.complete_selected())
        self.buttons["reschedule"].clicked.connect(lambda: self.reschedule_selected())
        self.buttons["reassign"].clicked.connect(lambda: self.reassign_selected())
        self.snooze_menu = QMenu(self)
        self.snooze_menu.setObjectName("snooze_menu")
        self.buttons["snooze"].setMenu(self.snooze_menu)
        self.cancel_menu = QMenu(self)
        self.buttons["cancel"].setMenu(self.cancel_menu)
        self.more_menu = QMenu(self)
        self.buttons["more"].setMenu(self.more_menu)

        self.table = QTableView()
        self.table.setObjectName("agenda_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        formatting.comfortable_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        for column, width in zip(COLUMNS, (130, 110, 90, 300, 80, 130), strict=True):
            self.table.setColumnWidth(COLUMNS.index(column), width)
        header.setSectionResizeMode(COLUMNS.index("subject"), QHeaderView.Stretch)
        self.table.doubleClicked.connect(lambda index: self.open_customer(index.row()))
        self.table.setContextMenuPolicy(Qt.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.empty = EmptyState(self.table, "empty_agenda")

        self.calendar = CountCalendar()
        self.calendar.setMinimumSize(340, 280)
        self.calendar.clicked.connect(lambda date: self.show_day(date.toPython()))
        self.calendar_hint = QLabel()
        self.calendar_hint.setWordWrap(True)
        style.hint_text(self.calendar_hint)
        self.care_day = CareDayList()  # the chosen day's festivals and birthdays
        self.care_day.setMaximumHeight(220)
        self.care_day.openCustomerRequested.connect(self.openCustomerRequested)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.calendar)
        side_layout.addWidget(self.calendar_hint)
        side_layout.addWidget(self.care_day)
        side_layout.addStretch(1)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([900, 320])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self._stale = True  # read when first shown
        self.retranslate()
        self.restyle()

    # ------------------------------------------------------------ language

    def restyle(self) -> None:
        """The toolbar buttons' icons, in the current palette's colours."""
        for name, button in self.buttons.items():
            button.setIcon(icons.icon("new_followup" if name == "new" else name))

    def retranslate(self) -> None:
        texts = {
            "new": self.tr("New follow-up"),
            "complete": self.tr("Complete…"),
            "snooze": self.tr("Snooze"),
            "reschedule": self.tr("Reschedule…"),
            "reassign": self.tr("Reassign…"),
            "cancel": self.tr("Cancel"),
            "more": self.tr("More"),
        }
        for name, button in self.buttons.items():
            button.setText(texts[name])
        self.empty.set_text(
            self.tr("Nothing to follow up here"),
            self.tr("Plan one with New follow-up, or pick a day in the calendar."),
        )
        self.snooze_menu.clear()
        self.snooze_menu.addAction(self.tr("1 hour"), lambda: self.snooze_selected("hour"))
        self.snooze_menu.addAction(self.tr("Tomorrow"), lambda: self.snooze_selected("tomorrow"))
        self.snooze_menu.addAction(
            self.tr("Next week (Monday)"), lambda: self.snooze_selected("next_week")
        )
        self.snooze_menu.addAction(self.tr("Choose a date…"), lambda: self.snooze_selected())
        self.cancel_menu.clear()
        self.cancel_menu.addAction(
            self.tr("Skip this time (a repeat goes on)"), lambda: self.cancel_selected(skip=True)
        )
        self.cancel_menu.addAction(
            self.tr("Cancel (ends a repeat)"), lambda: self.cancel_selected(skip=False)
        )
        self.more_menu.clear()
        self.more_menu.addAction(self.tr("Copy the greeting"), self.copy_greeting)
        self.more_menu.addAction(self.tr("Log a contact…"), lambda: self.log_contact())
        self.more_menu.addSeparator()
        self.more_menu.addAction(self.tr("Export to Excel…"), lambda: self.export())
        self.more_menu.addSeparator()
        self.more_menu.addAction(self.tr("Stay-in-touch rules…"), lambda: self.edit_rules())
        self.more_menu.addAction(self.tr("Birthday and festival care…"), lambda: self.edit_care())
        self.calendar_hint.setText(
            self.tr(
                "Numbers are open follow-ups that day; festivals are named, a green dot counts "
                "birthdays. Click a day to list them."
            )
        )
        self.model.headerDataChanged.emit(Qt.Horizontal, 0, len(COLUMNS) - 1)
        self._update_title()

    # ------------------------------------------------------------ content

    def set_bucket(self, bucket: str) -> None:
        self.model.bucket = bucket
        self.refresh()

    def show_day(self, day: dt.date) -> None:
        self.set_bucket(f"day:{day.isoformat()}")
        self.care_day.show_day(day)

    def refresh(self) -> None:
        """Re-read the list and the calendar (after any change, or a new day). While the
        page is hidden this only marks it stale: every customer edit refreshes all
        pages, and reading the agenda costs ~150 ms at a million customers."""
        if not self.isVisible():
            self._stale = True
            return
        self._load()

    def _load(self) -> None:
        self._stale = False
        self.model.refresh()
        self.calendar.reload()
        self.care_day.show_day(self.calendar.selectedDate().toPython())
        self._update_title()

    def showEvent(self, event):
        if self._stale:
            self._load()
        super().showEvent(event)

    def _update_title(self) -> None:
        bucket = self.model.bucket
        if bucket.startswith("day:"):
            name = bucket[4:]
        else:
            name = labels.bucket_label(bucket)
        self.title.setText(f"{name}  ·  {self.model.total:,}")

    def selected_rows(self) -> list[dict]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_data(r) for r in rows if self.model.row_data(r) is not None]

    def _selected_followups(self, open_only: bool = True) -> list[dict]:
        return [
            r
            for r in self.selected_rows()
            if r["type"] == "followup" and (not open_only or r["status"] == "open")
        ]

    def select_rows(self, rows: list[int]) -> None:
        self.table.clearSelection()
        model = self.table.selectionModel()
        for row in rows:
            model.select(
                self.model.index(row, 0),
                model.SelectionFlag.Select | model.SelectionFlag.Rows,
            )

    def _update_buttons(self) -> None:
        rows = self.selected_rows()
        open_followups = [r for r in rows if r["type"] == "followup" and r["status"] == "open"]
        self.buttons["complete"].setEnabled(
            bool(open_followups) or any(r["type"] == "touch" for r in rows)
        )
        for name in ("snooze", "reschedule", "reassign", "cancel"):
            self.buttons[name].setEnabled(bool(open_followups))

    def _changed(self) -> None:
        self.refresh()
        self.dataChanged.emit()

    def _error(self, exc: Exception) -> None:
        box = QMessageBox(
            QMessageBox.Warning, self.tr("Follow-ups"), messages.error_message(exc), parent=self
        )
        box.setObjectName("agenda_error")
        box.exec()

    # ------------------------------------------------------------ actions

    def open_customer(self, row: int) -> None:
        data = self.model.row_data(row)
        if data is not None:
            self.openCustomerRequested.emit(data["customer_id"])

    def new_followup(self, customer_id: int | None = None) -> FollowupDialog:
        dialog = FollowupDialog(self, customer_id)
        dialog.undoable = self.undoable
        if self.model.bucket.startswith("day:"):
            day = dt.date.fromisoformat(self.model.bucket[4:])
            dialog.date.setDate(dialog.date.date().addDays((day - clock.today()).days))
        dialog.accepted.connect(self._changed)
        dialog.open()
        return dialog

    def edit_followup(self, row: dict) -> FollowupDialog:
        dialog = FollowupDialog(self, row=followups.get(row["id"]))
        dialog.undoable = self.undoable
        dialog.accepted.connect(self._changed)
        dialog.open()
        return dialog

    def complete_selected(self, outcome: str | None = None):
        """One follow-up: the complete dialog (outcome, next step). Several: one outcome
        for all. A stay-in-touch row: log a contact with that customer."""
        rows = self.selected_rows()
        followup_rows = [r for r in rows if r["type"] == "followup" and r["status"] == "open"]
        touch = [r for r in rows if r["type"] == "touch"]
        if not followup_rows and touch:
            return self.log_contact(touch[0]["customer_id"], touch[0]["customer_name"])
        if len(followup_rows) == 1 and outcome is None:
            complaint_id = complaints.complaint_of_followup(followup_rows[0])
            if complaint_id is not None:  # the visit records satisfaction on the complaint
                self.complaintStepRequested.emit(complaint_id)
                return None
            dialog = CompleteDialog(self, followup_rows[0])
            dialog.undoable = self.undoable
            dialog.accepted.connect(self._changed)
            dialog.open()
            return dialog
        if not followup_rows:
            return None
        if outcome is None:
            outcome, ok = QInputDialog.getText(
                self,
                self.tr("Complete follow-ups"),
                fill(self.tr("Outcome for the %1 follow-ups:"), str(len(followup_rows))),
            )
            if not ok:
                return None
        try:
            # without a satisfaction, return visits are left out: the step changes only
            # follow-ups and contacts, which the undo step keeps
            done = self._bulk("complete", followup_rows, lambda ids: return_visits.complete_many(
                ids, outcome))  # fmt: skip
        except GuanjiaError as exc:
            self._error(exc)
            return None
        self._changed()
        if done.left_out:  # a return visit needs the customer's satisfaction, one by one
            self._visits_left_out(len(done.left_out))
        return len(done.done)

    def _visits_left_out(self, n: int) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Information,
            self.tr("Complete follow-ups"),
            self.tr(
                "%n return visit(s) of complaints were left out: complete each on its own "
                "to record how satisfied the customer is.",
                "",
                n,
            ),
            parent=self,
        )
        box.setObjectName("visits_left_out")
        box.open()
        return box

    def snooze_selected(self, until=None) -> int:
        rows = self._selected_followups()
        if not rows:
            return 0
        if until is None:
            dialog = DateDialog(self, self.tr("Snooze until"), clock.today() + dt.timedelta(1))
            if dialog.exec() != DateDialog.Accepted:
                return 0
            until = dialog.value()
        try:
            n = self._bulk("snooze", rows, lambda ids: followup_bulk.snooze_many(ids, until))
        except GuanjiaError as exc:  # nothing moved: all or nothing
            self._error(exc)
            n = 0
        self._changed()
        return n

    def reschedule_selected(self, day: dt.date | None = None) -> int:
        rows = self._selected_followups()
        if not rows:
            return 0
        if day is None:
            dialog = DateDialog(self, self.tr("Reschedule to"), rows[0]["due_at"].date())
            if dialog.exec() != DateDialog.Accepted:
                return 0
            day = dialog.value()
        try:
            n = self._bulk("reschedule", rows, lambda ids: followup_bulk.reschedule(ids, day))
        except GuanjiaError as exc:  # e.g. deleted meanwhile (another window, the CLI)
            self._error(exc)
            n = 0
        self._changed()
        return n

    def reassign_selected(self, owner: str | None = None) -> int:
        rows = self._selected_followups()
        if not rows:
            return 0
        if owner is None:
            names = staff.names()
            owner, ok = QInputDialog.getItem(
                self, self.tr("Reassign"), self.tr("New owner:"), names,
                max(0, names.index(rows[0]["owner"]) if rows[0]["owner"] in names else 0), True,
            )  # fmt: skip
            if not ok:
                return 0
        try:
            owner = staff.check_owner(owner)  # a new owner is an active staff member
            n = self._bulk("reassign", rows, lambda ids: followup_bulk.reassign(ids, owner))
        except GuanjiaError as exc:
            self._error(exc)
            return 0
        self._changed()
        return n

    def cancel_selected(self, skip: bool = False) -> int:
        rows = self._selected_followups()
        if not rows:
            return 0
        done = 0
        try:
            done = self._bulk("skip" if skip else "cancel", rows,
                              lambda ids: followup_bulk.cancel_many(ids, skip=skip))  # fmt: skip
        except GuanjiaError as exc:  # closed or deleted meanwhile: nothing changed
            self._error(exc)
        self._changed()
        return done

    def delete_selected(self) -> int:
        """Delete the selected follow-ups (any status) for good; one undo step."""
        rows = self._selected_followups(open_only=False)
        if not rows:
            return 0
        try:
            n = self._bulk("delete", rows, lambda ids: followup_bulk.delete_many(ids))
        except GuanjiaError as exc:
            self._error(exc)
            n = 0
        self._changed()
        return n

    def _bulk(self, action: str, rows: list[dict], write):
        """`write(ids)` for the rows' follow-ups, as one undo step."""
        ids = [r["id"] for r in rows]
        return self.undoable(action, lambda: write(ids), ids, count=len(ids))

    def copy_greeting(self) -> str:
        """Copy the greeting of the selected birthday reminder (or note) to the clipboard."""
        rows = self._selected_followups(open_only=False)
        text = "\n\n".join(r["note"] for r in rows if r.get("note"))
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def log_contact(self, customer_id: int | None = None, name: str = ""):
        if customer_id is None:
            rows = self.selected_rows()
            if not rows:
                return None
            customer_id, name = rows[0]["customer_id"], rows[0]["customer_name"]
        dialog = InteractionDialog(self, customer_id, name)
        dialog.undoable = self.undoable
        dialog.accepted.connect(self._changed)
        dialog.open()
        return dialog

    def edit_rules(self, customer_id: int | None = None) -> StayInTouchDialog:
        dialog = StayInTouchDialog(self, customer_id)
        dialog.finished.connect(lambda _r: dialog.changed and self._changed())
        dialog.open()
        return dialog

    def edit_care(self) -> CareSettingsDialog:
        dialog = CareSettingsDialog(self)
        dialog.accepted.connect(self._after_care_change)
        dialog.open()
        return dialog

    def _after_care_change(self) -> None:
        care.ensure_reminders()
        festival_care.ensure_reminders()
        self._changed()

    def export(self, path: str | None = None) -> int | None:

        if path is None:
            name = self.title.text().split("  ·")[0] + ".xlsx"
            path, _ = file_dialogs.get_save_file_name(
                "export", self, self.tr("Export follow-ups"), name, "*.xlsx *.csv"
            )
            if not path:
                return None
        titles = {k: export_title(k) for k in KEYS}
        titles["_sheet"] = self.tr("Follow-ups")
        bucket = self.model.bucket
        try:
            return run_with_progress(
                self,
                self.tr("Exporting…"),
                lambda progress, cancel: export_bucket(
                    path, bucket, export_cell, titles, progress=progress, cancel=cancel
                ),
            )
        except Cancelled:
            return None
        except (GuanjiaError, OSError) as exc:
            self._error(exc)
            return None

    def _table_menu(self, pos) -> None:
        menu = self.build_row_menu()
        if menu is not None:
            menu.exec(self.table.viewport().mapToGlobal(pos))

    def build_row_menu(self) -> QMenu | None:
        rows = self.selected_rows()
        if not rows:
            return None
        menu = QMenu(self)
        menu.setObjectName("agenda_row_menu")
        first = rows[0]
        menu.addAction(self.tr("Open customer"), lambda: self.openCustomerRequested.emit(
            first["customer_id"]
        ))  # fmt: skip
        menu.addAction(self.tr("Complete…"), lambda: self.complete_selected())
        if first["type"] == "followup" and first["status"] == "open":
            menu.addAction(self.tr("Edit…"), lambda: self.edit_followup(first))
            menu.addMenu(self.snooze_menu).setText(self.tr("Snooze"))
        if any(r["type"] == "followup" for r in rows):
            menu.addAction(self.tr("Delete"), lambda: self.delete_selected())
        menu.addAction(self.tr("Log a contact…"), lambda: self.log_contact())
        menu.addAction(self.tr("Copy the greeting"), self.copy_greeting)
        return menu


def export_title(key: str) -> str:
    from PySide6.QtCore import QCoreApplication

    if key == "mobile":
        return labels.field_label("mobile")
    if key == "note":
        return QCoreApplication.translate("Agenda", "Note")
    if key == "outcome":
        return QCoreApplication.translate("Agenda", "Outcome")
    return header_text(key)


def export_cell(row: dict, key: str):
    if key == "mobile":
        return row.get("customer_mobile", "")
    if key in ("note", "outcome"):
        return row.get(key, "")
    if key == "subject" and row["type"] == "followup":
        return labels.followup_subject(row)
    if key == "due":  # the sheet's form of a date, whatever the window's language
        if row["type"] == "touch":
            return formatting.sheet_text(row["due"])
        return formatting.sheet_text(row["due_at"], with_time=row["has_time"])
    return cell_text(row, key)
