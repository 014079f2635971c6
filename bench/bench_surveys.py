"""Issue 27's speed target: 500,000 answers over 3 years, NPS by month < 300 ms (and by
owner, the segment the customer table gives, < 1 s). The scores view
(ui/surveys/scores_view.py) asks exactly these two (by month for its headline and trend,
by the segment chosen for its table); also timed: the dashboard's NPS/CSAT card
(models/surveys/overview.py) and, with --report, the Excel report of all the answers.
Run: python bench/bench_surveys.py [--report]"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models.excel import survey_report  # noqa: E402
from models.schema.opening import open_database  # noqa: E402
from models.storage.db import database  # noqa: E402
from models.surveys import overview, scores, surveys  # noqa: E402

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
        for by in (None, "month", "owner"):
            t = time.perf_counter()
            got = scores.score(sid, by=by)
            ms = (time.perf_counter() - t) * 1000
            print(f"by {by}: {ms:.0f} ms, {len(got.get('groups', []))} groups, nps {got['nps']}")
        t = time.perf_counter()
        card = overview.card(dt.date(2026, 12, 31))
        ms = (time.perf_counter() - t) * 1000
        print(f"dashboard card (90 days and the 90 before): {ms:.0f} ms, "
              f"{card['nps']['answers']} answers")  # fmt: skip
        if "--report" in sys.argv:
            t = time.perf_counter()
            n = survey_report.write(Path(folder) / "report.xlsx", sid)
            print(f"report: {time.perf_counter() - t:.1f} s, {n} answers")


if __name__ == "__main__":
    main()
