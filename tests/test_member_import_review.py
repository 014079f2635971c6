"""The member import's review: the other program's card expiry carried (its headers,
永久/长期有效 as no expiry), a level locked by hand kept and counted, and names several
customers share picked in the preview (or skipped), as the sign-up import does."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from models import clock
from models.customers import customers
from models.excel import import_engine, name_picks
from models.excel import member_import as mi
from models.membership import cards, check, level_rules, levels
from models.membership.tables import LevelHistory, Member, MemberCard

HEADERS = ["会员卡号", "会员姓名", "手机号", "会员等级", "积分余额", "会员到期日"]


def sheet(tmp_path, rows, headers=HEADERS):
    path = tmp_path / "members.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(headers)
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def planned(path, **options):
    opts = mi.Options(**options)
    return import_engine.plan(import_engine.load(path, opts), opts)


@pytest.fixture
def shop(db):
    clock.set_now(dt.datetime(2026, 5, 1, 9, 0))
    return {name: levels.add({"name": name, "rank": rank, "threshold": rank * 1000})
            for rank, name in enumerate(("普通", "银卡", "金卡"))}  # fmt: skip


@pytest.mark.parametrize("header", ["有效期", "到期日期", "截止日期", "会员到期日", "失效日期",
                                    "到期日", "Valid until"])  # fmt: skip
def test_the_card_expiry_is_carried_by_its_header(shop, tmp_path, header):
    path = sheet(tmp_path, [["A1", "甲", "13800000001", "普通", 10, "2027/3/1"]],
                 [*HEADERS[:5], header])  # fmt: skip
    plan = planned(path, create_customers=True)
    assert plan.mapping[5] == "expires_on"
    import_engine.run(plan)
    assert cards.find_card("A1").expires_on == dt.date(2027, 3, 1)


def test_never_expiring_cards_and_a_bad_date(shop, tmp_path):
    path = sheet(tmp_path, [["A1", "甲", "13800000001", "普通", 0, "永久有效"],
                            ["A2", "乙", "13800000002", "普通", 0, "长期"],
                            ["A3", "丙", "13800000003", "普通", 0, "明年"]])  # fmt: skip
    plan = planned(path, create_customers=True)
    assert [r.action for r in plan.rows] == ["new", "new", "error"]
    assert plan.rows[2].problems[0].code == "date_invalid"
    import_engine.run(plan)
    assert cards.find_card("A1").expires_on is None and cards.find_card("A2").expires_on is None
    assert not MemberCard.select().where(MemberCard.card_no == "A3").exists()


def test_a_level_locked_by_hand_is_kept_and_said(shop, tmp_path):
    locked = customers.create({"name": "甲", "mobile": "13800000001"})
    free = customers.create({"name": "乙", "mobile": "13800000002"})
    for cid in (locked, free):
        cards.enroll(cid)
    level_rules.lock(locked, shop["银卡"], "老板特批")
    path = sheet(tmp_path, [["A1", "甲", "13800000001", "金卡", 10, None],
                            ["A2", "乙", "13800000002", "金卡", 10, None]])  # fmt: skip
    plan = planned(path)
    assert plan.rows[0].values.get("level_kept") and not plan.rows[1].values.get("level_kept")
    dry = mi.outcome(plan)
    assert (dry.created, dry.levels_kept) == (2, 1)
    result = import_engine.run(plan)
    assert result.levels_kept == 1
    assert Member.get(Member.customer_id == locked).level_id == shop["银卡"]  # kept
    assert Member.get(Member.customer_id == free).level_id == shop["金卡"]
    imported = LevelHistory.select().where(LevelHistory.cause == "import")
    assert [h.customer_id for h in imported] == [free]
    assert check.check_all().ok


def test_a_shared_name_is_picked_in_the_review(shop, tmp_path):
    first = customers.create({"name": "王芳", "city": "杭州"})
    second = customers.create({"name": "王芳", "city": "宁波"})
    path = sheet(tmp_path, [["W1", "王芳", None, "普通", 100, None],
                            ["W2", "王芳", None, "普通", 50, None]])  # fmt: skip
    plan = planned(path, create_customers=True)
    assert [r.action for r in plan.rows] == ["error", "error"]
    assert name_picks.ambiguous_json(plan) == [
        {"row": 2, "name": "王芳", "candidates": [first, second]},
        {"row": 3, "name": "王芳", "candidates": [first, second]},
    ]
    assert mi.outcome(plan).ambiguous == 2
    assert [c["city"] for c in name_picks.candidates([second, first])] == ["宁波", "杭州"]
    # the review: row 2 is the second 王芳, row 3 none of them; a stranger is refused
    plan = planned(path, create_customers=True, picks={2: second, 3: None})
    assert [r.action for r in plan.rows] == ["new", "duplicate"]
    assert plan.rows[1].values["skip"] == "unpicked"
    assert mi.english_reason(plan.rows[1], None) == "none of the customers of that name: skipped"
    with pytest.raises(Exception) as info:
        name_picks.take_pick(plan.rows[0], first)
    assert info.value.code == "not_ambiguous"
    stale = planned(path, create_customers=True, picks={2: 999})  # not a candidate: unchanged
    assert stale.rows[0].action == "error"
    import_engine.run(plan)
    assert cards.find_customer_by_card("W1") == second
    assert not MemberCard.select().where(MemberCard.card_no == "W2").exists()
    assert check.check_all().ok


def test_two_rows_picked_for_the_same_card_keep_the_first(shop, tmp_path):
    first = customers.create({"name": "王芳"})
    customers.create({"name": "王芳"})
    path = sheet(tmp_path, [["W1", "王芳", None, "普通", 100, None],
                            ["W1", "王芳", None, "普通", 50, None]])  # fmt: skip
    plan = planned(path, picks={2: first, 3: first})
    assert [r.action for r in plan.rows] == ["new", "duplicate"]
    assert plan.rows[1].duplicate_of == 2
