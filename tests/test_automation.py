"""Automation rules (issue 28 parts 5 and 6): the shipped rules fire exactly when they
should and once, the loop guard, undo of a run, catch-up after days off, a rule naming a
deleted tag switched off with the reason, bad rule input refused."""

from __future__ import annotations

import datetime as dt

import pytest

from models import clock
from models.automation import definitions, rules, runner, runs
from models.customers import customers
from models.errors import NotFoundError, ValidationError
from models.followups import followups, interactions
from models.purchases import purchases
from models.storage.db import database
from models.tags import tagging
from models.tags.tags import create_tag, delete_tag, find_tag

NOW = dt.datetime(2026, 12, 7, 10, 0)


@pytest.fixture
def fixed(db):
    clock.set_now(NOW)
    return db


def shipped(key: str):
    return next(r for r in rules.listing() if r.shipped == key)


def tagged(name: str) -> set[int]:
    tag = find_tag(name)
    if tag is None:
        return set()
    return {c for (c,) in database.execute_sql(
        "SELECT customer_id FROM customer_tag WHERE tag_id = ?", [tag.id]).fetchall()}  # fmt: skip


def _buy(cid: int, yuan: int) -> int:
    return purchases.add(cid, yuan, at=clock.now())


def open_followups(cid: int, subject: str) -> list[dict]:
    return [
        f for f in followups.for_customer(cid) if f["subject"] == subject and f["status"] == "open"
    ]


def test_shipped_rules_are_there_and_off(fixed):
    listed = rules.listing()
    assert {r.shipped for r in listed} >= {"first_purchase", "no_contact_30", "high_value",
                                            "birthday_3", "detractor"}  # fmt: skip
    assert not any(r.enabled for r in listed)
    for r in listed:  # as the definitions validate them today
        assert definitions.clean(r.name, r.trigger, r.conditions, r.actions)["actions"] == r.actions


def test_first_purchase_tags_and_plans_a_thank_you_once(fixed):
    rule = shipped("first_purchase")
    a = customers.create({"name": "张三"})
    _buy(a, 100)  # before the rule is on (not processed yet): not its business
    rules.set_enabled(rule.id, True)
    b = customers.create({"name": "李四"})
    _buy(b, 50)
    summary = runner.process_pending()
    assert summary.customers == 1 and summary.by_rule == {rule.id: 1}
    assert tagged("新客") == {b}
    plans = open_followups(b, "感谢首购回访")
    assert len(plans) == 1 and plans[0]["due_at"].date() == dt.date(2026, 12, 10)
    _buy(b, 80)  # a second purchase: not a first one
    assert runner.process_pending() is None
    assert len(open_followups(b, "感谢首购回访")) == 1
    assert runner.process_pending() is None  # nothing left: not twice


def test_high_value_after_total_above_2000(fixed):
    rule = shipped("high_value")
    rules.set_enabled(rule.id, True)
    a = customers.create({"name": "王五"})
    _buy(a, 1500)
    runner.process_pending()
    assert tagged("高价值") == set()
    _buy(a, 500)  # exactly 2000: not above
    runner.process_pending()
    assert tagged("高价值") == set()
    _buy(a, 1)
    runner.process_pending()
    assert tagged("高价值") == {a}
    _buy(a, 10)
    assert runner.process_pending() is None  # has the tag already: the condition says no


