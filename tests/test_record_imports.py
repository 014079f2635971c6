"""Follow-ups, contacts and complaints imported through the one import engine: real .xlsx
files written with openpyxl and read back into a real database file; duplicates, bad
rows, undo, and a run that adds nothing recording nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from models import clock
from models.complaints import complaint_list, complaints
from models.complaints.complaints import Complaint, ComplaintEvent
from models.customers import customers
from models.customers.record import Customer
from models.excel import (
    complaint_import,
    followup_import,
    import_engine,
    import_history,
    importer,
    interaction_import,
    purchase_import,
)
from models.excel.import_records import ImportRun
from models.excel.import_report import write_error_report
from models.followups import followups, interactions
from models.followups.followups import Followup
from models.followups.interactions import Interaction
from models.storage.audit import AuditEntry
from models.tags import tagging, tags


def xlsx(path: Path, rows: list[list]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


@pytest.fixture
def people(db):
    clock.set_now(dt.datetime(2026, 11, 22, 12, 0))
    wang = customers.create({"name": "老王", "number": "C001", "mobile": "13800000001"})
    li = customers.create({"name": "小李", "number": "C002", "mobile": "13800000002"})
    return wang, li


def plan_of(module, path, **options):
    opts = module.Options(**options)
    return import_engine.plan(import_engine.load(path, opts), opts)


def run_of(module, path, **options):
    return import_engine.run(plan_of(module, path, **options))


def report_lines(plan, tmp_path) -> list[tuple]:
    """(first cell, row, reason) of each line of the plan's report of rows not imported."""
    write_error_report(tmp_path / "left-out.xlsx", plan)
    rows = openpyxl.load_workbook(tmp_path / "left-out.xlsx").active.iter_rows(values_only=True)
    return [(r[0], r[-1], r[-2]) for r in list(rows)[1:]]


def followup_rows() -> list[tuple]:
    return list(
        Followup.select(Followup.customer, Followup.due_at, Followup.has_time, Followup.kind,
                        Followup.note, Followup.owner, Followup.status, Followup.done_at)
        .order_by(Followup.id).tuples()
    )  # fmt: skip


# ---------------------------------------------------------------- follow-ups


def test_followups_chinese_headers_match_customers_by_number_or_mobile(people, tmp_path):
    wang, li = people
    path = xlsx(tmp_path / "f.xlsx", [
        ["客户编号", "手机", "下次跟进", "跟进方式", "备注", "负责人", "状态", "完成时间"],
        ["C001", "", "2026-12-01 09:30", "电话", "问续卡", "张姐", "", ""],
        ["", "138 0000 0002", dt.datetime(2026, 12, 3), "微信", "发新品", "", "未完成", ""],
        ["C002", "", "2026/11/01", "拜访", "上门", "张姐", "已完成", "2026-11-02 15:00"],
        ["C404", "", "2026-12-05", "电话", "找不到的人", "", "", ""],  # unknown customer
        ["C001", "", "某天", "电话", "日期不对", "", "", ""],  # a due no one can read
    ])  # fmt: skip
    plan = plan_of(followup_import, path)
    assert plan.mapping[:8] == ["customer_number", "mobile", "due", "kind", "note", "owner",
                                "status", "done_at"]  # fmt: skip
    assert plan.counts == {"new": 3, "duplicate": 0, "error": 2}
    assert [p.code for p in plan.rows[3].problems] == ["customer_unknown"]
    assert [(p.field, p.code) for p in plan.rows[4].problems] == [("due", "date_invalid")]
    result = import_engine.run(plan)
    assert result.as_dict() == {"import_id": result.import_id, "created": 3, "updated": 0,
                                "skipped": 0, "errors": 2}  # fmt: skip
    assert followup_rows() == [
        (wang, dt.datetime(2026, 12, 1, 9, 30), True, "phone", "问续卡", "张姐", "open", None),
        (li, dt.datetime(2026, 12, 3), False, "wechat", "发新品", "", "open", None),
        (li, dt.datetime(2026, 11, 1), False, "visit", "上门", "张姐", "done",
         dt.datetime(2026, 11, 2, 15, 0)),
    ]  # fmt: skip
    # the customers' next follow-up follows; nothing of the bad rows is written
    assert Customer.get_by_id(wang).next_followup_at == dt.datetime(2026, 12, 1, 9, 30)
    assert Followup.select().where(Followup.note.in_(["找不到的人", "日期不对"])).count() == 0
    # the error report lists both bad rows with their reasons
    write_error_report(tmp_path / "errors.xlsx", plan)
    sheet = openpyxl.load_workbook(tmp_path / "errors.xlsx").active
    lines = [row for row in sheet.iter_rows(values_only=True)][1:]
    assert [(line[0], line[2], line[-1]) for line in lines] == [
        ("C404", "2026-12-05", 5),
        ("C001", "某天", 6),
    ]
    assert "C404" in lines[0][-2] and "某天" in lines[1][-2]  # the reasons


