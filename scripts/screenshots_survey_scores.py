"""The survey scores view (issue 27) for scripts/screenshots.py, standalone (the Surveys
page holds it as a tab): an NPS survey with a year of answers from the demo customers
made once, the view at 1280x720 with the trend, its band and the industry's levels, and
the score by owner."""

from __future__ import annotations

import datetime as dt
import random
import time
from pathlib import Path

NAME = "门店NPS（截图）"


def _survey_once() -> int:
    from models import clock
    from models.customers import customer_list
    from models.customers.customer_filter import CustomerFilter
    from models.surveys import answers, surveys
    from models.surveys.tables import Survey

    found = Survey.get_or_none(Survey.name == NAME)
    if found is not None:
        return found.id
    sid = surveys.create(NAME, "nps")
    ids = customer_list.matching_ids(CustomerFilter())[:400]
    rng = random.Random(27)
    start = clock.now().replace(second=0, microsecond=0) - dt.timedelta(days=365)
    for n, cid in enumerate(ids):
        at = start + dt.timedelta(days=n * 365 // len(ids), minutes=n)
        drift = n * 3 // len(ids)  # the scores get better through the year
        score = min(10, max(0, rng.choice((3, 5, 6, 7, 8, 8, 9, 9, 10, 10)) + drift - 1))
        answers.record(sid, cid if n % 7 else None, score, "" if score > 6 else "等太久了", at=at)
    return sid


def shoot_survey_scores(app, out: Path, lang: str, shot) -> None:
    from ui.surveys.scores_view import ScoresView

    sid = _survey_once()
    view = ScoresView(None)
    view.resize(1280, 720)
    view.show()
    view.set_survey(sid)
    view.segment_box.setCurrentIndex(view.segment_box.findData("owner"))
    for _ in range(100):
        app.processEvents()
        if view.trend is not None and view.segments is not None and not view.busy():
            break
        time.sleep(0.05)
    for _ in range(5):
        app.processEvents()
        time.sleep(0.05)
    shot(view, out / f"survey_scores_{lang}.png")
    view.wait()
    view.close()
    view.deleteLater()
