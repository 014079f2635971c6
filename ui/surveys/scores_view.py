"""A survey's scores (the Surveys page's "Scores" tab, issue 27): the headline (NPS with
its ± margin and the number of answers; CSAT %; CES average), a period, the monthly trend
with the margin as a band and the industry's reference levels, and the score by segment
(RFM segment, lifecycle stage, tag, community, member level, source channel, owner)
sorted best first, each group under 30 answers marked. "Export report…" writes the Excel
report (models/excel/survey_report.py) in a worker with progress and Cancel.

The numbers are models.surveys.scores' (by month: one index walk, by segment: one GROUP
BY; bench/bench_surveys.py times both at 500,000 answers), computed in worker threads
(ui.tasks.BackgroundReader), so the window never waits; matplotlib loads when the view
is first shown."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import clock
from models.errors import Cancelled, GuanjiaError
from models.excel import survey_report
from models.surveys import scores, surveys
from ui import file_dialogs, formatting, icons, messages, style
from ui.restyling import Restyling
from ui.retranslating import Retranslating
from ui.surveys import score_labels
from ui.tasks import BackgroundReader, run_with_progress
from ui.text import fill

MAIN = {"csat": "csat", "ces": "ces"}  # the kind's main figure; NPS (and custom) "nps"
LIMITS = {"nps": (-100, 100), "csat": (0, 100), "ces": (1, 7)}
COLUMNS = ("group", "answers", "score", "margin", "promoters", "passives", "detractors", "note")


def main_key(kind: str) -> str:
    return MAIN.get(kind, "nps")


def score_text(kind: str, figures: dict) -> str:
    """ "32.5 ±8.1" (NPS), "86.0%" (CSAT), "5.25" (CES); "–" without answers."""
    value = figures.get(main_key(kind))
    if value is None:
        return "–"
    if kind == "csat":
        return f"{value:.1f}%"
    if kind == "ces":
        return f"{value:.2f}"
    margin = figures.get("margin")
    return f"{value:.1f}" + (f" ±{margin:.1f}" if margin is not None else "")


class ScoresView(Restyling, Retranslating, QWidget):
    """`set_survey(id)` shows a survey; `session` is the page's (kept, not needed here)."""

    def __init__(self, session=None, parent=None):
        super().__init__(parent)
        self.setObjectName("survey_scores")
        self.session = session
        self.survey_id: int | None = None
        self.kind = "nps"
        self.name = ""
        self.trend: dict | None = None  # scores.score(by="month") of the period
        self.segments: dict | None = None  # scores.score(by=<segment>) of the period
        self.reader = BackgroundReader(self)
        self.reader.ready.connect(self._trend_ready)
        self.reader.failed.connect(self._failed)
        self.segment_reader = BackgroundReader(self)
        self.segment_reader.ready.connect(self._segments_ready)
        self.segment_reader.failed.connect(self._failed)

        self.title = style.title_label()
        self.title.setObjectName("scores_title")
        self.period_box = QCheckBox()
        self.period_box.setObjectName("scores_period")
        self.period_box.toggled.connect(self._period_toggled)
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        today = clock.today()
        for edit, day in ((self.date_from, today.replace(day=1) - dt.timedelta(days=365)),
                          (self.date_to, today)):  # fmt: skip
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.date_from.setObjectName("scores_from")
        self.date_to.setObjectName("scores_to")
        self.state = QLabel()
        self.state.setObjectName("scores_state")
        style.hint_text(self.state)
        self.export_button = QPushButton()
        self.export_button.setObjectName("scores_export")
        self.export_button.clicked.connect(lambda: self.export_report())
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(12)
        top.addWidget(self.period_box)
        top.addWidget(self.date_from)
        top.addWidget(self.date_to)
        top.addWidget(self.state, 1)
        top.addWidget(self.export_button)

        self.headline = QLabel("–")
        self.headline.setObjectName("scores_headline")
        style.set_role(self.headline, "kpi")
        self.headline_caption = QLabel()
        self.headline_caption.setObjectName("scores_caption")
        self.headline_caption.setWordWrap(True)
        self.few_label = QLabel()
        self.few_label.setObjectName("scores_few")
        self.few_label.setWordWrap(True)
        style.set_role(self.few_label, "warning")
        self.few_label.hide()
        head = QVBoxLayout()
        head.setSpacing(2)
        head.addWidget(self.headline)
        head.addWidget(self.headline_caption)
        head.addWidget(self.few_label)

        # the trend chart: made when the view is first shown (matplotlib costs ~1 s to
        # load: not while the window starts with this view in a hidden tab)
        self.chart = None
        self.chart_box = QVBoxLayout()
        self.chart_box.setContentsMargins(0, 0, 0, 0)

        self.segment_box = QComboBox()
        self.segment_box.setObjectName("scores_segment")
        self.segment_box.currentIndexChanged.connect(lambda _i: self.refresh_segments())
        self.segment_title = style.section_header()
        segment_top = QHBoxLayout()
        segment_top.addWidget(self.segment_title)
        segment_top.addWidget(self.segment_box)
        segment_top.addStretch(1)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("scores_table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        formatting.comfortable_rows(self.table)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(head)
        layout.addLayout(self.chart_box, 3)
        layout.addLayout(segment_top)
        layout.addWidget(self.table, 2)
        self.retranslate()
        self.restyle()

    # ------------------------------------------------------------ texts

    def restyle(self) -> None:
        self.export_button.setIcon(icons.icon("excel"))

    def retranslate(self) -> None:
        self.period_box.setText(self.tr("Only answers from"))
        self.period_box.setToolTip(self.tr("Unticked: every answer of the survey"))
        self.export_button.setText(self.tr("Export report…"))
        self.export_button.setToolTip(
            self.tr("An Excel workbook: every answer, the score by month and by segment")
        )
        if self.chart is not None:
            self.chart.title.setText(self.tr("Score by month (shaded: 95% margin of error)"))
            self.chart.retranslate()
        self.segment_title.setText(self.tr("Score by"))
        current = self.segment_box.currentData()
        self.segment_box.blockSignals(True)
        self.segment_box.clear()
        for key, name in score_labels.segment_names().items():
            self.segment_box.addItem(name, key)
        self.segment_box.setCurrentIndex(max(0, self.segment_box.findData(current)))
        self.segment_box.blockSignals(False)
        self._fill_trend()
        self._fill_segments()

    def headings(self) -> list[str]:
        main = {"csat": self.tr("CSAT (%)"), "ces": self.tr("CES")}.get(self.kind, "NPS")
        high = {"csat": self.tr("Satisfied"), "ces": self.tr("Low effort")}.get(
            self.kind, self.tr("Promoters"))  # fmt: skip
        if self.kind in ("csat", "ces"):
            middle, low = "", ""
        else:
            middle, low = self.tr("Passives"), self.tr("Detractors")
        return [self.segment_box.currentText(), self.tr("Answers"), main,
                self.tr("Margin (±)") if self.kind not in ("csat", "ces") else "",
                high, middle, low,
                self.tr("Note")]  # fmt: skip

    # ------------------------------------------------------------ survey and period

    def set_survey(self, survey_id: int | None) -> None:
        """Show the scores of `survey_id` (None: nothing; a survey deleted meanwhile:
        nothing, and the state says so)."""
        self.trend = self.segments = None
        self.kind, self.name, gone = "nps", "", ""
        if survey_id is not None:
            try:
                survey = surveys.get(survey_id)
                self.kind, self.name = survey.kind, survey.name
            except GuanjiaError as exc:
                survey_id, gone = None, messages.error_message(exc)
        self.survey_id = survey_id
        self.title.setText(self.name)
        self.export_button.setEnabled(survey_id is not None)
        self.refresh()
        if gone:
            self.state.setText(gone)

    def period(self) -> tuple[dt.date | None, dt.date | None]:
        """The dates the answers are taken from (None, None: all)."""
        if not self.period_box.isChecked():
            return None, None
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    def set_period(self, start: dt.date | None, end: dt.date | None) -> None:
        """Only the answers of these days (None, None: all), as the user would set it."""
        for edit, day in ((self.date_from, start), (self.date_to, end)):
            if day is not None:
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self.period_box.blockSignals(True)
        self.period_box.setChecked(start is not None or end is not None)
        self.period_box.blockSignals(False)
        self._period_toggled(self.period_box.isChecked())

    def _period_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.refresh()

    # ------------------------------------------------------------ computing

    def refresh(self) -> None:
        """Compute the trend (with the headline) and the segments again, in workers; a
        hidden view (another tab of the Surveys page) waits until it is shown."""
        self._stale = not self.isVisible()
        if self._stale:
            return
        if self.survey_id is None:
            self._fill_trend()
            self._fill_segments()
            return
        start, end = self.period()
        if start is not None and end is not None and end < start:
            self.state.setText(messages.error_message("survey_period_order"))
            return
        sid = self.survey_id
        self.state.setText(self.tr("Computing…"))
        self.reader.request(lambda: scores.score(sid, by="month", date_from=start, date_to=end))
        self.refresh_segments()

    def refresh_segments(self) -> None:
        if self.survey_id is None:
            return
        sid, by = self.survey_id, self.segment_box.currentData() or "segment"
        start, end = self.period()
        if start is not None and end is not None and end < start:
            return
        self.segment_reader.request(lambda: scores.score(sid, by=by, date_from=start, date_to=end))

    def busy(self) -> bool:
        return self.reader.busy() or self.segment_reader.busy()

    def _failed(self, message: str) -> None:
        self.state.setText(fill(self.tr("Could not compute: %1"), message))

    def _trend_ready(self, result: dict) -> None:
        if result.get("survey_id") != self.survey_id:
            return
        self.trend = result
        self.state.setText("" if not self.segment_reader.busy() else self.state.text())
        self._fill_trend()

    def _segments_ready(self, result: dict) -> None:
        if result.get("survey_id") != self.survey_id:
            return
        self.segments = result
        if not self.reader.busy():
            self.state.setText("")
        self._fill_segments()

    # ------------------------------------------------------------ showing

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.chart is None:
            self._make_chart()
        if getattr(self, "_stale", False):
            self.refresh()

    def _make_chart(self) -> None:
        from ui.dashboard import mpl  # matplotlib loads on the first show, not at start

        mpl.configure()
        from ui.surveys.trend_chart import TrendChart  # imports matplotlib: first show only

        self.chart = TrendChart("survey_trend")
        self.chart_box.addWidget(self.chart)
        self.chart.title.setText(self.tr("Score by month (shaded: 95% margin of error)"))
        self._fill_trend()

    def _fill_trend(self) -> None:
        t = self.trend
        if t is None:
            self.headline.setText("–")
            self.headline_caption.setText(self.tr("Choose a survey") if self.survey_id is None
                                          else self.tr("Computing…"))  # fmt: skip
            self.few_label.hide()
            if self.chart is not None:
                self.chart.show_message(self.headline_caption.text())
            return
        kind = self.kind
        main = {"csat": "CSAT", "ces": "CES"}.get(kind, "NPS")
        self.headline.setText(f"{main} {score_text(kind, t)}")
        n = formatting.number(t["answers"])
        if not t["answers"]:
            caption = self.tr("No answers in this period")
        elif kind == "csat":
            caption = fill(self.tr("%1 answers · %2 satisfied (4-5) · average %3"), n,
                           formatting.number(t["satisfied"]), f"{t['average']:.2f}")  # fmt: skip
        elif kind == "ces":
            caption = fill(self.tr("%1 answers · average effort score on 1-7"), n)
        else:
            caption = fill(self.tr("%1 answers · %2 promoters, %3 passives, %4 detractors · "
                                   "± the 95% margin of error"),
                           n, formatting.number(t["promoters"]),
                           formatting.number(t["passives"]),
                           formatting.number(t["detractors"]))  # fmt: skip
        self.headline_caption.setText(caption)
        few = bool(t["answers"]) and t["few"]
        self.few_label.setText(self.tr("Fewer than 30 answers: a small sample swings, read the "
                                       "score with care."))  # fmt: skip
        self.few_label.setVisible(few)
        if self.chart is not None:
            self._plot(t)

    def _plot(self, t: dict) -> None:
        kind = self.kind
        groups = t.get("groups", [])
        key = main_key(kind)
        months = [g["group"] for g in groups if g[key] is not None]
        values = [g[key] for g in groups if g[key] is not None]
        margins = None
        references = ()
        if key == "nps":
            margins = [g["margin"] for g in groups if g[key] is not None]
            references = (
                score_labels.Reference(5, 10, self.tr("Ordinary companies 5-10"), "WARNING"),
                score_labels.Reference(50, 80, self.tr("Excellent companies 50-80"), "SUCCESS"),
            )
        number = (lambda v: f"{v:.0f}%") if kind == "csat" else (
            lambda v: f"{v:.1f}" if kind == "ces" else f"{v:.0f}")  # fmt: skip
        self.chart.plot_trend(months, values, margins, references,
                              empty=self.tr("No answers in this period"), number=number,
                              limits=LIMITS.get(kind, LIMITS["nps"]))  # fmt: skip

    def _fill_segments(self) -> None:
        self.table.setHorizontalHeaderLabels(self.headings())
        result = self.segments
        by = self.segment_box.currentData() or "segment"
        groups = [] if result is None or result.get("by") != by else result["groups"]
        self.table.setRowCount(len(groups))
        kind = self.kind
        few_text = self.tr("Fewer than 30 answers")
        warning = QBrush(QColor(style.WARNING))
        for r, g in enumerate(groups):
            margin = g.get("margin")
            counts = ([g["satisfied"], "", ""] if kind == "csat" else ["", "", ""]
                      if kind == "ces" else [g["promoters"], g["passives"], g["detractors"]])  # fmt: skip
            values = [score_labels.group_label(by, g["group"]), g["answers"],
                      score_text(kind, {**g, "margin": None}),
                      "" if margin is None else f"±{margin:.1f}",
                      *counts, few_text if g["few"] else ""]  # fmt: skip
            for c, value in enumerate(values):
                if isinstance(value, int):
                    item = formatting.number_item(value)
                else:
                    item = (
                        formatting.align_right(QTableWidgetItem(value))
                        if c in (2, 3)
                        else QTableWidgetItem(value)
                    )
                if g["few"] and c == len(values) - 1:
                    item.setForeground(warning)
                self.table.setItem(r, c, item)
        hidden = {3, 5, 6} if kind in ("csat", "ces") else set()
        if kind == "ces":
            hidden.add(4)
        for c in range(len(COLUMNS)):
            self.table.setColumnHidden(c, c in hidden)
        self.table.resizeColumnsToContents()

    def table_texts(self) -> list[list[str]]:
        """The segment table as shown (tests)."""
        return [[self.table.item(r, c).text() if self.table.item(r, c) else ""
                 for c in range(self.table.columnCount()) if not self.table.isColumnHidden(c)]
                for r in range(self.table.rowCount())]  # fmt: skip

    # ------------------------------------------------------------ the report

    def export_report(self, path: str | None = None) -> int | None:
        """Write the Excel report of the survey (the period shown) to `path` (asked when
        None); the number of answers written, None when not written."""
        if self.survey_id is None:
            return None
        if path is None:
            name = f"{self.name} {clock.today():%Y-%m-%d}.xlsx"
            path, _ = file_dialogs.get_save_file_name(
                "report", self, self.tr("Export report"), name,
                self.tr("Excel workbook (*.xlsx)"))  # fmt: skip
            if not path:
                return None
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
        sid, (start, end) = self.survey_id, self.period()
        words = score_labels.report_words()

        def work(progress, cancel):
            return survey_report.write(path, sid, start, end, words=words,
                                       group_label=score_labels.group_label,
                                       progress=progress, cancel=cancel)  # fmt: skip

        try:
            return run_with_progress(self, self.tr("Writing the survey report…"), work)
        except Cancelled:
            return None
        except (GuanjiaError, OSError) as exc:
            text = messages.error_message(exc) if isinstance(exc, GuanjiaError) else str(exc)
            QMessageBox.warning(self, self.tr("Export report"),
                                fill(self.tr("The report could not be written: %1"), text))  # fmt: skip
            return None

    def wait(self) -> None:
        self.reader.wait()
        self.segment_reader.wait()
