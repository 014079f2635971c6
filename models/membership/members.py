"""Members as the counter and the CLI read them: a member's summary (cards with their
status and balances, points and points that can be spent now) and the list."""

from __future__ import annotations

from peewee import JOIN

from models import clock
from models.customers.record import Customer
from models.membership import cards, lots
from models.membership.tables import Member, MemberCard


def card_json(card: MemberCard) -> dict:
    by_id = {}
    for other in (card.replaces_id, card.replaced_by_id):
        if other:
            by_id[other] = MemberCard.get_by_id(other).card_no
    return {
        "card": card.card_no, "customer_id": card.customer_id, "status": cards.status_of(card),
        "joined_on": card.joined_on, "expires_on": card.expires_on,
        "principal_fen": card.principal_fen, "bonus_fen": card.bonus_fen,
        "balance_fen": card.principal_fen + card.bonus_fen,
        "replaces": by_id.get(card.replaces_id, ""), "replaced_by": by_id.get(card.replaced_by_id, ""),
    }  # fmt: skip


def summary(customer_id: int) -> dict:
    """The member whole: cards, points (and what can be spent today), stored value."""
    member = cards.member_of(customer_id)
    customer = Customer.get_or_none(Customer.id == member.customer_id)
    rows = [card_json(c) for c in cards.cards_of(member.customer_id)]
    principal = sum(c["principal_fen"] for c in rows)
    bonus = sum(c["bonus_fen"] for c in rows)
    in_use = [c["card"] for c in rows if c["status"] == "active"]
    return {
        "customer_id": member.customer_id, "name": customer.name if customer else "",
        "card": in_use[-1] if in_use else "", "joined_on": member.joined_on,
        "level_id": member.level_id, "points": member.points,
        "points_available": lots.lots_of(member.customer_id).available(clock.today()),
        "principal_fen": principal, "bonus_fen": bonus, "balance_fen": principal + bonus,
        "cards": rows,
    }  # fmt: skip


def listing(limit: int | None = None):
    """Every member with their newest card in use, by customer id (a generator)."""
    query = (Member.select(Member, Customer.name)
             .join(Customer, on=(Customer.id == Member.customer_id), join_type=JOIN.LEFT_OUTER)
             .order_by(Member.customer_id))  # fmt: skip
    if limit:
        query = query.limit(limit)
    by_customer: dict[int, list] = {}
    for card in MemberCard.select().order_by(MemberCard.id):
        by_customer.setdefault(card.customer_id, []).append(card)
    for member in query.objects():
        own = by_customer.get(member.customer_id, [])
        in_use = [c for c in own if cards.status_of(c) == "active"]
        shown = in_use[-1] if in_use else (own[-1] if own else None)
        yield {
            "customer_id": member.customer_id, "name": getattr(member, "name", "") or "",
            "card": shown.card_no if shown else "",
            "status": cards.status_of(shown) if shown else "",
            "points": member.points,
            "principal_fen": sum(c.principal_fen for c in own),
            "bonus_fen": sum(c.bonus_fen for c in own),
            "balance_fen": sum(c.principal_fen + c.bonus_fen for c in own),
            "joined_on": member.joined_on,
        }  # fmt: skip
