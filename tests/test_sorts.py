"""Sorts that read right (issue 24): Chinese text columns in pinyin order, birthdays with
the next one first, custom fields by their values; all through the real keyset paging."""

import datetime as dt
import sqlite3

import openpyxl
import pytest
from pypinyin import lazy_pinyin

from models import clock
from models.customers import custom_fields, customer_list, customers
from models.customers.customer_list import CustomerFilter, Sort
from models.customers.record import Customer
from models.excel import import_history, importer
from models.privacy import erasure
from models.schema import migrations
from models.schema.opening import open_database
from models.storage.db import close_database, connect_database, database

TODAY = dt.datetime(2026, 6, 15, 9, 0)


@pytest.fixture
def demo_3000(db):
    from models.demo import demo

    demo.generate(3000, seed=11)
    return db


def walk(sort, size=200, flt=CustomerFilter()):
    """Every row, page by page through the keyset."""
    rows, after = [], None
    while True:
        page = customer_list.page(flt, sort, size, after=after)
        rows += page.rows
        if len(page.rows) < size:
            return rows
        after = page.last_key


def spelled(text):
    return lazy_pinyin(text.lower())


def test_city_pages_in_pinyin_order_both_ways(demo_3000):
    for descending in (False, True):
        rows = walk(Sort("city", descending))
        ids = [r["id"] for r in rows]
        assert len(ids) == len(set(ids)) == 3000  # none lost, none twice
        cities = [r["city"] for r in rows]
        named = [c for c in cities if c]
        assert len(set(named)) > 10
        expected = sorted(named, key=spelled, reverse=descending)
        assert [spelled(c) for c in named] == [spelled(c) for c in expected]
        # Blanks after the named in ascending order; the exact reverse descending.
        blanks = cities.index("") if "" in cities else len(cities)
        if descending:
            assert all(not c for c in cities[: len(cities) - len(named)])
        else:
            assert all(cities[:blanks]) and not any(cities[blanks:])
    asc = [r["id"] for r in walk(Sort("city"))]
    assert [r["id"] for r in walk(Sort("city", True))] == asc[::-1]


def test_every_keyed_text_column_reads_in_pinyin_order(demo_3000):
    for column in ("company", "industry", "address", "owner", "job_title"):
        rows = walk(Sort(column), size=500)
        assert len({r["id"] for r in rows}) == 3000
        named = [r[column] for r in rows if r[column]]
        assert named, column
        keys = [spelled(t) for t in named]
        assert keys == sorted(keys), column


def test_offsets_and_reverse_reads_agree_with_the_keyset(demo_3000):
    """What the table model does: an offset from a known key, and counting back from
    the end by reading the reverse sort."""
    clock.set_now(TODAY)
    for sort in (Sort("city"), Sort("birthday"), Sort("address", True)):
        whole = [r["id"] for r in walk(sort, size=3000)]
        page = customer_list.page(CustomerFilter(), sort, 200, after=None, offset=1500)
        assert [r["id"] for r in page.rows] == whole[1500:1700]
        after = customer_list.page(CustomerFilter(), sort, 200).last_key
        page = customer_list.page(CustomerFilter(), sort, 200, after=after, offset=2700)
        assert [r["id"] for r in page.rows] == whole[2900:3000]
        rev = Sort(sort.key, not sort.descending)
        tail = customer_list.page(CustomerFilter(), rev, 300, offset=100).rows
        assert [r["id"] for r in tail][::-1] == whole[-400:-100]


def test_mixed_latin_and_chinese_and_polyphones(db):
    cities = ["Zurich", "重庆", "北京", "", "abc", "Beijing", "长沙", "厦门", "ＡＢＤ", "安阳"]
    for i, city in enumerate(cities):
        customers.create({"name": f"客户{i}", "city": city})
    got = [r["city"] for r in walk(Sort("city"), size=3)]
    # 重庆 chong qing (not zhong), 长沙 chang sha, 厦门 xia men; full-width ＡＢＤ as abd;
    # 北京 "bei jing" before Latin "beijing"; the blank last.
    assert got == ["abc", "ＡＢＤ", "安阳", "北京", "Beijing", "长沙", "重庆", "厦门", "Zurich", ""]
    assert [r["city"] for r in walk(Sort("city", True), size=4)] == got[::-1]


