"""The per-customer community summaries (schema step 26): community_customer_span (a
customer's membership periods of all groups merged) and community_customer_year (their
months with activity, per year). Built by the upgrade from an older database's rows,
kept by every write (join, leave, rejoin, undo and redo, activity and its undo, purge,
erasure, a community deleted) in the same transaction, checked and repaired by
`guanjia communities check`; and the metrics of all communities read from them equal
the figures counted from the membership periods (community_trend.from_periods)."""

from __future__ import annotations

import datetime as dt
import json
import random

import pytest

from models import clock
from models.communities import activity, community_changes, members, summaries
from models.communities.tables import ACTIVITY_KINDS, Community
from models.customers import customers
from models.insights import community_metrics as cm
from models.insights import community_trend
from models.privacy import erasure
from models.schema import migrations
from models.storage.db import close_database, connect_database, database
from tests.test_cli import guanjia
from tests.test_community_metrics_random import _build, _member_on

NOW = dt.datetime(2026, 11, 20, 18, 0)
TODAY = NOW.date()
TABLES = ("community_activity_month", "community_activity_last", "community_customer_span",
          "community_customer_year", "community_customer_state", "community_open_day",
          "community_month_count")  # fmt: skip
CLEAN = {t: {"missing": 0, "extra": 0} for t in TABLES}


def _spans_by_python() -> set:
    """The merged spans, by Python, from the periods."""
    periods: dict[int, list] = {}
    for c, j, lft in database.execute_sql(
        "SELECT customer_id, joined_on, left_on FROM community_member"
    ):
        periods.setdefault(c, []).append((str(j), str(lft) if lft else "9999-12-31"))
    out = set()
    for c, rows in periods.items():
        rows.sort()
        j, lft = rows[0]
        for nj, nl in rows[1:]:
            if nj > lft:
                out.add((c, j, lft))
                j, lft = nj, nl
            else:
                lft = max(lft, nl)
        out.add((c, j, lft))
    return {(c, j, None if lft == "9999-12-31" else lft) for c, j, lft in out}


def _years_by_python() -> dict:
    out: dict = {}
    for c, day, kind, n in database.execute_sql(
        "SELECT customer_id, day, kind, count FROM community_activity"
    ):
        d = dt.date.fromisoformat(str(day))
        spoke, other, months = out.setdefault((c, d.year), [0, 0, [0] * 12])
        bit = 1 << (d.month - 1)
        if kind == "message":
            out[(c, d.year)][0] = spoke | bit
            months[d.month - 1] += n
        else:
            out[(c, d.year)][1] = other | bit
    return {k: (s, o, *m) for k, (s, o, m) in out.items()}


def _agree() -> None:
    assert summaries.differences() == CLEAN
    kept = {(c, str(j), str(lft) if lft else None) for c, j, lft in database.execute_sql(
        "SELECT customer_id, joined_on, left_on FROM community_customer_span")}  # fmt: skip
    assert kept == _spans_by_python()
    years = {(c, y): tuple(rest) for c, y, *rest in database.execute_sql(
        "SELECT * FROM community_customer_year")}  # fmt: skip
    assert years == _years_by_python()


def test_the_upgrade_builds_them_from_the_rows_there(db_path):
    db = connect_database(db_path)
    migrations.upgrade(db, target=22)
    clock.set_now(NOW)
    g1 = Community.create(name="一群", created_at=NOW, updated_at=NOW).id
    g2 = Community.create(name="二群", created_at=NOW, updated_at=NOW).id
    # rows as that step's program wrote them: today's model has later columns
    a, b = (db.execute_sql(
        "INSERT INTO customer (name, created_at, updated_at) VALUES (?, ?, ?)",
        (n, NOW, NOW)).lastrowid for n in ("甲", "乙"))  # fmt: skip
    periods = [(g1, a, "2026-01-05", "2026-03-01"), (g2, a, "2026-02-10", "2026-04-01"),
               (g1, a, "2026-06-01", None), (g1, b, "2026-05-05", "2026-05-05"),
               (g2, b, "2026-07-01", "2026-08-01"), (g1, b, "2026-08-01", None)]  # fmt: skip
    db.cursor().executemany(
        "INSERT INTO community_member (community_id, customer_id, joined_on, left_on,"
        " created_at) VALUES (?, ?, ?, ?, '2026-11-20 18:00:00')", periods)  # fmt: skip
    rows = [(g1, a, "2026-01-10", "message", 3), (g2, a, "2026-01-11", "message", 2),
            (g2, a, "2026-03-31", "post", 1), (g1, b, "2025-12-31", "attend", 1)]  # fmt: skip
    db.cursor().executemany(
        "INSERT INTO community_activity (community_id, customer_id, day, kind, count,"
        " created_at) VALUES (?, ?, ?, ?, ?, '2026-11-20 18:00:00')", rows)  # fmt: skip
    assert migrations.upgrade(db) == migrations.LATEST >= 26
    spans = set(database.execute_sql(
        "SELECT customer_id, joined_on, left_on, joined_month, left_month"
        " FROM community_customer_span").fetchall())  # fmt: skip
    m = 2026 * 12
    assert spans == {(a, "2026-01-05", "2026-04-01", m, m + 3), (a, "2026-06-01", None, m + 5, None),
                     (b, "2026-05-05", "2026-05-05", m + 4, m + 4),
                     (b, "2026-07-01", None, m + 6, None)}  # fmt: skip
    years = {(c, y): (s, o, m0, m2) for c, y, s, o, m0, _m1, m2, *_ in database.execute_sql(
        "SELECT * FROM community_customer_year")}  # fmt: skip
    assert years == {(a, 2026): (0b1, 0b100, 5, 0), (b, 2025): (0, 1 << 11, 0, 0)}
    _agree()
    close_database()


