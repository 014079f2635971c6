"""The stored value's reports: the day's reconciliation (opening liability + top-ups +
bonuses - payments - refunds ... = closing, in principal and bonus, and the
difference, which must be 0), the outstanding liability (余额负债) and the dormant
balances (no movement for the setting's days)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models import clock
from models.membership import reconcile, settings
from ui import formatting, style
from ui.buttons import button_box
from ui.membership.words import kind_label, yuan
from ui.text import fill


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()


class ReportsDialog(QDialog):
    def __init__(self, parent=None, day: dt.date | None = None):
        super().__init__(parent)
        self.setObjectName("MemberReportsDialog")
        self.setWindowTitle(self.tr("Stored value reports"))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("report_tabs")
        # the day's reconciliation
        day_page = QWidget()
        self.day = QDateEdit()
        self.day.setObjectName("report_day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        day = day or clock.today()
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.day.dateChanged.connect(lambda _d: self.reload_day())
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Day")))
        bar.addWidget(self.day)
        bar.addStretch(1)
        self.day_table = _table("reconcile_table", [self.tr("Line"), self.tr("Principal"),
                                                    self.tr("Bonus"), self.tr("Total")])  # fmt: skip
        self.difference = QLabel()
        self.difference.setObjectName("reconcile_difference")
        box = QVBoxLayout(day_page)
        box.addLayout(bar)
        box.addWidget(self.day_table, 1)
        box.addWidget(self.difference)
        self.tabs.addTab(day_page, self.tr("Day's reconciliation"))
        # the liability
        self.liability = QLabel()
        self.liability.setObjectName("liability_text")
        self.liability.setWordWrap(True)
        page = QWidget()
        QVBoxLayout(page).addWidget(self.liability, 1)
        self.tabs.addTab(page, self.tr("Outstanding liability"))
        # dormant balances
        self.dormant_table = _table("dormant_table", [self.tr("Card"), self.tr("Principal"),
                                                      self.tr("Bonus"), self.tr("Balance"),
                                                      self.tr("Last used")])  # fmt: skip
        self.dormant_label = QLabel()
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(self.dormant_label)
        box.addWidget(self.dormant_table, 1)
        self.tabs.addTab(page, self.tr("Dormant balances"))
        buttons = button_box(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(640, 480)
        self.reload()

    def reload(self) -> None:
        self.reload_day()
        owed = reconcile.liability()
        self.liability.setText(fill(self.tr("The members hold %1 on %2 cards: principal %3 "
                                            "(paid in) and bonus %4. A refund returns "
                                            "principal only."),
                                    yuan(owed["balance_fen"]), formatting.number(owed["cards"]),
                                    yuan(owed["principal_fen"]), yuan(owed["bonus_fen"])))  # fmt: skip
        days = settings.get("dormant_days")
        rows = reconcile.dormant(days)
        self.dormant_label.setText(fill(self.tr("%1 cards hold a balance unused for %2 days"),
                                        len(rows), days))  # fmt: skip
        _fill(self.dormant_table, [[r["card"], yuan(r["principal_fen"]), yuan(r["bonus_fen"]),
                                    yuan(r["balance_fen"]), formatting.date_text(r["last_used_at"])]
                                   for r in rows])  # fmt: skip

    def reload_day(self) -> None:
        d = self.day.date()
        rec = reconcile.reconcile_day(dt.date(d.year(), d.month(), d.day()))
        lines = [(self.tr("Opening liability"), rec.opening)]
        for kind in reconcile.MOVEMENTS:
            if kind in rec.movements:
                lines.append((kind_label(kind), rec.movements[kind]))
        lines.append((self.tr("Closing liability"), rec.closing))
        lines.append((self.tr("Difference"), rec.difference))
        _fill(self.day_table, [[label, yuan(p), yuan(b), yuan(p + b)] for label, (p, b) in lines])
        off = any(rec.difference) or bool(rec.day_figures_differ)
        self.difference.setText(self.tr("Difference: not 0. Run the check (guanjia wallet "
                                        "reconcile) and look at the audit log.") if off
                                else self.tr("Difference 0: the day balances."))  # fmt: skip
        last = self.day_table.rowCount() - 1
        for c in range(4):
            item = self.day_table.item(last, c)
            item.setForeground(QBrush(QColor(style.OVERDUE)) if off else QBrush())
