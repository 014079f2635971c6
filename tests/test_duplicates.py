"""Finding duplicate customers on a hand-made set with known pairs: certain by mobile,
email or number; likely by name with company/city/birthday, pinyin look-alikes and
one character apart; a family's shared landline (and a parent's mobile on a child's
record) is not certain; "not a duplicate" is remembered; bin, erased and merged
customers are left out; blocking never compares a huge common-name block."""

from __future__ import annotations

import threading

import pytest

from models.customers import customers, duplicates
from models.errors import Cancelled, NotFoundError, ValidationError
from models.storage.db import database


def _make(**fields) -> int:
    return customers.create(fields)


@pytest.fixture
def known(db):
    c = {}
    c["a1"] = _make(name="王小明", mobile="13800001111", city="杭州")
    c["a2"] = _make(name="王晓明", mobile="138 0000 1111")  # same mobile, one char apart
    c["e1"] = _make(name="Tom Li", email="Tom.Li@Example.com")
    c["e2"] = _make(name="李汤姆", email="tom.li@example.COM")
    c["p1"] = _make(name="张伟", company="西湖茶庄", city="杭州")
    c["p2"] = _make(name="章伟", company="西湖茶庄")  # sounds the same, same company
    c["n1"] = _make(name="陈静", city="宁波", birthday="1990-05-01")
    c["n2"] = _make(name="陈静", city="上海", birthday="1990-05-01")  # same name + birthday
    c["o1"] = _make(name="刘德华", city="深圳")
    c["o2"] = _make(name="刘德一", city="深圳")  # one character apart, same city
    # a family sharing a landline: different people, never certain, not grouped
    c["f1"] = _make(name="赵大山", mobile="0571-88886666")
    c["f2"] = _make(name="钱小红", mobile="057188886666")
    # a parent's mobile on a child's record: likely at most
    c["m1"] = _make(name="孙建国", mobile="13900002222")
    c["m2"] = _make(name="孙悦", mobile="13900002222")
    c["x"] = _make(name="周杰", city="杭州")  # nobody's duplicate
    return c


def _by_ids(groups):
    return {frozenset(g.ids): g for g in groups}


def test_certain_groups_are_same_mobile_or_email(known):
    c = known
    groups = _by_ids(duplicates.find("certain"))
    assert set(groups) == {frozenset((c["a1"], c["a2"])), frozenset((c["e1"], c["e2"]))}
    assert groups[frozenset((c["a1"], c["a2"]))].reason.startswith("mobile")
    assert groups[frozenset((c["e1"], c["e2"]))].reason == "email"
    assert all(g.score == 1.0 for g in groups.values())


def test_likely_groups_have_reasons_and_lower_scores(known):
    c = known
    groups = _by_ids(duplicates.find("likely"))
    pinyin = groups[frozenset((c["p1"], c["p2"]))]
    assert "pinyin" in pinyin.reason and 0 < pinyin.score < 1
    assert groups[frozenset((c["n1"], c["n2"]))].reason == "name_birthday"
    assert "one_character" in groups[frozenset((c["o1"], c["o2"]))].reason
    shared = groups[frozenset((c["m1"], c["m2"]))]
    assert shared.reason == "shared_mobile" and shared.score < 1
    # the certain pair is not repeated as likely
    assert frozenset((c["a1"], c["a2"])) not in groups


def test_a_shared_landline_is_never_certain(known):
    c = known
    every = duplicates.find("all")
    for g in every:
        assert not ({c["f1"], c["f2"]} <= set(g.ids))
        assert c["x"] not in g.ids
    # the same name on the landline: likely, never certain
    twin = _make(name="赵大山", mobile="(0571) 8888-6666")
    groups = _by_ids(duplicates.find("all"))
    g = groups[frozenset((c["f1"], twin))]
    assert g.reason == "name_landline" and g.score < 1


def test_all_lists_certain_first_largest_first_with_survivor_first(known):
    c = known
    third = _make(name="王小明", email="wxm@example.com", mobile="13800001111")
    groups = duplicates.find("all")
    assert groups[0].ids[0] in (c["a1"], c["a2"], third) and len(groups[0].ids) == 3
    assert [len(g.ids) for g in groups] == sorted((len(g.ids) for g in groups), reverse=True)
    assert all(g.to_json().keys() == {"ids", "reason", "score"} for g in groups)


def test_not_a_duplicate_is_remembered(known):
    c = known
    pair = frozenset((c["p1"], c["p2"]))
    assert pair in _by_ids(duplicates.find("likely"))
    assert duplicates.mark_not_duplicate([c["p2"], c["p1"]]) == 1
    assert pair not in _by_ids(duplicates.find("all"))
    duplicates.forget_not_duplicate([c["p1"], c["p2"]])
    assert pair in _by_ids(duplicates.find("all"))


def test_not_a_duplicate_refuses_bad_input(known):
    c = known
    changes = database.execute_sql("SELECT total_changes()").fetchone()[0]
    with pytest.raises(ValidationError):
        duplicates.mark_not_duplicate([c["p1"]])
    with pytest.raises(NotFoundError):
        duplicates.mark_not_duplicate([c["p1"], 99999])
    assert database.execute_sql("SELECT total_changes()").fetchone()[0] == changes


def test_binned_customers_are_left_out(known):
    c = known
    customers.move_to_bin([c["e2"]])
    assert frozenset((c["e1"], c["e2"])) not in _by_ids(duplicates.find("all"))


def test_a_huge_common_name_block_is_not_compared(db):
    for i in range(duplicates.MAX_BLOCK + 5):
        _make(name="张伟", city="北京", mobile=f"1390000{i:04d}")
    assert duplicates.find("likely") == []


def test_bad_kind_and_cancel(known):
    with pytest.raises(ValidationError):
        duplicates.find("maybe")
    stop = threading.Event()
    stop.set()
    with pytest.raises(Cancelled):
        duplicates.find("all", cancel=stop)
    seen = []
    duplicates.find("all", progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen)
