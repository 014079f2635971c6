"""Count cards (计次卡): N visits of a service sold for a price, with an optional expiry.
Every movement is a row of the count-card ledger (count_card_entry, signed visits and
the money with it) and the card's kept `visits_left`, written and audited in one
transaction; a refused movement writes nothing; undo is a reversing row.

- sell: paid in cash, or from stored value (wallet.pay in the same transaction; the
  wallet row names the card: wallet_entry.count_card_id; its reason says it too).
- use: one visit, with when and who (the staff name); refused when the card is used up,
  expired, refunded or cancelled, or the member card it hangs on is lost or stopped.
- refund: the unused visits paid back pro rata, price x unused / total in fen ROUNDED
  DOWN (the member never gets more than the unused share; the fraction of a fen stays
  with the business): 100.00 for 3 visits, 2 unused -> 66.66. A card paid from stored
  value is refunded to the same card, principal and bonus in the proportion it was paid.
- expire: cards past their expiry lose their unused visits (a daily pass, idempotent).
"""

from __future__ import annotations

import datetime as dt

from peewee import fn

from models import clock
from models.customers import record
from models.errors import NotFoundError, ValidationError
from models.membership import cards, wallet
from models.membership.ledger_rows import wallet_row
from models.membership.tables import CountCard, CountCardEntry, Member, MemberCard, WalletEntry
from models.storage import audit
from models.storage.db import database

MAX_VISITS = 10000
MAX_SERVICE = 60
PAYS = ("cash", "wallet")
STATUSES = ("active", "used_up", "refunded", "expired", "cancelled")
# 可用, 已用完, 已退款, 已过期, 已撤销 (a sale undone)


def _wallet_tag(count_card_id: int, what: str) -> str:
    """The reason of the stored-value row paying for (sell) or refunding (refund) a card
    (what a statement shows; the row's count_card_id is the link)."""
    return f"计次卡#{count_card_id} {'购卡' if what == 'sell' else '退款'}"


def clean_service(text) -> str:
    service = " ".join(str(text or "").split())
    if not service:
        raise ValidationError("service", "service_required", "name the service (e.g. 洗剪吹)")
    if len(service) > MAX_SERVICE:
        raise ValidationError("service", "too_long", "the service name is too long",
                              limit=MAX_SERVICE)  # fmt: skip
    return service


def clean_visits(value) -> int:
    try:
        visits = int(str(value).strip())
    except (TypeError, ValueError):
        visits = 0
    if visits <= 0 or visits > MAX_VISITS:
        raise ValidationError("visits", "visits_invalid",
                              f"'{value}': the visits are a whole number from 1 to {MAX_VISITS}",
                              text=str(value))  # fmt: skip
    return visits


def refund_for(price_fen: int, visits_total: int, unused: int) -> int:
    """The pro-rata refund of `unused` of `visits_total` visits sold for `price_fen`:
    rounded down to the fen."""
    return price_fen * unused // visits_total


def status_of(card: CountCard, today: dt.date | None = None) -> str:
    """As it stands: an active card past its expiry is expired (before the pass runs)."""
    today = today or clock.today()
    if card.status == "active" and card.expires_on and card.expires_on < today:
        return "expired"
    return card.status


def get_card(count_card_id) -> CountCard:
    try:
        key = int(count_card_id)
    except (TypeError, ValueError):
        key = -1
    card = CountCard.get_or_none(CountCard.id == key)
    if card is None:
        raise NotFoundError(f"no count card {count_card_id}", code="count_card_not_found",
                            id=str(count_card_id))  # fmt: skip
    return card


def _member_card_id(customer_id: int) -> int | None:
    """The member card a count card hangs on: the customer's newest card in use, else
    their newest card not replaced (a lost card: its visits wait for 补卡); None for a
    customer who is not a member."""
    if not Member.select().where(Member.customer_id == customer_id).exists():
        return None
    own = [c for c in cards.cards_of(customer_id) if c.status != "replaced"]
    in_use = [c for c in own if cards.status_of(c) == "active"]
    chosen = in_use or own
    return chosen[-1].id if chosen else None


def _entry(card: CountCard, kind: str, visits: int, amount_fen: int = 0, **refs) -> int:
    now = clock.now()
    new_id = CountCardEntry.insert(
        count_card_id=card.id, customer_id=card.customer_id, kind=kind, visits=visits,
        amount_fen=amount_fen, at=refs.pop("at", None) or now, staff=audit.staff(),
        created_at=now, **refs,
    ).execute()  # fmt: skip
    CountCard.update(visits_left=CountCard.visits_left + visits).where(
        CountCard.id == card.id).execute()  # fmt: skip
    card.visits_left += visits
    return new_id


