"""Schema step 14 (pinyin sort keys, birthday month-day index) on a large database, and
the sorts it serves: the first page, a keyset page and a deep OFFSET page by city,
company, address, birthday and an indexed custom field.

Usage: .venv/bin/python bench/sort_keys.py [--customers N] [--db PATH]
Builds a database at schema 13 with N customers (demo words: cities, companies,
addresses, owners; half with a birthday), times the upgrade, then the sorts. Figures
are printed, not asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import ms  # noqa: E402


def build_at_13(path: str, count: int) -> None:
    from models.demo import demo
    from models.schema import migrations
    from models.storage.db import close_database, connect_database

    db = connect_database(path)
    migrations.upgrade(db, target=13)
    rnd = random.Random(24)
    cities = demo.CITIES
    t = time.perf_counter()
    with db.atomic():
        db.execute_sql(
            "INSERT INTO custom_field(name, kind, choices, position) VALUES ('等级', 'text', '[]', 1)"
        )
        for start in range(0, count, 50_000):
            rows, values = [], []
            for i in range(start, min(start + 50_000, count)):
                city = rnd.choice(cities) if rnd.random() < 0.9 else ""
                company = f"{city}{rnd.choice(demo.COMPANY_WORDS)}{rnd.choice(demo.COMPANY_KINDS)}有限公司"
                address = f"{city}{rnd.choice(demo.DISTRICTS)}{rnd.choice(demo.ROADS)}{rnd.randrange(1, 400)}号"
                day = dt.date(1950, 1, 1) + dt.timedelta(days=rnd.randrange(20000))
                birthday = day.isoformat() if rnd.random() < 0.5 else ""
                rows.append((f"客户{i}", city, company, address, rnd.choice(demo.OWNERS), birthday))
                if i % 3:
                    values.append((i + 1, rnd.choice(["金卡", "银卡", "铜卡", "Platinum"])))
            db.connection().executemany(
                "INSERT INTO customer(name, name_key, city, company, address, owner, birthday,"
                " created_at, updated_at) VALUES (?, '', ?, ?, ?, ?, ?, '2024-01-01', '2024-01-01')",
                rows,
            )
            db.connection().executemany(
                "INSERT INTO custom_value(customer_id, field_id, text) VALUES (?, 1, ?)", values
            )
    print(f"built {count:,} customers at schema 13 in {time.perf_counter() - t:.1f} s")
    close_database()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--db", default="")
    args = parser.parse_args()
    path = args.db or f"bench/out/sort-keys-{args.customers}.db"
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    if os.path.exists(path):
        os.remove(path)
    build_at_13(path, args.customers)

    from models import clock
    from models.customers import custom_fields
    from models.customers import customer_list as cl
    from models.schema import migrations
    from models.storage.db import close_database, connect_database

    db = connect_database(path)
    t = time.perf_counter()
    migrations.upgrade(db, target=14)
    print(
        f"step 14 (keys of 6 columns and custom values, indexes): {time.perf_counter() - t:.1f} s"
    )
    migrations.upgrade(db)
    custom_fields.set_sort_index(1, True)
    clock.set_now(dt.datetime(2026, 6, 15, 9))
    flt = cl.CustomerFilter()
    deep = args.customers // 2
    print("sort: first page, a keyset page after it, a page by OFFSET half way")
    for sort in (cl.Sort("city"), cl.Sort("city", True), cl.Sort("company"), cl.Sort("address"),
                 cl.Sort("birthday"), cl.Sort("birthday", True), cl.Sort("cf:1")):  # fmt: skip
        t1, first = ms(lambda sort=sort: cl.page(flt, sort, 200))
        after = first.last_key
        t2, _ = ms(lambda sort=sort, after=after: cl.page(flt, sort, 200, after=after))
        t3, _ = ms(lambda sort=sort: cl.page(flt, sort, 200, offset=deep), repeat=1)
        name = f"{sort.key}{' desc' if sort.descending else ''}"
        print(
            f"  {name:14} first {t1:6.1f} ms   keyset {t2:6.1f} ms   offset {deep:,} {t3:7.1f} ms"
        )
    close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
