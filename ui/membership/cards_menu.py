"""The customer's membership actions as one menu (the detail panel's 会员 button; the
会员 page can show the same): sell, use or refund a count card, sell or renew paid
membership, who introduced them and the referral tree. Each opens its self-contained
dialog; an accepted one is announced by `done(dialog)`, whose `make_step(after_change,
refused)` is the undo step the page pushes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu

from ui.membership.cards_dialogs import (
    RefundCountCardDialog,
    SellCountCardDialog,
    UseVisitDialog,
)
from ui.membership.cards_paid import RenewPaidDialog, SellPaidDialog
from ui.membership.referrals_dialogs import IntroducedByDialog, open_tree
from ui.retranslating import Retranslating

# (object name, dialog class or None for the tree); None between groups: a separator
ACTIONS = (("sell_count_card", SellCountCardDialog), ("use_visit", UseVisitDialog),
           ("refund_count_card", RefundCountCardDialog), None,
           ("sell_paid", SellPaidDialog), ("renew_paid", RenewPaidDialog), None,
           ("introduced_by", IntroducedByDialog), ("referral_tree", None))  # fmt: skip


class MembershipMenu(Retranslating, QMenu):
    done = Signal(object)  # an accepted dialog: its make_step(...) is the undo step

    def __init__(self, parent, customer: Callable[[], dict | None]):
        super().__init__(parent)
        self.setObjectName("membership_menu")
        self._customer = customer
        self.actions_by_name = {}
        for entry in ACTIONS:
            if entry is None:
                self.addSeparator()
                continue
            name, dialog = entry
            action = self.addAction("")
            action.setObjectName(f"member_{name}")
            action.triggered.connect(lambda _c=False, d=dialog: self.open_dialog(d))
            self.actions_by_name[name] = action
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "sell_count_card": self.tr("Sell a count card…"),
            "use_visit": self.tr("Use a visit…"),
            "refund_count_card": self.tr("Refund a count card…"),
            "sell_paid": self.tr("Sell paid membership…"),
            "renew_paid": self.tr("Renew paid membership…"),
            "introduced_by": self.tr("Introduced by…"),
            "referral_tree": self.tr("Referral tree…"),
        }
        for name, action in self.actions_by_name.items():
            action.setText(texts[name])

    def open_dialog(self, dialog_class):
        customer = self._customer()
        if customer is None:
            return None
        parent = self.parentWidget()
        if dialog_class is None:
            return open_tree(parent, customer["id"])
        dialog = dialog_class(parent, customer["id"], customer.get("name", ""))
        dialog.accepted.connect(lambda: self.done.emit(dialog))
        dialog.open()
        return dialog