def test_followups_english_headers_duplicates_and_undo(people, tmp_path):
    wang, li = people
    followups.create(wang, dt.date(2026, 12, 10), kind="phone", note="already planned")
    path = xlsx(tmp_path / "f.xlsx", [
        ["Customer ID", "Due date", "Type", "Notes", "Owner", "Status"],
        ["C001", "2026-12-10", "phone", "already planned", "", ""],  # in the database
        ["C002", "2026-12-11 14:00", "WeChat", "call back", "Amy", "open"],
        ["C002", "2026-12-11 14:00", "WeChat", "call back", "Amy", "open"],  # earlier row
        ["C002", "2026-12-12", "fax", "odd channel", "", ""],  # kind kept in the note
        ["C001", "2026-12-13", "phone", "bad status", "", "someday"],
    ])  # fmt: skip
    plan = plan_of(followup_import, path)
    assert plan.counts == {"new": 2, "duplicate": 2, "error": 1}
    assert plan.rows[2].duplicate_of == 3
    assert [(p.field, p.code) for p in plan.rows[4].problems] == [("status", "status_invalid")]
    result = import_engine.run(plan)
    assert (result.created, result.skipped, result.errors) == (2, 2, 1)
    odd = Followup.get(Followup.note.startswith("odd channel"))
    assert odd.kind == "other" and "Type: fax" in odd.note
    assert Followup.select().count() == 3
    # importing the same file again adds nothing, and records nothing
    runs = ImportRun.select().count()
    again = run_of(followup_import, path)
    assert (again.import_id, again.created, again.skipped) == (None, 0, 4)
    assert ImportRun.select().count() == runs
    # undo: the imported follow-ups are gone, the one planned by hand stays
    report = import_history.undo(result.import_id)
    assert report.records_removed == 2 and report.kept == []
    assert [r[4] for r in followup_rows()] == ["already planned"]
    assert Customer.get_by_id(li).next_followup_at is None


def test_followup_completed_after_import_is_kept_by_undo(people, tmp_path):
    wang, _li = people
    path = xlsx(tmp_path / "f.xlsx", [["手机", "跟进时间", "备注"],
                                      ["13800000001", "2026-12-01", "a"],
                                      ["13800000001", "2026-12-02", "b"]])  # fmt: skip
    result = run_of(followup_import, path)
    first = Followup.get(Followup.note == "a")
    clock.set_now(dt.datetime(2026, 11, 23, 10, 0))
    followups.complete(first.id, "done early")
    report = import_history.undo(result.import_id)
    assert report.records_removed == 1
    assert report.kept == [{"customer": wang, "field": f"followup:{first.id}",
                            "reason": "changed_since"}]  # fmt: skip
    assert [r[4] for r in followup_rows()] == ["a"]


def test_past_due_open_followups_do_not_ring_at_once(people, tmp_path):
    path = xlsx(tmp_path / "f.xlsx", [["客户编号", "跟进时间", "备注"],
                                      ["C001", "2026-10-01 10:00", "old"],
                                      ["C001", "2026-12-01 10:00", "new"]])  # fmt: skip
    run_of(followup_import, path)
    rung = dict(Followup.select(Followup.note, Followup.notified_at).tuples())
    assert rung["old"] == clock.now() and rung["new"] is None


def test_followup_import_needs_a_customer_and_a_due_column(people, tmp_path):
    path = xlsx(tmp_path / "f.xlsx", [["备注", "下次跟进"], ["x", "2026-12-01"]])
    with pytest.raises(Exception) as caught:
        plan_of(followup_import, path)
    assert caught.value.code == "customer_key_unmapped"
    path = xlsx(tmp_path / "g.xlsx", [["客户编号", "备注"], ["C001", "x"]])
    with pytest.raises(Exception) as caught:
        plan_of(followup_import, path)
    assert caught.value.code == "due_unmapped"


