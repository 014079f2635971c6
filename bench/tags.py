"""Tag filter, tag browser count and bulk tagging speed on a large database.

Usage: .venv/bin/python bench/tags.py [--db PATH]
Uses the 1M-customer database of bench/search.py (built there when missing) and tops
its tags up to 200 tags / ~3,000,000 links: the demo's 19 large tags (~135k customers
each) plus 181 smaller ones of falling size, as real tag lists look.
Figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import ms  # noqa: E402

TARGET_TAGS = 200
TARGET_LINKS = 3_000_000


def top_up(scope: int) -> None:
    """Add small tags and links until there are TARGET_TAGS tags and TARGET_LINKS links."""
    from models.customers.record import Customer
    from models.storage.bulk import insert_rows
    from models.storage.db import database
    from models.tags import tags
    from models.tags.tables import CustomerTag

    have = tags.Tag.select().count()
    links = CustomerTag.select().count()
    if have >= TARGET_TAGS:
        return
    t = time.perf_counter()
    rnd = random.Random(7)
    need = TARGET_TAGS - have
    budget = max(TARGET_LINKS - links, 0)
    weights = [1 / (i + 1) for i in range(need)]  # Zipf: a few big, many small
    scale = budget / sum(weights)
    with database.atomic():
        group = tags.create_group("兴趣", "#6d4c41")
        ids = [c for (c,) in Customer.select(Customer.id).tuples()]
        for i in range(need):
            tag = tags.create_tag(f"兴趣{i + 1:03d}", group.id)
            chosen = rnd.sample(ids, min(len(ids), max(1, int(weights[i] * scale))))
            insert_rows(
                CustomerTag, [CustomerTag.customer, CustomerTag.tag], [(c, tag.id) for c in chosen]
            )
        database.execute_sql(
            "UPDATE customer SET tag_count = (SELECT count(*) FROM customer_tag"
            " WHERE customer_id = customer.id)"
        )
    print(f"topped up to {TARGET_TAGS} tags in {time.perf_counter() - t:.1f} s")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="bench/out/bench-1m.db")
    args = parser.parse_args()
    from models.customers import customer_list as cl
    from models.customers.customer_filter import CustomerFilter
    from models.demo import demo
    from models.schema.opening import open_database
    from models.tags import tagging, tags
    from models.tags.tables import CustomerTag

    Path(args.db).parent.mkdir(parents=True, exist_ok=True)
    fresh = not os.path.exists(args.db)
    t = time.perf_counter()
    open_database(args.db)
    print(f"open (and upgrade when needed): {time.perf_counter() - t:.1f} s")
    if fresh:
        demo.generate(1_000_000)
    scope = cl.total()
    top_up(scope)
    counts = cl.tag_counts()
    by_size = sorted(counts, key=counts.get, reverse=True)
    big, big2, big3 = by_size[:3]
    mid = by_size[len(by_size) // 3]
    small = by_size[-1]
    print(
        f"customers {scope:,}; tags {tags.Tag.select().count()}; "
        f"links {CustomerTag.select().count():,}; largest tag {counts[big]:,}, "
        f"middle {counts[mid]:,}, smallest {counts[small]:,}"
    )

    def shown(flt):
        n, ids = cl.resolve(flt, scope)
        page = cl.page(flt, cl.Sort("created_at", True), 200, matches=n, scope=scope, ids=ids)
        return n, page

    cases = [
        ("one large tag", CustomerFilter(tags=(big,))),
        ("one middle tag", CustomerFilter(tags=(mid,))),
        ("one small tag", CustomerFilter(tags=(small,))),
        ("3 large, all of", CustomerFilter(tags=(big, big2, big3))),
        ("3 mixed, all of", CustomerFilter(tags=(big, mid, small))),
        ("3 large, any of", CustomerFilter(tags=(big, big2, big3), any_tags=True)),
        ("3 mixed, any of", CustomerFilter(tags=(big, mid, small), any_tags=True)),
        ("2 all of, 1 excluded", CustomerFilter(tags=(big, mid), not_tags=(big2,))),
        ("excluded only", CustomerFilter(not_tags=(big,))),
        ("large tag + 张", CustomerFilter(search="张", tags=(big,))),
        ("3 all of + 张", CustomerFilter(search="张", tags=(big, big2, mid))),
        ("any of + 王 - excl", CustomerFilter(search="王", tags=(mid, small), not_tags=(big,))),
        ("large tag + 138", CustomerFilter(search="138", tags=(big,))),
        ("large tag + 有限公司", CustomerFilter(search="有限公司", tags=(big,))),
    ]
    print("\nfilter as the table does it: count, then the first page (newest first)")
    worst = 0.0
    for label, flt in cases:
        t, (n, _page) = ms(lambda flt=flt: shown(flt))
        worst = max(worst, t)
        print(f"  {label:24} {n:>9,} matches  {t:7.1f} ms")
    print(f"  worst: {worst:.1f} ms")

    print("\ntag browser counts")
    for label, flt in (
        ("whole database", None),
        ("search 张", CustomerFilter(search="张")),
        ("one large tag", CustomerFilter(tags=(big,))),
        ("3 mixed, all of", CustomerFilter(tags=(big, mid, small))),
        ("search 有限公司", CustomerFilter(search="有限公司")),
    ):
        t, _ = ms(lambda flt=flt: cl.tag_counts(flt), repeat=1)
        print(f"  {label:24} {t:7.1f} ms")

    print("\nbulk tagging 100,000 customers (one transaction), then its undo")
    ids = cl.page(CustomerFilter(), cl.Sort("id"), 100_000).rows
    ids = [r["id"] for r in ids]
    target = tags.find_tag("bench-bulk") or tags.create_tag("bench-bulk")
    t, change = ms(lambda: tagging.add_tags([target.id], ids), repeat=1)
    print(f"  add:  {len(change.added[target.id]):,} customers  {t:7.1f} ms")
    t, _ = ms(lambda: tagging.apply(change.inverse()), repeat=1)
    print(f"  undo: {t:7.1f} ms")
    t, all_ids = ms(lambda: cl.matching_ids(CustomerFilter(tags=(big,))), repeat=1)
    print(f"  ids of 'all {len(all_ids):,} matching' one large tag: {t:7.1f} ms")
    tags.delete_tag(target.id)
    return 0


if __name__ == "__main__":
    sys.exit(main())
