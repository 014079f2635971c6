"""Community metrics (社群数据), a window of its own: for the communities it was opened
with (none: all), a period (week, month, quarter, year, custom), the figures of
models/insights/community_metrics.py, trend charts and members by level (matplotlib,
ui/dashboard/chart.py). A click on a bar or point lists the customers behind it; a
double-click on one asks the window to show that customer. Export: the numbers and the
list in one Excel workbook."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import clock
from models.complaints import complaint_metrics
from models.customers.customer_filter import CustomerFilter
from models.insights import community_metrics
from models.sheets.excel_export import Money
from ui import file_dialogs, formatting, icons, messages, style
from ui.restyling import Restyling
from ui.retranslating import Retranslating
from ui.tasks import BackgroundReader
from ui.text import fill

PERIODS = ("week", "month", "quarter", "year", "custom")
CHARTS = ("members", "joined", "active", "levels")
FIGURES = ("members", "joined", "left", "net", "active_rate", "speaking_rate",
           "interaction_rate", "level_up", "level_down", "events", "signed_up", "attended",
           "no_shows", "feedback_average", "buyers", "spend_fen", "repeat_rate",
           "non_member_repeat_rate")  # fmt: skip
RATES = ("active_rate", "speaking_rate", "interaction_rate", "repeat_rate",
         "non_member_repeat_rate")  # fmt: skip
LEVEL_ORDER = ("core", "active", "participant", "watcher", "silent", "")


class CommunityMetricsView(Retranslating, Restyling, QDialog):
    """The metrics of `community_ids` (empty: all communities)."""

    customersPicked = Signal(list)  # the customer ids behind the bar or point clicked
    openCustomerRequested = Signal(int)
    showInListRequested = Signal(object)  # a CustomerFilter: exactly the customers picked

    def __init__(self, community_ids=(), parent=None):
        super().__init__(parent)
        self.setObjectName("community_metrics")
        self.community_ids = sorted(community_ids)
        self.metrics: community_metrics.CommunityMetrics | None = None
        self.picked: list[int] = []
        self.picked_title = ""
        self.charts: dict = {}
        self.reader = BackgroundReader(self)
        self.reader.ready.connect(self._ready)
        self.reader.failed.connect(self._failed)
        self.resize(1100, 760)

        self.scope = QLabel()
        style.set_role(self.scope, "title")
        self.period_box = QComboBox()
        self.period_box.setObjectName("metrics_period")
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate.currentDate())
            edit.dateChanged.connect(lambda _d: self.refresh())
            edit.hide()
        self.period_box.currentIndexChanged.connect(self._period_changed)
        self.state = QLabel()
        # the non-members' figures read all purchases of the period (seconds at a million
        # customers): only when asked
        self.compare_box = QCheckBox()
        self.compare_box.setObjectName("metrics_compare")
        self.compare_box.toggled.connect(lambda _on: self.refresh())
        self.export_button = QPushButton()
        self.export_button.setObjectName("metrics_export")
        self.export_button.clicked.connect(lambda: self.export())
        top = QHBoxLayout()
        top.addWidget(self.scope)
        top.addSpacing(12)
        top.addWidget(self.period_box)
        top.addWidget(self.date_from)
        top.addWidget(self.date_to)
        top.addWidget(self.state, 1)
        top.addWidget(self.compare_box)
        top.addWidget(self.export_button)

        self.figure_labels: dict[str, tuple[QLabel, QLabel]] = {}
        figures = QGridLayout()
        for i, key in enumerate(FIGURES):
            value, caption = QLabel("–"), QLabel()
            value.setObjectName(f"figure_{key}")
            style.set_role(value, "kpi")
            cell = QVBoxLayout()
            cell.addWidget(value)
            cell.addWidget(caption)
            figures.addLayout(cell, i // 6, i % 6)
            self.figure_labels[key] = (value, caption)
        self.chart_grid = QGridLayout()
        self.list_title = style.section_header()
        self.show_in_list_button = QPushButton()
        self.show_in_list_button.setObjectName("metrics_show_in_list")
        self.show_in_list_button.clicked.connect(self.show_in_list)
        list_top = QHBoxLayout()
        list_top.addWidget(self.list_title, 1)
        list_top.addWidget(self.show_in_list_button)
        self.list = QTableWidget(0, 4)
        self.list.setObjectName("metrics_customers")
        self.list.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.list.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.list.verticalHeader().hide()
        self.list.setMinimumHeight(180)
        self.list.cellDoubleClicked.connect(self._open_row)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addLayout(figures)
        inner.addLayout(self.chart_grid)
        inner.addLayout(list_top)
        inner.addWidget(self.list)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self._ensure_charts()
        self.retranslate()
        self.restyle()
        self.period_box.setCurrentIndex(PERIODS.index("month"))

    # ------------------------------------------------------------ texts

    def restyle(self) -> None:
        self.export_button.setIcon(icons.icon("excel"))

    def captions(self) -> dict[str, str]:
        return {
            "members": self.tr("Members (counted once)"), "joined": self.tr("Joined"),
            "left": self.tr("Left"), "net": self.tr("Net growth"),
            "active_rate": self.tr("Active rate"), "speaking_rate": self.tr("Speaking rate"),
            "interaction_rate": self.tr("Interaction rate"),
            "level_up": self.tr("Moved up a level"), "level_down": self.tr("Moved down a level"),
            "events": self.tr("Events"), "signed_up": self.tr("Signed up"),
            "attended": self.tr("Attended"), "no_shows": self.tr("No-shows"),
            "feedback_average": self.tr("Feedback (1-5)"), "buyers": self.tr("Members who bought"),
            "spend_fen": self.tr("Members' spend"), "repeat_rate": self.tr("Members' repeat rate"),
            "non_member_repeat_rate": self.tr("Non-members' repeat rate"),
        }  # fmt: skip

    def chart_titles(self) -> dict[str, str]:
        return {
            "members": self.tr("Members"), "joined": self.tr("Joined"),
            "active": self.tr("Active members"), "levels": self.tr("Members by level"),
        }  # fmt: skip

    def level_name(self, code: str) -> str:
        return {
            "core": self.tr("Core"), "active": self.tr("Active"),
            "participant": self.tr("Participating"), "watcher": self.tr("Watching"),
            "silent": self.tr("Silent"), "": self.tr("Not rated"),
        }[code]  # fmt: skip

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Community metrics"))
        names = [name for _i, name in community_metrics.community_names(self.community_ids)]
        if not self.community_ids:
            self.scope.setText(self.tr("All communities"))
        else:
            self.scope.setText("、".join(names[:3]) + ("…" if len(names) > 3 else ""))
            self.scope.setToolTip("\n".join(names))
        self.export_button.setText(self.tr("Export to Excel…"))
        self.compare_box.setText(self.tr("Compare with non-members"))
        self.compare_box.setToolTip(
            self.tr("Also the non-members' repeat rate: reads every purchase of the period, "
                    "which takes a while with many customers"))  # fmt: skip
        self.show_in_list_button.setText(self.tr("Show in customer list"))
        self.show_in_list_button.setToolTip(
            self.tr("The customer list, filtered to exactly these customers"))  # fmt: skip
        period_names = {
            "week": self.tr("This week"), "month": self.tr("This month"),
            "quarter": self.tr("This quarter"), "year": self.tr("This year"),
            "custom": self.tr("Custom period"),
        }  # fmt: skip
        current = self.period_box.currentIndex()
        self.period_box.blockSignals(True)
        self.period_box.clear()
        for key in PERIODS:
            self.period_box.addItem(period_names[key], key)
        self.period_box.setCurrentIndex(max(0, current))
        self.period_box.blockSignals(False)
        captions = self.captions()
        for key, (_value, caption) in self.figure_labels.items():
            caption.setText(captions[key])
        self.figure_labels["active_rate"][0].setToolTip(
            self.tr(
                "Members with any recorded activity in the period, of the members on its last day"
            )
        )
        self.figure_labels["interaction_rate"][0].setToolTip(
            self.tr("Members who did more than send messages (posted, answered, invited, came to "
                    "an event, bought after a post), of the members on the period's last day")
        )  # fmt: skip
        for key, chart in self.charts.items():
            chart.title.setText(self.chart_titles()[key])
            chart.retranslate()
        self.list.setHorizontalHeaderLabels(
            [self.tr("Id"), self.tr("Number"), self.tr("Name"), self.tr("Mobile")]
        )
        if self.metrics is not None:
            self._fill(self.metrics)
        self._show_list()

    # ------------------------------------------------------------ period

    def span(self) -> tuple[dt.date, dt.date]:
        key = self.period_box.currentData() or "month"
        if key == "custom":
            return self.date_from.date().toPython(), self.date_to.date().toPython()
        return community_metrics.period(key, clock.today())

    def _period_changed(self, _index: int) -> None:
        custom = self.period_box.currentData() == "custom"
        if custom:
            first, last = community_metrics.period("month", clock.today())
            for edit, day in ((self.date_from, first), (self.date_to, last)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        self.refresh()

    def set_period(self, start: dt.date, end: dt.date) -> None:
        """A custom period (tests, and a caller that knows the dates)."""
        self.period_box.setCurrentIndex(PERIODS.index("custom"))
        for edit, day in ((self.date_from, start), (self.date_to, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.refresh()

    # ------------------------------------------------------------ data

    def refresh(self) -> None:
        start, end = self.span()
        if start > end:
            self.state.setText(messages.error_message("period_reversed"))
            return
        ids = list(self.community_ids)
        self.state.setText(self.tr("Computing…"))
        compare = self.compare_box.isChecked()
        self.reader.request(lambda: community_metrics.compute(ids, start, end, compare=compare))

    def _failed(self, message: str) -> None:
        self.state.setText(fill(self.tr("Could not compute: %1"), message))

    def _ready(self, metrics) -> None:
        self.metrics = metrics
        self.state.setText("")
        self._fill(metrics)

    def _ensure_charts(self) -> None:
        from ui.dashboard import mpl  # matplotlib loads with this window, not at start

        mpl.configure()
        from ui.dashboard.chart import ChartView

        for i, key in enumerate(CHARTS):
            chart = ChartView(f"community_{key}")
            chart.picked.connect(lambda index, key=key: self.chart_clicked(key, index))
            self.chart_grid.addWidget(chart, i // 2, i % 2)
            self.charts[key] = chart

    def _fill(self, m) -> None:
        data = m.to_json()
        for key, (value, _caption) in self.figure_labels.items():
            v = data[key]
            if key in RATES:
                text = "–" if v is None else formatting.percent(v)
            elif key == "spend_fen":
                text = formatting.money(v)
            elif key == "feedback_average":
                text = "–" if v is None else f"{v:.1f}"
            elif key == "net":
                text = f"{v:+d}" if v else "0"
            else:
                text = formatting.number(v)
            value.setText(text)
        empty = self.tr("Nothing in this period yet")
        t = m.trend
        number = _count
        self.charts["members"].plot("line", t["labels"], t["members"], number=number, empty=empty)
        self.charts["joined"].plot("bar", t["labels"], t["joined"], number=number, empty=empty)
        self.charts["active"].plot("line", t["labels"], t["active"], number=number, empty=empty)
        levels = [code for code in LEVEL_ORDER if code in m.levels]
        self.charts["levels"].plot("barh", [self.level_name(c) for c in levels],
                                   [m.levels[c] for c in levels], number=number,
                                   empty=self.tr("No members at the end of this period"))  # fmt: skip

    # ------------------------------------------------------------ click-through

    def chart_clicked(self, key: str, index: int) -> None:
        """The customers behind a point or bar, listed below the charts."""
        m = self.metrics
        if m is None:
            return
        t, ids = m.trend, self.community_ids
        titles = self.chart_titles()
        if key == "levels":
            code = [c for c in LEVEL_ORDER if c in m.levels][index]
            found = community_metrics.member_ids(ids, m.end, level=code)
            label = self.level_name(code)
        else:
            first = dt.date.fromisoformat(t["starts"][index])
            last = dt.date.fromisoformat(t["ends"][index])
            if key == "members":
                found = community_metrics.member_ids(ids, last)
            elif key == "joined":
                found = community_metrics.changed_ids(ids, first, last, "joined")
            else:
                found = community_metrics.active_ids(ids, first, last)
            label = t["labels"][index]
        self.picked = found
        self.picked_title = f"{titles[key]} · {label}"
        self._show_list()
        self.customersPicked.emit(list(found))

    def _show_list(self) -> None:
        rows = community_metrics.customer_rows(self.picked)
        if self.picked:
            self.list_title.setText(fill(self.tr("%1: %2 customers"), self.picked_title,
                                         formatting.number(len(self.picked))))  # fmt: skip
        else:
            self.list_title.setText(self.tr("Click a bar or point to list its customers"))
        self.show_in_list_button.setEnabled(bool(self.picked))
        self.list.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.list.setItem(r, c, QTableWidgetItem(str(value)))

    def picked_filter(self) -> CustomerFilter:
        """The customer list's filter of exactly the customers picked, with its label:
        "社群 宝妈群: Joined · 12-01 (37)"."""
        label = fill(self.tr("Community %1: %2 (%3)"), self.scope.text(), self.picked_title,
                     formatting.number(len(self.picked)))  # fmt: skip
        return CustomerFilter().with_ids(self.picked, label)

    def show_in_list(self) -> None:
        """Ask the window to show the customer list filtered to the customers picked."""
        if self.picked:
            self.showInListRequested.emit(self.picked_filter())

    def _open_row(self, row: int, _column: int) -> None:
        item = self.list.item(row, 0)
        if item is not None:
            self.openCustomerRequested.emit(int(item.text()))

    # ------------------------------------------------------------ export

    def sheets(self) -> list[tuple[str, list[str], list[list]]]:
        """The figures, the trend, the levels and the list shown, as export sheets."""
        m = self.metrics
        if m is None:
            return []
        data, captions = m.to_json(), self.captions()
        figure_rows = []
        for key in FIGURES:
            v = data[key]
            figure_rows.append([captions[key], Money(v) if key == "spend_fen" else v])
        t = m.trend
        trend_rows = [
            [t["labels"][i], t["starts"][i], t["ends"][i], t["members"][i], t["joined"][i],
             t["left"][i], t["active"][i]]
            for i in range(len(t["labels"]))
        ]  # fmt: skip
        level_rows = [[self.level_name(c), m.levels[c]] for c in LEVEL_ORDER if c in m.levels]
        listed = [list(r) for r in community_metrics.customer_rows(self.picked)]
        period = f"{m.start} – {m.end}"
        return [
            (self.tr("Figures"), [self.tr("Figure"), period], figure_rows),
            (self.tr("Trend"), [self.tr("Period"), self.tr("From"), self.tr("To"),
                                self.tr("Members"), self.tr("Joined"), self.tr("Left"),
                                self.tr("Active members")], trend_rows),
            (self.tr("Levels"), [self.tr("Level"), self.tr("Members")], level_rows),
            (self.tr("Customers"), [self.tr("Id"), self.tr("Number"), self.tr("Name"),
                                    self.tr("Mobile")], listed),
        ]  # fmt: skip

    def export(self, path: str | None = None) -> bool:
        if self.metrics is None:
            return False
        if path is None:
            name = self.tr("Community metrics") + f" {clock.today():%Y-%m-%d}.xlsx"
            path, _ = file_dialogs.get_save_file_name(
                "report", self, self.tr("Export to Excel"), name,
                self.tr("Excel workbook (*.xlsx)"),
            )  # fmt: skip
            if not path:
                return False
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
        try:
            complaint_metrics.export(path, self.sheets())
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export to Excel"),
                                fill(self.tr("The workbook could not be written: %1"), str(exc)))  # fmt: skip
            return False
        return True

    def wait(self) -> None:
        self.reader.wait()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


def _count(value) -> str:
    """A count on an axis: whole numbers only (a tick at 0.6 members says nothing)."""
    return formatting.number(value) if float(value).is_integer() else ""
