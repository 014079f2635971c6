"""The lead pool (公海, issue 28): round robin fairness, each rule kind, a lead found by
staff stays theirs, assignment history, reclaim at the boundary day and its warning,
refusals that write nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from models import clock
from models.customers import customers
from models.customers.record import BULK_COLUMNS, Customer, bulk_row
from models.errors import NotFoundError, ValidationError
from models.followups import interactions
from models.leads import assignment, lead_changes, pool, reclaim
from models.storage import audit
from models.storage.bulk import insert_rows
from models.storage.db import database
from models.team import staff

MONDAY = dt.datetime(2026, 11, 16, 10, 0)


def make_leads(n: int, city: str = "", industry: str = "", source: str = "", owner: str = "",
               stage: str = "lead") -> list[int]:  # fmt: skip
    start = (Customer.select(Customer.id).order_by(Customer.id.desc()).scalar() or 0) + 1
    at = clock.now()
    rows = [
        bulk_row((start + i, "", f"线索{start + i}", "", "", "", "", "", "", industry, city, "",
                  "", "", False, False, source, owner, stage, "", at, at, 0))
        for i in range(n)
    ]  # fmt: skip
    with database.atomic():
        insert_rows(Customer, BULK_COLUMNS, rows)
    return list(range(start, start + n))


@pytest.fixture
def team(db):
    clock.set_now(MONDAY)
    for name in ("王芳", "李雷", "张敏"):
        staff.add(name)
    return db


def test_round_robin_is_fair_over_runs(team):
    make_leads(1000)
    assignment.add_rule("轮流", "round_robin", ["王芳", "李雷", "张敏"])
    for limit in (1, 333, 100, 7):  # successive runs continue where the last stopped
        assignment.assign_rule("轮流", limit)
    assignment.assign_rule("轮流")
    assert pool.count(pool.LeadQuery(pool=True)) == 0
    counts = [pool.count(pool.LeadQuery(owner=n)) for n in ("王芳", "李雷", "张敏")]
    assert sum(counts) == 1000 and max(counts) - min(counts) <= 1
    # A split run is the same as one run: turns never restart.
    first = pool.leads(pool.LeadQuery(owner="王芳", limit=3))
    assert [r["id"] for r in first] == [1, 4, 7] and first[0]["rule"] == "轮流"


def test_round_robin_skips_inactive_and_history_is_kept(team):
    ids = make_leads(4)
    assignment.add_rule("轮流", "round_robin", ["王芳", "李雷"])
    staff.set_active("李雷", False)
    plan = assignment.assign_rule("轮流")
    assert plan.by_staff() == {"王芳": 4}
    rows = assignment.history(ids[0])
    assert [(r["staff"], r["rule"], r["by_staff"], r["ended_at"]) for r in rows] == [
        ("王芳", "轮流", "", None)
    ]
    clock.set_now(MONDAY + dt.timedelta(hours=1))
    assignment.assign_by_hand("张敏", [ids[0]])
    rows = assignment.history(ids[0])
    assert [(r["staff"], r["end_reason"]) for r in rows] == [("王芳", "reassigned"), ("张敏", "")]
    assert rows[0]["ended_at"] == MONDAY + dt.timedelta(hours=1)


@pytest.mark.parametrize("kind,column", [("region", "city"), ("industry", "industry"),
                                         ("source", "source")])  # fmt: skip
def test_map_rules(team, kind, column):
    value = {"city": "杭州", "industry": "餐饮", "source": "website"}[column]
    other = {"city": "上海", "industry": "零售", "source": "ads"}[column]
    mine = make_leads(3, **{column: value})
    theirs = make_leads(2, **{column: other})
    assignment.add_rule("按值", kind, mapping={value: "李雷"})
    dry = assignment.assign_rule("按值", dry_run=True)
    assert dry.ids() == mine and dry.left == 2
    assert pool.count(pool.LeadQuery(pool=True)) == 5  # a dry run writes nothing
    assignment.assign_rule("按值")
    assert [r["id"] for r in pool.leads(pool.LeadQuery(owner="李雷"))] == mine
    assert [r["id"] for r in pool.leads(pool.LeadQuery(pool=True))] == theirs


def test_found_by_staff_stays_theirs(team):
    found = customers.create({"name": "自己找的", "stage": "lead", "owner": "张敏"})
    make_leads(5)
    assignment.add_rule("轮流", "round_robin", ["王芳", "李雷"])
    plan = assignment.assign_rule("轮流")
    assert found not in plan.ids() and customers.get(found)["owner"] == "张敏"
    clock.set_now(MONDAY + dt.timedelta(days=30))
    assert found not in [r["id"] for r in reclaim.sweep()]  # never reclaimed
    assert customers.get(found)["owner"] == "张敏"


def test_reclaim_at_the_boundary_day_and_the_warning_the_day_before(team):
    ids = make_leads(3)
    assignment.assign_by_hand("王芳", ids)  # Monday 16th 10:00, 7 days
    clock.set_now(dt.datetime(2026, 11, 18, 9, 0))
    interactions.log(ids[1], "phone", "聊了需求")  # a contact keeps it
    clock.set_now(dt.datetime(2026, 11, 21, 23, 59))
    assert reclaim.warnings() == [] and reclaim.due() == []
    clock.set_now(dt.datetime(2026, 11, 22, 8, 0))  # Sunday: the last day to call
    assert [r["id"] for r in reclaim.warnings()] == [ids[0], ids[2]]
    assert [r["id"] for r in reclaim.warnings(owner="李雷")] == []
    assert pool.overdue_first_contacts("王芳") == 2
    assert reclaim.sweep() == []
    clock.set_now(dt.datetime(2026, 11, 22, 23, 59, 59))
    assert reclaim.due() == []
    clock.set_now(dt.datetime(2026, 11, 23, 0, 0))  # Monday 23rd: back to the pool
    assert [r["id"] for r in reclaim.sweep(dry_run=True)] == [ids[0], ids[2]]
    assert pool.count(pool.LeadQuery(pool=True)) == 0
    gone = reclaim.sweep()
    assert [r["id"] for r in gone] == [ids[0], ids[2]]
    assert [r["id"] for r in pool.leads(pool.LeadQuery(pool=True))] == [ids[0], ids[2]]
    assert customers.get(ids[1])["owner"] == "王芳"
    assert assignment.history(ids[0])[-1]["end_reason"] == "reclaimed"
    entry = audit.entries(audit.AuditQuery(action="reclaim"))[0]
    assert entry["count"] == 2 and "王芳 2" in entry["detail"]
    assert reclaim.sweep() == []  # once


def test_reclaim_days_setting(team):
    ids = make_leads(1)
    assignment.assign_by_hand("王芳", ids)
    reclaim.set_reclaim_days(2)
    clock.set_now(dt.datetime(2026, 11, 17, 12, 0))
    assert [r["id"] for r in reclaim.warnings()] == ids
    clock.set_now(dt.datetime(2026, 11, 18, 0, 0))
    assert [r["id"] for r in reclaim.due()] == ids
    for bad in (0, -1, 366, "x", None):
        with pytest.raises(ValidationError):
            reclaim.set_reclaim_days(bad)
    assert pool.reclaim_days() == 2


def test_refusals_write_nothing(team):
    ids = make_leads(2)
    customer = customers.create({"name": "老客户", "stage": "active"})
    staff.set_active("张敏", False)
    before = audit.count()
    with pytest.raises(ValidationError) as inactive:
        assignment.assign_by_hand("张敏", ids)  # a reassignment to an inactive person
    assert inactive.value.code == "staff_inactive"
    with pytest.raises(ValidationError) as unknown:
        assignment.assign_by_hand("路人甲", ids)
    assert unknown.value.code == "staff_unknown"
    with pytest.raises(ValidationError) as not_lead:
        assignment.assign_by_hand("王芳", [ids[0], customer])
    assert not_lead.value.code == "not_a_lead"
    with pytest.raises(NotFoundError):
        assignment.assign_by_hand("王芳", [ids[0], 9999])
    with pytest.raises(ValidationError):
        assignment.add_rule("轮流", "round_robin", ["王芳", "张敏"])  # inactive
    with pytest.raises(ValidationError):
        assignment.add_rule("轮流", "round_robin", [])
    with pytest.raises(ValidationError):
        assignment.add_rule("来源", "source", mapping={"电视": "王芳"})  # not a channel
    with pytest.raises(ValidationError):
        assignment.add_rule("x", "lottery", ["王芳"])
    with pytest.raises(NotFoundError):
        assignment.assign_rule("没有这条")
    with pytest.raises(ValidationError):
        assignment.add_rule("城市", "region", mapping={" ": "王芳"})
    assignment.add_rule("轮流", "round_robin", ["王芳"])
    with pytest.raises(ValidationError):
        assignment.add_rule("轮流", "round_robin", ["李雷"])  # name taken
    staff.set_active("王芳", False)
    with pytest.raises(ValidationError):
        assignment.assign_rule("轮流")  # no one active in it
    assert pool.count(pool.LeadQuery(pool=True)) == 2
    assert audit.count() == before + 2  # the rule and the deactivation only
    with pytest.raises(ValidationError):
        pool.leads(pool.LeadQuery(pool=True, owner="李雷"))
    with pytest.raises(NotFoundError):
        pool.leads(pool.LeadQuery(owner="路人甲"))


def test_unassign_and_undo_by_rows(team):
    ids = make_leads(6)
    assignment.add_rule("轮流", "round_robin", ["王芳", "李雷"])
    plan = assignment.plan_rule("轮流")
    with lead_changes.recording(plan.ids()) as changes:
        assignment.apply(plan)
    assert pool.count(pool.LeadQuery(pool=True)) == 0
    lead_changes.write(changes, False)  # undo
    assert pool.count(pool.LeadQuery(pool=True)) == 6
    assert assignment.rules()[0]["pointer"] == 0 and assignment.history(ids[0]) == []
    lead_changes.write(changes, True)  # redo
    assert pool.count(pool.LeadQuery(owner="李雷")) == 3
    with lead_changes.recording(ids[:2]) as back:
        assert reclaim.unassign(ids[:2]) == 2
    assert pool.count(pool.LeadQuery(pool=True)) == 2
    lead_changes.write(back, False)
    assert pool.count(pool.LeadQuery(pool=True)) == 0


def test_grade_filter(team):
    ids = make_leads(2)
    database.execute_sql("UPDATE customer SET lead_grade = 'A' WHERE id = ?", (ids[0],))
    assert [r["id"] for r in pool.leads(pool.LeadQuery(grade="A"))] == [ids[0]]


def test_grade_filter_refuses_a_grade_that_is_none(team):
    with pytest.raises(ValidationError) as bad:
        pool.leads(pool.LeadQuery(grade="E"))
    assert bad.value.code == "invalid"


def test_a_contact_taken_back_counts_no_more(team):
    ids = make_leads(2)
    assignment.assign_by_hand("王芳", ids)
    clock.set_now(MONDAY + dt.timedelta(hours=2))
    contact = interactions.log(ids[0], "phone", "聊了")
    assert assignment.history(ids[0])[-1]["contacted_at"] == MONDAY + dt.timedelta(hours=2)
    clock.set_now(dt.datetime(2026, 11, 23, 9, 0))
    assert [r["id"] for r in reclaim.due()] == [ids[1]]
    interactions.delete(contact)  # the only contact gone: it waits for one again
    assert assignment.history(ids[0])[-1]["contacted_at"] is None
    assert [r["id"] for r in reclaim.due()] == ids
