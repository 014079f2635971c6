"""Writes the two example sign-up lists (报名表) of the event sign-up import
(tests/data/events/): a 问卷星-style export (序号, 提交答卷时间, 所用时间, 来源, 来自IP, then
the question columns) and a plain sheet typed by staff. The README shows their columns;
tests read them.

Usage: .venv/bin/python scripts/make_event_examples.py
Made-up people; run again to rewrite both files (same content)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "events"

WJX = [
    ["序号", "提交答卷时间", "所用时间", "来源", "来自IP", "1、您的姓名", "2、您的手机号",
     "3、参加人数", "4、您想了解的内容"],
    [1, "2026/11/10 20:13:45", "35秒", "微信", "112.10.8.21(浙江-杭州)", "王姐", "13800000001",
     1, "插花入门"],
    [2, "2026/11/10 21:02:10", "52秒", "微信", "36.24.5.9(浙江-杭州)", "李先生", "13800000002",
     2, ""],
    [3, "2026/11/11 08:30:02", "41秒", "手机提交", "223.104.3.7(浙江-宁波)", "Amy", "13900000002",
     1, "花材保养"],
    [4, "2026/11/11 09:15:27", "28秒", "微信", "112.10.8.21(浙江-杭州)", "王姐", "13800000001",
     1, "重复提交"],
    [5, "2026/11/11 12:40:55", "1分5秒", "链接", "101.68.2.3(浙江-杭州)", "小陈", "13700000003",
     1, ""],
]  # fmt: skip
PLAIN = [
    ["姓名", "手机", "报名时间", "人数", "备注"],
    ["王姐", "13800000001", "2026-11-10 20:00", 1, "老客"],
    ["张阿姨", "", "2026-11-11", 2, "电话报名"],
    ["小陈", "137 0000 0003", "2026-11-12 10:30", 1, ""],
]  # fmt: skip


def write(path: Path, rows: list[list], sheet: str) -> None:
    book = openpyxl.Workbook()
    book.active.title = sheet
    for row in rows:
        book.active.append(row)
    for column in book.active.columns:
        book.active.column_dimensions[column[0].column_letter].width = 16
    book.properties.creator = "Guanjia"
    fixed = dt.datetime(2026, 12, 1)
    book.properties.created = book.properties.modified = fixed
    book.save(path)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    write(OUT / "signups_wjx_example.xlsx", WJX, "Sheet1")
    write(OUT / "signups_plain_example.xlsx", PLAIN, "报名表")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
