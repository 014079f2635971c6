"""Dialogs for follow-ups and contacts: plan or edit a follow-up, complete one with its
outcome (and the next step), log a contact, pick a date. Each does its write in
accept(): bad input shows a message in place and nothing is written."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from models import clock
from models.complaints import return_visits
from models.customers import customer_list, customers
from models.customers.customer_filter import CustomerFilter
from models.errors import GuanjiaError, ValidationError
from models.followups import channels, followups, interactions
from models.membership import recording
from models.purchases import purchases
from models.team import staff
from ui import labels, messages, style
from ui.buttons import button_box
from ui.team.owner_picker import OwnerPicker
from ui.text import fill

UNITS = ("", "d", "w", "m", "y")


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def channel_combo(current: str = "phone") -> QComboBox:
    combo = QComboBox()
    for code in channels.CHANNELS:
        combo.addItem(labels.channel_label(code), code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class _WriteDialog(QDialog):
    """A form with OK/Cancel and an error line; subclasses write in `write()`.
    `undoable` (a ui.followups.undo.Recorder, set by the page) makes the write one undo
    step; without it the write is just made."""

    undoable = None

    def __init__(self, parent, title: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.error = QLabel()
        self.error.setObjectName("dialog_error")
        style.error_text(self.error)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = button_box(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)  # spare height below the fields, not between them
        layout.addWidget(self.buttons)

    def write(self) -> None:
        raise NotImplementedError

    def _undoable(self, action: str, work, followup_ids=(), interaction_ids=()):
        if self.undoable is None:
            return work()
        return self.undoable(action, work, followup_ids, interaction_ids)

    def accept(self) -> None:
        try:
            self.write()
        except GuanjiaError as exc:
            self.error.setText(messages.error_message(exc))
            self.error.show()
            return
        super().accept()


class CustomerPicker(QWidget):
    """Type part of a name, mobile or pinyin; choose among the first matches."""

    LIMIT = 30

    def __init__(self, parent=None):
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("customer_search")
        self.search.setPlaceholderText(self.tr("Search a customer by name, mobile or pinyin"))
        self.choice = QComboBox()
        self.choice.setObjectName("customer_choice")
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        layout = QHBoxLayout(self)  # one row: it sits beside other fields (rules dialog)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.choice, 2)

    def refresh(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        self.choice.clear()
        if not text:
            return
        rows = customer_list.page(
            CustomerFilter(search=text), customer_list.Sort("name"), self.LIMIT
        ).rows
        for row in rows:
            extra = " · ".join(v for v in (labels.mobile_text(row["mobile"]), row["company"]) if v)
            self.choice.addItem(f"{row['name']}  {extra}".strip(), row["id"])

    @property
    def customer_id(self) -> int | None:
        if self._timer.isActive():  # typed just now: search before answering
            self.refresh()
        return self.choice.currentData()


class FollowupDialog(_WriteDialog):
    """Plan a follow-up (for `customer_id`, or one the user picks), or edit `row`."""

    def __init__(self, parent=None, customer_id: int | None = None, row: dict | None = None):
        title = self.tr("Edit follow-up") if row else self.tr("Plan a follow-up")
        super().__init__(parent, title)
        self.setObjectName("FollowupDialog")
        self.row = row
        self.followup_id: int | None = row["id"] if row else None
        self.customer_id = row["customer_id"] if row else customer_id
        self.picker = None
        if self.customer_id is None:
            self.picker = CustomerPicker(self)
            self.form.addRow(QLabel(self.tr("Customer")), self.picker)
        else:
            name = QLabel(customers.get(self.customer_id)["name"])
            name.setObjectName("followup_customer")
            self.form.addRow(QLabel(self.tr("Customer")), name)
        self.kind = channel_combo(row["kind"] if row else "phone")
        self.kind.setObjectName("followup_kind")
        self.form.addRow(QLabel(self.tr("Kind")), self.kind)
        due = row["due_at"] if row else dt.datetime.combine(clock.today(), dt.time(9, 0))
        self.date = QDateEdit(qdate(due.date()))
        self.date.setObjectName("followup_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.timed = QCheckBox(self.tr("At a time"))
        self.timed.setObjectName("followup_timed")
        self.time = QTimeEdit(
            QTime(due.hour, due.minute) if row and row["has_time"] else QTime(9, 0)
        )
        self.time.setObjectName("followup_time")
        self.time.setDisplayFormat("HH:mm")
        self.timed.toggled.connect(self.time.setEnabled)
        self.timed.setChecked(bool(row and row["has_time"]))
        self.time.setEnabled(self.timed.isChecked())
        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(self.timed)
        when.addWidget(self.time)
        when.addStretch(1)
        self.form.addRow(QLabel(self.tr("Due")), when)
        self.subject = QLineEdit(row["subject"] if row else "")
        self.subject.setObjectName("followup_subject")
        self.subject.setPlaceholderText(self.tr("e.g. Send the quote, ask about the trial"))
        self.form.addRow(QLabel(self.tr("Subject")), self.subject)
        self.note = QPlainTextEdit(row["note"] if row else "")
        self.note.setObjectName("followup_note")
        self.note.setFixedHeight(80)
        self.form.addRow(QLabel(self.tr("Note")), self.note)
        self.owner = OwnerPicker(row["owner"] if row else "",
                                 placeholder=self.tr("Default: the customer's owner"))  # fmt: skip
        self.owner.setObjectName("followup_owner")
        self.form.addRow(QLabel(self.tr("Owner")), self.owner)
        self.every_n = QSpinBox()
        self.every_n.setObjectName("followup_every_n")
        self.every_n.setRange(1, 366)
        self.every_unit = QComboBox()
        self.every_unit.setObjectName("followup_every_unit")
        for unit, text in zip(
            UNITS,
            (self.tr("Does not repeat"), self.tr("days"), self.tr("weeks"), self.tr("months"),
             self.tr("years")),
            strict=True,
        ):  # fmt: skip
            self.every_unit.addItem(text, unit)
        if row and row["every"]:
            self.every_n.setValue(int(row["every"][:-1]))
            self.every_unit.setCurrentIndex(UNITS.index(row["every"][-1]))
        self.every_unit.currentIndexChanged.connect(self._every_changed)
        repeat = QHBoxLayout()
        self.every_label = QLabel(self.tr("every"))
        repeat.addWidget(self.every_unit)
        repeat.addWidget(self.every_label)
        repeat.addWidget(self.every_n)
        repeat.addStretch(1)
        self.form.addRow(QLabel(self.tr("Repeat")), repeat)
        self._every_changed()
        self.resize(480, 420)

    def _every_changed(self, *_args) -> None:
        on = bool(self.every_unit.currentData())
        self.every_n.setEnabled(on)

    def due(self) -> tuple[dt.datetime, bool]:
        day = self.date.date().toPython()
        if self.timed.isChecked():
            return dt.datetime.combine(day, self.time.time().toPython().replace(second=0)), True
        return dt.datetime.combine(day, dt.time()), False

    def every(self) -> str:
        unit = self.every_unit.currentData()
        return f"{self.every_n.value()}{unit}" if unit else ""

    def write(self) -> None:
        due, timed = self.due()
        values = dict(
            kind=self.kind.currentData(), subject=self.subject.text(),
            note=self.note.toPlainText(), every=self.every(),
        )  # fmt: skip
        owner = self.owner.text()
        if self.owner.problem():  # an owner is an active staff member (the team)
            staff.require_active(owner)
        if self.followup_id is not None:
            fid = self.followup_id
            self._undoable("edit", lambda: followups.update(
                fid, due=due, has_time=timed, owner=owner, **values), [fid])  # fmt: skip
            return
        customer_id = self.picker.customer_id if self.picker else self.customer_id
        if customer_id is None:
            raise GuanjiaError("choose a customer")
        self.customer_id = customer_id
        self.followup_id = self._undoable("create", lambda: followups.create(
            customer_id, due, has_time=timed, owner=owner or None, **values))  # fmt: skip

    def accept(self) -> None:
        if self.picker is not None and self.picker.customer_id is None:
            self.error.setText(self.tr("Choose a customer: type part of a name, then pick one."))
            self.error.show()
            return
        super().accept()


class CompleteDialog(_WriteDialog):
    """Complete a follow-up: what came of it, how the contact was made, the next step."""

    def __init__(self, parent, row: dict):
        super().__init__(parent, self.tr("Complete follow-up"))
        self.setObjectName("CompleteDialog")
        self.row = row
        self.result = None
        about = QLabel(f"<b>{row['customer_name']}</b> · {labels.followup_subject(row)}")
        about.setObjectName("complete_about")
        about.setWordWrap(True)
        self.form.addRow(about)
        self.outcome = QPlainTextEdit()
        self.outcome.setObjectName("complete_outcome")
        self.outcome.setPlaceholderText(self.tr("What came of it? (logged on the timeline)"))
        self.outcome.setFixedHeight(90)
        self.form.addRow(QLabel(self.tr("Outcome")), self.outcome)
        self.channel = channel_combo(row["kind"])
        self.channel.setObjectName("complete_channel")
        self.form.addRow(QLabel(self.tr("Contacted by")), self.channel)
        if row.get("every"):
            repeat = QLabel(
                fill(
                    self.tr("The next repeat (%1) is planned by itself."),
                    labels.every_text(row["every"]),
                )
            )
            repeat.setWordWrap(True)
            self.form.addRow(repeat)
        self.plan_next = QCheckBox(self.tr("Plan the next follow-up"))
        self.plan_next.setObjectName("complete_plan_next")
        self.next_date = QDateEdit(qdate(clock.today() + dt.timedelta(days=7)))
        self.next_date.setObjectName("complete_next_date")
        self.next_date.setCalendarPopup(True)
        self.next_date.setDisplayFormat("yyyy-MM-dd")
        self.next_kind = channel_combo(row["kind"])
        self.next_kind.setObjectName("complete_next_kind")
        self.next_subject = QLineEdit()
        self.next_subject.setObjectName("complete_next_subject")
        self.next_subject.setPlaceholderText(self.tr("Subject of the next follow-up"))
        for widget in (self.next_date, self.next_kind, self.next_subject):
            widget.setEnabled(False)
            self.plan_next.toggled.connect(widget.setEnabled)
        nxt = QHBoxLayout()
        nxt.addWidget(self.next_date)
        nxt.addWidget(self.next_kind)
        self.form.addRow(self.plan_next)
        self.form.addRow(QLabel(self.tr("Next on")), nxt)
        self.form.addRow(QLabel(self.tr("Next subject")), self.next_subject)
        self.resize(480, 380)

    def write(self) -> None:
        kwargs = {}
        if self.plan_next.isChecked():
            kwargs = dict(
                next_due=self.next_date.date().toPython(),
                next_kind=self.next_kind.currentData(),
                next_subject=self.next_subject.text(),
            )
        fid = self.row["id"]
        # a complaint's return visit is refused here (it needs the satisfaction): this
        # step only ever changes follow-ups and contacts, which the undo step keeps
        self.result = self._undoable("complete", lambda: return_visits.complete(
            fid, self.outcome.toPlainText(), channel=self.channel.currentData(), **kwargs,
        ), [fid])  # fmt: skip


class InteractionDialog(_WriteDialog):
    """Log a contact with a customer: channel, when, what was said; or edit `row`."""

    def __init__(self, parent, customer_id: int, customer_name: str = "",
                 row: dict | None = None):  # fmt: skip
        super().__init__(parent, self.tr("Edit contact") if row else self.tr("Log a contact"))
        self.setObjectName("InteractionDialog")
        self.customer_id = customer_id
        self.row = row
        self.interaction_id: int | None = row["id"] if row else None
        if customer_name:
            self.form.addRow(QLabel(f"<b>{customer_name}</b>"))
        self.channel = channel_combo("phone")
        self.channel.setObjectName("interaction_channel")
        self.form.addRow(QLabel(self.tr("Channel")), self.channel)
        self.when = QDateTimeEdit(
            QDateTime(qdate(clock.now().date()), QTime(clock.now().hour, clock.now().minute))
        )
        self.when.setObjectName("interaction_when")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.form.addRow(QLabel(self.tr("When")), self.when)
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("interaction_summary")
        self.summary.setPlaceholderText(self.tr("What was said or agreed"))
        self.summary.setFixedHeight(100)
        self.form.addRow(QLabel(self.tr("Summary")), self.summary)
        if row:
            self.channel.setCurrentIndex(max(0, self.channel.findData(row["channel"])))
            self.when.setDateTime(QDateTime(qdate(row["at"].date()),
                                            QTime(row["at"].hour, row["at"].minute)))  # fmt: skip
            self.summary.setPlainText(row["summary"])
        self.resize(460, 300)

    def write(self) -> None:
        channel, summary = self.channel.currentData(), self.summary.toPlainText()
        at = self.when.dateTime().toPython().replace(second=0, microsecond=0)
        if self.row is not None:
            iid = self.row["id"]
            self._undoable("edit_contact", lambda: interactions.edit(
                iid, channel=channel, at=at, summary=summary), interaction_ids=[iid])  # fmt: skip
            return
        self.interaction_id = self._undoable("log", lambda: interactions.log(
            self.customer_id, channel, summary, at=at))  # fmt: skip


class DateDialog(QDialog):
    """Choose a date (and optionally keep a time): snooze to a date, reschedule."""

    def __init__(self, parent, title: str, day: dt.date):
        super().__init__(parent)
        self.setObjectName("DateDialog")
        self.setWindowTitle(title)
        self.date = QDateEdit(qdate(day))
        self.date.setObjectName("date_choice")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMinimumDate(qdate(clock.today()))
        buttons = button_box(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.date)
        layout.addWidget(buttons)

    def value(self) -> dt.date:
        return self.date.date().toPython()


class PurchaseDialog(_WriteDialog):
    """Record a purchase (or, with a negative amount, a refund) from the customer panel."""

    def __init__(self, parent, customer_id: int, customer_name: str = ""):
        super().__init__(parent, self.tr("Record a purchase"))
        self.setObjectName("PurchaseDialog")
        self.customer_id = customer_id
        self.purchase_id: int | None = None
        if customer_name:
            self.form.addRow(QLabel(f"<b>{customer_name}</b>"))
        self.amount = QLineEdit()
        self.amount.setObjectName("purchase_amount")
        self.amount.setPlaceholderText(self.tr("Yuan, e.g. 128.50; negative for a refund"))
        self.form.addRow(QLabel(self.tr("Amount")), self.amount)
        now = clock.now()
        self.when = QDateTimeEdit(QDateTime(qdate(now.date()), QTime(now.hour, now.minute)))
        self.when.setObjectName("purchase_when")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.form.addRow(QLabel(self.tr("When")), self.when)
        self.payment = QComboBox()
        self.payment.setObjectName("purchase_payment")
        self.payment.addItem("", "")
        for code in purchases.PAYMENTS:
            self.payment.addItem(labels.payment_label(code), code)
        self.form.addRow(QLabel(self.tr("Paid by")), self.payment)
        self.order_no = QLineEdit()
        self.order_no.setObjectName("purchase_order")
        self.order_no.setPlaceholderText(self.tr("Optional; unique"))
        self.form.addRow(QLabel(self.tr("Order number")), self.order_no)
        self.item = QLineEdit()
        self.item.setObjectName("purchase_item")
        self.item.setPlaceholderText(self.tr("What was bought (optional)"))
        self.form.addRow(QLabel(self.tr("Item")), self.item)
        self.note = QLineEdit()
        self.note.setObjectName("purchase_note")
        self.form.addRow(QLabel(self.tr("Note")), self.note)
        self.resize(440, 300)

    def write(self) -> None:
        amount = self.amount.text().strip()
        if not amount:
            raise ValidationError("amount", "amount_invalid", "enter an amount")
        items = []
        if self.item.text().strip():
            items.append({"description": self.item.text(), "quantity": 1,
                          "unit_price": amount.lstrip("-")})  # fmt: skip
        self.purchase_id, self.earned = recording.add_purchase(
            self.customer_id, amount, at=self.when.dateTime().toPython().replace(second=0),
            order_no=self.order_no.text(), payment=self.payment.currentData() or "",
            note=self.note.text(), items=items,
        )  # fmt: skip
