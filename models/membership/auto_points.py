"""Points that earn themselves when the thing happens, by the amounts in the settings
(a rule at 0 earns nothing): 注册 when a customer is enrolled, 完善资料 when a member's
profile becomes complete (at enrolment or by an edit), one event's attendance when a
member is checked in (models.communities.signups calls `reward_attendance` in the
check-in's transaction), 评价 when staff record a review. Each earns once: a task once
per member, an event once per member and event; silent when the customer is not a
member or the rule is 0. The window's undo takes them back with reversing rows
(`take_back`) and its redo earns them anew: the ledger keeps both.

A member import enrols without the 注册 points: imported members bring their balance
from the old system."""

from __future__ import annotations

import datetime as dt

from peewee import fn

from models.customers import customers, record
from models.membership import cards, earning, points, settings
from models.membership.tables import Member, MemberCard, PointsEntry
from models.storage.db import database

# 完善资料: what a complete profile has besides the name (the usual 会员资料 form)
PROFILE_FIELDS = ("mobile", "gender", "birthday")


def _member(customer_id: int) -> bool:
    return Member.select().where(Member.customer_id == int(customer_id)).exists()


def reward(customer_id: int, task: str, levels: bool = True) -> int | None:
    """The task's points, when the customer is a member, the rule gives some and they
    were not earned yet; returns the ledger row's id (None: nothing earned). Inside the
    caller's transaction; the level check follows (`levels`)."""
    amount = settings.get(earning.TASK_SETTINGS[task])
    if not amount or not _member(customer_id) or points.task_standing(customer_id, task):
        return None
    entry = points.earn(customer_id, amount, reason=task, task=task)
    if levels:
        earning.levels_after([int(customer_id)])
    return entry


def profile_complete(customer_id: int) -> bool:
    """A name given by someone (not a placeholder) and every PROFILE_FIELDS filled."""
    row = (record.Customer.select(record.Customer.name_placeholder,
                                  *[getattr(record.Customer, f) for f in PROFILE_FIELDS])
           .where(record.Customer.id == int(customer_id)).dicts().first())  # fmt: skip
    if row is None or row.pop("name_placeholder"):
        return False
    return all(str(value or "").strip() for value in row.values())


def reward_profile(customer_id: int, levels: bool = True) -> int | None:
    """完善资料's points when the member's profile is complete now."""
    if not profile_complete(customer_id):
        return None
    return reward(customer_id, "profile", levels)


def enroll(customer_id: int, card_no=None, *, joined_on: dt.date | None = None,
           expires_on: dt.date | None = None) -> tuple[MemberCard, list[int]]:  # fmt: skip
    """cards.enroll, then the 注册 points and, with a complete profile, 完善资料's, in
    one transaction; returns the card and the ledger rows earned. The level follows at
    the day's pass (or the next purchase), so that the enrolment stays undoable."""
    with database.atomic():
        card = cards.enroll(customer_id, card_no, joined_on=joined_on, expires_on=expires_on)
        earned = [reward(card.customer_id, "register", levels=False),
                  reward_profile(card.customer_id, levels=False)]  # fmt: skip
    return card, [e for e in earned if e is not None]


def edit_customer(customer_id: int, data: dict) -> int | None:
    """customers.update, then 完善资料's points when the edit completed a member's
    profile (one transaction); returns the ledger row earned, if any."""
    with database.atomic():
        customers.update(customer_id, data)
        return reward_profile(customer_id)


def reward_review(customer_id: int) -> int:
    """评价: staff record that the member wrote a review; the rule's points once.
    ValidationError when not a member, no points are set or they were earned."""
    return earning.earn_for_task(customer_id, "review")


def reward_attendance(event_id: int, customer_ids, at: dt.datetime | None = None) -> list[int]:
    """The attendance points of the members among `customer_ids` who have not had them
    for this event; returns the ledger rows. Inside the check-in's transaction."""
    amount = settings.get("points_attendance")
    if not amount:
        return []
    ids = list(dict.fromkeys(int(c) for c in customer_ids))
    members = set()
    for i in range(0, len(ids), 500):
        members.update(c for (c,) in Member.select(Member.customer_id)
                       .where(Member.customer_id.in_(ids[i : i + 500])).tuples())  # fmt: skip
    entries, earned = [], []
    for cid in ids:
        if cid in members and not points.attendance_standing(cid, event_id):
            entries.append(points.earn(cid, amount, reason=f"event {event_id}", at=at,
                                       event_id=int(event_id)))  # fmt: skip
            earned.append(cid)
    earning.levels_after(earned)
    return entries


def attendance_points(event_id: int, customer_id: int) -> int:
    """The points the customer has for attending the event now (0: none, or taken back)."""
    earns = PointsEntry.select(PointsEntry.id).where(
        (PointsEntry.customer_id == int(customer_id)) & (PointsEntry.event_id == int(event_id))
        & (PointsEntry.kind == "earn"))  # fmt: skip
    return int(PointsEntry.select(fn.COALESCE(fn.SUM(PointsEntry.points), 0)).where(
        PointsEntry.id.in_(earns) | PointsEntry.reverses_id.in_(earns)).scalar())  # fmt: skip


def take_back(entry_ids) -> list[int]:
    """The undo of points earned by themselves: each row not yet reversed is reversed
    (a row of the opposite sign); returns the customers touched. Refused (nothing
    written) when the points were spent and the balance may not go below 0."""
    touched = []
    with database.atomic():
        for entry_id in entry_ids:
            if PointsEntry.select().where(PointsEntry.reverses_id == entry_id).exists():
                continue
            row = PointsEntry.get_by_id(entry_id)
            points.reverse(entry_id, f"{row.reason or row.task}: undone")
            touched.append(row.customer_id)
        earning.levels_after(list(dict.fromkeys(touched)))
    return touched


def earned_since(event_id: int, after_id: int) -> list[int]:
    """The attendance rows of the event written after row `after_id` (what a check-in
    earned, for its undo)."""
    return [r for (r,) in PointsEntry.select(PointsEntry.id).where(
        (PointsEntry.id > after_id) & (PointsEntry.event_id == int(event_id))
        & (PointsEntry.kind == "earn")).order_by(PointsEntry.id).tuples()]  # fmt: skip


def points_of(entry_ids) -> int:
    """The points the rows earned, together."""
    ids = list(entry_ids)
    if not ids:
        return 0
    return int(PointsEntry.select(fn.SUM(PointsEntry.points))
               .where(PointsEntry.id.in_(ids)).scalar() or 0)  # fmt: skip


def last_entry_id() -> int:
    return PointsEntry.select(PointsEntry.id).order_by(PointsEntry.id.desc()).scalar() or 0
