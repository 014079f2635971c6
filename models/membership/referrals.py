"""Referrals (转介绍/裂变): who introduced a customer (one introducer each; oneself and
cycles such as A -> B -> C -> A refused; changeable, audited, until the rewards are
granted), the tree of who brought whom, counts per referrer (direct, all levels,
converted = made a first purchase), the referral rate of a period, and the rewards to
both sides by the membership settings (points, a stored-value bonus, visits of a count
card), granted ONCE, when the introduced customer's first purchase is recorded
(`reward_first_purchase`, run inside that purchase's transaction). A first purchase
voided or refunded in full gives them back (referral_takeback.py) and the next first
purchase earns them again, once."""

from __future__ import annotations

import datetime as dt

from peewee import fn

from models import clock
from models.customers import record
from models.customers.record import Customer
from models.errors import GuanjiaError, ValidationError
from models.membership import cards, count_cards, points, settings
from models.membership.ledger_rows import wallet_row
from models.membership.tables import Member, Referral
from models.purchases import purchases
from models.purchases.purchases import LIVE, Purchase
from models.storage import audit
from models.storage.db import database

SIDES = ("referrer", "referred")
REWARD_REASON = "转介绍奖励"


def introducer_of(customer_id: int) -> int | None:
    row = Referral.get_or_none(Referral.customer_id == int(customer_id))
    return None if row is None else row.introduced_by_id


def _parents() -> dict[int, int]:
    return dict(Referral.select(Referral.customer_id, Referral.introduced_by_id).tuples())


def chain_up(customer_id: int) -> list[int]:
    """Who introduced the customer, who introduced them, ... (nearest first)."""
    chain, seen = [], {int(customer_id)}
    current = introducer_of(customer_id)
    while current is not None and current not in seen:
        chain.append(current)
        seen.add(current)
        current = introducer_of(current)
    return chain


def set_introducer(customer_id: int, by_id: int, note: str = "") -> int | None:
    """Record (or change) who introduced the customer; returns the introducer before
    (None: none). Refused: oneself, a cycle, a change once the rewards were granted."""
    customer = record.live_customer(customer_id)
    by = record.live_customer(by_id)
    if customer.id == by.id:
        raise ValidationError("introduced_by", "referral_self", "a customer cannot introduce"
                              " themselves")  # fmt: skip
    if customer.id in chain_up(by.id):
        raise ValidationError("introduced_by", "referral_cycle",
                              f"{customer.name} brought {by.name} (directly or not): a cycle",
                              name=by.name)  # fmt: skip
    note = " ".join(str(note or "").split())[:200]
    old = Referral.get_or_none(Referral.customer_id == customer.id)
    if old is not None and old.introduced_by_id == by.id:
        raise ValidationError("introduced_by", "referral_same",
                              f"{by.name} is recorded as the introducer already", name=by.name)  # fmt: skip
    if old is not None and old.rewarded_at is not None:
        raise ValidationError("introduced_by", "referral_rewarded",
                              "the rewards of this referral were granted: it stays")  # fmt: skip
    with database.atomic():
        if old is None:
            Referral.insert(customer_id=customer.id, introduced_by_id=by.id,
                            recorded_at=clock.now(), note=note, staff=audit.staff()).execute()  # fmt: skip
        else:
            Referral.update(introduced_by_id=by.id, note=note or old.note, staff=audit.staff(),
                            recorded_at=clock.now()).where(Referral.id == old.id).execute()  # fmt: skip
        was = "" if old is None else f"{old.introduced_by_id} → "
        audit.record("refer", "referral", customer.id,
                     detail=f"{customer.name}: introduced_by {was}{by.id} ({by.name})")  # fmt: skip
    return None if old is None else old.introduced_by_id


def clear(customer_id: int) -> None:
    """No introducer any more (the undo of a first one); refused once rewarded."""
    row = Referral.get_or_none(Referral.customer_id == int(customer_id))
    if row is None:
        return
    if row.rewarded_at is not None:
        raise ValidationError("introduced_by", "referral_rewarded",
                              "the rewards of this referral were granted: it stays")  # fmt: skip
    with database.atomic():
        Referral.delete().where(Referral.id == row.id).execute()
        audit.record("refer", "referral", row.customer_id,
                     detail=f"introduced_by {row.introduced_by_id} → none")  # fmt: skip


def summary(customer_id: int) -> dict:
    """What the customer card shows: who introduced them, how many they brought."""
    by = introducer_of(customer_id)
    name = "" if by is None else _names([by]).get(by, ("", 0))[0]
    direct = Referral.select().where(Referral.introduced_by_id == int(customer_id)).count()
    return {"introduced_by": by, "introduced_by_name": name, "direct": direct}


