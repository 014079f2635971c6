"""Community member import speed: a 10,000-row member list (企业微信's columns) into one
community of a database with many customers (issue 25: < 5 s).

Usage: .venv/bin/python bench/community_import.py [--rows N] [--customers N] [--db FILE]
Builds a fresh database with --customers customers (bulk, as an import makes them), or
with --db copies a database (the 1M-customer demo: `guanjia --db X demo --customers
1000000 --communities`; read through SQLite's backup API, never written), then a member
list of --rows rows: 40% matched by mobile, 30% by WeChat id, 10% by name, 5% staff
(企业成员), 15% unknown (created: --create-customers), and imports it the way
`guanjia communities import ID FILE --create-customers` does: load, plan with the
proposed mapping, run. Then the same file again (every row already a member). Figures are printed, not asserted; --profile prints the first import's profile.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def build_customers(count: int) -> None:
    from models import clock
    from models.excel import customer_writing
    from models.excel.import_records import ImportRun
    from models.storage.db import database

    with database.atomic():
        now = clock.now()
        run = ImportRun.create(file_name="bench", started_at=now, finished_at=now).id
        for start in range(0, count, 50_000):
            values = [
                {"name": f"会员{i:07d}", "mobile": f"139{i:08d}", "wechat": f"wx_{i:07d}"}
                for i in range(start, min(count, start + 50_000))
            ]
            customer_writing.create_customers(run, values)


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of `source` (read only: its WAL included, nothing written)."""
    import sqlite3

    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    with dst:
        src.backup(dst, pages=65536)
    src.close()
    dst.close()


def sampled_people(rows: int) -> dict[str, list[str]]:
    """Mobiles, WeChat ids and names of customers spread over a copied database."""
    from models.storage.db import database

    total = database.execute_sql("SELECT MAX(id) FROM customer").fetchone()[0] or 1
    step = max(1, total // rows)
    out = {}
    for column in ("mobile", "wechat", "name"):
        sql = (f"SELECT {column} FROM customer WHERE id % ? = 0 AND deleted_at IS NULL"
               f" AND {column} <> '' LIMIT ?")  # fmt: skip
        out[column] = [r[0] for r in database.execute_sql(sql, (step, rows))]
    return out


def build_file(path: str, rows: int, customers: int, people: dict | None = None) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(path, {"constant_memory": True})
    sheet = book.add_worksheet("成员列表")
    sheet.write_row(0, 0, ["昵称", "群昵称", "微信号", "手机", "入群时间", "邀请人", "成员类型",
                           "入群方式"])  # fmt: skip
    ways = ("由成员邀请入群", "通过邀请链接入群", "通过扫描群二维码入群")
    for i in range(rows):
        who = (i * 7919) % customers  # spread over the table
        share = i % 20
        nick, wechat, mobile, kind = f"昵称{i}", "", "", "外部联系人"
        if share < 8:
            mobile = people["mobile"][i % len(people["mobile"])] if people else f"139{who:08d}"
        elif share < 14:
            wechat = people["wechat"][i % len(people["wechat"])] if people else f"wx_{who:07d}"
        elif share < 16:
            nick = people["name"][i % len(people["name"])] if people else f"会员{who:07d}"
        elif share < 17:
            kind = "企业成员"
        else:
            nick, wechat = f"新人{i}", f"new_{i}"
        inviter = f"昵称{i - 1}" if i and ways[i % 3] == ways[0] else ""
        sheet.write_row(i + 1, 0, [nick, "", wechat, mobile, "2026-11-01", inviter, kind,
                                   ways[i % 3]])  # fmt: skip
    book.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--db", type=Path, help="copy this database instead of building one")
    parser.add_argument("--profile", action="store_true", help="profile the first import")
    args = parser.parse_args()

    from models import clock
    from models.communities.tables import Community
    from models.excel import community_member_import as members
    from models.excel import import_engine
    from models.schema.opening import open_database
    from models.storage import backup
    from models.storage.db import database, integrity

    # The engine backs the database up before every import (its size, not the file's,
    # sets that time): measured apart, so the import's own work shows.
    spent = {"backup": 0.0}
    before = backup.before

    def timed_before(*args, **kwargs):
        t = time.perf_counter()
        try:
            return before(*args, **kwargs)
        finally:
            spent["backup"] += time.perf_counter() - t

    backup.before = timed_before
    folder = Path(tempfile.mkdtemp(prefix="guanjia-bench-"))
    t = time.perf_counter()
    people = None
    if args.db:
        copy_database(args.db, folder / "bench.db")
        open_database(folder / "bench.db")
        started = time.perf_counter()
        integrity().check()  # the quick check writes wait for (the window runs it at start)
        print(f"quick check of the copy: {time.perf_counter() - started:.1f} s (not counted)")
        people = sampled_people(args.rows)
        customers = database.execute_sql("SELECT COUNT(*) FROM customer").fetchone()[0]
    else:
        open_database(folder / "bench.db", create=True)
        build_customers(args.customers)
        customers = args.customers
    now = clock.now()
    cid = Community.create(name="导入测试群", platform="wecom_group", created_at=now,
                           updated_at=now).id  # fmt: skip
    file = str(folder / "members.xlsx")
    build_file(file, args.rows, args.customers, people)
    size = (folder / "bench.db").stat().st_size / 1e9
    print(f"{customers:,} customers ({size:.2f} GB) and {args.rows:,} rows ready in "
          f"{time.perf_counter() - t:.1f} s")  # fmt: skip
    for label in ("import", "again"):
        spent["backup"] = 0.0
        t, cpu = time.perf_counter(), time.process_time()
        options = members.Options(community=cid, create_customers=True)
        plan = import_engine.plan(import_engine.load(file, options), options)
        planned = time.perf_counter() - t
        profile = cProfile.Profile() if args.profile and label == "import" else None
        if profile:
            profile.enable()
        result = members.run(plan)
        if profile:
            profile.disable()
            pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
        total, cpu = time.perf_counter() - t, time.process_time() - cpu
        load = os.getloadavg()[0]
        print(f"{label}: {args.rows:,} rows in {total:.2f} s (CPU {cpu:.2f} s; plan "
              f"{planned:.2f} s, the backup before it {spent['backup']:.2f} s; load "
              f"{load:.1f}): "
              f"joined {result.joined:,}, already {result.already:,}, created "
              f"{result.created:,}, skipped {result.skipped:,}, errors {result.errors:,}"
              f" [{dt.datetime.now():%H:%M}]")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
