"""Complaint metrics for a period: the headline figures and counts by category, status,
severity and month, read off the GUI thread and exportable to Excel."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
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
from models.complaints import complaint_metrics
from models.complaints.complaint_metrics import Metrics
from models.errors import GuanjiaError
from ui import file_dialogs, formatting, messages, style
from ui.complaints import labels as cl
from ui.followups.dialogs import qdate
from ui.retranslating import Retranslating
from ui.tasks import BackgroundReader, run_with_progress

FIGURES = ("total", "open", "overdue", "avg_response_hours", "response_within_sla",
           "resolution_rate", "avg_resolve_hours", "avg_satisfaction", "satisfied_rate")  # fmt: skip
SHARES = {"response_within_sla", "resolution_rate", "satisfied_rate"}
HOURS = {"avg_response_hours", "avg_resolve_hours"}


def py_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class MetricsView(Retranslating, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("ComplaintMetrics")
        self.metrics: Metrics | None = None
        today = clock.today()
        self.date_from = QDateEdit(qdate(today.replace(day=1) - dt.timedelta(days=335)))
        self.date_to = QDateEdit(qdate(today))
        for w, name in ((self.date_from, "metrics_from"), (self.date_to, "metrics_to")):
            w.setObjectName(name)
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
            w.dateChanged.connect(lambda _d: self.refresh())
        self.label_from, self.label_to = QLabel(), QLabel()
        self.button_export = QPushButton()
        self.button_export.setObjectName("metrics_export")
        self.button_export.clicked.connect(lambda: self.export())
        top = QHBoxLayout()
        for w in (self.label_from, self.date_from, self.label_to, self.date_to):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.button_export)
        self.figure_names: dict[str, QLabel] = {}
        self.figure_values: dict[str, QLabel] = {}
        grid = QGridLayout()
        for i, key in enumerate(FIGURES):
            name, value = QLabel(), QLabel("—")
            value.setObjectName(f"metric_{key}")
            style.set_role(value, "kpi")
            self.figure_names[key], self.figure_values[key] = name, value
            grid.addWidget(value, (i // 5) * 2, i % 5)
            grid.addWidget(name, (i // 5) * 2 + 1, i % 5)
        self.tables: dict[str, QTableWidget] = {}
        tables = QHBoxLayout()
        for key in ("by_category", "by_status", "by_severity", "by_month"):
            table = QTableWidget(0, 2)
            table.setObjectName(f"metrics_{key}")
            table.verticalHeader().hide()
            formatting.comfortable_rows(table)
            table.setEditTriggers(QTableWidget.NoEditTriggers)
            table.horizontalHeader().setStretchLastSection(True)
            self.tables[key] = table
            tables.addWidget(table)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addLayout(tables, 1)
        self._reader = BackgroundReader(self)
        self._reader.ready.connect(self._show)
        self.retranslate()

    def figure_title(self, key: str) -> str:
        return {
            "total": self.tr("Complaints"),
            "open": self.tr("Open"),
            "overdue": self.tr("Overdue now"),
            "avg_response_hours": self.tr("Average first response"),
            "response_within_sla": self.tr("Responded within SLA"),
            "resolution_rate": self.tr("Resolution rate"),
            "avg_resolve_hours": self.tr("Average time to resolve"),
            "avg_satisfaction": self.tr("Average satisfaction (1-5)"),
            "satisfied_rate": self.tr("Satisfied (4-5)"),
        }[key]

    def table_title(self, key: str) -> str:
        return {
            "by_category": self.tr("Category"),
            "by_status": self.tr("Status"),
            "by_severity": self.tr("Severity"),
            "by_month": self.tr("Month"),
        }[key]

    def retranslate(self) -> None:
        self.label_from.setText(self.tr("Received from"))
        self.label_to.setText(self.tr("to"))
        self.button_export.setText(self.tr("Export to Excel…"))
        for key, name in self.figure_names.items():
            name.setText(self.figure_title(key))
        for key, table in self.tables.items():
            table.setHorizontalHeaderLabels([self.table_title(key), self.tr("Count")])
        if self.metrics is not None:
            self._show(self.metrics)

    def period(self) -> tuple[dt.date, dt.date]:
        return py_date(self.date_from.date()), py_date(self.date_to.date())

    def refresh(self, wait: bool = False) -> None:
        start, end = self.period()
        self._reader.request(lambda: complaint_metrics.compute(start, end))
        if wait:
            self._reader.wait()

    def value_text(self, key: str, value) -> str:
        if value is None:
            return "—"
        if key in SHARES:
            return formatting.percent(value)
        if key in HOURS:
            return cl.duration_text(value * 3600)
        if key == "avg_satisfaction":
            return formatting.number(value, decimals=2)
        return formatting.number(int(value))

    def label_of(self, table: str, key: str) -> str:
        if table == "by_category":
            return cl.category_label(key)
        if table == "by_status":
            return cl.status_label(key)
        if table == "by_severity":
            return cl.severity_label(key)
        return key

    def _show(self, metrics: Metrics) -> None:
        self.metrics = metrics
        for key, label in self.figure_values.items():
            label.setText(self.value_text(key, getattr(metrics, key)))
        for key, table in self.tables.items():
            counts = getattr(metrics, key)
            table.setRowCount(len(counts))
            for r, (name, n) in enumerate(counts.items()):
                table.setItem(r, 0, QTableWidgetItem(self.label_of(key, name)))
                table.setItem(r, 1, formatting.number_item(n))

    def sheets(self) -> list[tuple[str, list[str], list[list]]]:
        """The metrics as the window shows them, for the Excel file."""
        m = self.metrics
        start, end = self.period()
        summary = [[self.tr("Period"), f"{start:%Y-%m-%d} – {end:%Y-%m-%d}"]]
        for key in FIGURES:
            value = getattr(m, key)
            if key in HOURS and value is not None:
                summary.append([self.figure_title(key) + self.tr(" (hours)"), value])
            elif key in SHARES and value is not None:
                summary.append([self.figure_title(key) + " (%)", round(value * 100, 1)])
            else:
                summary.append([self.figure_title(key), value])
        sheets = [(self.tr("Summary"), [self.tr("Measure"), self.tr("Value")], summary)]
        for key in self.tables:
            rows = [[self.label_of(key, k), n] for k, n in getattr(m, key).items()]
            sheets.append((self.table_title(key), [self.table_title(key), self.tr("Count")], rows))
        return sheets

    def export(self, path: str | None = None) -> bool:
        if self.metrics is None:
            self.refresh(wait=True)
        if path is None:
            path, _ = file_dialogs.get_save_file_name("report",
                self, self.tr("Export complaint metrics"), self.tr("Complaint metrics") + ".xlsx",
                "*.xlsx",
            )  # fmt: skip
            if not path:
                return False
        sheets = self.sheets()
        try:
            run_with_progress(
                self, self.tr("Exporting…"),
                lambda _progress, _cancel: complaint_metrics.export(path, sheets),
                cancellable=False,
            )  # fmt: skip
        except (GuanjiaError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Export"), messages.error_message(exc))
            return False
        return True