def _set_status(card: CountCard, status: str) -> None:
    CountCard.update(status=status).where(CountCard.id == card.id).execute()
    card.status = status


def _receipt(receipt_no: str) -> str:
    receipt_no = (receipt_no or "").strip()
    if len(receipt_no) > 64:
        raise ValidationError("receipt", "too_long", "the receipt number is too long", limit=64)
    if receipt_no and CountCardEntry.select().where(
        (CountCardEntry.kind == "sell") & (CountCardEntry.receipt_no == receipt_no)
    ).exists():  # fmt: skip
        raise ValidationError("receipt", "receipt_used", f"receipt {receipt_no} is recorded already",
                              receipt=receipt_no)  # fmt: skip
    return receipt_no


def sell(customer_id: int, service, visits, price_fen: int, *,
         expires_on: dt.date | None = None, pay: str = "cash", card_no=None,
         receipt_no: str = "", referral_id: int | None = None) -> int:  # fmt: skip
    """A count card sold (or, with a referral, given: price 0); returns its id."""
    customer = record.live_customer(customer_id)
    service = clean_service(service)
    visits = clean_visits(visits)
    if isinstance(price_fen, bool) or not isinstance(price_fen, int) or price_fen < 0:
        raise ValidationError("price", "amount_invalid", f"'{price_fen}' is not a price in fen")
    if price_fen >= wallet.MAX_FEN:
        raise ValidationError("price", "amount_too_large", "the price is too large")
    if pay not in PAYS:
        raise ValidationError("pay", "pay_invalid", f"'{pay}': cash or wallet", text=str(pay))
    if expires_on is not None and expires_on < clock.today():
        raise ValidationError("expires", "expiry_past", "the card would be expired already")
    member_card = None
    if pay == "wallet":
        if price_fen == 0:
            raise ValidationError("pay", "pay_nothing", "a card for nothing is not paid from"
                                  " stored value")  # fmt: skip
        member_card = cards.usable_card(cards.customer_card(customer.id, card_no))
    now = clock.now()
    with database.atomic():
        receipt_no = _receipt(receipt_no)
        card_id = CountCard.insert(
            customer_id=customer.id,
            card_id=member_card.id if member_card else _member_card_id(customer.id),
            service=service, visits_total=visits, visits_left=0, price_fen=price_fen,
            sold_at=now, expires_on=expires_on, status="active", receipt_no=receipt_no,
            created_at=now,
        ).execute()  # fmt: skip
        card = CountCard.get_by_id(card_id)
        _entry(card, "sell", visits, price_fen, receipt_no=receipt_no, referral_id=referral_id,
               reason="wallet" if member_card else "")  # fmt: skip
        if member_card is not None:
            wallet.pay(customer.id, price_fen, card_no=member_card.card_no,
                       reason=_wallet_tag(card_id, "sell"), count_card_id=card_id)  # fmt: skip
        audit.record("sell", "count_card", card_id,
                     detail=f"{customer.name} {service} ×{visits} {price_fen / 100:.2f}"
                     f"{' 储值' if member_card else ''}")  # fmt: skip
    return card_id


REFUSED = {"used_up": "has no visits left", "expired": "has expired", "refunded": "was refunded",
           "cancelled": "was cancelled"}  # fmt: skip


def _refuse(card: CountCard, status: str) -> None:
    raise ValidationError("count_card", f"count_card_{status}",
                          f"count card {card.id} {REFUSED.get(status, status)}", id=card.id)  # fmt: skip


def _usable(card: CountCard) -> None:
    status = status_of(card)
    if status != "active" or card.visits_left <= 0:
        _refuse(card, status if status != "active" else "used_up")
    if card.card_id is not None:
        member_card = MemberCard.get_or_none(MemberCard.id == card.card_id)
        if member_card is not None and cards.status_of(member_card) in ("lost", "disabled"):
            cards.usable_card(member_card)  # says which


def use(count_card_id, *, at: dt.datetime | None = None, note: str = "") -> int:
    """One visit used; returns the ledger row (its time and staff say when and who)."""
    card = get_card(count_card_id)
    _usable(card)
    note = " ".join(str(note or "").split())[:200]
    with database.atomic():
        card = CountCard.get_by_id(card.id)  # as it is in this transaction
        _usable(card)
        entry = _entry(card, "use", -1, at=at, reason=note)
        if card.visits_left == 0:
            _set_status(card, "used_up")
        audit.record("use", "count_card", card.id,
                     detail=f"{card.service} -1 → {card.visits_left}")  # fmt: skip
    return entry


