"""Reminders: what rings, and when. The program polls `take_due` on a short timer
against clock.now(), so a PC that slept or had its clock changed still rings every
timed follow-up that has come due, and each rings once (notified_at is set)."""

from __future__ import annotations

import datetime as dt

from peewee import SQL

from models import clock, followups, stay_in_touch
from models.db import database
from models.followups import Followup

# The followup_to_notify partial index's condition, written out the same way so the
# planner uses it (a bound parameter would not match it).
_MAY_RING = SQL("status = 'open' AND notified_at IS NULL AND has_time")


def take_due(now: dt.datetime | None = None) -> list[dict]:
    """Timed open follow-ups due by `now` that have not rung yet; marks them rung. Those
    of customers in the recycle bin are marked without ringing."""
    now = now or clock.now()
    with database.atomic():
        rows = list(
            Followup.select().where(_MAY_RING & (Followup.due_at <= now)).order_by(
                Followup.due_at, Followup.id
            ).dicts()
        )  # fmt: skip
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        for i in range(0, len(ids), 500):
            Followup.update(notified_at=now).where(
                Followup.id.in_(ids[i : i + 500]) & Followup.notified_at.is_null()
            ).execute()
    rows = followups.with_customers(rows)
    live = followups.live_ids({r["customer_id"] for r in rows})
    return [r for r in rows if r["customer_id"] in live]


def next_due(now: dt.datetime | None = None) -> dt.datetime | None:
    """When the next timed follow-up will ring (for the status bar), or None."""
    now = now or clock.now()
    row = (
        Followup.select(Followup.due_at)
        .where(_MAY_RING & (Followup.due_at > now))
        .order_by(Followup.due_at)
        .first()
    )
    return row.due_at if row else None


def summary(today: dt.date | None = None) -> dict[str, int]:
    """The start-up summary: follow-ups due today and overdue, customers due a contact
    (stay in touch), birthdays today."""
    today = today or clock.today()
    birthdays = followups.count_where(
        followups.bucket_condition("today", today)
        & (Followup.source == "birthday")
        & Followup.care_key.endswith(":day")
    )
    return {
        "today": followups.count("today", today),
        "overdue": followups.count("overdue", today),
        "touch": stay_in_touch.count_due(today),
        "birthdays": birthdays,
    }
