"""Lead scoring at scale (issue 28: 1M customers, 200,000 leads: scoring all < 10 s,
incremental < 20 ms per change).

Usage: .venv/bin/python bench/lead_scores.py [--db PATH] [--customers N] [--leads N]
Builds (once, at --db, default /tmp/bench_lead_scores.db) N customers (default
1,000,000) of which --leads (default 200,000) are leads with job titles, mobiles and
cities, plus their behaviour: 400,000 contacts (a quarter store visits, price
inquiries or downloads), 100,000 attended sign-ups over 200 events, 100,000 survey
answers and 1,000,000 community activity rows over a year (raw bulk inserts; the
schema's triggers mark the leads as any write does). Then times: the full rescore
(the first, writing every score; then a day later, decay moving some), the flush of
one marked lead, one lead's explain, and a contact logged + flushed. Figures are
printed, not asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TITLES = ("总经理", "销售经理", "采购主管", "工程师", "老板", "", "", "助理", "店长", "会计")
CITIES = ("上海", "北京", "杭州", "成都", "宁波", "合肥", "广州", "", "苏州", "西安")


def build(customers: int, leads: int, seed: int = 5) -> None:
    from models import clock
    from models.communities import summaries
    from models.storage.db import database

    rng = random.Random(seed)
    now = clock.now()
    stamp = now.strftime("%Y-%m-%d %H:%M:%S")
    lead_ids = set(rng.sample(range(1, customers + 1), leads))
    cur = database.cursor()
    with database.atomic():
        batch = []
        for cid in range(1, customers + 1):
            lead = cid in lead_ids
            batch.append((cid, f"客户{cid}", f"13{rng.randrange(10**9):09d}" if rng.random() < 0.8
                          else "", rng.choice(TITLES), rng.choice(CITIES),
                          "lead" if lead else rng.choice(("new", "active", "dormant", "")),
                          stamp, stamp))  # fmt: skip
            if len(batch) == 20000:
                cur.executemany("INSERT INTO customer (id, name, mobile, job_title, city, stage,"
                                " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)", batch)  # fmt: skip
                batch = []
        if batch:
            cur.executemany("INSERT INTO customer (id, name, mobile, job_title, city, stage,"
                            " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)", batch)  # fmt: skip
    some = list(lead_ids)

    def day(n: int) -> str:
        return (now - dt.timedelta(days=rng.randrange(n))).strftime("%Y-%m-%d %H:%M:%S")

    with database.atomic():
        channels = ("phone", "wechat", "visit", "store", "price", "download", "phone", "wechat")
        cur.executemany(
            "INSERT INTO interaction (customer_id, channel, at, created_at) VALUES (?,?,?,?)",
            [(rng.choice(some), rng.choice(channels), day(365), stamp) for _ in range(400_000)],
        )
        cur.executemany("INSERT INTO event (id, title, starts_at, status, created_at, updated_at)"
                        " VALUES (?, ?, ?, 'ended', ?, ?)",
                        [(e, f"活动{e}", day(365), stamp, stamp) for e in range(1, 201)])  # fmt: skip
        pairs = {(rng.randrange(1, 201), rng.choice(some)) for _ in range(100_000)}
        cur.executemany("INSERT INTO event_signup (event_id, customer_id, status, signed_at,"
                        " checked_in_at) VALUES (?, ?, 'attended', ?, ?)",
                        [(e, c, day(365), day(365)) for e, c in pairs])  # fmt: skip
        cur.executemany("INSERT INTO survey (id, name, kind, created_at) VALUES (1, 'NPS', 'nps', ?)",
                        [(stamp,)])  # fmt: skip
        answers = {}
        for _ in range(100_000):
            at = day(365)
            answers[(rng.choice(some), at)] = (rng.randrange(11), at[:7], stamp)
        answers = [(c, score, at, month, s) for (c, at), (score, month, s) in answers.items()]
        cur.executemany("INSERT INTO survey_answer (survey_id, customer_id, score, answered_at,"
                        " month, created_at) VALUES (1, ?, ?, ?, ?, ?)", answers)  # fmt: skip
        cur.executemany("INSERT INTO community (id, name, created_at, updated_at)"
                        " VALUES (?, ?, ?, ?)",
                        [(g, f"社群{g}", stamp, stamp) for g in range(1, 101)])  # fmt: skip
    rows = {(rng.randrange(1, 101), rng.choice(some), day(365)[:10]) for _ in range(1_000_000)}
    with database.atomic(), summaries.triggers_off():  # summaries rebuilt once, after
        cur.executemany("INSERT OR IGNORE INTO community_activity (community_id, customer_id, day,"
                        " kind, count, created_at) VALUES (?, ?, ?, 'message', 1, ?)",
                        [(g, c, d, stamp) for g, c, d in rows])  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/bench_lead_scores.db")
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--leads", type=int, default=200_000)
    args = parser.parse_args()

    from models import clock
    from models.customers import customers
    from models.followups import interactions
    from models.leads import scores
    from models.schema.opening import open_database
    from models.storage.db import database, integrity

    clock.set_now(dt.datetime(2026, 12, 1, 10, 0))
    fresh = not Path(args.db).exists()
    open_database(args.db, create="folders")
    integrity().check()  # the quick check writes wait for (the window runs it at start)
    if fresh:
        started = time.perf_counter()
        build(args.customers, args.leads)
        print(f"built {args.customers:,} customers, {args.leads:,} leads in"
              f" {time.perf_counter() - started:.1f} s")  # fmt: skip
    count = database.execute_sql("SELECT COUNT(*) FROM customer WHERE stage = 'lead'").fetchone()
    print(f"leads: {count[0]:,}; marked: {scores.dirty_count():,}")

    for label, when in (("first full rescore", 0), ("same day again", 0), ("a day later", 1)):
        clock.set_now(dt.datetime(2026, 12, 1 + when, 10, 0))
        started, cpu = time.perf_counter(), time.process_time()
        done = scores.rescore_all()
        took = time.perf_counter() - started
        print(f"{label}: {took:.2f} s, CPU {time.process_time() - cpu:.2f} s ({done.scored:,}"
              f" scored, {done.written:,} written, {len(done.changes):,} grades changed)")  # fmt: skip

    lead = database.execute_sql(
        "SELECT customer_id FROM interaction GROUP BY customer_id ORDER BY COUNT(*) DESC LIMIT 1"
    ).fetchone()[0]
    started = time.perf_counter()
    for _ in range(20):
        scores.explain(lead)
    print(
        f"explain one lead (the most contacted): {(time.perf_counter() - started) / 20 * 1000:.1f} ms"
    )
    times = []
    for n in range(20):
        started = time.perf_counter()
        customers.update(lead, {"job_title": ("总经理", "工程师")[n % 2]})
        scores.flush()
        times.append(time.perf_counter() - started)
    print(f"customer edit + flush: median {sorted(times)[10] * 1000:.1f} ms")
    times = []
    for n in range(20):
        started = time.perf_counter()
        interactions.log(lead, "store", f"来店 {n}")
        scores.flush()
        times.append(time.perf_counter() - started)
    print(f"contact logged + flush: median {sorted(times)[10] * 1000:.1f} ms")
    times = []
    for _ in range(20):
        started = time.perf_counter()
        database.execute_sql("INSERT OR IGNORE INTO lead_score_dirty VALUES (?)", (lead,))
        scores.flush()
        times.append(time.perf_counter() - started)
    print(f"flush of one marked lead: median {sorted(times)[10] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
