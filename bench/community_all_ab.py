"""Before and after in the same conditions: the metrics of all communities with this
checkout's models/insights/community_all.py (and the kept counts of schema step 34,
community_kept) against another commit's community_all alone (default main; the kept
counts switched off), loaded side by side in one process and run alternately, so a shared machine's load
falls on both alike. Prints the best of --repeat runs of each, wall and CPU, and stops
with an error if any figure differs.

Usage: .venv/bin/python bench/community_all_ab.py --db PATH [--ref main] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import subprocess
import sys
import tempfile
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def load_other(ref: str):
    """community_all as it is at `ref`, as a module of its own."""
    text = subprocess.run(
        ["git", "show", f"{ref}:models/insights/community_all.py"],
        cwd=ROOT, check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    path = Path(tempfile.mkdtemp()) / "community_all_before.py"
    path.write_text(text, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("community_all_before", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--ref", default="main")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from models import clock
    from models.insights import community_all, community_kept, community_trend
    from models.insights import community_metrics as cm
    from models.schema.opening import open_database
    from models.storage.db import database

    before = load_other(args.ref)
    kept_off = types.SimpleNamespace(run=lambda *args: False)  # main has no kept counts
    open_database(Path(args.db))
    database.obj.gate.check()  # the opening's integrity check, finished first
    today = clock.today()
    year = (today - dt.timedelta(days=364), today)
    month = (today.replace(day=1), today)
    cases = [
        ("all communities, a year", lambda: cm.compute([], *year).to_json()),
        ("  the same without business", lambda: cm.compute([], *year, business=False).to_json()),
        ("all communities, this month", lambda: cm.compute([], *month).to_json()),
        ("dashboard card", cm.card),
    ]
    times: dict = {}
    results: dict = {}
    for _ in range(args.repeat):
        for label, fn in cases:
            for name, module, kept in (
                ("before", before, kept_off),
                ("after", community_all, community_kept),
            ):
                community_trend.community_all, community_trend.community_kept = module, kept
                wall, cpu = time.perf_counter(), time.process_time()
                result = fn()
                cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
                times.setdefault((label, name), []).append((wall, cpu))
                results.setdefault((label, name), result)
    community_trend.community_all = community_all
    community_trend.community_kept = community_kept
    print(f"today {today}; best of {args.repeat}, wall / CPU; before = {args.ref}")
    for label, _fn in cases:
        if results[(label, "before")] != results[(label, "after")]:
            print(f"{label}: the figures differ", file=sys.stderr)
            return 1
        b, a = times[(label, "before")], times[(label, "after")]
        print(
            f"{label:32s} before {min(w for w, _ in b):6.2f} s / {min(c for _, c in b):5.2f} s"
            f"   after {min(w for w, _ in a):6.2f} s / {min(c for _, c in a):5.2f} s"
        )
    print("every figure the same before and after")
    return 0


if __name__ == "__main__":
    sys.exit(main())