# ---------------------------------------------------------------- contacts


def test_interactions_chinese_and_english_headers_duplicates_future_and_undo(people, tmp_path):
    wang, li = people
    interactions.log(wang, "phone", "问价", at=dt.datetime(2026, 5, 1, 10, 0))
    zh = xlsx(tmp_path / "zh.xlsx", [
        ["客户编号", "联系时间", "渠道", "沟通内容", "跟进人"],
        ["C001", "2026-05-01 10:00", "电话", "问价", ""],  # already logged
        ["C001", "2026-06-01 11:00", "微信", "发了优惠券", "张姐"],
        ["C002", "2027-01-01", "电话", "未来的联系", ""],  # in the future
        ["C002", "2026-06-02", "信鸽", "old channel", ""],  # channel kept in the summary
    ])  # fmt: skip
    plan = plan_of(interaction_import, zh)
    assert plan.mapping == ["customer_number", "contacted_at", "channel", "summary", "owner"]
    assert plan.counts == {"new": 2, "duplicate": 1, "error": 1}
    assert [p.code for p in plan.rows[2].problems] == ["at_future"]
    assert report_lines(plan, tmp_path) == [("C001", 2, "already recorded"),
                                           ("C002", 4, "a contact cannot be logged in the "
                                                       "future")]  # fmt: skip
    first = import_engine.run(plan)
    assert Customer.get_by_id(wang).last_contact_at == dt.datetime(2026, 6, 1, 11, 0)
    pigeon = Interaction.get(Interaction.customer == li)
    assert pigeon.channel == "other" and "信鸽" in pigeon.summary
    en = xlsx(tmp_path / "en.xlsx", [
        ["Mobile", "Contact date", "Channel", "Summary", "Staff"],
        ["13800000002", dt.datetime(2026, 7, 1, 9, 0), "Visit", "came to the shop", "Amy"],
        ["13900000000", "2026-07-02", "phone", "nobody", ""],
    ])  # fmt: skip
    second = run_of(interaction_import, en)
    assert (second.created, second.errors) == (1, 1)
    assert Customer.get_by_id(li).last_contact_at == dt.datetime(2026, 7, 1, 9, 0)
    report = import_history.undo(second.import_id)
    assert report.records_removed == 1
    assert Customer.get_by_id(li).last_contact_at == dt.datetime(2026, 6, 2)
    import_history.undo(first.import_id)
    assert [i.summary for i in Interaction.select()] == ["问价"]
    assert Customer.get_by_id(wang).last_contact_at == dt.datetime(2026, 5, 1, 10, 0)


# ---------------------------------------------------------------- complaints


COMPLAINT_HEADERS = ["客户编号", "投诉时间", "渠道", "类别", "严重程度", "投诉内容", "负责人",
                     "状态", "响应时间", "解决时间", "回访时间", "处理结果", "满意度"]  # fmt: skip


