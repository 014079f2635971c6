"""Beside the follow-up calendar: the care dates of the chosen day, its festivals (and
whether their care is on) and the customers whose birthday it is."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from models.followups import care, festival_care
from ui import formatting, icons
from ui.labels import festival_name
from ui.text import fill

SHOWN = 200  # names listed; a busy day says how many more


class CareDayList(QListWidget):
    openCustomerRequested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("care_day_list")
        self.day: dt.date | None = None
        self.itemActivated.connect(self._activated)

    def show_day(self, day: dt.date) -> None:
        self.day = day
        self.clear()
        for fest in festival_care.care_days(day, day).get(day, []):
            state = self.tr("care on") if fest["on"] else self.tr("care off")
            item = QListWidgetItem(
                icons.icon("calendar"), fill(self.tr("%1 (%2)"), festival_name(fest["code"]), state)
            )
            self.addItem(item)
        people = care.birthdays_on(day)
        if people:
            self.addItem(
                fill(self.tr("%1: %2 birthdays"), formatting.month_day_text(day), str(len(people)))
            )
        for cid, name, _owner in sorted(people, key=lambda p: p[1])[:SHOWN]:
            item = QListWidgetItem(icons.icon("birthday"), name)
            item.setData(Qt.UserRole, cid)
            self.addItem(item)
        if len(people) > SHOWN:
            self.addItem(fill(self.tr("… and %1 more"), str(len(people) - SHOWN)))
        if not self.count():
            self.addItem(self.tr("No festival or birthday on this day."))

    def _activated(self, item: QListWidgetItem) -> None:
        cid = item.data(Qt.UserRole)
        if cid is not None:
            self.openCustomerRequested.emit(int(cid))
