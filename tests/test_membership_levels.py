"""Member levels: definitions validated (bad input writes nothing), the rules worked by
hand (threshold up, a rolling period, validity, grace then down, requalifying in the
grace), the lock by hand, the history with its causes, the dry run, the live tags, and
the check comparing levels with their history."""

from __future__ import annotations

import datetime as dt

import pytest

from models.errors import ValidationError
from models.membership import check, level_rules, levels, points, recording, settings
from models.membership.tables import LevelHistory, Member, MemberLevel
from models.storage import audit
from models.tags import tags
from tests.membership_helpers import all_checked, at, member


@pytest.fixture
def shop(db):
    at(2026, 1, 1, 10)
    return {
        "普通": levels.add({"name": "普通", "rank": 0, "threshold": 0}),
        "银卡": levels.add({"name": "银卡", "rank": 1, "threshold": 1000,
                            "points_multiplier_permille": 1500, "discount_permille": 50}),
        "金卡": levels.add({"name": "金卡", "rank": 2, "threshold": 5000}),
    }  # fmt: skip


def level_of(cid: int) -> str:
    return level_rules.state(cid)["level"]


def test_threshold_up_by_points_earned_for_life(shop):
    cid = member()
    level_rules.recompute()
    assert level_of(cid) == "普通"
    points.earn(cid, 999)
    assert level_rules.recompute()["up"] == 0
    points.earn(cid, 1)  # 1000: 银卡
    found = level_rules.recompute()
    assert (found["up"], found["changes"][0]["to_level"]) == (1, "银卡")
    points.redeem(cid, 600)  # spending points does not move a level
    points.earn(cid, 4000)  # earned 5000 in all: 金卡
    level_rules.recompute()
    assert level_of(cid) == "金卡"
    assert [h["cause"] for h in level_rules.history(cid)] == ["rule", "rule", "rule"]
    assert [h["to_level"] for h in level_rules.history(cid)] == ["普通", "银卡", "金卡"]
    assert audit.count(audit.AuditQuery(action="level")) == 3
    all_checked()


def spend_levels(grace_days=30, valid_days=None):
    """普通 (0) and 银卡: 1000 yuan spent in the last 30 days, with grace and validity."""
    return {
        "普通": levels.add({"name": "普通", "rank": 0, "threshold": 0}),
        "银卡": levels.add({"name": "银卡", "rank": 1, "basis": "spend", "threshold": 100000,
                            "period_days": 30, "grace_days": grace_days,
                            "valid_days": valid_days}),
    }  # fmt: skip


def test_rolling_period_then_grace_then_down(db):
    at(2026, 1, 1, 10)
    spend_levels()
    cid = member()
    recording.add_purchase(cid, "1000")  # checked after the purchase: 银卡 at once
    assert level_of(cid) == "银卡"
    at(2026, 1, 30, 9)  # the last 30 days, today included: 01-01 .. 01-30
    assert level_rules.recompute()["changes"] == []
    at(2026, 1, 31, 9)  # the purchase is out of the period: the grace starts
    found = level_rules.recompute()
    assert (found["grace"], found["changes"][0]["level_until"]) == (1, "2026-03-02")
    assert level_of(cid) == "银卡" and Member.get().level_until == dt.date(2026, 3, 2)
    at(2026, 3, 1, 9)
    assert level_rules.recompute()["changes"] == []  # still in the grace
    at(2026, 3, 2, 9)
    found = level_rules.recompute()
    assert (found["down"], found["changes"][0]["cause"]) == (1, "grace")
    assert level_of(cid) == "普通" and Member.get().level_until is None
    assert [(h["to_level"], h["cause"]) for h in level_rules.history(cid)] == [
        ("银卡", "purchase"), ("普通", "grace")]  # fmt: skip
    all_checked()


def test_requalifying_in_the_grace_ends_it(db):
    at(2026, 1, 1, 10)
    spend_levels()
    cid = member()
    recording.add_purchase(cid, "1000")
    at(2026, 2, 1, 9)
    level_rules.recompute()  # the grace runs to 03-03
    recording.add_purchase(cid, "1000")  # qualifies again: the grace ends
    assert level_of(cid) == "银卡" and Member.get().level_until is None
    assert len(level_rules.history(cid)) == 1  # the level never changed


def test_validity_holds_a_level_before_its_grace(db):
    at(2026, 1, 1, 10)
    spend_levels(grace_days=0, valid_days=90)
    cid = member()
    recording.add_purchase(cid, "1000")
    at(2026, 3, 31, 9)  # unqualified since 01-31, but held 90 days: till 04-01
    assert level_rules.recompute()["changes"] == []
    at(2026, 4, 1, 9)  # no grace: down at once
    assert level_rules.recompute()["down"] == 1 and level_of(cid) == "普通"


