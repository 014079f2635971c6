"""The set-based level measures (one grouped query per table over its covering index,
the reversed row's kind looked up only for reversals, the spend period cut on the
purchase's day) cross-checked against the rule worked member by member in Python,
on random ledgers: points earned (earn, opening, reversals of those, a refund's
reversal), redeemed, adjusted, reversed; purchases live, refunded and voided, at
random times over two years. Every member, and each member alone (the after-purchase
path), must reach the level the rule says."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from models import clock
from models.errors import ValidationError
from models.membership import level_rules, levels, points, recording
from models.membership.tables import PointsEntry
from models.purchases.purchases import Purchase
from tests.membership_helpers import at, member

TODAY = dt.date(2026, 12, 1)
LEVELS = (  # name, rank, basis, threshold, period_days (None: for life)
    ("普通", 0, "points", 0, None),
    ("银卡", 1, "points", 500, 30),
    ("金卡", 2, "spend", 50_000, 90),
    ("钻石", 3, "points", 3000, None),
    ("黑卡", 4, "spend", 300_000, None),
)


def _random_ledgers(rng: random.Random, customers: list[int]) -> None:
    for _ in range(12 * len(customers)):
        try:
            _one_movement(rng, rng.choice(customers))
        except ValidationError:
            pass  # refused (a balance below 0, ...): nothing written, the next one


def _one_movement(rng: random.Random, cid: int) -> None:
    when = clock.now() - dt.timedelta(minutes=rng.randint(1, 2 * 365 * 24 * 60))
    roll = rng.random()
    if roll < 0.35:
        points.earn(cid, rng.randint(1, 900), reason="random", at=when)
    elif roll < 0.6:
        pid, _earned = recording.add_purchase(cid, rng.randint(1, 900), at=when)
        after = rng.random()
        if after < 0.2:
            recording.void(pid, "random")
        elif after < 0.4:
            recording.refund(pid, 1, at=when + dt.timedelta(minutes=1))
    elif roll < 0.75:
        can = points.available(cid)
        if can > 0:
            points.redeem(cid, rng.randint(1, can))
    elif roll < 0.85:
        points.adjust(cid, rng.choice((-1, 1)) * rng.randint(1, 50), "random")
    else:
        rows = [r for (r,) in PointsEntry.select(PointsEntry.id).where(
            (PointsEntry.customer_id == cid) & (PointsEntry.kind != "reverse")
            & (PointsEntry.points > 0)).tuples()]  # fmt: skip
        done = {r for (r,) in PointsEntry.select(PointsEntry.reverses_id).tuples()}
        left = [r for r in rows if r not in done]
        if left:
            points.reverse(rng.choice(left), "random")


def _reference(customers: list[int]) -> dict[int, str | None]:
    """The level each member reaches, worked out row by row in Python."""
    kind_of = dict(PointsEntry.select(PointsEntry.id, PointsEntry.kind).tuples())
    measure = {(c, basis, period): 0 for c in customers for _n, _r, basis, _t, period in LEVELS}

    ways = {(basis, period) for _n, _r, basis, _t, period in LEVELS}

    def add(cid, basis, day, amount):
        for b, period in ways:
            if b == basis and (period is None or day >= TODAY - dt.timedelta(days=period - 1)):
                measure[(cid, b, period)] += amount

    for row in PointsEntry.select():
        counted = row.kind in ("earn", "opening") or (
            row.kind == "reverse"
            and (row.reverses_id is None or kind_of[row.reverses_id] in ("earn", "opening"))
        )
        if counted:
            add(row.customer_id, "points", row.at.date(), row.points)
    for row in Purchase.select().where(Purchase.voided_at.is_null()):
        add(row.customer_id, "spend", row.at.date(), row.amount_cents)
    out = {}
    for cid in customers:
        reached = [(rank, name) for name, rank, basis, threshold, period in LEVELS
                   if measure[(cid, basis, period)] >= threshold]  # fmt: skip
        out[cid] = max(reached)[1] if reached else None
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_set_based_levels_match_the_rule_member_by_member(db, seed):
    rng = random.Random(seed)
    at(2026, 12, 1, 18)
    customers = [member(f"会员{i}") for i in range(25)]
    _random_ledgers(rng, customers)
    # the levels come after the ledgers: the purchases above checked no level
    for name, rank, basis, threshold, period in LEVELS:
        levels.add({"name": name, "rank": rank, "basis": basis, "threshold": threshold,
                    "period_days": period})  # fmt: skip
    want = _reference(customers)
    assert len(set(want.values())) >= 3, "the random ledgers reach too few levels to compare"
    every = {c["customer_id"]: c["to_level"]
             for c in level_rules.recompute(dry_run=True, today=TODAY)["changes"]}  # fmt: skip
    assert {c: every.get(c) for c in customers} == want
    for cid in customers:  # one member alone: the index range, not the scan
        alone = level_rules.recompute([cid], dry_run=True, today=TODAY)["changes"]
        assert (alone[0]["to_level"] if alone else None) == want[cid]
    level_rules.recompute(today=TODAY)
    assert {c: level_rules.state(c)["level"] or None for c in customers} == want
