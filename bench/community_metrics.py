"""Community metrics speed on the scaled demo: per million customers 2,000 communities,
300,000 memberships, ~5M activity rows, 5,000 events, 200,000 sign-ups (and 3 purchases
per customer over two years). Targets (issue 25): community list and a member list page < 300 ms,
a customer's communities < 50 ms, one community for a year < 300 ms, all communities
< 1.5 s. Each figure is the best of --repeat runs (the machine may be shared).

Usage: .venv/bin/python bench/community_metrics.py [--db PATH] [--customers N]
Builds the database at --db (default: bench-communities.db in the system's temp folder)
once with the demo generators, then reuses it. Figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import best  # noqa: E402


def build(path: Path, customers: int) -> None:
    from models.demo import demo
    from models.demo.demo_communities import generate_communities
    from models.demo.demo_purchases import generate_purchases
    from models.storage.db import database

    t = time.perf_counter()
    demo.generate(customers, seed=5)
    print(f"customers: {time.perf_counter() - t:.0f} s", flush=True)
    t = time.perf_counter()
    generate_purchases(customers * 3, seed=5)
    print(f"purchases: {time.perf_counter() - t:.0f} s", flush=True)
    t = time.perf_counter()
    made = generate_communities(seed=5)
    print(f"communities: {time.perf_counter() - t:.0f} s  {made}", flush=True)
    database.execute_sql("ANALYZE")


def ensure_step_19() -> None:
    """A database built before schema step 19 had its indexes (version already 19 or
    more): add them, as the step does (once; minutes on 5M activity rows)."""
    from models.schema import steps_19
    from models.storage.db import database

    have = {
        r[0] for r in database.execute_sql("SELECT name FROM sqlite_master WHERE type = 'index'")
    }
    wanted = [sql for sql in getattr(steps_19, "INDEXES", ()) if sql.split()[5] not in have]
    if wanted:
        t = time.perf_counter()
        steps_19.step_19_community_metrics(database)
        database.execute_sql("ANALYZE")
        print(f"step 19's indexes added: {time.perf_counter() - t:.0f} s", flush=True)


def _cpu(fn) -> float:
    """The CPU milliseconds of one call (the process's own: a loaded machine's waiting
    left out)."""
    start = time.process_time()
    fn()
    return (time.process_time() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "bench-communities.db"))
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from models import clock
    from models.communities import communities, members
    from models.insights import community_metrics as cm
    from models.schema.opening import open_database
    from models.storage.db import database

    path = Path(args.db)
    fresh = not path.exists()
    open_database(path, create=True)
    if fresh:
        build(path, args.customers)
    ensure_step_19()
    sizes = {t: database.execute_sql(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
             for t in ("customer", "purchase", "community", "community_member",
                       "community_activity", "event", "event_signup")}  # fmt: skip
    print(sizes)
    today = clock.today()
    year = (today - dt.timedelta(days=364), today)
    biggest = database.execute_sql(
        "SELECT community_id FROM community_member GROUP BY community_id"
        " ORDER BY COUNT(*) DESC LIMIT 1"
    ).fetchone()[0]
    busiest = database.execute_sql(
        "SELECT customer_id FROM community_member GROUP BY customer_id"
        " ORDER BY COUNT(*) DESC LIMIT 1"
    ).fetchone()[0]

    def show(label, fn, what, target=""):
        took, result = best(fn, args.repeat)
        cpu = best(lambda: _cpu(fn), 1)[1]
        print(f"{label:50s} {took:8.0f} ms  cpu {cpu:6.0f} ms   {what(result)}{target}", flush=True)

    print(f"best of {args.repeat} runs each (wall), then the CPU time of one more run")
    show(
        "community list (all, with this month's figures)",
        communities.list_communities,
        lambda r: f"{len(r)} communities",
        "   (target < 300 ms)",
    )
    show(
        f"member list page (biggest, {biggest}: first 100)",
        lambda: members.members(biggest, limit=100),
        lambda r: f"{len(r)} rows",
        "   (target < 300 ms)",
    )
    show(
        "  the whole member list of the biggest",
        lambda: members.members(biggest),
        lambda r: f"{len(r)} rows",
    )
    show(
        f"a customer's communities (customer {busiest})",
        lambda: members.communities_of(busiest, with_past=True),
        lambda r: f"{len(r)} rows",
        "   (target < 50 ms)",
    )
    cases = [
        (
            f"one community ({biggest}, the biggest), a year",
            [biggest],
            True,
            False,
            "   (target < 300 ms)",
        ),
        ("  the same without business", [biggest], False, False, ""),
        ("  the same with non-members compared", [biggest], True, True, ""),
        ("ten communities, a year", list(range(1, 11)), True, False, ""),
        ("all communities, a year (figures and trend)", [], True, False, "   (target < 1.5 s)"),
        ("  the same without business", [], False, False, ""),
        ("  the same with non-members compared", [], True, True, ""),
    ]
    for label, ids, business, compare, target in cases:
        show(label, lambda ids=ids, b=business, c=compare: cm.compute(ids, *year, business=b,
                                                                     compare=c),
             lambda m: f"members {m.members}, active {m.active}", target)  # fmt: skip
    show(
        "  its trend alone (12 months)",
        lambda: cm.trend([], *year, "month"),
        lambda t: f"active {t['active'][-1]}",
    )
    show(
        "all communities, this month",
        lambda: cm.compute([], today.replace(day=1), today),
        lambda m: f"members {m.members}",
    )
    show("dashboard card", cm.card, lambda c: f"members {c['members']}")
    show(
        "members of the biggest (chart click-through list)",
        lambda: cm.member_ids([biggest], today),
        lambda r: f"{len(r)}",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
