"""Sign-up lists (报名表) imported into one event through the one import engine: the
shipped 问卷星-style export and plain sheet, matching by mobile then exact name (the
review of ambiguous names), customers created (source 活动), those signed up already,
capacity (the waiting list in sign-up-time order), the error report, undo by the run,
and bad input (nothing written)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from models import clock
from models.communities import events, signups
from models.communities.tables import EventSignup
from models.customers import customers
from models.customers.record import Customer
from models.errors import NotFoundError, ValidationError
from models.excel import event_signup_import as imp
from models.excel import import_engine, import_history
from models.excel.import_records import ImportRun
from models.excel.import_report import write_error_report

FOLDER = Path(__file__).parent / "data" / "events"


def xlsx(path: Path, rows: list[list]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


@pytest.fixture
def shop(db):
    clock.set_now(dt.datetime(2026, 11, 22, 12, 0))
    people = {
        "wang": customers.create({"name": "王姐", "mobile": "13800000001"}),
        "li": customers.create({"name": "李先生", "mobile": "13800000002"}),
        "zhang1": customers.create({"name": "张阿姨"}),
        "zhang2": customers.create({"name": "张阿姨", "mobile": "13800000009"}),
    }
    eid = events.create({"title": "插花沙龙", "starts_at": "2026-11-28 14:00", "status": "open",
                         "capacity": 3})  # fmt: skip
    return eid, people


def plan_of(path, **options):
    opts = imp.Options(**options)
    return import_engine.plan(import_engine.load(path, opts), opts)


def signed(eid):
    rows = EventSignup.select().where(EventSignup.event == eid).order_by(EventSignup.signed_at)
    return {r.customer_id: r.status for r in rows}


def test_wjx_export_maps_the_question_columns_and_signs_up_in_time_order(shop):
    eid, p = shop
    signups.signup(eid, [p["li"]])  # 李先生 signed up already: one place left of 3 ... 2
    plan = plan_of(FOLDER / "signups_wjx_example.xlsx", event=eid, create_customers=True)
    assert [t for t in plan.mapping if t] == ["signed_at", "name", "mobile"]
    dry = imp.outcome(plan)
    assert (dry.signed_up, dry.waiting, dry.already, dry.created, dry.skipped) == (2, 1, 1, 2, 1)
    result = imp.run(plan)
    assert (result.signed_up, result.waiting, result.already, result.created) == (2, 1, 1, 2)
    assert (result.skipped, result.errors) == (1, 0)  # 王姐 twice: the later row skipped
    amy, chen = Customer.get(Customer.name == "Amy"), Customer.get(Customer.name == "小陈")
    assert amy.source == "event" and chen.mobile == "13700000003"
    got = signed(eid)
    # places by 提交答卷时间: 王姐 (11-10 20:13), Amy (11-11 08:30); 小陈 (12:40) waits
    assert got == {p["li"]: "signed", p["wang"]: "signed", amy.id: "signed", chen.id: "waiting"}
    row = EventSignup.get(EventSignup.customer == p["wang"])
    assert row.signed_at == dt.datetime(2026, 11, 10, 20, 13)  # to the minute
    assert ImportRun.get_by_id(result.import_id).kind == "event_signups"


def test_plain_sheet_ambiguous_name_reviewed_and_same_file_twice(shop):
    eid, p = shop
    path = FOLDER / "signups_plain_example.xlsx"
    plan = plan_of(path, event=eid)
    assert [r.action for r in plan.rows] == ["new", "error", "duplicate"]
    [row] = imp.ambiguous_rows(plan)
    assert row.problems[0].params["candidates"] == [p["zhang1"], p["zhang2"]]
    assert [c["id"] for c in imp.candidates(row.problems[0].params["candidates"])] == [
        p["zhang1"], p["zhang2"]]  # fmt: skip
    imp.resolve(plan, row, p["zhang2"])
    result = imp.run(plan)
    assert (result.signed_up, result.skipped, result.unmatched, result.errors) == (2, 1, 1, 0)
    assert set(signed(eid)) == {p["wang"], p["zhang2"]}
    again = imp.run(plan_of(path, event=eid, picks={3: p["zhang2"]}))
    assert (again.import_id, again.signed_up, again.already) == (None, 0, 2)


def test_cancelled_signup_is_not_revived_and_binned_customer_is_an_error(shop, tmp_path):
    eid, p = shop
    signups.signup(eid, [p["wang"]])
    signups.cancel(eid, p["wang"])
    customers.move_to_bin([p["li"]])
    path = xlsx(tmp_path / "s.xlsx", [["姓名", "手机"], ["王姐", "13800000001"],
                                      ["李先生", "13800000002"], ["", ""], ["某人", "123"]])  # fmt: skip
    plan = plan_of(path, event=eid)
    assert [r.action for r in plan.rows] == ["duplicate", "error", "error"]
    assert plan.rows[0].values["skip"] == "cancelled"
    report = tmp_path / "errors.xlsx"
    assert write_error_report(report, plan) == 3
    cells = [c for r in openpyxl.load_workbook(report).active.iter_rows(values_only=True)
             for c in r]  # fmt: skip
    assert "the customer is in the recycle bin" in cells
    assert any("cancelled a sign-up" in str(c) for c in cells)
    assert imp.run(plan).import_id is None
    assert signed(eid) == {p["wang"]: "cancelled"}
    with pytest.raises(ValidationError):
        imp.run(plan_of(path, event=eid, on_error="stop"))


def test_undo_by_the_run_keeps_those_checked_in_and_moves_the_waiting_list(shop, tmp_path):
    eid, p = shop
    path = xlsx(tmp_path / "s.xlsx", [["姓名", "手机", "报名时间"],
                                      ["王姐", "13800000001", "2026-11-20 09:00"],
                                      ["李先生", "13800000002", "2026-11-20 10:00"],
                                      ["新人", "13600000006", "2026-11-20 11:00"]])  # fmt: skip
    result = imp.run(plan_of(path, event=eid, create_customers=True))
    assert result.signed_up == 3
    signups.signup(eid, [p["zhang1"]])  # full: waits
    signups.checkin(eid, p["wang"])
    report = import_history.undo(result.import_id)
    assert report.records_removed == 2 and report.removed == 1  # 李先生, 新人; 新人 the customer
    assert signed(eid) == {p["wang"]: "attended", p["zhang1"]: "signed"}  # moved up
    assert not Customer.select().where(Customer.name == "新人").exists()


def test_bad_input_is_refused_and_nothing_written(shop, tmp_path):
    eid, p = shop
    no_columns = xlsx(tmp_path / "n.xlsx", [["人数", "备注"], [1, "x"]])
    with pytest.raises(ValidationError) as refused:
        plan_of(no_columns, event=eid)
    assert refused.value.code == "signup_unmapped"
    good = xlsx(tmp_path / "g.xlsx", [["姓名"], ["王姐"]])
    with pytest.raises(NotFoundError):
        plan_of(good, event=999)
    future = xlsx(tmp_path / "f.xlsx", [["姓名", "报名时间"], ["王姐", "2027-01-01"]])
    assert plan_of(future, event=eid).rows[0].problems[0].code == "signed_future"
    events.set_status(eid, "cancelled")
    with pytest.raises(ValidationError) as refused:
        plan_of(good, event=eid)
    assert refused.value.code == "event_cancelled"
    assert EventSignup.select().count() == 0 and ImportRun.select().count() == 0


@pytest.mark.parametrize(
    "headers, expected",
    [  # 腾讯问卷 and 金数据 exports: their own columns left out
        (["编号", "开始答题时间", "结束答题时间", "答题时长", "1.您的姓名:", "2.您的手机号码:"],
         ["", "", "signed_at", "", "name", "mobile"]),
        (["序号", "提交人", "提交时间", "修改时间", "姓名", "手机", "人数", "备注"],
         ["", "", "signed_at", "", "name", "mobile", "", ""]),
    ],
)  # fmt: skip
def test_questionnaire_exports_are_mapped(shop, tmp_path, headers, expected):
    eid, p = shop
    row = ["1", "2026-11-20 10:00", "2026-11-20 10:01", "x", "王姐", "13800000001", "", ""]
    path = xlsx(tmp_path / "q.xlsx", [headers, row[: len(headers)]])
    plan = plan_of(path, event=eid)
    assert plan.mapping == expected
    assert plan.rows[0].values["customer"] == p["wang"]
