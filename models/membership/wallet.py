"""Stored value (储值): top-up with the bonus rule (充1000送100, tiered), pay from the
balance (the bonus spent in proportion, or principal first: a setting), refund of
unspent principal only, transfer between cards of the same customer, and reverse (the
undo of a movement). Each is one transaction: the ledger row(s), the card's kept
balance, the day's figures and the audit entry; a refused movement writes nothing.
Money in integer fen."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.errors import NotFoundError, ValidationError
from models.membership import cards, settings
from models.membership.ledger_rows import wallet_row
from models.membership.tables import MemberCard, WalletEntry
from models.storage import audit
from models.storage.db import database

MAX_FEN = 10**12


@dataclass(frozen=True)
class Split:
    principal_fen: int
    bonus_fen: int

    @property
    def total_fen(self) -> int:
        return self.principal_fen + self.bonus_fen


def _fen(amount_fen, field: str = "amount", allow_zero: bool = False) -> int:
    if isinstance(amount_fen, bool) or not isinstance(amount_fen, int):
        raise ValidationError(field, "amount_invalid", f"'{amount_fen}' is not an amount in fen")
    if amount_fen < 0 or (amount_fen == 0 and not allow_zero) or amount_fen >= MAX_FEN:
        raise ValidationError(field, "amount_not_positive" if amount_fen <= 0 else
                              "amount_too_large", f"{field} must be above 0")  # fmt: skip
    return amount_fen


def parse_yuan(text, field: str = "amount", allow_zero: bool = False) -> int:
    """'1000', '99.90', '¥1,000' -> fen; up to two decimals, above 0 (or 0 if allowed)."""
    raw = str(text or "").strip().replace(",", "").lstrip("¥￥").strip()
    whole, _, cents = raw.partition(".")
    if not whole.isdigit() or len(whole) > 10 or (cents and not cents.isdigit()):
        raise ValidationError(field, "amount_invalid", f"'{text}' is not an amount of money",
                              text=str(text))  # fmt: skip
    if len(cents) > 2:
        raise ValidationError(field, "amount_decimals", f"'{text}': at most two decimals (分)",
                              text=str(text))  # fmt: skip
    fen = int(whole) * 100 + int((cents + "00")[:2])
    return _fen(fen, field, allow_zero=allow_zero)


def _receipt(kind: str, receipt_no: str) -> str:
    receipt_no = (receipt_no or "").strip()
    if len(receipt_no) > 64:
        raise ValidationError("receipt", "too_long", "the receipt number is too long", limit=64)
    if (
        receipt_no
        and WalletEntry.select()
        # receipt_no <> '' lets SQLite use the partial unique index
        .where(
            (WalletEntry.kind == kind)
            & (WalletEntry.receipt_no == receipt_no)
            & (WalletEntry.receipt_no != "")
        )
        .exists()
    ):
        raise ValidationError("receipt", "receipt_used",
                              f"receipt {receipt_no} is recorded already",
                              receipt=receipt_no)  # fmt: skip
    return receipt_no


def _reason(reason: str) -> str:
    return " ".join(str(reason or "").split())[:200]


def split_payment(amount_fen: int, principal_fen: int, bonus_fen: int,
                  rule: str | None = None) -> Split:  # fmt: skip
    """How a payment takes from principal and bonus: principal first, or in proportion
    to the balance (the bonus part rounded half up; what is left comes from principal,
    and never more than either has)."""
    rule = rule or settings.get("bonus_spending")
    if rule == "principal_first":
        from_principal = min(amount_fen, principal_fen)
        return Split(from_principal, amount_fen - from_principal)
    total = principal_fen + bonus_fen
    if total <= 0:
        return Split(amount_fen, 0)
    bonus = (2 * amount_fen * bonus_fen + total) // (2 * total)  # half up
    bonus = min(max(bonus, amount_fen - principal_fen), bonus_fen, amount_fen)
    return Split(amount_fen - bonus, bonus)


def topup(customer_id: int, amount_fen: int, *, bonus_fen: int | None = None, card_no=None,
          receipt_no: str = "", reason: str = "", at: dt.datetime | None = None) -> int:  # fmt: skip
    """Principal paid in, with its bonus (None: the business's tiers); returns the row."""
    amount_fen = _fen(amount_fen)
    if bonus_fen is not None:
        bonus_fen = _fen(bonus_fen, "bonus", allow_zero=True)
    card = cards.usable_card(cards.customer_card(customer_id, card_no))
    bonus = settings.bonus_for(amount_fen) if bonus_fen is None else bonus_fen
    with database.atomic():
        receipt_no = _receipt("topup", receipt_no)
        entry = wallet_row(card, "topup", amount_fen, bonus, at=at, receipt_no=receipt_no,
                           reason=_reason(reason))  # fmt: skip
        audit.record("topup", "wallet", card.customer_id,
                     detail=f"{card.card_no} +{amount_fen / 100:.2f} 送 {bonus / 100:.2f}")  # fmt: skip
    return entry


def pay(customer_id: int, amount_fen: int, *, card_no=None, receipt_no: str = "",
        purchase_id: int | None = None, reason: str = "",
        count_card_id: int | None = None) -> int:  # fmt: skip
    """A payment from the card's balance (for a purchase, or a count card sold); refused
    beyond the balance or from a card that is lost, stopped, expired or replaced."""
    amount_fen = _fen(amount_fen)
    card = cards.usable_card(cards.customer_card(customer_id, card_no))
    with database.atomic():
        card = MemberCard.get_by_id(card.id)  # the balance as it is in this transaction
        if amount_fen > card.principal_fen + card.bonus_fen:
            raise ValidationError("amount", "balance_insufficient",
                                  f"the balance is {(card.principal_fen + card.bonus_fen) / 100:.2f}",
                                  balance_fen=card.principal_fen + card.bonus_fen)  # fmt: skip
        receipt_no = _receipt("pay", receipt_no)
        split = split_payment(amount_fen, card.principal_fen, card.bonus_fen)
        entry = wallet_row(card, "pay", -split.principal_fen, -split.bonus_fen,
                           receipt_no=receipt_no, purchase_id=purchase_id,
                           count_card_id=count_card_id, reason=_reason(reason))  # fmt: skip
        audit.record("pay", "wallet", card.customer_id,
                     detail=f"{card.card_no} -{amount_fen / 100:.2f}")  # fmt: skip
    return entry


def refund(customer_id: int, amount_fen: int, *, card_no=None, receipt_no: str = "",
           reason: str = "") -> int:  # fmt: skip
    """Unspent principal paid back (never bonus, never more than the principal left). The
    bonus given with it goes in proportion: refunding all the principal ends the bonus."""
    amount_fen = _fen(amount_fen)
    card = cards.customer_card(customer_id, card_no)
    if cards.status_of(card) == "replaced":
        cards.usable_card(card)
    with database.atomic():
        card = MemberCard.get_by_id(card.id)
        if amount_fen > card.principal_fen:
            raise ValidationError("amount", "refund_over_principal",
                                  f"only {card.principal_fen / 100:.2f} of unspent principal"
                                  " can be refunded", principal_fen=card.principal_fen)  # fmt: skip
        receipt_no = _receipt("refund", receipt_no)
        forfeit = (2 * amount_fen * card.bonus_fen + card.principal_fen) // (2 * card.principal_fen)
        forfeit = min(forfeit, card.bonus_fen)
        entry = wallet_row(card, "refund", -amount_fen, -forfeit, receipt_no=receipt_no,
                           reason=_reason(reason))  # fmt: skip
        audit.record("refund", "wallet", card.customer_id,
                     detail=f"{card.card_no} -{amount_fen / 100:.2f}")  # fmt: skip
    return entry


def transfer(customer_id: int, from_card, to_card, amount_fen: int | None = None, *,
             reason: str = "") -> tuple[int, int]:  # fmt: skip
    """Move stored value between two cards of the same customer (all of it without an
    amount; principal and bonus in the payment's proportion). Returns the two rows."""
    source = cards.customer_card(customer_id, from_card)
    target = cards.usable_card(cards.customer_card(customer_id, to_card))
    if source.id == target.id:
        raise ValidationError("card", "transfer_same_card", "choose two different cards")
    with database.atomic():
        source = MemberCard.get_by_id(source.id)
        total = source.principal_fen + source.bonus_fen
        amount_fen = total if amount_fen is None else _fen(amount_fen)
        if amount_fen <= 0 or amount_fen > total:
            raise ValidationError("amount", "balance_insufficient",
                                  f"the balance is {total / 100:.2f}", balance_fen=total)  # fmt: skip
        split = split_payment(amount_fen, source.principal_fen, source.bonus_fen)
        out_id = wallet_row(source, "transfer_out", -split.principal_fen, -split.bonus_fen,
                            reason=_reason(reason))  # fmt: skip
        in_id = wallet_row(target, "transfer_in", split.principal_fen, split.bonus_fen,
                           counterpart_id=out_id, reason=_reason(reason))  # fmt: skip
        audit.record("transfer", "wallet", customer_id,
                     detail=f"{source.card_no} → {target.card_no} {amount_fen / 100:.2f}")  # fmt: skip
    return out_id, in_id


def reverse(entry_id: int, reason: str = "") -> list[int]:
    """Undo of a movement: a row of the opposite amounts (a transfer: both of its rows),
    once; refused when the card no longer has what the reversal takes back."""
    entry = WalletEntry.get_or_none(WalletEntry.id == entry_id)
    if entry is None:
        raise NotFoundError(f"no stored-value movement {entry_id}", code="entry_not_found",
                            id=entry_id)  # fmt: skip
    if entry.kind == "reverse":
        raise ValidationError("entry", "reverse_of_reverse", "a reversal is not reversed again")
    pair = [entry]
    if entry.kind == "transfer_in" and entry.counterpart_id:
        pair.append(WalletEntry.get_by_id(entry.counterpart_id))
    elif entry.kind == "transfer_out":
        pair += list(WalletEntry.select().where(WalletEntry.counterpart_id == entry.id))
    if WalletEntry.select().where(WalletEntry.reverses_id.in_([e.id for e in pair])).exists():
        raise ValidationError("entry", "already_reversed", f"movement {entry_id} is reversed already",
                              id=entry_id)  # fmt: skip
    with database.atomic():
        new_ids = []
        for row in pair:
            card = MemberCard.get_by_id(row.card_id)
            if card.principal_fen - row.principal_fen < 0 or card.bonus_fen - row.bonus_fen < 0:
                raise ValidationError("entry", "reverse_over_balance",
                                      f"card {card.card_no} no longer holds what the reversal"
                                      " takes back", card=card.card_no)  # fmt: skip
            new_ids.append(wallet_row(card, "reverse", -row.principal_fen, -row.bonus_fen,
                                      reverses_id=row.id, purchase_id=row.purchase_id,
                                      count_card_id=row.count_card_id,
                                      reason=_reason(reason) or f"reverses {row.id}"))  # fmt: skip
        audit.record("reverse", "wallet", entry.customer_id,
                     detail=f"{entry.kind} {entry.id} {_reason(reason)}".strip())  # fmt: skip
    return new_ids


def balance(customer_id: int, card_no=None) -> Split:
    """The kept balance of the customer's card (all their cards without `card_no`)."""
    if card_no:
        card = cards.customer_card(customer_id, card_no)
        return Split(card.principal_fen, card.bonus_fen)
    rows = cards.cards_of(customer_id)
    return Split(sum(c.principal_fen for c in rows), sum(c.bonus_fen for c in rows))
