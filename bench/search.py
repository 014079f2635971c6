"""Search, count, sort and paging speed on a large database (figures printed, not asserted).

Usage: .venv/bin/python bench/search.py [--db PATH] [--customers N]
Builds the database with demo data when it does not exist yet.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import ms  # noqa: E402

QUERIES = [
    "张",
    "王",
    "张伟",
    "李娜",
    "回访",
    "有限",
    "有限公司",
    "杭州",
    "zs",
    "zhang",
    "zhangwei",
    "138",
    "1381",
    "5678",
    "13812345678",
    "qq.com",
    "KH0012345",
    "x",
    "zzzzzz",
]
SORTS = ["name", "mobile", "company", "city", "created_at", "owner", "birthday"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="bench/out/bench-1m.db")
    parser.add_argument("--customers", type=int, default=1_000_000)
    args = parser.parse_args()
    from models.customers import customer_list as cl
    from models.demo import demo
    from models.schema.opening import open_database

    Path(args.db).parent.mkdir(parents=True, exist_ok=True)
    fresh = not os.path.exists(args.db)
    open_database(args.db)
    if fresh:
        t = time.perf_counter()
        demo.generate(args.customers)
        print(f"demo {args.customers:,} customers: {time.perf_counter() - t:.1f} s")
    print(f"customers: {cl.total():,}  file: {os.path.getsize(args.db) / 1e6:.0f} MB")
    t, scope = ms(cl.total, repeat=1)
    print(f"total count (once per data change, not per keystroke): {t:.1f} ms")
    print("\nsearch as the table does it: count, then the first page (newest first)")
    worst = 0.0

    def search(flt):
        n = cl.count(flt)
        return n, cl.page(flt, cl.Sort("created_at", True), 200, matches=n, scope=scope)

    for q in QUERIES:
        flt = cl.CustomerFilter(search=q)
        t, (n, _rows) = ms(lambda flt=flt: search(flt))
        worst = max(worst, t)
        print(f"  {q!r:16} {n:>9,} matches  {t:7.1f} ms")
    print(f"  worst: {worst:.1f} ms")
    print("\nsort: first page, then a page 500,000 rows deep by OFFSET, and by keyset")
    flt = cl.CustomerFilter()
    for key in SORTS:
        sort = cl.Sort(key)
        t1, first = ms(lambda sort=sort: cl.page(flt, sort, 200), repeat=1)
        t2, _ = ms(lambda sort=sort: cl.page(flt, sort, 200, offset=500_000), repeat=1)
        after = first.last_key
        t3, _ = ms(lambda sort=sort, after=after: cl.page(flt, sort, 200, after=after), repeat=1)
        print(f"  {key:12} first {t1:6.1f} ms   offset 500k {t2:7.1f} ms   keyset {t3:6.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
