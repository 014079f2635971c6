"""Stored value's reconciliation (对账): for a day, opening liability + top-ups +
bonuses - payments - refunds (+ opening balances imported, transfers, reversals) =
closing liability, in principal and bonus, with the difference that must be 0; the
outstanding liability (余额负债) and dormant balances. A day reads the kept day figures
(wallet_day) and checks them against that day's rows; all time reads every row and the
cards' kept balances."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import fn

from models import clock
from models.membership import settings
from models.membership.tables import WALLET_KINDS, MemberCard, WalletDay, WalletEntry

MOVEMENTS = WALLET_KINDS  # each a line of the report


@dataclass
class Reconciliation:
    day: dt.date | None  # None: all time
    opening: tuple[int, int] = (0, 0)  # principal, bonus
    movements: dict[str, tuple[int, int]] = field(default_factory=dict)
    closing: tuple[int, int] = (0, 0)  # the ledger's sum (all time: the cards' kept balances)
    difference: tuple[int, int] = (0, 0)  # opening + movements - closing
    day_figures_differ: list[str] = field(default_factory=list)  # kinds whose kept figures drift

    def to_json(self) -> dict:
        m = self.movements
        return {
            "date": self.day.isoformat() if self.day else None,
            "opening_fen": sum(self.opening), "opening_principal_fen": self.opening[0],
            "opening_bonus_fen": self.opening[1],
            "topups_fen": m.get("topup", (0, 0))[0],
            "bonuses_fen": m.get("topup", (0, 0))[1] + m.get("bonus", (0, 0))[1],
            "payments_fen": -sum(m.get("pay", (0, 0))),
            "payments_principal_fen": -m.get("pay", (0, 0))[0],
            "payments_bonus_fen": -m.get("pay", (0, 0))[1],
            "refunds_fen": -m.get("refund", (0, 0))[0],
            "refunds_bonus_fen": -m.get("refund", (0, 0))[1],
            "openings_fen": sum(m.get("opening", (0, 0))),
            "transfers_fen": sum(m.get("transfer_in", (0, 0))) + sum(m.get("transfer_out", (0, 0))),
            "reversals_fen": sum(m.get("reverse", (0, 0))),
            "closing_fen": sum(self.closing), "closing_principal_fen": self.closing[0],
            "closing_bonus_fen": self.closing[1],
            "difference_fen": sum(abs(d) for d in self.difference),
            "difference_principal_fen": self.difference[0],
            "difference_bonus_fen": self.difference[1],
            "day_figures_differ": self.day_figures_differ,
        }  # fmt: skip


def _sums(query) -> tuple[int, int]:
    p, b = query.tuples().get()
    return int(p or 0), int(b or 0)


def _difference(rec: Reconciliation) -> tuple[int, int]:
    p = rec.opening[0] + sum(v[0] for v in rec.movements.values()) - rec.closing[0]
    b = rec.opening[1] + sum(v[1] for v in rec.movements.values()) - rec.closing[1]
    return p, b


def reconcile_day(day: dt.date) -> Reconciliation:
    """One day: the opening from the kept day figures before it, the day's movements from
    its own rows, the closing from the kept figures up to its end, or, on a day with no
    movement after it, from the cards' kept balances (the liability as the counter sees
    it). A day whose kept figures drift from its rows shows as a difference."""
    n = day.toordinal()
    opening = _sums(WalletDay.select(fn.SUM(WalletDay.principal_fen), fn.SUM(WalletDay.bonus_fen))
                    .where(WalletDay.day < n))  # fmt: skip
    rows = (WalletEntry.select(WalletEntry.kind, fn.SUM(WalletEntry.principal_fen),
                               fn.SUM(WalletEntry.bonus_fen))
            .where(WalletEntry.day == n).group_by(WalletEntry.kind).tuples())  # fmt: skip
    movements = {kind: (int(p), int(b)) for kind, p, b in rows}
    kept = {d.kind: (d.principal_fen, d.bonus_fen) for d in
            WalletDay.select().where(WalletDay.day == n)}  # fmt: skip
    differ = sorted(k for k in set(kept) | set(movements)
                    if kept.get(k, (0, 0)) != movements.get(k, (0, 0)))  # fmt: skip
    later = WalletEntry.select().where(WalletEntry.day > n).exists()
    if later:
        closing = _sums(WalletDay.select(fn.SUM(WalletDay.principal_fen),
                                         fn.SUM(WalletDay.bonus_fen)).where(WalletDay.day <= n))  # fmt: skip
    else:
        closing = _sums(MemberCard.select(fn.SUM(MemberCard.principal_fen),
                                          fn.SUM(MemberCard.bonus_fen)))  # fmt: skip
    rec = Reconciliation(day, opening, movements, closing, day_figures_differ=differ)
    rec.difference = _difference(rec)
    return rec


def reconcile_all() -> Reconciliation:
    """All time: every row summed by kind against the cards' kept balances (the
    liability the business sees), and every day's kept figures against its rows."""
    rows = (WalletEntry.select(WalletEntry.kind, fn.SUM(WalletEntry.principal_fen),
                               fn.SUM(WalletEntry.bonus_fen))
            .group_by(WalletEntry.kind).tuples())  # fmt: skip
    movements = {kind: (int(p), int(b)) for kind, p, b in rows}
    closing = _sums(MemberCard.select(fn.SUM(MemberCard.principal_fen),
                                      fn.SUM(MemberCard.bonus_fen)))  # fmt: skip
    by_day = {(d, k): (int(p), int(b)) for d, k, p, b in
              WalletEntry.select(WalletEntry.day, WalletEntry.kind, fn.SUM(WalletEntry.principal_fen),
                                 fn.SUM(WalletEntry.bonus_fen))
              .group_by(WalletEntry.day, WalletEntry.kind).tuples()}  # fmt: skip
    kept = {(d.day, d.kind): (d.principal_fen, d.bonus_fen) for d in WalletDay.select()}
    differ = sorted({f"{dt.date.fromordinal(d).isoformat()} {k}"
                     for (d, k) in set(by_day) | set(kept)
                     if by_day.get((d, k), (0, 0)) != kept.get((d, k), (0, 0))})  # fmt: skip
    rec = Reconciliation(None, (0, 0), movements, closing, day_figures_differ=differ)
    rec.difference = _difference(rec)
    if differ:  # kept day figures that drift make the report's difference too
        drift = [sum(kept.get(key, (0, 0))[i] - by_day.get(key, (0, 0))[i]
                     for key in set(by_day) | set(kept)) for i in (0, 1)]  # fmt: skip
        rec.difference = (rec.difference[0] + abs(drift[0]),
                          rec.difference[1] + abs(drift[1]))  # fmt: skip
    return rec


