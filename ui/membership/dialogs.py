"""The 会员 page's dialogs: enrol a customer, top up (the bonus rule previewed), pay,
refund unspent principal, transfer between the member's cards, adjust points (a
reason required) or redeem them, report a card lost, replace a card. Each makes its
movement through models.membership; a refusal is said in the dialog, which stays open
and writes nothing. `do` (the movement, again: the redo) and `token` (what it wrote:
the undo reverses it) are kept for the window's undo step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from models.errors import GuanjiaError, ValidationError
from models.membership import auto_points, cards, points, settings, wallet
from ui import messages, style
from ui.buttons import button_box
from ui.followups.dialogs import CustomerPicker
from ui.membership.words import status_label, yuan
from ui.text import fill


class MemberDialog(QDialog):
    """A form, an error line and OK/Cancel; `prepare()` returns the movement as a
    function (checked input captured), which OK runs once."""

    def __init__(self, parent, title: str, name: str, customer_id: int | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName(name)
        self.customer_id = customer_id
        self.do: Callable | None = None
        self.token = None
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
        self.resize(460, 240)

    def line(self, name: str, label: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        self.form.addRow(QLabel(label), edit)
        return edit

    def card_choice(self, name: str, label: str, usable_only: bool = False) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for card in cards.cards_of(self.customer_id):
            status = cards.status_of(card)
            if usable_only and status != "active":
                continue
            combo.addItem(f"{card.card_no}  {status_label(status)}  "
                          f"{yuan(card.principal_fen + card.bonus_fen)}", card.card_no)  # fmt: skip
        self.form.addRow(QLabel(label), combo)
        return combo

    def prepare(self) -> Callable:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            do = self.prepare()
            self.token = do()
        except GuanjiaError as exc:
            self.error.setText(messages.error_message(exc))
            self.error.show()
            return
        self.do = do
        super().accept()


class EnrollDialog(MemberDialog):
    def __init__(self, parent):
        super().__init__(parent, self.tr("Enrol a member"), "EnrollDialog")
        self.picker = CustomerPicker()
        self.form.addRow(QLabel(self.tr("Customer")), self.picker)
        self.card = self.line("enroll_card", self.tr("Card number"),
                              self.tr("Empty: the next number"))  # fmt: skip

    def prepare(self):
        cid = self.picker.customer_id
        if cid is None:
            raise ValidationError("customer", "member_customer_missing", "choose a customer")
        self.customer_id = cid
        number = self.card.text().strip() or None
        return lambda: auto_points.enroll(cid, number)[0].card_no


class TopUpDialog(MemberDialog):
    def __init__(self, parent, customer_id: int, name: str):
        super().__init__(parent, fill(self.tr("Top up: %1"), name), "TopUpDialog",
                         customer_id)  # fmt: skip
        self.card = self.card_choice("topup_card", self.tr("Card"), usable_only=True)
        self.amount = self.line("topup_amount", self.tr("Amount"), self.tr("Yuan, e.g. 1000"))
        self.bonus = self.line("topup_bonus", self.tr("Bonus"), self.tr("Empty: by the rule"))
        self.preview = QLabel()
        self.preview.setObjectName("topup_preview")
        self.form.addRow(QLabel(self.tr("By the rule")), self.preview)
        self.amount.textChanged.connect(self._preview)
        self._preview()

    def _preview(self) -> None:
        try:
            fen = wallet.parse_yuan(self.amount.text())
        except GuanjiaError:
            self.preview.setText(fill(self.tr("Bonus tiers: %1"), tiers_text()))
            return
        bonus = settings.bonus_for(fen)
        self.preview.setText(fill(self.tr("%1 paid in, %2 bonus: %3 on the card"),
                                  yuan(fen), yuan(bonus), yuan(fen + bonus)))  # fmt: skip

    def prepare(self):
        fen = wallet.parse_yuan(self.amount.text())
        text = self.bonus.text().strip()
        bonus = wallet.parse_yuan(text, "bonus", allow_zero=True) if text else None
        cid, card = self.customer_id, self.card.currentData()
        if card is None:
            cards.customer_card(cid)  # says why there is no card to top up
        return lambda: wallet.topup(cid, fen, bonus_fen=bonus, card_no=card)


def tiers_text() -> str:
    tiers = settings.get("bonus_tiers")
    return "; ".join(f"{yuan(low)} → {yuan(bonus)}" for low, bonus in tiers) or "—"


class PayDialog(MemberDialog):
    def __init__(self, parent, customer_id: int, name: str):
        super().__init__(parent, fill(self.tr("Pay from stored value: %1"), name),
                         "PayDialog", customer_id)  # fmt: skip
        self.card = self.card_choice("pay_card", self.tr("Card"))
        self.amount = self.line("pay_amount", self.tr("Amount"), self.tr("Yuan, e.g. 99.90"))
        self.receipt = self.line("pay_receipt", self.tr("Receipt number"), self.tr("Optional"))

    def prepare(self):
        fen = wallet.parse_yuan(self.amount.text())
        cid, card, receipt = self.customer_id, self.card.currentData(), self.receipt.text()
        return lambda: wallet.pay(cid, fen, card_no=card, receipt_no=receipt)


class RefundDialog(MemberDialog):
    def __init__(self, parent, customer_id: int, name: str):
        super().__init__(parent, fill(self.tr("Refund principal: %1"), name),
                         "WalletRefundDialog", customer_id)  # fmt: skip
        self.card = self.card_choice("refund_card", self.tr("Card"))
        self.amount = self.line("refund_amount", self.tr("Amount"),
                                self.tr("Unspent principal only, in yuan"))  # fmt: skip
        self.reason = self.line("refund_reason", self.tr("Reason"), self.tr("Optional"))

    def prepare(self):
        fen = wallet.parse_yuan(self.amount.text())
        cid, card, reason = self.customer_id, self.card.currentData(), self.reason.text()
        return lambda: wallet.refund(cid, fen, card_no=card, reason=reason)


class TransferDialog(MemberDialog):
    def __init__(self, parent, customer_id: int, name: str):
        super().__init__(parent, fill(self.tr("Transfer between cards: %1"), name),
                         "TransferDialog", customer_id)  # fmt: skip
        self.source = self.card_choice("transfer_from", self.tr("From card"))
        self.target = self.card_choice("transfer_to", self.tr("To card"), usable_only=True)
        self.amount = self.line("transfer_amount", self.tr("Amount"), self.tr("Empty: all of it"))

    def prepare(self):
        text = self.amount.text().strip()
        fen = wallet.parse_yuan(text) if text else None
        cid, source, target = self.customer_id, self.source.currentData(), self.target.currentData()
        if source is None or target is None:
            raise ValidationError("card", "transfer_same_card", "two cards are needed")
        return lambda: wallet.transfer(cid, source, target, fen)[0]


class PointsDialog(MemberDialog):
    """Adjust (signed, a reason required) or redeem points."""

    def __init__(self, parent, customer_id: int, name: str, redeem: bool = False):
        title = self.tr("Redeem points: %1") if redeem else self.tr("Adjust points: %1")
        super().__init__(parent, fill(title, name),
                         "RedeemDialog" if redeem else "AdjustDialog", customer_id)  # fmt: skip
        self.redeem = redeem
        can = points.available(customer_id)
        shown = QLabel(str(can))
        shown.setObjectName("points_available")
        self.form.addRow(QLabel(self.tr("Can be spent now")), shown)
        self.points = self.line("points_count", self.tr("Points"),
                                self.tr("e.g. 500") if redeem else self.tr("e.g. 200 or -200"))  # fmt: skip
        self.reason = self.line("points_reason", self.tr("Reason"),
                                self.tr("e.g. a gift") if redeem else self.tr("Required"))  # fmt: skip

    def prepare(self):
        cid, count, reason = self.customer_id, self.points.text(), self.reason.text()
        if self.redeem:
            points._count(count)
            return lambda: points.redeem(cid, count, reason=reason)
        points._count(count, signed=True)
        points._reason(reason, required=True)
        return lambda: points.adjust(cid, count, reason)


class LostDialog(MemberDialog):
    def __init__(self, parent, customer_id: int, name: str):
        super().__init__(parent, fill(self.tr("Report a card lost: %1"), name),
                         "LostDialog", customer_id)  # fmt: skip
        self.card = self.card_choice("lost_card", self.tr("Card"), usable_only=True)
        self.reason = self.line("lost_reason", self.tr("Reason"), self.tr("Optional"))

    def prepare(self):
        card, reason = self.card.currentData(), self.reason.text()
        if card is None:
            cards.customer_card(self.customer_id)
        return lambda: cards.report_lost(card, reason).card_no


class ReplaceDialog(MemberDialog):
    def __init__(self, parent, customer_id: int, name: str):
        super().__init__(parent, fill(self.tr("Replace a card: %1"), name),
                         "ReplaceDialog", customer_id)  # fmt: skip
        self.card = self.card_choice("replace_card", self.tr("Old card"))
        self.new_card = self.line("replace_new", self.tr("New card number"),
                                  self.tr("Empty: the next number"))  # fmt: skip
        self.reason = self.line("replace_reason", self.tr("Reason"), self.tr("Optional"))

    def prepare(self):
        card, new, reason = (
            self.card.currentData(),
            self.new_card.text().strip(),
            self.reason.text(),
        )
        if card is None:
            cards.customer_card(self.customer_id)
        old = cards.find_card(card)
        # the old card as it was: the undo gives it back its status and reason
        self.before = (old.card_no, old.status, old.status_reason, reason)
        return lambda: cards.replace(card, new or None, reason=reason).card_no
