"""The check: every kept balance recomputed from its ledger (members' points, cards'
principal and bonus, count cards' visits left) and the kept day figures of stored
value; each difference listed. Zero differences is the only good answer."""

from __future__ import annotations

from dataclasses import dataclass, field

from peewee import fn

from models.membership.reconcile import reconcile_all
from models.membership.tables import (
    CountCard,
    CountCardEntry,
    LevelHistory,
    Member,
    MemberCard,
    MemberLevel,
    PointsEntry,
    WalletEntry,
)


@dataclass
class Check:
    members: int = 0
    cards: int = 0
    count_cards: int = 0
    points_rows: int = 0
    wallet_rows: int = 0
    differences: list[dict] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.differences

    def to_json(self) -> dict:
        return {"members": self.members, "cards": self.cards, "count_cards": self.count_cards,
                "points_rows": self.points_rows, "wallet_rows": self.wallet_rows,
                "differences": len(self.differences), "ok": self.ok}  # fmt: skip


def check_points(result: Check | None = None) -> Check:
    result = result or Check()
    sums = dict(PointsEntry.select(PointsEntry.customer_id, fn.SUM(PointsEntry.points))
                .group_by(PointsEntry.customer_id).tuples())  # fmt: skip
    result.points_rows = PointsEntry.select().count()
    for customer_id, kept in Member.select(Member.customer_id, Member.points).tuples():
        result.members += 1
        ledger = int(sums.pop(customer_id, 0) or 0)
        if ledger != kept:
            result.differences.append({"what": "points", "customer_id": customer_id,
                                       "kept": kept, "ledger": ledger})  # fmt: skip
    for customer_id, ledger in sums.items():  # rows of no member (a withdrawn enrolment: 0)
        if not ledger:
            continue
        result.differences.append({"what": "points", "customer_id": customer_id, "kept": None,
                                   "ledger": int(ledger)})  # fmt: skip
    return result


def check_wallet(result: Check | None = None) -> Check:
    result = result or Check()
    sums = {c: (int(p), int(b)) for c, p, b in
            WalletEntry.select(WalletEntry.card_id, fn.SUM(WalletEntry.principal_fen),
                               fn.SUM(WalletEntry.bonus_fen))
            .group_by(WalletEntry.card_id).tuples()}  # fmt: skip
    result.wallet_rows = WalletEntry.select().count()
    for card_id, card_no, customer_id, p, b in MemberCard.select(
        MemberCard.id, MemberCard.card_no, MemberCard.customer_id, MemberCard.principal_fen,
        MemberCard.bonus_fen).tuples():  # fmt: skip
        result.cards += 1
        ledger = sums.pop(card_id, (0, 0))
        if ledger != (p, b):
            result.differences.append({"what": "wallet", "card": card_no,
                                       "customer_id": customer_id,
                                       "kept_principal_fen": p, "kept_bonus_fen": b,
                                       "ledger_principal_fen": ledger[0],
                                       "ledger_bonus_fen": ledger[1]})  # fmt: skip
    for card_id, ledger in sums.items():
        result.differences.append({"what": "wallet", "card_id": card_id, "kept": None,
                                   "ledger_principal_fen": ledger[0],
                                   "ledger_bonus_fen": ledger[1]})  # fmt: skip
    for day_kind in reconcile_all().day_figures_differ:
        result.differences.append({"what": "wallet_day", "day": day_kind})
    return result


def check_count_cards(result: Check | None = None) -> Check:
    result = result or Check()
    sums = dict(CountCardEntry.select(CountCardEntry.count_card_id, fn.SUM(CountCardEntry.visits))
                .group_by(CountCardEntry.count_card_id).tuples())  # fmt: skip
    for card_id, kept in CountCard.select(CountCard.id, CountCard.visits_left).tuples():
        result.count_cards += 1
        ledger = int(sums.get(card_id, 0) or 0)
        if ledger != kept:
            result.differences.append({"what": "count_card", "count_card_id": card_id,
                                       "kept": kept, "ledger": ledger})  # fmt: skip
    return result


def check_levels(result: Check | None = None) -> Check:
    """Each member's level is the one their newest level history row moved them to
    (none without history), and a level that exists."""
    result = result or Check()
    last = LevelHistory.select(fn.MAX(LevelHistory.id)).group_by(LevelHistory.customer_id)
    to = dict(LevelHistory.select(LevelHistory.customer_id, LevelHistory.to_level_id)
              .where(LevelHistory.id.in_(last)).tuples())  # fmt: skip
    known = {i for (i,) in MemberLevel.select(MemberLevel.id).tuples()}
    for customer_id, level_id in Member.select(Member.customer_id, Member.level_id).tuples():
        if level_id != to.get(customer_id) or (level_id is not None and level_id not in known):
            result.differences.append({"what": "level", "customer_id": customer_id,
                                       "kept": level_id, "history": to.get(customer_id)})  # fmt: skip
    return result


def check_all() -> Check:
    return check_levels(check_count_cards(check_wallet(check_points())))
