"""A month calendar that shows how many open follow-ups fall on each day, and the care
dates: festivals (named in the cell) and how many customers have a birthday."""

from __future__ import annotations

import calendar as pycalendar
import datetime as dt

from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget

from models import clock
from models.followups import care, festival_care, followups
from ui import labels, style
from ui.restyling import Restyling


class CountCalendar(Restyling, QCalendarWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("followup_calendar")
        self.setGridVisible(True)
        self.setFirstDayOfWeek(Qt.Monday)
        self.setVerticalHeaderFormat(QCalendarWidget.NoVerticalHeader)
        self.counts: dict[dt.date, int] = {}
        self.festivals: dict[dt.date, list[dict]] = {}  # festival_care.care_days
        self.birthdays: dict[dt.date, int] = {}
        today = clock.today()  # the program's clock, not the system's
        self.setSelectedDate(QDate(today.year, today.month, today.day))
        self.setCurrentPage(today.year, today.month)
        self.currentPageChanged.connect(lambda _y, _m: self.reload())  # the page loads it first
        self.restyle()

    def restyle(self) -> None:
        """Weekends in the theme's muted red, not Qt's pure red (harsh on a dark surface)."""
        weekend = QTextCharFormat()
        weekend.setForeground(QBrush(QColor(style.tokens().danger)))
        for day in (Qt.Saturday, Qt.Sunday):
            self.setWeekdayTextFormat(day, weekend)

    def reload(self) -> None:
        """Re-read the counts of the month shown (and the days of its neighbours shown)."""
        year, month = self.yearShown(), self.monthShown()
        first = dt.date(year, month, 1) - dt.timedelta(days=7)
        last = dt.date(year, month, pycalendar.monthrange(year, month)[1]) + dt.timedelta(days=14)
        self.counts = followups.day_counts(first, last)
        # Care dates of any month paged to (a year ahead and more): a few indexed
        # counts per month-day, never every customer.
        self.festivals = festival_care.care_days(first, last)
        self.birthdays = care.birthday_counts(first, last)
        self.updateCells()

    def count_on(self, day: dt.date) -> int:
        return self.counts.get(day, 0)

    def festival_names(self, day: dt.date) -> list[str]:
        return [labels.festival_name(f["code"]) for f in self.festivals.get(day, [])]

    def birthdays_on(self, day: dt.date) -> int:
        return self.birthdays.get(day, 0)

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:
        super().paintCell(painter, rect, date)
        day = date.toPython()
        if day in self.festivals or day in self.birthdays:
            self._paint_care(painter, rect, day)
        n = self.counts.get(day, 0)
        if not n:
            return
        painter.save()
        font = QFont(painter.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
        font.setBold(True)
        painter.setFont(font)
        text = str(n) if n < 1000 else f"{n // 1000}k"
        width = max(16, painter.fontMetrics().horizontalAdvance(text) + 6)
        badge = QRect(rect.right() - width - 1, rect.bottom() - 15, width, 14)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(Qt.NoPen)
        past = date.toPython() < clock.today()
        painter.setBrush(QColor(style.CALENDAR_PAST) if past else QColor(style.CALENDAR_AHEAD))
        painter.drawRoundedRect(badge, 7, 7)
        painter.setPen(QColor(style.BADGE_TEXT))
        painter.drawText(badge, Qt.AlignCenter, text)
        painter.restore()

    def _paint_care(self, painter: QPainter, rect: QRect, day: dt.date) -> None:
        """The festival's name along the top of the cell, the birthday count (a dot and
        the number) at its bottom left."""
        painter.save()
        font = QFont(painter.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.7))
        painter.setFont(font)
        tokens = style.tokens()
        names = self.festival_names(day)
        if names:
            painter.setPen(QColor(tokens.warning))
            top = QRect(rect.left() + 2, rect.top() + 1, rect.width() - 4, 14)
            text = painter.fontMetrics().elidedText(" ".join(names), Qt.ElideRight, top.width())
            painter.drawText(top, Qt.AlignLeft | Qt.AlignTop, text)
        n = self.birthdays.get(day, 0)
        if n:
            painter.setRenderHint(QPainter.Antialiasing)
            painter.setPen(Qt.NoPen)
            painter.setBrush(QColor(tokens.success))
            painter.drawEllipse(rect.left() + 3, rect.bottom() - 10, 6, 6)
            painter.setPen(QColor(tokens.success))
            text = str(n) if n < 1000 else f"{n // 1000}k"
            painter.drawText(
                QRect(rect.left() + 11, rect.bottom() - 15, rect.width() // 2, 14),
                Qt.AlignLeft | Qt.AlignVCenter, text,
            )  # fmt: skip
        painter.restore()
