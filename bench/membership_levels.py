"""Level recompute speed (issue 26: all members < 10 s at 200,000 members): the daily
run over every member (set-based measures: one grouped query per way of measuring),
from no levels (every member changes) and again the next day (few change), its dry
run, and the check after one purchase (one member).

Usage: .venv/bin/python bench/membership_levels.py [--db PATH] [--members N]
       [--points N] [--purchases N]
A new database at --db (default /tmp/bench_levels.db): N members (default 200,000),
points rows (default 3,000,000: earnings, some reversed and redeemed) and purchases
(default 1,000,000) over two years, raw executemany (the bench's data, not the
program's path); four levels (by points over a year, by spend over a year with grace,
by points for life). Figures are printed, not asserted.
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

from timing import ms  # noqa: E402

NOW = dt.datetime(2026, 12, 1, 9, 0)


def fill(path: str, members: int, points: int, purchases: int, seed: int = 26) -> None:
    rng = random.Random(seed)
    con = sqlite3.connect(path)
    stamp = NOW.strftime("%Y-%m-%d %H:%M:%S")
    con.executemany(
        "INSERT INTO member (customer_id, joined_on, points, level_locked, level_lock_reason,"
        " created_at, updated_at) VALUES (?, '2024-12-01', 0, 0, '', ?, ?)",
        ((c, stamp, stamp) for c in range(1, members + 1)),
    )

    def when():
        return (NOW - dt.timedelta(minutes=rng.randint(0, 2 * 365 * 24 * 60))).strftime(
            "%Y-%m-%d %H:%M:%S"
        )

    rows = []
    for i in range(purchases):
        at = when()
        rows.append((int(members * rng.random() ** 1.5) + 1, at, dt.date.fromisoformat(at[:10]).toordinal(),
                     rng.randint(500, 200_000), at))  # fmt: skip
        if len(rows) == 200_000 or i == purchases - 1:
            con.executemany(
                "INSERT INTO purchase (customer_id, at, day, order_no, amount_cents, payment,"
                " note, created_at, void_reason, voided_by)"
                " VALUES (?, ?, ?, '', ?, 'wechat', '', ?, '', '')",
                rows,
            )
            rows = []
    for i in range(points):
        at = when()
        kind, pts = ("earn", rng.randint(1, 2000))
        roll = rng.random()
        if roll < 0.1:
            kind, pts = "redeem", -rng.randint(1, 500)
        elif roll < 0.13:
            kind, pts = "reverse", -rng.randint(1, 200)  # a refund's pro-rata reversal
        rows.append((int(members * rng.random() ** 1.5) + 1, kind, pts, at, at))
        if len(rows) == 200_000 or i == points - 1:
            con.executemany(
                "INSERT INTO points_entry (customer_id, kind, points, at, task, receipt_no,"
                " reason, staff, created_at) VALUES (?, ?, ?, ?, '', '', '', '', ?)",
                rows,
            )
            rows = []
    con.execute(
        "UPDATE member SET points = COALESCE((SELECT SUM(points) FROM points_entry p"
        " WHERE p.customer_id = member.customer_id), 0)"
    )
    con.commit()
    con.execute("ANALYZE")
    con.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/bench_levels.db")
    parser.add_argument("--members", type=int, default=200_000)
    parser.add_argument("--points", type=int, default=3_000_000)
    parser.add_argument("--purchases", type=int, default=1_000_000)
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="use the database at --db as it is (made by an earlier run)",
    )
    args = parser.parse_args()

    from models import clock
    from models.membership import level_rules, levels
    from models.schema.opening import open_database
    from models.storage.db import close_database, writable

    path = Path(args.db)
    if not args.reuse:
        for side in ("", "-wal", "-shm"):
            Path(str(path) + side).unlink(missing_ok=True)
        open_database(path, create=True)
        close_database()
        t = time.perf_counter()
        fill(str(path), args.members, args.points, args.purchases)
        print(f"data: {args.members:,} members, {args.points:,} points rows, "
              f"{args.purchases:,} purchases in {time.perf_counter() - t:.1f} s")  # fmt: skip
    open_database(path)
    writable()  # the integrity gate's quick_check, done once when the window opens
    clock.set_now(NOW)
    if args.reuse:  # back to no levels, no history
        from models.membership.tables import LevelHistory, Member, MemberLevel

        Member.update(level_id=None, level_since=None, level_until=None).execute()
        LevelHistory.delete().execute()
        MemberLevel.delete().execute()
    levels.add({"name": "普通", "rank": 0, "threshold": 0})
    levels.add({"name": "银卡", "rank": 1, "threshold": 5000, "period_days": 365,
                "grace_days": 30})  # fmt: skip
    levels.add({"name": "金卡", "rank": 2, "basis": "spend", "threshold": 2_000_000,
                "period_days": 365, "grace_days": 30, "valid_days": 90})  # fmt: skip
    levels.add({"name": "钻石", "rank": 3, "threshold": 60000})

    took, found = ms(lambda: level_rules.recompute(dry_run=True), repeat=1)
    print(f"dry run, every member: {took / 1000:.2f} s ({found['up']:,} would go up)")
    took, found = ms(lambda: level_rules.recompute(), repeat=1)
    print(f"recompute from no levels: {took / 1000:.2f} s ({found['up']:,} up)")
    clock.set_now(NOW + dt.timedelta(days=1))
    took, found = ms(lambda: level_rules.recompute(), repeat=1)
    print(f"recompute the next day: {took / 1000:.2f} s ({found['up']} up, "
          f"{found['down']} down, {found['grace']} grace)")  # fmt: skip
    clock.set_now(NOW + dt.timedelta(days=200))
    took, found = ms(lambda: level_rules.recompute(), repeat=1)
    print(f"recompute 200 days on: {took / 1000:.2f} s ({found['up']} up, "
          f"{found['down']} down, {found['grace']} grace)")  # fmt: skip
    took, _found = ms(lambda: level_rules.recompute([1], cause="purchase"), repeat=5)
    print(f"one member (after a purchase), the busiest: {took:.1f} ms")
    took, _found = ms(lambda: level_rules.recompute([args.members], cause="purchase"), repeat=5)
    print(f"one member (after a purchase), a quiet one: {took:.1f} ms")
    close_database()


if __name__ == "__main__":
    main()
