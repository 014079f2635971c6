"""Complaint speed on a large database: the complaints page's first batch (priority
order with the high-value probe), its count, filters and search, the sidebar counts,
the escalation poll, metrics over every complaint, a customer's timeline and FAQ
suggestions.

Usage: .venv/bin/python bench/complaints.py [--db PATH] [--source PATH] [--n N]
Copies the 1M-customer database of bench/search.py (--source, default
/tmp/bench1m.db) to --db once and adds N complaints (default 200,000) over two years,
most closed, 2% still open, with their events, and 1,000 FAQ entries.
Figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import sys
import time
from pathlib import Path

from models.complaints import complaint_list

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import ms  # noqa: E402


def fill(n: int, seed: int = 5) -> None:
    """Complaints written in bulk (the workflow's own writes cost ~1 ms each)."""
    from models import clock
    from models.complaints import complaint_sla, faq
    from models.complaints.complaints import Complaint, ComplaintEvent
    from models.customers.record import Customer
    from models.demo.demo_complaints import PROBLEMS
    from models.storage.db import database

    rng = random.Random(seed)
    top = Customer.select(Customer.id).order_by(Customer.id.desc()).first().id
    now = clock.now()
    sla = complaint_sla.Sla()
    rows, events = [], []
    for _i in range(n):
        received = now - dt.timedelta(minutes=rng.randint(0, 2 * 365 * 24 * 60))
        category = rng.choice(list(PROBLEMS))
        description, cause, fix = rng.choice(PROBLEMS[category])
        severity = rng.choices(("normal", "serious", "urgent"), (70, 24, 6))[0]
        open_one = rng.random() < 0.02 or received > now - dt.timedelta(days=2)
        responded = received + dt.timedelta(hours=rng.uniform(0.2, 4))
        resolved = responded + dt.timedelta(hours=rng.uniform(2, 90))
        closed = not open_one and resolved < now
        rows.append(
            dict(
                customer=rng.randint(1, top), channel="phone", category=category,
                severity=severity, description=description, owner="王芳",
                status="return_visited" if closed else "in_progress",
                received_at=received, response_due=complaint_sla.response_due(received, sla),
                resolve_from=received,
                resolve_due=complaint_sla.resolve_due(received, severity, sla),
                responded_at=responded if responded < now else None,
                resolved_at=resolved if closed else None,
                visited_at=resolved + dt.timedelta(days=3) if closed else None,
                root_cause=cause if closed else "", solution=fix if closed else "",
                satisfaction=rng.choice((5, 5, 4, 4, 3, 2, 1)) if closed else None,
                visit_comment="", visit_followup=None, escalated=7, created_at=received,
                updated_at=received,
            )
        )  # fmt: skip
    with database.atomic():
        for i in range(0, n, 500):
            Complaint.insert_many(rows[i : i + 500]).execute()
        first = Complaint.select(Complaint.id).order_by(Complaint.id).first().id
        for offset, row in enumerate(rows):
            events.append(dict(complaint=first + offset, at=row["received_at"], action="create",
                               from_status="", to_status="new", note="", owner=""))  # fmt: skip
        for i in range(0, len(events), 500):
            ComplaintEvent.insert_many(events[i : i + 500]).execute()
        for i in range(1000):
            category = rng.choice(list(PROBLEMS))
            description, _cause, fix = rng.choice(PROBLEMS[category])
            faq.create(f"{description}（{i}）", fix, category)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/bench_complaints.db")
    parser.add_argument("--source", default="/tmp/bench1m.db")
    parser.add_argument("--n", type=int, default=200_000)
    args = parser.parse_args()
    fresh = not os.path.exists(args.db)
    if fresh:
        if not os.path.exists(args.source):
            print(f"build {args.source} first: .venv/bin/python bench/search.py")
            return 1
        shutil.copy(args.source, args.db)
    from models.complaints import complaint_metrics, complaints, faq
    from models.insights import timeline
    from models.schema.opening import open_database

    open_database(args.db)
    if fresh or complaints.Complaint.select().count() == 0:
        t = time.perf_counter()
        fill(args.n)
        print(f"filled {args.n:,} complaints in {time.perf_counter() - t:.1f} s")
    total = complaints.Complaint.select().count()
    print(f"{total:,} complaints, {faq.Faq.select().count():,} FAQ entries")
    open_cond = complaint_list.where(status="open")
    all_cond = complaint_list.where()
    some = complaint_list.rows(open_cond, limit=1)[0]["customer_id"]
    checks = [
        (
            "page: open, first 200 (priority order)",
            lambda: complaint_list.rows(open_cond, limit=200),
        ),
        ("page: open, count", lambda: complaint_list.count(open_cond)),
        ("page: all, first 200", lambda: complaint_list.rows(all_cond, limit=200)),
        ("page: all, count", lambda: complaint_list.count(all_cond)),
        (
            "page: overdue, first 200",
            lambda: complaint_list.rows(complaint_list.where(overdue=True), limit=200),
        ),  # fmt: skip
        (
            "page: search 缩水, first 200",
            lambda: complaint_list.rows(complaint_list.where(search="缩水"), limit=200),
        ),  # fmt: skip
        ("sidebar counts", complaint_list.open_counts),
        ("escalation poll", complaint_list.take_escalations),
        ("metrics, every complaint", lambda: complaint_metrics.compute()),
        (
            "metrics, last 30 days",
            lambda: complaint_metrics.compute(dt.date.today() - dt.timedelta(days=30)),
        ),  # fmt: skip
        ("a customer's timeline", lambda: timeline.for_customer(some)),
        ("FAQ suggestions while typing", lambda: faq.suggest("客户说衣服洗完缩水了")),
    ]
    print(f"{'what':44} {'ms':>9}")
    for name, fn in checks:
        took, _result = ms(fn)
        print(f"{name:44} {took:9.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
