"""The counter screen (收银台), made for the keyboard: type a card number, mobile, name or
pinyin initials (↑/↓ move among the matches, Enter picks); the member shows with level,
points, balance, count cards and a greeting on their birthday; type the amount, choose
the payment with F5 cash, F6 WeChat, F7 Alipay, F8 stored value (a stored-value part
turns another payment into a split), the points to redeem, and Enter records the sale
in one transaction (models.membership.checkout). The receipt line shows, Ctrl+C copies
it, Ctrl+P prints it to PDF; Esc clears for the next customer (Esc on an empty screen
closes it). A refusal is said in red and nothing is written."""

from __future__ import annotations

import dataclasses
import html

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from models.errors import GuanjiaError
from models.membership import checkout, member_search, settings, wallet
from ui import file_dialogs, formatting, messages, style
from ui.membership.statements import write_pdf
from ui.membership.words import payment_label, status_label, yuan
from ui.text import fill

PAY_KEYS = {Qt.Key_F5: "cash", Qt.Key_F6: "wechat", Qt.Key_F7: "alipay", Qt.Key_F8: "stored_value"}
IdRole = Qt.UserRole + 1


class CounterDialog(QDialog):
    recorded = Signal(dict, object)  # the sale as recorded, and how to record it again (redo)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("CounterDialog")
        self.member: dict | None = None
        self.last: dict | None = None
        self.find = self._line("counter_find")
        self.results = QListWidget()
        self.results.setObjectName("counter_results")
        self.results.setFocusPolicy(Qt.NoFocus)  # ↑/↓ from the search line move it
        self.results.setMaximumHeight(150)
        self.results.itemActivated.connect(lambda item: self.pick(item.data(IdRole)))
        self.name = QLabel()
        self.name.setObjectName("counter_name")
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name.setFont(font)
        self.birthday = QLabel()
        self.birthday.setObjectName("counter_birthday")
        style.set_role(self.birthday, "chip_accent")
        self.birthday.hide()
        self.facts: dict[str, QLabel] = {}
        self.fact_labels: dict[str, QLabel] = {}
        facts = QGridLayout()
        for i, key in enumerate(("card", "level", "points", "balance", "visits")):
            self.fact_labels[key] = QLabel()
            self.facts[key] = QLabel()
            self.facts[key].setObjectName(f"counter_{key}")
            facts.addWidget(self.fact_labels[key], 0, i)
            facts.addWidget(self.facts[key], 1, i)
        self.amount = self._line("counter_amount")
        self.payment = QComboBox()
        self.payment.setObjectName("counter_payment")
        self.payment.setFocusPolicy(Qt.NoFocus)  # F5-F8 choose it
        self.stored = self._line("counter_stored")
        self.points = self._line("counter_points")
        self.items = self._line("counter_items")
        self.receipt = self._line("counter_receipt")
        self.due = QLabel()
        self.due.setObjectName("counter_due")
        self.error = QLabel()
        self.error.setObjectName("counter_error")
        self.error.setWordWrap(True)
        style.error_text(self.error)
        self.receipt_line = QLineEdit()
        self.receipt_line.setObjectName("counter_receipt_line")
        self.receipt_line.setReadOnly(True)
        self.receipt_line.setFocusPolicy(Qt.NoFocus)
        self.help = QLabel()
        self.help.setObjectName("counter_help")
        self.help.setWordWrap(True)
        self.form = QFormLayout()
        self.form_labels = {key: QLabel() for key in
                            ("amount", "payment", "stored", "points", "items", "receipt")}  # fmt: skip
        for key, widget in (("amount", self.amount), ("payment", self.payment),
                            ("stored", self.stored), ("points", self.points),
                            ("items", self.items), ("receipt", self.receipt)):  # fmt: skip
            self.form.addRow(self.form_labels[key], widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.find)
        layout.addWidget(self.results)
        layout.addWidget(self.name)
        layout.addWidget(self.birthday)
        layout.addLayout(facts)
        layout.addLayout(self.form)
        layout.addWidget(self.due)
        layout.addWidget(self.error)
        layout.addWidget(self.receipt_line)
        layout.addWidget(self.help)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.search)
        self.find.textChanged.connect(lambda _t: self._timer.start())
        self.find.returnPressed.connect(self.pick_current)
        for line in (self.amount, self.stored, self.points, self.items, self.receipt):
            line.returnPressed.connect(self.record)
        for line in (self.amount, self.stored, self.points):
            line.textChanged.connect(lambda _t: self.update_due())
        for line in (self.find, self.amount, self.stored, self.points, self.items, self.receipt):
            line.installEventFilter(self)  # Ctrl+C with nothing selected: the receipt line
        self.payment.currentIndexChanged.connect(lambda _i: self.update_due())
        for keys, slot in (("Ctrl+C", self.copy_receipt), ("Ctrl+P", lambda: self.print_receipt())):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.WindowShortcut)
            shortcut.activated.connect(slot)
        self.retranslate()
        self.clear()
        self.resize(720, 640)

    def _line(self, name: str) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        return line

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Counter (收银台)"))
        self.find.setPlaceholderText(self.tr("Card number, mobile, name or pinyin initials; "
                                             "Enter picks"))  # fmt: skip
        for key, text in (("card", self.tr("Card")), ("level", self.tr("Level")),
                          ("points", self.tr("Points")), ("balance", self.tr("Balance")),
                          ("visits", self.tr("Count cards"))):  # fmt: skip
            self.fact_labels[key].setText(text)
        for key, text in (("amount", self.tr("Amount")), ("payment", self.tr("Payment")),
                          ("stored", self.tr("Of it by stored value")),
                          ("points", self.tr("Points to redeem")), ("items", self.tr("Items")),
                          ("receipt", self.tr("Receipt number"))):  # fmt: skip
            self.form_labels[key].setText(text)
        self.amount.setPlaceholderText(self.tr("Yuan, e.g. 128.50"))
        self.stored.setPlaceholderText(self.tr("Empty: none (a split pays part by stored value)"))
        self.items.setPlaceholderText(self.tr("Optional"))
        self.receipt.setPlaceholderText(self.tr("Empty: numbered for you"))
        current = self.payment.currentData()
        self.payment.blockSignals(True)
        self.payment.clear()
        for key, code in zip(("F5", "F6", "F7", "F8"), checkout.PAYMENTS, strict=True):
            self.payment.addItem(f"{payment_label(code)} ({key})", code)
        self.payment.setCurrentIndex(max(0, self.payment.findData(current)))
        self.payment.blockSignals(False)
        self.help.setText(self.tr("Enter picks the member and records the sale · F5 cash · "
                                  "F6 WeChat · F7 Alipay · F8 stored value · Ctrl+C copies "
                                  "the receipt line · Ctrl+P prints it · Esc: next customer"))  # fmt: skip

    # ------------------------------------------------------------ finding

    def search(self) -> None:
        self._timer.stop()
        self.results.clear()
        text = self.find.text().strip()
        if not text:
            return
        for row in member_search.find(text, 20):
            item = QListWidgetItem(f"{row['card']}  {row['name']}  {row['mobile']}  "
                                   f"{status_label(row['status'])}")  # fmt: skip
            item.setData(IdRole, row["customer_id"])
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self.results.setVisible(self.results.count() > 0)

    def pick_current(self) -> None:
        if self._timer.isActive() or not self.results.count():
            self.search()
        item = self.results.currentItem()
        if item is None:
            self.error.setText(self.tr("No member found: try the card number or the mobile."))
            return
        self.pick(item.data(IdRole))

    def pick(self, customer_id: int) -> None:
        try:
            self.member = member_search.counter_view(customer_id)
        except GuanjiaError as exc:
            self.error.setText(messages.error_message(exc))
            return
        m = self.member
        self.results.clear()
        self.results.hide()
        self.error.clear()
        self.name.setText(m["name"])
        self.facts["card"].setText(f"{m['card']} {status_label(m['status'])}")
        self.facts["level"].setText(m["level"] or "—")
        self.facts["points"].setText(fill(self.tr("%1 (can spend %2)"),
                                          formatting.number(m["points"]),
                                          formatting.number(m["points_available"])))  # fmt: skip
        self.facts["balance"].setText(fill(self.tr("%1 (bonus %2)"), yuan(m["balance_fen"]),
                                           yuan(m["bonus_fen"])))  # fmt: skip
        self.facts["visits"].setText("; ".join(f"{c['service']} ×{c['visits_left']}"
                                               for c in m["count_cards"]) or "—")  # fmt: skip
        self.birthday.setText(fill(self.tr("🎂 Today is %1's birthday: wish them a happy "
                                           "birthday!"), m["name"]))  # fmt: skip
        self.birthday.setVisible(bool(m["birthday_today"]))
        self.update_due()
        self.amount.setFocus()

    # ------------------------------------------------------------ the sale

    def eventFilter(self, watched, event) -> bool:
        if (event.type() == QEvent.KeyPress and event.matches(QKeySequence.Copy)
                and not watched.hasSelectedText() and self.receipt_line.text()):  # fmt: skip
            self.copy_receipt()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:
        if event.key() in PAY_KEYS:
            self.payment.setCurrentIndex(self.payment.findData(PAY_KEYS[event.key()]))
            return
        busy = self.find.text() or self.member is not None or self.receipt_line.text()
        if event.key() == Qt.Key_Escape and busy:
            self.clear()
            return
        if event.key() in (Qt.Key_Down, Qt.Key_Up) and self.find.hasFocus():
            step = 1 if event.key() == Qt.Key_Down else -1
            row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
            self.results.setCurrentRow(row)
            return
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            return  # the lines' returnPressed act; never the dialog's default button
        super().keyPressEvent(event)

    def sale(self) -> checkout.Sale:
        m = self.member
        amount = wallet.parse_yuan(self.amount.text())
        stored = self.stored.text().strip()
        return checkout.Sale(
            m["customer_id"], amount, self.payment.currentData(),
            stored_value_fen=wallet.parse_yuan(stored, "stored_value") if stored else 0,
            points=self.points.text().strip() or 0, items=self.items.text(),
            receipt_no=self.receipt.text(), card_no=m["card"] or None,
        )  # fmt: skip

    def update_due(self) -> None:
        if self.member is None or not self.amount.text().strip():
            self.due.setText(fill(self.tr("Points: at most %1 of the amount, %2 points a yuan"),
                                  f"{settings.get('points_redeem_cap_percent')}%",
                                  settings.get("points_redeem_rate"))
                             if self.member is not None else "")  # fmt: skip
            return
        try:
            q = checkout.quote(self.sale(), self.member["points_available"])
        except GuanjiaError as exc:
            self.due.setText(messages.error_message(exc))
            return
        parts = []
        if q.stored_value_fen:
            parts.append(fill(self.tr("stored value %1"), yuan(q.stored_value_fen)))
        if q.other_fen:
            parts.append(f"{payment_label(self.payment.currentData())} {yuan(q.other_fen)}")
        text = (fill(self.tr("Due %1: %2"), yuan(q.due_fen), " + ".join(parts)) if parts
                else fill(self.tr("Due %1"), yuan(q.due_fen)))  # fmt: skip
        if q.points:
            text += " · " + fill(self.tr("%1 points take %2 off"), formatting.number(q.points),
                                 yuan(q.points_off_fen))  # fmt: skip
        text += " · " + fill(self.tr("up to %1 points"), formatting.number(q.max_points))
        self.due.setText(text)

    def record(self) -> dict | None:
        if self.member is None:
            self.error.setText(self.tr("Find the member first (Enter picks)."))
            self.find.setFocus()
            return None
        try:
            sale = self.sale()
            done = checkout.record(sale)
        except GuanjiaError as exc:
            self.error.setText(messages.error_message(exc))
            return None
        self.last = done
        self.error.clear()
        self.receipt_line.setText(checkout.receipt_line(done, self.member["name"]))
        again = dataclasses.replace(sale, receipt_no="")
        self.recorded.emit(done, lambda: checkout.record(again))
        self.pick(done["customer_id"])  # the balances after the sale
        for line in (self.amount, self.stored, self.points, self.items, self.receipt):
            line.clear()
        self.amount.setFocus()
        return done

    def copy_receipt(self) -> None:
        if self.receipt_line.text():
            QGuiApplication.clipboard().setText(self.receipt_line.text())

    def print_receipt(self, path: str | None = None) -> str | None:
        if not self.receipt_line.text():
            return None
        if path is None:
            path, _ = file_dialogs.get_save_file_name(
                "export", self, self.tr("Print the receipt to PDF"),
                (self.last or {}).get("receipt_no", "receipt") + ".pdf", "*.pdf")  # fmt: skip
            if not path:
                return None
        write_pdf(path, self.tr("Receipt"), f"<p>{html.escape(self.receipt_line.text())}</p>")
        return path

    def clear(self) -> None:
        """Ready for the next customer."""
        self.member = None
        for line in (self.find, self.amount, self.stored, self.points, self.items, self.receipt):
            line.clear()
        self.results.clear()
        self.results.hide()
        self.receipt_line.clear()
        self.error.clear()
        self.due.clear()
        self.name.setText(self.tr("Next customer"))
        for label in self.facts.values():
            label.setText("—")
        self.birthday.hide()
        self.payment.setCurrentIndex(0)
        self.find.setFocus()
