"""Every tag filter combination against a brute-force Python check on generated data."""

import itertools
import random

import pytest

from models.customers import customer_list, customers
from models.customers.customer_filter import CustomerFilter
from models.customers.customer_list import Sort
from models.customers.record import Customer
from models.errors import Cancelled
from models.tags import saved_views, tagging, tags
from models.tags.tables import CustomerTag


@pytest.fixture
def world(demo_db):
    """600 demo customers; some in the bin; every customer's tags and the search sets."""
    ids = [c.id for c in Customer.select(Customer.id)]
    binned = set(random.Random(5).sample(ids, 60))
    customers.move_to_bin(binned)
    links = {}
    for cid, tid in CustomerTag.select(CustomerTag.customer_id, CustomerTag.tag_id).tuples():
        links.setdefault(cid, set()).add(tid)
    return {"ids": ids, "bin": binned, "links": links, "tags": [t.id for t in tags.list_tags()]}


def _all_ids(flt, sort=Sort("id"), **hints):
    out, after = [], None
    while True:
        page = customer_list.page(flt, sort, 97, after=after, **hints)
        out += [r["id"] for r in page.rows]
        if len(page.rows) < 97:
            return out
        after = page.last_key


def _expected(world, flt):
    searched = None
    if flt.search:
        plain = CustomerFilter(search=flt.search, in_bin=flt.in_bin)
        searched = set(_all_ids(plain))
    out = set()
    for cid in world["ids"]:
        if (cid in world["bin"]) != flt.in_bin:
            continue
        if searched is not None and cid not in searched:
            continue
        have = world["links"].get(cid, set())
        if flt.tags:
            hit = have & set(flt.tags)
            if not (hit if flt.any_tags else set(flt.tags) <= have):
                continue
        if have & set(flt.not_tags):
            continue
        out.add(cid)
    return out


def _filters(world):
    rnd = random.Random(11)
    t = world["tags"]
    for n_in, n_out, any_tags, search, in_bin in itertools.product(
        (0, 1, 2, 3), (0, 1, 2), (False, True), ("", "张", "有限", "zzzz"), (False, True)
    ):
        if n_in == 0 and n_out == 0 and not search:
            continue
        chosen = rnd.sample(t, n_in + n_out)
        yield CustomerFilter(
            search=search,
            in_bin=in_bin,
            tags=tuple(chosen[:n_in]),
            not_tags=tuple(chosen[n_in:]),
            any_tags=any_tags,
        )


def test_every_combination_matches_brute_force(world):
    checked = 0
    for flt in _filters(world):
        expected = _expected(world, flt)
        assert customer_list.count(flt) == len(expected), flt
        assert set(customer_list.matching_ids(flt)) == expected, flt
        # Both plans (read from the tag links / walk a sort index) give the same rows.
        n, ids = customer_list.resolve(flt)
        assert n == len(expected) and (ids is None or set(ids) == expected)
        plans = [{"matches": 1}, {"matches": 10**9}] + ([{"ids": ids}] if ids is not None else [])
        for hints in plans:
            for sort in (Sort("id"), Sort("name"), Sort("tags", True)):
                got = _all_ids(flt, sort, **hints)
                assert len(got) == len(set(got)) and set(got) == expected, (flt, sort, hints)
        checked += 1
    assert checked > 150


def test_sorting_by_number_of_tags(world):
    rows = customer_list.page(CustomerFilter(), Sort("tags", True), 600).rows
    counts = [len(r["tags"]) for r in rows]
    assert counts == sorted(counts, reverse=True) and counts[0] >= 3
    assert all(len(r["_tag_colors"]) == len(r["tags"]) for r in rows)


