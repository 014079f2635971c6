"""The search language's speed on a large database (figures printed, not asserted):
count + first page per query (best of 3), parse + compile, and completion per keystroke;
with --plans, SQLite's EXPLAIN QUERY PLAN of each count.

Usage: .venv/bin/python bench/query.py --db COPY_OF_A_1M_DATABASE [--plans]
(a copy: opening upgrades the file; e.g. cp /work/benchdb/c25s2.db /tmp/c25s2.db)
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import best  # noqa: E402

INDEXED = [  # up to three terms on indexed columns or tag links: < 100 ms
    "来源:微信",
    "标签:VIP",
    "阶段:活跃 来源:微信",
    "分群:重要价值客户 R:>=4",
    "标签:VIP 来源:微信 消费>1000",
    "创建:<30天 阶段:活跃 来源:微信",
    "最近联系:>90天 标签:VIP",
    "生日:本月 性别:女",
    "下次跟进:<7天 阶段:活跃",
    "次数>=3 最近购买:<30天",
]
ANY = [  # up to five terms of any kind: < 500 ms
    "标签:VIP 城市:杭州 消费>1000 生日:本月 -邮箱:空",
    "(来源:微信 或 来源:转介绍) 阶段:活跃 最近购买:>90天 投诉:无 性别:女",
    "公司:科技 行业:空 消费:1000..5000 -标签:VIP 创建:今年",
    "张 城市:北京 性别:男 次数>=2 NPS:空",
    "社群:有 积分>100 会员等级:有 消费>500 生日:下月",
]
KEYSTROKES = "标签:VIP 城市:杭州 消费>1000 生日:本月 -邮箱:空"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--plans", action="store_true")
    args = parser.parse_args()
    from peewee import fn

    from models.customers import customer_list as cl
    from models.customers.query import completion, syntax
    from models.customers.query.box import filter_for
    from models.customers.query.compiler import compile_query
    from models.customers.record import Customer
    from models.schema.opening import open_database
    from models.storage.db import database

    open_database(Path(args.db))
    total = cl.total()
    print(f"{total:,} live customers")

    def run(text):
        flt = filter_for(text)
        started = time.perf_counter()
        n = cl.count(flt)
        counted = 1000 * (time.perf_counter() - started)
        cl.page(flt, cl.Sort("id"), 50, matches=n, scope=total)
        return n, counted, flt

    for title, queries, goal in (("<= 3 indexed terms", INDEXED, 100), ("any 5 terms", ANY, 500)):
        print(f"\n{title}: count + first page of 50 (goal < {goal} ms)")
        for text in queries:
            took, (n, counted, flt) = best(lambda text=text: run(text))
            mark = "" if took < goal else "  SLOW"
            print(f"  {took:8.1f} ms (count {counted:7.1f})  {n:>9,} found  {text}{mark}")
            if args.plans:
                sql, params = cl._base(flt, fn.COUNT(Customer.id),
                                       strategy="links" if flt.tags else "rowid").sql()  # fmt: skip
                for row in database.execute_sql("EXPLAIN QUERY PLAN " + sql, params):
                    print(f"             {row[-1]}")

    print("\nparse + compile (goal < 5 ms)")
    for text in ANY[:2]:
        took, _ = best(lambda text=text: compile_query(text, lambda _w: None), repeat=20)
        print(f"  {took:8.2f} ms  {text}")
    started = time.perf_counter()
    vocab = completion.vocabulary()
    print(f"\ncompletion: vocabulary read once {1000 * (time.perf_counter() - started):.1f} ms")
    worst = 0.0
    for i in range(1, len(KEYSTROKES) + 1):
        typed = KEYSTROKES[:i]
        token = typed.split(" ")[-1]
        took, _ = best(lambda token=token, typed=typed: (
            syntax.parse(typed) if not typed.endswith((":", ">", "-")) else None,
            completion.complete(token, vocab)), repeat=5)  # fmt: skip
        worst = max(worst, took)
    print(f"  per keystroke (parse + complete), worst of {len(KEYSTROKES)}: {worst:.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
