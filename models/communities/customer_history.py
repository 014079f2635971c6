"""One customer's community life, for the card and the timeline: the events they signed
up for (with what became of it), and their joins, leaves and event attendance as
timeline entries. Reads only, by the customer indexes of community_member and
event_signup (a few milliseconds however large the tables)."""

from __future__ import annotations

import datetime as dt

from models.communities.tables import Community, CommunityMember, Event, EventSignup


def events_of(customer_id: int, limit: int = 50) -> list[dict]:
    """The events the customer signed up for, newest first: event_id, title, starts_at,
    status (signed, waiting, attended, no_show, cancelled), walk_in, checked_in_at,
    event_status."""
    query = (
        EventSignup.select(EventSignup.event.alias("event_id"), Event.title, Event.starts_at,
                           EventSignup.status, EventSignup.walk_in, EventSignup.checked_in_at,
                           Event.status.alias("event_status"))
        .join(Event, on=(EventSignup.event == Event.id))
        .where(EventSignup.customer == customer_id)
        .order_by(Event.starts_at.desc())
        .limit(limit)
    )  # fmt: skip
    return list(query.dicts())


def _moment(day) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()) if not isinstance(day, dt.datetime) else day


def timeline_entries(customer_id: int, limit: int = 200) -> list[dict]:
    """Entries {"type", "at", "row"} for models.insights.timeline: "community" (row:
    community_id, name, role, what "joined"/"left") at the day of a join or a leave, and
    "event" (row: an events_of row) at the check-in (attended) or the event's start (a
    no-show, a sign-up to come)."""
    periods = (
        CommunityMember.select(CommunityMember.community.alias("community_id"), Community.name,
                               CommunityMember.role, CommunityMember.joined_on,
                               CommunityMember.left_on)
        .join(Community, on=(CommunityMember.community == Community.id))
        .where(CommunityMember.customer == customer_id)
        .order_by(CommunityMember.joined_on.desc())
        .limit(limit)
    )  # fmt: skip
    entries = []
    for p in periods.dicts():
        base = {"community_id": p["community_id"], "name": p["name"], "role": p["role"]}
        entries.append({"type": "community", "at": _moment(p["joined_on"]),
                        "row": {**base, "what": "joined"}})  # fmt: skip
        if p["left_on"] is not None:
            entries.append({"type": "community", "at": _moment(p["left_on"]),
                            "row": {**base, "what": "left"}})  # fmt: skip
    for e in events_of(customer_id, limit):
        if e["status"] == "cancelled":
            continue
        at = e["checked_in_at"] if e["status"] == "attended" and e["checked_in_at"] else None
        entries.append({"type": "event", "at": at or e["starts_at"], "row": e})
    return entries