def liability() -> dict:
    """The outstanding liability (余额负债): what the business owes its members."""
    p, b, n = (MemberCard.select(fn.COALESCE(fn.SUM(MemberCard.principal_fen), 0),
                                 fn.COALESCE(fn.SUM(MemberCard.bonus_fen), 0),
                                 fn.COUNT(MemberCard.id))
               .where((MemberCard.principal_fen != 0) | (MemberCard.bonus_fen != 0))
               .tuples().get())  # fmt: skip
    return {"principal_fen": int(p), "bonus_fen": int(b), "balance_fen": int(p + b), "cards": n}


def dormant(days: int | None = None, limit: int = 1000) -> list[dict]:
    """Cards holding a balance with no movement for `days` (default: the setting),
    largest first."""
    days = settings.get("dormant_days") if days is None else days
    since = clock.now() - dt.timedelta(days=days)
    rows = (MemberCard.select().where(((MemberCard.principal_fen + MemberCard.bonus_fen) > 0)
                                      & (MemberCard.last_used_at < since))
            .order_by((MemberCard.principal_fen + MemberCard.bonus_fen).desc()).limit(limit))  # fmt: skip
    return [{"customer_id": c.customer_id, "card": c.card_no, "principal_fen": c.principal_fen,
             "bonus_fen": c.bonus_fen, "balance_fen": c.principal_fen + c.bonus_fen,
             "last_used_at": c.last_used_at} for c in rows]  # fmt: skip
