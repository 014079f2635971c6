"""Writes the two example files of the community imports (tests/data/communities/):
a group's member list with the columns 企业微信 exports (成员类型, 入群方式 included) and
a group's daily statistics. The README shows their columns; tests read them.

Usage: .venv/bin/python scripts/make_community_examples.py
Made-up people and numbers; run again to rewrite both files (same content)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "communities"

MEMBERS = [
    ["昵称", "群昵称", "微信号", "手机", "入群时间", "邀请人", "成员类型", "入群方式"],
    ["花店小周", "小周-群主", "", "", "2026-09-01 10:00", "", "企业成员", ""],
    ["王姐", "王姐-老客", "wangjie_88", "13800000001", "2026-09-01 10:05", "花店小周",
     "外部联系人", "由成员邀请入群"],
    ["李先生", "", "lee_2026", "", "2026-09-03 20:11", "", "外部联系人", "通过扫描群二维码入群"],
    ["Amy", "Amy-插花爱好者", "", "13900000002", "2026-09-05 12:30", "王姐", "外部联系人",
     "由成员邀请入群"],
    ["阿杰", "", "ajie_flower", "", "2026-09-10 08:45", "", "外部联系人", "通过邀请链接入群"],
]  # fmt: skip
STATS = [
    ["日期", "群成员数", "新增", "退群", "发言人数", "消息数"],
    *[[dt.date(2026, 9, d), 40 + 2 * d - d // 4, 2, d // 4 - (d - 1) // 4, 8 + d % 5, 60 + 7 * d]
      for d in range(1, 8)],
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
    write(OUT / "community_members_example.xlsx", MEMBERS, "成员列表")
    write(OUT / "community_stats_example.xlsx", STATS, "群统计")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
