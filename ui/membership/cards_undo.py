"""Undo steps of count cards, paid membership and referrals (the window's Ctrl+Z /
Ctrl+Y). Ledgers are append-only: undo of a count-card movement is a reversing row
(models.membership.count_cards.reverse), and redo records the movement anew (a new
row, a new card for a sale); undo of a paid term cancels it (kept, status cancelled),
redo sells or renews it anew; a referral's undo puts the introducer before back. A step
the data has moved past is refused, said through `refused`, and leaves the stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from models.errors import GuanjiaError
from models.membership import count_cards, paid, referrals
from models.storage import audit
from ui.undo import Command


class _Step(Command):
    target = "customer"

    def __init__(self, text: str, customer_id: int, after_change,
                 refused: Callable[[Exception], None] | None = None):  # fmt: skip
        super().__init__(text, after_change)
        self.customer_id = customer_id
        self._refused = refused

    def ids(self):
        return [self.customer_id]

    def _entry(self, action: str):
        return audit.recorded(action, "customer", self.customer_id, detail=self.text())

    def redo(self):
        self._guarded(super().redo)

    def undo(self):
        self._guarded(super().undo)

    def _guarded(self, step) -> None:
        try:
            step()
        except GuanjiaError as exc:
            self.setObsolete(True)  # the stack drops a step it cannot take
            if self._refused is not None:
                self._refused(exc)


class CountCardStep(_Step):
    """A count-card movement just made (`entry_id`); `again()` makes it anew and returns
    the new movement's id."""

    def __init__(self, text: str, customer_id: int, entry_id: int, again: Callable[[], int],
                 after_change, refused=None):  # fmt: skip
        super().__init__(text, customer_id, after_change, refused)
        self.entry_id = entry_id
        self._again = again

    def apply(self):
        self.entry_id = self._again()

    def revert(self):
        count_cards.reverse(self.entry_id, "undo")


def sold(card_id: int, after_change, refused=None) -> CountCardStep:
    """The step of a count card just sold: redo sells one like it."""
    card = count_cards.get(card_id)
    pay = "wallet" if count_cards.movements(card_id)[0]["reason"] == "wallet" else "cash"

    def again() -> int:
        new = count_cards.sell(card["customer_id"], card["service"], card["visits_total"],
                               card["price_fen"], expires_on=card["expires_on"], pay=pay)  # fmt: skip
        return count_cards.sale_entry(new)

    return CountCardStep(QCoreApplication.translate("Undo", "Sell count card"),
                         card["customer_id"], count_cards.sale_entry(card_id), again,
                         after_change, refused)  # fmt: skip


def used(card_id: int, entry_id: int, after_change, refused=None) -> CountCardStep:
    card = count_cards.get(card_id)
    return CountCardStep(QCoreApplication.translate("Undo", "Use a visit"), card["customer_id"],
                         entry_id, lambda: count_cards.use(card_id), after_change, refused)  # fmt: skip


def refunded(card_id: int, entry_id: int, after_change, refused=None) -> CountCardStep:
    card = count_cards.get(card_id)
    return CountCardStep(QCoreApplication.translate("Undo", "Refund count card"),
                         card["customer_id"], entry_id, lambda: count_cards.refund(card_id),
                         after_change, refused)  # fmt: skip


class PaidStep(_Step):
    """A paid term just sold or renewed: undo cancels it, redo makes it anew."""

    def __init__(self, term_id: int, after_change, refused=None):
        term = paid.get(term_id)
        renewal = term["renews_id"] is not None
        text = (QCoreApplication.translate("Undo", "Renew paid membership") if renewal
                else QCoreApplication.translate("Undo", "Sell paid membership"))  # fmt: skip
        super().__init__(text, term["customer_id"], after_change, refused)
        self.term_id = term_id
        self._term = term
        self._renewal = renewal

    def apply(self):
        t = self._term
        if self._renewal:
            self.term_id = paid.renew(t["customer_id"], t["fee_fen"], plan=t["plan"],
                                      term=t["term"], days=t["term_days"])  # fmt: skip
        else:
            self.term_id = paid.sell(t["customer_id"], t["plan"], t["term"], t["fee_fen"],
                                     days=t["term_days"], starts_on=t["starts_on"])  # fmt: skip

    def revert(self):
        paid.cancel(self.term_id, "undo")


class IntroducerStep(_Step):
    """Who introduced the customer, changed from `before` (None: nobody) to `after`."""

    def __init__(self, customer_id: int, before: int | None, after: int, after_change,
                 refused=None):  # fmt: skip
        super().__init__(QCoreApplication.translate("Undo", "Set introducer"), customer_id,
                         after_change, refused)  # fmt: skip
        self.before, self.after = before, after

    def apply(self):
        referrals.set_introducer(self.customer_id, self.after)

    def revert(self):
        if self.before is None:
            referrals.clear(self.customer_id)
        else:
            referrals.set_introducer(self.customer_id, self.before)
