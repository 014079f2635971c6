"""The dashboard (数据看板), the first page: KPI cards and charts of how the business
stands, for a date range. The numbers come from models/dashboard.py in a worker thread;
matplotlib is imported the first time the page is shown (ui/dashboard/mpl.py). A click
on a bar or slice opens the customers (or complaints) behind it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models import clock
from models.complaints import complaint_metrics
from models.customers.customer_filter import CustomerFilter
from models.insights import dashboard
from ui import file_dialogs, icons, labels, style
from ui.complaints import labels as complaint_labels
from ui.dashboard import survey_card
from ui.get_started import GetStarted
from ui.restyling import Restyling
from ui.retranslating import Retranslating
from ui.tasks import BackgroundReader
from ui.text import fill

KPI_KEYS = ("customers", "new_this_month", "active", "at_risk", "followups_today",
            "followups_overdue", "complaints_open", "complaints_overdue",
            "sales_this_month_cents")  # fmt: skip
CHART_KEYS = ("new_customers", "sources", "funnel", "segments", "top_tags", "sales",
              "complaint_categories", "complaint_statuses", "response_hours")  # fmt: skip
RANGES = ("12m", "this_year", "last_year", "24m", "custom")


def big_number(value: float, money: bool = False) -> str:
    """A figure as a reader takes it in: 万/亿 in Chinese, k/M in English, with ¥ for
    money."""
    locale = QLocale()
    chinese = locale.language() == QLocale.Chinese
    sign, v = ("-" if value < 0 else ""), abs(value)
    prefix = "¥" if money else ""
    units = ((1e8, "亿"), (1e4, "万")) if chinese else ((1e6, "M"), (1e3, "k"))
    for size, unit in units:
        if v >= (size if chinese else size * 10):
            text = f"{v / size:.1f}".rstrip("0").rstrip(".")
            return f"{sign}{prefix}{text}{unit}"
    if money and v != int(v):
        return f"{sign}{prefix}{locale.toString(v, 'f', 2)}"
    return f"{sign}{prefix}{locale.toString(int(round(v)))}"


class KpiCard(QFrame):
    clicked = Signal(str)

    def __init__(self, key: str, parent=None):
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"kpi_{key}")
        self.setProperty("clickable", True)  # the card's border lights up under the mouse
        style.set_role(self, "card")
        self.setCursor(Qt.PointingHandCursor)
        self.value = QLabel("–")
        self.value.setObjectName("kpi_value")
        style.set_role(self.value, "kpi")
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.LeftButton:
            self.clicked.emit(self.key)
        super().mouseReleaseEvent(event)


class DashboardPage(Restyling, Retranslating, QWidget):
    openCustomers = Signal(object)  # a CustomerFilter
    openAgenda = Signal(str)  # a follow-up bucket
    openComplaints = Signal(dict)  # {"category": ...} or {"status": ...} or {}
    openPurchases = Signal(object, object)  # the first and last day (datetime.date)
    openCommunityMetrics = Signal()  # the community card: all communities' metrics
    openSurveys = Signal()  # the NPS/CSAT card, when the window has a Surveys page

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("dashboard_page")
        self.board: dashboard.Dashboard | None = None
        self.charts: dict = {}  # key -> ChartView, made on first show
        self._wanted = False  # a refresh asked for while hidden
        self._rfm_pass = False  # the second pass (the stale RFM computed again) is running
        self.reader = BackgroundReader(self)
        self.reader.ready.connect(self._ready)
        self.reader.failed.connect(self._failed)

        self.heading = QLabel()
        style.set_role(self.heading, "title")
        self.range_box = QComboBox()
        self.range_box.setObjectName("dashboard_range")
        self.range_box.currentIndexChanged.connect(self._range_changed)
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _d: self.refresh())
            edit.hide()
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("dashboard_refresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton()
        self.export_button.setObjectName("dashboard_export")
        self.export_button.clicked.connect(lambda: self.export_report())
        self.state = QLabel()
        self.state.setObjectName("dashboard_state")
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(16)
        top.addWidget(self.range_box)
        top.addWidget(self.date_from)
        top.addWidget(self.date_to)
        top.addWidget(self.state, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.export_button)

        self.cards = {key: KpiCard(key) for key in KPI_KEYS}
        cards = QGridLayout()
        for i, key in enumerate(KPI_KEYS):
            self.cards[key].clicked.connect(self._card_clicked)
            cards.addWidget(self.cards[key], i // 5, i % 5)
        # the communities' card: members, active rate and joined this month
        self.community_card = KpiCard("communities")
        self.community_card.clicked.connect(lambda _key: self.openCommunityMetrics.emit())
        cards.addWidget(self.community_card, len(KPI_KEYS) // 5, len(KPI_KEYS) % 5)
        # NPS and CSAT of the last 90 days (issue 27); opens the Surveys page, if any
        self.survey_card = KpiCard("surveys")
        self.survey_card.clicked.connect(lambda _key: self._survey_card_clicked())
        self.set_surveys_page(False)
        cards.addWidget(self.survey_card, (len(KPI_KEYS) + 1) // 5, (len(KPI_KEYS) + 1) % 5)
        self.chart_grid = QGridLayout()
        self.chart_grid.setSpacing(10)
        # No customers at all: what to do first, instead of a page of zeros.
        self.get_started = GetStarted()
        self.get_started.hide()
        self.figures = QWidget()
        figures = QVBoxLayout(self.figures)
        figures.setContentsMargins(0, 0, 0, 0)
        figures.addLayout(cards)
        figures.addLayout(self.chart_grid)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(self.get_started, 0, Qt.AlignHCenter)
        inner.addWidget(self.figures)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.retranslate()
        self.restyle()

    # ------------------------------------------------------------ texts

    def restyle(self) -> None:
        self.refresh_button.setIcon(icons.icon("refresh"))
        self.export_button.setIcon(icons.icon("excel"))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Dashboard"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.export_button.setText(self.tr("Export report…"))
        self.export_button.setToolTip(
            self.tr("An Excel workbook with the numbers behind each chart")
        )
        names = {
            "12m": self.tr("Last 12 months"), "this_year": self.tr("This year"),
            "last_year": self.tr("Last year"), "24m": self.tr("Last 24 months"),
            "custom": self.tr("Custom range"),
        }  # fmt: skip
        current = self.range_box.currentIndex()
        self.range_box.blockSignals(True)
        self.range_box.clear()
        for key in RANGES:
            self.range_box.addItem(names[key], key)
        self.range_box.setCurrentIndex(max(0, current))
        self.range_box.blockSignals(False)
        captions, tips = self.kpi_captions(), self.kpi_tooltips()
        for key, card in self.cards.items():
            card.caption.setText(captions[key])
            card.setToolTip(tips.get(key, ""))
        for key, chart in self.charts.items():
            chart.title.setText(self.chart_titles()[key])
            chart.retranslate()
        self.community_card.setToolTip(
            self.tr("Members of all communities, each counted once; their active rate this "
                    "month. Click for the community metrics.")
        )  # fmt: skip
        self.community_card.caption.setText(self.tr("Community members"))
        if self.board is not None:
            self._fill(self.board)

    def kpi_captions(self) -> dict[str, str]:
        return {
            "customers": self.tr("Customers"),
            "new_this_month": self.tr("New this month"),
            # the funnel's words for the funnel's numbers (models.dashboard.stage_counts)
            "active": labels.stage_label("active"),
            "at_risk": labels.stage_label("dormant"),
            "followups_today": self.tr("Due today"),
            "followups_overdue": self.tr("Follow-ups overdue"),
            "complaints_open": self.tr("Open complaints"),
            "complaints_overdue": self.tr("Complaints overdue"),
            "sales_this_month_cents": self.tr("Sales this month"),
        }

    def kpi_tooltips(self) -> dict[str, str]:
        return {
            "active": self.tr(
                "Customers at the lifecycle stage Active, as in the funnel. The customer "
                "list's Segment > Lifecycle suggestions proposes stages from the purchases."
            ),
            "at_risk": self.tr(
                "Customers at the lifecycle stage Dormant (at risk of leaving), as in the funnel."
            ),
            "followups_today": self.tr(
                "The Today list: follow-ups due today and customers due a contact (stay in "
                "touch). Follow-ups from before today are counted as overdue."
            ),
        }

    def chart_titles(self) -> dict[str, str]:
        return {
            "new_customers": self.tr("New customers per month"),
            "sources": self.tr("Customers by source channel"),
            "funnel": self.tr("Lifecycle funnel"),
            "segments": self.tr("RFM segments"),
            "top_tags": self.tr("Top tags"),
            "sales": self.tr("Sales per month"),
            "complaint_categories": self.tr("Complaints by category"),
            "complaint_statuses": self.tr("Complaints by status"),
            "response_hours": self.tr("Average first response (hours) per month"),
        }

    # ------------------------------------------------------------ range

    def span(self) -> dashboard.Range:
        key = self.range_box.currentData() or "12m"
        today = clock.today()
        if key == "this_year":
            return dashboard.Range(dt.date(today.year, 1, 1), today)
        if key == "last_year":
            return dashboard.Range(dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31))
        if key == "24m":
            return dashboard.Range.last_months(24, today)
        if key == "custom":
            start, end = self.date_from.date().toPython(), self.date_to.date().toPython()
            return dashboard.Range(min(start, end), max(start, end))
        return dashboard.Range.last_months(12, today)

    def _range_changed(self, _index: int) -> None:
        custom = self.range_box.currentData() == "custom"
        if custom:
            span = dashboard.Range.last_months(12, clock.today())
            for edit, day in ((self.date_from, span.start), (self.date_to, span.end)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        self.refresh()

    # ------------------------------------------------------------ data

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.board is None or self._wanted:
            QTimer.singleShot(0, self._refresh_if_visible)  # after the window has painted

    def _refresh_if_visible(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Compute again in a worker (the window stays responsive); while the page is
        hidden, only remember that it should."""
        if not self.isVisible():
            self._wanted = True
            return
        self._wanted = False
        self._ensure_charts()
        self.state.setText(self.tr("Computing…"))
        if self.board is None:  # nothing to show yet: say so, not "nothing in this range"
            for chart in self.charts.values():
                chart.show_message(self.tr("Computing…"))
        self._rfm_pass = False
        span = self.span()
        # The numbers first; a stale stored RFM is refreshed in a second pass (_ready),
        # which at a million customers takes seconds.
        self.reader.request(lambda: dashboard.compute(span, update_rfm=False))

    def data_changed(self) -> None:
        """Customers, purchases, follow-ups or complaints changed somewhere."""
        self.refresh()

    def _failed(self, message: str) -> None:
        self.state.setText(fill(self.tr("Could not compute: %1"), message))

    def _ready(self, board: dashboard.Dashboard) -> None:
        self.board = board
        # A stale RFM is computed again once per refresh (not again and again when the
        # database cannot be written); meanwhile its chart says it is computing.
        second_pass = board.rfm_stale and not self._rfm_pass
        self._rfm_pass = second_pass
        self._fill(board)
        when = QLocale().toString(clock.now().time(), QLocale.ShortFormat)
        state = fill(self.tr("Updated %1"), when)
        if second_pass:
            state += "  ·  " + self.tr("Updating the RFM segments…")
            span = board.range
            # rfm.store writes in short transactions: a save in the window meanwhile
            # waits milliseconds.
            self.reader.request(lambda: dashboard.compute(span, update_rfm=True))
        elif board.rfm_stale:
            state += "  ·  " + self.tr("The RFM segments could not be updated")
        elif board.rfm_as_of:
            state += "  ·  " + fill(self.tr("RFM as of %1"), board.rfm_as_of)
        self.state.setText(state)

    def _ensure_charts(self) -> None:
        if self.charts:
            return
        from ui.dashboard import mpl  # matplotlib loads on the first show, not at start

        mpl.configure()
        from ui.dashboard.chart import ChartView  # imports matplotlib: first show only

        titles = self.chart_titles()
        for i, key in enumerate(CHART_KEYS):
            chart = ChartView(key)
            chart.title.setText(titles[key])
            chart.picked.connect(lambda index, key=key: self._chart_clicked(key, index))
            self.chart_grid.addWidget(chart, i // 2, i % 2)
            self.charts[key] = chart

    def _fill(self, board: dashboard.Dashboard) -> None:
        empty_database = board.kpis.get("customers", 0) == 0
        self.get_started.setVisible(empty_database)
        self.figures.setVisible(not empty_database)
        for key, card in self.cards.items():
            value = board.kpis.get(key, 0)
            money = key.endswith("_cents")
            card.value.setText(big_number(value / 100 if money else value, money))
            urgent = key in ("followups_overdue", "complaints_overdue") and value
            style.set_role(card.value, "kpi_alert" if urgent else "kpi")
        self._fill_community(board.community)
        self._fill_surveys(board.surveys)
        self._fill_referral(board.referral)
        if not self.charts:
            return
        empty = self.tr("Nothing in this range yet")
        months = list(board.new_customers)
        c = self.charts
        c["new_customers"].plot("bar", months, list(board.new_customers.values()),
                                number=big_number, empty=empty)  # fmt: skip
        c["sources"].plot("pie", [labels.source_label(k) or self.tr("Unknown") for k in board.sources],
                          list(board.sources.values()), number=big_number, empty=empty)  # fmt: skip
        c["funnel"].plot("barh", [labels.stage_label(k) or self.tr("No stage") for k in board.funnel],
                         list(board.funnel.values()), number=big_number, empty=empty)  # fmt: skip
        if self._rfm_pass:  # the stored segments are being computed again
            no_segments = self.tr("Computing…")
        elif board.rfm_stale:
            no_segments = self.tr("The RFM segments could not be updated")
        else:
            no_segments = self.tr("No purchases in the last 365 days")
        c["segments"].plot("barh", [labels.segment_label(k) for k in board.segments],
                           list(board.segments.values()), number=big_number,
                           empty=no_segments)  # fmt: skip
        c["top_tags"].plot("barh", [name for _t, name, _n in board.top_tags],
                           [n for _t, _name, n in board.top_tags], number=big_number,
                           empty=self.tr("No tags given yet"))  # fmt: skip
        c["sales"].plot("bar", list(board.sales), [v / 100 for v in board.sales.values()],
                        number=lambda v: big_number(v, money=True), empty=empty)  # fmt: skip
        c["complaint_categories"].plot(
            "pie", [complaint_labels.category_label(k) for k in board.complaint_categories],
            list(board.complaint_categories.values()), number=big_number, empty=empty,
        )  # fmt: skip
        c["complaint_statuses"].plot(
            "bar", [complaint_labels.status_label(k) for k in board.complaint_statuses],
            list(board.complaint_statuses.values()), number=big_number, empty=empty,
        )  # fmt: skip
        c["response_hours"].plot("line", list(board.response_hours),
                                 list(board.response_hours.values()),
                                 number=lambda v: f"{v:.1f}", clickable=False,
                                 empty=empty)  # fmt: skip

    def _fill_referral(self, figures: dict) -> None:
        """The share of this month's new customers someone introduced (转介绍率), under
        the new customers' figure."""
        card = self.cards["new_this_month"]
        rate = figures.get("rate")
        card.caption.setText(self.kpi_captions()["new_this_month"] if rate is None else fill(
            self.tr("%1 · %2 introduced"), self.kpi_captions()["new_this_month"], f"{rate:.0%}"))  # fmt: skip

    def _fill_community(self, figures: dict) -> None:
        card = self.community_card
        card.value.setText(big_number(figures.get("members", 0)))
        rate = figures.get("active_rate")
        card.caption.setText(
            fill(self.tr("Community members · active %1 · joined this month %2"),
                 "–" if rate is None else f"{rate:.0%}", big_number(figures.get("joined", 0)))
        )  # fmt: skip

    def _fill_surveys(self, figures: dict) -> None:
        value, caption, tip = survey_card.texts(figures, self.surveys_page)
        self.survey_card.value.setText(value)
        self.survey_card.caption.setText(caption)
        self.survey_card.setToolTip(tip)

    def set_surveys_page(self, present: bool) -> None:
        """Whether the window has a Surveys page for the NPS/CSAT card to open."""
        self.surveys_page = present
        self.survey_card.setProperty("clickable", present)
        self.survey_card.setCursor(Qt.PointingHandCursor if present else Qt.ArrowCursor)
        style.repolish(self.survey_card)

    def _survey_card_clicked(self) -> None:
        if self.surveys_page:
            self.openSurveys.emit()

    # ------------------------------------------------------------ click-through

    def _card_clicked(self, key: str) -> None:
        if key in ("followups_today", "followups_overdue"):
            self.openAgenda.emit("today" if key == "followups_today" else "overdue")
        elif key in ("complaints_open", "complaints_overdue"):
            self.openComplaints.emit({"overdue": key == "complaints_overdue"})
        elif key == "customers":
            self.openCustomers.emit(CustomerFilter())
        elif key == "new_this_month":
            month = f"{clock.today():%Y-%m}"
            self.openCustomers.emit(CustomerFilter().with_where(("created_month", month)))
        elif key == "active":
            self.openCustomers.emit(CustomerFilter().with_where(("stage", "active")))
        elif key == "at_risk":
            self.openCustomers.emit(CustomerFilter().with_where(("stage", "dormant")))
        elif key == "sales_this_month_cents":
            today = clock.today()
            self.openPurchases.emit(today.replace(day=1), today)

    def _chart_clicked(self, key: str, index: int) -> None:
        board = self.board
        if board is None:
            return
        flt = CustomerFilter()
        if key == "new_customers":
            self.openCustomers.emit(
                flt.with_where(("created_month", list(board.new_customers)[index]))
            )
        elif key == "sources":
            self.openCustomers.emit(flt.with_where(("source", list(board.sources)[index])))
        elif key == "funnel":
            self.openCustomers.emit(flt.with_where(("stage", list(board.funnel)[index])))
        elif key == "segments":
            self.openCustomers.emit(flt.with_rfm_segment(list(board.segments)[index]))
        elif key == "top_tags":
            self.openCustomers.emit(flt.with_tags([board.top_tags[index][0]]))
        elif key == "complaint_categories":
            self.openComplaints.emit({"category": list(board.complaint_categories)[index]})
        elif key == "complaint_statuses":
            self.openComplaints.emit({"status": list(board.complaint_statuses)[index]})
        elif key == "sales":  # the month's purchases, as far as the range goes
            _month, start, end = board.range.months()[index]
            self.openPurchases.emit(start.date(), (end - dt.timedelta(days=1)).date())

    # ------------------------------------------------------------ report

    def report_labels(self) -> dict[str, str]:
        out = dict(self.chart_titles())
        out.update(self.kpi_captions())
        out.update({
            "kpis": self.tr("Key figures"), "figure": self.tr("Figure"), "value": self.tr("Value"),
            "month": self.tr("Month"), "count": self.tr("Customers"),
            "source": self.tr("Source"), "stage": self.tr("Stage"), "segment": self.tr("Segment"),
            "tag": self.tr("Tag"), "amount": self.tr("Amount (yuan)"),
            "category": self.tr("Category"), "status": self.tr("Status"),
            "complaints": self.tr("Complaints"), "hours": self.tr("Average hours"),
        })  # fmt: skip
        # sheet names: Excel allows 31 characters and no '/'
        for key in CHART_KEYS + ("kpis",):
            out[key] = out[key].replace("/", "-")[:31]
        board = self.board
        if board is not None:
            out.update(
                {f"source:{k}": labels.source_label(k) or self.tr("Unknown") for k in board.sources}
            )
            out.update(
                {f"stage:{k}": labels.stage_label(k) or self.tr("No stage") for k in board.funnel}
            )
            out.update({f"segment:{k}": labels.segment_label(k) for k in board.segments})
            out.update({f"status:{k}": complaint_labels.status_label(k)
                        for k in board.complaint_statuses})  # fmt: skip
        return out

    def export_report(self, path: str | None = None) -> bool:
        if self.board is None:
            return False
        if path is None:
            name = self.tr("Dashboard") + f" {clock.today():%Y-%m-%d}.xlsx"
            path, _ = file_dialogs.get_save_file_name(
                "report", self, self.tr("Export report"), name, self.tr("Excel workbook (*.xlsx)")
            )
            if not path:
                return False
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
        sheets = dashboard.report_sheets(self.board, self.report_labels())
        try:
            complaint_metrics.export(path, sheets)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export report"),
                                fill(self.tr("The report could not be written: %1"), str(exc)))  # fmt: skip
            return False
        return True

    def wait(self) -> None:
        self.reader.wait()
