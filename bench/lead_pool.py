"""Issue 28's speed targets for the lead pool, at 1M customers of whom 200,000 are leads:
assign 10,000 pool leads by round robin < 2 s, the reclaim sweep < 1 s, a page of the
leads list < 300 ms. Also timed: the pool's count, one person's leads (not contacted
first), tomorrow's warnings, the team list with its counts.

The data: 1M customers (800,000 customers of other stages), 200,000 leads: 40,000 in
the pool, 160,000 owned by 20 staff, of which 100,000 assigned from the pool over the
last 14 days (a third of them contacted since). Run: python bench/lead_pool.py [--keep FOLDER]"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models import clock  # noqa: E402
from models.leads import assignment, pool, reclaim  # noqa: E402
from models.schema.opening import open_database  # noqa: E402
from models.storage.db import close_database, database  # noqa: E402
from models.team import staff  # noqa: E402
from models.values.search_text import text_sort_key  # noqa: E402

CUSTOMERS = 1_000_000
LEADS = 200_000
POOL = 40_000
ASSIGNED = 100_000
STAFF = [f"销售{i:02d}" for i in range(20)]
NOW = dt.datetime(2026, 11, 23, 9, 0)
CITIES = ("杭州", "上海", "宁波", "苏州", "南京", "北京")
SOURCES = ("website", "ads", "event", "referral", "walk_in", "phone")


def build() -> None:
    rng = random.Random(28)
    keys = {name: text_sort_key(name) for name in STAFF}
    stamp = NOW.strftime("%Y-%m-%d %H:%M:%S")
    rows, assigned = [], []
    for cid in range(1, CUSTOMERS + 1):
        lead = cid % (CUSTOMERS // LEADS) == 0
        owner = rng.choice(STAFF) if not lead or rng.random() >= POOL / LEADS else ""
        contact = None
        if lead and owner and len(assigned) < ASSIGNED:
            at = NOW - dt.timedelta(days=rng.randint(0, 13), minutes=rng.randint(0, 600))
            if rng.random() < 1 / 3:
                contact = (at + dt.timedelta(hours=5)).strftime("%Y-%m-%d %H:%M:%S")
            assigned.append((cid, owner, at.strftime("%Y-%m-%d %H:%M:%S"), contact))
        rows.append((f"客户{cid}", f"ke hu {cid}", "lead" if lead else "active", owner,
                     keys.get(owner, ""), rng.choice(CITIES), rng.choice(SOURCES), contact,
                     stamp, stamp))  # fmt: skip
    with database.atomic():
        for name in STAFF:
            staff.add(name)
        database.connection().executemany(
            "INSERT INTO customer (name, name_key, stage, owner, owner_key, city, source,"
            " last_contact_at, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        database.connection().executemany(
            "INSERT INTO lead_assignment (customer_id, staff, assigned_at, contacted_at, rule,"
            " by_staff, end_reason) VALUES (?, ?, ?, ?, '', '', '')", assigned)  # fmt: skip
        assignment.add_rule("轮流", "round_robin", STAFF)
    database.execute_sql("ANALYZE")


def timed(label: str, fn, limit_ms: float | None = None):
    t = time.perf_counter()
    out = fn()
    ms = (time.perf_counter() - t) * 1000
    target = f" (target < {limit_ms:.0f} ms)" if limit_ms else ""
    size = len(out) if hasattr(out, "__len__") else out
    print(f"{label}: {ms:.0f} ms{target} -> {size}")
    return out


def main() -> None:
    """`--keep FOLDER`: build the database there once (about 4 minutes) and time a copy
    of it on every later run."""
    keep = Path(sys.argv[sys.argv.index("--keep") + 1]) if "--keep" in sys.argv else None
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder) / "bench.db"
        clock.set_now(NOW)
        if keep is not None and (keep / "base.db").exists():
            shutil.copyfile(keep / "base.db", work)
            open_database(work)
        else:
            open_database(work, create=True)
            t = time.perf_counter()
            build()
            print(
                f"built {CUSTOMERS:,} customers, {LEADS:,} leads in {time.perf_counter() - t:.0f} s"
            )
            if keep is not None:
                keep.mkdir(parents=True, exist_ok=True)
                close_database()
                shutil.copyfile(work, keep / "base.db")
                open_database(work)
        timed("pool count", lambda: pool.count(pool.LeadQuery(pool=True)))
        timed("leads list, first page (200)", lambda: pool.leads(pool.LeadQuery()), 300)
        timed("pool list, first page (200)", lambda: pool.leads(pool.LeadQuery(pool=True)), 300)
        last = pool.leads(pool.LeadQuery(pool=True, limit=20000))[-1]["id"]
        timed("pool list, a page deep in (after 20,000)",
              lambda: pool.leads(pool.LeadQuery(pool=True, after=(last,))), 300)  # fmt: skip
        timed("one person's leads, not contacted first (500)",
              lambda: pool.leads(pool.LeadQuery(owner=STAFF[3], sort="first_contact", limit=500)),
              300)  # fmt: skip
        timed("team list with counts", staff.rows)
        timed("tomorrow's warnings", reclaim.warnings)
        timed("reclaim dry run (two weeks never swept)", lambda: reclaim.sweep(dry_run=True))
        timed("reclaim catch-up sweep (two weeks never swept)", reclaim.sweep)
        clock.set_now(NOW + dt.timedelta(days=1))
        timed("reclaim dry run, the next day", lambda: reclaim.sweep(dry_run=True), 1000)
        timed("reclaim sweep, the next day (a day's worth)", reclaim.sweep, 1000)
        timed("assign 10,000 pool leads by round robin",
              lambda: assignment.assign_rule("轮流", limit=10_000).pairs, 2000)  # fmt: skip
        counts = {name: pool.count(pool.LeadQuery(owner=name)) for name in STAFF}
        print(f"leads per person after: min {min(counts.values())}, max {max(counts.values())}")


if __name__ == "__main__":
    main()
