"""Complaint dialogs: record or edit a complaint (with FAQ answers suggested as staff
type), take a step (respond, start, resolve, return visit, reopen), the SLA and
category settings, and the FAQ. Each writes in accept(); bad input is shown in place
and nothing is written."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from models import clock
from models.complaints import complaint_images, complaint_settings, complaints, faq, vocabulary
from models.complaints.complaint_sla import SEVERITIES
from models.customers import customers
from models.errors import GuanjiaError
from models.purchases.rfm import SEGMENT_ORDER
from models.team import staff
from ui import labels, messages
from ui.complaints import labels as cl
from ui.complaints.holiday_dialog import HolidayDialog
from ui.complaints.undo import SettingsChange
from ui.followups.dialogs import CustomerPicker, _WriteDialog, qdate
from ui.team.owner_picker import OwnerPicker
from ui.text import fill

RowRole = Qt.UserRole + 1


def qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(qdate(value.date()), QTime(value.hour, value.minute))


def py_datetime(value: QDateTime) -> dt.datetime:
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def combo(codes, label, current: str, name: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    for code in codes:
        box.addItem(label(code), code)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


def category_combo(current: str = "", name: str = "complaint_category") -> QComboBox:
    names = vocabulary.categories()
    if current and current not in names:
        names.append(current)  # a category taken off the list stays on its complaints
    return combo(names, cl.category_label, current, name)


class ComplaintDialog(_WriteDialog):
    """Record a complaint (for `customer_id`, one picked, or a new customer), or edit
    `row`. FAQ entries like the description are suggested beside the form."""

    def __init__(self, parent=None, customer_id: int | None = None, row: dict | None = None):
        super().__init__(parent, self.tr("Edit complaint") if row else self.tr("New complaint"))
        self.setObjectName("ComplaintDialog")
        self.row = row
        self.complaint_id: int | None = row["id"] if row else None
        self.customer_id = row["customer_id"] if row else customer_id
        self.picker = self.new_name = self.new_mobile = self.new_toggle = None
        self.made_customer = False  # "A new customer" recorded with the complaint
        if self.customer_id is None:
            self.picker = CustomerPicker(self)
            self.form.addRow(QLabel(self.tr("Customer")), self.picker)
            self.new_toggle = QCheckBox(self.tr("A new customer"))
            self.new_toggle.setObjectName("complaint_new_customer")
            self.new_name = QLineEdit()
            self.new_name.setObjectName("complaint_new_name")
            self.new_name.setPlaceholderText(self.tr("Name"))
            self.new_mobile = QLineEdit()
            self.new_mobile.setObjectName("complaint_new_mobile")
            self.new_mobile.setPlaceholderText(labels.field_label("mobile"))
            line = QHBoxLayout()
            for w in (self.new_toggle, self.new_name, self.new_mobile):
                line.addWidget(w)
            self.form.addRow(QLabel(""), line)
            self.new_toggle.toggled.connect(self._new_toggled)
            self._new_toggled(False)
        else:
            name = QLabel(customers.get(self.customer_id)["name"])
            name.setObjectName("complaint_customer")
            self.form.addRow(QLabel(self.tr("Customer")), name)
        self.channel = combo(
            vocabulary.CHANNELS, cl.channel_label, row["channel"] if row else "phone",
            "complaint_channel",
        )  # fmt: skip
        self.form.addRow(QLabel(self.tr("Channel")), self.channel)
        self.category = category_combo(row["category"] if row else "")
        self.form.addRow(QLabel(self.tr("Category")), self.category)
        self.severity = combo(
            SEVERITIES, cl.severity_label, row["severity"] if row else "normal",
            "complaint_severity",
        )  # fmt: skip
        self.form.addRow(QLabel(self.tr("Severity")), self.severity)
        self.received = QDateTimeEdit(qdatetime(row["received_at"] if row else clock.now()))
        self.received.setObjectName("complaint_received")
        self.received.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received.setCalendarPopup(True)
        self.form.addRow(QLabel(self.tr("Received")), self.received)
        self.owner = OwnerPicker(row["owner"] if row else "", placeholder=self.tr(
            "Who handles it (default: the customer's owner)"))  # fmt: skip
        self.owner.setObjectName("complaint_owner")
        self.form.addRow(QLabel(self.tr("Owner")), self.owner)
        self.description = QPlainTextEdit(row["description"] if row else "")
        self.description.setObjectName("complaint_description")
        self.description.setPlaceholderText(self.tr("What the customer said, in their words"))
        self.description.setMinimumHeight(110)
        self.form.addRow(QLabel(self.tr("Description")), self.description)

        # FAQ answers like what is being typed, so the same problem gets the same answer.
        self.suggestions = QListWidget()
        self.suggestions.setObjectName("faq_suggestions")
        self.suggestions.setWordWrap(True)
        self.suggestions.currentItemChanged.connect(self._show_answer)
        self.answer = QTextBrowser()
        self.answer.setObjectName("faq_answer")
        side = QGroupBox(self.tr("Answers from the FAQ"))
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.suggestions, 1)
        side_layout.addWidget(self.answer, 1)
        side.setMinimumWidth(260)
        self.layout().removeItem(self.form)  # the form goes left, the FAQ right
        split = QHBoxLayout()
        form_box = QWidget()
        form_box.setLayout(self.form)
        split.addWidget(form_box, 3)
        split.addWidget(side, 2)
        self.layout().insertLayout(0, split)
        self._faq_timer = QTimer(self, singleShot=True, interval=300)
        self._faq_timer.timeout.connect(self.suggest)
        self.description.textChanged.connect(self._faq_timer.start)
        self.category.currentIndexChanged.connect(lambda _i: self._faq_timer.start())
        self.resize(900, 520)
        self.suggest()

    def _new_toggled(self, on: bool) -> None:
        self.new_name.setEnabled(on)
        self.new_mobile.setEnabled(on)
        self.picker.setEnabled(not on)

    def suggest(self) -> list[dict]:
        self._faq_timer.stop()
        rows = faq.suggest(self.description.toPlainText(), self.category.currentData() or "")
        self.suggestions.clear()
        for row in rows:
            item = QListWidgetItem(row["question"])
            item.setData(RowRole, row)
            self.suggestions.addItem(item)
        if not rows:
            self.answer.setPlainText(self.tr("No FAQ entry matches yet."))
        else:
            self.suggestions.setCurrentRow(0)
        return rows

    def _show_answer(self, item, _previous=None) -> None:
        if item is not None:
            row = item.data(RowRole)
            self.answer.setPlainText(f"{row['question']}\n\n{row['answer']}")

    def write(self) -> None:
        values = dict(
            category=self.category.currentData(),
            severity=self.severity.currentData(),
            channel=self.channel.currentData(),
            description=self.description.toPlainText(),
            received_at=py_datetime(self.received.dateTime()),
        )
        owner = self.owner.text()
        if self.owner.problem():  # an owner is an active staff member (the team)
            staff.require_active(owner)
        if self.complaint_id is not None:
            self.before = complaint_images.image(self.complaint_id)
            complaints.edit(self.complaint_id, owner=owner, **values)
            return
        if self.new_toggle is not None and self.new_toggle.isChecked():
            self.complaint_id = complaints.create(
                new_customer={"name": self.new_name.text(), "mobile": self.new_mobile.text()},
                owner=owner or None,
                **values,
            )
            self.made_customer = True
        else:
            customer_id = self.customer_id if self.picker is None else self.picker.customer_id
            if customer_id is None:
                raise GuanjiaError(self.tr("Choose the customer, or tick “A new customer”."))
            self.complaint_id = complaints.create(customer_id, owner=owner or None, **values)
        self.before = complaint_images.nothing(self.complaint_id)


class StepDialog(_WriteDialog):
    """One step of the workflow with what that step records."""

    def __init__(self, parent, row: dict, action: str):
        super().__init__(parent, cl.action_label(action))
        self.setObjectName("StepDialog")
        self.row, self.action = row, action
        head = QLabel(
            f"#{row['id']} · {row['customer_name']} · {cl.category_label(row['category'])}"
        )
        head.setObjectName("step_complaint")
        self.form.addRow(head)
        self.when = QDateTimeEdit(qdatetime(clock.now()))
        self.when.setObjectName("step_at")
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.form.addRow(QLabel(self.tr("When")), self.when)
        self.owner = self.deadline = self.root_cause = self.solution = None
        self.visit_date = self.satisfaction = self.comment = None
        if action == "start":
            self.owner = OwnerPicker(row["owner"])
            self.owner.setObjectName("step_owner")
            self.form.addRow(QLabel(self.tr("Responsible")), self.owner)
            self.deadline = QDateTimeEdit(qdatetime(row["resolve_due"]))
            self.deadline.setObjectName("step_deadline")
            self.deadline.setDisplayFormat("yyyy-MM-dd HH:mm")
            self.deadline.setCalendarPopup(True)
            self.form.addRow(QLabel(self.tr("Resolve by")), self.deadline)
        if action == "resolve":
            self.root_cause = QPlainTextEdit(row["root_cause"])
            self.root_cause.setObjectName("step_root_cause")
            self.root_cause.setFixedHeight(70)
            self.form.addRow(QLabel(self.tr("Root cause")), self.root_cause)
            self.solution = QPlainTextEdit(row["solution"])
            self.solution.setObjectName("step_solution")
            self.solution.setFixedHeight(70)
            self.form.addRow(QLabel(self.tr("Solution")), self.solution)
            days = vocabulary.sla().visit_days
            self.visit_date = QDateTimeEdit(qdatetime(clock.now() + dt.timedelta(days=days)))
            self.visit_date.setObjectName("step_visit_date")
            self.visit_date.setDisplayFormat("yyyy-MM-dd")
            self.visit_date.setCalendarPopup(True)
            self.form.addRow(QLabel(self.tr("Return visit on")), self.visit_date)
        if action == "visit":
            self.satisfaction = QComboBox()
            self.satisfaction.setObjectName("step_satisfaction")
            self.satisfaction.addItem(self.tr("Choose…"), None)
            for score, text in (
                (5, self.tr("5 — very satisfied")), (4, self.tr("4 — satisfied")),
                (3, self.tr("3 — neutral")), (2, self.tr("2 — dissatisfied")),
                (1, self.tr("1 — very dissatisfied")),
            ):  # fmt: skip
                self.satisfaction.addItem(text, score)
            self.form.addRow(QLabel(self.tr("Satisfaction")), self.satisfaction)
            self.comment = QPlainTextEdit()
            self.comment.setObjectName("step_comment")
            self.comment.setFixedHeight(70)
            self.form.addRow(QLabel(self.tr("Customer's comment")), self.comment)
        self.note = QPlainTextEdit()
        self.note.setObjectName("step_note")
        self.note.setFixedHeight(60)
        if action == "reopen":
            self.note.setPlaceholderText(self.tr("Why is it reopened? (required)"))
        self.form.addRow(QLabel(self.tr("Note")), self.note)
        self.resize(520, 0)

    def write(self) -> None:
        options: dict = {"note": self.note.toPlainText(), "at": py_datetime(self.when.dateTime())}
        if self.action == "start":
            if self.owner.problem():  # an owner is an active staff member (the team)
                staff.require_active(self.owner.text())
            options["owner"] = self.owner.text()
            options["deadline"] = py_datetime(self.deadline.dateTime())
        if self.action == "resolve":
            options["root_cause"] = self.root_cause.toPlainText()
            options["solution"] = self.solution.toPlainText()
            options["visit_due"] = py_datetime(self.visit_date.dateTime()).date()
        if self.action == "visit":
            options["satisfaction"] = self.satisfaction.currentData()
            options["comment"] = self.comment.toPlainText()
        self.before = complaint_images.image(self.row["id"])
        self.result = complaints.step(self.row["id"], self.action, **options)


DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class SlaSettingsDialog(_WriteDialog):
    """Service levels, business hours, the return visit, high-value tags, categories."""

    def __init__(self, parent=None, push=None, after_change=None):
        super().__init__(parent, self.tr("Complaint settings"))
        self._push = push  # push(command): each category change is an undo step of its own
        self._after_change = after_change or (lambda _ids: None)  # undo's: the page again
        self.before: dict | None = None
        self.setObjectName("SlaSettingsDialog")
        sla = vocabulary.sla()
        self.response = self._hours_box(sla.response_hours, "sla_response")
        self.form.addRow(QLabel(self.tr("First response within (hours)")), self.response)
        self.resolve = {}
        for severity in SEVERITIES:
            box = self._hours_box(sla.resolve_hours[severity], f"sla_resolve_{severity}")
            self.resolve[severity] = box
            text = fill(
                self.tr("Resolve %1 complaints within (hours)"), cl.severity_label(severity)
            )
            self.form.addRow(QLabel(text), box)
        self.business = QCheckBox(self.tr("Count only business hours"))
        self.business.setObjectName("sla_business")
        self.business.setChecked(sla.hours is not None)
        start, end = sla.hours or ("09:00", "21:00")
        self.open_at = QTimeEdit(QTime.fromString(start, "HH:mm"))
        self.close_at = QTimeEdit(QTime.fromString(end, "HH:mm"))
        for w, name in ((self.open_at, "sla_open"), (self.close_at, "sla_close")):
            w.setDisplayFormat("HH:mm")
            w.setObjectName(name)
        hours = QHBoxLayout()
        hours.addWidget(self.business)
        hours.addWidget(self.open_at)
        hours.addWidget(QLabel("–"))
        hours.addWidget(self.close_at)
        hours.addStretch(1)
        self.form.addRow(QLabel(self.tr("Business hours")), hours)
        self.lunch = QCheckBox(self.tr("Lunch break"))
        self.lunch.setObjectName("sla_lunch")
        self.lunch.setChecked(sla.lunch is not None)
        lunch_start, lunch_end = sla.lunch or ("12:00", "13:30")
        self.lunch_from = QTimeEdit(QTime.fromString(lunch_start, "HH:mm"))
        self.lunch_to = QTimeEdit(QTime.fromString(lunch_end, "HH:mm"))
        lunch = QHBoxLayout()
        lunch.addWidget(self.lunch)
        for w, name in ((self.lunch_from, "sla_lunch_from"), (self.lunch_to, "sla_lunch_to")):
            w.setDisplayFormat("HH:mm")
            w.setObjectName(name)
        lunch.addWidget(self.lunch_from)
        lunch.addWidget(QLabel("–"))
        lunch.addWidget(self.lunch_to)
        lunch.addStretch(1)
        self.form.addRow(QLabel(""), lunch)
        self.days = []
        day_row = QHBoxLayout()
        names = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"),
                 self.tr("Fri"), self.tr("Sat"), self.tr("Sun")]  # fmt: skip
        for index, name in enumerate(names):
            box = QCheckBox(name)
            box.setObjectName(f"sla_day_{index}")
            box.setChecked(index in sla.days)
            self.days.append(box)
            day_row.addWidget(box)
        self.holidays = QPushButton(self.tr("Holidays…"))
        self.holidays.setObjectName("sla_holidays")
        self.holidays.setToolTip(
            self.tr(
                "Public holidays (法定节假日) are closed and make-up working days (调休) open, "
                "whatever the weekday."
            )
        )
        self.holidays.clicked.connect(lambda: self.edit_holidays())
        day_row.addWidget(self.holidays)
        self.form.addRow(QLabel(self.tr("Open on")), day_row)
        self.business.toggled.connect(self._business_toggled)
        self.lunch.toggled.connect(lambda _on: self._business_toggled(self.business.isChecked()))
        self._business_toggled(self.business.isChecked())
        self.visit_days = QSpinBox()
        self.visit_days.setObjectName("sla_visit_days")
        self.visit_days.setRange(0, 365)
        self.visit_days.setValue(sla.visit_days)
        self.form.addRow(QLabel(self.tr("Return visit, days after resolving")), self.visit_days)
        self.high_value = QLineEdit("，".join(vocabulary.high_value_tags()))
        self.high_value.setObjectName("sla_high_value")
        self.high_value.setToolTip(self.tr("Customers with any of these tags come first."))
        self.form.addRow(QLabel(self.tr("High-value customer tags")), self.high_value)

        chosen = set(vocabulary.high_value_segments())
        self.segments = {}
        grid = QGridLayout()
        for i, code in enumerate(SEGMENT_ORDER):
            box = QCheckBox(labels.segment_label(code))
            box.setObjectName(f"segment_{code}")
            box.setChecked(code in chosen)
            grid.addWidget(box, i // 2, i % 2)
            self.segments[code] = box
        segments_label = QLabel(self.tr("… or RFM segments"))
        segments_label.setToolTip(
            self.tr("Customers in these segments (as last computed) come first too.")
        )
        self.form.addRow(segments_label, grid)

        self.categories = QListWidget()
        self.categories.setObjectName("sla_categories")
        self.categories.setMinimumHeight(150)
        buttons = QVBoxLayout()
        for text, slot, name in (
            (self.tr("Add…"), self.add_category, "category_add"),
            (self.tr("Rename…"), self.rename_category, "category_rename"),
            (self.tr("Remove"), self.remove_category, "category_remove"),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, slot=slot: slot())
            buttons.addWidget(button)
        buttons.addStretch(1)
        cats = QHBoxLayout()
        cats.addWidget(self.categories, 1)
        cats.addLayout(buttons)
        self.form.addRow(QLabel(self.tr("Categories")), cats)
        self._load_categories()
        self.resize(560, 0)

    def _hours_box(self, value: float, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setObjectName(name)
        box.setDecimals(1)
        box.setRange(0.0, 24 * 366)
        box.setValue(value)
        return box

    def _business_toggled(self, on: bool) -> None:
        for w in [self.open_at, self.close_at, *self.days, self.lunch, self.holidays]:
            w.setEnabled(on)
        for w in (self.lunch_from, self.lunch_to):
            w.setEnabled(on and self.lunch.isChecked())

    def edit_holidays(self) -> HolidayDialog:
        dialog = HolidayDialog(self)
        dialog.open()
        return dialog

    def _load_categories(self) -> None:
        self.categories.clear()
        for name in vocabulary.categories():
            item = QListWidgetItem(cl.category_label(name))
            item.setData(RowRole, name)
            self.categories.addItem(item)

    def _category_error(self, exc: GuanjiaError) -> None:
        self.error.setText(messages.error_message(exc))
        self.error.show()

    def add_category(self, name: str | None = None) -> bool:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Add category"), self.tr("Name:"))
            if not ok:
                return False
        before = complaint_settings.image()
        try:
            complaint_settings.add_category(name)
        except GuanjiaError as exc:
            self._category_error(exc)
            return False
        self._pushed(self.tr("Add complaint category"), before)
        self.error.hide()
        self._load_categories()
        return True

    def _pushed(self, text: str, before: dict, names: tuple = ()) -> None:
        if self._push is not None:
            self._push(SettingsChange(text, before, self._after_change, names))

    def rename_category(self, new: str | None = None) -> bool:
        item = self.categories.currentItem()
        if item is None:
            return False
        if new is None:
            new, ok = QInputDialog.getText(
                self, self.tr("Rename category"), self.tr("New name:"), text=item.text()
            )
            if not ok:
                return False
        old = item.data(RowRole)
        before = complaint_settings.image((old, new))
        try:
            new = complaint_settings.rename_category(old, new)
        except GuanjiaError as exc:
            self._category_error(exc)
            return False
        self._pushed(self.tr("Rename complaint category"), before, (old, new))
        self.error.hide()
        self._load_categories()
        return True

    def remove_category(self) -> bool:
        item = self.categories.currentItem()
        if item is None:
            return False
        before = complaint_settings.image()
        try:
            complaint_settings.remove_category(item.data(RowRole))
        except GuanjiaError as exc:
            self._category_error(exc)
            return False
        self._pushed(self.tr("Remove complaint category"), before)
        self._load_categories()
        return True

    def write(self) -> None:
        hours = None
        if self.business.isChecked():
            hours = [self.open_at.time().toString("HH:mm"), self.close_at.time().toString("HH:mm")]
        settings = {
            "response_hours": self.response.value(),
            "resolve_hours": {s: box.value() for s, box in self.resolve.items()},
            "hours": hours,
            "lunch": [self.lunch_from.time().toString("HH:mm"),
                      self.lunch_to.time().toString("HH:mm")]
            if hours and self.lunch.isChecked() else None,
            "days": [i for i, box in enumerate(self.days) if box.isChecked()] if hours else
            list(range(7)),
            "visit_days": self.visit_days.value(),
        }  # fmt: skip
        tags = [t for t in self.high_value.text().replace("，", ",").split(",") if t.strip()]
        self.before = complaint_settings.image()
        complaint_settings.save(
            settings, tags, [c for c, box in self.segments.items() if box.isChecked()]
        )
