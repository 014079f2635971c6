"""The undo (and redo) of an enrolment and of a card replacement (补卡), for the window's
undo steps (ui/membership/page.py). Cards are records, not ledger rows:

- An enrolment undone removes the card it issued, and the member it made when nothing
  else hangs on them (the 注册/完善资料 points it earned are taken back by reversing rows,
  which stay: the points ledger only grows); refused, with a clear message, when the card (or the member)
  has any movement since: a stored-value or points row, a count card, a paid term, a
  level change, another status, a replacement. Redo enrols again with the same number.
- A replacement undone reverses the transfer pair that moved the balances (reversing
  rows: the ledger keeps both), moves the count cards back, gives the old card its
  status from before (and its reason) and stops the new card (停用, reason `UNDONE`);
  refused when the new card has any movement of its own. Redo takes the same new card
  again (it becomes active and the balances move to it anew)."""

from __future__ import annotations

from models import clock
from models.errors import ValidationError
from models.membership import cards, points, wallet
from models.membership.ledger_rows import wallet_row
from models.membership.tables import (
    CountCard,
    LevelHistory,
    Member,
    MemberCard,
    PaidMembership,
    PointsEntry,
    WalletEntry,
)
from models.storage import audit
from models.storage.db import database

UNDONE = "补卡已撤销"
ENROLMENT_TASKS = ("register", "profile")


def _moved(card: MemberCard, message: str) -> ValidationError:
    return ValidationError("card", "card_moved", message, card=card.card_no)


def _enrolment_points(customer_id: int):
    """The 注册 and 完善资料 points an enrolment earned by itself (auto_points.enroll),
    with the rows that took them back: they do not hold the enrolment."""
    earns = PointsEntry.select(PointsEntry.id).where(
        (PointsEntry.customer_id == customer_id) & (PointsEntry.kind == "earn")
        & PointsEntry.task.in_(ENROLMENT_TASKS))  # fmt: skip
    taken = PointsEntry.select(PointsEntry.id).where(PointsEntry.reverses_id.in_(earns))
    return [r for (r,) in earns.tuples()] + [r for (r,) in taken.tuples()]


def withdraw_enrolment(card_no) -> None:
    """The enrolment that issued `card_no` undone (see the module)."""
    card = cards.find_card(card_no)
    own = _enrolment_points(card.customer_id)
    busy = (card.status != "active" or card.replaced_by_id is not None
            or card.replaces_id is not None
            or WalletEntry.select().where(WalletEntry.card_id == card.id).exists()
            or PointsEntry.select().where((PointsEntry.card_id == card.id)
                                          & PointsEntry.id.not_in(own)).exists()
            or CountCard.select().where(CountCard.card_id == card.id).exists())  # fmt: skip
    if busy:
        raise _moved(card, f"card {card.card_no} has movements since it was issued:"
                     " the enrolment stays")  # fmt: skip
    member = Member.get(Member.customer_id == card.customer_id)
    others = MemberCard.select().where((MemberCard.customer_id == card.customer_id)
                                       & (MemberCard.id != card.id)).exists()  # fmt: skip
    cid = card.customer_id
    member_goes = not others and member.created_at >= card.created_at
    if member_goes and (
        PointsEntry.select().where((PointsEntry.customer_id == cid)
                                   & PointsEntry.id.not_in(own)).exists()  # fmt: skip
        or CountCard.select().where(CountCard.customer_id == cid).exists()
        or PaidMembership.select().where(PaidMembership.customer_id == cid).exists()
        or LevelHistory.select().where(LevelHistory.customer_id == cid).exists()
        or member.level_id is not None
    ):  # fmt: skip
        raise _moved(card, f"member of card {card.card_no} has movements since the"
                     " enrolment: it stays")  # fmt: skip
    with database.atomic():
        reversed_ = {r for (r,) in PointsEntry.select(PointsEntry.reverses_id)
                     .where(PointsEntry.id.in_(own)).tuples()}  # fmt: skip
        for entry in PointsEntry.select().where(
                PointsEntry.id.in_(own) & (PointsEntry.kind == "earn")
                & (PointsEntry.card_id == card.id)):  # fmt: skip
            if entry.id not in reversed_:
                points.reverse(entry.id, f"enrolment withdrawn: {card.card_no}")
        MemberCard.delete().where(MemberCard.id == card.id).execute()
        if member_goes:
            Member.delete().where(Member.id == member.id).execute()
        audit.record("card", "member", cid,
                     detail=f"enrolment withdrawn: {card.card_no}"
                     f"{' (no longer a member)' if member_goes else ''}")  # fmt: skip


