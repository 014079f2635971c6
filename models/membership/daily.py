"""The membership's daily pass, run by the window at start and when a new day begins
(desktop/reminder_service.py): count cards past their last day lose their unused
visits, paid terms past their end become expired. Both are idempotent: a second run
the same day finds nothing."""

from __future__ import annotations

import datetime as dt

from models.membership import count_cards, paid


def run(today: dt.date | None = None) -> dict:
    return {"count_cards": count_cards.expire(today), "paid": paid.expire(today)}
