"""Finding duplicates at 1M customers, and merging a customer with 1,000 records
(issue 29 part 2; figures printed, not asserted).

Usage: .venv/bin/python bench/duplicates.py --source PATH [--work PATH] [--plant N]

Copies SOURCE (read-only: never written; e.g. a 1M database built by
`python -m desktop demo`, with purchases, follow-ups and complaints) to WORK, upgrades the copy,
plants N duplicate pairs (the same mobile under a one-character-different name; the
same name and city under a pinyin look-alike) and a customer with 1,000 records, then
times duplicates.find("certain"), find("likely") and the merge with its undo.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _plant(database, n: int) -> tuple[int, int]:
    """n certain pairs (a copy of a customer with its mobile, name one character off)
    and n likely ones (a pinyin look-alike of the name, same city); returns the busy
    customer's id and another customer to merge into it."""
    run = database.execute_sql
    rows = run(
        "SELECT id, name, name_key, mobile, city FROM customer WHERE mobile <> '' AND city <> ''"
        " AND length(name) BETWEEN 2 AND 3 ORDER BY id LIMIT ?", (2 * n,)
    ).fetchall()  # fmt: skip
    now = "2026-12-01 10:00:00"
    columns = ("name, name_key, mobile, city, created_at, updated_at, company_key, job_title_key,"
               " industry_key, city_key, address_key, owner_key, total_spend_cents,"
               " purchase_count, rfm_segment, rfm_score, name_placeholder, lead_score,"
               " lead_grade")  # fmt: skip
    values = "?, ?, ?, ?, ?, ?, '', '', '', '', '', '', 0, 0, '', '', 0, 0, ''"
    with database.atomic():
        for i, (_cid, name, name_key, mobile, city) in enumerate(rows):
            if i < n:  # certain: same mobile; name one character off
                twin = name[:-1] + ("明" if name[-1] != "明" else "亮")
                run(f"INSERT INTO customer ({columns}) VALUES ({values})",
                    (twin, name_key, mobile, "", now, now))  # fmt: skip
            else:  # likely: same pinyin, another first character, same city
                run(f"INSERT INTO customer ({columns}) VALUES ({values})",
                    (name, name_key, "", city, now, now))  # fmt: skip
        top = run("SELECT MAX(id) FROM customer").fetchone()[0]
        busy, other = top + 1, top + 2
        for cid in (busy, other):
            run(f"INSERT INTO customer (id, {columns}) VALUES (?, {values})",
                (cid, "合并测试", "he bing ce shi 合并测试", f"1380013{cid % 10000:04d}", "杭州",
                 now, now))  # fmt: skip
        for _ in range(500):  # 1,000 records of the other: follow-ups and purchases
            run("INSERT INTO followup (customer_id, kind, subject, note, due_at, has_time,"
                " status, source, created_at, owner) VALUES (?, 'call', 'b', '', ?, 0, 'done',"
                " 'manual', ?, '')", (other, now, now))  # fmt: skip
            run("INSERT INTO purchase (customer_id, amount_cents, at, day, payment, order_no,"
                " note, created_at) VALUES (?, 1000, ?, 739586, 'cash', '', '', ?)",
                (other, now, now))  # fmt: skip
    return busy, other


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", required=True)
    parser.add_argument("--work", default="")
    parser.add_argument("--plant", type=int, default=2000)
    parser.add_argument("--reuse", action="store_true", help="WORK is a copy already")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="guanjia-dupes-"))
    os.environ["GUANJIA_HOME"] = str(folder / "home")
    work = Path(args.work) if args.work else folder / "dupes.db"
    from models.customers import duplicates
    from models.merging import merging
    from models.schema import migrations
    from models.storage.db import close_database, connect_database

    if not (args.reuse and work.exists()):
        t = time.perf_counter()
        shutil.copyfile(args.source, work)  # the source is never opened for writing
        print(f"copy: {time.perf_counter() - t:.1f} s")
    database = connect_database(work)
    migrations.upgrade(database)
    t = time.perf_counter()
    busy, other = _plant(database, args.plant)
    print(f"upgrade and plant: {time.perf_counter() - t:.1f} s", flush=True)
    for kind in ("certain", "likely"):
        t, cpu = time.perf_counter(), time.process_time()
        seen = []
        groups = duplicates.find(kind, progress=seen.append)
        print(f"find {kind}: {time.perf_counter() - t:.1f} s wall, "
              f"{time.process_time() - cpu:.1f} s CPU, {len(groups):,} groups, "
              f"{len(seen)} progress steps", flush=True)  # fmt: skip
    t, cpu = time.perf_counter(), time.process_time()
    done = merging.merge(busy, [other])
    print(f"merge of a customer with 1,000 records: {(time.perf_counter() - t) * 1000:.0f} ms"
          f" wall, {(time.process_time() - cpu) * 1000:.0f} ms CPU (moved {done.moved})",
          flush=True)  # fmt: skip
    t, cpu = time.perf_counter(), time.process_time()
    merging.undo(done.merge_id)
    print(
        f"undo of that merge: {(time.perf_counter() - t) * 1000:.0f} ms wall, "
        f"{(time.process_time() - cpu) * 1000:.0f} ms CPU",
        flush=True,
    )
    close_database()
    if not args.work:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