def test_complaints_keep_their_dates_statuses_and_history(people, tmp_path):
    wang, li = people
    path = xlsx(tmp_path / "c.xlsx", [
        COMPLAINT_HEADERS,
        ["C001", "2026-01-05 10:00", "电话", "质量", "严重", "杯子裂了", "张姐", "已回访",
         "2026-01-05 11:00", "2026-01-06 09:00", "2026-01-09 10:00", "换新", 5],
        ["C002", "2026-11-01 09:00", "微信", "服务", "一般", "态度不好", "", "处理中",
         "2026-11-01 10:00", "", "", "", ""],
        ["C002", "2026-11-20 09:00", "", "", "紧急", "还没处理", "", "", "", "", "", "", ""],
        # resolved before it came in: an error row
        ["C001", "2026-02-05 10:00", "电话", "质量", "一般", "日期乱了", "", "已解决",
         "", "2026-02-01 10:00", "", "修好", ""],
        # resolved without its time: an error row
        ["C001", "2026-03-05 10:00", "电话", "质量", "一般", "没有解决时间", "", "已解决",
         "", "", "", "修好", ""],
    ])  # fmt: skip
    plan = plan_of(complaint_import, path)
    assert plan.counts == {"new": 3, "duplicate": 0, "error": 2}
    assert [(p.field, p.code) for p in plan.rows[3].problems] == [("resolved_at", "dates_order")]
    assert [(p.field, p.code) for p in plan.rows[4].problems] == [("resolved_at", "required")]
    assert [line[:2] for line in report_lines(plan, tmp_path)] == [("C001", 5), ("C001", 6)]
    result = import_engine.run(plan)
    assert result.created == 3
    rows = {c.description: c for c in Complaint.select()}
    assert set(rows) == {"杯子裂了", "态度不好", "还没处理"}  # nothing of the bad rows
    closed = rows["杯子裂了"]
    assert (closed.customer_id, closed.status, closed.category, closed.severity) == (
        wang,
        "return_visited",
        "quality",
        "serious",
    )
    assert closed.received_at == dt.datetime(2026, 1, 5, 10, 0)
    assert closed.resolved_at == dt.datetime(2026, 1, 6, 9, 0)
    assert (closed.solution, closed.satisfaction) == ("换新", 5)
    history = [(e.action, e.to_status) for e in ComplaintEvent.select().where(
        ComplaintEvent.complaint == closed.id).order_by(ComplaintEvent.at)]  # fmt: skip
    assert history == [("create", "new"), ("respond", "responded"), ("start", "in_progress"),
                       ("resolve", "resolved"), ("visit", "return_visited")]  # fmt: skip
    assert rows["态度不好"].status == "in_progress"
    assert rows["还没处理"].status == "new" and rows["还没处理"].category == "other"
    # the old open ones are overdue in the list, but announce no storm of escalations
    assert complaint_list.open_counts()["overdue"] == 2
    assert complaint_list.take_escalations() == []
    # a step taken since keeps that complaint on undo; the rest go with their history
    clock.set_now(dt.datetime(2026, 11, 23, 9, 0))
    complaints.step(rows["态度不好"].id, "resolve", root_cause="培训", solution="道歉")
    report = import_history.undo(result.import_id)
    assert report.records_removed == 2
    assert report.kept == [{"customer": li, "field": f"complaint:{rows['态度不好'].id}",
                            "reason": "changed_since"}]  # fmt: skip
    assert [c.description for c in Complaint.select()] == ["态度不好"]
    assert ComplaintEvent.select().where(ComplaintEvent.complaint == closed.id).count() == 0


def test_complaints_english_headers_and_duplicates(people, tmp_path):
    path = xlsx(tmp_path / "c.xlsx", [
        ["Customer No", "Received", "Category", "Severity", "Description", "Status",
         "Resolved at", "Solution"],
        ["C001", "2026-10-01 08:00", "delivery", "urgent", "late parcel", "resolved",
         "2026-10-02 08:00", "refunded shipping"],
        ["C001", "2026-10-01 08:00", "delivery", "urgent", "late parcel", "resolved",
         "2026-10-02 08:00", "refunded shipping"],
        ["C001", "2026-10-03", "no such category", "normal", "x", "", "", ""],
        ["C001", "2026-10-04", "price", "normal", "y", "closed", "", ""],  # no resolved time
    ])  # fmt: skip
    plan = plan_of(complaint_import, path)
    assert plan.counts == {"new": 1, "duplicate": 1, "error": 2}
    assert [p.code for p in plan.rows[2].problems] == ["category_invalid"]
    result = import_engine.run(plan)
    again = run_of(complaint_import, path)
    assert (again.import_id, again.created, again.skipped) == (None, 0, 2)
    assert Complaint.select().count() == 1
    assert import_history.undo(result.import_id).records_removed == 1
    assert Complaint.select().count() == 0


# ---------------------------------------------------------------- the engine


def test_a_run_adding_nothing_records_nothing_for_every_kind(people, tmp_path):
    imports_audited = AuditEntry.select().where(AuditEntry.action == "import")
    assert imports_audited.count() == 0
    only_errors = xlsx(tmp_path / "f.xlsx", [["客户编号", "下次跟进"], ["C404", "2026-12-01"]])
    assert run_of(followup_import, only_errors).import_id is None
    known = xlsx(tmp_path / "c.xlsx", [["客户编号", "姓名"], ["C001", "老王"]])  # a duplicate
    assert importer.run(importer.plan(importer.load(known))).import_id is None
    same = xlsx(tmp_path / "u.xlsx", [["客户编号", "姓名"], ["C001", "老王"]])  # same values
    opts = importer.Options(on_duplicate="update")
    updated = importer.run(importer.plan(importer.load(same, opts), opts))
    assert (updated.import_id, updated.updated) == (None, 0)
    bad = xlsx(tmp_path / "p.xlsx", [["单号", "消费时间", "客户编号", "金额"],
                                     ["A1", "2026-01-01", "C001", 0]])  # fmt: skip
    opts = purchase_import.Options()
    empty = purchase_import.run(purchase_import.plan(importer.load(bad, opts.loader()), opts))
    assert (empty.import_id, empty.purchases, empty.errors) == (None, 0, 1)
    assert ImportRun.select().count() == 0
    assert imports_audited.count() == 0  # (the update's backup is audited: it was made)