def _transfer_in(new: MemberCard, old: MemberCard) -> WalletEntry | None:
    return (WalletEntry.select().where((WalletEntry.card_id == new.id)
                                       & (WalletEntry.kind == "transfer_in")
                                       & (WalletEntry.reason == "补卡")
                                       & WalletEntry.counterpart_id.in_(
                                           WalletEntry.select(WalletEntry.id).where(
                                               WalletEntry.card_id == old.id)))
            .order_by(WalletEntry.id.desc()).first())  # fmt: skip


def undo_replace(new_card_no, old_status: str, old_reason: str = "") -> None:
    """The replacement that issued `new_card_no` undone (see the module)."""
    new = cards.find_card(new_card_no)
    old = MemberCard.get_or_none(MemberCard.id == new.replaces_id) if new.replaces_id else None
    if old is None or old.replaced_by_id != new.id or new.status != "active":
        raise _moved(new, f"card {new.card_no} is not a replacement in use: nothing to undo")
    moved_in = _transfer_in(new, old)
    # the card's own rows: after the transfer that filled it (a redo's new card also
    # holds the earlier transfer and its reversal, netting to nothing)
    own = WalletEntry.select().where((WalletEntry.card_id == new.id)
                                     & (WalletEntry.id > (moved_in.id if moved_in else 0)))  # fmt: skip
    if (own.exists() or PointsEntry.select().where(PointsEntry.card_id == new.id).exists()
            or CountCard.select().where((CountCard.card_id == new.id)
                                        & (CountCard.created_at >= new.created_at)).exists()
            or new.replaced_by_id is not None):  # fmt: skip
        raise _moved(new, f"card {new.card_no} has movements since it was issued:"
                     " the replacement stays")  # fmt: skip
    with database.atomic():
        if moved_in is not None:
            wallet.reverse(moved_in.id, "undo 补卡")  # the pair: both rows reversed
        CountCard.update(card_id=old.id).where(CountCard.card_id == new.id).execute()
        now = clock.now()
        MemberCard.update(status=old_status, status_reason=(old_reason or "")[:200],
                          replaced_by_id=None, updated_at=now).where(
            MemberCard.id == old.id).execute()  # fmt: skip
        MemberCard.update(status="disabled", status_reason=UNDONE, updated_at=now).where(
            MemberCard.id == new.id).execute()  # fmt: skip
        audit.record("card", "member", old.customer_id,
                     detail=f"补卡 undone: {new.card_no} → {old.card_no} ({old_status})")  # fmt: skip


def redo_replace(card_no, new_card_no, reason: str = "") -> str:
    """The replacement made again: the new card undone before is taken again (active, the
    balances moved to it); otherwise cards.replace. Returns the new card's number."""
    taken = MemberCard.get_or_none(MemberCard.card_no == cards.clean_card_no(new_card_no))
    old = cards.find_card(card_no)
    if taken is None or taken.replaces_id != old.id or taken.status_reason != UNDONE:
        return cards.replace(card_no, new_card_no, reason=reason).card_no
    if old.status == "replaced":
        raise ValidationError("card", "card_replaced", f"card {old.card_no} was replaced already",
                              card=old.card_no)  # fmt: skip
    with database.atomic():
        now = clock.now()
        MemberCard.update(status="active", status_reason="", updated_at=now).where(
            MemberCard.id == taken.id).execute()  # fmt: skip
        MemberCard.update(status="replaced", replaced_by_id=taken.id, updated_at=now,
                          status_reason=(reason or "").strip()[:200]).where(
            MemberCard.id == old.id).execute()  # fmt: skip
        old = MemberCard.get_by_id(old.id)
        if old.principal_fen or old.bonus_fen:
            p, b = old.principal_fen, old.bonus_fen
            out_id = wallet_row(old, "transfer_out", -p, -b, reason="补卡")
            wallet_row(taken, "transfer_in", p, b, reason="补卡", counterpart_id=out_id)
        CountCard.update(card_id=taken.id).where(CountCard.card_id == old.id).execute()
        audit.record("card", "member", old.customer_id,
                     detail=f"补卡 {old.card_no} → {taken.card_no} {reason}".strip())  # fmt: skip
    return taken.card_no
