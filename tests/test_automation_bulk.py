"""A time rule acting on thousands of customers at once: tags and follow-ups written
set-based (models/automation/bulk.py) with tag_count, next_followup_at, the outbox rows
(loop guard) and one audit entry each right; the run's undo restores exactly; the dry
run of a spend condition reads step 31's index."""

from __future__ import annotations

import datetime as dt

import pytest

from models import clock
from models.automation import rules, runner, runs
from models.errors import ValidationError
from models.storage import audit
from models.storage.db import database, writable
from models.tags import tagging
from models.tags.tags import create_tag, find_tag

NOW = dt.datetime(2026, 12, 7, 10, 0)
N = 3000


@pytest.fixture
def crowd(db):
    clock.set_now(NOW)
    old = (NOW - dt.timedelta(days=200)).isoformat(sep=" ")
    recent = (NOW - dt.timedelta(days=5)).isoformat(sep=" ")
    rows = [(f"客户{k}", old, old, old if k % 3 else recent, k * 1000, 1, "张三" if k % 2 else "")
            for k in range(N)]  # fmt: skip
    writable()
    with database.atomic():
        database.cursor().executemany(
            "INSERT INTO customer (name, created_at, updated_at, last_purchase_at,"
            " total_spend_cents, purchase_count, owner) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)  # fmt: skip
    runner.process_pending()  # the load's own events
    return db


def state() -> list[tuple]:
    tags = database.execute_sql(
        "SELECT customer_id, tag_id FROM customer_tag ORDER BY 1, 2").fetchall()  # fmt: skip
    counts = database.execute_sql(
        "SELECT id, tag_count, next_followup_at FROM customer ORDER BY id").fetchall()  # fmt: skip
    follow = database.execute_sql("SELECT COUNT(*) FROM followup").fetchone()
    return [tags, counts, follow]


def test_a_sweep_over_thousands_is_exact_and_undone_exactly(crowd):
    create_tag("老客")
    pre = [i for (i,) in database.execute_sql("SELECT id FROM customer WHERE id % 7 = 0")]
    tagging.add_tags([find_tag("老客").id], pre)  # some have it already: left alone
    runner.process_pending()
    before = state()
    rid = rules.add("90 天未购买", {"kind": "no_purchase", "days": 90},
                    [{"field": "total_spend", "op": "gt", "value": 100000}],
                    [{"kind": "add_tag", "tag": "老客"},
                     {"kind": "followup", "subject": "回访", "due_days": 2}])  # fmt: skip
    rules.set_enabled(rid, True)
    entries = audit.count()
    due = runner.dry_run(rid).customers
    expected = {c for (c,) in database.execute_sql(
        "SELECT id FROM customer WHERE last_purchase_at < '2026-09-08' AND total_spend_cents > 100000")}  # fmt: skip
    assert due == len(expected) > 1500
    summary = runner.sweep()
    assert summary.customers == len(expected)
    gained = expected - set(pre)
    assert summary.actions == len(gained) + len(expected)
    tag = find_tag("老客").id
    holders = {c for (c,) in database.execute_sql(
        "SELECT customer_id FROM customer_tag WHERE tag_id = ?", [tag])}  # fmt: skip
    assert holders == expected | set(pre)
    wrong = database.execute_sql(
        "SELECT COUNT(*) FROM customer c WHERE tag_count <>"
        " (SELECT COUNT(*) FROM customer_tag t WHERE t.customer_id = c.id)").fetchone()[0]  # fmt: skip
    assert wrong == 0
    # no rule listens to tag_added: the quiet triggers (schema step 35) wrote no outbox
    # rows (tests/test_automation_sweep.py: with a listener, one per tag at depth 1)
    events = database.execute_sql(
        "SELECT COUNT(*) FROM rule_event WHERE kind = 'tag_added' AND detail = ?",
        [str(tag)]).fetchone()  # fmt: skip
    assert events == (0,)
    rows = database.execute_sql(
        "SELECT f.customer_id, f.owner, f.due_at, f.status, f.source, c.next_followup_at,"
        " c.owner FROM followup f JOIN customer c ON c.id = f.customer_id").fetchall()  # fmt: skip
    assert {r[0] for r in rows} == expected and len(rows) == len(expected)
    assert all(r[1] == r[6] and r[3] == "open" and r[4] == "automation" for r in rows)
    assert {str(r[2])[:10] for r in rows} == {"2026-12-09"} == {str(r[5])[:10] for r in rows}
    assert audit.count() == entries + 3  # tags, follow-ups, the run
    assert runner.sweep() is None  # once per customer and key
    runs.undo(summary.id)
    assert state() == before


def test_undo_refused_when_one_tag_of_thousands_was_removed(crowd):
    rid = rules.add("90 天未购买", {"kind": "no_purchase", "days": 90}, [],
                    [{"kind": "add_tag", "tag": "流失预警"}])  # fmt: skip
    rules.set_enabled(rid, True)
    summary = runner.sweep()
    assert summary.customers > 1500
    one = summary.customers and database.execute_sql(
        "SELECT MAX(customer_id) FROM customer_tag").fetchone()[0]  # fmt: skip
    tagging.remove_tags([find_tag("流失预警").id], [one])
    kept = state()
    with pytest.raises(ValidationError) as err:
        runs.undo(summary.id)
    assert err.value.code == "undo_conflict"
    assert state() == kept


def test_dry_run_of_a_spend_condition_reads_the_index(crowd):
    rid = rules.add("90 天未购买", {"kind": "no_purchase", "days": 90},
                    [{"field": "total_spend", "op": "gt", "value": 100000}],
                    [{"kind": "add_tag", "tag": "流失预警"}])  # fmt: skip
    sql, params = runner._time_query(rules.get(rid), clock.today(), "COUNT(*)", False)
    plan = " ".join(r[3] for r in database.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params))
    assert "customer_sweep_purchase" in plan
    by_key = {r.shipped: r for r in rules.listing()}
    sql, params = runner._time_query(by_key["no_contact_30"], clock.today(), "COUNT(*)", False)
    plan = " ".join(r[3] for r in database.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params))
    assert "customer_sweep_contact" in plan or "customer_touch_clock" in plan
    # the sweep's own query (the rule_fired key too) reads the index alone (schema step 35)
    for rule in (rules.get(rid), by_key["no_contact_30"]):
        sql, params = runner._time_query(rule, clock.today(), "c.id, {key}")
        plan = " ".join(r[3] for r in database.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params))
        assert "COVERING INDEX customer_sweep_" in plan, plan


