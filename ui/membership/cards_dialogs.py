"""Count-card dialogs (计次卡): sell one, use a visit, refund the unused visits. Each is
self-contained (a customer id in, the change made on OK through
models.membership.count_cards, refusals shown in the dialog, nothing written) and
gives its undo step with `make_step(after_change, refused)`; the customer's detail
panel and the 会员 page open them the same way."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from models import clock
from models.errors import GuanjiaError
from models.membership import count_cards, wallet
from ui import formatting, messages, style
from ui.buttons import button_box
from ui.membership import cards_undo
from ui.retranslating import Retranslating
from ui.text import fill


class FormDialog(Retranslating, QDialog):
    """A form, an error line and OK/Cancel; `write()` makes the change or raises, and
    the dialog stays open with the reason shown."""

    def __init__(self, parent, customer_id: int, customer_name: str = ""):
        super().__init__(parent)
        self.customer_id = customer_id
        self.customer_name = customer_name
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.error = QLabel()
        self.error.setObjectName("dialog_error")
        self.error.setWordWrap(True)
        style.error_text(self.error)
        self.error.hide()
        self.buttons = button_box(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(460, 260)

    def write(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.write()
        except GuanjiaError as exc:
            self.error.setText(messages.error_message(exc))
            self.error.show()
            return
        super().accept()

    def retranslate(self) -> None:
        pass


class SellCountCardDialog(FormDialog):
    """Sell a card of N visits of a service for a price, paid in cash or from stored
    value, with an optional last day."""

    def __init__(self, parent, customer_id: int, customer_name: str = ""):
        super().__init__(parent, customer_id, customer_name)
        self.setObjectName("SellCountCardDialog")
        self.card_id: int | None = None
        self.service = QLineEdit()
        self.service.setObjectName("cc_service")
        self.visits = QSpinBox()
        self.visits.setObjectName("cc_visits")
        self.visits.setRange(1, count_cards.MAX_VISITS)
        self.visits.setValue(10)
        self.price = QLineEdit()
        self.price.setObjectName("cc_price")
        self.pay = QComboBox()
        self.pay.setObjectName("cc_pay")
        self.pay.addItem("", "cash")
        self.pay.addItem("", "wallet")
        self.expires_on = QCheckBox()
        self.expires_on.setObjectName("cc_has_expiry")
        self.expires = QDateEdit(QDate.currentDate().addYears(1))
        self.expires.setObjectName("cc_expires")
        self.expires.setCalendarPopup(True)
        self.expires.setEnabled(False)
        self.expires_on.toggled.connect(self.expires.setEnabled)
        when = QHBoxLayout()
        when.addWidget(self.expires_on)
        when.addWidget(self.expires, 1)
        self.labels = [QLabel() for _ in range(5)]
        for label, field in zip(self.labels, (self.service, self.visits, self.price, self.pay,
                                              when), strict=True):  # fmt: skip
            self.form.addRow(label, field)
        today = clock.today()
        self.expires.setDate(QDate(today.year + 1, today.month, min(today.day, 28)))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(fill(self.tr("Sell a count card: %1"), self.customer_name)
                            if self.customer_name else self.tr("Sell a count card"))  # fmt: skip
        for label, text in zip(self.labels, (self.tr("Service"), self.tr("Visits"),
                                             self.tr("Price"), self.tr("Paid"),
                                             self.tr("Last day")), strict=True):  # fmt: skip
            label.setText(text)
        self.service.setPlaceholderText(self.tr("e.g. 洗剪吹"))
        self.price.setPlaceholderText(self.tr("Yuan, e.g. 299"))
        self.pay.setItemText(0, self.tr("In cash or by other means"))
        self.pay.setItemText(1, self.tr("From stored value"))
        self.expires_on.setText(self.tr("Expires"))

    def write(self) -> None:
        expires = self.expires.date().toPython() if self.expires_on.isChecked() else None
        count_cards.clean_service(self.service.text())  # the fields in their order
        self.card_id = count_cards.sell(
            self.customer_id, self.service.text(), self.visits.value(),
            wallet.parse_yuan(self.price.text(), "price", allow_zero=True),
            expires_on=expires, pay=self.pay.currentData(),
        )  # fmt: skip

    def make_step(self, after_change, refused=None):
        return cards_undo.sold(self.card_id, after_change, refused)


def card_text(card: dict) -> str:
    """'洗剪吹 · 7 of 10 left · until 2027-06-30' for a list of cards."""
    text = fill(QCoreApplication.translate("MembershipCards", "%1 · %2 of %3 left"), card["service"], card["visits_left"],
                card["visits_total"])  # fmt: skip
    if card["expires_on"]:
        text += " · " + fill(
            QCoreApplication.translate("MembershipCards", "until %1"),
            formatting.date_text(card["expires_on"]),
        )
    return text


class _PickCardDialog(FormDialog):
    """A choice among the customer's cards with visits left."""

    def __init__(self, parent, customer_id: int, customer_name: str = "",
                 count_card_id: int | None = None):  # fmt: skip
        super().__init__(parent, customer_id, customer_name)
        self.entry_id: int | None = None
        self.card = QComboBox()
        self.card.setObjectName("cc_card")
        for row in count_cards.listing(customer_id, usable_only=True):
            self.card.addItem(card_text(row), row["id"])
        if count_card_id is not None:
            self.card.setCurrentIndex(max(0, self.card.findData(count_card_id)))
        self.card_label = QLabel()
        self.form.addRow(self.card_label, self.card)
        self.none = QLabel()
        self.none.setObjectName("cc_none")
        self.none.setWordWrap(True)
        style.hint_text(self.none)
        self.form.addRow(self.none)
        self.none.setVisible(self.card.count() == 0)
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(self.card.count() > 0)

    @property
    def count_card_id(self) -> int | None:
        return self.card.currentData()

    def retranslate(self) -> None:
        self.card_label.setText(QCoreApplication.translate("MembershipCards", "Card"))
        self.none.setText(
            QCoreApplication.translate(
                "MembershipCards", "This customer has no count card with visits left."
            )
        )


