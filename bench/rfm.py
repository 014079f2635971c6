"""RFM speed: over 1,000,000 customers and 5,000,000 purchases, ours (SQL GROUP BY over
the (customer, day, amount) index + Python scoring) against pandas grouping the same rows in memory.

Usage: .venv/bin/python bench/rfm.py [--db PATH] [--source PATH] [--n N]
Copies the 1M-customer database of bench/search.py (--source, default
/tmp/bench1m.db) to --db once and adds N purchases (default 5,000,000) over two years,
3% refunds. Figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import ms  # noqa: E402


def fill(path: str, n: int, seed: int = 9) -> None:
    """Raw executemany in one transaction (the bench's data, not the program's path)."""
    rng = random.Random(seed)
    con = sqlite3.connect(path)
    top = con.execute("SELECT MAX(id) FROM customer").fetchone()[0]
    now = dt.datetime(2026, 11, 22, 12, 0)
    rows = []
    for i in range(n):
        at = now - dt.timedelta(minutes=rng.randint(0, 2 * 365 * 24 * 60))
        cents = rng.randint(500, 200_000) * (-1 if rng.random() < 0.03 else 1)
        rows.append((int(top * rng.random() ** 1.5) + 1, at.strftime("%Y-%m-%d %H:%M:%S"),
                     "", cents, "wechat", "", at.strftime("%Y-%m-%d %H:%M:%S")))  # fmt: skip
        if len(rows) == 200_000 or i == n - 1:
            con.executemany(
                "INSERT INTO purchase (customer_id, at, order_no, amount_cents, payment, note,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            rows = []
    con.commit()
    con.execute("ANALYZE")
    con.close()


def store_with_a_writer(path: str, scores, as_of) -> None:
    """rfm.store, from empty and again, while another connection saves a customer every
    20 ms (as the window would): how long does that save wait at worst?"""
    import threading

    from models.customers.record import Customer
    from models.purchases import rfm

    for label in ("from empty", "again, nothing changed"):
        if label == "from empty":
            Customer.update(rfm_segment="", rfm_score="").where(
                Customer.rfm_segment != ""
            ).execute()
        waits, stop = [], threading.Event()

        def writer(stop=stop, waits=waits):
            con = sqlite3.connect(path, timeout=5, isolation_level=None)
            while not stop.is_set():
                t = time.perf_counter()
                con.execute("BEGIN IMMEDIATE")
                con.execute("UPDATE customer SET notes = notes WHERE id = 1")
                con.execute("COMMIT")
                waits.append(time.perf_counter() - t)
                time.sleep(0.02)
            con.close()

        thread = threading.Thread(target=writer)
        thread.start()
        t = time.perf_counter()
        rfm.store(scores, 365, as_of)
        took = time.perf_counter() - t
        stop.set()
        thread.join()
        print(f"ours: rfm.store {label}: {took:.2f} s; a save meanwhile waited at most "
              f"{max(waits) * 1000:.0f} ms ({len(waits)} saves)")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/bench_rfm.db")
    parser.add_argument("--source", default="/tmp/bench1m.db")
    parser.add_argument("--n", type=int, default=5_000_000)
    args = parser.parse_args()
    if not os.path.exists(args.db):
        if not os.path.exists(args.source):
            print(f"build {args.source} first: .venv/bin/python bench/search.py")
            return 1
        shutil.copy(args.source, args.db)
    from models import clock
    from models.purchases import rfm
    from models.schema.opening import open_database

    open_database(args.db)  # migrates: the purchase tables
    con = sqlite3.connect(args.db)
    if con.execute("SELECT COUNT(*) FROM purchase").fetchone()[0] == 0:
        t = time.perf_counter()
        fill(args.db, args.n)
        print(f"filled {args.n:,} purchases in {time.perf_counter() - t:.1f} s")
    clock.set_now(dt.datetime(2026, 11, 22, 12, 0))
    as_of = dt.date(2026, 11, 22)
    took, scores = ms(lambda: rfm.compute(365, as_of), repeat=3)
    print(f"ours: rfm.compute, 365 days: {took / 1000:.2f} s, {len(scores):,} customers scored")
    took, _values = ms(lambda: rfm.raw_values(365, as_of), repeat=3)
    print(f"ours: the GROUP BY alone: {took / 1000:.2f} s")

    store_with_a_writer(args.db, scores, as_of)

    import pandas as pd

    start, end = rfm.period(365, as_of)
    t = time.perf_counter()
    frame = pd.read_sql_query(
        "SELECT customer_id, at, amount_cents FROM purchase WHERE at >= ? AND at < ?",
        con, params=(str(start), str(end)), parse_dates=["at"],
    )  # fmt: skip
    read = time.perf_counter() - t
    print(f"pandas: reading the period's rows: {read:.2f} s ({len(frame):,})")

    def pandas_rfm():
        positive = frame[frame["amount_cents"] > 0]
        grouped = positive.groupby("customer_id")
        out = pd.DataFrame({"last": grouped["at"].max(), "f": grouped.size()})
        out["m"] = frame.groupby("customer_id")["amount_cents"].sum()
        out["r"] = (pd.Timestamp(as_of) - out["last"].dt.normalize()).dt.days
        for col, asc in (("r", False), ("f", True), ("m", True)):
            out[col + "_score"] = out[col].rank(method="min", ascending=asc, pct=True)
        return out

    took, out = ms(pandas_rfm, repeat=3)
    print(f"pandas: grouping and ranking the rows in memory: {took / 1000:.2f} s ({len(out):,})")
    print(f"pandas: from the database to scores: {read + took / 1000:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
