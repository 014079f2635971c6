"""The year-end points expiry alone, at the issue's scale (200,000 members, 3M points
rows: a database bench/membership.py built), repeated on fresh copies so the batch
always has the same work: the dry run, then the batch, each timed in wall and in this
process's own CPU time (the machine may be shared), medians printed.

Usage: .venv/bin/python bench/membership_expiry.py --db BASE [--runs 3] [--work PATH]
[--profile]
BASE is never written: each run copies it to --work (default /tmp/bench_expiry_work.db),
opens the copy (upgrading it to the current schema), runs the integrity check the
first write waits for (the window does it at start-up) and expires everything valid through
2026-12-31. --profile prints the top of a cProfile of one dry run instead.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def timed(fn):
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--work", default="/tmp/bench_expiry_work.db")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    from models import clock
    from models.membership import points_expiry
    from models.schema.opening import open_database
    from models.storage.db import database, writable

    figures: dict[str, list[tuple[float, float]]] = {"dry run": [], "batch": []}
    for run in range(1 if args.profile else args.runs):
        for suffix in ("-wal", "-shm"):
            Path(args.work + suffix).unlink(missing_ok=True)
        shutil.copyfile(args.db, args.work)
        open_database(Path(args.work))
        writable()  # the quick check a window runs at start-up (4-5 s here), not timed
        clock.set_now(dt.datetime(2027, 1, 1, 8))
        if args.profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            profiler.enable()
            dry = points_expiry.expire(dry_run=True)
            profiler.disable()
            pstats.Stats(profiler).sort_stats("tottime").print_stats(12)
            print(f"{dry.members:,} members, {dry.points:,} points")
            database.close()
            return
        wall, cpu, dry = timed(lambda: points_expiry.expire(dry_run=True))
        figures["dry run"].append((wall, cpu))
        print(f"run {run + 1}: dry run {wall:.2f} s ({cpu:.2f} s CPU),"
              f" {dry.members:,} members, {dry.points:,} points", flush=True)  # fmt: skip
        wall, cpu, done = timed(points_expiry.expire)
        figures["batch"].append((wall, cpu))
        print(f"run {run + 1}: batch {wall:.2f} s ({cpu:.2f} s CPU),"
              f" {done.members:,} members, {done.points:,} points", flush=True)  # fmt: skip
        assert (done.members, done.points) == (dry.members, dry.points)
        again = points_expiry.expire(dry_run=True)
        assert again.members == 0, "the batch left points due"
        database.close()
    for name, runs in figures.items():
        wall = statistics.median(w for w, _c in runs)
        cpu = statistics.median(c for _w, c in runs)
        print(f"{name}: median of {len(runs)}: {wall:.2f} s wall, {cpu:.2f} s CPU")


if __name__ == "__main__":
    main()
