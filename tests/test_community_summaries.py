"""The community activity summaries (schema step 21): built from the rows of an older
database by the upgrade, kept by every write (record, adjust as event check-ins use it,
undo and redo, erasure, a customer purged with their rows by cascade) in the same
transaction, and checked by `differences()` / `guanjia communities check`."""

from __future__ import annotations

import datetime as dt
import json
import random

import pytest

from models import clock
from models.communities import activity, members, summaries
from models.communities.tables import ACTIVITY_KINDS, Community
from models.customers import customers
from models.privacy import erasure
from models.schema import migrations
from models.storage.db import close_database, connect_database, database
from tests.test_cli import guanjia

NOW = dt.datetime(2026, 11, 20, 18, 0)
TODAY = NOW.date()
CLEAN = {
    t: {"missing": 0, "extra": 0}
    for t in (
        "community_activity_month",
        "community_activity_last",
        "community_customer_span",
        "community_customer_year",
        "community_customer_state",
        "community_open_day",
        "community_month_count",
    )
}  # fmt: skip (step 26's and step 34's too)


def _recount() -> tuple[dict, dict]:
    """The summaries by Python counting of the activity rows."""
    months: dict = {}
    last: dict = {}
    for g, c, day, kind, n in database.execute_sql(
        "SELECT community_id, customer_id, day, kind, count FROM community_activity"
    ):
        d = dt.date.fromisoformat(str(day))
        key = (g, c, d.year * 12 + d.month - 1)
        spoke, other, messages = months.get(key, (0, 0, 0))
        if kind == "message":
            months[key] = (1, other, messages + n)
        else:
            months[key] = (spoke, 1, messages)
        last[(g, c)] = max(last.get((g, c), ""), str(day))
    return months, last


def _kept() -> tuple[dict, dict]:
    months = {(g, c, m): (s, o, n) for g, c, m, s, o, n in database.execute_sql(
        "SELECT community_id, customer_id, month, spoke, other, messages"
        " FROM community_activity_month")}  # fmt: skip
    last = {(g, c): str(d) for g, c, d in database.execute_sql(
        "SELECT community_id, customer_id, last_day FROM community_activity_last")}  # fmt: skip
    return months, last


def _agree() -> None:
    assert summaries.differences() == CLEAN
    assert _kept() == _recount()


def test_the_upgrade_builds_the_summaries_from_the_rows_there(db_path):
    db = connect_database(db_path)
    migrations.upgrade(db, target=20)  # before the summaries
    clock.set_now(NOW)
    group = Community.create(name="老群", created_at=NOW, updated_at=NOW).id
    other = Community.create(name="新群", created_at=NOW, updated_at=NOW).id
    # rows as that step's program wrote them: today's model has later columns
    a, b = (db.execute_sql(
        "INSERT INTO customer (name, created_at, updated_at) VALUES (?, ?, ?)",
        (n, NOW, NOW)).lastrowid for n in ("甲", "乙"))  # fmt: skip
    rows = [(group, a, "2026-10-01", "message", 3), (group, a, "2026-10-31", "post", 1),
            (group, a, "2026-11-02", "message", 4), (group, a, "2026-11-03", "message", 5),
            (other, a, "2025-12-31", "attend", 1), (group, b, "2026-10-15", "answer", 1)]  # fmt: skip
    db.cursor().executemany(
        "INSERT INTO community_activity (community_id, customer_id, day, kind, count,"
        " created_at) VALUES (?, ?, ?, ?, ?, '2026-11-20 18:00:00')", rows)  # fmt: skip
    assert "community_activity_month" not in db.get_tables()
    assert migrations.upgrade(db) >= 22
    months, last = _kept()
    oct_, nov, dec25 = 2026 * 12 + 9, 2026 * 12 + 10, 2025 * 12 + 11
    assert months == {(group, a, oct_): (1, 1, 3), (group, a, nov): (1, 0, 9),
                      (other, a, dec25): (0, 1, 0), (group, b, oct_): (0, 1, 0)}  # fmt: skip
    assert last == {(group, a): "2026-11-03", (other, a): "2025-12-31", (group, b): "2026-10-15"}
    _agree()
    close_database()


def test_random_writes_and_undos_keep_the_summaries(db):
    rng = random.Random(25)
    clock.set_now(NOW)
    groups = [Community.create(name=f"群{i}", created_at=NOW, updated_at=NOW).id for i in range(3)]
    people = [customers.create({"name": f"客户{i}"}) for i in range(12)]
    for group in groups:
        members.join(group, people, joined_on=TODAY - dt.timedelta(days=200))
    undo: list = []
    days = [TODAY - dt.timedelta(days=rng.randrange(150)) for _ in range(8)]
    done: dict[str, int] = {}
    for _ in range(120):
        live = list(people)  # not purged, not erased (an erasure ends the memberships)
        choice = rng.random()
        if choice < 0.45 and live:
            group, day = rng.choice(groups), rng.choice(days)
            kind = rng.choice(ACTIVITY_KINDS)
            who = rng.sample(live, rng.randint(1, min(3, len(live))))
            entries = [(c, rng.randint(1, 5)) for c in who]
            with activity.recording(group, who, kind, day) as changes:
                activity.record(group, entries, kind, day)
            undo.append(changes)
            done["record"] = done.get("record", 0) + 1
        elif choice < 0.65 and undo:
            changes = undo.pop(rng.randrange(len(undo)))
            try:
                activity.write(changes, False)  # undo
                done["undo"] = done.get("undo", 0) + 1
                if rng.random() < 0.3:
                    activity.write(changes, True)  # and redo
            except Exception as error:  # a row changed since: refused, nothing written
                assert getattr(error, "code", "") == "undo_conflict"
        elif choice < 0.85 and live:
            group, day, c = rng.choice(groups), rng.choice(days), rng.choice(live)
            held = activity.counts_of(group, ("attend",)).get((c, day, "attend"), 0)
            delta = rng.choice((1, 2)) if not held or rng.random() < 0.5 else -held
            activity.adjust(group, [(c, day, "attend", delta)])  # what a check-in writes
            done["adjust"] = done.get("adjust", 0) + 1
        elif choice < 0.93 and live:
            victim = rng.choice(live)
            customers.move_to_bin([victim])
            customers.purge([victim])  # the activity goes by cascade
            people.remove(victim)
            done["purge"] = done.get("purge", 0) + 1
        elif live:
            victim = rng.choice(live)
            erasure.erase(victim)
            people.remove(victim)
            done["erase"] = done.get("erase", 0) + 1
        _agree()
    assert set(done) == {"record", "undo", "adjust", "purge", "erase"}, done


