"""A group's member list and its daily statistics imported into one community through
the one import engine: real .xlsx files (as 企业微信 exports them, in English, typed by
hand) read into a real database file; matching, review of ambiguous names, staff,
created customers, members already there, idempotent statistics, undo, the error
report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from models import clock
from models.communities import summaries
from models.communities.tables import Community, CommunityDay, CommunityMember
from models.customers import customers
from models.customers.record import Customer
from models.errors import FileRefused, NotFoundError, ValidationError
from models.excel import community_day_import as days
from models.excel import community_member_import as members
from models.excel import import_engine, import_history
from models.excel.import_records import ImportRun
from models.excel.import_report import write_error_report
from models.followups import followups
from models.storage.audit import AuditEntry

WECOM = ["昵称", "群昵称", "微信号", "手机", "入群时间", "邀请人", "成员类型", "入群方式"]


def xlsx(path: Path, rows: list[list]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def community(name="会员1群", archived=False) -> int:
    now = clock.now()
    return Community.create(name=name, platform="wecom_group", created_at=now, updated_at=now,
                            archived_at=now if archived else None).id  # fmt: skip


@pytest.fixture
def shop(db):
    clock.set_now(dt.datetime(2026, 11, 22, 12, 0))
    people = {
        "wang": customers.create({"name": "老王", "mobile": "13800000001", "wechat": "wang_wx"}),
        "li": customers.create({"name": "小李", "wechat": "li_wx"}),
        "zhang1": customers.create({"name": "张三"}),
        "zhang2": customers.create({"name": "张三", "mobile": "13800000009"}),
        "zhao": customers.create({"name": "赵六"}),
    }
    return community(), people


def plan_of(module, path, **options):
    opts = module.Options(**options)
    return import_engine.plan(import_engine.load(path, opts), opts)


def memberships(cid: int) -> dict[int, CommunityMember]:
    rows = CommunityMember.select().where(CommunityMember.community == cid)
    return {m.customer_id: m for m in rows}


def test_matching_order_staff_and_how_they_came(shop, tmp_path):
    cid, p = shop
    path = xlsx(tmp_path / "wecom.xlsx", [
        WECOM,
        # mobile says 老王 although the WeChat id is 小李's: mobile first
        ["王哥", "", "li_wx", "13800000001", "2026-11-01", "", "外部联系人", "通过扫描群二维码入群"],
        ["李", "", "li_wx", "", "2026-11-02", "王哥", "外部联系人", "由成员邀请入群"],
        ["赵六", "", "", "", "2026-11-03", "", "外部联系人", "通过邀请链接入群"],
        ["客服小美", "", "", "13800000009", "2026-11-03", "", "企业成员", ""],
        ["陌生人", "", "new_wx", "", "2026-11-04", "", "外部联系人", ""],
    ])  # fmt: skip
    plan = plan_of(members, path, community=cid)
    result = members.run(plan)
    assert (result.joined, result.already, result.created, result.skipped, result.errors) == (
        3, 0, 0, 2, 0)  # fmt: skip
    assert (result.staff, result.unmatched) == (1, 1)
    got = memberships(cid)
    assert set(got) == {p["wang"], p["li"], p["zhao"]}  # staff not a member
    wang, li, zhao = got[p["wang"]], got[p["li"]], got[p["zhao"]]
    assert (wang.came_by, wang.joined_on, wang.nickname) == ("qr", dt.date(2026, 11, 1), "王哥")
    assert (li.came_by, li.invited_by) == ("invite", p["wang"])  # 邀请人 by nickname
    assert (zhao.came_by, zhao.invited_by) == ("link", None)
    assert all(m.import_run == result.import_id for m in got.values())
    assert Customer.select().count() == 5  # nobody created without the option
    entry = AuditEntry.select().where(AuditEntry.action == "join").get()
    assert (entry.target, entry.target_id, entry.count) == ("community", cid, 3)


def test_english_headers_and_an_ambiguous_name_reviewed(shop, tmp_path):
    cid, p = shop
    path = xlsx(tmp_path / "en.xlsx", [
        ["Nickname", "WeChat ID", "Mobile", "Joined", "Invited by"],
        ["张三", "", "", dt.datetime(2026, 11, 5, 9, 30), ""],
        ["张三", "", "13800000009", "2026/11/6", "赵六"],  # the mobile decides
        ["老王", "", "", "", ""],  # by exact name; no date: today
    ])  # fmt: skip
    plan = plan_of(members, path, community=cid)
    assert plan.mapping == ["nickname", "wechat", "mobile", "joined", "inviter"]
    first = plan.rows[0]
    assert first.action == "error"
    assert first.problems[0].code == "name_ambiguous"
    assert first.problems[0].params["candidates"] == [p["zhang1"], p["zhang2"]]
    assert [r.action for r in members.ambiguous_rows(plan)] == ["error"]
    # the review picks 张三 #2: already named by row 3, so that row is the same customer
    members.resolve(plan, first, p["zhang2"])
    assert plan.rows[1].action == "new"  # row 3 came first in the plan: it keeps its place
    assert (first.action, first.values["skip"]) == ("duplicate", "same")
    with pytest.raises(ValidationError) as refused:
        members.resolve(plan, plan.rows[2], p["zhang1"])
    assert refused.value.code == "not_ambiguous"
    result = members.run(plan)
    assert (result.joined, result.errors, result.skipped) == (2, 0, 1)
    got = memberships(cid)
    assert got[p["zhang2"]].invited_by == p["zhao"]  # by a customer's exact name
    assert got[p["wang"]].joined_on == dt.date(2026, 11, 22)


def test_ambiguous_resolved_to_a_candidate_or_skipped(shop, tmp_path):
    cid, p = shop
    path = xlsx(tmp_path / "a.xlsx", [["昵称"], ["张三"], ["张三"]])
    plan = plan_of(members, path, community=cid)
    one, two = plan.rows
    with pytest.raises(ValidationError) as refused:
        members.resolve(plan, one, p["wang"])
    assert refused.value.code == "not_a_candidate"
    members.resolve(plan, one, p["zhang1"])
    members.resolve(plan, two, None)
    assert (one.action, two.action, two.values["skip"]) == ("new", "duplicate", "unmatched")
    assert members.run(plan).joined == 1
    assert set(memberships(cid)) == {p["zhang1"]}


def summaries_agree() -> bool:
    """The community summaries (step 21's and step 23's per-customer spans and years)
    equal a recount: the import's bulk insert and its undo kept them."""
    return not any(n for d in summaries.differences().values() for n in d.values())