def test_random_writes_and_undos_keep_them(db):
    rng = random.Random(23)
    clock.set_now(NOW)
    groups = [Community.create(name=f"群{i}", created_at=NOW, updated_at=NOW).id for i in range(3)]
    people = [customers.create({"name": f"客户{i}"}) for i in range(12)]
    undo: list = []
    days = [TODAY - dt.timedelta(days=rng.randrange(400)) for _ in range(10)]
    done: dict[str, int] = {}
    for _ in range(150):
        live = list(people)
        choice = rng.random()
        group = rng.choice(groups)
        who = rng.sample(live, rng.randint(1, min(3, len(live)))) if live else []
        try:
            if choice < 0.25 and who:
                with community_changes.recording([group]) as changes:
                    members.join(group, who, joined_on=rng.choice(days))
                undo.append(("member", changes))
                done["join"] = done.get("join", 0) + 1
            elif choice < 0.4 and who:
                with community_changes.recording([group]) as changes:
                    members.leave(group, who, left_on=TODAY - dt.timedelta(days=rng.randrange(60)))
                undo.append(("member", changes))
                done["leave"] = done.get("leave", 0) + 1
            elif choice < 0.6 and who:
                kind, day = rng.choice(ACTIVITY_KINDS), rng.choice(days)
                with activity.recording(group, who, kind, day) as changes:
                    activity.record(group, [(c, rng.randint(1, 5)) for c in who], kind, day)
                undo.append(("activity", changes))
                done["activity"] = done.get("activity", 0) + 1
            elif choice < 0.8 and undo:
                what, changes = undo.pop(rng.randrange(len(undo)))
                write = community_changes.write if what == "member" else activity.write
                write(changes, False)
                done["undo"] = done.get("undo", 0) + 1
                if rng.random() < 0.3:
                    write(changes, True)
                    done["redo"] = done.get("redo", 0) + 1
            elif choice < 0.88 and live:
                victim = rng.choice(live)
                customers.move_to_bin([victim])
                customers.purge([victim])
                people.remove(victim)
                done["purge"] = done.get("purge", 0) + 1
            elif choice < 0.95 and live:
                victim = rng.choice(live)
                erasure.erase(victim)
                people.remove(victim)
                done["erase"] = done.get("erase", 0) + 1
        except Exception as error:  # refused (not a member, undo conflict...): nothing written
            assert getattr(error, "code", ""), error
        _agree()
    assert {"join", "leave", "activity", "undo", "purge", "erase"} <= set(done), done
    Community.delete().where(Community.id == groups[0]).execute()  # cascades
    _agree()


def test_check_reports_and_repairs_them(db, db_path):
    def check(*extra):
        result = guanjia("communities", "check", *extra, db=db_path)
        assert not result.stderr
        return result.returncode, json.loads(result.stdout)

    clock.set_now(NOW)
    group = Community.create(name="群", created_at=NOW, updated_at=NOW).id
    a, b = (customers.create({"name": n}) for n in ("甲", "乙"))
    members.join(group, [a, b], joined_on=TODAY - dt.timedelta(days=10))
    activity.record(group, [(a, 2), (b, 1)], "message", TODAY)
    assert check("--json") == (0, {"ok": True, "repaired": False, "tables": CLEAN})
    database.execute_sql("UPDATE community_customer_span SET left_on = '2026-11-19',"
                         " left_month = 24322 WHERE customer_id = ?", [a])  # fmt: skip
    database.execute_sql("DELETE FROM community_customer_year WHERE customer_id = ?", [b])
    code, report = check("--json")
    assert code == 1 and report["ok"] is False
    assert report["tables"]["community_customer_span"] == {"missing": 1, "extra": 1}
    assert report["tables"]["community_customer_year"] == {"missing": 1, "extra": 0}
    assert check("--repair", "--json") == (0, {"ok": True, "repaired": True, "tables": CLEAN})
    _agree()


