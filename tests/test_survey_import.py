"""Importing survey answers (issue 27) through the one import engine: the 问卷星 and the
腾讯问卷 example files (tests/data/surveys/, scripts/make_survey_examples.py) with mixed
matches (mobile, name, an ambiguous name picked in the review, nobody: anonymous), a
score outside the scale refused, the closed loop for matched answers, the same file
twice adding nothing, a file without a score column refused (saying which), undo."""

import datetime as dt
from pathlib import Path

import pytest

from models import clock
from models.customers import customers
from models.errors import GuanjiaError
from models.excel import import_engine, import_history
from models.excel import survey_answer_import as imp
from models.followups.followups import Followup
from models.surveys import answers, scores, surveys
from models.surveys.tables import SurveyAnswer
from models.tags.tables import CustomerTag, Tag

DATA = Path(__file__).parent / "data" / "surveys"


@pytest.fixture
def shop(db):
    clock.set_now(dt.datetime(2026, 12, 7, 10, 0))
    ids = {
        "张三": customers.create({"name": "张三", "mobile": "13800000001"}),
        "李四": customers.create({"name": "李四", "mobile": "13800000002"}),
        "王五a": customers.create({"name": "王五"}),
        "王五b": customers.create({"name": "王五"}),
    }
    return ids, surveys.create("门店NPS", "nps")


def _plan(sid, name, **kw):
    options = imp.Options(survey=sid, **kw)
    sheet = import_engine.load(DATA / name, options)
    return import_engine.plan(sheet, options)


def test_wjx_export_by_mobile_anonymous_kept_bad_score_refused(shop):
    ids, sid = shop
    plan = _plan(sid, "nps_wjx_example.xlsx")
    assert plan.mapping[:8] == ["seq", "answered_at", "", "", "", "score", "comment", "mobile"]
    result = imp.run(plan)
    assert (result.imported, result.matched, result.anonymous, result.errors) == (3, 2, 1, 1)
    rows = {r.score: r for r in SurveyAnswer.select()}
    assert rows[10].customer_id == ids["张三"] and rows[3].customer_id == ids["李四"]
    assert rows[8].customer_id is None and rows[3].comment == "排队太久"
    assert rows[3].answered_at == dt.datetime(2026, 11, 10, 21, 2)
    detractor = Followup.get_by_id(rows[3].followup_id)
    assert detractor.due_at == dt.datetime(2026, 11, 12) and detractor.note == "排队太久"
    got = scores.score(sid)
    assert (got["answers"], got["nps"]) == (3, 0.0)
    # the same file again adds nothing
    again = imp.run(_plan(sid, "nps_wjx_example.xlsx"))
    assert (again.imported, again.skipped, again.import_id) == (0, 3, None)
    assert SurveyAnswer.select().count() == 3
    # undo: the answers, their follow-ups and the tag go
    tag = Tag.get(Tag.name == "推荐者")  # 张三 gave 10
    assert CustomerTag.get_or_none(customer=ids["张三"], tag=tag.id) is not None
    import_history.undo(result.import_id)
    assert SurveyAnswer.select().count() == 0 and Followup.select().count() == 0
    assert CustomerTag.get_or_none(customer=ids["张三"], tag=tag.id) is None


def test_tencent_export_by_name_with_review(shop):
    ids, sid = shop
    plan = _plan(sid, "nps_tencent_example.xlsx")
    assert [r["candidates"] for r in imp.name_picks.ambiguous_json(plan)] == [
        [ids["王五a"], ids["王五b"]]]  # fmt: skip
    plan = _plan(sid, "nps_tencent_example.xlsx", picks={3: ids["王五b"]})
    result = imp.run(plan)
    assert (result.imported, result.matched, result.anonymous, result.errors) == (3, 2, 1, 0)
    by_score = {r.score: r.customer_id for r in SurveyAnswer.select()}
    assert by_score == {9: ids["张三"], 6: ids["王五b"], 7: None}
    # an answer typed in already (same customer, survey and minute) is not imported again
    other = surveys.create("另一个", "nps")
    answers.record(other, ids["张三"], 9, at="2026-11-20 10:00")
    again = imp.run(_plan(other, "nps_tencent_example.xlsx", picks={3: ids["王五b"]}))
    assert (again.imported, again.skipped) == (2, 1)


def test_a_file_without_a_score_column_is_refused(shop, tmp_path):
    _ids, sid = shop
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["序号", "提交答卷时间", "1、您的手机号", "2、您最喜欢的颜色"])
    book.active.append([1, "2026/11/10 20:13:45", "13800000001", "红"])
    path = tmp_path / "wrong.xlsx"
    book.save(path)
    options = imp.Options(survey=sid)
    with pytest.raises(GuanjiaError) as info:
        import_engine.plan(import_engine.load(path, options), options)
    assert info.value.code == "survey_score_unmapped"
    assert SurveyAnswer.select().count() == 0
    with pytest.raises(GuanjiaError) as info:
        imp.Options(survey=404).check()
    assert info.value.code == "survey_not_found"


def test_the_import_history_window_lists_a_survey_import(shop, qtbot):
    from ui.import_history_dialog import ImportHistoryDialog

    _ids, sid = shop
    imp.run(_plan(sid, "nps_wjx_example.xlsx"))
    dialog = ImportHistoryDialog()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 2).text() == "Survey answers"
