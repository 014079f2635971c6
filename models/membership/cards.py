"""Member cards (会员卡): enrol a customer (a card auto-numbered with the business's
prefix, or typed/scanned), report a card lost (挂失), stop it (停用) or bring it back,
replace it (补卡: the balances move to the new number by ledger rows, the history stays
under both), find the customer by a card number. A card past its expiry counts as
expired (过期) whatever its stored status."""

from __future__ import annotations

import datetime as dt

from models import clock
from models.customers import record
from models.errors import NotFoundError, ValidationError
from models.membership import settings
from models.membership.ledger_rows import wallet_row
from models.membership.tables import CARD_STATUSES, CountCard, Member, MemberCard
from models.storage import audit
from models.storage.db import database

CARD_MAX = 32
SETTABLE = ("active", "lost", "disabled")  # 正常, 挂失, 停用 (过期 follows the expiry)


def clean_card_no(text) -> str:
    no = "".join(str(text or "").split()).upper()
    if not no:
        raise ValidationError("card", "card_required", "a card number is required")
    if len(no) > CARD_MAX or not all((ch.isascii() and ch.isalnum()) or ch in "-_" for ch in no):
        raise ValidationError("card", "card_invalid",
                              f"'{text}' is not a card number (letters, digits, - and _)",
                              text=str(text))  # fmt: skip
    return no


def status_of(card: MemberCard, today: dt.date | None = None) -> str:
    """The card's status as it stands: an active card past its expiry is expired."""
    today = today or clock.today()
    if card.status == "active" and card.expires_on and card.expires_on < today:
        return "expired"
    return card.status


def find_card(card_no) -> MemberCard:
    card = MemberCard.get_or_none(MemberCard.card_no == clean_card_no(card_no))
    if card is None:
        raise NotFoundError(f"no member card {card_no}", code="card_not_found",
                            card=str(card_no))  # fmt: skip
    return card


def find_customer_by_card(card_no) -> int | None:
    """The customer id holding this card number (any status: an old number still finds
    its member), or None."""
    try:
        no = clean_card_no(card_no)
    except ValidationError:
        return None
    row = MemberCard.select(MemberCard.customer_id).where(MemberCard.card_no == no).first()
    return None if row is None else row.customer_id


def cards_of(customer_id: int) -> list[MemberCard]:
    return list(MemberCard.select().where(MemberCard.customer_id == customer_id)
                .order_by(MemberCard.id))  # fmt: skip


def member_of(customer_id: int) -> Member:
    member = Member.get_or_none(Member.customer_id == int(customer_id))
    if member is None:
        raise ValidationError("customer", "not_member", f"customer {customer_id} is not a member",
                              id=customer_id)  # fmt: skip
    return member


def customer_card(customer_id: int, card_no=None) -> MemberCard:
    """The card a movement uses: the one named (it must be the customer's), else the
    customer's newest active card."""
    if card_no:
        card = find_card(card_no)
        if card.customer_id != int(customer_id):
            raise ValidationError("card", "card_not_customers",
                                  f"card {card.card_no} is not customer {customer_id}'s",
                                  card=card.card_no)  # fmt: skip
        return card
    member_of(customer_id)
    cards = [c for c in cards_of(customer_id) if status_of(c) == "active"]
    if not cards:
        raise ValidationError("card", "no_active_card",
                              f"customer {customer_id} has no card in use (正常)",
                              id=customer_id)  # fmt: skip
    return cards[-1]


def usable_card(card: MemberCard) -> MemberCard:
    """Refuses a card that cannot pay or be topped up: lost, stopped, expired, replaced."""
    status = status_of(card)
    if status != "active":
        raise ValidationError("card", f"card_{status}", f"card {card.card_no} is {status}",
                              card=card.card_no)  # fmt: skip
    return card


def _auto_number() -> str:
    prefix, digits = settings.get("card_prefix"), settings.get("card_digits")
    seq = settings.get("next_card_seq")
    while True:
        no = f"{prefix}{seq:0{digits}d}"
        if not MemberCard.select().where(MemberCard.card_no == no).exists():
            settings._put("next_card_seq", seq + 1)
            return no
        seq += 1


