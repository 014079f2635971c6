"""Writes the two example NPS answer files of the survey answer import
(tests/data/surveys/): a 问卷星 export and a 腾讯问卷 export (序号, 提交答卷时间 or 提交时间,
所用时间, 来源, 来自IP, then one column per question with the question text as its
header; 问卷星's asks the mobile, 腾讯问卷's the name). Tests read them.

Usage: .venv/bin/python scripts/make_survey_examples.py
Made-up people; run again to rewrite both files (same content)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "surveys"

# 张三 13800000001 and 李四 13800000002 are customers; 13900000009 is nobody (anonymous)
WJX = [
    ["序号", "提交答卷时间", "所用时间", "来源", "来自IP", "1、您有多大可能把我们推荐给朋友或同事？",
     "2、请说说您打出这个分的主要原因", "3、您的手机号"],
    [1, "2026/11/10 20:13:45", "35秒", "微信", "112.10.8.21(浙江-杭州)", 10, "服务热情",
     "13800000001"],
    [2, "2026/11/10 21:02:10", "52秒", "微信", "36.24.5.9(浙江-杭州)", 3, "排队太久",
     "13800000002"],
    [3, "2026/11/11 08:30:02", "41秒", "手机提交", "223.104.3.7(浙江-宁波)", 8, "",
     "13900000009"],
    [4, "2026/11/11 09:15:27", "28秒", "微信", "112.10.8.21(浙江-杭州)", 11, "手滑", ""],
]  # fmt: skip
# 王五 is two customers (ambiguous: the review picks); 赵六 is nobody (anonymous)
TENCENT = [
    ["序号", "提交时间", "所用时间", "来源", "来自IP", "1.您向亲友推荐本店的可能性有多大（请打分）",
     "2.您还有什么意见或建议", "3.您的姓名"],
    [1, "2026-11-20 10:00:00", "20秒", "微信", "112.10.8.21", "9分", "很好", "张三"],
    [2, "2026-11-20 11:00:00", "31秒", "微信", "112.10.8.22", "6分", "价格偏高", "王五"],
    [3, "2026-11-21 09:30:00", "45秒", "链接", "112.10.8.23", "7分", "", "赵六"],
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
    write(OUT / "nps_wjx_example.xlsx", WJX, "Sheet1")
    write(OUT / "nps_tencent_example.xlsx", TENCENT, "问卷数据")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
