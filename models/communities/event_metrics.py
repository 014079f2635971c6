"""An event's numbers: sign-ups, attendance, no-shows, walk-ins, the waiting list,
feedback, and the purchases attributed to it (attendees' purchases from the start of the
event to `attribution_days` days after its end)."""

from __future__ import annotations

import datetime as dt

from peewee import fn

from models.communities import events
from models.communities.tables import EventSignup
from models.purchases.purchases import LIVE, Purchase


def attribution_window(event) -> tuple[dt.datetime, dt.datetime]:
    """[start, end] of the purchases that count for the event."""
    end = (event.ends_at or event.starts_at) + dt.timedelta(days=event.attribution_days or 0)
    return event.starts_at, end


def attributed(event_id: int) -> dict:
    """The attendees' live purchases in the window: count, buyers, spend (fen)."""
    event = events.get_row(event_id)
    start, end = attribution_window(event)
    attendees = EventSignup.select(EventSignup.customer).where(
        (EventSignup.event == event.id) & (EventSignup.status == "attended")
    )
    count, buyers, spend = (
        Purchase.select(fn.COUNT(Purchase.id), fn.COUNT(Purchase.customer.distinct()),
                        fn.COALESCE(fn.SUM(Purchase.amount_cents), 0))
        .where(LIVE & Purchase.customer.in_(attendees) & (Purchase.at >= start)
               & (Purchase.at <= end))
        .tuples().get()
    )  # fmt: skip
    return {"purchases": count, "buyers": buyers, "spend_cents": spend}


def compute(event_id: int) -> dict:
    """The event's metrics as one JSON-ready object (stable keys)."""
    event = events.get_row(event_id)
    by_status = dict(
        EventSignup.select(EventSignup.status, fn.COUNT(EventSignup.id))
        .where(EventSignup.event == event.id)
        .group_by(EventSignup.status)
        .tuples()
    )
    walk_ins, score_sum, scores = (
        EventSignup.select(
            fn.COALESCE(fn.SUM(EventSignup.walk_in.cast("INTEGER")), 0),
            fn.COALESCE(fn.SUM(EventSignup.feedback_score), 0),
            fn.COUNT(EventSignup.feedback_score),
        )
        .where(EventSignup.event == event.id)
        .tuples()
        .get()
    )
    attended = by_status.get("attended", 0)
    no_shows = by_status.get("no_show", 0)
    signed_up = by_status.get("signed", 0) + attended + no_shows  # who held a place
    expected = signed_up - walk_ins  # those who signed up before the day
    came = attended - walk_ins
    money = attributed(event.id)
    return {
        "id": event.id,
        "title": event.title,
        "status": event.status,
        "capacity": event.capacity,
        "signed_up": signed_up,
        "attended": attended,
        "no_shows": no_shows,
        "walk_ins": walk_ins,
        "waiting": by_status.get("waiting", 0),
        "cancelled": by_status.get("cancelled", 0),
        "attendance_rate": round(came / expected, 4) if expected > 0 else None,
        "feedback_count": scores,
        "feedback_average": round(score_sum / scores, 2) if scores else None,
        "attribution_days": event.attribution_days,
        "attributed_purchases": money["purchases"],
        "attributed_buyers": money["buyers"],
        "attributed_spend_cents": money["spend_cents"],
    }
