"""Sign-ups of an event: signing up (past capacity: the waiting list, in sign-up order),
cancelling (the first waiting one moves up), check-in on the day (found by name, mobile
or pinyin initials), walk-ins (the customer created on the spot if need be), closing the
event (the signed ones who did not come become no-shows), feedback from attendees and
one-click follow-ups. Every write is one transaction with its audit entry."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from models import clock
from models.communities import activity, events
from models.communities.tables import Event, EventSignup
from models.customers import customer_list, customers
from models.customers.customer_filter import CustomerFilter
from models.customers.record import Customer
from models.errors import NotFoundError, ValidationError
from models.followups import followups
from models.membership import auto_points
from models.storage import audit
from models.storage.db import database
from models.values.search_text import digits_only, name_pinyin, normalise

TAKING = ("signed", "attended")  # the sign-ups that hold a place
MAX_COMMENT = 2000


@dataclass
class SignupResult:
    """What a sign-up did, by customer id: signed, put on the waiting list, already in."""

    signed: list[int] = field(default_factory=list)
    waiting: list[int] = field(default_factory=list)
    already: list[int] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"signed": self.signed, "waiting": self.waiting, "already": self.already}


def _customers(customer_ids) -> list[Customer]:
    """The customers, in the order given (duplicates once); NotFoundError for a missing
    one, ValidationError event_customer_deleted for one in the recycle bin."""
    ids = []
    for raw in customer_ids:
        try:
            cid = int(raw)
        except (TypeError, ValueError):
            raise NotFoundError(f"no customer with id {raw}", customer_id=raw) from None
        if cid not in ids:
            ids.append(cid)
    rows = {c.id: c for c in Customer.select().where(Customer.id.in_(ids))}
    out = []
    for cid in ids:
        row = rows.get(cid)
        if row is None:
            raise NotFoundError(f"no customer with id {cid}", customer_id=cid)
        if row.deleted_at is not None:
            raise ValidationError("customer", "event_customer_deleted",
                                  f"{row.name} (#{cid}) is in the recycle bin", name=row.name)  # fmt: skip
        out.append(row)
    return out


def _signup(event_id: int, customer_id: int) -> EventSignup | None:
    return EventSignup.get_or_none((EventSignup.event == event_id)
                                   & (EventSignup.customer == customer_id))  # fmt: skip


def taken(event_id: int) -> int:
    return EventSignup.select().where((EventSignup.event == event_id)
                                      & EventSignup.status.in_(TAKING)).count()  # fmt: skip


def signup(event_id: int, customer_ids) -> SignupResult:
    """Sign the customers up, in order; once the event is full the rest go on the
    waiting list. Someone already signed up (or waiting, or attended) is left as is."""
    event = events.get_row(event_id)
    events.require_open(event)
    people = _customers(customer_ids)
    if not people:
        raise ValidationError("customers", "event_no_customers", "no customers given")
    result = SignupResult()
    now = clock.now()
    with database.atomic():
        free = None if event.capacity is None else event.capacity - taken(event.id)
        for person in people:
            row = _signup(event.id, person.id)
            if row is not None and row.status != "cancelled":
                result.already.append(person.id)
                continue
            status = "signed" if free is None or free > 0 else "waiting"
            if status == "signed" and free is not None:
                free -= 1
            values = dict(status=status, signed_at=now, walk_in=False, checked_in_at=None)
            if row is None:
                EventSignup.insert(event=event.id, customer=person.id, **values).execute()
            else:
                EventSignup.update(**values).where(EventSignup.id == row.id).execute()
            (result.signed if status == "signed" else result.waiting).append(person.id)
        names = {p.id: p.name for p in people}
        if result.signed or result.waiting:
            detail = f"{event.title}: " + audit.names([names[i] for i in result.signed])
            if result.waiting:
                detail += " | waiting: " + audit.names([names[i] for i in result.waiting])
            audit.record("signup", "event", event.id, detail=detail,
                         count=len(result.signed) + len(result.waiting))  # fmt: skip
    return result


def cancel(event_id: int, customer_id: int) -> int | None:
    """Cancel a sign-up (kept as status cancelled); the first on the waiting list takes
    the place. Returns the customer id moved up, if any."""
    event = events.get_row(event_id)
    events.require_open(event)
    row = _signup(event.id, int(customer_id))
    if row is None or row.status not in ("signed", "waiting"):
        raise ValidationError("customer", "event_not_signed_up", "not signed up",
                              name=_name(customer_id))  # fmt: skip
    with database.atomic():
        EventSignup.update(status="cancelled").where(EventSignup.id == row.id).execute()
        promoted = promote(event)
        detail = f"{event.title}: cancelled: {_name(customer_id)}"
        if promoted:
            detail += f" | from waiting list: {_name(promoted)}"
        audit.record("signup", "event", event.id, detail=detail)
    return promoted


def promote(event: Event) -> int | None:
    """Move the first waiting sign-up up when there is a free place."""
    if event.capacity is not None and taken(event.id) >= event.capacity:
        return None
    first = (EventSignup.select().where((EventSignup.event == event.id)
                                        & (EventSignup.status == "waiting"))
             .order_by(EventSignup.signed_at, EventSignup.id).first())  # fmt: skip
    if first is None:
        return None
    EventSignup.update(status="signed").where(EventSignup.id == first.id).execute()
    return first.customer_id


def _name(customer_id) -> str:
    row = Customer.get_or_none(Customer.id == customer_id)
    return row.name if row else f"#{customer_id}"


def find(event_id: int, text: str, limit: int = 50) -> list[dict]:
    """The event's sign-ups (not cancelled) whose customer matches `text`: part of the
    name, 3+ digits of the mobile, or the pinyin (initials "zs" or whole "zhangsan")."""
    query = normalise(text)
    digits = digits_only(query)
    rows = listing(event_id)
    out = []
    for row in rows:
        if row["status"] == "cancelled":
            continue
        name = normalise(row["name"])
        _syl, joined, initials = name_pinyin(name)
        if not query or query in name or (len(digits) >= 3 and digits == query.replace(" ", "")
                                          and digits in digits_only(row["mobile"])) or (
            query.isascii() and query.replace(" ", "") and (
                initials.startswith(query.replace(" ", ""))
                or joined.startswith(query.replace(" ", "")))):  # fmt: skip
            out.append(row)
        if len(out) >= limit:
            break
    return out


def listing(event_id: int) -> list[dict]:
    """The event's sign-ups with the customer's name and mobile, in sign-up order
    (customers in the recycle bin left out)."""
    events.get_row(event_id)
    query = (EventSignup.select(EventSignup, Customer.name, Customer.mobile)
             .join(Customer, on=EventSignup.customer == Customer.id)
             .where((EventSignup.event == event_id) & Customer.deleted_at.is_null())
             .order_by(EventSignup.signed_at, EventSignup.id).dicts())  # fmt: skip
    return [dict(r, customer_id=r["customer"]) for r in query]


def checkin(event_id: int, customer_id: int, at: dt.datetime | None = None,
            organiser: bool = False) -> None:  # fmt: skip
    """Mark a signed-up customer attended (at `at`, default now). Someone not signed up:
    ValidationError event_not_signed_up (offer a walk-in); waiting: they come in anyway
    (they are here), and take a place. In the event's community, a member that day gets
    an "attend" activity ("organise" for the organiser)."""
    event = events.get_row(event_id)
    events.require_open(event)
    person = _customers([customer_id])[0]
    row = _signup(event.id, person.id)
    if row is None or row.status == "cancelled":
        raise ValidationError("customer", "event_not_signed_up",
                              f"{person.name} is not signed up: check in as a walk-in?",
                              name=person.name)  # fmt: skip
    if row.status == "attended":
        raise ValidationError("customer", "event_already_checked_in",
                              f"{person.name} is already checked in", name=person.name)  # fmt: skip
    at = at or clock.now()
    with database.atomic():
        EventSignup.update(status="attended", checked_in_at=at).where(
            EventSignup.id == row.id).execute()  # fmt: skip
        credited = credit(event, [person.id], at.date(), organiser)
        rewarded = auto_points.reward_attendance(event.id, [person.id], at)
        audit.record("checkin", "event", event.id,
                     detail=f"{event.title}: {person.name}" + _activity_words(credited, organiser)
                     + _points_words(len(rewarded)))  # fmt: skip


def credit(event: Event, customer_ids, day: dt.date, organiser: bool = False) -> list[int]:
    """Add one "attend" (or "organise") to the event's community activity of those of
    `customer_ids` who were members that day; the community's levels are recomputed.
    Returns the customers credited (none without a community)."""
    if event.community is None or not customer_ids:
        return []
    day = min(day, clock.today())
    members = activity.members_on(event.community, customer_ids, day)
    kind = "organise" if organiser else "attend"
    ids = [c for c in dict.fromkeys(int(i) for i in customer_ids) if c in members]
    activity.adjust(event.community, [(c, day, kind, 1) for c in ids])
    return ids


def _points_words(members: int) -> str:
    return f"; points: {members} member(s)" if members else ""


def _activity_words(credited: list[int], organiser: bool) -> str:
    if not credited:
        return ""
    return f"; activity: {'organise' if organiser else 'attend'} +{len(credited)}"


def walk_in(event_id: int, customer_id: int | None = None, new_customer: dict | None = None,
            at: dt.datetime | None = None, organiser: bool = False) -> int:  # fmt: skip
    """Check in someone who did not sign up: the sign-up is made (walk_in) and, without
    `customer_id`, the customer is created from `new_customer` (name, mobile, ...).
    Returns the customer id. Someone already signed up is just checked in."""
    event = events.get_row(event_id)
    events.require_open(event)
    with database.atomic():
        if customer_id is None:
            if not new_customer:
                raise ValidationError("customer", "event_no_customers", "no customer given")
            customer_id = customers.create({"source": "event", **new_customer})
        person = _customers([customer_id])[0]
        row = _signup(event.id, person.id)
        if row is not None and row.status in ("signed", "waiting"):
            checkin(event.id, person.id, at, organiser)
            return person.id
        if row is not None and row.status == "attended":
            raise ValidationError("customer", "event_already_checked_in",
                                  f"{person.name} is already checked in", name=person.name)  # fmt: skip
        at = at or clock.now()
        values = dict(status="attended", walk_in=True, signed_at=clock.now(), checked_in_at=at)
        if row is None:
            EventSignup.insert(event=event.id, customer=person.id, **values).execute()
        else:
            EventSignup.update(**values).where(EventSignup.id == row.id).execute()
        credited = credit(event, [person.id], at.date(), organiser)
        rewarded = auto_points.reward_attendance(event.id, [person.id], at)
        audit.record("checkin", "event", event.id, detail=f"{event.title}: walk-in: "
                     f"{person.name}" + _activity_words(credited, organiser)
                     + _points_words(len(rewarded)))  # fmt: skip
    return person.id


def mark_no_show(event_id: int, customer_ids) -> int:
    """Mark signed-up customers who did not come as no-shows (before closing)."""
    event = events.get_row(event_id)
    if event.status == "cancelled":
        raise ValidationError("event", "event_cancelled", "the event is cancelled",
                              title=event.title)  # fmt: skip
    people = _customers(customer_ids)
    rows = []
    for person in people:
        row = _signup(event.id, person.id)
        if row is None or row.status != "signed":
            raise ValidationError("customer", "event_not_signed_up",
                                  f"{person.name} is not signed up (or already checked in)",
                                  name=person.name)  # fmt: skip
        rows.append(row)
    with database.atomic():
        EventSignup.update(status="no_show").where(
            EventSignup.id.in_([r.id for r in rows])).execute()  # fmt: skip
        audit.record("noshow", "event", event.id, count=len(rows),
                     detail=f"{event.title}: " + audit.names([p.name for p in people]))  # fmt: skip
    return len(rows)


@dataclass
class Attendance:
    """What marking attendance did, by customer id: attended now, attended already; the
    no-shows marked when the event was closed with it."""

    attended: list[int] = field(default_factory=list)
    already: list[int] = field(default_factory=list)
    no_shows: int = 0
    credited: list[int] = field(default_factory=list)  # given an "attend" activity
    points: int = 0  # members who earned the attendance points

    def to_json(self) -> dict:
        return {"attended": self.attended, "already": self.already, "no_shows": self.no_shows,
                "activity": self.credited, "points_earned": self.points}  # fmt: skip


def mark_attended(event_id: int, customer_ids, close_event: bool = False,
                  at: dt.datetime | None = None) -> Attendance:  # fmt: skip
    """Check many in at once (the printed sign-in list, ticked afterwards): each must be
    signed up (or waiting); those checked in already are left as they are. With
    `close_event` the event ends too and the signed ones not ticked become no-shows.
    One transaction, audited; refused input writes nothing."""
    event = events.get_row(event_id)
    events.require_open(event)
    if close_event:
        events.check_step(event, "ended")
    people = _customers(customer_ids)
    if not people and not close_event:
        raise ValidationError("customers", "event_no_customers", "no customers given")
    found = {r.customer_id: r for r in EventSignup.select().where(
        (EventSignup.event == event.id)
        & EventSignup.customer.in_([p.id for p in people]))} if people else {}  # fmt: skip
    result = Attendance()
    for person in people:
        row = found.get(person.id)
        if row is None or row.status not in ("signed", "waiting", "attended"):
            raise ValidationError("customer", "event_not_signed_up",
                                  f"{person.name} is not signed up: check in as a walk-in?",
                                  name=person.name)  # fmt: skip
        (result.already if row.status == "attended" else result.attended).append(person.id)
    at = at or clock.now()
    with database.atomic():
        ids = [found[c].id for c in result.attended]
        for i in range(0, len(ids), 500):
            EventSignup.update(status="attended", checked_in_at=at).where(
                EventSignup.id.in_(ids[i : i + 500])).execute()  # fmt: skip
        result.credited = credit(event, result.attended, at.date())
        result.points = len(auto_points.reward_attendance(event.id, result.attended, at))
        if result.attended:
            names = {p.id: p.name for p in people}
            audit.record("checkin", "event", event.id, count=len(result.attended),
                         detail=f"{event.title}: " + audit.names(
                             [names[c] for c in result.attended])
                         + _activity_words(result.credited, False)
                         + _points_words(result.points))  # fmt: skip
        if close_event:
            result.no_shows = _close(event)
    return result


def close(event_id: int) -> int:
    """End the event: the signed ones who did not check in become no-shows (the waiting
    list stays as it was). Returns how many no-shows were marked."""
    event = events.get_row(event_id)
    events.check_step(event, "ended")
    with database.atomic():
        return _close(event)


def _close(event: Event) -> int:
    signed = EventSignup.select(EventSignup.id).where(
        (EventSignup.event == event.id) & (EventSignup.status == "signed"))  # fmt: skip
    ids = [r.id for r in signed]
    for i in range(0, len(ids), 500):
        EventSignup.update(status="no_show").where(EventSignup.id.in_(ids[i : i + 500])).execute()
    Event.update(status="ended", updated_at=clock.now()).where(Event.id == event.id).execute()
    audit.record("edit", "event", event.id,
                 detail=f"{event.title}: status: {event.status} → ended")  # fmt: skip
    if ids:
        audit.record("noshow", "event", event.id, count=len(ids), detail=event.title)
    return len(ids)


def feedback(event_id: int, customer_id: int, score, comment: str = "") -> None:
    """An attendee's score (1-5) and comment; refused for anyone who did not attend."""
    event = events.get_row(event_id)
    if event.status == "cancelled":
        raise ValidationError("event", "event_cancelled", "the event is cancelled",
                              title=event.title)  # fmt: skip
    try:
        value = int(str(score).strip())
    except ValueError:
        value = 0
    if not 1 <= value <= 5:
        raise ValidationError("score", "event_score_invalid", f"a score is 1 to 5, not {score!r}")
    comment = str(comment or "").strip()
    if len(comment) > MAX_COMMENT:
        raise ValidationError("comment", "too_long", "the comment is too long", limit=MAX_COMMENT)
    person = _customers([customer_id])[0]
    row = _signup(event.id, person.id)
    if row is None or row.status != "attended":
        raise ValidationError("customer", "event_not_attended",
                              f"{person.name} did not attend: no feedback", name=person.name)  # fmt: skip
    with database.atomic():
        EventSignup.update(feedback_score=value, feedback_comment=comment).where(
            EventSignup.id == row.id).execute()  # fmt: skip
        audit.record("feedback", "event", event.id,
                     detail=f"{event.title}: {person.name}: {value}")  # fmt: skip