# ---------------------------------------------------------------- undo keeps customers


def test_undo_keeps_created_customers_given_records_since(people, tmp_path):
    path = xlsx(tmp_path / "c.xlsx", [["客户编号", "姓名", "标签"],
                                      ["N1", "新甲", "VIP"], ["N2", "新乙", ""],
                                      ["N3", "新丙", ""], ["N4", "新丁", ""]])  # fmt: skip
    result = importer.run(importer.plan(importer.load(path)))
    ids = {c.number: c.id for c in Customer.select().where(Customer.number.startswith("N"))}
    clock.set_now(dt.datetime(2026, 11, 23, 9, 0))
    followups.create(ids["N2"], dt.date(2026, 12, 1), note="回访")
    interactions.log(ids["N3"], "phone", "聊了聊")
    other = tags.get_or_create_tags(["老客户"])[0]
    tagging.add_tags([other.id], [ids["N1"]])  # a tag change since
    report = import_history.undo(result.import_id)
    assert report.removed == 1  # only N4: nothing since
    kept = {k["customer"]: k for k in report.customers_kept()}
    assert kept == {
        ids["N1"]: {"customer": ids["N1"], "field": "+", "reason": "records_since",
                    "records": ["tags"]},
        ids["N2"]: {"customer": ids["N2"], "field": "+", "reason": "records_since",
                    "records": ["followup"]},
        ids["N3"]: {"customer": ids["N3"], "field": "+", "reason": "records_since",
                    "records": ["interaction"]},
    }  # fmt: skip
    live = {c.number for c in Customer.select().where(Customer.deleted_at.is_null())}
    assert {"N1", "N2", "N3"} <= live and "N4" not in live
    assert Followup.select().where(Followup.customer == ids["N2"]).count() == 1


def test_undo_of_a_purchase_import_keeps_a_customer_given_a_complaint_since(people, tmp_path):
    path = xlsx(tmp_path / "p.xlsx", [["单号", "消费时间", "客户编号", "姓名", "金额"],
                                      ["A1", "2026-01-01", "N9", "新客", 100],
                                      ["A2", "2026-01-02", "N8", "又一位", 50]])  # fmt: skip
    opts = purchase_import.Options()
    result = purchase_import.run(purchase_import.plan(importer.load(path, opts.loader()), opts))
    created = Customer.get(Customer.number == "N9").id
    clock.set_now(dt.datetime(2026, 11, 23, 9, 0))
    complaints.create(created, category="quality", description="坏了")
    report = import_history.undo(result.import_id)
    assert (report.purchases_removed, report.removed) == (2, 1)
    assert [k["customer"] for k in report.customers_kept()] == [created]
    assert report.customers_kept()[0]["records"] == ["complaint"]
    assert Complaint.select().count() == 1


def test_headers_are_proposed_from_words_inside_them(people, tmp_path):
    path = xlsx(tmp_path / "f.xlsx", [["会员编号", "下次跟进日期", "跟进备注", "无关列"],
                                      ["C001", "2026-12-01", "x", "y"]])  # fmt: skip
    assert plan_of(followup_import, path).mapping == ["customer_number", "due", "note", ""]
    path = xlsx(tmp_path / "c.xlsx", [["客户手机号", "投诉日期", "投诉问题描述"],
                                      ["13800000001", "2026-10-01", "x"]])  # fmt: skip
    assert plan_of(complaint_import, path).mapping == ["mobile", "received_at", "details"]


def test_a_recent_urgent_complaint_is_announced_an_old_one_is_not(people, tmp_path):
    path = xlsx(tmp_path / "c.xlsx", [["客户编号", "投诉时间", "严重程度", "投诉内容"],
                                      ["C001", "2026-11-22 11:00", "紧急", "刚刚发生"],
                                      ["C002", "2026-06-01 11:00", "紧急", "半年前的"]])  # fmt: skip
    assert run_of(complaint_import, path).created == 2
    announced = complaint_list.take_escalations()
    assert [row["description"] for row in announced] == ["刚刚发生"]
