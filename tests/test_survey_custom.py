"""Custom surveys with questions (issue 27, item 1): the questions and their refusals,
responses typed in (choices by text or number, ratings on the scale, texts) with their
refusals writing nothing, results per question by hand, a 问卷星 file whose columns do
not match the questions refused naming the missing and extra ones (nothing written), a
matching one imported (mobile matched, the rest anonymous; twice adds nothing), undo,
erasure, and the CLI. NPS surveys answer as before."""

from __future__ import annotations

import datetime as dt
import json

import openpyxl
import pytest

from models import clock
from models.customers import customers
from models.errors import GuanjiaError
from models.privacy import erasure
from models.storage.audit import AuditEntry
from models.storage.db import database
from models.surveys import answers, questions, responses, surveys
from tests.test_cli_surveys import Cli, ok

NOW = dt.datetime(2026, 12, 7, 10, 0)
QUESTIONS = ["您是怎么知道我们的？|single|朋友介绍;网上;路过",
             "您喜欢哪些菜？|multiple|红烧肉;清蒸鱼;小炒",
             "整体满意度|rating|1-5",
             "还有什么建议？|text"]  # fmt: skip


def _counts():
    return tuple(database.execute_sql(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                 for t in ("survey", "survey_question", "survey_response",
                           "survey_response_item", "audit_entry"))  # fmt: skip


def refused(code, fn, *args, **kw):
    before = _counts()
    with pytest.raises(GuanjiaError) as info:
        fn(*args, **kw)
    assert info.value.code == code, info.value
    assert _counts() == before
    return info.value


@pytest.fixture
def custom(db):
    clock.set_now(NOW)
    ids = [customers.create({"name": n, "mobile": m})
           for n, m in (("张三", "13800001111"), ("李四", "13900002222"))]  # fmt: skip
    return questions.create_custom("口味调查", QUESTIONS), ids


def test_questions_and_their_refusals(db):
    clock.set_now(NOW)
    sid = questions.create_custom("口味调查", QUESTIONS, target="老客")
    got = [q.as_dict() for q in questions.listing(sid)]
    assert [q["kind"] for q in got] == ["single", "multiple", "rating", "text"]
    assert got[0]["options"] == ["朋友介绍", "网上", "路过"] and got[2]["scale"] == [1, 5]
    assert "scale" not in got[3] and surveys.get(sid).kind == "custom"
    assert questions.parse("好吗|rating", 1).high == 10  # 0-10 without a scale
    refused("question_options_count", questions.create_custom, "a", ["x|single|一"])
    refused("question_kind_invalid", questions.create_custom, "a", ["x|likert"])
    refused("question_text_required", questions.create_custom, "a", ["|text"])
    refused("question_scale_invalid", questions.create_custom, "a", ["x|rating|5-1"])
    refused("question_scale_invalid", questions.create_custom, "a", ["x|rating|1-20"])
    refused("question_option_repeat", questions.create_custom, "a", ["x|single|是;是"])
    refused("question_option_long", questions.create_custom, "a", ["x|single|是;" + "否" * 51])
    refused("question_text_repeat", questions.create_custom, "a", ["x|text", "X|text"])
    refused("questions_many", questions.create_custom, "a", [f"q{i}|text" for i in range(31)])
    refused("questions_required", questions.create_custom, "a", [])
    err = refused("question_kind_invalid", questions.create_custom, "a", ["ok|text", "y|z"])
    assert err.params["number"] == 2
    refused("survey_name_taken", questions.create_custom, "口味调查", ["x|text"])


def test_responses_results_by_hand_and_undo(custom):
    sid, (zhang, li) = custom
    r1 = responses.record(sid, zhang, {"1": "朋友介绍", "2": "红烧肉;小炒", "3": "4",
                                       "4": "多放辣"}, at="2026-12-01 10:00")  # fmt: skip
    responses.record(sid, li, {1: "2", 2: "3、1", 3: 5}, at="2026-12-02 10:00")
    responses.record(sid, None, {1: "网上", 3: "3"}, at="2026-12-03 10:00")
    got = responses.results(sid)
    assert got["responses"] == 3
    q1, q2, q3, q4 = got["questions"]
    # 3 answered: 朋友介绍 1, 网上 2 -> 33.3% and 66.7%
    assert q1["answered"] == 3
    assert [(o["option"], o["count"], o["percent"]) for o in q1["options"]] == [
        ("朋友介绍", 1, 33.3), ("网上", 2, 66.7), ("路过", 0, 0.0)]  # fmt: skip
    # 2 answered: 红烧肉 2, 小炒 2 (a multiple choice adds up over 100%)
    assert [(o["count"], o["percent"]) for o in q2["options"]] == [(2, 100.0), (0, 0.0), (2, 100.0)]
    assert q3["average"] == 4.0 and [c["count"] for c in q3["counts"]] == [0, 0, 1, 1, 1]
    assert q4["answered"] == 1 and q4["latest"] == ["多放辣"]
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert (entry.action, entry.target, entry.target_id) == ("answer", "survey", sid)
    responses.delete(r1)
    assert responses.results(sid)["responses"] == 2
    assert AuditEntry.select().order_by(AuditEntry.id.desc()).first().action == "delete"


def test_bad_responses_write_nothing(custom):
    sid, (zhang, _li) = custom
    responses.record(sid, zhang, {1: "路过"}, at="2026-12-01 10:00")
    refused("answer_option_invalid", responses.record, sid, None, {1: "外卖"})
    refused("answer_option_invalid", responses.record, sid, None, {2: "红烧肉;火锅"})
    refused("answer_option_invalid", responses.record, sid, None, {1: "4"})
    refused("answer_rating_invalid", responses.record, sid, None, {3: "0"})
    refused("answer_rating_invalid", responses.record, sid, None, {3: "4.5"})
    refused("answer_text_long", responses.record, sid, None, {4: "长" * 2001})
    refused("answer_question_unknown", responses.record, sid, None, {5: "x"})
    refused("answer_empty", responses.record, sid, None, {1: " ", 4: ""})
    refused("answer_duplicate", responses.record, sid, zhang, {1: "网上"}, at="2026-12-01 10:00")
    customers.move_to_bin([zhang])
    refused("not_found", responses.record, sid, zhang, {1: "网上"})
    nps = surveys.create("NPS", "nps")
    refused("survey_not_custom", responses.record, nps, None, {1: "x"})
    answers.record(nps, None, 9, "好")  # NPS answers as before
    refused("response_not_found", responses.delete, 999)
    from models.excel import survey_answer_import

    options = survey_answer_import.Options(survey=sid)
    refused("survey_custom_import", options.check)  # the wizard's kind: not for its columns


def _file(path, headers, rows):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


META = ["序号", "提交答卷时间", "所用时间", "来源", "来自IP"]


def test_import_checks_the_columns_then_imports(custom, tmp_path):
    sid, (zhang, _li) = custom
    wrong = ["1、您是怎么知道我们的？", "2、您最喜欢的饮料？", "3、整体满意度", "您的手机号"]
    path = _file(tmp_path / "wrong.xlsx", META + wrong, [])
    refused_error = refused("survey_columns_mismatch", responses.import_rows, sid,
                            META + wrong, [])  # fmt: skip
    assert refused_error.params["missing"] == "您喜欢哪些菜？、还有什么建议？"
    assert refused_error.params["extra"] == "2、您最喜欢的饮料？"
    assert path.exists()
    headers = META + ["1、您是怎么知道我们的？", "2、您喜欢哪些菜？(多选)", "3、整体满意度",
                      "4、还有什么建议？", "您的手机号"]  # fmt: skip
    rows = [[1, "2026-12-01 09:00:00", "50秒", "微信", "1.2.3.4", "朋友介绍", "红烧肉┋小炒", 5,
             "很好", "13800001111"],
            [2, "2026-12-01 10:00:00", "40秒", "微信", "1.2.3.5", "路过", "", 3, "", ""],
            [3, dt.datetime(2026, 12, 2, 8, 30), "", "", "", "网上", "清蒸鱼", 4, "", "13700000000"]]  # fmt: skip
    before = _counts()
    assert responses.import_rows(sid, headers, rows, dry_run=True)["imported"] == 3
    assert _counts() == before
    got = responses.import_rows(sid, headers, rows)
    assert (got["imported"], got["matched"], got["anonymous"], got["skipped"]) == (3, 1, 2, 0)
    assert responses.import_rows(sid, headers, rows)["imported"] == 0  # the same file twice
    q1 = responses.results(sid)["questions"][0]
    assert [o["count"] for o in q1["options"]] == [1, 1, 1]
    bad_rows = [rows[0][:6] + ["火锅"] + rows[0][7:]]
    before = _counts()
    err = refused("survey_row_invalid", responses.import_rows, sid, headers,
                  [[9, "2026-12-05 09:00:00", "", "", "", "网上", "", 3, "", ""], *bad_rows])  # fmt: skip
    assert err.params["row"] == 3 and _counts() == before
    # erasure: the response stays anonymous, its text goes
    erasure.erase(zhang)
    row = database.execute_sql("SELECT customer_id FROM survey_response WHERE row_key LIKE '1|%'"
                               ).fetchone()  # fmt: skip
    assert row == (None,)
    assert responses.results(sid)["questions"][3]["latest"] == []


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch, qapp):
    cli = Cli(tmp_path / "s.db", capsys, monkeypatch)
    ok(cli, "--create", "customers", "add", "--name", "张三", "--mobile", "13800001111")
    yield cli
    from models.storage.db import close_database

    close_database()


