"""Funnel speed (issue 28: "funnel for a year < 1 s" at 1,000,000 customers).

Usage: .venv/bin/python bench/funnel.py --db PATH [--members N] [--referrals N]

PATH is a demo database (`python -m desktop --db PATH --create demo --customers 1000000
--purchases 3000000 --interactions 2000000 --communities`); it is changed: opened (the
schema upgraded), and once, when it has none, N members and N referrals are added with
raw SQL (the demo makes neither), then ANALYZE. Figures are printed, not asserted: the
funnel of the last year, of all time, with each split, a stage's customers, the ROI.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import best  # noqa: E402


def fill(path: str, members: int, referrals: int, seed: int = 28) -> None:
    """Members (joined some days after being entered) and referrals (who brought whom)."""
    con = sqlite3.connect(path)
    if con.execute("SELECT COUNT(*) FROM member").fetchone()[0]:
        con.close()
        return
    rng = random.Random(seed)
    top = con.execute("SELECT MAX(id) FROM customer").fetchone()[0]
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--members", type=int, default=150_000)
    parser.add_argument("--referrals", type=int, default=50_000)
    args = parser.parse_args()

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
        took, result = best(fn, repeat=3)
        if isinstance(result, funnel.Funnel):
            shown = " ".join(f"{s.stage}={s.count}" for s in result.stages)
            shown += f" groups={len(result.groups)}" if result.by else ""
        else:
            shown = f"{len(result)} rows"
        print(f"{label:<36} {took:8.0f} ms   {shown}")
    close_database()


if __name__ == "__main__":
    main()
