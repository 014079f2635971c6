"""The holiday calendar of the business-hours SLA, a year at a time: 法定节假日 (closed)
and 调休 working days (a weekend day open), added or taken off one by one, or imported
from a sheet (date, 休/班, name). Each change is written at once, and the open
complaints' deadlines follow it (those set by hand stay)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from models import clock
from models.complaints import holiday_edits, holidays
from models.errors import GuanjiaError
from ui import file_dialogs, formatting, messages, style
from ui.buttons import button_box
from ui.text import fill

DayRole = Qt.UserRole + 1


class HolidayDialog(QDialog):
    def __init__(self, parent=None, year: int | None = None):
        super().__init__(parent)
        self.setObjectName("HolidayDialog")
        self.setWindowTitle(self.tr("Holidays and working days"))
        self.changed = False
        self.year = QSpinBox()
        self.year.setObjectName("holiday_year")
        self.year.setRange(2000, 2100)
        self.year.setValue(year or clock.today().year)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("holiday_days")
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setObjectName("holiday_day")
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        if self.day.date().year() != self.year.value():
            self.day.setDate(QDate(self.year.value(), 1, 1))
        self.year.valueChanged.connect(self._year_changed)
        self.kind = QComboBox()
        self.kind.setObjectName("holiday_kind")
        self.kind.addItem(self.tr("Holiday (休)"), "holiday")
        self.kind.addItem(self.tr("Working day (班)"), "workday")
        self.name = QLineEdit()
        self.name.setObjectName("holiday_name")
        self.name.setPlaceholderText(self.tr("Name, e.g. 国庆节"))
        add = QPushButton(self.tr("Add"))
        add.setObjectName("holiday_add")
        add.clicked.connect(lambda: self.add_day())
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName("holiday_remove")
        remove.clicked.connect(lambda: self.remove_selected())
        import_button = QPushButton(self.tr("Import…"))
        import_button.setObjectName("holiday_import")
        import_button.setToolTip(
            self.tr(
                "A sheet (.xlsx or .csv) with the columns date, 休 or 班, name; "
                "the years it lists are replaced."
            )  # fmt: skip
        )
        import_button.clicked.connect(lambda: self.import_file())
        self.error = QLabel()
        self.error.setObjectName("dialog_error")
        self.error.setWordWrap(True)
        style.error_text(self.error)
        self.error.hide()
        self.status = QLabel()
        self.status.setObjectName("holiday_status")
        self.status.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(import_button)
        entry = QHBoxLayout()
        entry.addWidget(self.day)
        entry.addWidget(self.kind)
        entry.addWidget(self.name, 1)
        entry.addWidget(add)
        entry.addWidget(remove)
        buttons = button_box(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(entry)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(520, 460)
        self.reload()

    def _year_changed(self, year: int) -> None:
        """The date to enter moves into the year shown (a calendar is entered per year)."""
        day = self.day.date()
        if day.year() != year:
            self.day.setDate(QDate(year, day.month(), min(day.day(), 28)))
        self.reload()

    def reload(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Name")])
        weekdays = (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"),
                    self.tr("Fri"), self.tr("Sat"), self.tr("Sun"))  # fmt: skip
        rows = holidays.days_of_year(self.year.value())
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            text = f"{formatting.date_text(row['day'])} {weekdays[row['day'].weekday()]}"
            date_item = QTableWidgetItem(text)
            date_item.setData(DayRole, row["day"].isoformat())
            holiday = row["kind"] == "holiday"
            kind = self.tr("Holiday (休)") if holiday else self.tr("Working day (班)")
            for column, item in enumerate((date_item, QTableWidgetItem(kind),
                                           QTableWidgetItem(row["name"]))):  # fmt: skip
                self.table.setItem(i, column, item)
        self.table.resizeColumnsToContents()

    def _failed(self, exc: GuanjiaError) -> None:
        self.error.setText(self.problem_text(exc))
        self.error.show()

    def problem_text(self, exc: GuanjiaError) -> str:
        """The refusal in words; an import's bad rows each with its line."""
        problems = getattr(exc, "params", {}).get("problems")
        if not problems:
            return messages.error_message(exc)
        lines = [messages.error_message(exc)]
        for p in problems[:10]:
            lines.append(fill(self.tr("Line %1: %2 (%3)"), p.line,
                              messages.error_message(p.code), p.text))  # fmt: skip
        return "\n".join(lines)

    def _done(self, text: str) -> None:
        self.error.hide()
        self.changed = True
        self.status.setText(text)
        self.reload()

    def add_day(self) -> bool:
        day = self.day.date().toPython()
        try:
            moved = holiday_edits.set_day(day, self.kind.currentData(), self.name.text())
        except GuanjiaError as exc:
            self._failed(exc)
            return False
        if day.year != self.year.value():
            self.year.setValue(day.year)
        self._done(self.tr("%n open complaint(s) got a new deadline.", "", moved))
        return True

    def remove_selected(self) -> bool:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        if not rows:
            return False
        moved = 0
        try:
            for r in rows:
                day = dt.date.fromisoformat(self.table.item(r, 0).data(DayRole))
                moved = holiday_edits.remove_day(day)
        except GuanjiaError as exc:
            self._failed(exc)
            self.reload()
            return False
        self._done(self.tr("%n open complaint(s) got a new deadline.", "", moved))
        return True

    def import_file(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = file_dialogs.get_open_file_name(
                "holidays", self, self.tr("Import holidays"), "",
                self.tr("Spreadsheets (*.xlsx *.xls *.csv)"),
            )  # fmt: skip
            if not path:
                return False
        try:
            result = holiday_edits.import_file(path)
        except GuanjiaError as exc:
            self._failed(exc)
            return False
        self.year.blockSignals(True)
        self.year.setValue(result.years[0])
        self.year.blockSignals(False)
        self._done(
            fill(
                self.tr("Imported %1: %2 holidays, %3 working days."),
                ", ".join(map(str, result.years)),
                result.holidays,
                result.workdays,
            )  # fmt: skip
            + " "
            + self.tr("%n open complaint(s) got a new deadline.", "", result.moved)
        )
        return True
