"""Member import speed (issue 26: 10,000 rows in a few seconds): a member base in 里诺's
layout (scripts/make_membership_examples.rows: card, name, mobile, level, points, stored
value and bonus, a count card for one in four) into a database with --customers
customers, half the rows matching one by mobile, the others creating theirs; then the
check (every kept balance against its ledger) and the undo of the run.

Usage: .venv/bin/python bench/member_import.py [--rows N] [--customers N]
Figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


def build_customers(count: int) -> None:
    from models import clock
    from models.excel import customer_writing
    from models.excel.import_records import ImportRun
    from models.storage.db import database

    with database.atomic():
        now = clock.now()
        run = ImportRun.create(file_name="bench", started_at=now, finished_at=now).id
        for start in range(0, count, 50_000):
            values = [{"name": f"会员{i}", "mobile": f"139{i:08d}"}
                      for i in range(start + 1, min(count, start + 50_000) + 1)]  # fmt: skip
            customer_writing.create_customers(run, values)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--customers", type=int, default=100_000)
    args = parser.parse_args()

    from make_membership_examples import rows, write

    from models import clock
    from models.excel import import_engine, import_history
    from models.excel import member_import as mi
    from models.membership import check
    from models.membership.tables import MemberLevel
    from models.schema.opening import open_database
    from models.storage import backup

    spent = {"backup": 0.0}
    before = backup.before

    def timed_before(*a, **k):
        t = time.perf_counter()
        try:
            return before(*a, **k)
        finally:
            spent["backup"] += time.perf_counter() - t

    backup.before = timed_before

    def timed(module, name, key):
        inner = getattr(module, name)

        def wrapper(*a, **k):
            t = time.perf_counter()
            try:
                return inner(*a, **k)
            finally:
                spent[key] = spent.get(key, 0.0) + time.perf_counter() - t

        setattr(module, name, wrapper)

    from models.excel import customer_writing
    from models.membership import openings

    timed(customer_writing, "create_customers", "customers")
    timed(openings, "open_members", "openings")
    folder = Path(tempfile.mkdtemp(prefix="guanjia-bench-"))
    open_database(folder / "bench.db", create=True)
    t = time.perf_counter()
    build_customers(args.customers)
    for rank, name in enumerate(("银卡", "金卡")):
        MemberLevel.insert(name=name, rank=rank + 1, created_at=clock.now()).execute()
    # rows from args.customers // 2: half match a customer by mobile, half are new
    path = write(folder / "members.xlsx", rows(args.rows, start=max(1, args.customers
                                                                     - args.rows // 2)))  # fmt: skip
    print(
        f"built {args.customers:,} customers and {args.rows:,} rows in "
        f"{time.perf_counter() - t:.1f} s"
    )
    spent.update(customers=0.0, openings=0.0, backup=0.0)
    t = time.perf_counter()
    options = mi.Options(create_customers=True)
    sheet = import_engine.load(path, options)
    loaded = time.perf_counter() - t
    plan = import_engine.plan(sheet, options)
    planned = time.perf_counter() - t
    result = import_engine.run(plan)
    total = time.perf_counter() - t
    print(
        f"import: {args.rows:,} rows in {total:.2f} s (read {loaded:.2f} s, plan "
        f"{planned - loaded:.2f} s, write {total - planned - spent['backup']:.2f} s, the "
        f"backup before it {spent['backup']:.2f} s; of the write: creating the customers "
        f"{spent.get('customers', 0):.2f} s, the cards and their opening rows "
        f"{spent.get('openings', 0):.2f} s): {result.as_dict()}"
    )
    t = time.perf_counter()
    found = check.check_all()
    print(f"check: {time.perf_counter() - t:.2f} s, {len(found.differences)} differences")
    spent["backup"] = 0.0
    t = time.perf_counter()
    report = import_history.undo(result.import_id)
    print(
        f"undo: {time.perf_counter() - t:.2f} s (backup {spent['backup']:.2f} s): "
        f"{ {k: v for k, v in report.membership.items() if k != 'short'} }, "
        f"customers removed {report.removed:,}"
    )
    print(f"check after undo: {len(check.check_all().differences)} differences")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