def test_a_community_deleted_takes_its_summaries(db):
    clock.set_now(NOW)
    group = Community.create(name="群", created_at=NOW, updated_at=NOW).id
    a = customers.create({"name": "甲"})
    members.join(group, [a], joined_on=TODAY - dt.timedelta(days=10))
    activity.record(group, [(a, 2)], "message", TODAY)
    assert _kept()[1] == {(group, a): str(TODAY)}
    Community.delete().where(Community.id == group).execute()
    assert _kept() == ({}, {})
    _agree()


def test_check_reports_and_repairs_differences(db, db_path):
    def check(*extra):
        result = guanjia("communities", "check", *extra, db=db_path)
        assert not result.stderr
        return result.returncode, json.loads(result.stdout) if "--json" in extra else result.stdout

    clock.set_now(NOW)
    group = Community.create(name="群", created_at=NOW, updated_at=NOW).id
    a, b = (customers.create({"name": n}) for n in ("甲", "乙"))
    members.join(group, [a, b], joined_on=TODAY - dt.timedelta(days=10))
    activity.record(group, [(a, 2), (b, 1)], "message", TODAY)
    assert check("--json") == (0, {"ok": True, "repaired": False, "tables": CLEAN})
    # damage: one summary row changed, one gone (as a write outside the program would)
    database.execute_sql("UPDATE community_activity_month SET messages = 99 WHERE customer_id = ?",
                         [a])  # fmt: skip
    database.execute_sql("DELETE FROM community_activity_last WHERE customer_id = ?", [b])
    code, report = check("--json")
    assert code == 1 and report["ok"] is False
    assert report["tables"]["community_activity_month"] == {"missing": 1, "extra": 1}
    assert report["tables"]["community_activity_last"] == {"missing": 1, "extra": 0}
    code, text = check()
    assert code == 1 and "guanjia communities check --repair" in text
    assert check("--repair", "--json") == (0, {"ok": True, "repaired": True, "tables": CLEAN})
    audited = "SELECT action, target FROM audit_entry WHERE detail = 'activity summaries recounted'"
    assert database.execute_sql(audited).fetchall() == [("activity", "community")]
    _agree()
    code, text = check()
    assert code == 0 and "the summaries agree with the activity" in text


@pytest.mark.parametrize("seed", [4, 5])
def test_long_periods_from_the_summary_equal_the_rows(db, seed):
    """The month summary with the cut months from the rows gives what the rows alone give."""
    from models.insights import community_trend as ct
    from models.insights.community_metrics import buckets

    rng = random.Random(seed)
    clock.set_now(NOW)
    groups = [Community.create(name=f"群{i}", created_at=NOW, updated_at=NOW).id for i in range(3)]
    people = [customers.create({"name": f"客户{i}"}) for i in range(20)]
    rows = {}
    for _ in range(600):
        key = (rng.choice(groups), rng.choice(people),
               str(TODAY - dt.timedelta(days=rng.randrange(500))), rng.choice(ACTIVITY_KINDS))  # fmt: skip
        rows[key] = rng.randint(1, 9)
    database.cursor().executemany(
        "INSERT INTO community_activity (community_id, customer_id, day, kind, count,"
        " created_at) VALUES (?, ?, ?, ?, ?, '2026-11-20 18:00:00')",
        [(*k, n) for k, n in rows.items()])  # fmt: skip
    for start, end in ((dt.date(2025, 11, 21), TODAY), (dt.date(2026, 1, 1), dt.date(2026, 6, 30)),
                       (dt.date(2025, 8, 31), dt.date(2026, 2, 1)),
                       (dt.date(2026, 3, 2), dt.date(2026, 5, 30))):  # fmt: skip
        for ids in ([], [groups[0]], groups[1:]):
            spans = buckets(start, end, "month")
            assert ct._summarised(start, end, "month", len(spans))
            got = sorted(ct._from_summary(ids, start, end, len(spans)))
            want = sorted(ct._from_activity(ids, start, end, spans, "month"))
            assert got == want, (start, end, ids)
            assert sorted(r[:4] for r in ct._from_summary(ids, start, end, 0)) == [
                r[:4] for r in want]  # fmt: skip


def test_the_demo_loads_activity_in_bulk_and_builds_the_summaries(db):
    from models.demo import demo
    from models.demo.demo_communities import generate_communities

    demo.generate(2000, seed=3)
    triggers = "SELECT COUNT(*) FROM sqlite_master WHERE tbl_name = 'community_activity' AND type = 'trigger'"
    before = database.execute_sql(triggers).fetchone()[0]
    made = generate_communities(seed=3)
    assert made["activity"] > 0
    assert before >= 3  # step 21's three, and later steps' (lead scores, rules)
    assert database.execute_sql(triggers).fetchone()[0] == before  # put back after the load
    months, last = _kept()
    assert months and last
    _agree()