def _sale(card: CountCard) -> CountCardEntry:
    return (CountCardEntry.select().where((CountCardEntry.count_card_id == card.id)
                                          & (CountCardEntry.kind.in_(("sell", "opening"))))
            .order_by(CountCardEntry.id).first())  # fmt: skip


WALLET_KINDS = {"sell": "pay", "refund": "topup"}  # the stored-value row of each


def _wallet_entry(card: CountCard, what: str) -> WalletEntry | None:
    """The stored-value row that paid for (sell) or refunded (refund) the card."""
    return (WalletEntry.select().where((WalletEntry.count_card_id == card.id)
                                       & (WalletEntry.kind == WALLET_KINDS[what]))
            .order_by(WalletEntry.id).first())  # fmt: skip


def refund_quote(count_card_id) -> dict:
    """What a refund would pay now: {unused, total, price_fen, refund_fen}; refused as
    the refund itself would be."""
    card = get_card(count_card_id)
    status = status_of(card)
    if status not in ("active", "used_up") or card.visits_left <= 0:
        _refuse(card, status if status != "active" else "used_up")
    return {"unused": card.visits_left, "total": card.visits_total, "price_fen": card.price_fen,
            "refund_fen": refund_for(card.price_fen, card.visits_total, card.visits_left)}  # fmt: skip


def refund(count_card_id, *, reason: str = "") -> int:
    """The unused visits refunded pro rata (see the module); the card is closed."""
    quote = refund_quote(count_card_id)
    card = get_card(count_card_id)
    reason = " ".join(str(reason or "").split())[:200]
    with database.atomic():
        amount = quote["refund_fen"]
        entry = _entry(card, "refund", -quote["unused"], -amount, reason=reason)
        paid = _wallet_entry(card, "sell")
        if paid is not None and amount:
            member_card = MemberCard.get_by_id(paid.card_id)
            if member_card.status == "replaced" and member_card.replaced_by_id:
                member_card = MemberCard.get_by_id(member_card.replaced_by_id)
            paid_total = -(paid.principal_fen + paid.bonus_fen)
            principal = -paid.principal_fen * amount // paid_total if paid_total else amount
            wallet_row(member_card, "topup", principal, amount - principal,
                       reason=_wallet_tag(card.id, "refund"), count_card_id=card.id)  # fmt: skip
        _set_status(card, "refunded")
        audit.record("refund", "count_card", card.id,
                     detail=f"{card.service} -{quote['unused']} {amount / 100:.2f}")  # fmt: skip
    return entry


def expire(on: dt.date | None = None, *, dry_run: bool = False) -> dict:
    """Cards past their expiry (expires_on before `on`, default today) lose their unused
    visits by an expire row and become expired; a second run finds nothing."""
    today = on or clock.today()
    due = list(CountCard.select().where((CountCard.status == "active")
                                        & (CountCard.expires_on < today)))  # fmt: skip
    visits = sum(c.visits_left for c in due)
    if not dry_run and due:
        with database.atomic():
            for card in due:
                if card.visits_left:
                    _entry(card, "expire", -card.visits_left,
                           reason=f"expired {card.expires_on.isoformat()}")  # fmt: skip
                _set_status(card, "expired")
            audit.record("expire", "count_card", detail=f"{len(due)} count cards, {visits} visits",
                         count=len(due))  # fmt: skip
    return {"date": today, "cards": len(due), "visits": visits, "dry_run": dry_run}