def birthdays_expected(rows, today_md):
    def order(b):
        if not b:
            return (2, "")
        md = b[-5:]
        return (0 if md >= today_md else 1, md)

    return sorted((r["birthday"] for r in rows), key=order)


def test_birthday_sorts_the_next_birthday_first_and_wraps(demo_3000):
    clock.set_now(TODAY)
    Customer.update(birthday="--06-14").where(Customer.id == 5).execute()  # yesterday: last
    Customer.update(birthday="1990-06-15").where(Customer.id == 6).execute()  # today: first
    Customer.update(birthday="").where(Customer.id == 7).execute()
    rows = walk(Sort("birthday"))
    assert len({r["id"] for r in rows}) == 3000
    days = [r["birthday"] for r in rows]
    assert days == birthdays_expected(rows, "06-15")
    assert days[0][-5:] == "06-15"
    named = [d for d in days if d]
    assert named[-1][-5:] == "06-14"  # wrapped round the year: yesterday comes last
    assert days[-1] == "" and any(d[-5:] < "06-15" for d in named)
    # Descending: the exact reverse (no birthday first).
    assert [r["id"] for r in walk(Sort("birthday", True))] == [r["id"] for r in rows][::-1]


def test_a_new_day_starts_the_birthday_order_on_the_next_read(demo_3000):
    clock.set_now(TODAY)
    first = customer_list.page(CustomerFilter(), Sort("birthday"), 200)
    clock.set_now(TODAY + dt.timedelta(days=1))
    # Paging on from yesterday's key keeps yesterday's order: no row lost or repeated.
    rest = walk_from(Sort("birthday"), first.last_key)
    ids = [r["id"] for r in first.rows + rest]
    assert len(ids) == len(set(ids)) == 3000
    assert [r["birthday"] for r in first.rows + rest] == birthdays_expected(
        first.rows + rest, "06-15"
    )
    # A fresh read (the list refreshed) starts at the new today.
    fresh = walk(Sort("birthday"))
    assert [r["birthday"] for r in fresh] == birthdays_expected(fresh, "06-16")
    assert fresh[0]["birthday"][-5:] >= "06-16"


def walk_from(sort, after, size=200):
    rows = []
    while True:
        page = customer_list.page(CustomerFilter(), sort, size, after=after)
        rows += page.rows
        if len(page.rows) < size:
            return rows
        after = page.last_key


def _custom_customers():
    text = custom_fields.add_field("渠道备注", "text")
    number = custom_fields.add_field("积分", "number")
    when = custom_fields.add_field("签约日", "date")
    texts = ["重庆分店", "Apple", "北京", "", "长沙", "zeta", "安徽", "", "厦门", "bee"]
    numbers = ["100", "9", "-5", "", "10", "2.5", "1000", "", "0", "99"]
    dates = ["2024-12-01", "2023-01-31", "", "2024-02-29", "2020-07-04", "", "2025-01-01",
             "2023-11-11", "2021-05-05", "2024-12-02"]  # fmt: skip
    for i in range(10):
        customers.create({
            "name": f"客户{i}",
            "custom": {text.id: texts[i], number.id: numbers[i], when.id: dates[i]},
        })  # fmt: skip
    return text, number, when


def test_custom_fields_sort_as_text_number_and_date(db):
    text, number, when = _custom_customers()
    by_text = [r.get(text.key, "") for r in walk(Sort(text.key), size=3)]
    assert by_text == ["安徽", "Apple", "bee", "北京", "长沙", "重庆分店", "厦门", "zeta", "", ""]
    by_number = [r.get(number.key, "") for r in walk(Sort(number.key), size=4)]
    assert by_number == ["-5", "0", "2.5", "9", "10", "99", "100", "1000", "", ""]
    by_date = [r.get(when.key, "") for r in walk(Sort(when.key), size=4)]
    assert by_date == ["2020-07-04", "2021-05-05", "2023-01-31", "2023-11-11", "2024-02-29",
                       "2024-12-01", "2024-12-02", "2025-01-01", "", ""]  # fmt: skip
    for field in (text, number, when):
        asc = [r["id"] for r in walk(Sort(field.key), size=3)]
        assert [r["id"] for r in walk(Sort(field.key, True), size=3)] == asc[::-1]
    # An edit and an undo snapshot keep the value's sort key.
    cid = walk(Sort(text.key), size=3)[0]["id"]
    snap = customers.snapshot(cid)
    customers.update(cid, {"custom": {text.id: "Zoo"}})
    assert walk(Sort(text.key), size=3)[7]["id"] == cid
    customers.write_snapshot(snap)
    assert walk(Sort(text.key), size=3)[0]["id"] == cid