def test_cli_custom_survey(cli, tmp_path):
    args = [a for q in QUESTIONS for a in ("--question", q)]
    made = json.loads(ok(cli, "surveys", "add", "--name", "口味", "--type", "custom", *args,
                         "--json"))  # fmt: skip
    assert made["id"] == 1 and [q["kind"] for q in made["questions"]][-1] == "text"
    assert json.loads(ok(cli, "surveys", "show", "1", "--json"))["questions"] == made["questions"]
    got = json.loads(ok(cli, "surveys", "answer", "1", "--customer", "1", "--answer", "1=网上",
                        "--answer", "3=5", "--json"))  # fmt: skip
    assert got == {"id": 1, "survey_id": 1, "customer_id": 1, "answers": 2}
    res = json.loads(ok(cli, "surveys", "results", "1", "--json"))
    assert res["responses"] == 1 and res["questions"][2]["average"] == 5.0
    path = _file(tmp_path / "x.xlsx", META + ["1、您是怎么知道我们的？"],
                 [[1, "2026-12-01 09:00:00", "", "", "", "网上"]])  # fmt: skip
    code, out, err = cli("surveys", "import", "1", str(path))
    assert code == 1 and out == "" and "您喜欢哪些菜？" in err and len(err.splitlines()) == 1
    code, out, err = cli("surveys", "answer", "1", "--customer", "0", "--score", "5")
    assert code == 1 and "--answer" in err
    code, out, err = cli("surveys", "add", "--name", "y", "--type", "nps", "--question", "a|text")
    assert code == 1 and "custom" in err
    ok(cli, "surveys", "undo-response", "1")
    assert json.loads(ok(cli, "surveys", "results", "1", "--json"))["responses"] == 0
    ok(cli, "surveys", "add", "--name", "NPS", "--type", "nps")
    code, out, err = cli("surveys", "answer", "2", "--customer", "0")
    assert code == 1 and "--score" in err
