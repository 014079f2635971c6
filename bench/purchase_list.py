"""The purchases page's queries over 1,000,000 purchases (20,000 customers, 1% voided):
the count and sum, the first page, a page deep in the list by keyset, and the filters
the page offers. Figures are printed, not asserted.

Usage: .venv/bin/python bench/purchase_list.py [--db PATH] [--n N]
Builds the database once at --db (default /tmp/bench_purchases.db).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import ms  # noqa: E402


def build(path: str, n: int, customers: int = 20_000, seed: int = 5) -> None:
    from models.schema.opening import open_database
    from models.storage.db import close_database

    open_database(path)
    close_database()
    rng = random.Random(seed)
    con = sqlite3.connect(path)
    stamp = "2026-01-01 00:00:00"
    con.executemany(
        "INSERT INTO customer (number, name, name_key, created_at, updated_at)"
        " VALUES (?, ?, '', ?, ?)",
        [(f"KH{i:07d}", f"客户{i}", stamp, stamp) for i in range(1, customers + 1)],
    )
    now = dt.datetime(2026, 11, 22, 12, 0)
    payments = ("cash", "wechat", "alipay", "card")
    rows = []
    for i in range(n):
        at = now - dt.timedelta(minutes=rng.randint(0, 2 * 365 * 24 * 60))
        text = at.strftime("%Y-%m-%d %H:%M:%S")
        voided = text if rng.random() < 0.01 else None
        rows.append((rng.randint(1, customers), text, at.toordinal(), rng.randint(500, 200_000),
                     rng.choice(payments), text, voided))  # fmt: skip
        if len(rows) == 200_000 or i == n - 1:
            con.executemany(
                "INSERT INTO purchase (customer_id, at, day, order_no, amount_cents, payment,"
                " note, created_at, voided_at) VALUES (?, ?, ?, '', ?, ?, '', ?, ?)",
                rows,
            )
            rows = []
    con.commit()
    con.execute("ANALYZE")
    con.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/bench_purchases.db")
    parser.add_argument("--n", type=int, default=1_000_000)
    args = parser.parse_args()
    if not os.path.exists(args.db):
        build(args.db, args.n)
    from models.purchases import purchase_list as pl
    from models.schema.opening import open_database

    open_database(args.db)
    flt = pl.PurchaseFilter()
    print(f"count and sum      {ms(lambda: pl.count_and_sum(flt))[0]:7.1f} ms")
    print(f"first page         {ms(lambda: pl.rows(flt))[0]:7.1f} ms")
    deep = pl.rows(flt, 1, None)[0]
    at = deep["at"] - dt.timedelta(days=400)
    print(f"page 400 days back {ms(lambda: pl.rows(flt, 200, (at, 10**9)))[0]:7.1f} ms")
    for label, f in (
        ("payment", pl.PurchaseFilter(payment="alipay")),
        ("one customer", pl.PurchaseFilter(customer_id=77)),
        ("customer text", pl.PurchaseFilter(customer="KH0000077")),
        ("a month", pl.PurchaseFilter(date_from=dt.date(2026, 3, 1),
                                      date_to=dt.date(2026, 3, 31))),
        ("amount range", pl.PurchaseFilter(amount_min=100_000, amount_max=100_500)),
        ("show voided", pl.PurchaseFilter(show_voided=True)),
    ):  # fmt: skip
        page = ms(lambda f=f: pl.rows(f))[0]
        count = ms(lambda f=f: pl.count_and_sum(f))[0]
        print(f"{label:18} page {page:7.1f} ms, count and sum {count:7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
