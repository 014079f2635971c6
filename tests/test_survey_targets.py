"""Surveys for the window (issue 27): edit, archive and delete with their refusals; the
target groups (tag, saved view, community, buyers and complainants of a period) with
mobiles masked unless allowed; the answers list's filters; a detractor's answer turned
into a complaint and undone by rows; the target list's export."""

import datetime as dt

import pytest
from openpyxl import load_workbook

from models import clock
from models.communities import communities, members
from models.complaints import complaints
from models.complaints.complaints import Complaint
from models.customers import customers
from models.customers.customer_filter import CustomerFilter
from models.errors import GuanjiaError
from models.excel.survey_target_export import export_targets
from models.privacy import masking
from models.purchases import purchases
from models.storage.audit import AuditEntry
from models.surveys import answer_complaints, answer_list, answers, surveys
from models.surveys.tables import Survey, SurveyAnswer
from models.tags import saved_views, tagging, tags

NOW = dt.datetime(2026, 12, 7, 10, 0)  # a Monday


@pytest.fixture
def people(db):
    clock.set_now(NOW)
    names = ["张三", "李四", "王五", "赵六"]
    return [customers.create({"name": n, "mobile": f"1380000{i:04d}", "owner": "小王"})
            for i, n in enumerate(names)]  # fmt: skip


def _counts():
    return (Survey.select().count(), SurveyAnswer.select().count(), Complaint.select().count(),
            AuditEntry.select().count())  # fmt: skip


def refused(code, fn, *args, **kw):
    before = _counts()
    with pytest.raises(GuanjiaError) as info:
        fn(*args, **kw)
    assert info.value.code == code
    assert _counts() == before


def test_edit_archive_delete(people):
    sid = surveys.create("门店NPS", "nps", period_from="2026-12-01", period_to="2026-12-31")
    other = surveys.create("服务满意度", "csat")
    surveys.edit(sid, name="门店NPS 12月", kind="csat", period_from="2026-12-01",
                 target="到店客户", follow_passives=True)  # fmt: skip
    row = surveys.get(sid)
    assert (row.name, row.kind, row.period_to, row.target, row.follow_passives) == (
        "门店NPS 12月", "csat", None, "到店客户", True)  # fmt: skip
    refused("survey_name_taken", surveys.edit, sid, name="服务满意度", kind="csat")
    refused("survey_name_required", surveys.edit, sid, name=" ", kind="csat")
    answers.record(sid, people[0], 5, at="2026-12-02 09:00")
    refused("survey_kind_answered", surveys.edit, sid, name="门店NPS 12月", kind="nps")
    refused("survey_has_answers", surveys.delete, sid)
    refused("survey_not_found", surveys.delete, 999)
    surveys.archive(sid)
    assert [r["id"] for r in surveys.rows()] == [other]
    assert {r["id"]: r["archived"] for r in surveys.rows(include_archived=True)} == {
        sid: True, other: False}  # fmt: skip
    surveys.archive(sid, archived=False)
    assert [r["id"] for r in surveys.rows()] == [other, sid]
    surveys.delete(other)
    assert Survey.get_or_none(Survey.id == other) is None


def test_target_groups(people):
    a, b, c, d = people
    vip = tags.create_tag("VIP")
    tagging.add_tags([vip.id], [a, c])
    by_tag = surveys.create("按标签", target_kind="tag", target_tag="VIP")
    assert [r["id"] for r in surveys.targets(by_tag)] == [a, c]
    assert surveys.targets(by_tag)[0]["mobile"] == "138****0000"
    assert surveys.targets(by_tag, full_mobile=True)[0]["mobile"] == "13800000000"
    masking.set_mobiles_masked(True)  # the business masks: never in full
    assert surveys.targets(by_tag, full_mobile=True)[0]["mobile"] == "138****0000"
    masking.set_mobiles_masked(False)

    view = saved_views.save_view("北京客户", CustomerFilter(search="李四"))
    by_view = surveys.create("按分群", target_kind="view", target_ref=view)
    assert [r["name"] for r in surveys.targets(by_view)] == ["李四"]
    group = communities.create({"name": "宝妈群", "platform": "wechat_group"})
    members.join(group, [b, d])
    by_group = surveys.create("按社群", target_kind="community", target_ref=group)
    assert [r["id"] for r in surveys.targets(by_group)] == [b, d]

    purchases.add(a, "100", at="2026-11-03 10:00")
    purchases.add(b, "50", at="2026-10-03 10:00")
    buyers = surveys.create("11月买家", target_kind="buyers",
                            target_ref=answer_complaints_period("2026-11-01", "2026-11-30"))  # fmt: skip
    assert [r["id"] for r in surveys.targets(buyers)] == [a]
    assert surveys.get(buyers).target_ref == "2026-11-01..2026-11-30"
    everyone = surveys.create("所有买家", target_kind="buyers", target_ref="..")
    assert [r["id"] for r in surveys.targets(everyone)] == [a, b]

    cid = complaints.create(c, category="service", description="太慢")
    complaints.step(cid, "respond")
    complaints.step(cid, "start")
    complaints.step(cid, "resolve", root_cause="人手", solution="加人")
    complaints.step(cid, "visit", satisfaction=4)
    complaints.create(d, category="service", description="未回访")
    visited = surveys.create("回访后", target_kind="complainants", target_ref="2026-12-01..")
    assert [r["id"] for r in surveys.targets(visited)] == [c]
    customers.move_to_bin([c])  # the recycle bin's customers are no target
    assert surveys.targets(visited) == []

    refused("survey_target_invalid", surveys.create, "坏的", target_kind="everyone")
    refused("survey_target_required", surveys.create, "坏的", target_kind="tag")
    refused("survey_target_required", surveys.create, "坏的", target_kind="view", target_ref="")
    refused("view_not_found", surveys.create, "坏的", target_kind="view", target_ref=999)
    refused("community_not_found", surveys.create, "坏的", target_kind="community",
            target_ref=999)  # fmt: skip
    refused("survey_date_invalid", surveys.create, "坏的", target_kind="buyers",
            target_ref="上个月..")  # fmt: skip
    refused("survey_period_order", surveys.create, "坏的", target_kind="buyers",
            target_ref="2026-12-01..2026-11-01")  # fmt: skip


