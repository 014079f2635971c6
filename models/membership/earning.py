"""Earning points (积分) by rule: a member's purchase earns points per whole yuan times
the level's multiplier (once per purchase: the hook is idempotent), the first order
(首单) task once, then the level check; a refund reverses, pro rata, the points the
refunded part earned; a void reverses all a purchase earned (the 首单 points with it).
Points for a task (注册, 完善资料, 首单, 评价) and per event attended, by the amounts in
the settings. Non-members earn nothing.

The hooks run inside the transaction that records the purchase, the refund or the
void (recording.py wraps them); a settlement also takes back the referral rewards of a
first purchase voided or refunded in full (referral_takeback.py). A purchase's points are settled to what it should have
earned as it stands now (not voided: its points less the refunded share, rounded half
up; voided: none): a difference becomes one `reverse` row on the ledger, negative or
(a refund voided, an undo redone) positive, carrying the document that caused it;
so the hooks can run again and undo and redo follow. Below 0 only if allowed: a
reversal takes what the balance has and no more."""

from __future__ import annotations

from peewee import fn

from models.errors import ValidationError
from models.membership import level_rules, points, referral_takeback, referrals, settings
from models.membership.ledger_rows import points_row
from models.membership.tables import Member, MemberLevel, PointsEntry
from models.purchases.purchases import LIVE, Purchase, get_row, refunded_cents
from models.storage import audit
from models.storage.db import database

TASK_SETTINGS = {"register": "points_task_register", "profile": "points_task_profile",
                 "first_order": "points_task_first_order", "review": "points_task_review"}  # fmt: skip


def points_for(amount_fen: int, multiplier_permille: int = 1000) -> int:
    """Points for a purchase: whole yuan x points per yuan x the multiplier (down)."""
    if amount_fen <= 0:
        return 0
    return (amount_fen // 100) * settings.get("points_per_yuan") * multiplier_permille // 1000


def multiplier_of(member: Member) -> int:
    if member.level_id is None:
        return 1000
    level = MemberLevel.get_or_none(MemberLevel.id == member.level_id)
    return 1000 if level is None else level.points_multiplier_permille


def _earn_row(purchase_id: int, task: str = "") -> PointsEntry | None:
    return PointsEntry.get_or_none((PointsEntry.purchase_id == purchase_id)
                                   & (PointsEntry.kind == "earn") & (PointsEntry.task == task))  # fmt: skip


def _result(row: Purchase, member: Member | None, **more) -> dict:
    return {"purchase_id": row.id, "customer_id": row.customer_id, "member": member is not None,
            "points": 0, "first_order_points": 0, "reversed": 0, "level": None, **more}  # fmt: skip


def after_purchase(purchase_id: int) -> dict:
    """The hook of a purchase just recorded (inside its transaction): a refund is
    after_refund's; the first purchase of an introduced customer rewards both sides
    (once, member or not); a member's purchase earns once (a second call changes
    nothing)."""
    row = get_row(purchase_id)
    if row.refund_of is not None:
        return after_refund(purchase_id)
    referral = referrals.reward_first_purchase(purchase_id)
    member = Member.get_or_none(Member.customer_id == row.customer_id)
    if member is None or row.amount_cents <= 0 or row.voided_at is not None:
        return _result(row, member, referral=referral)
    done = _earn_row(row.id)
    if done is not None:
        return _result(row, member, points=done.points, again=True, referral=referral)
    earned = points_for(row.amount_cents, multiplier_of(member))
    if earned > 0:
        points.earn(member.customer_id, earned, reason=f"purchase {row.id}", at=row.at,
                    purchase_id=row.id)  # fmt: skip
    first = _first_order(row)
    level = level_check(member.customer_id)
    return _result(
        row, member, points=earned, first_order_points=first, level=level, referral=referral
    )


def _first_order(row: Purchase) -> int:
    amount = settings.get("points_task_first_order")
    if not amount or _task_done(row.customer_id, "first_order"):
        return 0
    earlier = Purchase.select().where(
        (Purchase.customer == row.customer_id) & LIVE & (Purchase.amount_cents > 0)
        & (Purchase.id != row.id) & (Purchase.at <= row.at)
    ).exists()  # fmt: skip
    if earlier:
        return 0
    points.earn(row.customer_id, amount, reason=f"首单 purchase {row.id}", at=row.at,
                purchase_id=row.id, task="first_order")  # fmt: skip
    return amount


def _task_done(customer_id: int, task: str) -> bool:
    return points.task_standing(customer_id, task)


def level_check(customer_id: int) -> dict | None:
    changes = levels_after([customer_id])
    return changes[0] if changes else None


def levels_after(customer_ids, cause: str = "purchase") -> list[dict]:
    """The level check after points moved (a setting: after every purchase)."""
    if not customer_ids or not settings.get("level_after_purchase"):
        return []
    if not MemberLevel.select().exists():
        return []
    return level_rules.recompute(list(customer_ids), cause=cause)["changes"]


def after_refund(refund_id: int) -> dict:
    """The hook of a refund (a negative purchase linked to the purchase it returns):
    the refunded share of the purchase's points reversed."""
    return settle(refund_id)


def after_void(purchase_id: int) -> dict:
    """The hook of a void: a voided purchase earns nothing (its 首单 points go too); a
    voided refund gives back what it had reversed."""
    return settle(purchase_id)


def settle(purchase_id: int) -> dict:
    """Bring a purchase's points (a refund's: its purchase's) to what they should be
    now; the level check follows. Returns what moved."""
    row = get_row(purchase_id)
    original = row if row.refund_of is None else get_row(row.refund_of)
    referral = referral_takeback.settle(original.id)
    member = Member.get_or_none(Member.customer_id == original.customer_id)
    if member is None:
        return _result(row, None, referral=referral)
    docs = [original.id, *(r for (r,) in Purchase.select(Purchase.id)
                           .where(Purchase.refund_of == original.id).tuples())]  # fmt: skip
    moved = 0
    earn = _earn_row(original.id)
    if earn is not None:
        if original.voided_at is not None or original.amount_cents <= 0:
            target = 0
        else:
            refunded = min(refunded_cents(original.id), original.amount_cents)
            share = (earn.points * refunded * 2 + original.amount_cents) // (
                2 * original.amount_cents
            )
            target = earn.points - share
        moved += _move(member, earn, target, docs, row.id, "")
    task = _earn_row(original.id, "first_order")
    if task is not None:
        target = 0 if original.voided_at is not None else task.points
        if target and _first_order_elsewhere(task):  # a later first order earned it
            target = 0
        moved += _move(member, task, target, [original.id], row.id, "first_order")
    level = level_check(member.customer_id) if moved else None
    return _result(row, member, reversed=-moved, level=level, referral=referral)


