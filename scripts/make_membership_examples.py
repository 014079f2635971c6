"""Writes the example files of the member import (tests/data/membership/): a member base
as three other programs export it (里诺, 智络, 易软 style headers), one in English, and one
full of mistakes (money with three decimals, a negative balance, an unknown level, a bad
date, a card number twice). The README shows their columns; tests read them, and
bench/member_import.py writes its large file with `rows()`.

Usage: .venv/bin/python scripts/make_membership_examples.py
Made-up people and numbers; run again to rewrite the files (same content)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "membership"

LINUO = [
    ["会员卡号", "会员姓名", "手机号", "会员等级", "积分余额", "储值余额", "赠送余额", "次卡",
     "剩余次数", "开卡日期", "到期日期"],
    ["80001", "王丽", "13800000001", "金卡", 1200, 500, 50, "洗剪吹", 8, dt.date(2024, 3, 1),
     dt.date(2027, 3, 1)],
    ["80002", "李强", "13800000002", "银卡", 300, 88.5, 0, "", "", dt.date(2024, 5, 12), None],
    ["80003", "张敏", "13800000003", "", 0, 0, 0, "头皮护理", 3, dt.date(2025, 1, 8), None],
]  # fmt: skip
ZHILUO = [
    ["卡号", "姓名", "手机", "等级", "可用积分", "卡内余额", "赠送金额", "项目", "剩余次数",
     "开卡日期"],
    ["ZL-1001", "陈晨", "13900000011", "金卡", "2,000", "1,000.00", "100.00", "", "",
     "2023/11/20"],
    ["ZL-1002", "赵云", "13900000012", "银卡", "150", "¥66.60", "0", "推拿", "10",
     "2024-02-02"],
]  # fmt: skip
YIRUAN = [
    ["会员卡号", "会员姓名", "手机号", "会员等级", "积分", "本金余额", "赠送余额", "开卡日期",
     "到期日期"],
    ["YR0001", "周杰", "13700000021", "金卡", 520, 200, 20, "2025-06-01", "2026-06-01"],
    ["YR0002", "吴倩", "", "银卡", 80, 0, 0, "2025-07-15", ""],
]  # fmt: skip
ENGLISH = [
    ["Card No", "Name", "Mobile", "Level", "Points", "Balance", "Bonus", "Service", "Visits",
     "Joined", "Expires"],
    ["EN-01", "Amy Lin", "13600000031", "Gold", 90, 45.5, 5, "Massage", 2, "2025-01-02", ""],
]  # fmt: skip
BAD = [
    ["会员卡号", "会员姓名", "手机号", "会员等级", "积分余额", "储值余额", "赠送余额", "开卡日期"],
    ["B001", "好人", "13500000041", "金卡", 10, 100, 0, "2025-01-01"],
    ["B002", "三位小数", "13500000042", "金卡", 10, "12.345", 0, "2025-01-01"],
    ["B003", "负余额", "13500000043", "金卡", 10, -5, 0, "2025-01-01"],
    ["B004", "无此等级", "13500000044", "钻石卡", 10, 5, 0, "2025-01-01"],
    ["B005", "坏日期", "13500000045", "", 10, 5, 0, "明年某天"],
    ["B001", "重复卡号", "13500000046", "", 10, 5, 0, "2025-01-01"],
    ["B006", "负积分", "13500000047", "", -3, 5, 0, "2025-01-01"],
]  # fmt: skip


def rows(n: int, start: int = 1) -> list[list]:
    """A large member base in 里诺's layout: n members, made up."""
    out = [LINUO[0]]
    for i in range(start, start + n):
        out.append([f"B{i:07d}", f"会员{i}", f"139{i:08d}", ("金卡", "银卡", "")[i % 3],
                    i % 5000, round((i % 997) * 1.5, 2), (i % 7) * 10,
                    "洗剪吹" if i % 4 == 0 else "", 5 if i % 4 == 0 else "",
                    dt.date(2024, 1, 1) + dt.timedelta(days=i % 700), None])  # fmt: skip
    return out


def write(path: Path, data: list[list]) -> Path:
    book = openpyxl.Workbook()
    book.active.title = "会员"
    for row in data:
        book.active.append(row)
    book.save(path)
    return path


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in (("linuo_members.xlsx", LINUO), ("zhiluo_members.xlsx", ZHILUO),
                       ("yiruan_members.xlsx", YIRUAN), ("english_members.xlsx", ENGLISH),
                       ("bad_members.xlsx", BAD)):  # fmt: skip
        write(OUT / name, data)
        print(OUT / name)


if __name__ == "__main__":
    main()
