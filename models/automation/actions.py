"""A rule's actions on a batch of customers, each through its domain's own (audited)
function, returning what changed per customer (the run log's items: enough to undo);
and the undo of such items, refused when a touched thing changed since."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from models import clock
from models.automation import bulk
from models.communities import members as community_members
from models.communities import signups
from models.communities.tables import CommunityMember, EventSignup
from models.customers import customers
from models.customers.record import Customer
from models.errors import NotFoundError, ValidationError
from models.membership import points
from models.membership.tables import Member, PointsEntry
from models.purchases import lifecycle
from models.tags.tables import Tag
from models.tags.tags import find_tag, get_or_create_tags
from models.team import staff

SOURCE = "automation"  # the follow-ups a rule plans
CHUNK = 900


@dataclass
class Item:
    customer_id: int
    action: str
    ref: str = ""
    before: str = ""
    after: str = ""


def _field(ids: list[int], column) -> dict[int, str]:
    out = {}
    for i in range(0, len(ids), CHUNK):
        query = Customer.select(Customer.id, column).where(Customer.id.in_(ids[i : i + CHUNK]))
        out.update(dict(query.tuples()))
    return out


def perform(action: dict, ids: list[int]) -> list[Item]:
    """Do `action` for the customers `ids` (live ones); the items of what changed."""
    kind = action["kind"]
    if kind in ("add_tag", "remove_tag"):
        if kind == "add_tag":
            tag = get_or_create_tags([action["tag"]])[0]
            done = bulk.add_tag(tag.id, ids)
        else:
            tag = find_tag(action["tag"])
            if tag is None:
                return []
            done = bulk.remove_tag(tag.id, ids)
        return [Item(cid, kind, str(tag.id)) for cid in done]
    if action.get("owner"):  # deactivated since the rule was saved: the rule goes off
        staff.require_active(action["owner"])
    if kind == "followup":
        due = clock.today() + dt.timedelta(days=action.get("due_days", 0))
        made = bulk.plan_followups(ids, due, action.get("channel", "phone"), action["subject"],
                                   action.get("owner"), SOURCE)  # fmt: skip
        return [Item(cid, kind, str(fid)) for cid, fid in made]
    if kind in ("assign_owner", "note"):
        column, key = (
            (Customer.owner, "owner") if kind == "assign_owner" else (Customer.notes, "notes")
        )
        out = []
        for cid, old in _field(ids, column).items():
            new = action["owner"] if kind == "assign_owner" else (
                f"{old}\n{action['text']}" if old else action["text"])  # fmt: skip
            if new != old:
                customers.update(cid, {key: new})
                out.append(Item(cid, kind, "", old, new))
        return out
    if kind == "set_stage":
        old = _field(ids, Customer.stage)
        moves = defaultdict(list)
        for cid, stage in old.items():
            if stage != action["stage"]:
                moves[(stage, action["stage"])].append(cid)
        changed = lifecycle.accept(lifecycle.Suggestions(dict(moves))) if moves else {}
        return [Item(cid, kind, "", before, action["stage"]) for cid, before in changed.items()]
    if kind == "join_community":
        result = community_members.join(action["community"], ids)
        return [Item(cid, kind, str(action["community"])) for cid in result.joined]
    if kind == "invite_event":
        return _invite(int(action["event"]), ids)
    if kind == "grant_points":
        members = set()
        for i in range(0, len(ids), CHUNK):
            members.update(c for (c,) in Member.select(Member.customer_id)
                           .where(Member.customer_id.in_(ids[i : i + CHUNK])).tuples())  # fmt: skip
        out = []
        for cid in ids:
            if cid in members:  # points only where the customer is a member
                entry = points.earn(cid, action["points"],
                                    reason=action.get("reason") or "automation")  # fmt: skip
                out.append(Item(cid, kind, str(entry)))
        return out
    raise ValueError(f"unknown action {kind!r}")


def perform_loaded(action: dict) -> bool:
    """Do a set-based `action` (add_tag, remove_tag, followup) for the customers of
    temp.auto_ids, leaving what changed in temp.auto_done; False: nothing to do."""
    kind = action["kind"]
    if kind == "add_tag":
        bulk.tag_loaded(get_or_create_tags([action["tag"]])[0].id, True)
        return True
    if kind == "remove_tag":
        tag = find_tag(action["tag"])
        if tag is None:
            return False
        bulk.tag_loaded(tag.id, False)
        return True
    if kind == "followup":
        if action.get("owner"):  # deactivated since the rule was saved: the rule goes off
            staff.require_active(action["owner"])
        due = clock.today() + dt.timedelta(days=action.get("due_days", 0))
        bulk.followups_loaded(due, action.get("channel", "phone"), action["subject"],
                              action.get("owner"), SOURCE)  # fmt: skip
        return True
    raise ValueError(f"not a set-based action {kind!r}")


def _statuses(event_id: int, ids: list[int]) -> dict[int, str]:
    out = {}
    for i in range(0, len(ids), CHUNK):
        query = EventSignup.select(EventSignup.customer_id, EventSignup.status).where(
            (EventSignup.event == event_id) & EventSignup.customer_id.in_(ids[i : i + CHUNK])
        )
        out.update(dict(query.tuples()))
    return out


def _invite(event_id: int, ids: list[int]) -> list[Item]:
    """Sign the customers up for the event (the waiting list once it is full); the
    items keep the sign-up's status before ('' none, 'cancelled') for the undo."""
    before = _statuses(event_id, ids)
    result = signups.signup(event_id, ids)
    after = _statuses(event_id, result.signed + result.waiting)
    return [Item(cid, "invite_event", str(event_id), before.get(cid, ""), after[cid])
            for cid in sorted(result.signed + result.waiting)]  # fmt: skip


