"""Import and export speed, against the raw speed of the libraries in the same run.

Usage: .venv/bin/python bench/excel.py [--rows 100000] [--million PATH]
Writes a ROWS x 12 customer .xlsx, builds a database with ROWS existing demo customers,
then times: openpyxl read-only merely reading the file; python-calamine reading it plus
sqlite3 executemany writing the same rows (the floor); our preview (read, clean,
classify) and our import end to end (read, clean, dedupe, write, index). Export of ROWS
customers is timed against openpyxl write-only and xlsxwriter constant-memory writing
the same values. With --million PATH, exports that database (1M customers) and prints
peak memory. Figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

HEADERS = [
    "客户编号", "姓名", "手机号码", "微信号", "邮箱", "公司", "城市", "生日", "性别",
    "来源", "标签", "备注",
]  # fmt: skip


def make_file(path: Path, rows: int) -> None:
    import xlsxwriter

    from models.demo import demo

    rnd = random.Random(11)
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("客户")
    sheet.write_row(0, 0, HEADERS)
    tags = [name for names in demo.DEMO_TAGS.values() for name in names]
    for i in range(1, rows + 1):
        surname = rnd.choice(demo.SURNAMES)
        name = surname + "".join(rnd.choice(demo.GIVEN_CHARS) for _ in range(2))
        mobile = rnd.choice(demo.MOBILE_PREFIXES) + f"{rnd.randrange(10**8):08d}"
        sheet.write_string(i, 0, f"IM{i:07d}")
        sheet.write_string(i, 1, name)
        sheet.write_number(i, 2, int(mobile))  # stored as a number, as people do
        sheet.write_string(i, 3, f"wx{rnd.randrange(10**6)}")
        sheet.write_string(i, 4, f"user{i}@{rnd.choice(demo.EMAIL_DOMAINS)}")
        sheet.write_string(i, 5, rnd.choice(demo.CITIES) + "示例贸易有限公司")
        sheet.write_string(i, 6, rnd.choice(demo.CITIES))
        sheet.write_string(
            i, 7, f"{rnd.randrange(1960, 2005)}/{rnd.randrange(1, 13)}/{rnd.randrange(1, 29)}"
        )
        sheet.write_string(i, 8, rnd.choice(("男", "女")))
        sheet.write_string(i, 9, rnd.choice(("转介绍", "门店", "微信", "官网")))
        sheet.write_string(i, 10, "、".join(rnd.sample(tags, rnd.randrange(0, 4))))
        sheet.write_string(i, 11, rnd.choice(("", "", "老客户介绍", "关注新品")))
    book.close()


def timed(label: str, fn):
    t = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - t
    print(f"  {label:58s} {seconds:7.2f} s")
    return seconds, result


def raw_floor(path: Path, tmp: Path) -> float:
    """calamine reading the file + sqlite3 executemany writing the same 12 values a row."""
    import python_calamine

    def work():
        rows = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
        rows = rows.to_python()
        con = sqlite3.connect(tmp / "floor.db")
        con.execute(f"CREATE TABLE t ({', '.join(f'c{i}' for i in range(12))})")
        with con:
            con.executemany(f"INSERT INTO t VALUES ({','.join('?' * 12)})", rows[1:])
        con.close()

    return timed("floor: calamine read + sqlite3 executemany", work)[0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--million", metavar="PATH", help="also export this database")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="guanjia-bench-"))
    os.environ["GUANJIA_HOME"] = str(tmp)
    path = tmp / "customers.xlsx"
    print(f"writing a {args.rows:,} x 12 .xlsx ...")
    make_file(path, args.rows)
    print(f"  file size {path.stat().st_size / 1e6:.1f} MB")

    import openpyxl

    def openpyxl_read():
        book = openpyxl.load_workbook(path, read_only=True)
        for _row in book.active.iter_rows(values_only=True):
            pass
        book.close()

    print("import")
    openpyxl_s = timed("openpyxl read-only, reading only", openpyxl_read)[0]
    floor_s = raw_floor(path, tmp)

    from models.demo import demo
    from models.excel import importer
    from models.schema.opening import open_database
    from models.storage.db import close_database

    open_database(tmp / "guanjia.db")
    print(f"  (database with {args.rows:,} existing demo customers)")
    demo.generate(args.rows, seed=5)
    preview_s, _ = timed(
        "preview table shown: read + first 200 rows cleaned and classified",
        lambda: importer.plan(importer.load(path), limit=200),
    )
    check_s, plan = timed(
        "whole file checked: read + every row cleaned and classified",
        lambda: importer.plan(importer.load(path)),
    )
    print(f"    counts {plan.counts}")
    end_s, result = timed(
        "import end to end: read, clean, dedupe, write, index",
        lambda: importer.run(importer.plan(importer.load(path))),
    )
    print(f"    {result.as_dict()}")
    print(f"  ratio to openpyxl read-only: {end_s / openpyxl_s:.2f} (goal: under 1)")
    print(f"  ratio to the floor:          {end_s / floor_s:.2f} (goal: 3 or less)")
    print(f"  preview shown: {preview_s:.2f} s (goal: under 2 s); counts after {check_s:.2f} s")

    print("export")
    from models.customers.customer_filter import CustomerFilter
    from models.customers.customer_list import BUILTIN_COLUMNS, Sort
    from models.excel.customer_export import customer_rows, export_customers

    keys = list(BUILTIN_COLUMNS)
    values = list(customer_rows(CustomerFilter(), Sort(), keys))

    def openpyxl_write():
        book = openpyxl.Workbook(write_only=True)
        sheet = book.create_sheet()
        sheet.append(keys)
        for row in values:
            sheet.append(row)
        book.save(tmp / "openpyxl.xlsx")

    def xlsxwriter_write():
        import xlsxwriter

        book = xlsxwriter.Workbook(str(tmp / "xw.xlsx"), {"constant_memory": True})
        sheet = book.add_worksheet()
        sheet.write_row(0, 0, keys)
        for i, row in enumerate(values, 1):
            sheet.write_row(i, 0, row)
        book.close()

    a = timed("openpyxl write-only, same values", openpyxl_write)[0]
    b = timed("xlsxwriter constant-memory, same values", xlsxwriter_write)[0]
    ours = timed(
        f"our export of {len(values):,} customers (query + format + write)",
        lambda: export_customers(tmp / "ours.xlsx", keys=keys),
    )[0]
    print(f"  ratio to the faster library: {ours / min(a, b):.2f} (goal: 1.2 or less)")
    close_database()
    if args.million:
        open_database(args.million)
        del values
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        seconds, n = timed(
            "export of the whole database",
            lambda: export_customers(tmp / "million.xlsx", keys=keys),
        )
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"    {n:,} rows, peak memory {peak:.0f} MB (was {before:.0f} MB before)")
        close_database()


if __name__ == "__main__":
    main()
