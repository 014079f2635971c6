"""How long erasing one customer keeps other writes waiting, on a large database
(figures printed, not asserted). While `erasure.erase` runs, a second connection (what
the window or a CLI command would be) writes a tiny row every 20 ms; the longest wait
of those writes is how long the erasure held the write lock in one piece.

Usage: .venv/bin/python bench/erasure_lock.py [--db PATH] [--customers N]
Works on a copy of PATH (built with demo data when it does not exist yet).

Measured on 1,000,000 demo customers (2 shared cores, other work running):
- before (one 'optimize' of the search index inside the erasure's transaction):
  17.5 s in all; another write waited 16.2 s for the lock.
- after (the one entry rewritten in the transaction, 29 ms; the segments merged after
  it in steps of search_index.MERGE_PAGES, each at most 0.2 s, with a pause as long as
  the step between them): 34-39 s in all; another write waited at most 0.24 s.
  Without the pauses (--pause 0): 20 s in all, but a waiting write lost the race to the
  next step for up to 0.8 s (SQLite's busy handler polls every 100 ms).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _other_writer(path: Path, stop: threading.Event, waits: list[float]) -> None:
    con = sqlite3.connect(path, timeout=120, isolation_level=None)
    con.execute("CREATE TABLE IF NOT EXISTS bench_tick (at REAL)")
    while not stop.is_set():
        t = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")  # waits while the erasure holds the write lock
        waits.append(time.perf_counter() - t)
        con.execute("INSERT INTO bench_tick VALUES (?)", (t,))
        con.execute("COMMIT")
        time.sleep(0.02)
    con.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/bench1m.db")
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--pause", type=float, help="search_index.MAX_PAUSE, to compare")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="guanjia-erasure-"))
    os.environ["GUANJIA_HOME"] = str(work / "home")
    from models.customers import customer_list, search_index
    from models.customers.customer_filter import CustomerFilter
    from models.privacy import erasure
    from models.schema.opening import open_database
    from models.storage.db import close_database, integrity

    if args.pause is not None:
        search_index.MAX_PAUSE = args.pause
    source = Path(args.db)
    if not source.exists():
        from models.demo import demo

        open_database(source)
        demo.generate(args.customers, seed=1)
        close_database()
    path = work / "guanjia.db"
    shutil.copy(source, path)
    open_database(path)
    integrity().check()  # the first write's check (once per start) out of the way
    total = customer_list.count(CustomerFilter())
    print(f"customers: {total:,}")
    for cid in (5, total // 2):
        stop, waits = threading.Event(), []
        writer = threading.Thread(target=_other_writer, args=(path, stop, waits))
        writer.start()
        time.sleep(0.2)
        t = time.perf_counter()
        erasure.erase(cid)
        took = time.perf_counter() - t
        stop.set()
        writer.join()
        print(f"erase customer {cid}: {took:.2f} s in all; another write waited at most "
              f"{max(waits) * 1000:,.0f} ms ({len(waits)} writes meanwhile)")  # fmt: skip
    close_database()
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