PERIODS = [(dt.date(2025, 11, 21), TODAY), (dt.date(2026, 1, 1), dt.date(2026, 6, 30)),
           (dt.date(2025, 8, 31), dt.date(2026, 2, 1)), (dt.date(2026, 3, 2), dt.date(2026, 5, 30)),
           (dt.date(2026, 1, 1), TODAY), (dt.date(2026, 2, 15), dt.date(2026, 11, 30)),
           (dt.date(2025, 12, 5), TODAY), (dt.date(2026, 4, 28), TODAY)]  # fmt: skip


def _same(fast, slow, start, end) -> None:
    """The pass of all communities from the summaries against the per-period one; the
    period's joined / left customers it adds against a count of the periods."""
    if fast.joined_customers is not None:
        for column, total in (
            ("joined_on", fast.joined_customers),
            ("left_on", fast.left_customers),
        ):
            sql = (f"SELECT COUNT(DISTINCT customer_id) FROM community_member WHERE {column}"
                   " BETWEEN ? AND ? AND customer_id NOT IN"
                   " (SELECT id FROM customer WHERE deleted_at IS NOT NULL)")  # fmt: skip
            assert total == database.execute_sql(sql, [str(start), str(end)]).fetchone()[0]
        fast.joined_customers = fast.left_customers = None
    assert fast == slow, (start, end)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_all_communities_from_the_summaries_equal_the_periods(db, seed):
    _build(seed)
    for start, end in PERIODS:
        spans = cm.buckets(start, end, "month")
        assert community_trend._summarised(start, end, "month", len(spans))
        fast = community_trend.run([], start, end, spans, "month")
        slow = community_trend.from_periods([], start, end, spans, "month")
        _same(fast, slow, start, end)
        assert fast.active and any(fast.members) and any(fast.active_per_bucket)
        # without a trend (the dashboard card), by weeks (short periods): from the rows
        assert community_trend.run([], start, end, [], "") == community_trend.from_periods(
            [], start, end, [], "")  # fmt: skip
        weeks = cm.buckets(start, end, "week")
        if len(weeks) <= community_trend.CHUNK:
            fast = community_trend.run([], start, end, weeks, "week")
            _same(fast, community_trend.from_periods([], start, end, weeks, "week"), start, end)
    for start, end in ((dt.date(2026, 11, 1), TODAY), (dt.date(2026, 9, 14), dt.date(2026, 10, 4)),
                       (dt.date(2026, 5, 3), dt.date(2026, 5, 3))):  # fmt: skip
        for step in ("week", "month"):
            spans = cm.buckets(start, end, step)
            fast = community_trend.run([], start, end, spans, step)
            _same(fast, community_trend.from_periods([], start, end, spans, step), start, end)


@pytest.mark.parametrize("seed", [5, 6])
def test_members_business_agrees_with_counting_the_purchases(db, seed):
    """The members' purchases (looked up per member) against Python counting: buyers
    (a purchase, not a refund), spend (refunds included), repeat buyers; voided ones out."""
    data = _build(seed)
    rng = random.Random(seed)
    customers_all = [c for (c,) in database.execute_sql("SELECT id FROM customer")]
    rows = []
    for _ in range(400):
        c = rng.choice(customers_all)
        day = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(330))
        amount = rng.choice((1990, 5000, 12800, -1990, -500))
        voided = "2026-11-20 10:00:00" if rng.random() < 0.1 else None
        rows.append((c, f"{day} 12:00:00", amount, day.toordinal(), voided))
    database.cursor().executemany(
        "INSERT INTO purchase (customer_id, at, amount_cents, day, voided_at, created_at)"
        " VALUES (?, ?, ?, ?, ?, '2026-11-20 18:00:00')", rows)  # fmt: skip
    for scope_ids in ([], [data["groups"][0]]):
        scope = set(scope_ids or data["groups"])
        for start, end in (
            (dt.date(2026, 1, 1), TODAY),
            (dt.date(2026, 4, 10), dt.date(2026, 9, 3)),
        ):
            members_then = _member_on(data, scope, end)
            mine = [(c, a) for c, at, a, _d, v in rows if v is None and c in members_then
                    and str(start) <= at[:10] <= str(end)]  # fmt: skip
            bought = {c: sum(1 for x, a in mine if x == c and a > 0) for c, _a in mine}
            m = cm.compute(scope_ids, start, end)
            assert m.buyers == sum(1 for n in bought.values() if n > 0) > 0
            assert m.spend_fen == sum(a for _c, a in mine)
            repeat = sum(1 for n in bought.values() if n > 1)
            assert m.repeat_rate == (round(repeat / m.buyers, 4) if m.buyers else None)