def _names(ids) -> dict[int, tuple[str, int]]:
    ids = list(ids)
    found = {}
    for i in range(0, len(ids), 500):
        found.update({cid: (name, count) for cid, name, count in Customer.select(
            Customer.id, Customer.name, Customer.purchase_count).where(
            Customer.id.in_(ids[i:i + 500])).tuples()})  # fmt: skip
    return found


def tree(customer_id: int, depth: int = 10) -> dict:
    """Who the customer brought, and whom they brought, `depth` levels down: nested
    {customer_id, name, converted, level, children}; with `introduced_by` (the chain
    up, nearest first) at the top."""
    root = record.live_customer(customer_id)
    levels = [[root.id]]
    children: dict[int, list[int]] = {}
    seen = {root.id}
    while levels[-1] and len(levels) <= depth:
        rows = (
            Referral.select(Referral.customer_id, Referral.introduced_by_id)
            .where(Referral.introduced_by_id.in_(levels[-1]))
            .order_by(Referral.customer_id)
            .tuples()
        )
        nxt = []
        for child, parent in rows:
            if child not in seen:
                seen.add(child)
                children.setdefault(parent, []).append(child)
                nxt.append(child)
        levels.append(nxt)
    names = _names(seen)

    def node(cid: int, level: int) -> dict:
        name, count = names.get(cid, ("", 0))
        return {"customer_id": cid, "name": name, "converted": bool(count), "level": level,
                "children": [node(c, level + 1) for c in children.get(cid, [])]}  # fmt: skip

    top = node(root.id, 0)
    up = chain_up(root.id)
    up_names = _names(up)
    top["introduced_by"] = [{"customer_id": c, "name": up_names.get(c, ("", 0))[0]} for c in up]
    top["direct"] = len(children.get(root.id, []))
    top["all_levels"] = len(seen) - 1
    return top


def _new_customers(start: dt.date | None, end: dt.date | None):
    where = Customer.deleted_at.is_null()
    if start:
        where &= Customer.created_at >= dt.datetime.combine(start, dt.time())
    if end:
        where &= Customer.created_at < dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
    return where


def rate(start: dt.date | None = None, end: dt.date | None = None) -> dict:
    """The referral rate: customers introduced / new customers (created in the period,
    not in the recycle bin); rate None when there are none."""
    where = _new_customers(start, end)
    new = Customer.select().where(where).count()
    introduced = (Customer.select().join(Referral, on=(Referral.customer_id == Customer.id))
                  .where(where).count())  # fmt: skip
    return {"from": start, "to": end, "new_customers": new, "introduced": introduced,
            "rate": round(introduced / new, 4) if new else None}  # fmt: skip


def stats(start: dt.date | None = None, end: dt.date | None = None) -> dict:
    """Per referrer, of the customers introduced (created in the period when given):
    direct, all_levels (brought by the ones they brought, any depth), converted (direct
    ones who made a first purchase); best first. With the period's rate."""
    parents = _parents()
    ids = {cid for (cid,) in Customer.select(Customer.id).join(
        Referral, on=(Referral.customer_id == Customer.id)).where(
        _new_customers(start, end)).tuples()}  # fmt: skip
    counts: dict[int, dict] = {}
    info = _names(set(ids) | set(parents.values()))
    for cid in ids:
        parent, level, seen = parents.get(cid), 1, {cid}
        while parent is not None and parent not in seen:
            row = counts.setdefault(parent, {"direct": 0, "all_levels": 0, "converted": 0})
            row["all_levels"] += 1
            if level == 1:
                row["direct"] += 1
                row["converted"] += bool(info.get(cid, ("", 0))[1])
            seen.add(parent)
            parent, level = parents.get(parent), level + 1
    referrers = [{"customer_id": cid, "name": info.get(cid, ("", 0))[0], **row}
                 for cid, row in counts.items()]  # fmt: skip
    referrers.sort(key=lambda r: (-r["direct"], -r["all_levels"], r["customer_id"]))
    return {**rate(start, end), "referrers": referrers}


