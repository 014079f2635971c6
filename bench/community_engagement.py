"""Engagement levels recomputed on a large database: every member of every community
(one grouped query over the activity of the last 120 days, ranks per community, the
changed levels written in one transaction), then one community (the incremental
recompute after an activity write or import), then one activity write.

Usage: .venv/bin/python bench/community_engagement.py [--db PATH] [--customers N]
[--communities N] [--members N] [--rows N]
Builds (once, at --db, default /tmp/bench_engagement.db) N customers (default 100,000),
2,000 communities, 300,000 memberships and 5,000,000 activity rows over a year (written
in bulk), then times the recomputes; or reuses any database with communities, such as
the 1M-customer demo of bench/community_metrics.py (--db). Each figure is the best of
--repeat runs. Figures are printed, not asserted.
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

from timing import best  # noqa: E402


def fill(customers: int, communities: int, members: int, rows: int, seed: int = 7) -> None:
    from models import clock
    from models.communities.tables import ACTIVITY_KINDS, Community
    from models.customers.record import Customer
    from models.storage.db import database

    rng = random.Random(seed)
    now = clock.now()
    with database.atomic():
        for i in range(0, customers, 5000):
            Customer.insert_many([{"name": f"客户{j}", "created_at": now, "updated_at": now}
                                  for j in range(i, min(customers, i + 5000))]).execute()  # fmt: skip
        Community.insert_many([{"name": f"社群{i}", "created_at": now, "updated_at": now}
                               for i in range(communities)]).execute()  # fmt: skip
    per = members // communities
    pairs = []
    for c in range(1, communities + 1):
        pairs += [(c, m) for m in rng.sample(range(1, customers + 1), per)]
    start = dt.date(2025, 1, 1).isoformat()
    with database.atomic():
        database.cursor().executemany(
            "INSERT INTO community_member (community_id, customer_id, role, joined_on,"
            " came_by, nickname, level, level_before, love, created_at)"
            " VALUES (?, ?, 'member', ?, '', '', '', '', 0, ?)",
            [(c, m, start, now) for c, m in pairs])  # fmt: skip
    # activity: each member a few kinds on random days; a skewed share is very active
    today = clock.today()
    written = 0
    batch = []
    kinds = list(ACTIVITY_KINDS)
    sql = ("INSERT OR IGNORE INTO community_activity (community_id, customer_id, day, kind,"
           " count, created_at) VALUES (?, ?, ?, ?, ?, ?)")  # fmt: skip
    per_member = rows / len(pairs)
    with database.atomic():
        for c, m in pairs:
            n = min(365, int(rng.expovariate(1 / per_member)) + 1)
            for age in rng.sample(range(365), n):
                day = (today - dt.timedelta(days=age)).isoformat()
                kind = "message" if rng.random() < 0.7 else rng.choice(kinds)
                batch.append((c, m, day, kind, rng.randint(1, 20), now))
            if len(batch) > 50_000:
                database.cursor().executemany(sql, batch)
                written += len(batch)
                batch = []
            if written >= rows:
                break
        database.cursor().executemany(sql, batch)
        written += len(batch)
    print(f"built: {customers} customers, {communities} communities, {len(pairs)} "
          f"memberships, ~{written} activity rows")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/bench_engagement.db")
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--communities", type=int, default=2_000)
    parser.add_argument("--members", type=int, default=300_000)
    parser.add_argument("--rows", type=int, default=5_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from models.communities import activity, engagement
    from models.communities.tables import CommunityActivity, CommunityMember
    from models.schema.opening import open_database
    from models.storage.db import database

    fresh = not Path(args.db).exists()
    open_database(Path(args.db))
    if fresh:
        t = time.perf_counter()
        fill(args.customers, args.communities, args.members, args.rows)
        database.execute_sql("ANALYZE")
        print(f"fill: {time.perf_counter() - t:.0f} s")
    from community_metrics import ensure_step_19

    ensure_step_19()
    print(f"activity rows: {CommunityActivity.select().count():,}; memberships: "
          f"{CommunityMember.select().count():,}")  # fmt: skip
    first = time.perf_counter()
    result = engagement.recompute()
    print(f"recompute all (first, writes every level): {time.perf_counter() - first:.2f} s"
          f" ({result.members:,} members, {result.changed:,} changed)")  # fmt: skip
    took, result = best(engagement.recompute, args.repeat)
    print(f"recompute all (again, best of {args.repeat}): {took / 1000:.2f} s"
          f" ({result.changed:,} changed; target < 10 s)")  # fmt: skip
    took, _ = best(lambda: engagement.recompute([1]), args.repeat)
    print(f"recompute one community: {took:.0f} ms")
    member = CommunityMember.get(CommunityMember.community == 1, CommunityMember.left_on.is_null())
    took, _ = best(lambda: activity.record(1, [(member.customer_id, 1)], "message"), args.repeat)
    print(f"record one activity (with its community's levels): {took:.0f} ms")
    took, counts = best(lambda: engagement.level_counts(), args.repeat)
    print(f"level counts of every community: {took:.0f} ms")


if __name__ == "__main__":
    main()