def _captured_sql(run):
    statements = []
    database.connection().set_trace_callback(statements.append)
    try:
        run()
    finally:
        database.connection().set_trace_callback(None)
    return statements


def test_a_custom_field_index_is_made_when_asked_and_used(db):
    from models.demo import demo

    demo.generate(1500, seed=5)
    field = custom_fields.add_field("会员等级", "text")
    ids = [c for (c,) in Customer.select(Customer.id).tuples()]
    levels = ["金卡", "银卡", "Platinum", "铜卡", "普通"]
    with database.atomic():
        for i, cid in enumerate(ids):
            if i % 4:
                row = custom_fields.value_row(cid, field.id, levels[i % 5], None)
                custom_fields.CustomValue.insert(row).execute()

    def index_names():
        return {r[1] for r in database.execute_sql("PRAGMA index_list('custom_value')")}

    name = custom_fields.sort_index_name(field.id)
    assert name not in index_names()
    custom_fields.set_sort_index(field.id, True)
    assert name in index_names()
    assert custom_fields.CustomField.get_by_id(field.id).sort_indexed
    statements = _captured_sql(lambda: customer_list.page(CustomerFilter(), Sort(field.key), 200))
    keyed = [s for s in statements if '"cv"' in s and "ORDER BY" in s]
    assert keyed
    plan = database.execute_sql("EXPLAIN QUERY PLAN " + keyed[0]).fetchall()
    assert any(name in row[-1] for row in plan), plan
    assert not any("TEMP B-TREE" in row[-1] for row in plan), plan  # no sort step
    rows = walk(Sort(field.key))
    assert len({r["id"] for r in rows}) == 1500
    values = [r.get(field.key) for r in rows if r.get(field.key)]
    assert [spelled(v) for v in values] == sorted(spelled(v) for v in values)
    from models.storage.audit import AuditEntry

    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert (entry.action, entry.target, entry.target_id) == ("settings", "setting", field.id)
    assert entry.detail == "会员等级: sort_indexed: False → True"
    custom_fields.set_sort_index(field.id, False)
    assert name not in index_names()
    custom_fields.set_sort_index(field.id, True)
    custom_fields.delete_field(field.id)  # its index goes with it
    assert name not in index_names()
    with pytest.raises(Exception, match="no custom field"):
        custom_fields.set_sort_index(field.id, True)


def test_every_write_path_keeps_the_keys(db, tmp_path):
    cid = customers.create({"name": "甲", "city": "重庆", "company": "ABC科技", "owner": "曾经理"})
    row = Customer.get_by_id(cid)
    assert row.city_key.startswith("chong qing") and row.company_key.startswith("abc ke ji")
    snap = customers.snapshot(cid)
    customers.update(cid, {"city": "厦门", "company": ""})
    row = Customer.get_by_id(cid)
    assert row.city_key.startswith("xia men") and row.company_key == ""
    customers.write_snapshot(snap)
    assert Customer.get_by_id(cid).city_key.startswith("chong qing")
    # The import's bulk path, its update path and its undo.
    book = openpyxl.Workbook()
    book.active.append(["姓名", "手机", "城市", "公司"])
    book.active.append(["乙", "13900000001", "长沙", "北京华联"])
    book.active.append(["甲", "", "", ""])
    book.save(tmp_path / "in.xlsx")
    opts = importer.Options()
    result = importer.run(importer.plan(importer.load(tmp_path / "in.xlsx", opts), opts))
    assert result.created >= 1
    made = Customer.get(Customer.name == "乙")
    assert made.city_key.startswith("chang sha") and made.company_key.startswith("bei jing")
    book = openpyxl.Workbook()
    book.active.append(["姓名", "手机", "城市"])
    book.active.append(["乙", "13900000001", "重庆"])
    book.save(tmp_path / "up.xlsx")
    opts = importer.Options(on_duplicate="update")
    run = importer.run(importer.plan(importer.load(tmp_path / "up.xlsx", opts), opts))
    assert Customer.get_by_id(made.id).city_key.startswith("chong qing")
    import_history.undo(run.import_id)
    assert Customer.get_by_id(made.id).city_key.startswith("chang sha")
    # Erasure blanks the personal texts and their keys (city and owner are not personal).
    customers.update(cid, {"address": "重庆解放碑"})
    erasure.erase(cid)
    row = Customer.get_by_id(cid)
    assert (row.company_key, row.address_key) == ("", "")
    assert row.city_key.startswith("chong qing")