def _conflict(message: str) -> ValidationError:
    return ValidationError("run", "undo_conflict", message)


def check_undo(items: list[Item]) -> None:
    """ValidationError "undo_conflict" when something an item touched changed since."""
    added = [(it.customer_id, int(it.ref)) for it in items if it.action == "add_tag"]
    if added and bulk.missing_tags(added):
        raise _conflict("a tag the run added was removed since")
    planned = [int(it.ref) for it in items if it.action == "followup"]
    if planned and bulk.followups_not_open(planned):
        raise _conflict("a follow-up the run planned was done, cancelled or deleted since")
    for it in items:
        if it.action == "remove_tag" and find_tag_id(it.ref) is None:
            raise _conflict("a tag the run removed was deleted since")
        if it.action in ("assign_owner", "note", "set_stage"):
            column = {"assign_owner": Customer.owner, "note": Customer.notes,
                      "set_stage": Customer.stage}[it.action]  # fmt: skip
            now = _field([it.customer_id], column).get(it.customer_id)
            if now != it.after:
                raise _conflict("a customer the run changed was changed again since")
        if it.action == "invite_event" and _statuses(int(it.ref), [it.customer_id]).get(
            it.customer_id
        ) not in ("signed", "waiting"):
            raise _conflict("a sign-up the run made was cancelled, checked in or removed since")
        if (
            it.action == "grant_points"
            and PointsEntry.select().where(PointsEntry.reverses_id == int(it.ref)).exists()
        ):
            raise _conflict("points the run granted were reversed since")


def find_tag_id(ref: str) -> int | None:
    row = Tag.get_or_none(Tag.id == int(ref))
    return None if row is None else row.id


def undo(items: list[Item]) -> None:
    """Put back what `items` changed (the caller checked and holds the transaction)."""
    by = defaultdict(list)
    for it in items:  # a run's follow-ups (each its own ref) go in one statement
        by[(it.action, "" if it.action == "followup" else it.ref)].append(it)
    for (action, ref), group in by.items():
        ids = [it.customer_id for it in group]
        if action == "add_tag":
            bulk.remove_tag(int(ref), ids)
        elif action == "remove_tag":
            bulk.add_tag(int(ref), ids)
        elif action == "followup":
            bulk.delete_followups([int(it.ref) for it in group])
        elif action in ("assign_owner", "note"):
            key = "owner" if action == "assign_owner" else "notes"
            for it in group:
                customers.update(it.customer_id, {key: it.before})
        elif action == "set_stage":
            lifecycle.restore({it.customer_id: it.before for it in group})
        elif action == "join_community":
            live = [c for c in ids if _still_member(int(ref), c)]
            if live:
                community_members.leave(int(ref), live)
        elif action == "invite_event":
            gone = [it.customer_id for it in group if not it.before]
            for i in range(0, len(gone), CHUNK):
                EventSignup.delete().where((EventSignup.event == int(ref))
                                           & EventSignup.customer_id.in_(gone[i : i + CHUNK])).execute()  # fmt: skip
            for it in group:
                if it.before:
                    EventSignup.update(status=it.before).where(
                        (EventSignup.event == int(ref)) & (EventSignup.customer == it.customer_id)
                    ).execute()
        elif action == "grant_points":
            for it in group:
                try:
                    points.reverse(int(it.ref), "undo of an automation run")
                except (ValidationError, NotFoundError) as exc:
                    raise _conflict(str(exc)) from None


def _still_member(community_id: int, customer_id: int) -> bool:
    return (
        CommunityMember.select()
        .where(
            (CommunityMember.community == community_id)
            & (CommunityMember.customer == customer_id)
            & CommunityMember.left_on.is_null()
        )
        .exists()
    )