def test_tag_counts_follow_the_filter(world):
    live = [c for c in world["ids"] if c not in world["bin"]]
    every = customer_list.tag_counts()
    for t in world["tags"]:
        assert every.get(t, 0) == sum(1 for c in live if t in world["links"].get(c, ()))
    flt = CustomerFilter(search="张", tags=(world["tags"][0],), not_tags=(world["tags"][1],))
    shown = _expected(world, flt)
    counts = customer_list.tag_counts(flt)
    for t in world["tags"]:
        assert counts.get(t, 0) == sum(1 for c in shown if t in world["links"].get(c, ()))
    search_only = CustomerFilter(search="王")
    shown = _expected(world, search_only)
    counts = customer_list.tag_counts(search_only)
    assert sum(counts.values()) == sum(len(world["links"].get(c, ())) for c in shown)


def test_bulk_tagging_all_matching_and_undo(world):
    flt = CustomerFilter(search="张")
    ids = customer_list.matching_ids(flt)
    assert ids
    vip = tags.find_tag("VIP")
    had = {c for c in ids if vip.id in world["links"].get(c, ())}
    before = {c: Customer.get_by_id(c).tag_count for c in ids}
    change = tagging.add_tags([vip.id], ids)
    assert set(change.added[vip.id]) == set(ids) - had  # only those that lacked it
    assert customer_list.count(flt.with_tags([vip.id])) == len(ids)
    for c in ids:
        assert Customer.get_by_id(c).tag_count == before[c] + (c not in had)
    tagging.apply(change.inverse())  # undo
    assert customer_list.count(flt.with_tags([vip.id])) == len(had)
    assert {c: Customer.get_by_id(c).tag_count for c in ids} == before


def test_bulk_remove_and_cancel_writes_nothing(world):
    import threading

    vip = tags.find_tag("VIP")
    holders = customer_list.matching_ids(CustomerFilter(tags=(vip.id,)))
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        tagging.remove_tags([vip.id], holders, cancel=cancel)
    assert customer_list.count(CustomerFilter(tags=(vip.id,))) == len(holders)
    change = tagging.remove_tags([vip.id], holders + [10**9])  # an unknown id is ignored
    assert sorted(change.removed[vip.id]) == sorted(holders)
    assert customer_list.count(CustomerFilter(tags=(vip.id,))) == 0
    from models.errors import NotFoundError

    with pytest.raises(NotFoundError):
        tagging.add_tags([99999], holders)  # a tag deleted meanwhile
    assert customer_list.count(CustomerFilter(tags=(vip.id,))) == 0


def test_saved_views_crud(world):
    t = world["tags"]
    flt = CustomerFilter(search="张", tags=(t[0], t[1]), not_tags=(t[2],), any_tags=True)
    vid = saved_views.save_view(" 张姓 大客户 ", flt)
    view = saved_views.get_view(vid)
    assert view.name == "张姓 大客户" and view.filter == flt
    from models.errors import ValidationError

    with pytest.raises(ValidationError):
        saved_views.save_view("张姓 大客户", CustomerFilter())
    with pytest.raises(ValidationError):
        saved_views.save_view("  ", CustomerFilter())
    saved_views.rename_view(vid, "张姓")
    saved_views.update_view(vid, CustomerFilter(tags=(t[3],)))
    assert saved_views.list_views()[0].name == "张姓"
    assert saved_views.list_views()[0].filter == CustomerFilter(tags=(t[3],))
    saved_views.delete_view(vid)
    assert saved_views.list_views() == []


def test_resolve_gives_ids_only_for_few_matches(world, monkeypatch):
    tag = world["tags"][0]
    flt = CustomerFilter(tags=(tag,))
    n = customer_list.count(flt)
    assert n > 5
    assert customer_list.resolve(flt) == (n, customer_list.resolve(flt)[1])
    assert sorted(customer_list.resolve(flt)[1]) == sorted(customer_list.matching_ids(flt))
    monkeypatch.setattr(customer_list, "FEW", 5)
    assert customer_list.resolve(flt) == (n, None)
    assert customer_list.resolve(CustomerFilter(search="张")) == (
        customer_list.count(CustomerFilter(search="张")),
        None,
    )
