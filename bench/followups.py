"""Follow-up speed on a large database: the Today list (stay-in-touch included), a
customer's timeline, the agenda counts, the calendar, reminder polling, birthday
reminders, and the customer table's contact filters and sorts.

Usage: .venv/bin/python bench/followups.py [--db PATH] [--source PATH]
Copies the 1M-customer database of bench/search.py (--source, default
/tmp/bench1m.db) to --db once and adds 1,000,000 follow-ups (85% done, each with its
logged interaction) and 1,000,000 more interactions: ~2.85M rows. Rules: every 30 days
for a mid-size tag, every 90 days for the 沉睡 stage, every 14 days for 20 customers.
Figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import ms  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/bench_followups.db")
    parser.add_argument("--source", default="/tmp/bench1m.db")
    args = parser.parse_args()
    fresh = not os.path.exists(args.db)
    if fresh:
        if not os.path.exists(args.source):
            print(f"build {args.source} first: .venv/bin/python bench/search.py")
            return 1
        shutil.copy(args.source, args.db)
    from models.customers import customer_list
    from models.customers.customer_filter import CustomerFilter
    from models.customers.record import Customer
    from models.followups import agenda, care, followups, reminders, stay_in_touch  # fmt: skip
    from models.insights import timeline
    from models.schema.opening import open_database
    from models.storage.db import database
    from models.tags import tags

    t = time.perf_counter()
    open_database(args.db)
    print(f"open (upgrade on first run): {time.perf_counter() - t:.1f} s")
    if not followups.Followup.select().exists():
        from models.demo.demo_contacts import generate_contacts

        t = time.perf_counter()
        generate_contacts(1_000_000, 1_000_000, seed=11)
        print(f"generated contact history in {time.perf_counter() - t:.1f} s")
        database.execute_sql("ANALYZE")
    counts = {
        "customers": Customer.select().count(),
        "follow-ups": followups.Followup.select().count(),
        "interactions": database.execute_sql("SELECT count(*) FROM interaction").fetchone()[0],
    }
    print(", ".join(f"{k}: {v:,}" for k, v in counts.items()))
    if not stay_in_touch.list_rules():
        infos = sorted(tags.list_tags(), key=lambda t: t.count if hasattr(t, "count") else 0)
        mid = infos[len(infos) // 2]
        stay_in_touch.set_rule("tag", mid.id, 30)
        stay_in_touch.set_rule("stage", "dormant", 90)
        rnd = random.Random(3)
        for cid in rnd.sample(range(1, 1_000_000), 20):
            try:
                stay_in_touch.set_rule("customer", cid, 14)
            except Exception:
                pass
    t = time.perf_counter()
    made = care.ensure_reminders()
    print(f"birthday reminders made: {made:,} in {(time.perf_counter() - t) * 1000:.0f} ms")

    rows = []

    def today_list():
        a = agenda.Agenda("today")
        return a.total, len(a.fetch(200))

    t_ms, (total, first) = ms(today_list, repeat=5)
    touch = len(stay_in_touch.due())
    rows.append(("Today list: count + first 200 rows", t_ms, 200,
                 f"{total:,} rows, {touch:,} of them stay-in-touch"))  # fmt: skip
    t_ms, _ = ms(lambda: stay_in_touch.due(), repeat=5)
    rows.append(("Every due customer in full (export, CLI)", t_ms, None, ""))
    t_ms, c = ms(lambda: agenda.counts(), repeat=3)
    rows.append(("Sidebar counts (5 buckets)", t_ms, None, str(c)))
    for bucket in ("overdue", "later", "done"):
        t_ms, _ = ms(lambda b=bucket: agenda.Agenda(b).fetch(200), repeat=3)
        rows.append((f"{bucket}: count + first 200", t_ms, None, ""))
    rnd = random.Random(5)
    sample = rnd.sample(range(1, 1_000_000), 200)
    times = []
    sizes = []
    for cid in sample:
        start = time.perf_counter()
        entries = timeline.for_customer(cid)
        times.append((time.perf_counter() - start) * 1000)
        sizes.append(len(entries))
    rows.append(("Customer timeline (200 customers): median", statistics.median(times), 50,
                 f"{statistics.mean(sizes):.1f} entries each"))  # fmt: skip
    rows.append(("Customer timeline: slowest", max(times), 50, ""))
    today = dt.date.today()
    t_ms, _ = ms(lambda: followups.day_counts(today.replace(day=1), today.replace(day=28)))
    rows.append(("Calendar month counts", t_ms, None, ""))
    t_ms, _ = ms(lambda: reminders.take_due(), repeat=5)
    rows.append(("Reminder poll (take_due)", t_ms, None, ""))
    flt = CustomerFilter().with_contact(30, False)
    t_ms, n = ms(lambda: customer_list.count(flt))
    rows.append(("Filter 'not contacted in 30 days': count", t_ms, None, f"{n:,}"))
    t_ms, _ = ms(lambda: customer_list.page(flt, customer_list.Sort("name"), 200))
    rows.append(("  first page sorted by name", t_ms, None, ""))
    flt = CustomerFilter().with_contact(0, True)
    t_ms, n = ms(lambda: customer_list.count(flt))
    rows.append(("Filter 'no next follow-up': count", t_ms, None, f"{n:,}"))
    for key in ("last_contact_at", "next_followup_at"):
        sort = customer_list.Sort(key)
        t_ms, _ = ms(lambda s=sort: customer_list.page(CustomerFilter(), s, 200))
        rows.append((f"Sort by {key}: first page", t_ms, None, ""))
    print()
    print("| Case | Time | Budget | Notes |")
    print("| --- | --- | --- | --- |")
    for name, t_ms, budget, note in rows:
        verdict = "" if budget is None else (" met" if t_ms < budget else " OVER")
        budget_text = f"< {budget} ms{verdict}" if budget else ""
        print(f"| {name} | {t_ms:.1f} ms | {budget_text} | {note} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
