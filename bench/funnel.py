"""Funnel speed (issue 28: "funnel for a year < 1 s" at 1,000,000 customers).

Usage: .venv/bin/python bench/funnel.py --db PATH [--members SHARE] [--referrals SHARE]
       [--synthetic N]

PATH is a demo database, or with --synthetic N a new one made by raw SQL (see
`synthetic`) (`python -m desktop --db PATH --create demo --customers 1000000
--purchases 3000000 --interactions 2000000 --communities`); it is changed: opened (the
schema upgraded), and once, when it has none, members and referrals are added with
raw SQL (the demo makes neither; default 15% and 5% of the customers), then ANALYZE. Figures are printed, not asserted: the
funnel of the last year, of all time, with each split, a stage's customers, the ROI.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def fill(path: str, members: float, referrals: float, seed: int = 28) -> None:
    """Members (joined some days after being entered) and referrals (who brought whom),
    shares of the customers."""
    con = sqlite3.connect(path)
    if con.execute("SELECT COUNT(*) FROM member").fetchone()[0]:
        con.close()
        return
    rng = random.Random(seed)
    top = con.execute("SELECT MAX(id) FROM customer").fetchone()[0]
    members, referrals = int(top * members), int(top * referrals)
    created = dict(con.execute("SELECT id, created_at FROM customer").fetchall())
    now = "2026-12-01 10:00:00"
    chosen = rng.sample(range(1, top + 1), members)
    rows = []
    for cid in chosen:
        day = dt.date.fromisoformat(created[cid][:10]) + dt.timedelta(days=rng.randint(0, 200))
        rows.append((cid, min(day, dt.date(2026, 12, 1)).isoformat(), now, now))
    con.executemany("INSERT INTO member (customer_id, joined_on, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?)", rows)  # fmt: skip
    brought = rng.sample(range(2, top + 1), referrals)
    rows = []
    for cid in brought:
        by = rng.randint(1, cid - 1)
        rows.append((cid, by, created[cid], "", ""))
    con.executemany("INSERT INTO referral (customer_id, introduced_by_id, recorded_at, note,"
                    " staff) VALUES (?, ?, ?, ?, ?)", rows)  # fmt: skip
    con.commit()
    con.execute("ANALYZE")
    con.close()


def synthetic(path: str, n: int) -> None:
    """A database of `n` customers made with raw SQL in a minute or two (the demo takes
    tens of minutes at a million): customers over three years (channels, owners,
    stages), ~2 contacts and ~3 purchases per customer on average (about 60% contacted
    and 95% buying at least once... spread by chance), 200 events with attendees and 2,000
    communities with members. The schema is the program's (open_database)."""
    from models.schema.opening import open_database
    from models.storage.db import close_database

    open_database(path, create="file")
    close_database()
    con = sqlite3.connect(path)
    series = f"WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < {n})"
    pick = "(abs(random()) % 100)"

    def chance(key: str) -> str:  # a per-row 0-99 (random() in a join's WHERE is not)
        return f"(({key}) * 2654435761 % 4294967291 % 100)"

    con.executescript(f"""
    PRAGMA journal_mode = WAL;
    BEGIN;
    {series} INSERT INTO customer (name, source, owner, stage, created_at, updated_at)
      SELECT '客户' || i,
        CASE abs(random()) % 8 WHEN 0 THEN 'website' WHEN 1 THEN 'ads' WHEN 2 THEN 'content'
          WHEN 3 THEN 'event' WHEN 4 THEN 'referral' WHEN 5 THEN 'walk_in' WHEN 6 THEN 'phone'
          ELSE 'wechat' END,
        CASE WHEN {pick} < 60 THEN '' ELSE '员工' || (abs(random()) % 5) END,
        CASE WHEN {pick} < 50 THEN 'lead' WHEN {pick} < 40 THEN '' ELSE 'active' END,
        datetime('2023-12-08 09:00', '+' || (i * 1096 / {n}) || ' days',
                 '+' || (i % 600) || ' minutes') AS at, '2026-12-01 10:00:00'
      FROM s;
    INSERT INTO interaction (customer_id, channel, at, summary, owner, created_at)
      SELECT c.id, 'phone', datetime(c.created_at, '+' || (abs(random()) % 90) || ' days'),
        '', '', c.created_at
      FROM customer c, (SELECT 1 AS k UNION ALL SELECT 2 UNION ALL SELECT 3)
      WHERE {chance("c.id * 7 + k")} < 66;
    INSERT INTO purchase (customer_id, at, amount_cents, created_at, day)
      SELECT id, at, 100 + abs(random()) % 50000, at,
        CAST(julianday(date(at)) - 1721424.5 AS INTEGER)
      FROM (SELECT c.id, datetime(c.created_at, '+' || (abs(random()) % 400) || ' days') AS at
            FROM customer c, (SELECT 1 AS k UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL
                              SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6)
            WHERE {chance("c.id * 13 + k")} < 10 * k - 2 * k * k / 3 + 20);
    UPDATE customer SET purchase_count = (SELECT COUNT(*) FROM purchase p
      WHERE p.customer_id = customer.id AND p.voided_at IS NULL AND p.amount_cents > 0),
      last_purchase_at = (SELECT MAX(at) FROM purchase p
      WHERE p.customer_id = customer.id AND p.voided_at IS NULL AND p.amount_cents > 0),
      last_contact_at = (SELECT MAX(at) FROM interaction i WHERE i.customer_id = customer.id);
    WITH RECURSIVE e(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM e WHERE i < 200)
      INSERT INTO event (title, starts_at, created_at, updated_at, cost_cents)
      SELECT '活动' || i, datetime('2024-01-01', '+' || (i * 5) || ' days'), '2024-01-01',
        '2024-01-01', 100000 FROM e;
    INSERT OR IGNORE INTO event_signup (event_id, customer_id, status, signed_at)
      SELECT 1 + abs(random()) % 200, id, 'attended', created_at FROM customer
      WHERE {pick} < 10;
    WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g WHERE i < 2000)
      INSERT INTO community (name, created_at, updated_at)
      SELECT '社群' || i, '2024-01-01', '2024-01-01' FROM g;
    INSERT INTO community_member (community_id, customer_id, joined_on, created_at)
      SELECT 1 + abs(random()) % 2000, id, date(created_at, '+7 days'), created_at
      FROM customer WHERE {pick} < 30;
    COMMIT;
    ANALYZE;
    """)
    con.close()


