"""Survey answers where a customer is shown (issue 27): every answer on the timeline
(score, category, comment, survey name) in its category's colour, the last score on the
card as a badge in its colour (promoter green, passive amber, detractor red; CSAT and CES
alike), and the dashboard's NPS/CSAT card (last 90 days, trend arrow, answers; quiet
without answers; a click opens the Surveys page only when the window has one)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt

from models import clock
from models.customers import customers
from models.surveys import answers, surveys
from ui import style
from ui.sidebar import Sidebar

NOW = dt.datetime(2026, 12, 7, 10, 0)


@pytest.fixture
def answered(db):
    clock.set_now(NOW)
    cid = customers.create({"name": "欧阳明"})
    nps = surveys.create("门店NPS", "nps")
    csat = surveys.create("售后满意度", "csat")
    answers.record(nps, cid, 9, "环境很好", at="2026-11-01 09:00")
    answers.record(csat, cid, 3, at="2026-11-20 09:00")
    return {"customer": cid, "nps": nps, "csat": csat}


@pytest.fixture
def panel(qtbot, answered):
    from ui.customers.detail_panel import CustomerDetailPanel

    panel = CustomerDetailPanel()
    qtbot.addWidget(panel)
    panel.resize(320, 760)
    panel.show()
    panel.show_customer(customers.get(answered["customer"]))
    return panel


def _survey_items(panel) -> list:
    items = [panel.timeline.item(i) for i in range(panel.timeline.count())]
    return [i for i in items if "Survey " in i.text()]


def test_timeline_shows_every_answer_in_its_colour(panel, answered):
    items = _survey_items(panel)
    assert [i.text() for i in items] == [
        "20 Nov 2026 09:00  Survey 售后满意度 · 3/5 · Neutral",
        "1 Nov 2026 09:00  Survey 门店NPS · 9/10 · Promoter\n环境很好",
    ]
    assert items[0].foreground().color().name() == style.WARNING.lower()
    assert items[1].foreground().color().name() == style.SUCCESS.lower()


def test_card_badge_is_the_last_score_in_its_colour(qtbot, panel, answered):
    badge = panel.card.survey_badge
    assert badge.isVisible()
    assert badge.text() == "3/5 · Neutral" and badge.color() == style.WARNING  # amber
    assert "售后满意度" in badge.toolTip()
    cid = answered["customer"]
    answers.record(answered["nps"], cid, 4, "等太久了", at="2026-12-01 09:00")
    panel.show_customer(customers.get(cid))
    assert badge.text() == "4/10 · Detractor" and badge.color() == style.DANGER_BADGE  # red
    assert _survey_items(panel)[0].foreground().color().name() == style.ERROR.lower()
    answers.record(answered["nps"], cid, 10, at="2026-12-02 09:00")
    panel.show_customer(customers.get(cid))
    assert badge.text() == "10/10 · Promoter" and badge.color() == style.SUCCESS  # green
    ces = surveys.create("办理难度", "ces")
    answers.record(ces, cid, 2, at="2026-12-03 09:00")
    panel.show_customer(customers.get(cid))
    assert badge.text() == "2/7 · High effort" and badge.color() == style.DANGER_BADGE
    # a customer without answers: no badge, no survey entries
    other = customers.create({"name": "李四"})
    panel.show_customer(customers.get(other))
    assert not badge.isVisible() and _survey_items(panel) == []


def test_chinese_words(qtbot, panel):
    from desktop import translations

    translations.apply("zh_CN")
    try:
        qtbot.waitUntil(lambda: panel.card.survey_badge.text() == "3/5 · 一般", timeout=5000)
        assert "问卷 门店NPS · 9/10 · 推荐者" in _survey_items_zh(panel)[1]
    finally:
        translations.apply("en")


def _survey_items_zh(panel) -> list[str]:
    return [t for t in panel.timeline.texts() if "问卷 " in t]


# ---------------------------------------------------------------- the dashboard's card


def _board(window, qtbot):
    window.sidebar.select(("page", Sidebar.DASHBOARD))
    page = window.dashboard_page
    page.refresh()
    qtbot.waitUntil(lambda: page.board is not None and not page.reader.busy(), timeout=20000)
    return page


def test_dashboard_card(qtbot, window):
    page = _board(window, qtbot)
    card = page.survey_card
    assert card.value.text() == "–"
    assert card.caption.text() == "No survey answers in the last 90 days"
    assert page.surveys_page  # the window has the Surveys page: the card opens it
    emitted = []
    page.openSurveys.connect(lambda: emitted.append(True))
    today = dt.datetime.now().replace(second=0, microsecond=0)
    nps = surveys.create("门店NPS", "nps")
    csat = surveys.create("售后", "csat")
    for days, score in ((3, 10), (5, 9), (6, 2), (120, 3)):
        answers.record(nps, None, score, at=today - dt.timedelta(days=days))
    answers.record(csat, None, 5, at=today - dt.timedelta(days=1))
    page.refresh()
    qtbot.waitUntil(lambda: page.board.surveys["nps"]["answers"] == 3 and not page.reader.busy(),
                    timeout=20000)  # fmt: skip
    # 2 promoters, 1 detractor: 33.3, up from -100 the 90 days before
    assert card.value.text() == "NPS 33.3↑"
    assert card.caption.text() == "CSAT 100% · Last 90 days · 4 answers"
    assert "the 90 days before: -100.0" in card.toolTip()
    qtbot.mouseClick(card, Qt.LeftButton, pos=QPoint(5, 5))
    assert emitted == [True]
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.surveys_page, timeout=3000)