def reverse(entry_id: int, reason: str = "") -> int:
    """Undo of a movement by a reversing row (once): a sale (only while no visit was
    used: the card is cancelled and a stored-value payment reversed), a visit, a refund
    (the card active again; a stored-value refund reversed) or an expiry."""
    entry = CountCardEntry.get_or_none(CountCardEntry.id == entry_id)
    if entry is None:
        raise NotFoundError(f"no count-card movement {entry_id}", code="entry_not_found",
                            id=entry_id)  # fmt: skip
    if entry.kind in ("reverse", "opening"):
        raise ValidationError("entry", "reverse_of_reverse", "a reversal is not reversed again")
    if CountCardEntry.select().where(CountCardEntry.reverses_id == entry.id).exists():
        raise ValidationError("entry", "already_reversed", f"movement {entry_id} is reversed already",
                              id=entry_id)  # fmt: skip
    card = CountCard.get_by_id(entry.count_card_id)
    reason = " ".join(str(reason or "").split())[:200] or f"reverses {entry.id}"
    with database.atomic():
        card = CountCard.get_by_id(card.id)
        if entry.kind == "sell":
            if card.status != "active" or card.visits_left != entry.visits:
                raise ValidationError("entry", "count_card_in_use",
                                      f"count card {card.id} has movements since its sale",
                                      id=card.id)  # fmt: skip
            paid = _wallet_entry(card, "sell")
            if paid is not None:
                wallet.reverse(paid.id, reason)
            status = "cancelled"
        elif entry.kind == "use":
            if card.status not in ("active", "used_up"):
                _refuse(card, card.status)
            status = "active"
        else:  # refund, expire: the visits come back
            if entry.kind == "refund":
                back = _wallet_entry(card, "refund")
                if back is not None:
                    wallet.reverse(back.id, reason)
            status = "active" if card.visits_left - entry.visits > 0 else "used_up"
        new_id = _entry(card, "reverse", -entry.visits, -entry.amount_fen, reverses_id=entry.id,
                        reason=reason)  # fmt: skip
        _set_status(card, status)
        audit.record("reverse", "count_card", card.id,
                     detail=f"{entry.kind} {entry.id}: {-entry.visits:+d} {reason}")  # fmt: skip
    return new_id


def take_back_gift(sale_entry_id: int, reason: str) -> int:
    """A count card given as a reward (price 0) taken back: its unused visits go by one
    reversing row of the sale, the card is cancelled when none are left; returns the
    visits taken (0: all used, nothing written). Inside the caller's transaction."""
    sale = CountCardEntry.get_by_id(sale_entry_id)
    card = CountCard.get_by_id(sale.count_card_id)
    if card.status in ("refunded", "cancelled", "expired") or card.visits_left <= 0:
        return 0
    if CountCardEntry.select().where(CountCardEntry.reverses_id == sale.id).exists():
        return 0
    taken = card.visits_left
    _entry(card, "reverse", -taken, reverses_id=sale.id, reason=reason[:200])
    _set_status(card, "cancelled")
    audit.record("reverse", "count_card", card.id, detail=f"sell {sale.id}: -{taken} {reason}")
    return taken


def card_of_entry(entry_id: int) -> int:
    return CountCardEntry.get_by_id(entry_id).count_card_id


def sale_entry(count_card_id) -> int:
    return _sale(get_card(count_card_id)).id


def card_json(card: CountCard) -> dict:
    return {
        "id": card.id, "customer_id": card.customer_id, "service": card.service,
        "visits_total": card.visits_total, "visits_left": card.visits_left,
        "price_fen": card.price_fen, "sold_at": card.sold_at, "expires_on": card.expires_on,
        "status": status_of(card), "receipt_no": card.receipt_no,
    }  # fmt: skip


def get(count_card_id) -> dict:
    return card_json(get_card(count_card_id))


def listing(customer_id: int | None = None, *, usable_only: bool = False) -> list[dict]:
    query = CountCard.select().order_by(CountCard.id)
    if customer_id is not None:
        query = query.where(CountCard.customer_id == int(customer_id))
    rows = [card_json(c) for c in query]
    if usable_only:
        rows = [r for r in rows if r["status"] == "active" and r["visits_left"] > 0]
    return rows


def movements(count_card_id) -> list[dict]:
    """A card's ledger, oldest first: kind, visits, amount, when, who."""
    card = get_card(count_card_id)
    rows = (CountCardEntry.select().where(CountCardEntry.count_card_id == card.id)
            .order_by(CountCardEntry.at, CountCardEntry.id))  # fmt: skip
    return [{"id": r.id, "kind": r.kind, "visits": r.visits, "amount_fen": r.amount_fen,
             "at": r.at, "staff": r.staff, "reason": r.reason, "reverses_id": r.reverses_id}
            for r in rows]  # fmt: skip


def visits_left_total(customer_id: int) -> int:
    """Visits the customer can still use on cards in force (the counter shows it)."""
    today = clock.today()
    return int(CountCard.select(fn.COALESCE(fn.SUM(CountCard.visits_left), 0)).where(
        (CountCard.customer_id == customer_id) & (CountCard.status == "active")
        & ((CountCard.expires_on.is_null()) | (CountCard.expires_on >= today))).scalar())  # fmt: skip
