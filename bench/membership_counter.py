"""The counter at scale: 200,000 members (each with a card, a top-up and points), the
lookup by card, mobile, name and pinyin initials (< 30 ms), the 会员 page's first page
and count, and a sale with points and stored value (< 50 ms). Figures printed.

Usage: .venv/bin/python bench/membership_counter.py [--db PATH] [--members N]
Builds the database (demo customers, then members in bulk) when it does not exist yet.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import ms  # noqa: E402


def build(members: int) -> None:
    from models import clock
    from models.customers.record import Customer
    from models.demo import demo
    from models.membership.ledger_rows import add_to_day
    from models.membership.tables import Member, MemberCard, PointsEntry, WalletEntry
    from models.storage.bulk import insert_rows
    from models.storage.db import database

    t = time.perf_counter()
    demo.generate(members)
    print(f"demo {members:,} customers: {time.perf_counter() - t:.1f} s")
    t = time.perf_counter()
    now = clock.now().replace(microsecond=0)
    day = now.date()
    ids = [c.id for c in Customer.select(Customer.id).order_by(Customer.id)][:members]
    with database.atomic():
        insert_rows(Member, [Member.customer_id, Member.joined_on, Member.points, Member.level_id,
                             Member.level_locked, Member.level_lock_reason, Member.created_at,
                             Member.updated_at],
                    [(cid, day, 1000, None, False, "", now, now) for cid in ids])  # fmt: skip
        insert_rows(MemberCard, [MemberCard.card_no, MemberCard.customer_id, MemberCard.status,
                                 MemberCard.status_reason, MemberCard.joined_on,
                                 MemberCard.principal_fen, MemberCard.bonus_fen,
                                 MemberCard.last_used_at, MemberCard.created_at,
                                 MemberCard.updated_at],
                    [(f"VIP{cid:07d}", cid, "active", "", day, 50000, 5000, now, now, now)
                     for cid in ids])  # fmt: skip
        card_of = dict(MemberCard.select(MemberCard.customer_id, MemberCard.id).tuples())
        insert_rows(WalletEntry, [WalletEntry.card_id, WalletEntry.customer_id, WalletEntry.kind,
                                  WalletEntry.principal_fen, WalletEntry.bonus_fen, WalletEntry.at,
                                  WalletEntry.day, WalletEntry.receipt_no, WalletEntry.reason,
                                  WalletEntry.staff, WalletEntry.created_at],
                    [(card_of[cid], cid, "opening", 50000, 5000, now, day.toordinal(), "", "",
                      "", now) for cid in ids])  # fmt: skip
        add_to_day(day.toordinal(), "opening", 50000 * len(ids), 5000 * len(ids), len(ids))
        insert_rows(PointsEntry, [PointsEntry.customer_id, PointsEntry.card_id, PointsEntry.kind,
                                  PointsEntry.points, PointsEntry.at, PointsEntry.earned_on,
                                  PointsEntry.task, PointsEntry.receipt_no, PointsEntry.reason,
                                  PointsEntry.staff, PointsEntry.created_at],
                    [(cid, card_of[cid], "opening", 1000, now, day, "", "", "", "", now)
                     for cid in ids])  # fmt: skip
    print(f"{len(ids):,} members with a card, stored value and points: "
          f"{time.perf_counter() - t:.1f} s")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="bench/out/members-200k.db")
    parser.add_argument("--members", type=int, default=200_000)
    args = parser.parse_args()
    from models.customers.record import Customer
    from models.membership import checkout, member_search
    from models.membership.tables import Member
    from models.schema.opening import open_database

    Path(args.db).parent.mkdir(parents=True, exist_ok=True)
    fresh = not os.path.exists(args.db)
    open_database(args.db)
    if fresh:
        build(args.members)
    print(f"members: {Member.select().count():,}  file: {os.path.getsize(args.db) / 1e6:.0f} MB")
    sample = Member.select(Member.customer_id).order_by(Member.id.desc()).first().customer_id
    person = Customer.get_by_id(sample)
    initials = "".join(ch for ch in (person.name_key or "") if ch.isalpha())[:2] or "zw"
    queries = [
        f"VIP{sample:07d}",
        person.mobile,
        person.mobile[-4:],
        person.name,
        person.name[:1],
        initials,
        "VIP00001",
        "zzzzzz",
    ]
    print("\ncounter lookup (the first 20 matches, with card, level, balance...)")
    worst = 0.0
    for q in queries:
        t, found = ms(lambda q=q: member_search.find(q))
        worst = max(worst, t)
        print(f"  {q!r:16} {len(found):>3} shown  {t:7.1f} ms")
    print(f"  worst: {worst:.1f} ms (target < 30)")
    t, view = ms(lambda: member_search.counter_view(sample))
    print(f"  the member's counter view: {t:.1f} ms")
    print("\n会员 page")
    t, n = ms(member_search.count, repeat=1)
    print(f"  count all: {t:.1f} ms ({n:,})")
    t, _ = ms(member_search.page)
    print(f"  first page of 200: {t:.1f} ms")
    for q in (person.name[:1], initials):
        t, n = ms(lambda q=q: member_search.count(q))
        print(f"  count {q!r}: {t:.1f} ms ({n:,})")
    print("\na sale: purchase + stored value + points off + points earned (one transaction)")
    from models.storage.db import writable

    writable()  # the integrity check before the first write of a process, not timed
    times = []
    cpu = []
    # members who can pay 99 yuan and 200 points (a database the bench ran on before has
    # spent some of its members' balances), the first such by customer id
    from models.storage.db import database

    cids = [c for (c,) in database.execute_sql(
        "SELECT m.customer_id FROM member m JOIN member_card c ON c.customer_id = m.customer_id"
        " AND c.status = 'active' WHERE m.points >= 2000 AND c.principal_fen + c.bonus_fen"
        " >= 20000 ORDER BY m.customer_id LIMIT 20")]  # fmt: skip
    for i, cid in enumerate(cids):
        sale = checkout.Sale(cid, 9900, "stored_value", points=200, items="bench",
                             receipt_no=f"B{time.time_ns()}-{i}")  # fmt: skip
        t, c = time.perf_counter(), time.process_time()
        checkout.record(sale)
        times.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    times.sort()
    cpu.sort()
    print(
        f"  median {times[len(times) // 2]:.1f} ms, worst {times[-1]:.1f} ms (target < 50);"
        f" CPU median {cpu[len(cpu) // 2]:.1f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