def test_no_contact_30_days_catches_up_once_after_days_off(fixed):
    rule = shipped("no_contact_30")
    rules.set_enabled(rule.id, True)
    a = customers.create({"name": "赵六"})
    b = customers.create({"name": "钱七"})
    interactions.log(b, "phone", "called", at=NOW)
    assert runner.sweep() is None
    clock.set_now(NOW + dt.timedelta(days=29))
    assert runner.sweep() is None
    clock.set_now(NOW + dt.timedelta(days=45))  # the PC was off for two weeks
    assert runner.sweep_due()
    summary = runner.sweep()
    assert summary.customers == 2 and tagged("休眠") == {a, b}
    assert not runner.sweep_due()
    tagging.remove_tags([find_tag("休眠").id], [a])  # someone takes it off by hand
    assert runner.sweep() is None  # once per quiet spell, not every hour
    interactions.log(b, "phone", "called again", at=clock.now())
    tagging.remove_tags([find_tag("休眠").id], [b])
    clock.set_now(NOW + dt.timedelta(days=80))
    runner.process_pending()
    assert runner.sweep().customers == 1 and tagged("休眠") == {b}  # a new quiet spell


def test_birthday_in_3_days_once_a_year_and_caught_up(fixed):
    rule = shipped("birthday_3")
    rules.set_enabled(rule.id, True)
    a = customers.create({"name": "孙八", "birthday": "1990-12-10"})
    customers.create({"name": "周九", "birthday": "1990-12-20"})
    summary = runner.sweep()
    assert summary.customers == 1 and len(open_followups(a, "生日祝福")) == 1
    clock.set_now(NOW + dt.timedelta(days=2))
    assert runner.sweep() is None
    clock.set_now(dt.datetime(2027, 12, 8, 9, 0))  # a year later, the PC off on the 7th
    assert runner.sweep().customers == 1 and len(open_followups(a, "生日祝福")) == 2


def test_detractor_answer_plans_a_call_within_two_days(fixed):
    from models.surveys import answers, surveys

    rule = shipped("detractor")
    rules.set_enabled(rule.id, True)
    a = customers.create({"name": "吴十"})
    b = customers.create({"name": "郑一"})
    sid = surveys.create("满意度", "nps")
    answers.record(sid, a, 3)
    answers.record(sid, b, 10)
    runner.process_pending()
    plans = open_followups(a, "差评回访")
    assert len(plans) == 1 and plans[0]["due_at"].date() == dt.date(2026, 12, 9)
    assert open_followups(b, "差评回访") == []


def test_loop_guard_stops_rules_that_trigger_each_other(fixed):
    create_tag("甲")
    create_tag("乙")
    one = rules.add("甲 -> 乙", {"kind": "tag_added", "tag": "甲"}, [],
                    [{"kind": "remove_tag", "tag": "甲"}, {"kind": "add_tag", "tag": "乙"}])  # fmt: skip
    two = rules.add("乙 -> 甲", {"kind": "tag_added", "tag": "乙"}, [],
                    [{"kind": "remove_tag", "tag": "乙"}, {"kind": "add_tag", "tag": "甲"}])  # fmt: skip
    rules.set_enabled(one, True)
    rules.set_enabled(two, True)
    a = customers.create({"name": "循环"})
    tagging.add_tags([find_tag("甲").id], [a])
    summary = runner.process_pending()
    assert any("deeper than 5" in w for w in summary.warnings)
    assert runner.pending() == 0  # it stopped, and nothing is left spinning
    assert runner.process_pending() is None


def test_undo_of_a_run_and_refused_when_changed_since(fixed):
    rule = shipped("first_purchase")
    rules.set_enabled(rule.id, True)
    a = customers.create({"name": "撤销"})
    b = customers.create({"name": "撤销二"})
    _buy(a, 10)
    _buy(b, 10)
    summary = runner.process_pending()
    log = runs.log()
    assert log[0].id == summary.id and log[0].customers == 2 and log[0].actions == 4
    assert len(runs.items(summary.id)) == 4
    undone = runs.undo(summary.id)
    assert undone.undone and tagged("新客") == set()
    assert open_followups(a, "感谢首购回访") == []
    assert runner.process_pending() is None  # the undo's own events are not acted on
    with pytest.raises(ValidationError, match="undone already"):
        runs.undo(summary.id)
    c = customers.create({"name": "冲突"})
    _buy(c, 10)
    second = runner.process_pending()
    tagging.remove_tags([find_tag("新客").id], [c])  # changed since
    with pytest.raises(ValidationError) as err:
        runs.undo(second.id)
    assert err.value.code == "undo_conflict"
    assert len(open_followups(c, "感谢首购回访")) == 1  # nothing written