class UseVisitDialog(_PickCardDialog):
    """Use one visit of a card (refused when used up, expired, or the member card is
    lost or stopped)."""

    def __init__(self, parent, customer_id: int, customer_name: str = "",
                 count_card_id: int | None = None):  # fmt: skip
        super().__init__(parent, customer_id, customer_name, count_card_id)
        self.setObjectName("UseVisitDialog")
        self.note = QLineEdit()
        self.note.setObjectName("cc_note")
        self.note_label = QLabel()
        self.form.insertRow(1, self.note_label, self.note)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Use a visit"))
        self.note_label.setText(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Optional"))

    def write(self) -> None:
        self.entry_id = count_cards.use(self.count_card_id, note=self.note.text())

    def make_step(self, after_change, refused=None):
        return cards_undo.used(self.count_card_id, self.entry_id, after_change, refused)


class RefundCountCardDialog(_PickCardDialog):
    """Refund the unused visits of a card pro rata (rounded down to the fen)."""

    def __init__(self, parent, customer_id: int, customer_name: str = "",
                 count_card_id: int | None = None):  # fmt: skip
        super().__init__(parent, customer_id, customer_name, count_card_id)
        self.setObjectName("RefundCountCardDialog")
        self.quote = QLabel()
        self.quote.setObjectName("cc_quote")
        self.quote.setWordWrap(True)
        self.form.insertRow(1, self.quote)
        self.reason = QLineEdit()
        self.reason.setObjectName("cc_reason")
        self.reason_label = QLabel()
        self.form.insertRow(2, self.reason_label, self.reason)
        self.card.currentIndexChanged.connect(lambda _i: self._show_quote())
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Refund a count card"))
        self.reason_label.setText(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Optional"))
        self._show_quote()

    def _show_quote(self) -> None:
        if self.count_card_id is None:
            self.quote.setText("")
            return
        q = count_cards.refund_quote(self.count_card_id)
        self.quote.setText(fill(self.tr("%1 of %2 visits unused: %3 × %1 / %2 → %4 back"
                                        " (rounded down to the fen)"),
                                q["unused"], q["total"], formatting.money(q["price_fen"]),
                                formatting.money(q["refund_fen"])))  # fmt: skip

    def write(self) -> None:
        self.entry_id = count_cards.refund(self.count_card_id, reason=self.reason.text())

    def make_step(self, after_change, refused=None):
        return cards_undo.refunded(self.count_card_id, self.entry_id, after_change, refused)
