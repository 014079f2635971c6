"""Membership at the issue's scale: 200,000 members with a card each, a few million
points and stored-value ledger rows over two years (written in bulk, the kept balances
and day figures computed from them), then the counter lookup by card, a member's
statements for a year, a payment and points earned at the counter, the year-end points
expiry for all (dry run, then the batch), the reconciliation of a day and of all time,
and the check of every balance.

Usage: .venv/bin/python bench/membership.py [--db PATH] [--members N] [--points N]
[--wallet N]
Builds (once, at --db, default /tmp/bench_membership.db) N members (default 200,000),
3,000,000 points rows and 2,000,000 stored-value rows. Figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import ms  # noqa: E402

START = dt.datetime(2025, 1, 1, 9)
DAYS = 730  # two years of movements, up to 2026-12-31


def fill(members: int, points_rows: int, wallet_rows: int, seed: int = 26) -> None:
    from models.storage.db import database

    rng = random.Random(seed)
    now = START.isoformat(" ")
    cur = database.cursor()
    with database.atomic():
        cur.executemany("INSERT INTO customer (id, name, mobile, created_at, updated_at)"
                        " VALUES (?, ?, ?, ?, ?)",
                        [(i, f"会员{i}", f"139{i:08d}", now, now)
                         for i in range(1, members + 1)])  # fmt: skip
    points = [0] * (members + 1)
    batch = []
    sql = ("INSERT INTO points_entry (customer_id, card_id, kind, points, at, earned_on,"
           " expires_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")  # fmt: skip
    with database.atomic():
        for n in range(points_rows):
            c = rng.randint(1, members)
            when = START + dt.timedelta(days=n * DAYS // points_rows, minutes=rng.randint(0, 600))
            if points[c] > 50 and rng.random() < 0.25:
                p = -rng.randint(1, points[c] // 2)
                batch.append((c, c, "redeem", p, when, None, None, now))
            else:
                p = rng.randint(1, 300)
                batch.append((c, c, "earn", p, when, when.date(),
                              dt.date(when.year + 1, 12, 31), now))  # fmt: skip
            points[c] += p
            if len(batch) >= 50_000:
                cur.executemany(sql, batch)
                batch = []
        cur.executemany(sql, batch)
    principal, bonus, last = [0] * (members + 1), [0] * (members + 1), [None] * (members + 1)
    batch = []
    sql = ("INSERT INTO wallet_entry (card_id, customer_id, kind, principal_fen, bonus_fen, at,"
           " day, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")  # fmt: skip
    with database.atomic():
        for n in range(wallet_rows):
            c = rng.randint(1, members)
            when = START + dt.timedelta(days=n * DAYS // wallet_rows, minutes=rng.randint(0, 600))
            total = principal[c] + bonus[c]
            if total > 1000 and rng.random() < 0.6:
                amount = rng.randint(1, total // 2)
                b = amount * bonus[c] // total
                p, b, kind = -(amount - b), -b, "pay"
            else:
                p = rng.choice((10000, 50000, 100000, 200000))
                b, kind = p // 10, "topup"
            principal[c] += p
            bonus[c] += b
            last[c] = when
            batch.append((c, c, kind, p, b, when, when.date().toordinal(), now))
            if len(batch) >= 50_000:
                cur.executemany(sql, batch)
                batch = []
        cur.executemany(sql, batch)
    with database.atomic():
        cur.executemany("INSERT INTO member (customer_id, joined_on, points, created_at,"
                        " updated_at) VALUES (?, '2025-01-01', ?, ?, ?)",
                        [(i, points[i], now, now) for i in range(1, members + 1)])  # fmt: skip
        cur.executemany("INSERT INTO member_card (id, card_no, customer_id, status, joined_on,"
                        " principal_fen, bonus_fen, last_used_at, created_at, updated_at)"
                        " VALUES (?, ?, ?, 'active', '2025-01-01', ?, ?, ?, ?, ?)",
                        [(i, f"VIP{i:06d}", i, principal[i], bonus[i], last[i], now, now)
                         for i in range(1, members + 1)])  # fmt: skip
        database.execute_sql("INSERT INTO wallet_day (day, kind, principal_fen, bonus_fen, rows)"
                             " SELECT day, kind, SUM(principal_fen), SUM(bonus_fen), COUNT(*)"
                             " FROM wallet_entry GROUP BY day, kind")  # fmt: skip
        database.execute_sql("INSERT INTO membership_setting (key, value) VALUES"
                             " ('points_expiry', '\"year_end_after\"'),"
                             " ('next_card_seq', ?)", (members + 1,))  # fmt: skip
    print(f"built: {members:,} members, {points_rows:,} points rows, {wallet_rows:,} wallet rows")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/bench_membership.db")
    parser.add_argument("--members", type=int, default=200_000)
    parser.add_argument("--points", type=int, default=3_000_000)
    parser.add_argument("--wallet", type=int, default=2_000_000)
    args = parser.parse_args()
    from models import clock
    from models.membership import (
        cards,
        check,
        members,
        points,
        points_expiry,
        reconcile,
        statements,
        wallet,
    )
    from models.membership.tables import PointsEntry, WalletEntry
    from models.schema.opening import open_database
    from models.storage.db import database

    fresh = not Path(args.db).exists()
    open_database(Path(args.db))
    if fresh:
        t = time.perf_counter()
        fill(args.members, args.points, args.wallet)
        database.execute_sql("ANALYZE")
        print(f"fill: {time.perf_counter() - t:.0f} s")
    n_members = args.members
    print(f"points rows: {PointsEntry.select().count():,}; wallet rows: "
          f"{WalletEntry.select().count():,}")  # fmt: skip
    clock.set_now(dt.datetime(2026, 12, 31, 15))
    rng = random.Random(1)
    nos = [f"VIP{rng.randint(1, n_members):06d}" for _ in range(20)]
    took, _ = ms(lambda: [members.summary(cards.find_customer_by_card(no)) for no in nos], 3)
    print(f"counter lookup by card (find + summary with points available): {took / 20:.1f} ms")
    busiest = 1 + n_members // 2  # rows are spread evenly: ~25 a member
    year = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    took, st = ms(lambda: statements.points_statement(busiest, *year))
    print(f"points statement for a year: {took:.1f} ms ({len(st.lines)} lines)")
    took, st = ms(lambda: statements.wallet_statement(busiest, *year))
    print(f"stored-value statement for a year: {took:.1f} ms ({len(st.lines)} lines)")
    payer = next(c for c in range(1, n_members) if wallet.balance(c).total_fen > 10000)

    def counter():
        wallet.pay(payer, 100)
        points.earn(payer, 1, reason="消费")

    took, _ = ms(counter, 5)
    print(f"a payment from stored value + points earned: {took:.1f} ms")
    took, _ = ms(lambda: reconcile.reconcile_day(dt.date(2026, 6, 1)), 3)
    print(f"reconcile a day: {took:.0f} ms")
    took, rec = ms(reconcile.reconcile_all, 1)
    print(f"reconcile all time: {took / 1000:.2f} s (difference {rec.to_json()['difference_fen']})")
    clock.set_now(dt.datetime(2027, 1, 1, 8))
    cpu = time.process_time()  # this process's own time: the machine may be shared
    took, dry = ms(lambda: points_expiry.expire(dry_run=True), 1)
    print(f"year-end expiry, dry run: {took / 1000:.2f} s, {time.process_time() - cpu:.2f} s"
          f" CPU ({dry.members:,} members, {dry.points:,} points)")  # fmt: skip
    cpu = time.process_time()
    took, done = ms(points_expiry.expire, 1)
    print(f"year-end expiry: {took / 1000:.2f} s, {time.process_time() - cpu:.2f} s CPU"
          f" ({done.members:,} members)")  # fmt: skip
    took, found = ms(check.check_all, 1)
    print(f"check every balance: {took / 1000:.2f} s ({len(found.differences)} differences)")


if __name__ == "__main__":
    main()
