"""Points (积分): earn, redeem, adjust (a reason required), reverse (the undo of any
movement), a purchase's points reversed with its refund. Each movement is one ledger
row and the member's kept balance, written and audited in one transaction; a refused
movement writes nothing. Expiry and statements: points_expiry.py, statements.py."""

from __future__ import annotations

import datetime as dt

from peewee import fn

from models import clock
from models.errors import NotFoundError, ValidationError
from models.membership import cards, lots, settings
from models.membership.ledger_rows import points_row
from models.membership.tables import Member, MemberCard, PointsEntry
from models.storage import audit
from models.storage.db import database

MAX_POINTS = 10**9
TASKS = ("register", "profile", "first_order", "review")  # 注册, 完善资料, 首单, 评价


def _count(points, field: str = "points", signed: bool = False) -> int:
    try:
        value = int(str(points).strip())
    except (TypeError, ValueError):
        raise ValidationError(field, "points_invalid", f"'{points}' is not a whole number of points",
                              text=str(points)) from None  # fmt: skip
    if (value == 0 if signed else value <= 0) or abs(value) > MAX_POINTS:
        raise ValidationError(field, "points_invalid",
                              f"points must be a whole number {'not 0' if signed else 'above 0'}",
                              text=str(points))  # fmt: skip
    return value


def _reason(reason: str, required: bool = False) -> str:
    reason = " ".join(str(reason or "").split())
    if required and not reason:
        raise ValidationError("reason", "reason_required", "give a reason")
    if len(reason) > 200:
        raise ValidationError("reason", "too_long", "the reason is too long", limit=200)
    return reason


def _receipt(kind: str, receipt_no: str) -> str:
    receipt_no = (receipt_no or "").strip()
    if (
        receipt_no
        and PointsEntry.select()
        # receipt_no <> '' lets SQLite use the partial unique index
        .where(
            (PointsEntry.kind == kind)
            & (PointsEntry.receipt_no == receipt_no)
            & (PointsEntry.receipt_no != "")
        )
        .exists()
    ):
        raise ValidationError("receipt", "receipt_used",
                              f"receipt {receipt_no} is recorded already",
                              receipt=receipt_no)  # fmt: skip
    return receipt_no


def _card_id(customer_id: int) -> int | None:
    row = (MemberCard.select(MemberCard.id).where(
        (MemberCard.customer_id == customer_id) & (MemberCard.status == "active"))
        .order_by(MemberCard.id.desc()).first())  # fmt: skip
    return row.id if row else None


def balance(customer_id: int) -> int:
    """The kept balance (the check compares it with the ledger)."""
    return cards.member_of(customer_id).points


def available(customer_id: int, on: dt.date | None = None) -> int:
    """Points that can be spent now: the balance less points past their expiry that the
    batch has not yet taken."""
    return lots.lots_of(customer_id).available(on or clock.today())


def _standing_earns(where) -> bool:
    """An earn row matching `where` that no row reverses (a take-back reverses it)."""
    earns = PointsEntry.select(PointsEntry.id).where(where & (PointsEntry.kind == "earn"))
    taken = PointsEntry.select(PointsEntry.reverses_id).where(PointsEntry.reverses_id.in_(earns))
    return earns.where(PointsEntry.id.not_in(taken)).exists()


def task_standing(customer_id: int, task: str) -> bool:
    """The task's points stand: earned and not taken back. A task earns once per
    customer; the 首单 of a voided first order is taken back (by the purchase's
    settlement, earning.settle, or a reversal) and the next first order earns it."""
    where = (PointsEntry.customer_id == int(customer_id)) & (PointsEntry.task == task)
    if task != "first_order":  # taken back (an undo) it may be earned again
        return _standing_earns(where)
    earns = PointsEntry.select(PointsEntry.id).where(where & (PointsEntry.kind == "earn"))
    total = (PointsEntry.select(fn.COALESCE(fn.SUM(PointsEntry.points), 0))
             .where(where | PointsEntry.reverses_id.in_(earns)).scalar())  # fmt: skip
    return int(total) > 0


def attendance_standing(customer_id: int, event_id: int) -> bool:
    """The points for attending the event stand: earned and not taken back."""
    return _standing_earns((PointsEntry.customer_id == int(customer_id))
                           & (PointsEntry.event_id == int(event_id)))  # fmt: skip


def earn(customer_id: int, points, *, reason: str = "", at: dt.datetime | None = None,
         purchase_id: int | None = None, event_id: int | None = None,
         referral_id: int | None = None, task: str = "", receipt_no: str = "") -> int:  # fmt: skip
    """Points earned (a lot that expires by the business's rule); returns the row id.
    A task (注册, 首单...) earns once per customer; a referral once per side."""
    member = cards.member_of(customer_id)
    points = _count(points)
    reason = _reason(reason)
    if task and task not in TASKS:
        raise ValidationError("task", "task_invalid", f"'{task}' is not one of: " + ", ".join(TASKS),
                              text=task)  # fmt: skip
    if task and task_standing(member.customer_id, task):
        raise ValidationError("task", "task_done", f"points for {task} were earned already",
                              text=task)  # fmt: skip
    if referral_id is not None and _standing_earns(
        (PointsEntry.customer_id == member.customer_id) & (PointsEntry.referral_id == referral_id)
    ):  # fmt: skip
        raise ValidationError("referral", "referral_rewarded", "this referral was rewarded already")
    when = at or clock.now()
    earned_on = when.date()
    expires_on = lots.expiry_for(earned_on, settings.get("points_expiry"),
                                 settings.get("points_expiry_months"))  # fmt: skip
    with database.atomic():
        receipt_no = _receipt("earn", receipt_no)
        entry = points_row(member.customer_id, "earn", points, card_id=_card_id(customer_id),
                           at=when, earned_on=earned_on, expires_on=expires_on, reason=reason,
                           purchase_id=purchase_id, event_id=event_id, referral_id=referral_id,
                           task=task, receipt_no=receipt_no)  # fmt: skip
        audit.record("earn", "points", member.customer_id, detail=f"+{points} {reason}".strip())
    return entry


