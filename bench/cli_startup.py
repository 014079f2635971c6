"""The command line's start-up: `python -m desktop customers --json --limit 1`, wall time
from process start to the first row printed (to the process's end on an empty
database), and the run's CPU time (user + system, which a loaded machine inflates
less), medians of 5 runs, on an empty and on a small demo database. Unix (resource).

Usage: .venv/bin/python bench/cli_startup.py [--runs 5] [--root CHECKOUT]
(--root times another checkout of the program, e.g. an older commit's `git archive`,
with the same databases: a before/after figure on the same machine at the same time.)
Makes its two databases in a temporary folder; prints figures. The runs may write
bytecode caches (__pycache__), as an installed program has them, whatever
PYTHONDONTWRITEBYTECODE says: compiling every module afresh would be timed otherwise.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMMAND = [sys.executable, "-m", "desktop", "customers", "--json", "--limit", "1"]


def environment(db: Path) -> dict[str, str]:
    """An English system, a data folder of the run's own, bytecode caches written."""
    env = {**os.environ, "GUANJIA_DB": str(db), "GUANJIA_HOME": str(db.parent / "home")}
    env.update({"LANG": "C.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""})
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def first_row_seconds(db: Path, root: Path = ROOT) -> tuple[float, float]:
    """(seconds from starting the command to its first line on stdout (or its end), the
    CPU seconds of the whole run, user and system: what a loaded machine inflates less)."""
    env = environment(db)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.Popen(COMMAND, cwd=root, env=env, stdout=subprocess.PIPE)
    proc.stdout.readline()
    seconds = time.perf_counter() - t
    proc.stdout.read()
    if proc.wait() != 0:
        raise SystemExit(f"the command failed on {db}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return seconds, cpu


def make_database(db: Path, customers: int) -> None:
    subprocess.run([sys.executable, "-m", "desktop", "demo", "--customers", str(customers)],
                   cwd=ROOT, env=environment(db), check=True, stdout=subprocess.DEVNULL)  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5, help="runs per database (median)")
    parser.add_argument("--root", type=Path, action="append", default=[],
                        help="a checkout to time (repeatable; default: this one)")  # fmt: skip
    args = parser.parse_args()
    roots = args.root or [ROOT]
    with tempfile.TemporaryDirectory() as folder:
        for label, customers in (("empty database", 0), ("small demo database (200)", 200)):
            db = Path(folder) / f"cli-{customers}.db"
            make_database(db, customers)
            times: dict[Path, list[tuple[float, float]]] = {root: [] for root in roots}
            for root in roots:
                first_row_seconds(db, root)  # warm the file cache (.pyc, the database)
            for _ in range(args.runs):  # the checkouts in turn: the same load for each
                for root in roots:
                    times[root].append(first_row_seconds(db, root))
            for root in roots:
                name = "" if roots == [ROOT] else f" [{root}]"
                wall = [w for w, _cpu in times[root]]
                cpu = statistics.median(c for _w, c in times[root])
                print(f"customers --json --limit 1, {label}{name}: median "
                      f"{statistics.median(wall):.3f} s to the first row, CPU {cpu:.3f} s "
                      f"(runs: {', '.join(f'{t:.3f}' for t in wall)})")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
