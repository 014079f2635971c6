"""Issue 28's speed targets for automation rules, over a million customers: the sweep of
every time-based rule < 30 s (and off the GUI thread in the window), a dry run of one
rule < 2 s; also timed: a batched pass of "customer created" rules over 100,000
customers loaded in one transaction (an import).

Run: python bench/automation.py [COPY.db]   (without a file: a new one in a temporary
folder with 1,000,000 customers written set-based, their last contact, last purchase,
total spend and birthday spread over three years; with one, e.g. a database made by
`python -m desktop demo --customers 1000000`, it is upgraded and written: never point it
at a file you keep)."""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models import clock  # noqa: E402
from models.automation import rules, runner, runs  # noqa: E402
from models.customers.record import Customer  # noqa: E402
from models.schema.opening import open_database  # noqa: E402
from models.storage.bulk import indexes_dropped  # noqa: E402
from models.storage.db import database  # noqa: E402


def timed(label: str, fn):
    start, cpu = time.perf_counter(), time.process_time()
    value = fn()
    print(f"{label}: {time.perf_counter() - start:.2f} s wall, {time.process_time() - cpu:.2f} s CPU",
          flush=True)  # fmt: skip
    return value


def fingerprint() -> tuple:
    """What a run's undo must put back: the tags, tag counts, follow-ups, next follow-ups."""
    return database.execute_sql(
        "SELECT (SELECT COUNT(*) FROM customer_tag), (SELECT TOTAL(customer_id * 7 + tag_id)"
        " FROM customer_tag), (SELECT TOTAL(tag_count) FROM customer), (SELECT COUNT(*) FROM"
        " followup), (SELECT COUNT(*) FROM customer WHERE next_followup_at IS NOT NULL)"
    ).fetchone()


def build(path: Path, n: int = 1_000_000) -> None:
    open_database(path, create="folders")
    rng = random.Random(28)
    base = clock.now().replace(hour=0, minute=0, second=0)

    def when(days: int) -> str:
        return (base - dt.timedelta(days=rng.randrange(days))).isoformat(sep=" ")

    def rows():
        for k in range(n):
            bought = rng.random() < 0.7
            yield (f"客户{k}", when(1100), when(400) if rng.random() < 0.8 else None,
                   when(700) if bought else None, rng.randrange(1, 900_000) if bought else 0,
                   rng.randrange(1, 20) if bought else 0,
                   f"19{rng.randrange(50, 99)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
                   if rng.random() < 0.6 else "")  # fmt: skip

    with database.atomic(), indexes_dropped(Customer):  # as the demo loads them
        database.cursor().executemany(
            "INSERT INTO customer (name, created_at, updated_at, last_contact_at, last_purchase_at,"
            " total_spend_cents, purchase_count, birthday) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            ((r[0], r[1], r[1], r[2], r[3], r[4], r[5], r[6]) for r in rows()))  # fmt: skip


def main(path: str | None) -> None:
    if path is None:
        folder = tempfile.mkdtemp(prefix="automation-bench-")
        path = str(Path(folder) / "bench.db")
        timed("build 1,000,000 customers", lambda: build(Path(path)))
    timed("open (and upgrade)", lambda: open_database(Path(path)))
    count = database.execute_sql("SELECT COUNT(*) FROM customer").fetchone()[0]
    print(f"customers: {count:,}")
    timed("outbox processed (what the load left)", runner.process_pending)
    by_key = {r.shipped: r for r in rules.listing()}
    lapsed = rules.add("90 天未购买", {"kind": "no_purchase", "days": 90},
                       [{"field": "total_spend", "op": "gt", "value": 100000}],
                       [{"kind": "add_tag", "tag": "流失预警"}])  # fmt: skip
    for rid in (by_key["no_contact_30"].id, by_key["birthday_3"].id, lapsed):
        dry = timed(f"dry run of rule {rid}", lambda rid=rid: runner.dry_run(rid))
        print(f"  would touch {dry.customers:,}")
        rules.set_enabled(rid, True)
    before = fingerprint()
    done = timed("sweep of all time-based rules (first: acts on all)", runner.sweep)
    print(f"  customers {done.customers:,}, actions {done.actions:,}" if done else "  nothing")
    timed("sweep again (nothing new)", runner.sweep)
    timed("sweep again (nothing new)", runner.sweep)
    for rule in rules.enabled_rules():
        if rule.time_based:
            sql, params = runner._time_query(rule, clock.today(), "c.id, {key}")
            plan = database.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
            print(f"  plan of rule {rule.id}: " + "; ".join(r[3] for r in plan))
    timed("outbox processed after the sweep", runner.process_pending)
    if done:
        timed(f"undo of the first sweep's run ({done.actions:,} actions)",
              lambda: runs.undo(done.id))  # fmt: skip
        print(f"  undo exact: {fingerprint() == before}")
    created = rules.add("导入即标记", {"kind": "customer_created"}, [],
                        [{"kind": "add_tag", "tag": "新导入"}])  # fmt: skip
    rules.set_enabled(created, True)
    now = clock.now().isoformat(sep=" ")

    def load():
        with database.atomic():
            database.cursor().executemany(
                "INSERT INTO customer (name, created_at, updated_at) VALUES (?, ?, ?)",
                [(f"导入{k}", now, now) for k in range(100_000)])  # fmt: skip

    timed("load of 100,000 customers (outbox triggers on)", load)
    done = timed("one batched pass of 'customer created'", runner.process_pending)
    print(f"  customers {done.customers:,}, actions {done.actions:,}")


if __name__ == "__main__":
    if len(sys.argv) > 2:
        sys.exit(__doc__)
    main(sys.argv[1] if len(sys.argv) == 2 else None)
