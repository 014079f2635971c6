"""The membership's daily pass: count cards past their last day lose their unused
visits, paid terms past their end become expired, and the levels follow their rules
(upgrades, downgrades after the grace period; levels locked by hand are left). Each
part is idempotent: a second run the same day finds nothing.

The window runs it once a day in a worker (desktop/membership_job.py: at start, and
when the window stays open past midnight): `due` is the one quick read at start (the
day done is kept as a preference, so a window opened again does not run it twice;
nothing to do without members), `run_if_due` the work."""

from __future__ import annotations

import datetime as dt

from models import clock
from models.membership import count_cards, level_rules, paid
from models.membership.tables import MemberLevel
from models.storage import preferences
from models.storage.db import database, writable

DAY_KEY = "membership_daily_day"  # the day the pass last ran
ANYTHING = ("SELECT EXISTS (SELECT 1 FROM member) OR EXISTS (SELECT 1 FROM count_card)"
            " OR EXISTS (SELECT 1 FROM paid_membership)")  # fmt: skip


def run(today: dt.date | None = None) -> dict:
    today = today or clock.today()
    done = {"count_cards": count_cards.expire(today), "paid": paid.expire(today)}
    if MemberLevel.select().exists():
        found = level_rules.recompute(None, cause="rule", today=today)
        done["levels"] = {k: found[k] for k in ("up", "down", "grace")}
    return done


def due(today: dt.date | None = None) -> bool:
    """Whether the day's pass is still to do (and there is anything it could touch)."""
    today = today or clock.today()
    if preferences.get(DAY_KEY) == today.isoformat():
        return False
    return bool(database.execute_sql(ANYTHING).fetchone()[0])


def run_if_due(today: dt.date | None = None) -> dict | None:
    """The day's pass, remembered; None when done today already (also by another
    window meanwhile: asked again inside the transaction)."""
    today = today or clock.today()
    if not due(today):
        return None
    writable()
    with database.atomic():
        if not due(today):
            return None
        done = run(today)
        preferences.put(DAY_KEY, today.isoformat())
    return done