def test_invite_to_an_event_signs_up_then_waits_and_is_undone(crowd):
    from models.communities import events, signups

    eid = events.create({"title": "品鉴会", "starts_at": "2026-12-20 14:00", "status": "open",
                         "capacity": 3})  # fmt: skip
    # spend under 80 yuan and no purchase for 90 days: the 2nd, 3rd, 5th, 6th and 8th
    ids = [i for (i,) in database.execute_sql("SELECT id FROM customer ORDER BY id LIMIT 8")]
    signups.signup(eid, [ids[2]])
    signups.cancel(eid, ids[2])  # a cancelled sign-up comes back, and goes back
    signups.signup(eid, [ids[1]])  # already in: left alone
    runner.process_pending()
    before = database.execute_sql(
        "SELECT customer_id, status FROM event_signup ORDER BY 1").fetchall()  # fmt: skip
    rid = rules.add("邀请品鉴", {"kind": "no_purchase", "days": 90},
                    [{"field": "total_spend", "op": "lt", "value": 8000}],
                    [{"kind": "invite_event", "event": eid}])  # fmt: skip
    rules.set_enabled(rid, True)
    summary = runner.sweep()
    rows = dict(database.execute_sql("SELECT customer_id, status FROM event_signup").fetchall())
    assert summary.customers == 4
    assert rows == {ids[1]: "signed", ids[2]: "signed", ids[4]: "signed", ids[5]: "waiting",
                    ids[7]: "waiting"}  # fmt: skip
    items = runs.items(summary.id)
    assert {i["action"] for i in items} == {"invite_event"}
    assert [i["before"] for i in items if i["customer"] == ids[2]] == ["cancelled"]
    runs.undo(summary.id)
    after = database.execute_sql(
        "SELECT customer_id, status FROM event_signup ORDER BY 1"
    ).fetchall()
    assert after == before


def test_invite_refuses_a_missing_event_and_undo_refuses_a_checked_in_one(crowd):
    from models.communities import events, signups

    with pytest.raises(ValidationError):
        rules.add("x", {"kind": "birthday", "days": 3}, [], [{"kind": "invite_event"}])
    with pytest.raises(ValidationError):
        rules.add("x", {"kind": "birthday", "days": 3}, [],
                  [{"kind": "invite_event", "event": "品鉴会"}])  # fmt: skip
    eid = events.create({"title": "品鉴会", "starts_at": "2026-12-07 09:00", "status": "open"})
    rid = rules.add("邀请品鉴", {"kind": "no_purchase", "days": 90}, [],
                    [{"kind": "invite_event", "event": eid}])  # fmt: skip
    rules.set_enabled(rid, True)
    summary = runner.sweep()
    one = runs.items(summary.id, limit=1)[0]["customer"]
    signups.checkin(eid, one)
    kept = database.execute_sql(
        "SELECT customer_id, status FROM event_signup ORDER BY 1"
    ).fetchall()
    with pytest.raises(ValidationError) as err:
        runs.undo(summary.id)
    assert err.value.code == "undo_conflict"
    assert database.execute_sql(
        "SELECT customer_id, status FROM event_signup ORDER BY 1").fetchall() == kept  # fmt: skip
    bad = rules.add("无此活动", {"kind": "no_purchase", "days": 90}, [],
                    [{"kind": "invite_event", "event": 999}])  # fmt: skip
    rules.set_enabled(bad, True)
    done = runner.sweep()
    assert any("switched off" in w for w in done.warnings)
    assert not rules.get(bad).enabled