def _new_card(customer_id: int, card_no, joined_on, expires_on, replaces_id=None) -> MemberCard:
    no = clean_card_no(card_no) if card_no else _auto_number()
    if MemberCard.select().where(MemberCard.card_no == no).exists():
        raise ValidationError("card", "card_taken", f"card number {no} is in use", card=no)
    now = clock.now()
    card_id = MemberCard.insert(card_no=no, customer_id=customer_id, status="active",
                                joined_on=joined_on, expires_on=expires_on,
                                replaces_id=replaces_id, created_at=now,
                                updated_at=now).execute()  # fmt: skip
    return MemberCard.get_by_id(card_id)


def enroll(customer_id: int, card_no=None, *, joined_on: dt.date | None = None,
           expires_on: dt.date | None = None) -> MemberCard:  # fmt: skip
    """Make the customer a member with a card (another card if already one); returns it."""
    customer = record.live_customer(customer_id)
    joined_on = joined_on or clock.today()
    if expires_on is not None and expires_on < joined_on:
        raise ValidationError("expires_on", "expiry_before_join",
                              "a card cannot expire before it is issued")  # fmt: skip
    with database.atomic():
        now = clock.now()
        (Member.insert(customer_id=customer.id, joined_on=joined_on, created_at=now,
                       updated_at=now)
         .on_conflict_ignore().execute())  # fmt: skip
        card = _new_card(customer.id, card_no, joined_on, expires_on)
        audit.record("enroll", "member", customer.id, detail=f"{customer.name} {card.card_no}")
    return card


def set_status(card_no, status: str, reason: str = "") -> MemberCard:
    """挂失 (lost), 停用 (disabled), or back to 正常 (active); a replaced card stays so."""
    if status not in SETTABLE:
        raise ValidationError("status", "card_status_invalid",
                              f"'{status}' is not one of: " + ", ".join(SETTABLE),
                              text=status)  # fmt: skip
    card = find_card(card_no)
    if card.status == "replaced":
        raise ValidationError("card", "card_replaced",
                              f"card {card.card_no} was replaced", card=card.card_no)  # fmt: skip
    if card.status == status:
        raise ValidationError("status", "card_status_same",
                              f"card {card.card_no} is already {status}",
                              card=card.card_no)  # fmt: skip
    with database.atomic():
        MemberCard.update(status=status, status_reason=(reason or "").strip()[:200],
                          updated_at=clock.now()).where(MemberCard.id == card.id).execute()  # fmt: skip
        audit.record("card", "member", card.customer_id,
                     detail=f"{card.card_no}: {card.status} → {status} {reason}".strip())  # fmt: skip
    return MemberCard.get_by_id(card.id)


def report_lost(card_no, reason: str = "") -> MemberCard:
    return set_status(card_no, "lost", reason)


def replace(card_no, new_card_no=None, *, reason: str = "") -> MemberCard:
    """补卡: a new card for the same member; the old one's stored value moves to it by a
    transfer_out/transfer_in pair, its count cards follow; the old card is kept as
    replaced (its number still finds the member). Returns the new card."""
    old = find_card(card_no)
    if old.status == "replaced":
        raise ValidationError("card", "card_replaced",
                              f"card {old.card_no} was replaced already",
                              card=old.card_no)  # fmt: skip
    with database.atomic():
        new = _new_card(old.customer_id, new_card_no, clock.today(), old.expires_on,
                        replaces_id=old.id)  # fmt: skip
        now = clock.now()
        MemberCard.update(status="replaced", replaced_by_id=new.id, updated_at=now,
                          status_reason=(reason or "").strip()[:200]).where(
            MemberCard.id == old.id).execute()  # fmt: skip
        if old.principal_fen or old.bonus_fen:
            p, b = old.principal_fen, old.bonus_fen
            out_id = wallet_row(old, "transfer_out", -p, -b, reason="补卡")
            # the out row's pair is found through the in row's counterpart_id
            wallet_row(new, "transfer_in", p, b, reason="补卡", counterpart_id=out_id)
        CountCard.update(card_id=new.id).where(CountCard.card_id == old.id).execute()
        audit.record("card", "member", old.customer_id,
                     detail=f"补卡 {old.card_no} → {new.card_no} {reason}".strip())  # fmt: skip
    return MemberCard.get_by_id(new.id)


__all__ = ["CARD_STATUSES", "cards_of", "customer_card", "enroll", "find_card",
           "find_customer_by_card", "member_of", "replace", "report_lost", "set_status",
           "status_of", "usable_card"]  # fmt: skip
