"""The survey scores view (issue 27) on a real database file: the headline (NPS with its
margin and answers; CSAT %; CES average), the monthly trend with the margin as a band and
the industry's reference levels (drawn with a CJK font), the period, the score by segment
sorted best first with the warning under 30 answers, and the Excel report from the view
(read back with openpyxl, figures against models.surveys.scores)."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox

from models import clock
from models.customers import customers
from models.surveys import answers, scores, surveys
from ui.surveys.scores_view import ScoresView

NOW = dt.datetime(2026, 12, 7, 10, 0)


@pytest.fixture
def nps(db):
    """An NPS survey: October 10 answers (5 promoters, 2 passives, 3 detractors) from
    customers of two owners, November 3 answers (one anonymous)."""
    clock.set_now(NOW)
    ids = [customers.create({"name": f"客户{i}", "owner": "王五" if i < 6 else "李四"})
           for i in range(10)]  # fmt: skip
    sid = surveys.create("门店NPS", "nps")
    for n, (cid, score) in enumerate(zip(ids, (10, 10, 9, 10, 9, 8, 7, 6, 5, 0), strict=True)):
        answers.record(
            sid, cid, score, "排队太久" if score < 7 else "", at=f"2026-10-{n + 1:02d} 09:00"
        )
    answers.record(sid, ids[0], 9, at="2026-11-02 10:00")
    answers.record(sid, ids[7], 3, "太贵了", at="2026-11-03 10:00")
    answers.record(sid, None, 10, at="2026-11-04 10:00")
    return {"survey": sid, "ids": ids}


def _view(qtbot, survey_id):
    view = ScoresView(None)
    qtbot.addWidget(view)
    assert view.chart is None  # matplotlib waits for the first show
    view.resize(1000, 800)
    view.show()
    view.set_survey(survey_id)
    qtbot.waitUntil(lambda: view.trend is not None and view.segments is not None
                    and not view.busy(), timeout=20000)  # fmt: skip
    return view


def test_headline_trend_and_segments(qtbot, nps):
    view = _view(qtbot, nps["survey"])
    whole = scores.score(nps["survey"])
    # 13 answers: 7 promoters, 2 passives, 4 detractors: NPS 23.1
    assert whole["nps"] == 23.1 and whole["answers"] == 13
    assert view.headline.text() == f"NPS 23.1 ±{whole['margin']:.1f}"
    assert "13 answers" in view.headline_caption.text()
    assert "7 promoters, 2 passives, 4 detractors" in view.headline_caption.text()
    assert view.few_label.isVisible()  # 13 < 30
    chart = view.chart
    by_month = scores.score(nps["survey"], by="month")["groups"]
    assert chart.labels == ["2026-10", "2026-11"]
    assert chart.values == [g["nps"] for g in by_month] == [20.0, 33.3]
    # the band is the margin around each month, within -100..100
    for (low, high), g in zip(chart.band, by_month, strict=True):
        assert low == pytest.approx(max(-100, g["nps"] - g["margin"]))
        assert high == pytest.approx(min(100, g["nps"] + g["margin"]))
    assert chart.reference_labels == ["Ordinary companies 5-10", "Excellent companies 50-80"]
    # by segment: the owners by default? RFM segments (none here: all "(none)")
    assert view.segment_box.currentData() == "segment"
    assert view.table_texts()[0][0] == "(none)"
    view.segment_box.setCurrentIndex(view.segment_box.findData("owner"))
    qtbot.waitUntil(lambda: view.segments["by"] == "owner" and not view.busy(), timeout=20000)
    rows = view.table_texts()
    # 王五: 10 10 9 10 9 8 + 9 = 6 promoters of 7 -> 85.7; 李四: 7 6 5 0 3 -> -80;
    # the anonymous answer: no owner, last
    assert [r[0] for r in rows] == ["王五", "(none)", "李四"] or [r[0] for r in rows] == [
        "(none)", "王五", "李四"]  # fmt: skip
    owners = {r[0]: r for r in rows}
    assert owners["王五"][1:3] == ["7", "85.7"]
    assert owners["李四"][2] == "-80.0"
    assert owners["李四"][-1] == "Fewer than 30 answers"


def test_period_filters_every_figure(qtbot, nps):
    view = _view(qtbot, nps["survey"])
    view.set_period(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    qtbot.waitUntil(lambda: view.trend["answers"] == 3 and not view.busy(), timeout=20000)
    assert view.headline.text().startswith("NPS 33.3 ±")
    assert view.chart.labels == ["2026-11"]
    # a period that ends before it starts: said, nothing computed
    view.set_period(dt.date(2026, 11, 30), dt.date(2026, 11, 1))
    assert "ends before it starts" in view.state.text()
    # no answers in the period: a quiet text, no chart
    view.set_period(dt.date(2025, 1, 1), dt.date(2025, 1, 31))
    qtbot.waitUntil(lambda: view.trend["answers"] == 0 and not view.busy(), timeout=20000)
    assert view.headline.text() == "NPS –"
    assert view.chart.message == "No answers in this period"
    assert view.table.rowCount() == 0
    view.set_period(None, None)
    qtbot.waitUntil(lambda: view.trend["answers"] == 13 and not view.busy(), timeout=20000)


def test_csat_and_ces_headlines(qtbot, db):
    clock.set_now(NOW)
    cid = customers.create({"name": "张三"})
    csat = surveys.create("售后满意度", "csat")
    for n, score in enumerate((5, 4, 3, 1)):
        answers.record(csat, cid, score, at=f"2026-11-0{n + 1} 09:00")
    view = _view(qtbot, csat)
    assert view.headline.text() == "CSAT 50.0%"
    assert view.headline_caption.text() == "4 answers · 2 satisfied (4-5) · average 3.25"
    assert view.chart.values == [50.0] and view.chart.band == [] and not view.chart.reference_labels
    ces = surveys.create("办理难度", "ces")
    answers.record(ces, cid, 6, at="2026-11-01 09:00")
    answers.record(ces, cid, 3, at="2026-11-02 09:00")
    view.set_survey(ces)
    qtbot.waitUntil(lambda: view.trend is not None and view.trend["survey_id"] == ces
                    and not view.busy(), timeout=20000)  # fmt: skip
    assert view.headline.text() == "CES 4.50"
    view.set_survey(None)
    assert view.headline.text() == "–" and view.chart.message == "Choose a survey"
    view.set_survey(99)  # deleted meanwhile (another window, the CLI)
    assert view.survey_id is None and view.state.text() == "There is no such survey."
    assert not view.export_button.isEnabled()


def test_a_new_theme_draws_the_trend_again(qtbot, nps):
    from ui import style

    view = _view(qtbot, nps["survey"])
    band = list(view.chart.band)
    style.apply_theme("dark")
    try:
        qtbot.waitUntil(lambda: view.chart.figure.get_facecolor()[0] < 0.5, timeout=5000)
        assert view.chart.band == band and len(view.chart.reference_labels) == 2
    finally:
        style.apply_theme("light")


def test_the_trend_is_drawn_in_a_cjk_font(qtbot, nps):
    from matplotlib import font_manager, rcParams

    from desktop import translations

    view = _view(qtbot, nps["survey"])
    translations.apply("zh_CN")
    try:
        qtbot.waitUntil(lambda: view.chart.reference_labels[0] == "普通企业 5-10", timeout=5000)
        assert view.chart.reference_labels == ["普通企业 5-10", "优秀企业 50-80"]
        assert view.chart.title.text().startswith("按月")
        families = rcParams["font.sans-serif"]
        font = font_manager.findfont(font_manager.FontProperties(family=families))
        names = {f.name for f in font_manager.fontManager.ttflist if f.fname == font}
        assert names & {"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei",
                        "WenQuanYi Zen Hei", "Droid Sans Fallback"}  # fmt: skip
    finally:
        translations.apply("en")


def test_export_report_from_the_view(qtbot, nps, tmp_path, monkeypatch):
    view = _view(qtbot, nps["survey"])
    path = tmp_path / "report.xlsx"
    assert view.export_report(str(path)) == 13
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Summary", "Every answer"]
    rows = list(book["Every answer"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == 13
    assert rows[0][:4] == (dt.datetime(2026, 10, 1, 9, 0), "客户0", 10, "Promoter")
    assert rows[-1][1:4] == ("Anonymous", 10, "Promoter")
    assert rows[-2][1:6] == ("客户7", 3, "Detractor", "太贵了", "Typed in")
    summary = [r for r in book["Summary"].iter_rows(values_only=True)]
    overall = next(r for r in summary if r[0] == "Overall" and r[1] != "Answers")
    whole = scores.score(nps["survey"])
    assert overall[1:7] == (13, 7, 2, 4, whole["nps"], whole["margin"])
    months = {r[0]: r for r in summary if r[0] in ("2026-10", "2026-11")}
    for g in scores.score(nps["survey"], by="month")["groups"]:
        assert months[g["group"]][1:7] == (g["answers"], g["promoters"], g["passives"],
                                           g["detractors"], g["nps"], g["margin"])  # fmt: skip
    # a file that is not .xlsx, a folder that is not there: said, no file
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    assert view.export_report(str(tmp_path / "report.txt")) is None
    assert view.export_report(str(tmp_path / "no" / "report.xlsx")) is None
    assert len(said) == 2 and "could not be written" in said[0]
    assert not list(tmp_path.rglob("*.part"))
