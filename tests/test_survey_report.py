"""The survey report (issue 27): every answer (date, customer or anonymous, score,
category, comment, channel) and a summary (overall, by month with the margin, by every
segment), read back with openpyxl and checked against models.surveys.scores; the period;
`guanjia surveys report ID --out FILE [--from D --to D] [--json]` with its bad input
(exit 1, one line, no file); the words in Chinese; the dashboard's NPS/CSAT card figures
(last 90 days against the 90 before) and the customer's answers for the timeline and card."""

from __future__ import annotations

import datetime as dt
import json

import openpyxl
import pytest

from models import clock
from models.customers import customers
from models.excel import survey_report
from models.insights import timeline
from models.surveys import answers, customer_answers, overview, scores, surveys
from tests.test_cli_surveys import Cli, bad, ok

NOW = dt.datetime(2026, 12, 7, 10, 0)


def _summary(path) -> list[tuple]:
    return list(openpyxl.load_workbook(path)["Summary"].iter_rows(values_only=True))


def _table(rows: list[tuple], title: str) -> dict[str, tuple]:
    """The rows of the summary's table headed `title`, by their first cell."""
    start = next(i for i, r in enumerate(rows) if r[0] == title and r[1] == "Answers")
    out = {}
    for r in rows[start + 1 :]:
        if r[0] is None:
            break
        out[r[0]] = r
    return out


@pytest.fixture
def data(db):
    clock.set_now(NOW)
    a = customers.create({"name": "甲", "owner": "王五", "stage": "active"})
    b = customers.create({"name": "乙", "owner": "李四", "stage": "dormant"})
    sid = surveys.create("门店NPS", "nps")
    for n, (cid, score) in enumerate([(a, 10), (a, 9), (b, 3), (b, 8), (None, 0), (a, 6)]):
        answers.record(
            sid, cid, score, "=SUM(A1)" if n == 2 else "", at=f"2026-{10 + n % 2}-0{n + 1} 09:00"
        )
    return {"survey": sid, "a": a, "b": b}


def test_report_figures_match_the_scores(data, tmp_path):
    path = tmp_path / "r.xlsx"
    assert survey_report.write(path, data["survey"]) == 6
    rows = _summary(path)
    assert rows[0][:2] == ("Survey", "门店NPS") and rows[2][:2] == ("Period", "All answers")
    whole = scores.score(data["survey"])
    overall = _table(rows, "Overall")["Overall"]
    assert overall[1:7] == tuple(whole[k] for k in survey_report.COLUMNS["nps"])
    assert overall[7] == "fewer than 30 answers"
    months = _table(rows, "Month")
    for g in scores.score(data["survey"], by="month")["groups"]:
        assert months[g["group"]][1:7] == tuple(g[k] for k in survey_report.COLUMNS["nps"])
    for by in survey_report.SEGMENTS:
        got = _table(rows, by)
        for g in scores.score(data["survey"], by=by)["groups"]:
            assert got[g["group"] or "(none)"][1:7] == tuple(
                g[k] for k in survey_report.COLUMNS["nps"])  # fmt: skip
    assert set(_table(rows, "owner")) == {"王五", "李四", "(none)"}
    answers_rows = list(openpyxl.load_workbook(path)["Every answer"].iter_rows(values_only=True))
    assert answers_rows[0] == ("Date", "Customer", "Score", "Category", "Comment", "Channel")
    body = answers_rows[1:]
    assert [r[0] for r in body] == sorted(r[0] for r in body)  # in time order
    assert body[0] == (dt.datetime(2026, 10, 1, 9, 0), "甲", 10, "promoter", None, "manual")
    assert "'=SUM(A1)" in [r[4] for r in body]  # a comment never runs as a formula
    assert [r[1] for r in body].count("Anonymous") == 1


def test_period_and_bad_input(data, tmp_path):
    path = tmp_path / "r.xlsx"
    assert survey_report.write(path, data["survey"], "2026-11-01", "2026-11-30") == 3
    rows = _summary(path)
    assert rows[2][1] == "2026-11-01 – 2026-11-30"
    assert list(_table(rows, "Month")) == ["2026-11"]
    from models.errors import GuanjiaError

    for args, code in (((path, 99), "survey_not_found"),
                       ((path, data["survey"], "2026-12-31", "2026-12-01"), "survey_period_order"),
                       ((path, data["survey"], "soon"), "survey_date_invalid"),
                       ((tmp_path / "r.csv", data["survey"]), "export_suffix"),
                       ((tmp_path / "no" / "r.xlsx", data["survey"]), "folder_missing")):  # fmt: skip
        with pytest.raises(GuanjiaError) as info:
            survey_report.write(*args)
        assert info.value.code == code
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".xlsx", ".csv", ".part")
                  ) == ["r.xlsx"]  # fmt: skip


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch, qapp):
    cli = Cli(tmp_path / "s.db", capsys, monkeypatch)
    ok(cli, "--create", "team", "add", "王五")  # an owner is one of the team
    ok(cli, "customers", "add", "--name", "张三", "--owner", "王五")
    ok(cli, "surveys", "add", "--name", "NPS", "--type", "nps")
    for score, at in (("10", "2026-11-02 09:00"), ("3", "2026-12-01 09:00")):
        ok(cli, "surveys", "answer", "1", "--customer", "1", "--score", score, "--at", at)
    ok(cli, "surveys", "answer", "1", "--customer", "0", "--score", "9")
    yield cli
    from models.storage.db import close_database

    close_database()


