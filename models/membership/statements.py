"""A member's statement (对账单) for a period: the opening balance, each movement with
its running balance, the closing balance, for points and for stored value (principal
and bonus). Read by the index on (customer, time)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import fn

from models.membership import cards
from models.membership.tables import MemberCard, PointsEntry, WalletEntry


@dataclass
class Statement:
    customer_id: int
    start: dt.date | None
    end: dt.date | None
    opening: dict = field(default_factory=dict)  # {"points": n} or {"principal_fen", "bonus_fen"}
    lines: list[dict] = field(default_factory=list)
    closing: dict = field(default_factory=dict)


def _bounds(start, end):
    low = dt.datetime.combine(start, dt.time()) if start else None
    high = dt.datetime.combine(end + dt.timedelta(days=1), dt.time()) if end else None
    return low, high


def points_statement(customer_id: int, start: dt.date | None = None,
                     end: dt.date | None = None) -> Statement:  # fmt: skip
    cards.member_of(customer_id)
    low, high = _bounds(start, end)
    where = PointsEntry.customer_id == customer_id
    opening = 0
    if low:
        opening = int(PointsEntry.select(fn.COALESCE(fn.SUM(PointsEntry.points), 0))
                      .where(where & (PointsEntry.at < low)).scalar())  # fmt: skip
        where &= PointsEntry.at >= low
    if high:
        where &= PointsEntry.at < high
    rows = PointsEntry.select().where(where).order_by(PointsEntry.at, PointsEntry.id)
    card_nos = _card_numbers(customer_id)
    running, lines = opening, []
    for row in rows:
        running += row.points
        lines.append({
            "id": row.id, "at": row.at, "kind": row.kind, "points": row.points,
            "balance": running, "card": card_nos.get(row.card_id, ""),
            "earned_on": row.earned_on, "expires_on": row.expires_on, "reason": row.reason,
            "purchase_id": row.purchase_id, "event_id": row.event_id,
            "referral_id": row.referral_id, "task": row.task, "receipt_no": row.receipt_no,
            "reverses_id": row.reverses_id, "staff": row.staff,
        })  # fmt: skip
    return Statement(customer_id, start, end, {"points": opening}, lines, {"points": running})


def _card_numbers(customer_id: int) -> dict[int, str]:
    return dict(MemberCard.select(MemberCard.id, MemberCard.card_no)
                .where(MemberCard.customer_id == customer_id).tuples())  # fmt: skip


def wallet_statement(customer_id: int, start: dt.date | None = None,
                     end: dt.date | None = None, card_no=None) -> Statement:  # fmt: skip
    """Every card of the customer (or the one named): a replaced card's history shows
    with its number."""
    cards.member_of(customer_id)
    low, high = _bounds(start, end)
    where = WalletEntry.customer_id == customer_id
    if card_no:
        where &= WalletEntry.card_id == cards.customer_card(customer_id, card_no).id
    p0 = b0 = 0
    if low:
        p0, b0 = (WalletEntry.select(fn.COALESCE(fn.SUM(WalletEntry.principal_fen), 0),
                                     fn.COALESCE(fn.SUM(WalletEntry.bonus_fen), 0))
                  .where(where & (WalletEntry.at < low)).tuples().get())  # fmt: skip
        where &= WalletEntry.at >= low
    if high:
        where &= WalletEntry.at < high
    card_nos = _card_numbers(customer_id)
    p, b, lines = int(p0), int(b0), []
    for row in WalletEntry.select().where(where).order_by(WalletEntry.at, WalletEntry.id):
        p += row.principal_fen
        b += row.bonus_fen
        lines.append({
            "id": row.id, "at": row.at, "kind": row.kind, "card": card_nos.get(row.card_id, ""),
            "principal_fen": row.principal_fen, "bonus_fen": row.bonus_fen,
            "amount_fen": row.principal_fen + row.bonus_fen, "balance_fen": p + b,
            "receipt_no": row.receipt_no, "purchase_id": row.purchase_id,
            "reverses_id": row.reverses_id, "reason": row.reason, "staff": row.staff,
        })  # fmt: skip
    return Statement(customer_id, start, end,
                     {"principal_fen": int(p0), "bonus_fen": int(b0), "balance_fen": int(p0 + b0)},
                     lines, {"principal_fen": p, "bonus_fen": b, "balance_fen": p + b})  # fmt: skip


def points_movement(entry_id: int) -> dict:
    """One points row as the CLI and the window report a movement, with the balance."""
    row = PointsEntry.get_by_id(entry_id)
    return {"id": row.id, "customer_id": row.customer_id, "kind": row.kind,
            "points": row.points, "balance": cards.member_of(row.customer_id).points,
            "expires_on": row.expires_on}  # fmt: skip


def wallet_movement(entry_id: int) -> dict:
    """One stored-value row with its card's balance after it."""
    row = WalletEntry.get_by_id(entry_id)
    card = MemberCard.get_by_id(row.card_id)
    return {"id": row.id, "customer_id": row.customer_id, "card": card.card_no,
            "kind": row.kind, "principal_fen": row.principal_fen, "bonus_fen": row.bonus_fen,
            "amount_fen": row.principal_fen + row.bonus_fen,
            "balance_principal_fen": card.principal_fen, "balance_bonus_fen": card.bonus_fen,
            "balance_fen": card.principal_fen + card.bonus_fen}  # fmt: skip