def test_create_customers_already_members_and_undo(shop, tmp_path):
    cid, p = shop
    path = xlsx(tmp_path / "m.xlsx", [
        WECOM,
        ["老王", "", "", "13800000001", "2026-11-01", "", "外部联系人", ""],
        ["新朋友", "小新", "xin_wx", "", "2026-11-02", "老王", "外部联系人", "由成员邀请入群"],
        ["新朋友", "", "xin_wx", "", "2026-11-02", "", "外部联系人", ""],  # the same one again
        ["", "", "", "13900000001", "2026-11-03", "新朋友", "", ""],
    ])  # fmt: skip
    dry = members.outcome(plan_of(members, path, community=cid, create_customers=True))
    assert (dry.joined, dry.created, dry.skipped, dry.import_id) == (3, 2, 1, None)
    assert CommunityMember.select().count() == 0
    result = members.run(plan_of(members, path, community=cid, create_customers=True))
    assert (result.joined, result.created, result.skipped) == (3, 2, 1)
    xin = Customer.get(Customer.wechat == "xin_wx")
    nobody = Customer.get(Customer.mobile == "13900000001")
    assert (xin.name, xin.source) == ("新朋友", "community")
    assert nobody.name == "13900000001"
    got = memberships(cid)
    assert got[xin.id].invited_by == p["wang"]
    assert got[nobody.id].invited_by == xin.id  # invited by a customer this run created
    assert summaries_agree()
    # their engagement levels are computed with the import (no activity yet: silent)
    assert {m.level for m in got.values()} == {"silent"}
    # the same file again: every row names a member already (新朋友 twice), nothing recorded
    again = members.run(plan_of(members, path, community=cid, create_customers=True))
    assert (again.import_id, again.joined, again.already, again.created) == (None, 0, 4, 0)
    assert CommunityMember.select().count() == 3
    # 新朋友 is given a follow-up since: the undo keeps that customer
    followups.create(xin.id, "2026-12-01")
    report = import_history.undo(result.import_id)
    assert report.records_removed == 3
    assert report.removed == 1
    assert [k["customer"] for k in report.customers_kept()] == [xin.id]
    assert CommunityMember.select().count() == 0
    assert Customer.get_or_none(Customer.id == nobody.id) is None
    assert summaries_agree()


