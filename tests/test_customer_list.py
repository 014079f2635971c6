from models.customers import customer_list, customers
from models.customers.customer_list import CustomerFilter, Sort


def all_ids(flt, sort, size):
    """Walk the whole list by keyset pages."""
    ids, after = [], None
    while True:
        page = customer_list.page(flt, sort, size, after=after)
        ids += [r["id"] for r in page.rows]
        if len(page.rows) < size:
            return ids
        after = page.last_key


def test_keyset_offset_and_reverse_pages_agree(demo_db):
    flt = CustomerFilter()
    for sort in (
        Sort("name"),
        Sort("city", True),
        Sort("birthday"),
        Sort("created_at", True),
        Sort("id"),
    ):
        whole = [r["id"] for r in customer_list.page(flt, sort, 10_000).rows]
        assert len(whole) == 600
        assert all_ids(flt, sort, 37) == whole
        assert [r["id"] for r in customer_list.page(flt, sort, 50, offset=300).rows] == whole[
            300:350
        ]
        rev = Sort(sort.key, not sort.descending)
        assert [r["id"] for r in customer_list.page(flt, rev, 10_000).rows] == whole[::-1]


def test_search_pages_by_keyset_too(demo_db):
    flt = CustomerFilter(search="张")
    n = customer_list.count(flt)
    assert n > 10
    ids = all_ids(flt, Sort("name"), 7)
    assert len(ids) == len(set(ids)) == n


def test_names_sort_in_pinyin_order(db):
    for name in ("张三", "Alice", "李四", "阿明", "王五", "bob"):
        customers.create({"name": name})
    names = [r["name"] for r in customer_list.page(CustomerFilter(), Sort("name"), 10).rows]
    assert names == ["阿明", "Alice", "bob", "李四", "王五", "张三"]


def test_rows_carry_tags_and_custom_values(db):
    from models.customers import custom_fields

    field = custom_fields.add_field("积分", "number")
    customers.create({"name": "甲", "tags": ["VIP"], "custom": {field.id: "20"}})
    customers.create({"name": "乙", "custom": {field.id: "3"}})
    rows = customer_list.page(CustomerFilter(), Sort(field.key), 10).rows
    assert [r["name"] for r in rows] == ["乙", "甲"]  # numeric order, not text order
    assert rows[1]["tags"] == ["VIP"] and rows[1][field.key] == "20"
    assert field.key in [c.key for c in customer_list.columns()]


def test_bin_lists_last_deleted_first(db):
    a = customers.create({"name": "甲"})
    b = customers.create({"name": "乙"})
    import datetime as dt

    from models import clock

    clock.set_now(dt.datetime(2026, 1, 1, 10))
    customers.move_to_bin([b])
    clock.set_now(dt.datetime(2026, 1, 2, 10))
    customers.move_to_bin([a])
    rows = customer_list.page(CustomerFilter(in_bin=True), Sort("id"), 10).rows
    assert [r["id"] for r in rows] == [a, b]


def test_deep_offsets_skip_through_the_sort_index_exactly(demo_db, monkeypatch):
    monkeypatch.setattr(customer_list, "DEEP_OFFSET", 10)
    flt = CustomerFilter()
    for sort in (Sort("name"), Sort("created_at", True), Sort("id"), Sort("city")):
        whole = [r["id"] for r in customer_list.page(flt, sort, 10_000).rows]
        for offset in (11, 250, 599, 600):
            assert [
                r["id"] for r in customer_list.page(flt, sort, 30, offset=offset).rows
            ] == whole[offset : offset + 30]
        first = customer_list.page(flt, sort, 5)
        got = [
            r["id"]
            for r in customer_list.page(flt, sort, 20, offset=100, after=first.last_key).rows
        ]
        assert got == whole[105:125]
