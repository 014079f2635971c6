"""Event dialogs: add or edit an event, sign customers up (search), check in on the day
(search by name, mobile or pinyin initials among the signed-up; a walk-in offered for
anyone else), and an attendee's feedback. Each writes in accept() through the page's
undo recorder; bad input is shown in place and nothing is written."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from models import clock
from models.communities import events, signups
from models.communities.tables import EVENT_KINDS, EVENT_MODES, INCENTIVES
from models.errors import GuanjiaError, ValidationError
from models.membership import auto_points
from models.values.contact_fields import mask_mobile
from ui import messages, style
from ui.complaints.dialogs import combo, py_datetime, qdatetime
from ui.events import labels as el
from ui.followups.dialogs import _WriteDialog
from ui.text import fill

IdRole = Qt.UserRole + 1


class EventDialog(_WriteDialog):
    """Add an event, or edit `row` (an events.get dict)."""

    def __init__(self, parent=None, row: dict | None = None, record=None):
        super().__init__(parent, self.tr("Edit event") if row else self.tr("Add event"))
        self.setObjectName("EventDialog")
        self.row = row
        self.record = record
        self.event_id: int | None = row["id"] if row else None
        self.title = QLineEdit(row["title"] if row else "")
        self.title.setObjectName("event_title")
        self.form.addRow(QLabel(self.tr("Title")), self.title)
        self.mode = combo(EVENT_MODES, el.mode_label, row["mode"] if row else "offline",
                          "event_mode")  # fmt: skip
        self.form.addRow(QLabel(self.tr("Mode")), self.mode)
        self.kind = combo(EVENT_KINDS, el.kind_label, row["kind"] if row else "salon",
                          "event_kind")  # fmt: skip
        self.form.addRow(QLabel(self.tr("Kind")), self.kind)
        start = row["starts_at"] if row else dt.datetime.combine(
            clock.today() + dt.timedelta(days=7), dt.time(14, 0))  # fmt: skip
        self.starts = QDateTimeEdit(qdatetime(start))
        self.starts.setObjectName("event_starts")
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.form.addRow(QLabel(self.tr("Starts")), self.starts)
        self.hours = QSpinBox()
        self.hours.setObjectName("event_hours")
        self.hours.setRange(0, 72)
        ends = row["ends_at"] if row else None
        self.hours.setValue(round((ends - start).total_seconds() / 3600) if ends else 2)
        self.hours.setSuffix(self.tr(" h"))
        self.form.addRow(QLabel(self.tr("Lasts")), self.hours)
        self.place = QLineEdit(row["place"] if row else "")
        self.place.setObjectName("event_place")
        self.place.setPlaceholderText(self.tr("An address, or the link of an online event"))
        self.form.addRow(QLabel(self.tr("Place or link")), self.place)
        self.capacity = QSpinBox()
        self.capacity.setObjectName("event_capacity")
        self.capacity.setRange(0, 100000)
        self.capacity.setSpecialValueText(self.tr("No limit"))
        self.capacity.setValue((row["capacity"] or 0) if row else 0)
        self.form.addRow(QLabel(self.tr("Capacity")), self.capacity)
        self.cost = QLineEdit(f"{row['cost_cents'] / 100:.2f}" if row else "0")
        self.cost.setObjectName("event_cost")
        self.form.addRow(QLabel(self.tr("Cost (¥)")), self.cost)
        self.incentive = combo(INCENTIVES, el.incentive_label, row["incentive"] if row else "",
                               "event_incentive")  # fmt: skip
        self.form.addRow(QLabel(self.tr("Incentive")), self.incentive)
        self.days = QSpinBox()
        self.days.setObjectName("event_attribution_days")
        self.days.setRange(0, 365)
        self.days.setValue(row["attribution_days"] if row else events.DEFAULT_ATTRIBUTION_DAYS)
        self.days.setToolTip(self.tr("Attendees' purchases up to this many days after the "
                                     "event count for it"))  # fmt: skip
        self.form.addRow(QLabel(self.tr("Sales counted for (days)")), self.days)
        self.notes = QPlainTextEdit(row["notes"] if row else "")
        self.notes.setObjectName("event_notes")
        self.notes.setFixedHeight(60)
        self.form.addRow(QLabel(self.tr("Notes")), self.notes)
        self.resize(460, self.sizeHint().height())

    def values(self) -> dict:
        start = py_datetime(self.starts.dateTime())
        hours = self.hours.value()
        return {
            "title": self.title.text(), "mode": self.mode.currentData(),
            "kind": self.kind.currentData(), "starts_at": start,
            "ends_at": start + dt.timedelta(hours=hours) if hours else None,
            "place": self.place.text(), "capacity": self.capacity.value() or None,
            "cost_cents": self.cost.text().strip() or "0",
            "incentive": self.incentive.currentData(), "attribution_days": self.days.value(),
            "notes": self.notes.toPlainText(),
        }  # fmt: skip

    def write(self) -> None:
        data = self.values()
        if self.event_id is None:
            self.event_id = _run(self.record, "create", lambda: events.create(data), None)
        else:
            _run(self.record, "edit", lambda: events.update(self.event_id, data), self.event_id)


def _run(record, action, work, event_id):
    return work() if record is None else record(action, work, event_id)


class SignupDialog(_WriteDialog):
    """Search customers (name, mobile, pinyin) and sign the ticked ones up."""

    def __init__(self, parent, event_id: int, record=None):
        super().__init__(parent, self.tr("Sign up customers"))
        self.setObjectName("SignupDialog")
        self.event_id = event_id
        self.record = record
        self.result = None
        self.search = QLineEdit()
        self.search.setObjectName("signup_search")
        self.search.setPlaceholderText(self.tr("Search by name, mobile or pinyin"))
        self.list = QListWidget()
        self.list.setObjectName("signup_list")
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.form.addRow(self.search)
        self.form.addRow(self.list)
        self.resize(420, 420)

    def refresh(self) -> None:
        self._timer.stop()
        ticked = set(self.ticked())
        self.list.clear()
        for row in signups.search_customers(self.search.text()):
            item = QListWidgetItem(f"{row['name']}  {mask_mobile(row['mobile'] or '')}".strip())
            item.setData(IdRole, row["id"])
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if row["id"] in ticked else Qt.Unchecked)
            self.list.addItem(item)

    def ticked(self) -> list[int]:
        return [self.list.item(i).data(IdRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.Checked]  # fmt: skip

    def write(self) -> None:
        ids = self.ticked()
        self.result = _run(self.record, "signup", lambda: signups.signup(self.event_id, ids),
                           self.event_id)  # fmt: skip


class CheckinDialog(QDialog):
    """The day's door: type part of a name, a mobile or pinyin initials ("zs" for 张三),
    pick the person, press the big Check in button. Someone not signed up: a walk-in is
    offered (and a new customer made for a name nobody has)."""

    def __init__(self, parent, event_id: int, record=None):
        super().__init__(parent)
        self.setObjectName("CheckinDialog")
        self.setWindowTitle(self.tr("Check in"))
        self.event_id = event_id
        self.record = record
        self.checked_in: list[int] = []
        self.search = QLineEdit()
        self.search.setObjectName("checkin_search")
        self.search.setPlaceholderText(self.tr("Name, mobile or pinyin initials"))
        font = QFont(self.search.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.search.setFont(font)
        self.list = QListWidget()
        self.list.setObjectName("checkin_list")
        self.button = QPushButton(self.tr("Check in"))
        self.button.setObjectName("checkin_button")
        self.button.setFont(font)
        self.button.setMinimumHeight(48)
        self.walk_in = QPushButton(self.tr("Walk-in…"))
        self.walk_in.setObjectName("walk_in_button")
        self.organiser = QCheckBox(self.tr("The organiser"))
        self.organiser.setObjectName("checkin_organiser")
        self.organiser.setToolTip(self.tr("Recorded in the event's community as organising "
                                          "it, not attending (for the next check-in)"))  # fmt: skip
        self.organiser.setEnabled(events.get(event_id)["community"] is not None)
        self.status = QLabel()
        self.status.setObjectName("checkin_status")
        self.status.setWordWrap(True)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self.check_in)
        self.button.clicked.connect(self.check_in)
        self.walk_in.clicked.connect(self.offer_walk_in)
        self.list.itemDoubleClicked.connect(lambda _i: self.check_in())
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.button)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        row.addWidget(self.walk_in)
        row.addWidget(self.organiser)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.resize(420, 480)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for row in signups.find(self.event_id, self.search.text()):
            text = f"{row['name']}  {mask_mobile(row['mobile'] or '')}  · " + el.signup_status_label(
                row["status"], row["walk_in"])  # fmt: skip
            item = QListWidgetItem(text)
            item.setData(IdRole, row["customer_id"])
            if row["status"] == "attended":
                item.setFlags(item.flags() & ~Qt.ItemIsEnabled)
            self.list.addItem(item)
        for i in range(self.list.count()):
            if self.list.item(i).flags() & Qt.ItemIsEnabled:
                self.list.setCurrentRow(i)
                break

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        if error:
            style.error_text(self.status)

    def check_in(self) -> None:
        item = self.list.currentItem()
        if item is None or not item.flags() & Qt.ItemIsEnabled:
            if self.search.text().strip():
                self.offer_walk_in()
            return
        cid = item.data(IdRole)
        organiser = self.organiser.isChecked()
        try:
            _run(self.record, "checkin",
                 lambda: signups.checkin(self.event_id, cid, organiser=organiser),
                 self.event_id)  # fmt: skip
        except GuanjiaError as exc:
            self._say(messages.error_message(exc), error=True)
            return
        self.checked_in.append(cid)
        self.organiser.setChecked(False)  # one organiser at a time
        self._say(
            fill(self.tr("%1 checked in."), item.text().split("  ")[0]) + self._points_words(cid)
        )
        self.search.clear()
        self.search.setFocus()

    def _points_words(self, customer_id: int) -> str:
        earned = auto_points.attendance_points(self.event_id, customer_id)
        return " " + fill(self.tr("+%1 points."), earned) if earned else ""

    def offer_walk_in(self) -> None:
        """Ask for the walk-in's name (what was typed, if it is one) and mobile; an
        existing customer of that exact name and mobile is used, else one is created."""
        dialog = WalkInDialog(self, self.search.text().strip())
        if dialog.exec() != QDialog.Accepted:
            return
        customer_id, new = dialog.choice()
        try:
            cid = _run(self.record, "checkin",
                       lambda: signups.walk_in(self.event_id, customer_id, new), self.event_id)  # fmt: skip
        except GuanjiaError as exc:
            self._say(messages.error_message(exc), error=True)
            return
        self.checked_in.append(cid)
        self._say(fill(self.tr("%1 checked in as a walk-in."), dialog.name.text().strip()
                       or dialog.pick.currentText()) + self._points_words(cid))  # fmt: skip
        self.search.clear()
        self.refresh()


class WalkInDialog(_WriteDialog):
    """A walk-in: an existing customer found by search, or a new one (name, mobile)."""

    def __init__(self, parent, typed: str = ""):
        super().__init__(parent, self.tr("Walk-in"))
        self.setObjectName("WalkInDialog")
        note = QLabel(self.tr("Not signed up for this event: check them in as a walk-in. "
                              "Choose the customer, or enter a new one."))  # fmt: skip
        note.setWordWrap(True)
        self.form.addRow(note)
        self.pick = QComboBox()
        self.pick.setObjectName("walk_in_customer")
        self.pick.addItem(self.tr("A new customer"), None)
        for row in signups.search_customers(typed, limit=20) if typed else []:
            self.pick.addItem(f"{row['name']}  {mask_mobile(row['mobile'] or '')}".strip(),
                              row["id"])  # fmt: skip
        self.pick.setCurrentIndex(1 if self.pick.count() > 1 else 0)
        self.form.addRow(QLabel(self.tr("Customer")), self.pick)
        looks_like_name = typed and not typed.isascii()
        self.name = QLineEdit(typed if looks_like_name else "")
        self.name.setObjectName("walk_in_name")
        self.mobile = QLineEdit()
        self.mobile.setObjectName("walk_in_mobile")
        self.form.addRow(QLabel(self.tr("New customer's name")), self.name)
        self.form.addRow(QLabel(self.tr("Mobile")), self.mobile)
        self.pick.currentIndexChanged.connect(self._new_fields)
        self._new_fields()

    def _new_fields(self) -> None:
        new = self.pick.currentData() is None
        self.name.setEnabled(new)
        self.mobile.setEnabled(new)

    def choice(self) -> tuple[int | None, dict | None]:
        cid = self.pick.currentData()
        if cid is not None:
            return cid, None
        return None, {"name": self.name.text().strip(), "mobile": self.mobile.text().strip()}

    def write(self) -> None:  # the check-in writes; here only a name is required
        if self.pick.currentData() is None and not self.name.text().strip():
            raise ValidationError("name", "name_required", "a walk-in needs a name")


class FeedbackDialog(_WriteDialog):
    """An attendee's score (1-5) and comment."""

    def __init__(self, parent, event_id: int, row: dict, record=None):
        super().__init__(parent, fill(self.tr("Feedback from %1"), row["name"]))
        self.setObjectName("FeedbackDialog")
        self.event_id, self.customer_id, self.record = event_id, row["customer_id"], record
        self.score = QSpinBox()
        self.score.setObjectName("feedback_score")
        self.score.setRange(1, 5)
        self.score.setValue(row["feedback_score"] or 5)
        self.comment = QPlainTextEdit(row["feedback_comment"] or "")
        self.comment.setObjectName("feedback_comment")
        self.comment.setFixedHeight(80)
        self.form.addRow(QLabel(self.tr("Score (1-5)")), self.score)
        self.form.addRow(QLabel(self.tr("Comment")), self.comment)

    def write(self) -> None:
        score, comment = self.score.value(), self.comment.toPlainText()
        _run(self.record, "feedback",
             lambda: signups.feedback(self.event_id, self.customer_id, score, comment),
             self.event_id)  # fmt: skip


def confirm(parent, title: str, text: str) -> bool:
    return QMessageBox.question(parent, title, text) == QMessageBox.Yes