def plan_followups(event_id: int, groups=("attended", "no_show"), due=None,
                   subject: str = "", kind: str = "phone") -> list[int]:  # fmt: skip
    """One follow-up per attendee and/or no-show (`groups`), due `due` (default
    tomorrow), subject naming the event; customers in the recycle bin are skipped.
    Returns the follow-up ids."""
    event = events.get_row(event_id)
    groups = tuple(groups)
    if not groups or any(g not in ("attended", "no_show") for g in groups):
        raise ValidationError("groups", "event_groups_invalid", "attended and/or no_show")
    rows = (EventSignup.select(EventSignup.customer)
            .join(Customer, on=EventSignup.customer == Customer.id)
            .where((EventSignup.event == event.id) & EventSignup.status.in_(groups)
                   & Customer.deleted_at.is_null())
            .order_by(EventSignup.id))  # fmt: skip
    customer_ids = [r.customer_id for r in rows]
    if not customer_ids:
        raise ValidationError("groups", "event_nobody", "nobody to follow up")
    due = due or (clock.now().date() + dt.timedelta(days=1))
    subject = subject or event.title
    with database.atomic():
        return [followups.create(cid, due, kind=kind, subject=subject[:200], source="event")
                for cid in customer_ids]  # fmt: skip


def search_customers(text: str, limit: int = 50) -> list[dict]:
    """Live customers the customer list's search finds (name, mobile, pinyin, ...), for
    the sign-up dialog: id, name, mobile; at most `limit`."""
    if not normalise(text):
        return []
    ids = customer_list.matching_ids(CustomerFilter(search=text))[:limit]
    rows = Customer.select(Customer.id, Customer.name, Customer.mobile).where(Customer.id.in_(ids))
    found = {r["id"]: r for r in rows.dicts()}
    return [found[i] for i in ids if i in found]
