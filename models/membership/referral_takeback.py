"""Referral rewards taken back (转介绍奖励收回): when the introduced customer's first
purchase (the one that earned the rewards) is voided or refunded in full, both sides'
rewards are reversed by ledger rows (never deleted), and the rewards wait for the next
first purchase, which earns them again, once.

- Points: a reverse row of each reward lot, no more than the balance holds unless the
  business allows a negative balance (a reward already spent is not clawed below 0);
  the row is written even when it takes 0, so the grant is seen as taken back.
- Stored-value bonus: a reverse row on the card that holds it now (a replaced card's
  successor), no more than its bonus balance.
- A count card given: its unused visits (count_cards.take_back_gift).

The referral keeps `first_purchase_id` with `rewarded_at` cleared: "taken back, waiting".
If the customer has another purchase that counts, it is now their first and earns the
rewards at once; an undo that brings the first purchase back earns them on it (when no
other purchase has them). `settle` runs inside the transaction of the void, refund,
edit or undo (earning.settle calls it)."""

from __future__ import annotations

from models.membership import count_cards, referrals, settings
from models.membership.ledger_rows import points_row, wallet_row
from models.membership.tables import (
    CountCardEntry,
    Member,
    MemberCard,
    PointsEntry,
    Referral,
    WalletEntry,
)
from models.purchases import purchases
from models.storage import audit
from models.storage.db import database

REASON = "转介绍奖励收回"


def settle(purchase_id: int) -> dict | None:
    """The referral's rewards brought in line with the purchase (a refund's: the
    purchase it returns) as it stands now; None when nothing concerns them."""
    row = purchases.get_row(purchase_id)
    original = row if row.refund_of is None else purchases.get_row(row.refund_of)
    referral = Referral.get_or_none(Referral.customer_id == original.customer_id)
    if referral is None or referral.first_purchase_id is None:
        return None
    if referral.rewarded_at is not None:
        if referral.first_purchase_id != original.id or referrals.stands(original):
            return None
        with database.atomic():
            taken = take_back(referral, original.id)
            nxt = referrals.first_standing(original.customer_id)
            again = referrals.reward_first_purchase(nxt.id) if nxt is not None else None
        return {"taken_back": taken, "rewarded_again": again}
    if not referrals.stands(original):  # taken back before: the next first purchase
        return None
    return {"taken_back": None, "rewarded_again": referrals.reward_first_purchase(original.id)}


def take_back(referral: Referral, purchase_id: int) -> dict:
    """Both sides' standing rewards reversed; returns what was taken per side."""
    reason = f"{REASON}: purchase {purchase_id}"
    with database.atomic():
        got = {side: _take_side(referral, cid, purchase_id, reason)
               for side, cid in (("referrer", referral.introduced_by_id),
                                 ("referred", referral.customer_id))}  # fmt: skip
        Referral.update(rewarded_at=None).where(Referral.id == referral.id).execute()
        referral.rewarded_at = None
        audit.record("reverse", "referral", referral.customer_id,
                     detail=f"purchase {purchase_id}: " + "; ".join(
                         f"{side} {g['customer_id']} -{g['points']} points"
                         f" -{g['bonus_fen'] / 100:.2f} -{g['visits']} visits"
                         for side, g in got.items()))  # fmt: skip
    return got


def _not_reversed(model, rows):
    ids = [r.id for r in rows]
    done = {r for (r,) in model.select(model.reverses_id).where(model.reverses_id.in_(ids))
            .tuples()}  # fmt: skip
    return [r for r in rows if r.id not in done]


def _take_side(referral: Referral, customer_id: int, purchase_id: int, reason: str) -> dict:
    got = {"customer_id": customer_id, "points": 0, "bonus_fen": 0, "visits": 0}
    earns = _not_reversed(PointsEntry, PointsEntry.select().where(
        (PointsEntry.referral_id == referral.id) & (PointsEntry.customer_id == customer_id)
        & (PointsEntry.kind == "earn")).order_by(PointsEntry.id))  # fmt: skip
    for earn in earns:
        take = earn.points
        if not settings.get("points_negative_allowed"):
            member = Member.get_or_none(Member.customer_id == customer_id)
            take = min(take, max(member.points if member else 0, 0))
        points_row(customer_id, "reverse", -take, card_id=earn.card_id, reverses_id=earn.id,
                   referral_id=referral.id, purchase_id=purchase_id, reason=reason)  # fmt: skip
        audit.record("reverse", "points", customer_id, detail=f"earn {earn.id}: -{take} {reason}")
        got["points"] += take
    bonuses = _not_reversed(WalletEntry, WalletEntry.select().where(
        (WalletEntry.referral_id == referral.id) & (WalletEntry.customer_id == customer_id)
        & (WalletEntry.kind == "bonus")).order_by(WalletEntry.id))  # fmt: skip
    for bonus in bonuses:
        card = _holding_card(bonus.card_id)
        take = min(bonus.bonus_fen, max(card.bonus_fen, 0))
        if take <= 0:
            continue
        wallet_row(card, "reverse", 0, -take, reverses_id=bonus.id, referral_id=referral.id,
                   purchase_id=purchase_id, reason=reason)  # fmt: skip
        audit.record("reverse", "wallet", customer_id,
                     detail=f"bonus {bonus.id} {card.card_no} -{take / 100:.2f} {reason}")  # fmt: skip
        got["bonus_fen"] += take
    sales = CountCardEntry.select().where(
        (CountCardEntry.referral_id == referral.id) & (CountCardEntry.customer_id == customer_id)
        & (CountCardEntry.kind == "sell")).order_by(CountCardEntry.id)  # fmt: skip
    for sale in _not_reversed(CountCardEntry, list(sales)):
        got["visits"] += count_cards.take_back_gift(sale.id, reason)
    return got


def _holding_card(card_id: int) -> MemberCard:
    """The card holding what went to `card_id` now: the card, or the one that replaced it
    (补卡 moves the balances), following the chain."""
    card = MemberCard.get_by_id(card_id)
    seen = {card.id}
    while card.replaced_by_id and card.replaced_by_id not in seen:
        card = MemberCard.get_by_id(card.replaced_by_id)
        seen.add(card.id)
    return card