def redeem(customer_id: int, points, *, reason: str = "", purchase_id: int | None = None,
           receipt_no: str = "") -> int:  # fmt: skip
    """Points spent (for a gift or money off): never more than can be spent now, and
    never expired points."""
    member = cards.member_of(customer_id)
    points = _count(points)
    reason = _reason(reason)
    with database.atomic():
        state = lots.lots_of(member.customer_id)
        can = state.available(clock.today())
        if points > can:
            expired = member.points - can
            if expired > 0 and points <= member.points:
                raise ValidationError("points", "points_expired",
                                      f"{expired} of the {member.points} points have expired;"
                                      f" {max(can, 0)} can be redeemed",
                                      expired=expired, available=max(can, 0))  # fmt: skip
            raise ValidationError("points", "points_insufficient",
                                  f"only {max(can, 0)} points can be redeemed",
                                  available=max(can, 0))  # fmt: skip
        receipt_no = _receipt("redeem", receipt_no)
        entry = points_row(member.customer_id, "redeem", -points, card_id=_card_id(customer_id),
                           reason=reason, purchase_id=purchase_id,
                           receipt_no=receipt_no)  # fmt: skip
        audit.record("redeem", "points", member.customer_id, detail=f"-{points} {reason}".strip())
    return entry


def _may_go_to(balance_after: int) -> None:
    if balance_after < 0 and not settings.get("points_negative_allowed"):
        raise ValidationError("points", "points_negative",
                              f"the points balance would be {balance_after}: below 0 is not"
                              " allowed", balance=balance_after)  # fmt: skip


def adjust(customer_id: int, points, reason: str) -> int:
    """A correction by hand, up or down (signed), with its reason (required)."""
    member = cards.member_of(customer_id)
    points = _count(points, signed=True)
    reason = _reason(reason, required=True)
    with database.atomic():
        if points < 0:
            _may_go_to(lots.lots_of(member.customer_id).available(clock.today()) + points)
        today = clock.today()
        expires_on = lots.expiry_for(today, settings.get("points_expiry"),
                                     settings.get("points_expiry_months"))  # fmt: skip
        lot = {"earned_on": today, "expires_on": expires_on} if points > 0 else {}
        entry = points_row(member.customer_id, "adjust", points, card_id=_card_id(customer_id),
                           reason=reason, **lot)  # fmt: skip
        audit.record("adjust", "points", member.customer_id, detail=f"{points:+d} {reason}")
    return entry


def reverse(entry_id: int, reason: str = "") -> int:
    """Undo of a movement: a row of the opposite sign (once per row). Reversed points
    given back keep the expiry of the lot they came from."""
    entry = PointsEntry.get_or_none(PointsEntry.id == entry_id)
    if entry is None:
        raise NotFoundError(f"no points movement {entry_id}", code="entry_not_found",
                            id=entry_id)  # fmt: skip
    if entry.kind == "reverse":
        raise ValidationError("entry", "reverse_of_reverse", "a reversal is not reversed again;"
                              " record the movement anew")  # fmt: skip
    if PointsEntry.select().where(PointsEntry.reverses_id == entry.id).exists():
        raise ValidationError("entry", "already_reversed", f"movement {entry_id} is reversed already",
                              id=entry_id)  # fmt: skip
    reason = _reason(reason)
    with database.atomic():
        member = Member.get(Member.customer_id == entry.customer_id)
        lot = {}
        if entry.kind == "expire":  # expired points given back: a fresh lot
            today = clock.today()
            lot = {
                "earned_on": today,
                "expires_on": lots.expiry_for(
                    today, settings.get("points_expiry"), settings.get("points_expiry_months")
                ),
            }
        elif entry.points < 0:  # points given back: valid as long as the lot they left
            first = _first_lot_before(entry)
            lot = {"earned_on": first[0], "expires_on": first[1]}
        else:
            _may_go_to(member.points - entry.points)
        new_id = points_row(entry.customer_id, "reverse", -entry.points, card_id=entry.card_id,
                            reverses_id=entry.id, purchase_id=entry.purchase_id,
                            reason=reason or f"reverses {entry.id}", **lot)  # fmt: skip
        audit.record("reverse", "points", entry.customer_id,
                     detail=f"{entry.kind} {entry.id}: {-entry.points:+d} {reason}".strip())  # fmt: skip
    return new_id


def _first_lot_before(entry: PointsEntry) -> tuple[dt.date, dt.date | None]:
    live = sorted(lots.lots_of(entry.customer_id, before_id=entry.id).lots, key=lots.Lot.order)
    if live:
        return live[0].earned, live[0].expiry
    return entry.at.date(), None


def reverse_purchase(purchase_id: int, reason: str = "") -> list[int]:
    """A refunded purchase: every points row it earned (or redeemed) and not yet
    reversed is reversed, in one transaction. Returns the new rows' ids."""
    rows = list(PointsEntry.select().where(
        (PointsEntry.purchase_id == purchase_id) & (PointsEntry.kind.in_(("earn", "redeem")))
    ).order_by(PointsEntry.id))  # fmt: skip
    done = {r.reverses_id for r in PointsEntry.select(PointsEntry.reverses_id).where(
        PointsEntry.reverses_id.in_([r.id for r in rows]))}  # fmt: skip
    with database.atomic():
        return [reverse(r.id, reason or f"purchase {purchase_id} refunded")
                for r in rows if r.id not in done]  # fmt: skip