def _first_order_elsewhere(task: PointsEntry) -> bool:
    """The 首单 stands on another purchase of the customer (this one was voided, the
    next first order earned it, then this void was undone: it stays where it is)."""
    mine = (PointsEntry.customer_id == task.customer_id) & (PointsEntry.task == "first_order")
    others = PointsEntry.select(PointsEntry.id).where(
        mine & (PointsEntry.kind == "earn") & (PointsEntry.id != task.id))  # fmt: skip
    bought = PointsEntry.select(PointsEntry.purchase_id).where(PointsEntry.id.in_(others))
    total = (PointsEntry.select(fn.COALESCE(fn.SUM(PointsEntry.points), 0)).where(
        (mine & PointsEntry.purchase_id.in_(bought)) | PointsEntry.reverses_id.in_(others))
        .scalar())  # fmt: skip
    return int(total) > 0


def _move(member: Member, earn: PointsEntry, target: int, docs: list[int], doc_id: int,
          task: str) -> int:  # fmt: skip
    """One reverse row bringing what `earn` stands at to `target`; returns the points."""
    settled = (PointsEntry.select(fn.COALESCE(fn.SUM(PointsEntry.points), 0))
               .where((PointsEntry.kind == "reverse") & PointsEntry.reverses_id.is_null()
                      & (PointsEntry.task == task) & PointsEntry.purchase_id.in_(docs)
                      & (PointsEntry.customer_id == earn.customer_id)).scalar())  # fmt: skip
    undone = PointsEntry.get_or_none(PointsEntry.reverses_id == earn.id)  # points.reverse
    now = earn.points + int(settled) + (undone.points if undone else 0)
    diff = target - now
    if diff < 0 and not settings.get("points_negative_allowed"):
        balance = Member.get_by_id(member.id).points
        diff = max(diff, -max(balance, 0))
    if diff == 0:
        return 0
    lot = {"earned_on": earn.earned_on, "expires_on": earn.expires_on} if diff > 0 else {}
    what = "首单" if task else "purchase"
    reason = f"{what} {earn.purchase_id}: settled by purchase {doc_id}"
    points_row(earn.customer_id, "reverse", diff, card_id=earn.card_id, purchase_id=doc_id,
               task=task, reason=reason, **lot)  # fmt: skip
    audit.record("reverse", "points", earn.customer_id, detail=f"{diff:+d} {reason}")
    return diff


# ---------------------------------------------------------------- tasks and events


def earn_for_task(customer_id: int, task: str) -> int:
    """The points the settings give for a task (注册, 完善资料, 首单, 评价), once per
    member; returns the ledger row's id."""
    if task not in TASK_SETTINGS:
        raise ValidationError("task", "task_invalid", f"'{task}' is not one of: "
                              + ", ".join(TASK_SETTINGS), text=str(task))  # fmt: skip
    amount = settings.get(TASK_SETTINGS[task])
    if not amount:
        raise ValidationError("task", "task_no_points", f"no points are set for {task}",
                              text=task)  # fmt: skip
    with database.atomic():
        entry = points.earn(customer_id, amount, reason=task, task=task)
        level_check(int(customer_id))
    return entry


def earn_for_attendance(event_id: int, customer_id: int) -> int:
    """The points the settings give per event attended (or check-in), once per member
    and event; returns the ledger row's id. The caller knows the event and that the
    customer came."""
    amount = settings.get("points_attendance")
    if not amount:
        raise ValidationError("event", "attendance_no_points",
                              "no points are set for attending an event")  # fmt: skip
    if points.attendance_standing(customer_id, event_id):
        raise ValidationError("event", "attendance_rewarded",
                              f"points for event {event_id} were earned already",
                              id=event_id)  # fmt: skip
    with database.atomic():
        entry = points.earn(customer_id, amount, reason=f"event {event_id}", event_id=event_id)
        level_check(int(customer_id))
    return entry


def entry_json(entry_id: int) -> dict:
    """A points row earned for a task or an event, with the balance after it."""
    row = PointsEntry.get_by_id(entry_id)
    balance = Member.get(Member.customer_id == row.customer_id).points
    return {"customer_id": row.customer_id, "points": row.points, "entry_id": row.id,
            "task": row.task, "event_id": row.event_id, "balance": balance}  # fmt: skip
