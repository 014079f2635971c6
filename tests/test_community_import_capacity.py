"""A member import past the community's capacity is never written silently: the plan
says how many will not fit; refuse (the default: nothing written, the numbers named),
the next group "XX 2群" (and 3群 when that fills), or allow. Undo takes the groups
started back with the memberships."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from models import clock
from models.communities.tables import Community, CommunityMember
from models.customers import customers
from models.errors import ValidationError
from models.excel import community_member_import as members
from models.excel import import_history
from models.excel.import_records import ImportRun
from models.storage.audit import AuditEntry
from tests.test_community_imports import WECOM, memberships, plan_of, xlsx


@pytest.fixture
def group(db, tmp_path):
    """会员1群 holds 4 and has 3 members; a file of 6 customers (by mobile): 5 too many."""
    clock.set_now(dt.datetime(2026, 11, 22, 12, 0))
    now = clock.now()
    cid = Community.create(name="会员1群", platform="wecom_group", capacity=4, created_at=now,
                           updated_at=now).id  # fmt: skip
    for i in range(3):
        old = customers.create({"name": f"老会员{i}"})
        CommunityMember.create(community=cid, customer=old, joined_on=dt.date(2026, 1, 1),
                               created_at=now)  # fmt: skip
    ids = [customers.create({"name": f"新人{i}", "mobile": f"1390000000{i}"}) for i in range(6)]
    rows = [["", "", "", f"1390000000{i}", "2026-11-01", "", "外部联系人", ""] for i in range(6)]
    path = xlsx(tmp_path / "members.xlsx", [WECOM, *rows])
    return cid, ids, path


def counts():
    return (CommunityMember.select().count(), Community.select().count(),
            ImportRun.select().count(), AuditEntry.select().count())  # fmt: skip


def test_the_plan_says_how_many_will_not_fit(group):
    cid, ids, path = group
    result = members.outcome(plan_of(members, path, community=cid))
    assert (result.joined, result.capacity, result.members_before, result.overflow) == (6, 4, 3, 5)
    assert result.as_dict()["overflow"] == 5
    # a community with room, or none set: nothing over
    Community.update(capacity=None).where(Community.id == cid).execute()
    assert members.outcome(plan_of(members, path, community=cid)).overflow == 0


def test_refused_by_default_naming_the_numbers_and_nothing_written(group):
    cid, ids, path = group
    before = counts()
    plan = plan_of(members, path, community=cid)
    with pytest.raises(ValidationError) as refused:
        members.run(plan)
    assert refused.value.code == "over_capacity"
    assert refused.value.params == {"name": "会员1群", "capacity": 4, "members": 3,
                                    "joining": 6, "overflow": 5}  # fmt: skip
    assert "5 would not fit" in str(refused.value) and "holds 4" in str(refused.value)
    assert counts() == before
    from ui.messages import error_message  # the window's sentence names the numbers too

    text = error_message(refused.value)
    assert all(n in text for n in ("会员1群", "4", "3", "6", "5"))


def test_the_overflow_joins_the_next_groups_and_undo_takes_them_back(group):
    cid, ids, path = group
    plan = plan_of(members, path, community=cid, overflow="next_group")
    result = members.run(plan)
    assert (result.joined, result.overflow) == (6, 5)
    assert len(result.next_groups) == 2  # 2群 takes 4 (its capacity), 3群 the last one
    second, third = (Community.get_by_id(g) for g in result.next_groups)
    assert (second.name, second.capacity, second.overflow_of) == ("会员1群 2群", 4, cid)
    assert (third.name, third.overflow_of) == ("会员1群 3群", second.id)
    assert len(memberships(cid)) == 4
    # in the file's order: the first fills 1群, the next four 2群, the last 3群
    assert [c for c in ids if c in memberships(cid)] == ids[:1]
    assert sorted(memberships(second.id)) == ids[1:5]
    assert sorted(memberships(third.id)) == ids[5:]
    assert {m.import_run for m in CommunityMember.select().where(
        CommunityMember.customer.in_(ids))} == {result.import_id}  # fmt: skip
    report = import_history.undo(result.import_id)
    assert report.records_removed == 6
    assert len(memberships(cid)) == 3
    assert not Community.select().where(Community.id.in_(result.next_groups)).exists()


def test_undo_keeps_a_next_group_used_since(group):
    cid, ids, path = group
    result = members.run(plan_of(members, path, community=cid, overflow="next_group"))
    second = result.next_groups[0]
    now = clock.now()
    other = customers.create({"name": "后来的人"})
    CommunityMember.create(community=second, customer=other, joined_on=now.date(),
                           created_at=now)  # fmt: skip
    import_history.undo(result.import_id)
    assert Community.select().where(Community.id == second).exists()
    assert sorted(memberships(second)) == [other]
    assert not Community.select().where(Community.id == result.next_groups[1]).exists()


def test_allowed_past_the_capacity(group):
    cid, ids, path = group
    result = members.run(plan_of(members, path, community=cid, overflow="allow"))
    assert (result.joined, result.overflow, result.next_groups) == (6, 5, [])
    assert len(memberships(cid)) == 9
    assert Community.select().count() == 1


def test_within_the_capacity_every_choice_just_joins(group):
    cid, ids, path = group
    Community.update(capacity=9).where(Community.id == cid).execute()
    result = members.run(plan_of(members, path, community=cid))
    assert (result.joined, result.overflow, result.next_groups) == (6, 0, [])


def test_a_bad_overflow_choice_is_refused(group):
    cid, ids, path = group
    with pytest.raises(ValidationError) as bad:
        plan_of(members, path, community=cid, overflow="squeeze")
    assert bad.value.code == "overflow_invalid"


def test_cli_overflow_refuse_next_group_allow(tmp_path):
    from models.schema.opening import open_database
    from models.storage.db import close_database
    from tests.test_cli import guanjia

    db = tmp_path / "cli.db"
    open_database(db, create=True)
    try:
        now = dt.datetime(2026, 11, 1, 9, 0)
        cid = Community.create(name="会员1群", platform="wechat_group", capacity=2,
                               created_at=now, updated_at=now).id  # fmt: skip
        for i in range(3):
            customers.create({"name": f"新人{i}", "mobile": f"1390000000{i}"})
    finally:
        close_database()
    rows = [["", "", "", f"1390000000{i}", "2026-11-01", "", "外部联系人", ""] for i in range(3)]
    file = str(xlsx(tmp_path / "m.xlsx", [WECOM, *rows]))

    def run(*args):
        return guanjia("communities", "import", str(cid), file, *args, db=db)

    dry = run("--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    assert {k: json.loads(dry.stdout)[k] for k in ("joined", "overflow", "capacity",
            "members_before", "next_groups")} == {"joined": 3, "overflow": 1, "capacity": 2,
                                                  "members_before": 0, "next_groups": []}  # fmt: skip
    assert "1 of them do not fit" in run("--dry-run").stdout
    refused = run("--json")  # the default: refuse
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
    assert "holds 2 members" in refused.stderr and "1 would not fit" in refused.stderr
    bad = run("--overflow", "squeeze")
    assert bad.returncode == 2  # a usage error: argparse's choices
    zh = guanjia("communities", "import", str(cid), file, db=db, env={"LANG": "zh_CN.UTF-8"})
    assert zh.returncode == 1 and "会员1群" in zh.stderr and "Traceback" not in zh.stderr
    done = run("--overflow", "next-group", "--json")
    assert done.returncode == 0, done.stderr
    outcome = json.loads(done.stdout)
    assert (outcome["joined"], outcome["overflow"], len(outcome["next_groups"])) == (3, 1, 1)
    listed = guanjia("communities", "members", str(outcome["next_groups"][0]), "--json", db=db)
    assert len(listed.stdout.splitlines()) == 1
    undo = guanjia("import", "--undo", str(outcome["import_id"]), "--json", db=db)
    assert undo.returncode == 0, undo.stderr
    allowed = run("--overflow", "allow")
    assert allowed.returncode == 0 and "past the capacity" in allowed.stdout
    listed = guanjia("communities", "members", str(cid), "--json", db=db)
    assert len(listed.stdout.splitlines()) == 3
