"""The Funnel page (漏斗): for the customers entered in a period, how many reached each
stage (获客 -> 识别 -> 培育 -> 转化 -> 经营 -> 裂变), the conversion and the median days
from the stage before, as a funnel chart and a table, split by channel, owner, event or
community; the ROI per channel (or event) below. A click on a bar or a row opens the
customer list with exactly that stage's customers. Computed in a worker thread."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import clock
from models.customers.customer_filter import CustomerFilter
from models.insights import funnel, funnel_roi
from models.insights.dashboard import Range
from ui import labels, style
from ui.funnel.costs_dialog import CostsDialog
from ui.funnel.funnel_labels import split_label, stage_label
from ui.plain_formatting import money, percent
from ui.restyling import Restyling
from ui.retranslating import Retranslating
from ui.tasks import BackgroundReader
from ui.text import fill

RANGES = ("last_12", "this_year", "last_year", "all", "custom")
SPLITS = ("", *funnel.SPLITS)


def _date(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class FunnelPage(Restyling, Retranslating, QWidget):
    openCustomers = Signal(object)  # a CustomerFilter: the customers of a stage

    def __init__(self, undo_stack=None, parent=None):
        super().__init__(parent)
        self.setObjectName("funnel_page")
        self.undo_stack = undo_stack
        self.costs_dialog: CostsDialog | None = None
        self.result: funnel.Funnel | None = None
        self.roi_rows: list[dict] = []
        self.chart = None  # made on the first show: matplotlib loads then
        self._wanted = False
        self.reader = BackgroundReader(self)
        self.reader.ready.connect(self._ready)
        self.reader.failed.connect(self._failed)
        self.id_reader = BackgroundReader(self)  # a clicked stage's customers
        self.id_reader.ready.connect(self._ids_ready)
        self.id_reader.failed.connect(self._failed)

        self.heading = QLabel()
        style.set_role(self.heading, "title")
        self.range_box = QComboBox()
        self.range_box.setObjectName("funnel_range")
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.hide()
        self.date_from.setObjectName("funnel_from")
        self.date_to.setObjectName("funnel_to")
        self.split_box = QComboBox()
        self.split_box.setObjectName("funnel_split")
        self.group_box = QComboBox()
        self.group_box.setObjectName("funnel_group")
        self.group_box.hide()
        self.state = QLabel()
        self.state.setObjectName("funnel_state")
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("funnel_refresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.costs_button = QPushButton()
        self.costs_button.setObjectName("funnel_costs")
        self.costs_button.clicked.connect(self.edit_costs)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(16)
        for widget in (self.range_box, self.date_from, self.date_to, self.split_box,
                       self.group_box):  # fmt: skip
            top.addWidget(widget)
        top.addWidget(self.state, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.costs_button)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("funnel_table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellActivated.connect(lambda row, _col: self.open_stage(row))
        self.table.cellDoubleClicked.connect(lambda row, _col: self.open_stage(row))
        self.roi_title = style.section_header()
        self.roi_table = QTableWidget(0, 8)
        self.roi_table.setObjectName("funnel_roi")
        self.roi_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.roi_table.verticalHeader().hide()
        self.roi_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.roi_table.horizontalHeader().setStretchLastSection(True)
        self.chart_box = QVBoxLayout()
        middle = QHBoxLayout()
        middle.addLayout(self.chart_box, 3)
        middle.addWidget(self.table, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 3)
        layout.addWidget(self.roi_title)
        layout.addWidget(self.roi_table, 2)

        self.retranslate()
        self.range_box.setCurrentIndex(0)
        self._range_changed(0)
        self.range_box.currentIndexChanged.connect(self._range_changed)
        self.split_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.group_box.currentIndexChanged.connect(lambda _i: self._show())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.restyle()

    # ------------------------------------------------------------ texts

    def restyle(self) -> None:
        if self.chart is not None:
            self.chart.restyle()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Funnel"))
        names = {"last_12": self.tr("Last 12 months"), "this_year": self.tr("This year"),
                 "last_year": self.tr("Last year"), "all": self.tr("All time"),
                 "custom": self.tr("Custom…")}  # fmt: skip
        for box, codes, text in ((self.range_box, RANGES, names.get),
                                 (self.split_box, SPLITS, split_label)):  # fmt: skip
            box.blockSignals(True)
            current = max(box.currentIndex(), 0)
            box.clear()
            for code in codes:
                box.addItem(text(code), code)
            box.setCurrentIndex(current)
            box.blockSignals(False)
        self.refresh_button.setText(self.tr("Refresh"))
        self.costs_button.setText(self.tr("Costs…"))
        self.costs_button.setToolTip(self.tr("Enter what each channel or event cost"))
        self.table.setHorizontalHeaderLabels([self.tr("Stage"), self.tr("Customers"),
                                              self.tr("Conversion"), self.tr("Median days")])  # fmt: skip
        self.table.setToolTip(self.tr("Double-click a stage to see its customers"))
        self.roi_table.setHorizontalHeaderLabels([
            self.tr("Channel"), self.tr("Cost"), self.tr("Leads"), self.tr("Customers"),
            self.tr("Revenue"), self.tr("ROI"), self.tr("Cost per lead"),
            self.tr("Cost per customer"),
        ])  # fmt: skip
        self.roi_title.setText(self.tr("Return on acquisition costs"))
        if self.result is not None:
            self._fill_groups()
            self._show()

    # ------------------------------------------------------------ period and split

    def period(self) -> funnel.Period:
        code = self.range_box.currentData()
        today = clock.today()
        if code == "this_year":
            return funnel.Period(today.replace(month=1, day=1), today)
        if code == "last_year":
            return funnel.Period(dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31))
        if code == "all":
            return funnel.Period()
        if code == "custom":
            start, end = self.date_from.date().toPython(), self.date_to.date().toPython()
            return funnel.Period(min(start, end), max(start, end))
        span = Range.last_months(12, today)  # as the dashboard's default range
        return funnel.Period(span.start, span.end)

    def split(self) -> str:
        return self.split_box.currentData() or ""

    def _range_changed(self, _index: int) -> None:
        custom = self.range_box.currentData() == "custom"
        if custom:
            period = funnel.Period(clock.today().replace(day=1), clock.today())
            for edit, day in ((self.date_from, period.start), (self.date_to, period.end)):
                edit.blockSignals(True)
                edit.setDate(_date(day))
                edit.blockSignals(False)
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        self.refresh()

    # ------------------------------------------------------------ computing

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.result is None or self._wanted:
            QTimer.singleShot(0, self._refresh_if_visible)

    def _refresh_if_visible(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Compute again in a worker; while hidden, only remember to."""
        if not self.isVisible():
            self._wanted = True
            return
        self._wanted = False
        self._ensure_chart()
        self.state.setText(self.tr("Computing…"))
        period, by = self.period(), self.split()
        roi_by = "event" if by == "event" else "channel"
        self.reader.request(lambda: (funnel.compute(period, by), funnel_roi.roi(period, roi_by)))

    def data_changed(self) -> None:
        self.refresh()

    def edit_costs(self) -> CostsDialog:
        """The costs editor (not modal: the window's Undo reaches its steps)."""
        if self.costs_dialog is None:
            self.costs_dialog = CostsDialog(self.undo_stack, self._costs_changed, self)
        self.costs_dialog.reload()
        self.costs_dialog.show()
        self.costs_dialog.raise_()
        return self.costs_dialog

    def _costs_changed(self, _ids) -> None:
        self.refresh()

    def _failed(self, message: str) -> None:
        self.state.setText(fill(self.tr("Could not compute: %1"), message))

    def _ready(self, answer) -> None:
        self.result, self.roi_rows = answer
        self._fill_groups()
        self._show()
        self._fill_roi()
        when = QLocale().toString(clock.now().time(), QLocale.ShortFormat)
        self.state.setText(fill(self.tr("Updated %1"), when))

    def wait(self) -> None:
        self.reader.wait()
        self.id_reader.wait()

    def stop(self) -> None:
        self.reader.stop()
        self.id_reader.stop()

    # ------------------------------------------------------------ showing

    def _ensure_chart(self) -> None:
        if self.chart is not None:
            return
        from ui.dashboard import mpl  # matplotlib loads on the first show, not at start

        mpl.configure()
        from ui.dashboard.chart import ChartView  # imports matplotlib: first show only

        self.chart = ChartView("funnel")
        self.chart.picked.connect(self.open_stage)
        self.chart_box.addWidget(self.chart)
        self.chart.show_message(self.tr("Computing…"))

    def group_name(self, key: str, name: str) -> str:
        if self.result is not None and self.result.by == "channel":
            return labels.source_label(key) or self.tr("(no source)")
        return name or self.tr("(no owner)")

    def _fill_groups(self) -> None:
        box = self.group_box
        keep = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("All of them"), None)
        for group in self.result.groups:
            box.addItem(fill("%1 (%2)", self.group_name(group.key, group.name),
                             QLocale().toString(group.stages[0].count)), group.key)  # fmt: skip
        index = box.findData(keep) if keep is not None else 0
        box.setCurrentIndex(max(index, 0))
        box.blockSignals(False)
        box.setVisible(bool(self.result.by))

    def shown_stages(self) -> list[funnel.Stage]:
        key = self.group_box.currentData() if self.result.by else None
        for group in self.result.groups:
            if group.key == key:
                return group.stages
        return self.result.stages

    def _show(self) -> None:
        stages = self.shown_stages()
        locale = QLocale()
        self.table.setRowCount(len(stages))
        for row, stage in enumerate(stages):
            median = "" if stage.median_days is None else locale.toString(stage.median_days, "g", 4)
            cells = (stage_label(stage.stage), locale.toString(stage.count),
                     percent(stage.rate), median)  # fmt: skip
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(row, col, item)
        if self.chart is not None:
            self.chart.title.setText(self.tr("Customers per stage"))
            self.chart.plot("barh", [stage_label(s.stage) for s in stages],
                            [s.count for s in stages], number=lambda v: locale.toString(int(v)),
                            empty=self.tr("No customers were entered in this period"))  # fmt: skip

    def _fill_roi(self) -> None:
        rows = self.roi_rows
        events = self.result is not None and self.result.by == "event"
        self.roi_table.horizontalHeaderItem(0).setText(self.tr("Event") if events
                                                       else self.tr("Channel"))  # fmt: skip
        locale = QLocale()
        self.roi_table.setRowCount(len(rows))
        for row, r in enumerate(rows):
            name = (
                r["name"] if events else (labels.source_label(r["key"]) or self.tr("(no source)"))
            )
            cells = (name, money(r["cost_fen"]), locale.toString(r["leads"]),
                     locale.toString(r["customers"]), money(r["revenue_fen"]),
                     percent(r["roi"]), money(r["cost_per_lead_fen"]),
                     money(r["cost_per_customer_fen"]))  # fmt: skip
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.roi_table.setItem(row, col, item)

    # ------------------------------------------------------------ click-through

    def open_stage(self, index: int) -> None:
        """The customers of stage `index` (of the group shown): computed in the worker,
        then the customer list opens with exactly them."""
        if self.result is None or not 0 <= index < len(funnel.STAGES):
            return
        stage = funnel.STAGES[index]
        period, by = self.result.period, self.result.by
        group = self.group_box.currentData() if by else None
        label = stage_label(stage)
        if group is not None:
            label = f"{label} · {self.group_box.currentText()}"
        self._label = fill(self.tr("Funnel: %1"), label)
        self.id_reader.request(
            lambda: funnel.stage_customers(period, stage, by if group is not None else "", group)
        )

    def _ids_ready(self, ids) -> None:
        self.openCustomers.emit(CustomerFilter().with_ids(ids, self._label))