def test_lock_by_hand_and_unlock(shop):
    cid = member()
    level_rules.recompute()
    with pytest.raises(ValidationError) as err:
        level_rules.lock(cid, shop["金卡"], "  ")
    assert err.value.code == "reason_required"
    state = level_rules.lock(cid, shop["金卡"], "老客户 特批")
    assert (state["level"], state["locked"]) == ("金卡", True)
    assert level_rules.recompute()["changes"] == []  # the rules leave it
    assert level_of(cid) == "金卡"
    state = level_rules.unlock(cid, "到期")  # the rules apply again at once
    assert (state["level"], state["locked"]) == ("普通", False)
    with pytest.raises(ValidationError) as err:
        level_rules.unlock(cid)
    assert err.value.code == "level_not_locked"
    assert [(h["to_level"], h["cause"], h["locked"]) for h in level_rules.history(cid)] == [
        ("普通", "rule", False), ("金卡", "lock", True), ("金卡", "unlock", False),
        ("普通", "rule", False)]  # fmt: skip
    assert level_rules.history(cid)[1]["reason"] == "老客户 特批"
    assert audit.count(audit.AuditQuery(action="lock")) == 1
    assert audit.count(audit.AuditQuery(action="unlock")) == 1
    all_checked()


def test_dry_run_writes_nothing(shop):
    ids = [member(f"客户{i}") for i in range(3)]
    points.earn(ids[0], 1200)
    entries = audit.count()
    found = level_rules.recompute(dry_run=True)
    assert (found["dry_run"], found["up"]) == (True, 3)
    assert Member.select().where(Member.level_id.is_null(False)).count() == 0
    assert LevelHistory.select().count() == 0 and audit.count() == entries
    level_rules.recompute()
    assert [level_of(c) for c in ids] == ["银卡", "普通", "普通"]


def test_level_as_a_live_tag(shop):
    cid = member()
    other = member("李四")
    level_rules.set_rules({"level_tags": True})
    level_rules.recompute()
    putong = tags.find_tag("普通").id
    assert tags.tags_of([cid, other])[cid] == ["普通"]
    points.earn(cid, 1000)
    level_rules.recompute()
    assert tags.tags_of([cid])[cid] == ["银卡"]
    assert tags.customers_with(putong) == 1
    level_rules.set_rules({"level_tags": False})  # off: the level tags come off
    assert tags.tags_of([cid, other]).get(cid, []) == []


def test_definitions_validated_and_nothing_written_on_bad_input(shop):
    rows = MemberLevel.select().count()
    bad = [
        ({"name": " "}, "level_name_required"),
        ({"name": "银卡", "rank": 5, "threshold": 9000}, "level_name_taken"),
        ({"name": "白金", "rank": 1, "threshold": 9000}, "level_rank_taken"),
        ({"name": "白金", "rank": 3, "threshold": 2000}, "level_threshold_order"),
        ({"name": "白金", "rank": 3, "basis": "visits"}, "level_basis_invalid"),
        ({"name": "白金", "rank": "三"}, "level_number_invalid"),
        ({"name": "白金", "rank": 3, "discount_permille": 1001}, "level_number_range"),
        ({"name": "白金", "rank": 3, "threshold": -1}, "level_number_range"),
        ({"name": "白金", "rank": 3, "period_days": 0}, "level_number_range"),
        ({"name": "白" * 21}, "too_long"),
    ]
    for fields, code in bad:
        with pytest.raises(ValidationError) as err:
            levels.add(fields)
        assert err.value.code == code, fields
    assert MemberLevel.select().count() == rows
    # measured otherwise (spend, or another period): no order to keep with the points levels
    levels.add({"name": "消费银卡", "rank": 3, "basis": "spend", "threshold": 50000})
    assert levels.permille("2.5", "d") == 25 and levels.permille("1.5", "m", 1000) == 1500
    with pytest.raises(ValidationError):
        levels.permille("1.2345", "m", 1000)


def test_edit_and_archive(shop):
    cid = member()
    level_rules.recompute()
    before = levels.edit(shop["银卡"], {"threshold": 1500, "benefits": "95折, 生日礼"})
    assert before["threshold"] == 1000 and levels.get(shop["银卡"]).threshold == 1500
    with pytest.raises(ValidationError) as err:
        levels.edit(shop["银卡"], {"threshold": 6000})  # above 金卡's
    assert err.value.code == "level_threshold_order"
    with pytest.raises(ValidationError) as err:
        levels.archive(shop["普通"])
    assert err.value.code == "level_in_use"
    levels.archive(shop["金卡"])
    assert [lv.name for lv in levels.list_levels()] == ["普通", "银卡"]
    with pytest.raises(ValidationError) as err:
        levels.edit(shop["金卡"], {"threshold": 9000})
    assert err.value.code == "level_archived"
    levels.archive(shop["金卡"], archived=False)
    assert len(levels.list_levels()) == 3
    assert level_of(cid) == "普通"


def test_the_check_finds_a_level_that_its_history_does_not_explain(shop):
    cid = member()
    level_rules.recompute()
    all_checked()
    Member.update(level_id=shop["金卡"]).where(Member.customer_id == cid).execute()
    found = check.check_all()
    assert [d["what"] for d in found.differences] == ["level"]


def test_rules_validated(shop):
    with pytest.raises(ValidationError):
        level_rules.set_rules({"points_per_yuan": -1})
    with pytest.raises(ValidationError):
        level_rules.set_rules({"card_prefix": "X"})
    assert settings.get("points_per_yuan") == 1
    assert level_rules.set_rules({"points_attendance": 20})["points_attendance"] == 20