def answer_complaints_period(first, last):
    from models.surveys import targets

    return targets.period_ref(first, last)


def test_target_export(people, tmp_path):
    vip = tags.create_tag("VIP")
    tagging.add_tags([vip.id], people[:2])
    sid = surveys.create("NPS", target_tag="VIP")
    path = tmp_path / "targets.xlsx"
    titles = {"name": "姓名", "mobile": "手机", "_sheet": "名单"}
    assert export_targets(path, sid, False, titles) == 2
    sheet = load_workbook(path)["名单"]
    assert [[c.value for c in r] for r in sheet.iter_rows()] == [
        ["姓名", "手机"], ["张三", "138****0000"], ["李四", "138****0001"]]  # fmt: skip
    assert export_targets(path, sid, True, titles) == 2
    assert load_workbook(path)["名单"]["B2"].value == "13800000000"


def test_answer_list_filters(people):
    sid = surveys.create("NPS")
    answers.record(sid, people[0], 3, "排队太久", at="2026-11-02 09:00")
    answers.record(sid, people[1], 8, at="2026-11-20 09:00")
    answers.record(sid, people[2], 10, "很好", at="2026-12-02 09:00")
    answers.record(sid, None, 6, at="2026-12-03 09:00")
    found = answer_list.listing(sid)
    assert found.total == 4
    assert [(r["name"], r["score"], r["category"]) for r in found.rows] == [
        ("", 6, "detractor"), ("王五", 10, "promoter"), ("李四", 8, "passive"),
        ("张三", 3, "detractor")]  # fmt: skip
    assert [r["score"] for r in answer_list.listing(sid, "detractor").rows] == [6, 3]
    assert [r["score"] for r in answer_list.listing(sid, "promoter").rows] == [10]
    in_nov = answer_list.listing(sid, date_from="2026-11-01", date_to="2026-11-30")
    assert [r["score"] for r in in_nov.rows] == [8, 3]
    assert answer_list.listing(sid, "detractor", date_to="2026-11-30").total == 1
    with pytest.raises(GuanjiaError):
        answer_list.listing(sid, "fans")
    assert answer_list.score_range("csat", "detractor") == (1, 2)
    assert answer_list.score_range("ces", "passive") == (4, 5)


def test_turn_into_complaint_and_undo(people):
    sid = surveys.create("NPS")
    bad = answers.record(sid, people[0], 2, "服务员态度差", at="2026-12-04 18:00")
    good = answers.record(sid, people[1], 9, at="2026-12-04 18:00")
    anonymous = answers.record(sid, None, 1, at="2026-12-04 18:00")
    refused("answer_not_detractor", answer_complaints.to_complaint, good)
    refused("answer_anonymous", answer_complaints.to_complaint, anonymous)
    refused("answer_not_found", answer_complaints.to_complaint, 999)
    with answer_complaints.recording(bad) as changes:
        cid = answer_complaints.to_complaint(bad)
    row = complaints.get_row(cid)
    assert row.customer_id == people[0] and row.status == "new"
    assert row.description == "NPS 2分（2026-12-04 18:00 回答）：服务员态度差"
    assert SurveyAnswer.get_by_id(bad).complaint_id == cid
    refused("answer_has_complaint", answer_complaints.to_complaint, bad)
    assert "complaint #" in answer_complaints.describe(changes)
    answer_complaints.write(changes, False)  # undo
    assert Complaint.get_or_none(Complaint.id == cid) is None
    assert SurveyAnswer.get_by_id(bad).complaint_id is None
    answer_complaints.write(changes, True)  # redo
    assert SurveyAnswer.get_by_id(bad).complaint_id == cid
    assert complaints.get_row(cid).description.endswith("服务员态度差")
