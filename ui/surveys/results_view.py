"""The Results tab of a survey with questions (issue 27, item 1), from
models.surveys.responses.results: per question, how many answered it, then each option's
count and percent (a choice), the average and each value's count (a rating), or the five
latest texts. Beside the table, the selected question's answers as horizontal bars
(matplotlib, the theme's colours)."""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import GuanjiaError
from models.surveys import questions, responses
from ui import formatting, style
from ui.dashboard import mpl
from ui.restyling import Restyling
from ui.retranslating import Retranslating
from ui.surveys.question_editor import kind_labels
from ui.text import fill

QUESTION_ROLE = Qt.UserRole


class ResultsView(Restyling, Retranslating, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("ResultsView")
        self.survey_id: int | None = None
        self.result: dict | None = None
        self.summary = QLabel()
        self.summary.setObjectName("results_summary")
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("results_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        formatting.comfortable_rows(self.table)
        mpl.configure()
        self.figure = Figure(figsize=(4, 3), dpi=100, layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setObjectName("results_chart")
        self.canvas.setMinimumWidth(260)
        self.chart_question: dict | None = None
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.canvas)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self.table.itemSelectionChanged.connect(self._chart_selected)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Question / answer"), self.tr("Count"),
                                              self.tr("Percent")])  # fmt: skip
        self.refresh()

    def restyle(self) -> None:
        self._draw()

    def set_survey(self, survey_id: int | None) -> None:
        self.survey_id = survey_id
        self.refresh()

    def refresh(self) -> None:
        self.result = None
        try:
            if self.survey_id is not None and questions.has_questions(self.survey_id):
                self.result = responses.results(self.survey_id)
        except GuanjiaError:  # the survey went (another window): nothing to show
            self.result = None
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(0)
        if self.result is None:
            self.summary.setText(self.tr("This survey asks no questions of its own."))
            self.chart_question = None
            self._draw()
            return
        self.summary.setText(fill(self.tr("%1 responses"),
                                  formatting.number(self.result["responses"])))  # fmt: skip
        kinds = kind_labels()
        bold = QFont()
        bold.setBold(True)
        for q in self.result["questions"]:
            title = fill(self.tr("%1. %2 (%3, %4 answered)"), q["position"], q["text"],
                         kinds[q["kind"]], formatting.number(q["answered"]))  # fmt: skip
            self._row(q, [title, "", ""], bold)
            if q["kind"] in ("single", "multiple"):
                for o in q["options"]:
                    self._row(q, ["    " + o["option"], formatting.number(o["count"]),
                                  self._percent(o["percent"])])  # fmt: skip
            elif q["kind"] == "rating":
                average = "—" if q["average"] is None else f"{q['average']:.2f}"
                self._row(q, ["    " + self.tr("Average"), average, ""])
                n = sum(c["count"] for c in q["counts"])
                for c in q["counts"]:
                    self._row(q, ["    " + str(c["value"]), formatting.number(c["count"]),
                                  self._percent(round(c["count"] / n * 100, 1) if n else None)])  # fmt: skip
            else:
                for text in q["latest"] or [self.tr("(no text yet)")]:
                    self._row(q, ["    " + text, "", ""])
        self.table.resizeColumnsToContents()
        first = self.result["questions"][0] if self.result["questions"] else None
        self.chart_question = next((q for q in self.result["questions"]
                                    if q["kind"] != "text"), first)  # fmt: skip
        self._draw()

    def _percent(self, value) -> str:
        return "—" if value is None else fill(self.tr("%1%"), f"{value:.1f}")

    def _row(self, q: dict, cells: list[str], font: QFont | None = None) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(QUESTION_ROLE, q["position"])
            if font is not None:
                item.setFont(font)
            if c:
                formatting.align_right(item)
            self.table.setItem(r, c, item)

    def cells(self, column: int = 0) -> list[str]:
        return [self.table.item(r, column).text() for r in range(self.table.rowCount())]

    # ------------------------------------------------------------ the chart

    def _chart_selected(self) -> None:
        items = self.table.selectedItems()
        if items and self.result is not None:
            number = items[0].data(QUESTION_ROLE)
            self.chart_question = next(q for q in self.result["questions"]
                                       if q["position"] == number)  # fmt: skip
            self._draw()

    def bars(self) -> tuple[list[str], list[float]]:
        """The chart's labels and values (% of those who answered the question)."""
        q = self.chart_question
        if q is None or q["kind"] == "text":
            return [], []
        if q["kind"] == "rating":
            n = sum(c["count"] for c in q["counts"])
            return ([str(c["value"]) for c in q["counts"]],
                    [c["count"] / n * 100 if n else 0.0 for c in q["counts"]])  # fmt: skip
        return [o["option"] for o in q["options"]], [o["percent"] or 0.0 for o in q["options"]]

    def _draw(self) -> None:
        if not hasattr(self, "canvas"):
            return
        tokens = style.tokens()
        mpl.configure()
        mpl.apply_theme(tokens)
        self.figure.clear()
        self.figure.set_facecolor(tokens.panel)
        ax = self.figure.add_subplot()
        ax.set_facecolor(tokens.panel)
        labels, values = self.bars()
        if not labels:
            ax.axis("off")
            ax.text(0.5, 0.5, self.tr("Choose a choice or rating question"), ha="center",
                    va="center", color=tokens.text_muted, fontsize=10,
                    transform=ax.transAxes)  # fmt: skip
            self.canvas.draw_idle()
            return
        rows = range(len(labels))
        ax.barh(list(rows), values, 0.6, color=tokens.accent)
        ax.set_yticks(list(rows), labels)
        ax.invert_yaxis()
        ax.set_xlim(0, max(100.0, max(values)))
        ax.set_title(self.chart_question["text"], fontsize=10, color=tokens.text)
        ax.set_xlabel(self.tr("% of those who answered"))
        ax.tick_params(colors=tokens.text_muted, labelsize=9)
        ax.grid(axis="x", color=tokens.border, alpha=0.4)
        ax.set_axisbelow(True)
        for side, spine in ax.spines.items():
            spine.set_visible(side in ("left", "bottom"))
            spine.set_color(tokens.border)
        self.canvas.draw_idle()
