"""Lifecycle suggestions (生命周期建议) from purchases, with thresholds the user sets.

In order, the first rule that fits (days counted to today):
- no purchase: 潜在 lead;
- first purchase within `new_days` (90): 新客户 new;
- at least `active_purchases` (2) purchases, the last within `active_days` (180): 活跃 active;
- one purchase, within `active_days`: still 新客户 new (bought once, not yet back);
- last purchase `active_days`-`churn_days` (180-365) ago: 沉睡 dormant;
- over `churn_days` ago: 流失 churned.
Only refunds (no positive purchase) count as no purchase. Customers in the recycle bin
are left alone. Suggestions are reviewed and accepted in bulk, per transition
("活跃 -> 沉睡: 120 customers"); accepting writes in one transaction and returns what
it changed, so it can be undone.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass

from peewee import SQL, fn

from models import clock
from models.customers.record import Customer
from models.errors import ValidationError
from models.purchases.purchases import LIVE, Purchase
from models.storage import audit, preferences
from models.storage.base import gc_paused, raw_time
from models.storage.db import database

RULES_KEY = "lifecycle_rules"
CHUNK = 900


@dataclass(frozen=True)
class Rules:
    new_days: int = 90
    active_days: int = 180
    churn_days: int = 365
    active_purchases: int = 2

    def check(self) -> None:
        if not 1 <= self.new_days <= self.active_days < self.churn_days <= 3650:
            raise ValidationError(
                "lifecycle", "thresholds_invalid",
                "the days must grow: new <= active < churned (at most 3650)",
            )  # fmt: skip
        if not 1 <= self.active_purchases <= 1000:
            raise ValidationError(
                "lifecycle", "thresholds_invalid", "active needs 1-1000 purchases"
            )


def rules() -> Rules:
    saved = preferences.get(RULES_KEY) or {}
    try:
        found = Rules(**{k: int(v) for k, v in saved.items() if k in Rules.__dataclass_fields__})
        found.check()
        return found
    except (TypeError, ValueError, ValidationError):
        return Rules()


def set_rules(new: Rules) -> None:
    new.check()
    preferences.put(RULES_KEY, asdict(new))


def suggest_stage(count: int, first_days: int | None, last_days: int | None, r: Rules) -> str:
    """The stage the rules give (days since the first and last positive purchase)."""
    if not count or last_days is None:
        return "lead"
    if first_days is not None and first_days <= r.new_days:
        return "new"
    if last_days <= r.active_days:
        return "active" if count >= r.active_purchases else "new"
    return "dormant" if last_days <= r.churn_days else "churned"


@dataclass
class Suggestions:
    """Customer ids per (current stage, suggested stage), changes only."""

    moves: dict[tuple[str, str], list[int]]

    @property
    def counts(self) -> dict[tuple[str, str], int]:
        # Ties by stage codes: not in the order some index happened to read them.
        ordered = sorted(self.moves.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        return {k: len(v) for k, v in ordered}

    @property
    def total(self) -> int:
        return sum(len(v) for v in self.moves.values())


def suggestions(r: Rules | None = None, today: dt.date | None = None) -> Suggestions:
    r = r or rules()
    today = today or clock.today()
    cutoff = dt.datetime.combine(today - dt.timedelta(days=r.new_days), dt.time())
    # Customers whose first positive purchase is recent: bought since the cutoff and
    # never before it (a probe of the (customer, day) index per recent buyer).
    earlier = Purchase.select(SQL("1")).where(
        (Purchase.customer == Customer.id)
        & (Purchase.day < cutoff.toordinal())
        & (Purchase.amount_cents > 0)
        & LIVE
    )
    recent_first = {
        cid
        for (cid,) in Customer.select(Customer.id)
        .where(
            Customer.deleted_at.is_null()
            & (Customer.last_purchase_at >= cutoff)
            & ~fn.EXISTS(earlier)
        )
        .tuples()
    }
    moves: dict[tuple[str, str], list[int]] = defaultdict(list)
    query = Customer.select(
        Customer.id, Customer.stage, Customer.purchase_count, Customer.last_purchase_at
    ).where(Customer.deleted_at.is_null())
    with gc_paused():
        for cid, stage, count, last in database.execute(query).fetchall():
            last = raw_time(last)
            last_days = None if last is None else (today - last.date()).days
            first_days = 0 if cid in recent_first else None
            new = suggest_stage(count, first_days, last_days, r)
            if new != stage:
                moves[(stage, new)].append(cid)
    return Suggestions(dict(moves))


def accept(found: Suggestions, transitions=None) -> dict[int, str]:
    """Write the chosen transitions (all by default) in one transaction; a customer
    whose stage changed since the suggestion is left alone. Returns {id: old stage}
    of the customers changed (for undo, see restore)."""
    chosen = found.moves if transitions is None else {t: found.moves[t] for t in transitions}
    changed: dict[int, str] = {}
    now = clock.now()
    with database.atomic():
        for (old, new), ids in chosen.items():
            for i in range(0, len(ids), CHUNK):
                chunk = ids[i : i + CHUNK]
                where = Customer.id.in_(chunk) & (Customer.stage == old)
                hit = [c for (c,) in Customer.select(Customer.id).where(where).tuples()]
                if hit:
                    Customer.update(stage=new, updated_at=now).where(Customer.id.in_(hit)).execute()
                    changed.update(dict.fromkeys(hit, old))
        if changed:
            after = {c: new for (_old, new), ids in chosen.items() for c in ids if c in changed}
            audit.record("stage", "customer", detail=moves_text(changed, after),
                         count=len(changed))  # fmt: skip
    return changed


def moves_text(before: dict[int, str], after: dict[int, str]) -> str:
    """'stage: active → dormant (120); stage: lead → new (3)': the audit detail of a
    change of stages, the largest move first."""
    moves = Counter((before[cid], after[cid]) for cid in before if cid in after)
    return "; ".join(f"stage: {old} → {new} ({n:,})" for (old, new), n in moves.most_common())


def restore(previous: dict[int, str]) -> None:
    """Undo accept(): put the stages back."""
    by_stage = defaultdict(list)
    for cid, stage in previous.items():
        by_stage[stage].append(cid)
    with database.atomic():
        for stage, ids in by_stage.items():
            for i in range(0, len(ids), CHUNK):
                Customer.update(stage=stage).where(Customer.id.in_(ids[i : i + CHUNK])).execute()


def stage_counts() -> dict[str, int]:
    """{stage: live customers} (the dashboard's funnel)."""
    query = (
        Customer.select(Customer.stage, fn.COUNT(Customer.id))
        .where(Customer.deleted_at.is_null())
        .group_by(Customer.stage)
        .tuples()
    )
    return dict(query)
