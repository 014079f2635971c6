"""The set-based sweep (models/automation/bulk.py, runner._fire) against the row-by-row
reference (tests/automation_reference.py) over a few thousand customers: the same tags,
tag counts, follow-ups, next follow-ups, fired keys, run log, audit entries and outbox
rows a listening rule reads, and the same effects of that second, chained rule; the
undo of both runs restores a dump of every touched table exactly; and the quiet tag
triggers (schema step 35) write nothing that nobody listens to, loudly otherwise."""

from __future__ import annotations

import datetime as dt

import pytest

from models import clock
from models.automation import rules, runner, runs
from models.schema.opening import open_database
from models.storage.db import close_database, database, writable
from models.tags import tagging
from models.tags.tags import create_tag, find_tag
from tests import automation_reference

NOW = dt.datetime(2026, 12, 7, 10, 0)
N = 2500


def _crowd() -> None:
    clock.set_now(NOW)
    day = dt.timedelta(days=1)
    rows = []
    for k in range(N):
        made = (NOW - day * (40 + k % 300)).isoformat(sep=" ")
        contact = (NOW - day * (k % 60)).isoformat(sep=" ") if k % 4 else None
        bought = (NOW - day * (k % 200)).isoformat(sep=" ") if k % 5 else None
        birthday = f"1980-12-{7 + k % 5:02d}" if k % 9 == 0 else ""
        rows.append((f"客户{k}", made, made, contact, bought, k * 97, 1 if bought else 0,
                     "张三" if k % 2 else "", birthday))  # fmt: skip
    writable()
    with database.atomic():
        database.cursor().executemany(
            "INSERT INTO customer (name, created_at, updated_at, last_contact_at,"
            " last_purchase_at, total_spend_cents, purchase_count, owner, birthday)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)  # fmt: skip
    runner.process_pending()
    for name in ("休眠", "活跃", "新客"):
        create_tag(name)
    tagging.add_tags([find_tag("休眠").id], list(range(1, N, 11)))  # some have it already
    tagging.add_tags([find_tag("活跃").id], list(range(1, N, 3)))
    runner.process_pending()
    by_key = {r.shipped: r for r in rules.listing()}
    rules.set_enabled(by_key["no_contact_30"].id, True)  # lacks 休眠 -> 休眠
    rules.set_enabled(by_key["birthday_3"].id, True)  # a greeting follow-up
    lapsed = rules.add("90 天未购买", {"kind": "no_purchase", "days": 90},
                       [{"field": "total_spend", "op": "gt", "value": 50000}],
                       [{"kind": "add_tag", "tag": "流失预警"}, {"kind": "remove_tag", "tag": "活跃"},
                        {"kind": "followup", "subject": "回访", "due_days": 2}])  # fmt: skip
    chained = rules.add("休眠即唤醒", {"kind": "tag_added", "tag": "休眠"}, [],
                        [{"kind": "add_tag", "tag": "待唤醒"}, {"kind": "remove_tag", "tag": "新客"},
                         {"kind": "followup", "subject": "唤醒", "due_days": 1, "channel": "wechat"}])  # fmt: skip
    rules.set_enabled(lapsed, True)
    rules.set_enabled(chained, True)


TABLES = {
    "customer_tag": "SELECT customer_id, tag_id FROM customer_tag ORDER BY 1, 2",
    "customer": "SELECT id, tag_count, next_followup_at, owner, stage, notes FROM customer"
    " ORDER BY id",
    "followup": "SELECT * FROM followup ORDER BY id",
    "rule_fired": "SELECT rule_id, customer_id, key, run_id FROM rule_fired ORDER BY 1, 2, 3",
    "rule_run_item": "SELECT * FROM rule_run_item ORDER BY id",
    "rule_run": "SELECT id, cause, customers, actions, warnings, undone_at FROM rule_run"
    " ORDER BY id",
    "audit": "SELECT action, target, target_id, detail, count FROM audit_entry ORDER BY id",
    "rules": "SELECT id, enabled, disabled_reason FROM rule ORDER BY id",
}


def dump(*names: str) -> dict:
    return {n: database.execute_sql(TABLES[n]).fetchall() for n in names or TABLES}


def _listened_events() -> list[tuple]:
    return database.execute_sql(
        "SELECT id, kind, customer_id, detail, depth FROM rule_event WHERE kind = 'tag_added'"
        " ORDER BY id").fetchall()  # fmt: skip


def _run(path, monkeypatch, reference: bool) -> dict:
    open_database(path)
    try:
        _crowd()
        with monkeypatch.context() as m:
            if reference:
                m.setattr(runner, "_fire", automation_reference.fire)
            swept = runner.sweep()
            events = _listened_events()
            chain = runner.process_pending()
        out = dump()
        out["events"] = events
        out["summaries"] = [s.to_json() for s in (swept, chain)]
        return out
    finally:
        close_database()


@pytest.fixture
def paths(tmp_path, monkeypatch):
    monkeypatch.setenv("GUANJIA_HOME", str(tmp_path))
    return tmp_path / "bulk.db", tmp_path / "reference.db"


def test_the_set_based_sweep_leaves_the_rows_the_row_by_row_one_does(paths, monkeypatch):
    bulk = _run(paths[0], monkeypatch, reference=False)
    reference = _run(paths[1], monkeypatch, reference=True)
    for name in reference:
        assert bulk[name] == reference[name], name
    swept, chain = bulk["summaries"]
    assert swept["customers"] > 1000 and chain["customers"] > 500  # it did fire, and chain
    # one tag_added per tag the sweep wrote, at the loop guard's depth 1, as the triggers did
    assert len(bulk["events"]) > 1000 and {e[4] for e in bulk["events"]} == {1}


def test_nobody_listening_no_outbox_rows_and_undo_is_exact(tmp_path, monkeypatch):
    monkeypatch.setenv("GUANJIA_HOME", str(tmp_path))
    open_database(tmp_path / "undo.db")
    try:
        _crowd()
        chained = [r.id for r in rules.listing() if r.name == "休眠即唤醒"][0]
        rules.set_enabled(chained, False)
        runner.process_pending()
        before = dump("customer_tag", "customer", "followup")
        top = database.execute_sql("SELECT COALESCE(MAX(id), 0) FROM rule_event").fetchone()[0]
        swept = runner.sweep()
        assert swept.customers > 1000
        # nobody listens to tag_added / tag_removed now: the quiet triggers wrote nothing
        assert database.execute_sql("SELECT COUNT(*) FROM rule_event WHERE id > ?",
                                    [top]).fetchone()[0] == 0  # fmt: skip
        assert database.execute_sql("SELECT quiet, depth FROM rule_context").fetchone() == (0, 0)
        # a tag by hand still writes its event (the triggers are only quiet during a rule)
        tagging.add_tags([find_tag("新客").id], [1])
        assert database.execute_sql("SELECT kind, customer_id FROM rule_event WHERE id > ?",
                                    [top]).fetchall() == [("tag_added", 1)]  # fmt: skip
        tagging.remove_tags([find_tag("新客").id], [1])
        runner.process_pending()
        runs.undo(swept.id)
        assert dump("customer_tag", "customer", "followup") == before
    finally:
        close_database()


def test_chained_undo_of_both_runs_restores_exactly(tmp_path, monkeypatch):
    monkeypatch.setenv("GUANJIA_HOME", str(tmp_path))
    open_database(tmp_path / "chain.db")
    try:
        _crowd()
        before = dump("customer_tag", "customer", "followup")
        by_key = {r.shipped: r for r in rules.listing()}
        assert runner._broad(by_key["no_contact_30"], clock.today())  # swept in id order
        assert not runner._broad(by_key["birthday_3"], clock.today())
        swept = runner.sweep()
        chain = runner.process_pending()
        assert chain.customers > 500
        runs.undo(chain.id)
        runs.undo(swept.id)
        assert dump("customer_tag", "customer", "followup") == before
        # nothing the undo wrote is acted on
        assert runner.process_pending() is None
    finally:
        close_database()
