"""Paid-membership dialogs (付费会员): sell a first term, renew (the next term from the
day after the current one ends). Self-contained like cards_dialogs: a customer id in,
the change on OK through models.membership.paid, `make_step` for the undo stack."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox

from models import clock
from models.membership import paid, wallet
from ui import formatting
from ui.membership import cards_undo
from ui.membership.cards_dialogs import FormDialog
from ui.text import fill

TERMS = ("month", "quarter", "year", "days")


class _TermDialog(FormDialog):
    def __init__(self, parent, customer_id: int, customer_name: str = ""):
        super().__init__(parent, customer_id, customer_name)
        self.term_id: int | None = None
        self.current = paid.current_term(customer_id)
        self.plan = QLineEdit(self.current["plan"] if self.current else "")
        self.plan.setObjectName("paid_plan")
        self.term = QComboBox()
        self.term.setObjectName("paid_term")
        for code in TERMS:
            self.term.addItem("", code)
        self.days = QSpinBox()
        self.days.setObjectName("paid_days")
        self.days.setRange(1, paid.MAX_DAYS)
        self.days.setValue(30)
        self.fee = QLineEdit()
        self.fee.setObjectName("paid_fee")
        self.span = QLabel()
        self.span.setObjectName("paid_span")
        if self.current is not None:
            self.term.setCurrentIndex(max(0, self.term.findData(self.current["term"])))
            if self.current["term_days"]:
                self.days.setValue(self.current["term_days"])
            self.fee.setText(f"{self.current['fee_fen'] / 100:.2f}")
        else:
            self.term.setCurrentIndex(TERMS.index("year"))
        self.labels = [QLabel() for _ in range(5)]
        for label, field in zip(self.labels, (self.plan, self.term, self.days, self.fee,
                                              self.span), strict=True):  # fmt: skip
            self.form.addRow(label, field)
        self.term.currentIndexChanged.connect(lambda _i: self._show_span())
        self.days.valueChanged.connect(lambda _v: self._show_span())

    def starts_on(self):
        return clock.today()

    def _show_span(self) -> None:
        code = self.term.currentData()
        self.days.setEnabled(code == "days")
        start = self.starts_on()
        end = paid.term_end(start, code, self.days.value())
        self.span.setText(fill(QCoreApplication.translate("MembershipCards", "%1 to %2"), formatting.date_text(start),
                               formatting.date_text(end)))  # fmt: skip

    def retranslate(self) -> None:
        for label, text in zip(self.labels, (QCoreApplication.translate("MembershipCards", "Plan"), QCoreApplication.translate("MembershipCards", "Term"), QCoreApplication.translate("MembershipCards", "Days"),
                                             QCoreApplication.translate("MembershipCards", "Fee"), QCoreApplication.translate("MembershipCards", "Runs")), strict=True):  # fmt: skip
            label.setText(text)
        for i, text in enumerate((QCoreApplication.translate("MembershipCards", "A month"), QCoreApplication.translate("MembershipCards", "A quarter"), QCoreApplication.translate("MembershipCards", "A year"),
                                  QCoreApplication.translate("MembershipCards", "A number of days"))):  # fmt: skip
            self.term.setItemText(i, text)
        self.plan.setPlaceholderText(QCoreApplication.translate("MembershipCards", "e.g. 年卡会员"))
        self.fee.setPlaceholderText(QCoreApplication.translate("MembershipCards", "Yuan, e.g. 365"))
        self._show_span()

    def _fee(self) -> int:
        return wallet.parse_yuan(self.fee.text(), "fee", allow_zero=True)

    def make_step(self, after_change, refused=None):
        return cards_undo.PaidStep(self.term_id, after_change, refused)


class SellPaidDialog(_TermDialog):
    """A first term (refused while one is in force: renew it instead)."""

    def __init__(self, parent, customer_id: int, customer_name: str = ""):
        super().__init__(parent, customer_id, customer_name)
        self.setObjectName("SellPaidDialog")
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Sell paid membership"))

    def write(self) -> None:
        self.term_id = paid.sell(self.customer_id, self.plan.text(), self.term.currentData(),
                                 self._fee(), days=self.days.value())  # fmt: skip


class RenewPaidDialog(_TermDialog):
    """The next term, from the day after the current one ends; its reminder moves."""

    def __init__(self, parent, customer_id: int, customer_name: str = ""):
        super().__init__(parent, customer_id, customer_name)
        self.setObjectName("RenewPaidDialog")
        self.now = QLabel()
        self.now.setObjectName("paid_current")
        self.now.setWordWrap(True)
        self.form.insertRow(0, self.now)
        self.retranslate()

    def starts_on(self):
        if self.current is None:
            return clock.today()
        return max(self.current["ends_on"] + dt.timedelta(days=1), clock.today())

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Renew paid membership"))
        if self.current is None:
            self.now.setText(self.tr("No paid membership to renew: sell one first."))
        else:
            self.now.setText(fill(self.tr("Now: %1 until %2"), self.current["plan"],
                                  formatting.date_text(self.current["ends_on"])))  # fmt: skip

    def write(self) -> None:
        self.term_id = paid.renew(self.customer_id, self._fee(), plan=self.plan.text(),
                                  term=self.term.currentData(), days=self.days.value())  # fmt: skip
