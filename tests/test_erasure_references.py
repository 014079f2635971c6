"""Erasure leaves no reference to the person: the stay-in-touch rule naming the
customer goes, saved views lose the name or number from their name and search (not
another customer's longer name), and the search index's old words are merged out of
the file in short steps after the erasure's transaction."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from models import clock
from models.customers import customer_list, customers, search_index
from models.customers.customer_filter import CustomerFilter
from models.followups import stay_in_touch
from models.privacy import erasure
from models.storage.db import database
from models.tags import saved_views, tags

NOW = dt.datetime(2026, 11, 22, 9, 30)


@pytest.fixture
def now(db):
    clock.set_now(NOW)
    return db


def _raw_views(db_path) -> list[tuple[str, str]]:
    con = sqlite3.connect(db_path)
    try:
        return con.execute("SELECT name, filter FROM saved_view ORDER BY id").fetchall()
    finally:
        con.close()


def test_erasure_removes_the_customer_from_rules_and_views(now, db_path):
    cid = customers.create({"name": "王小明", "mobile": "13800001111", "tags": ["VIP"]})
    other = customers.create({"name": "王小明亮", "mobile": "13900002222"})
    vip = tags.list_tags()[0].id
    stay_in_touch.set_rule("customer", cid, 30)
    stay_in_touch.set_rule("customer", other, 14)
    stay_in_touch.set_rule("tag", vip, 60)
    by_name = saved_views.save_view("王小明回访", CustomerFilter(search="王小明"))
    by_mobile = saved_views.save_view("大客户", CustomerFilter(search="13800001111"))
    longer = saved_views.save_view("王小明亮的单", CustomerFilter(search="王小明亮"))
    plain = saved_views.save_view("VIP", CustomerFilter().with_tags((vip,), ()))

    done = erasure.erase(cid)

    assert done.rules_removed == 1 and done.views_changed == 2
    rules = {(r.scope, r.target) for r in stay_in_touch.list_rules()}
    assert rules == {("customer", str(other)), ("tag", str(vip))}
    anon = f"#{cid}"
    views = {v.id: v for v in saved_views.list_views()}
    assert views[by_name].name == f"{anon}回访" and views[by_name].filter.search == anon
    assert views[by_mobile].name == "大客户" and views[by_mobile].filter.search == anon
    assert views[longer].name == "王小明亮的单" and views[longer].filter.search == "王小明亮"
    assert views[plain].filter.tags == (vip,)
    stored = json.dumps(_raw_views(db_path), ensure_ascii=False)
    assert "13800001111" not in stored and stored.count("王小明") == stored.count("王小明亮")
    # the views still list who they listed: the anonymous customer, or the other one
    assert customer_list.count(views[longer].filter) == 1


def test_a_view_name_taken_by_the_scrubbed_name_gets_its_id(now):
    cid = customers.create({"name": "赵六"})
    saved_views.save_view(f"#{cid}", CustomerFilter())
    view = saved_views.save_view("赵六", CustomerFilter(search="赵六"))
    erasure.erase(cid)
    assert saved_views.get_view(view).name == f"#{cid} ({view})"


def test_erasure_writes_the_index_entry_then_merges_it_away_in_short_steps(now, db_path,
                                                                          monkeypatch):  # fmt: skip
    for i in range(300):
        customers.create({"name": f"客户{i}", "mobile": f"139{i:08d}"})
    cid = customers.create({"name": "钱七", "email": "qianqi.secret@example.com"})
    search_index.optimize()
    customers.create({"name": "后来的"})  # a second segment after the merged one
    steps = []
    real = search_index.purge_deleted

    def counted():
        assert not database.in_transaction()  # after the erasure's commit
        steps.append(real())
        return steps[-1]

    monkeypatch.setattr(search_index, "purge_deleted", counted)
    monkeypatch.setattr(search_index, "MERGE_PAGES", 1)  # many small steps, as on 1M
    erasure.erase(cid)
    assert steps and steps[0] > 2
    assert customer_list.count(CustomerFilter(search="qianqi.secret")) == 0
    assert customer_list.count(CustomerFilter(search="钱七")) == 0
    assert customer_list.count(CustomerFilter(search="客户12")) == 11  # the rest still found
    con = sqlite3.connect(db_path)
    try:
        blocks = b"".join(
            r[0] or b""
            for table in ("customer_words_data", "customer_trigrams_data")
            for r in con.execute(f"SELECT block FROM {table}")
        )
    finally:
        con.close()
    assert b"secret" not in blocks and b"qianqi" not in blocks


def test_purge_refuses_to_run_inside_a_transaction(now):
    with database.atomic(), pytest.raises(RuntimeError):
        search_index.purge_deleted()