def test_a_rule_naming_a_deleted_tag_is_switched_off_with_the_reason(fixed):
    vip = create_tag("VIP")
    rid = rules.add("VIP 首购", {"kind": "purchase"}, [{"field": "tag", "op": "has", "value": "VIP"}],
                    [{"kind": "note", "text": "VIP 又来了"}])  # fmt: skip
    rules.set_enabled(rid, True)
    a = customers.create({"name": "甲客"})
    delete_tag(vip.id)
    _buy(a, 10)
    summary = runner.process_pending()
    assert any("switched off" in w for w in summary.warnings)
    rule = rules.get(rid)
    assert not rule.enabled and "VIP" in rule.disabled_reason
    with pytest.raises(ValidationError):
        rules.set_enabled(rid, True)
    with pytest.raises(ValidationError):
        runner.dry_run(rid)


def test_a_failing_rule_is_rolled_back_alone(fixed):
    ok = rules.add("标记", {"kind": "customer_created"}, [], [{"kind": "add_tag", "tag": "新建"}])
    bad = rules.add("入群", {"kind": "customer_created"}, [],
                    [{"kind": "add_tag", "tag": "入群"}, {"kind": "join_community", "community": 999}])  # fmt: skip
    rules.set_enabled(ok, True)
    rules.set_enabled(bad, True)
    a = customers.create({"name": "新人"})
    summary = runner.process_pending()
    assert tagged("新建") == {a} and tagged("入群") == set()  # the bad rule's tag rolled back
    assert not rules.get(bad).enabled and rules.get(bad).disabled_reason
    assert any(f"rule {bad}" in w for w in summary.warnings)


def test_dry_run_counts_and_samples_without_writing(fixed):
    rule = shipped("no_contact_30")
    for k in range(12):
        customers.create({"name": f"客户{k}"})
    clock.set_now(NOW + dt.timedelta(days=31))
    before = database.execute_sql("SELECT COUNT(*) FROM audit_entry").fetchone()[0]
    dry = runner.dry_run(rule.id)
    assert dry.customers == 12 and len(dry.sample) == 10
    assert database.execute_sql("SELECT COUNT(*) FROM audit_entry").fetchone()[0] == before
    high = shipped("high_value")
    assert runner.dry_run(high.id).customers == 0


@pytest.mark.parametrize("rule, code", [
    ({"name": "", "trigger": {"kind": "customer_created"}, "actions": [{"kind": "note", "text": "x"}]}, "required"),
    ({"name": "x", "trigger": {"kind": "nope"}, "actions": [{"kind": "note", "text": "x"}]}, "rule_trigger"),
    ({"name": "x", "trigger": {"kind": "no_contact"}, "actions": [{"kind": "note", "text": "x"}]}, "rule_missing"),
    ({"name": "x", "trigger": {"kind": "no_contact", "days": -3}, "actions": [{"kind": "note", "text": "x"}]}, "rule_range"),
    ({"name": "x", "trigger": {"kind": "customer_created"}, "actions": []}, "rule_no_action"),
    ({"name": "x", "trigger": {"kind": "customer_created"}, "actions": [{"kind": "fly"}]}, "rule_action"),
    ({"name": "x", "trigger": {"kind": "customer_created"}, "conditions": [{"field": "shoe", "op": "is", "value": "1"}],
      "actions": [{"kind": "note", "text": "x"}]}, "rule_field"),
    ({"name": "x", "trigger": {"kind": "customer_created"}, "conditions": [{"field": "total_spend", "op": "has", "value": 1}],
      "actions": [{"kind": "note", "text": "x"}]}, "rule_op"),
    ({"name": "x", "trigger": {"kind": "customer_created"}, "conditions": [{"field": "tag", "op": "has", "value": "无此标签"}],
      "actions": [{"kind": "note", "text": "x"}]}, "rule_gone"),
    ({"name": "x", "trigger": {"kind": "customer_created"}, "actions": [{"kind": "set_stage", "stage": "vip"}]}, "rule_choice"),
])  # fmt: skip
def test_bad_rules_are_refused_and_nothing_is_written(fixed, rule, code):
    count = len(rules.listing())
    with pytest.raises(ValidationError) as err:
        rules.add(rule["name"], rule["trigger"], rule.get("conditions", []), rule["actions"])
    assert err.value.code == code
    assert len(rules.listing()) == count


