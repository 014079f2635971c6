"""The Surveys page holds the scores and the themes as tabs: each computes for the
survey selected when its tab is shown (not before), and the window's close waits for
their workers."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from models.customers import customers
from models.surveys import answers, surveys
from ui.surveys.page import SurveysPage


def test_scores_and_themes_tabs_follow_the_selection_when_shown(qtbot, db):
    sid = surveys.create("门店NPS", "nps")
    for i, (score, comment) in enumerate(((10, "服务很热情"), (3, "排队太久"), (9, "服务好"))):
        answers.record(sid, customers.create({"name": f"顾客{i}"}), score, comment)
    page = SurveysPage(QUndoStack())
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.select(sid)
    assert page.tabs.tabText(page.tabs.indexOf(page.scores_view)) == "Scores"
    assert page.scores_view.survey_id == sid and page.themes_view.survey_id == sid
    assert page.scores_view.trend is None  # hidden: nothing computed yet
    assert page.themes_view.counted is None
    page.tabs.setCurrentWidget(page.scores_view)
    qtbot.waitUntil(lambda: page.scores_view.trend is not None, timeout=10000)
    assert page.scores_view.trend["answers"] == 3
    page.tabs.setCurrentWidget(page.themes_view)
    qtbot.waitUntil(lambda: page.themes_view.counted is not None, timeout=30000)
    page.stop()
