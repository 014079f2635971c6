"""Mark attendance afterwards from the printed sign-in sheet (签到表): the sign-ups in
the sheet's order (ui/events/sign_in_sheet.py), numbered as printed, each with a check
box (arrows move, space ticks); those checked in already are ticked and fixed. OK marks
the ticked attended and, when chosen, closes the event (the rest become no-shows): one
write, one undo step (through the page's recorder)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QListWidget, QListWidgetItem

from models import clock
from models.communities import events, signups
from models.errors import ValidationError
from models.values.contact_fields import mask_mobile
from ui.events.sign_in_sheet import sheet_rows
from ui.followups.dialogs import _WriteDialog
from ui.text import fill

IdRole = Qt.UserRole + 1


class AttendanceDialog(_WriteDialog):
    def __init__(self, parent, event_id: int, record=None):
        super().__init__(parent, self.tr("Mark attendance"))
        self.setObjectName("AttendanceDialog")
        self.event_id = event_id
        self.record = record
        self.result: signups.Attendance | None = None
        event = events.get(event_id)
        self.starts_at: dt.datetime = event["starts_at"]
        intro = QLabel(fill(self.tr("Tick those who signed the printed sheet of “%1” "
                                    "(arrow keys move, space ticks)."), event["title"]))  # fmt: skip
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.list = QListWidget()
        self.list.setObjectName("attendance_list")
        self.list.setMinimumSize(360, 320)
        for number, row in enumerate(sheet_rows(signups.listing(event_id)), 1):
            text = f"{number}. {row['name']}  {mask_mobile(row['mobile'] or '')}".rstrip()
            if row["status"] == "waiting":
                text += "  " + self.tr("(waiting list)")
            item = QListWidgetItem(text)
            item.setData(IdRole, row["customer_id"])
            if row["status"] == "attended":
                item.setFlags(Qt.ItemIsSelectable)  # checked in already: shown, fixed
                item.setCheckState(Qt.Checked)
            else:
                item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsUserCheckable)
                item.setCheckState(Qt.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _i: self._count())
        self.form.addRow(self.list)
        self.counted = QLabel()
        self.counted.setObjectName("attendance_count")
        self.form.addRow(self.counted)
        self.close_box = QCheckBox(self.tr("Close the event: the others become no-shows"))
        self.close_box.setObjectName("attendance_close")
        self.close_box.setChecked(event["status"] not in events.CLOSED)
        self.form.addRow(self.close_box)
        self._count()
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.setFocus()

    def ticked(self) -> list[int]:
        """The customers ticked now (not those checked in already)."""
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.flags() & Qt.ItemIsUserCheckable and item.checkState() == Qt.Checked:
                out.append(item.data(IdRole))
        return out

    def _count(self) -> None:
        self.counted.setText(fill(self.tr("Ticked: %1 of %2"), len(self.ticked()),
                                  self.list.count()))  # fmt: skip

    def write(self) -> None:
        ids = self.ticked()
        close = self.close_box.isChecked()
        if not ids and not close:
            raise ValidationError("customers", "event_no_customers", "no customers ticked")
        # the sheet was signed at the event: the check-ins (and the activity) take its time
        at = self.starts_at if self.starts_at <= clock.now() else None

        def work():
            return signups.mark_attended(self.event_id, ids, close_event=close, at=at)

        if self.record is None:
            self.result = work()
        else:
            self.result = self.record("attendance", work, self.event_id)
