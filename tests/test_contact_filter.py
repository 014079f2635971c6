"""The customer table's contact columns and filters: last contacted, next follow-up,
"not contacted in N days", "no next follow-up", with search, tags, sorts and paging."""

import datetime as dt
import random
from dataclasses import replace

import pytest

from models import clock
from models.customers import customer_list
from models.customers.customer_filter import CustomerFilter
from models.customers.customer_list import Sort
from models.customers.record import Customer
from models.followups import followups, interactions
from models.tags import saved_views, tags
from models.tags.tables import CustomerTag

NOW = dt.datetime(2026, 11, 18, 10, 0)


@pytest.fixture
def contacts(demo_db):
    """Demo customers with a random contact history, some in the bin."""
    rng = random.Random(5)
    ids = [c.id for c in Customer.select(Customer.id)]
    for cid in rng.sample(ids, 300):
        for _ in range(rng.randint(1, 3)):
            clock.set_now(NOW - dt.timedelta(days=rng.randint(0, 90), hours=rng.randint(0, 9)))
            if Customer.get_by_id(cid).deleted_at is None:
                interactions.log(cid, "phone", "x")
    clock.set_now(NOW)
    for cid in rng.sample(ids, 250):
        if Customer.get_by_id(cid).deleted_at is None:
            fid = followups.create(cid, NOW.date() + dt.timedelta(days=rng.randint(-10, 40)))
            if rng.random() < 0.3:
                followups.complete(fid, "ok")
    return ids


def expected(flt):
    base = set(
        customer_list.matching_ids(replace(flt, not_contacted_days=0, no_next_followup=False))
    )
    bound = dt.datetime(2026, 11, 18) - dt.timedelta(days=flt.not_contacted_days - 1)
    out = set()
    for c in Customer.select().where(Customer.id.in_(list(base))):
        if flt.not_contacted_days and c.last_contact_at is not None and c.last_contact_at >= bound:
            continue
        if flt.no_next_followup and c.next_followup_at is not None:
            continue
        out.add(c.id)
    return out


def test_contact_columns_follow_the_history(contacts):
    for c in Customer.select().limit(200):
        last = [r["at"] for r in interactions.for_customer(c.id)]
        assert c.last_contact_at == (max(last) if last else None)
        due = [r["due_at"] for r in followups.for_customer(c.id) if r["status"] == "open"]
        assert c.next_followup_at == (min(due) if due else None)


def test_filters_match_brute_force_with_search_tags_and_sorts(contacts):
    tag_ids = [t.id for t in tags.list_tags()][:2]
    searches = ("", "1")
    sorts = [Sort("last_contact_at"), Sort("next_followup_at", True), Sort("name"), Sort("id")]
    checked = 0
    for days in (0, 1, 7, 30):
        for no_next in (False, True):
            for search in searches:
                for tag_filter in ((), (tag_ids[0],)):
                    flt = CustomerFilter(search=search, tags=tag_filter).with_contact(days, no_next)
                    want = expected(flt)
                    assert customer_list.count(flt) == len(want)
                    assert set(customer_list.matching_ids(flt)) == want
                    for sort in sorts:
                        seen, after = [], None
                        while True:  # keyset pages of 37 rows
                            page = customer_list.page(flt, sort, 37, after=after)
                            seen += page.rows
                            if len(page.rows) < 37:
                                break
                            after = page.last_key
                        assert [r["id"] for r in seen if r["id"] in want] == [r["id"] for r in seen]
                        assert len(seen) == len(want)
                    checked += 1
    assert checked == 32


def test_sorting_by_contact_columns_puts_none_where_it_belongs(contacts):
    flt = CustomerFilter()
    rows = customer_list.page(flt, Sort("last_contact_at"), 1000).rows
    values = [r["last_contact_at"] for r in rows]
    never = [v for v in values if v is None]
    assert values[: len(never)] == never  # never contacted = longest ago
    assert values[len(never) :] == sorted(values[len(never) :])
    rows = customer_list.page(flt, Sort("next_followup_at"), 1000).rows
    values = [r["next_followup_at"] for r in rows]
    planned = [v for v in values if v is not None]
    assert values[: len(planned)] == sorted(planned)  # none planned goes last
    assert len(planned) < len(values)


def test_tag_counts_and_saved_views_keep_the_contact_filter(contacts):
    flt = CustomerFilter().with_contact(30, True)
    ids = expected(flt)
    counts = customer_list.tag_counts(flt)
    for tag in tags.list_tags()[:5]:
        holders = set(
            CustomerTag.select(CustomerTag.customer).where(CustomerTag.tag == tag.id).tuples()
        )
        assert counts.get(tag.id, 0) == len({i for (i,) in holders} & ids)
    view = saved_views.save_view("久未联系", flt)
    assert saved_views.get_view(view).filter == flt