def test_unknown_rule_and_run(fixed):
    with pytest.raises(NotFoundError):
        rules.get(999)
    with pytest.raises(NotFoundError):
        runs.undo(999)


def test_a_bulk_load_gives_the_created_rules_one_batched_pass(fixed):
    rid = rules.add(
        "新建标记", {"kind": "customer_created"}, [], [{"kind": "add_tag", "tag": "导入"}]
    )
    rules.set_enabled(rid, True)
    now = clock.now().isoformat(sep=" ")
    with database.atomic():
        database.cursor().executemany(
            "INSERT INTO customer (name, created_at, updated_at) VALUES (?, ?, ?)",
            [(f"导入{k}", now, now) for k in range(3000)])  # fmt: skip
    summary = runner.process_pending()
    assert summary.customers == 3000 and len(tagged("导入")) == 3000
    assert len(runs.log()) == 1  # one run
    assert runner.pending() == 0


def test_points_crossing_the_line_fires_once(fixed):
    from models.membership import cards, points

    a = customers.create({"name": "会员甲"})
    cards.enroll(a)
    rid = rules.add("积分不足", {"kind": "points_below", "points": 100}, [],
                    [{"kind": "add_tag", "tag": "积分不足"}])  # fmt: skip
    rules.set_enabled(rid, True)
    points.earn(a, 150, reason="开卡")
    runner.process_pending()
    assert tagged("积分不足") == set()
    points.redeem(a, 60, reason="兑换")  # 150 -> 90: across the line
    runner.process_pending()
    assert tagged("积分不足") == {a}
    tagging.remove_tags([find_tag("积分不足").id], [a])
    points.redeem(a, 10, reason="兑换")  # 90 -> 80: below already, not a crossing
    runner.process_pending()
    assert tagged("积分不足") == set()


def test_a_chain_of_two_rules_runs_in_one_pass(fixed):
    one = rules.add("首购 -> 新客阶段", {"kind": "purchase", "which": "first"}, [],
                    [{"kind": "set_stage", "stage": "new"}])  # fmt: skip
    two = rules.add("新客阶段 -> 欢迎", {"kind": "stage_changed", "to": "new"}, [],
                    [{"kind": "note", "text": "欢迎成为新客"}])  # fmt: skip
    rules.set_enabled(one, True)
    rules.set_enabled(two, True)
    a = customers.create({"name": "链条", "stage": "lead"})
    _buy(a, 10)
    summary = runner.process_pending()
    assert summary.by_rule == {one: 1, two: 1} and not summary.warnings
    row = customers.get(a)
    assert row["stage"] == "new" and row["notes"] == "欢迎成为新客"
    runs.undo(summary.id)
    row = customers.get(a)
    assert row["stage"] == "lead" and row["notes"] == ""


def test_erasure_blanks_the_run_log_texts(fixed):
    from models.privacy import erasure

    rid = rules.add(
        "备注", {"kind": "customer_created"}, [], [{"kind": "note", "text": "秘密备注"}]
    )
    rules.set_enabled(rid, True)
    a = customers.create({"name": "要删除"})
    summary = runner.process_pending()
    assert runs.items(summary.id)[0]["after"] == "秘密备注"
    erasure.erase(a)
    assert runs.items(summary.id)[0]["after"] == ""