def _grant(customer_id: int, side: str, referral: Referral) -> dict:
    """One side's rewards by the settings; a part the customer cannot take (points or a
    bonus for a customer who is not a member, a customer in the recycle bin) is listed
    in `skipped` and the rest is granted."""
    got = {"customer_id": customer_id, "points": 0, "bonus_fen": 0, "visits": 0,
           "count_card_id": None, "skipped": []}  # fmt: skip
    amount = settings.get(f"referral_points_{side}")
    bonus = settings.get(f"referral_bonus_{side}_fen")
    visits = settings.get(f"referral_visits_{side}")
    member = Member.select().where(Member.customer_id == customer_id).exists()
    if amount and not member:
        got["skipped"].append("points")
    elif amount:
        points.earn(customer_id, amount, referral_id=referral.id, reason=REWARD_REASON)
        got["points"] = amount
    if bonus:
        try:
            card = cards.usable_card(cards.customer_card(customer_id))
        except GuanjiaError:
            got["skipped"].append("bonus")
        else:
            wallet_row(card, "bonus", 0, bonus, referral_id=referral.id, reason=REWARD_REASON)
            got["bonus_fen"] = bonus
    if visits:
        service = settings.get("referral_visit_service") or REWARD_REASON
        try:
            with database.atomic():
                got["count_card_id"] = count_cards.sell(customer_id, service, visits, 0,
                                                        referral_id=referral.id)  # fmt: skip
                got["visits"] = visits
        except GuanjiaError:
            got["skipped"].append("visits")
    return got


def standing(customer_id: int):
    """The customer's purchases that count as purchases for the first-purchase rule:
    live, positive, not refunded in full (a voided or wholly refunded first purchase
    leaves the rewards to the next one)."""
    refund = Purchase.alias()
    refunded = refund.select(fn.TOTAL(refund.amount_cents)).where(
        (refund.refund_of == Purchase.id) & refund.voided_at.is_null())  # fmt: skip
    return ((Purchase.customer == int(customer_id)) & LIVE & (Purchase.amount_cents > 0)
            & (Purchase.amount_cents + refunded > 0))  # fmt: skip


def stands(purchase: Purchase) -> bool:
    """The purchase counts for the first-purchase rule (see `standing`)."""
    return (purchase.voided_at is None and purchase.amount_cents > 0
            and purchases.refunded_cents(purchase.id) < purchase.amount_cents)  # fmt: skip


def first_standing(customer_id: int) -> Purchase | None:
    """The customer's first purchase that counts now (None: none)."""
    return (Purchase.select().where(standing(customer_id))
            .order_by(Purchase.at, Purchase.id).first())  # fmt: skip


def reward_first_purchase(purchase_id: int) -> dict:
    """The referral rewards, if the purchase is the first (live, positive) purchase of a
    customer someone introduced and they were not granted yet: both sides, once.
    Returns {"rewarded": bool, "why": ... when not, "referrer": ..., "referred": ...}."""
    purchase = purchases.get_row(purchase_id)
    customer_id = purchase.customer_id
    if purchase.voided_at is not None or purchase.amount_cents <= 0:
        return {"rewarded": False, "why": "not_a_purchase", "purchase_id": purchase.id}
    referral = Referral.get_or_none(Referral.customer_id == customer_id)
    if referral is None:
        return {"rewarded": False, "why": "no_referral", "purchase_id": purchase.id}
    if referral.rewarded_at is not None:
        return {"rewarded": False, "why": "already", "purchase_id": purchase.id,
                "referral_id": referral.id}  # fmt: skip
    if not stands(purchase):  # refunded in full
        return {"rewarded": False, "why": "not_a_purchase", "purchase_id": purchase.id}
    earlier = Purchase.select().where(
        standing(customer_id) & ((Purchase.at < purchase.at) | (
            (Purchase.at == purchase.at) & (Purchase.id < purchase.id)))).exists()  # fmt: skip
    if earlier:
        return {"rewarded": False, "why": "not_first", "purchase_id": purchase.id,
                "referral_id": referral.id}  # fmt: skip
    with database.atomic():
        taken = Referral.update(first_purchase_id=purchase.id, rewarded_at=clock.now()).where(
            (Referral.id == referral.id) & Referral.rewarded_at.is_null()).execute()  # fmt: skip
        if not taken:  # granted meanwhile
            return {"rewarded": False, "why": "already", "purchase_id": purchase.id,
                    "referral_id": referral.id}  # fmt: skip
        got = {"referrer": _grant(referral.introduced_by_id, "referrer", referral),
               "referred": _grant(customer_id, "referred", referral)}  # fmt: skip
        audit.record("reward", "referral", customer_id,
                     detail=f"purchase {purchase.id}: " + "; ".join(
                         f"{side} {g['customer_id']} +{g['points']} points"
                         f" +{g['bonus_fen'] / 100:.2f} +{g['visits']} visits"
                         for side, g in got.items()))  # fmt: skip
    return {"rewarded": True, "purchase_id": purchase.id, "referral_id": referral.id, **got}
