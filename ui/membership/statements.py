"""A member's statement (对账单) for a period, points or stored value: the opening
balance, each movement with its running balance, the closing balance. Shown in a
table, printable as a PDF (QTextDocument on a QPdfWriter, as the events' sign-in sheet)
and exported to Excel or CSV through the export engine."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, QDate, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from models import clock
from models.errors import GuanjiaError
from models.excel.statement_export import POINTS_KEYS, WALLET_KEYS, export_statement
from models.membership import statements
from ui import file_dialogs, formatting, icons, messages
from ui.buttons import button_box
from ui.membership.words import kind_label, yuan
from ui.text import fill


def column_title(key: str) -> str:
    return {
        "at": QCoreApplication.translate("Statement", "Time"),
        "kind": QCoreApplication.translate("Statement", "Movement"),
        "card": QCoreApplication.translate("Statement", "Card"),
        "points": QCoreApplication.translate("Statement", "Points"),
        "balance": QCoreApplication.translate("Statement", "Balance"),
        "expires_on": QCoreApplication.translate("Statement", "Expires"),
        "receipt_no": QCoreApplication.translate("Statement", "Receipt"),
        "reason": QCoreApplication.translate("Statement", "Reason"),
        "principal": QCoreApplication.translate("Statement", "Principal"),
        "bonus": QCoreApplication.translate("Statement", "Bonus"),
        "amount": QCoreApplication.translate("Statement", "Amount"),
    }[key]


def statement_rows(statement: statements.Statement, wallet: bool) -> list[list[str]]:
    """The statement as the table and the PDF show it: opening, lines, closing."""
    keys = WALLET_KEYS if wallet else POINTS_KEYS

    def cell(row: dict, key: str) -> str:
        if key == "kind":
            return kind_label(row["kind"])
        if key == "at":
            return formatting.datetime_text(row["at"]) if row.get("at") else ""
        if key == "expires_on":
            return formatting.date_text(row.get("expires_on"))
        if wallet and key in ("principal", "bonus", "amount", "balance"):
            return yuan(row.get({"principal": "principal_fen", "bonus": "bonus_fen",
                                 "amount": "amount_fen", "balance": "balance_fen"}[key], 0))  # fmt: skip
        value = row.get(key, "")
        return "" if value is None else str(value)

    def total(kind: str, figures: dict) -> dict:
        row = {"kind": kind, **figures}
        if wallet:
            row["amount_fen"] = figures.get("balance_fen", 0)
        else:
            row["points"] = row["balance"] = figures.get("points", 0)
        return row

    rows = [total("opening", statement.opening), *statement.lines,
            total("closing", statement.closing)]  # fmt: skip
    return [[cell(r, k) for k in keys] for r in rows]


def statement_html(name: str, card: str, period: str, wallet: bool,
                   statement: statements.Statement) -> str:  # fmt: skip
    keys = WALLET_KEYS if wallet else POINTS_KEYS
    what = (QCoreApplication.translate("Statement", "Stored value") if wallet
            else QCoreApplication.translate("Statement", "Points"))  # fmt: skip
    heading = QCoreApplication.translate("Statement", "Member statement")
    head = "".join(f"<th>{html.escape(column_title(k))}</th>" for k in keys)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
                   for row in statement_rows(statement, wallet))  # fmt: skip
    return (f"<h2>{html.escape(heading)} — {html.escape(what)}</h2>"
            f"<p>{html.escape(name)}&nbsp;&nbsp;{html.escape(card)}&nbsp;&nbsp;"
            f"{html.escape(period)}</p>"
            "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
            f"<tr>{head}</tr>{body}</table>")  # fmt: skip


def write_pdf(path: str, title: str, body_html: str) -> int:
    """Write the statement to `path` (A4 landscape); returns the number of pages."""
    writer = QPdfWriter(path)
    writer.setTitle(title)
    writer.setCreator("Guanjia")
    writer.setResolution(96)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Millimeter))  # fmt: skip
    doc = QTextDocument()
    doc.setHtml(body_html)
    paint = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(paint.width(), paint.height()))
    doc.print_(writer)
    return doc.pageCount()


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


class StatementDialog(QDialog):
    def __init__(self, parent, customer_id: int, name: str, card: str = ""):
        super().__init__(parent)
        self.setObjectName("StatementDialog")
        self.customer_id, self.name, self.card = customer_id, name, card
        self.setWindowTitle(fill(self.tr("Statement: %1"), name))
        self.kind = QComboBox()
        self.kind.setObjectName("statement_kind")
        self.kind.addItem(self.tr("Stored value"), True)
        self.kind.addItem(self.tr("Points"), False)
        today = clock.today()
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for w, day, obj in ((self.date_from, today.replace(month=1, day=1), "statement_from"),
                            (self.date_to, today, "statement_to")):  # fmt: skip
            w.setObjectName(obj)
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
            w.setDate(_qdate(day))
            w.dateChanged.connect(lambda _d: self.reload())
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        bar = QHBoxLayout()
        for w in (self.kind, QLabel(self.tr("From")), self.date_from, QLabel(self.tr("to")),
                  self.date_to):  # fmt: skip
            bar.addWidget(w)
        bar.addStretch(1)
        self.table = QTableWidget(0, 0)
        self.table.setObjectName("statement_table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.summary.setObjectName("statement_summary")
        buttons = button_box(QDialogButtonBox.Close)
        self.pdf_button = buttons.addButton(self.tr("Print to PDF…"), QDialogButtonBox.ActionRole)
        self.pdf_button.setObjectName("statement_pdf")
        self.pdf_button.setIcon(icons.icon("print"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.excel_button = buttons.addButton(self.tr("Export…"), QDialogButtonBox.ActionRole)
        self.excel_button.setObjectName("statement_export")
        self.excel_button.setIcon(icons.icon("excel"))
        self.excel_button.clicked.connect(lambda: self.export())
        for button in (self.pdf_button, self.excel_button):
            button.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(900, 520)
        self.reload()

    @property
    def wallet(self) -> bool:
        return bool(self.kind.currentData())

    def period(self) -> tuple[dt.date, dt.date]:
        return _pydate(self.date_from), _pydate(self.date_to)

    def period_text(self) -> str:
        start, end = self.period()
        return f"{formatting.date_text(start)} – {formatting.date_text(end)}"

    def reload(self) -> None:
        start, end = self.period()
        read = statements.wallet_statement if self.wallet else statements.points_statement
        self.statement = read(self.customer_id, start, end)
        keys = WALLET_KEYS if self.wallet else POINTS_KEYS
        rows = statement_rows(self.statement, self.wallet)
        self.table.clear()
        self.table.setColumnCount(len(keys))
        self.table.setHorizontalHeaderLabels([column_title(k) for k in keys])
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self.wallet:
            o, c = self.statement.opening, self.statement.closing
            self.summary.setText(fill(self.tr("Opening %1 · %2 movements · closing %3 "
                                              "(principal %4, bonus %5)"),
                                      yuan(o["balance_fen"]), len(self.statement.lines),
                                      yuan(c["balance_fen"]), yuan(c["principal_fen"]),
                                      yuan(c["bonus_fen"])))  # fmt: skip
        else:
            self.summary.setText(fill(self.tr("Opening %1 · %2 movements · closing %3 points"),
                                      self.statement.opening["points"], len(self.statement.lines),
                                      self.statement.closing["points"]))  # fmt: skip

    def html(self) -> str:
        return statement_html(self.name, self.card, self.period_text(), self.wallet,
                              self.statement)  # fmt: skip

    def _error(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Statement"), messages.error_message(exc))

    def save_pdf(self, path: str | None = None) -> str | None:
        if path is None:
            path, _ = file_dialogs.get_save_file_name(
                "export", self, self.tr("Print the statement to PDF"),
                fill(self.tr("Statement %1"), self.name) + ".pdf", "*.pdf")  # fmt: skip
            if not path:
                return None
        try:
            write_pdf(path, fill(self.tr("Statement %1"), self.name), self.html())
        except OSError as exc:
            self._error(exc)
            return None
        return path

    def export(self, path: str | None = None) -> int | None:
        if path is None:
            path, _ = file_dialogs.get_save_file_name(
                "export", self, self.tr("Export the statement"),
                fill(self.tr("Statement %1"), self.name) + ".xlsx", "*.xlsx *.csv")  # fmt: skip
            if not path:
                return None
        keys = WALLET_KEYS if self.wallet else POINTS_KEYS
        titles = {k: column_title(k) for k in keys}
        titles["_sheet"] = self.tr("Statement")
        try:
            return export_statement(path, self.statement, self.wallet, kind_label, titles)
        except (GuanjiaError, OSError) as exc:
            self._error(exc)
            return None
