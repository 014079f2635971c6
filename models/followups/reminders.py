"""Reminders: what rings, and when. The program polls `take_due` on a short timer
against clock.now(), so a PC that slept or had its clock changed still rings every
timed follow-up that has come due, and each rings once (notified_at is set)."""

from __future__ import annotations

import datetime as dt

from peewee import SQL

from models import clock
from models.followups import agenda, followups
from models.followups.followups import Followup
from models.storage.db import database

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
    """The start-up summary, from agenda.today_figures: "due_today" (the Today list, the
    figure the dashboard and the sidebar show), of it "today" (follow-ups due today) and
    "touch" (customers due a contact); "overdue" (follow-ups due before today);
    "birthdays" (today's)."""
    figures = agenda.today_figures(today or clock.today())
    return {
        "due_today": figures.due_today,
        "today": figures.followups,
        "overdue": figures.overdue,
        "touch": figures.contacts,
        "birthdays": figures.birthdays,
    }