def test_undo_keeps_a_membership_left_since(shop, tmp_path):
    cid, p = shop
    path = xlsx(tmp_path / "m.xlsx", [["手机"], ["13800000001"]])
    result = members.run(plan_of(members, path, community=cid))
    CommunityMember.update(left_on=dt.date(2026, 11, 22)).execute()
    report = import_history.undo(result.import_id)
    assert report.records_removed == 0
    assert report.kept[0]["reason"] == "changed_since"
    # a rejoin after leaving is a new period
    again = members.run(plan_of(members, path, community=cid))
    assert again.joined == 1
    assert CommunityMember.select().count() == 2
    assert summaries_agree()


def test_bad_rows_and_the_error_report(shop, tmp_path):
    cid, p = shop
    customers.move_to_bin([p["zhao"]])
    binned = customers.create({"name": "回收", "mobile": "13700000000"})
    customers.move_to_bin([binned])
    path = xlsx(tmp_path / "bad.xlsx", [
        ["昵称", "手机", "入群时间"],
        ["甲", "12345", "2026-11-01"],  # not a mobile
        ["乙", "13800000001", "下周二后"],  # not a date
        ["丙", "13800000001", "2027-01-01"],  # in the future
        ["丁", "13700000000", "2026-11-01"],  # in the recycle bin
        ["张三", "", ""],  # ambiguous
        ["", "", ""],
    ])  # fmt: skip
    plan = plan_of(members, path, community=cid)
    codes = [[q.code for q in r.problems] for r in plan.rows]
    assert codes == [["phone_needs_area_code"], ["date_invalid"], ["joined_future"], ["in_bin"],
                     ["name_ambiguous"]]  # fmt: skip
    report = tmp_path / "errors.xlsx"
    assert write_error_report(report, plan) == 5
    sheet = openpyxl.load_workbook(report).active
    reasons = [r[3] for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert "the customer is in the recycle bin" in reasons
    assert any("2 customers are named 张三" in r for r in reasons)
    result = members.run(plan)
    assert (result.import_id, result.errors, result.ambiguous) == (None, 5, 1)
    stop = plan_of(members, path, community=cid, on_error="stop")
    with pytest.raises(ValidationError):
        members.run(stop)


def test_bad_input_writes_nothing(shop, tmp_path):
    cid, p = shop
    good = xlsx(tmp_path / "m.xlsx", [["手机"], ["13800000001"]])
    for bad in (9999, "abc", community("旧群", archived=True)):
        with pytest.raises((NotFoundError, ValidationError)):
            plan_of(members, good, community=bad)
    nothing = xlsx(tmp_path / "n.xlsx", [["颜色", "尺码"], ["红", "L"]])
    with pytest.raises(ValidationError) as unmapped:
        plan_of(members, nothing, community=cid)
    assert unmapped.value.code == "member_unmapped"
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not a workbook")
    with pytest.raises(FileRefused):
        plan_of(members, broken, community=cid)
    assert CommunityMember.select().count() == 0 and ImportRun.select().count() == 0


# ---------------------------------------------------------------- daily statistics

STATS = ["日期", "群成员数", "新增", "退群", "发言人数", "消息数"]


def test_statistics_are_idempotent(shop, tmp_path):
    cid, _p = shop
    path = xlsx(tmp_path / "s.xlsx", [
        STATS,
        ["2026-11-01", 120, 5, 1, 30, 410],
        [dt.date(2026, 11, 2), 124, 4, 0, 28, 380],
        ["2026/11/2", 124, 4, 0, 28, 380],  # the same day twice in the file
    ])  # fmt: skip
    first = days.run(plan_of(days, path, community=cid))
    assert (first.added, first.already, first.errors) == (2, 1, 0)
    day = CommunityDay.get(CommunityDay.day == dt.date(2026, 11, 1))
    assert (day.members, day.joined, day.left, day.speakers, day.messages) == (120, 5, 1, 30, 410)
    again = days.run(plan_of(days, path, community=cid))
    assert (again.import_id, again.added, again.already) == (None, 0, 3)
    assert again.already_days == ["2026-11-01", "2026-11-02", "2026-11-02"]
    assert CommunityDay.select().count() == 2
    # another community's same days are its own
    other = community("会员2群")
    assert days.run(plan_of(days, path, community=other)).added == 2


def test_statistics_conflicts_kept_or_replaced_and_undone(shop, tmp_path):
    cid, _p = shop
    xlsx(tmp_path / "one.xlsx", [STATS, ["2026-11-01", 120, 5, 1, 30, 410]])
    days.run(plan_of(days, tmp_path / "one.xlsx", community=cid))
    path = xlsx(tmp_path / "two.xlsx", [
        ["Date", "Members", "Joined", "Left", "Speakers", "Messages"],
        ["2026-11-01", 121, 5, 1, 30, 415],  # recorded with other figures
        ["2026-11-03", 130, 6, 0, 33, 500],
        ["2026-11-04", -1, 0, 0, 0, 0],  # not a count
        ["2026-12-30", 1, 0, 0, 0, 0],  # in the future
    ])  # fmt: skip
    kept = days.run(plan_of(days, path, community=cid))
    assert (kept.added, kept.conflicts, kept.errors) == (1, 1, 3)
    assert kept.conflict_days == ["2026-11-01"]
    assert CommunityDay.get(CommunityDay.day == dt.date(2026, 11, 1)).members == 120
    CommunityDay.delete().where(CommunityDay.day == dt.date(2026, 11, 3)).execute()
    replaced = days.run(plan_of(days, path, community=cid, replace=True))
    assert (replaced.added, replaced.replaced, replaced.errors) == (1, 1, 2)
    assert CommunityDay.get(CommunityDay.day == dt.date(2026, 11, 1)).messages == 415
    report = import_history.undo(replaced.import_id)
    assert (report.records_removed, report.restored) == (1, 1)
    assert CommunityDay.get(CommunityDay.day == dt.date(2026, 11, 1)).messages == 410
    assert CommunityDay.select().count() == 1


def test_statistics_need_a_date_and_a_figure(shop, tmp_path):
    cid, _p = shop
    for header, code in ((["群成员数"], "day_unmapped"), (["日期"], "figures_unmapped")):
        path = xlsx(tmp_path / "x.xlsx", [header, [1]])
        with pytest.raises(ValidationError) as refused:
            plan_of(days, path, community=cid)
        assert refused.value.code == code


def test_the_shipped_examples(shop, tmp_path):
    """tests/data/communities/ (scripts/make_community_examples.py), as the README shows."""
    cid, p = shop
    folder = Path(__file__).parent / "data" / "communities"
    result = members.run(plan_of(members, folder / "community_members_example.xlsx",
                                 community=cid, create_customers=True))  # fmt: skip
    assert (result.joined, result.created, result.staff, result.errors) == (4, 3, 1, 0)
    got = memberships(cid)
    assert got[p["wang"]].came_by == "invite"  # 王姐 by her mobile, invited by staff: nobody
    assert got[p["wang"]].invited_by is None
    amy = Customer.get(Customer.name == "Amy")
    assert got[amy.id].invited_by == p["wang"]  # 王姐, by her nickname in the list
    stats = days.run(plan_of(days, folder / "community_stats_example.xlsx", community=cid))
    assert (stats.added, stats.errors) == (7, 0)


def test_picks_settle_ambiguous_rows_when_planned(shop, tmp_path):
    cid, p = shop
    path = xlsx(tmp_path / "a.xlsx", [["昵称"], ["张三"], ["张三"], ["张三"]])
    # row 2 picked, row 3 skipped, row 4 named a customer that is no candidate: unsettled
    plan = plan_of(members, path, community=cid,
                   picks={2: p["zhang2"], 3: None, 4: p["wang"]})  # fmt: skip
    assert [r.action for r in plan.rows] == ["new", "duplicate", "error"]
    assert members.run(plan).joined == 1
    assert set(memberships(cid)) == {p["zhang2"]}