def test_cli_report(cli, tmp_path):
    out = tmp_path / "report.xlsx"
    got = json.loads(ok(cli, "surveys", "report", "1", "--out", str(out), "--json"))
    assert got == {"path": str(out), "answers": 3}
    rows = _summary(out)
    assert _table(rows, "Overall")["Overall"][1:7] == (
        3,
        2,
        0,
        1,
        33.3,
        106.7,
    )  # 1.96·√((1 − 1/9) / 3)
    got = json.loads(ok(cli, "surveys", "report", "1", "--out", str(out), "--from",
                        "2026-12-01", "--to", "2026-12-31", "--json"))  # fmt: skip
    assert got["answers"] == 2
    text = ok(cli, "surveys", "report", "1", "--out", str(out))
    assert text == f"3 answers written to {out}\n"
    out.unlink()
    bad(cli, "surveys", "report", "9", "--out", str(out))
    bad(cli, "surveys", "report", "1", "--out", str(tmp_path / "report.csv"))
    bad(cli, "surveys", "report", "1", "--out", str(tmp_path / "no" / "r.xlsx"))
    bad(cli, "surveys", "report", "1", "--out", str(out), "--from", "2026-12-31", "--to",
        "2026-12-01")  # fmt: skip
    bad(cli, "surveys", "report", "1", "--out", str(out), "--from", "someday")
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_cli_report_in_chinese(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    import desktop.cli.text as cli_text

    monkeypatch.setattr(cli_text, "_language", None)
    out = tmp_path / "报告.xlsx"
    try:
        ok(cli, "surveys", "report", "1", "--out", str(out))
    finally:
        from desktop import translations

        translations.apply("en")
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["汇总", "答卷明细"]
    body = list(book["答卷明细"].iter_rows(values_only=True))
    assert body[0] == ("日期", "客户", "分数", "类别", "评论", "渠道")
    assert [r[1] for r in body[1:]] == ["张三", "张三", "匿名"]
    assert [r[3] for r in body[1:]] == ["推荐者", "贬损者", "推荐者"]


def test_dashboard_card_last_90_days_against_the_90_before(db):
    clock.set_now(NOW)
    cid = customers.create({"name": "甲"})
    assert overview.card()["nps"] == {"score": None, "answers": 0, "previous": None,
                                      "trend": None, "margin": None}  # fmt: skip
    first = surveys.create("A", "nps")
    second = surveys.create("B", "nps")
    csat = surveys.create("C", "csat")
    answers.record(first, cid, 10, at="2026-10-01 09:00")  # in the last 90 days
    answers.record(second, None, 0, at="2026-12-07 09:59")  # today
    answers.record(first, None, 10, at="2026-08-01 09:00")  # the 90 days before
    answers.record(first, None, 3, at="2026-05-01 09:00")  # older: not counted
    answers.record(csat, cid, 5, at="2026-12-01 09:00")
    answers.record(csat, None, 2, at="2026-12-02 09:00")
    card = overview.card()
    assert card["nps"]["answers"] == 2 and card["nps"]["score"] == 0.0
    assert card["nps"]["previous"] == 100.0 and card["nps"]["trend"] == "down"
    assert card["csat"] == {"score": 50.0, "answers": 2, "previous": None, "trend": None,
                            "margin": None}  # fmt: skip
    # the edges: the 90 days end today, the first of them is 2026-09-09
    answers.record(first, None, 10, at="2026-09-09 00:00")
    answers.record(first, None, 10, at="2026-09-08 23:59")
    card = overview.card()
    assert card["nps"]["answers"] == 3 and card["nps"]["previous"] == 100.0


def test_customer_answers_on_the_timeline(db):
    clock.set_now(NOW)
    cid = customers.create({"name": "甲"})
    assert customer_answers.last_answer(cid) is None
    nps = surveys.create("门店NPS", "nps")
    csat = surveys.create("售后", "csat")
    answers.record(nps, cid, 9, "很好", at="2026-11-01 09:00")
    answers.record(csat, cid, 2, "太慢", at="2026-11-05 09:00")
    last = customer_answers.last_answer(cid)
    assert (last["survey"], last["score"], last["category"], last["kind"]) == (
        "售后", 2, "detractor", "csat")  # fmt: skip
    entries = [e for e in timeline.for_customer(cid) if e["type"] == "survey"]
    assert [(e["row"]["survey"], e["row"]["score"], e["row"]["comment"]) for e in entries] == [
        ("售后", 2, "太慢"), ("门店NPS", 9, "很好")]  # fmt: skip
    assert entries[0]["at"] == dt.datetime(2026, 11, 5, 9, 0)


def test_progress_and_cancel(data, tmp_path):
    import threading

    from models.errors import Cancelled

    seen: list[float] = []
    path = tmp_path / "r.xlsx"
    survey_report.write(path, data["survey"], progress=seen.append)
    assert seen == sorted(seen) and seen[0] == 0 and seen[-1] == 1.0
    path.unlink()
    cancel = threading.Event()

    def progress(fraction: float) -> None:
        if fraction >= 0.2:  # the figures done: cancelled while the answers are written
            cancel.set()

    with pytest.raises(Cancelled):
        survey_report.write(path, data["survey"], progress=progress, cancel=cancel)
    assert not path.exists() and not list(tmp_path.glob("*.part"))
