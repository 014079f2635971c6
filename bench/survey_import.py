"""Issue 27's import target: 50,000 answers < 10 s. A 问卷星-style file of N answers
(default 50,000) into a database of 20,000 demo customers: half the rows carry a
customer's mobile (matched: each starts its closed loop), half an unknown one
(anonymous). Run: python bench/survey_import.py [N]"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import openpyxl  # noqa: E402

from models import clock  # noqa: E402
from models.demo import demo  # noqa: E402
from models.excel import import_engine  # noqa: E402
from models.excel import survey_answer_import as imp  # noqa: E402
from models.schema.opening import open_database  # noqa: E402
from models.storage.db import database  # noqa: E402
from models.surveys import surveys  # noqa: E402


def main(n: int) -> None:
    clock.set_now(dt.datetime(2026, 12, 7, 10, 0))
    with tempfile.TemporaryDirectory() as folder:
        open_database(Path(folder) / "bench.db", create=True)
        demo.generate(20000, seed=27)
        mobiles = [m for (m,) in database.execute_sql(
            "SELECT mobile FROM customer WHERE mobile <> '' LIMIT 20000")]  # fmt: skip
        sid = surveys.create("NPS", "nps")
        rng = random.Random(27)
        book = openpyxl.Workbook(write_only=True)
        sheet = book.create_sheet("Sheet1")
        sheet.append(["序号", "提交答卷时间", "所用时间", "来源", "来自IP",
                      "1、您有多大可能把我们推荐给朋友或同事？", "2、请说说您打出这个分的主要原因",
                      "3、您的手机号"])  # fmt: skip
        start = dt.datetime(2024, 1, 1)
        for i in range(n):
            at = start + dt.timedelta(minutes=rng.randrange(2 * 365 * 24 * 60))
            mobile = rng.choice(mobiles) if i % 2 else f"139{i:08d}"
            sheet.append([i + 1, at.strftime("%Y/%m/%d %H:%M:%S"), "30秒", "微信", "1.2.3.4",
                          rng.randint(0, 10), "还行", mobile])  # fmt: skip
        path = Path(folder) / "answers.xlsx"
        book.save(path)
        c0, t0 = time.process_time(), time.perf_counter()
        options = imp.Options(survey=sid)
        loaded = import_engine.load(path, options)
        t1 = time.perf_counter()
        plan = import_engine.plan(loaded, options)
        t2 = time.perf_counter()
        result = imp.run(plan)
        t3 = time.perf_counter()
        print(
            f"{n:,} answers: read {t1 - t0:.1f} s, plan {t2 - t1:.1f} s, write {t3 - t2:.1f} s;"
            f" {t3 - t0:.1f} s wall, {time.process_time() - c0:.1f} s CPU; {result.as_dict()}"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50000)
