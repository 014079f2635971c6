"""Community metrics speed on the scaled demo: per million customers 2,000 communities,
300,000 memberships, ~5M activity rows, 5,000 events, 200,000 sign-ups (and 3 purchases
per customer over two years). Targets (issue 25): one community for a year < 300 ms, all
communities < 1.5 s.

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

from timing import ms  # noqa: E402


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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "bench-communities.db"))
    parser.add_argument("--customers", type=int, default=1_000_000)
    args = parser.parse_args()
    from models import clock
    from models.insights import community_metrics as cm
    from models.schema.opening import open_database
    from models.storage.db import database

    path = Path(args.db)
    fresh = not path.exists()
    open_database(path, create=True)
    if fresh:
        build(path, args.customers)
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
    cases = [
        (f"one community ({biggest}, the biggest), a year", [biggest], True, False),
        ("  the same without business", [biggest], False, False),
        ("  the same with non-members compared", [biggest], True, True),
        ("ten communities, a year", list(range(1, 11)), True, False),
        ("all communities, a year", [], True, False),
        ("  the same without business", [], False, False),
        ("  the same with non-members compared", [], True, True),
    ]
    for label, ids, business, compare in cases:
        took, m = ms(lambda ids=ids, b=business, c=compare: cm.compute(ids, *year, business=b,
                                                                     compare=c))  # fmt: skip
        print(f"{label:48s} {took:8.0f} ms   members {m.members}, active {m.active}", flush=True)
    took, m = ms(lambda: cm.compute([], today.replace(day=1), today))
    print(f"{'all communities, this month':48s} {took:8.0f} ms   members {m.members}")
    took, ids = ms(lambda: cm.member_ids([biggest], today))
    print(f"{'members of the biggest (list)':48s} {took:8.0f} ms   {len(ids)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
