"""The Surveys page's answers list on 500,000 answers over 3 years (anonymous, as
bench_surveys.py makes them): the newest 1,000 with the count of all, unfiltered, by
category, by a month's period. Run: python bench/survey_answer_list.py"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models.schema.opening import open_database  # noqa: E402
from models.storage.db import database  # noqa: E402
from models.surveys import answer_list, surveys  # noqa: E402

N = 500_000


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        open_database(Path(folder) / "bench.db", create=True)
        sid = surveys.create("NPS", "nps")
        rng = random.Random(27)
        start = dt.datetime(2024, 1, 1)
        times = [(start + dt.timedelta(minutes=rng.randrange(3 * 365 * 24 * 60))).isoformat(" ")
                 for _ in range(N)]  # fmt: skip
        rows = [(sid, None, rng.randint(0, 10), "", at, at[:7], "import", "", 0,
                 start.isoformat(" ")) for at in times]  # fmt: skip
        with database.atomic():
            database.connection().executemany(
                "INSERT INTO survey_answer (survey_id, customer_id, score, comment, answered_at,"
                " month, source, row_key, tagged, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)  # fmt: skip
        database.execute_sql("ANALYZE")
        for name, kw in (("all", {}), ("detractors", {"category": "detractor"}),
                         ("one month", {"date_from": "2025-06-01", "date_to": "2025-06-30"})):  # fmt: skip
            t = time.perf_counter()
            got = answer_list.listing(sid, **kw)
            ms = (time.perf_counter() - t) * 1000
            print(f"{name}: {ms:.0f} ms, {len(got.rows)} of {got.total:,}")


if __name__ == "__main__":
    main()