def test_step_14_fills_the_keys_of_a_database_made_before_it(db_path):
    db = connect_database(db_path)
    migrations.upgrade(db, target=13)
    close_database()
    raw = sqlite3.connect(db_path)
    for i, (city, company) in enumerate([("重庆", "ABC科技"), ("", "长沙银行"), ("Beijing", "")]):
        raw.execute(
            "INSERT INTO customer(name, name_key, city, company, owner, birthday, created_at,"
            " updated_at) VALUES (?, '', ?, ?, '曾总', ?, '2024-01-01', '2024-01-01')",
            (f"老客户{i}", city, company, ["1990-03-02", "", "--12-31"][i]),
        )
    raw.execute(
        "INSERT INTO custom_field(name, kind, choices, position) VALUES ('备注', 'text', '[]', 1)"
    )
    raw.execute("INSERT INTO custom_value(customer_id, field_id, text) VALUES (1, 1, '厦门')")
    raw.commit()
    raw.close()
    db = open_database(db_path)
    assert migrations.current_version(db) == migrations.LATEST
    keys = db.execute_sql("SELECT city_key, company_key, owner_key FROM customer ORDER BY id")
    keys = keys.fetchall()
    assert keys[0][0].startswith("chong qing") and keys[0][1].startswith("abc ke ji")
    assert keys[1][:2] == ("", "chang sha yin hang 长沙银行") and keys[2][0] == "beijing"
    assert all(k[2].startswith("ceng zong") or k[2].startswith("zeng zong") for k in keys)
    assert db.execute_sql("SELECT sort_key FROM custom_value").fetchone()[0].startswith("xia men")
    indexes = {r[1] for r in db.execute_sql("PRAGMA index_list('customer')")}
    assert {"customer_sort_city_key", "customer_sort_birthday_md"} <= indexes
    assert "customer_sort_city" not in indexes  # the code-point order's index is gone
    clock.set_now(dt.datetime(2026, 3, 3))
    assert [r["id"] for r in walk(Sort("birthday"))] == [3, 1, 2]
    assert [r["id"] for r in walk(Sort("city"))] == [3, 1, 2]
    close_database()


def test_filtered_lists_page_the_segmented_sorts_too(demo_3000):
    """A search, a tag (its ids resolved, or read from the links) and the recycle bin
    read the same segments."""
    from models.tags.tags import Tag

    clock.set_now(TODAY)
    tag = Tag.select().first()
    customers.move_to_bin(range(1, 400, 3))
    filters = [CustomerFilter(search="张"), CustomerFilter(tags=(tag.id,)),
               CustomerFilter(in_bin=True), CustomerFilter(search="有限", tags=(tag.id,))]  # fmt: skip
    for flt in filters:
        n, resolved = customer_list.resolve(flt)
        assert n > 20, flt
        for sort, ids in ((Sort("city"), resolved), (Sort("birthday", True), None),
                          (Sort("company"), resolved), (Sort("city", True), None)):  # fmt: skip
            rows, after = [], None
            while True:
                page = customer_list.page(flt, sort, 17, after=after, ids=ids)
                rows += page.rows
                if len(page.rows) < 17:
                    break
                after = page.last_key
            got = [r["id"] for r in rows]
            assert len(got) == len(set(got)) == n, (flt, sort)
            whole = customer_list.page(flt, sort, 10_000, ids=ids).rows
            assert [r["id"] for r in whole] == got
            if sort.key == "city":
                named = [r["city"] for r in rows if r["city"]]
                expected = sorted((spelled(c) for c in named), reverse=sort.descending)
                assert [spelled(c) for c in named] == expected