def best_wall_cpu(fn, repeat: int = 3):
    """(best wall ms, best CPU ms, the last result) over `repeat` runs: the machine is
    shared, the CPU time says what the wall time hides."""
    walls, cpus, result = [], [], None
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        result = fn()
        walls.append((time.perf_counter() - w) * 1000)
        cpus.append((time.process_time() - c) * 1000)
    return min(walls), min(cpus), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--members", type=float, default=0.15, help="a share of customers")
    parser.add_argument("--referrals", type=float, default=0.05, help="a share of customers")
    parser.add_argument("--synthetic", type=int, metavar="N",
                        help="make --db (which must not exist) with N customers by raw SQL")  # fmt: skip
    args = parser.parse_args()
    if args.synthetic:
        if Path(args.db).exists():
            parser.error(f"{args.db} exists: --synthetic makes a new database")
        synthetic(args.db, args.synthetic)

    from models import clock
    from models.insights import funnel, funnel_costs, funnel_roi
    from models.schema.opening import open_database
    from models.storage.db import close_database, database

    open_database(args.db)
    close_database()
    fill(args.db, args.members, args.referrals)
    open_database(args.db)
    today = clock.today()
    year = funnel.Period(today - dt.timedelta(days=364), today)
    counts = database.execute_sql(
        "SELECT (SELECT COUNT(*) FROM customer), (SELECT COUNT(*) FROM customer WHERE"
        " created_at >= ?), (SELECT COUNT(*) FROM purchase), (SELECT COUNT(*) FROM"
        " interaction), (SELECT COUNT(*) FROM member), (SELECT COUNT(*) FROM referral)",
        [f"{year.start} 00:00:00"],
    ).fetchone()
    names = ("customers", "of them last year", "purchases", "interactions", "members",
             "referrals")  # fmt: skip
    print(", ".join(f"{name} {n:,}" for name, n in zip(names, counts, strict=True)))
    if not funnel_costs.listing():
        for channel in ("ads", "wechat", "website", "event"):
            funnel_costs.set_cost(channel=channel, start=year.start, end=year.end,
                                  amount_fen=5_000_000)  # fmt: skip
    cases = [
        ("funnel, a year", lambda: funnel.compute(year)),
        ("funnel, all time", lambda: funnel.compute()),
        ("funnel, a year by channel", lambda: funnel.compute(year, "channel")),
        ("funnel, a year by staff", lambda: funnel.compute(year, "staff")),
        ("funnel, a year by event", lambda: funnel.compute(year, "event")),
        ("funnel, a year by community", lambda: funnel.compute(year, "community")),
        ("customers of 'purchase', a year", lambda: funnel.stage_customers(year, "purchase")),
        ("ROI by channel, a year", lambda: funnel_roi.roi(year, "channel")),
        ("ROI by event, a year", lambda: funnel_roi.roi(year, "event")),
    ]
    for label, fn in cases:
        took, cpu, result = best_wall_cpu(fn)
        if isinstance(result, funnel.Funnel):
            shown = " ".join(f"{s.stage}={s.count}" for s in result.stages)
            shown += f" groups={len(result.groups)}" if result.by else ""
        else:
            shown = f"{len(result)} rows"
        print(f"{label:<36} {took:8.0f} ms {cpu:8.0f} ms CPU   {shown}")
    close_database()


if __name__ == "__main__":
    main()
