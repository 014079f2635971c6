"""The dashboard's voice-of-the-customer card (issue 27): NPS over every NPS survey and
CSAT over every CSAT survey for the last 90 days, each beside the 90 days before (the
trend arrow) with its number of answers.

Each survey is read through its index (survey_id, month, score, answered_at): the months
the two periods touch, then the exact days, grouped by period and score."""

from __future__ import annotations

import datetime as dt

from models import clock
from models.storage.db import database
from models.surveys.scores import figures
from models.surveys.tables import Survey

DAYS = 90
KINDS = ("nps", "csat")
MAIN = {"nps": "nps", "csat": "csat"}


def _tallies(kind: str, start: dt.datetime, middle: dt.datetime,
             end: dt.datetime) -> tuple[dict, dict]:  # fmt: skip
    """({score: answers} of [middle, end), the same of [start, middle)) over the kind's
    surveys."""
    recent: dict[int, int] = {}
    before: dict[int, int] = {}
    ids = [s for (s,) in Survey.select(Survey.id).where(Survey.kind == kind).tuples()]
    bounds = [start.isoformat(" "), end.isoformat(" ")]
    for survey_id in ids:
        rows = database.execute_sql(
            "SELECT a.answered_at >= ?, a.score, COUNT(*) FROM survey_answer a"
            " WHERE a.survey_id = ? AND a.month >= ? AND a.month <= ?"
            " AND a.answered_at >= ? AND a.answered_at < ? GROUP BY 1, 2",
            [middle.isoformat(" "), survey_id, f"{start:%Y-%m}", f"{end:%Y-%m}", *bounds],
        ).fetchall()  # fmt: skip
        for is_recent, score, count in rows:
            tally = recent if is_recent else before
            tally[score] = tally.get(score, 0) + count
    return recent, before


def card(today: dt.date | None = None, days: int = DAYS) -> dict:
    """{"nps": {...}, "csat": {...}, "days": days}: for each kind `score` (None without
    answers), `answers`, `previous` (the score of the days before, None without
    answers), `trend` ("up", "down", "same" or None when either is None), plus
    `margin` for NPS."""
    today = today or clock.today()
    end = dt.datetime.combine(today + dt.timedelta(days=1), dt.time())
    middle = end - dt.timedelta(days=days)
    start = middle - dt.timedelta(days=days)
    out: dict = {"days": days}
    for kind in KINDS:
        recent, before = _tallies(kind, start, middle, end)
        now_figures, then_figures = figures(kind, recent), figures(kind, before)
        score, previous = now_figures[MAIN[kind]], then_figures[MAIN[kind]]
        trend = None
        if score is not None and previous is not None:
            trend = "up" if score > previous else "down" if score < previous else "same"
        out[kind] = {"score": score, "answers": now_figures["answers"], "previous": previous,
                     "trend": trend, "margin": now_figures.get("margin")}  # fmt: skip
    return out
