"""A member base from another program's export (里诺, 智络, 易软, English headers) through
the one import engine into a real database file: mapping, matching customers, opening
balances as ledger rows (期初), levels by name, duplicates and refused rows, undo by
reversing entries, and the check and the reconciliation at zero throughout."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from models import clock
from models.customers import customers
from models.customers.record import Customer
from models.errors import ValidationError
from models.excel import import_engine, import_history
from models.excel import member_import as mi
from models.membership import cards, check, points, reconcile, wallet
from models.membership.tables import (
    CountCard,
    CountCardEntry,
    LevelHistory,
    Member,
    MemberCard,
    MemberLevel,
    PointsEntry,
    WalletEntry,
)
from models.storage.audit import AuditEntry
from scripts.make_membership_examples import rows as big_rows
from scripts.make_membership_examples import write

DATA = Path(__file__).parent / "data" / "membership"


def levels() -> dict[str, int]:
    now = clock.now()
    out = {}
    for rank, name in enumerate(("普通", "银卡", "金卡", "Gold")):
        out[name] = MemberLevel.insert(name=name, rank=rank, created_at=now).execute()
    return out


def planned(path, **options):
    opts = mi.Options(**options)
    return import_engine.plan(import_engine.load(path, opts), opts)


def clean() -> None:
    found = check.check_all()
    assert found.ok, found.differences[:5]
    rec = reconcile.reconcile_all()
    assert rec.difference == (0, 0) and not rec.day_figures_differ


def test_a_linuo_export_opens_members_with_their_balances_as_opening_rows(db):
    lv = levels()
    known = customers.create({"name": "王丽", "mobile": "13800000001"})
    plan = planned(DATA / "linuo_members.xlsx", create_customers=True)
    assert plan.mapping[:11] == list(mi.TARGETS)
    dry = mi.outcome(plan).as_dict()
    assert dry["created"] == 3 and dry["customers_created"] == 2
    assert dry["opening_points"] == 1500 and dry["opening_principal_fen"] == 58850
    result = import_engine.run(plan)
    assert result.as_dict() == {**dry, "import_id": result.import_id,
                                "opening_visits": 11}  # fmt: skip
    assert cards.find_customer_by_card("80001") == known
    summary_rows = {c.card_no: c for c in MemberCard.select()}
    assert (summary_rows["80001"].principal_fen, summary_rows["80001"].bonus_fen) == (50000, 5000)
    assert summary_rows["80001"].expires_on == dt.date(2027, 3, 1)
    assert summary_rows["80002"].principal_fen == 8850
    assert points.balance(known) == 1200
    member = Member.get(Member.customer_id == known)
    assert member.level_id == lv["金卡"]
    history = LevelHistory.get(LevelHistory.customer_id == known)
    assert (history.cause, history.to_level_id) == ("import", lv["金卡"])
    kinds = {r.kind for r in PointsEntry.select()} | {r.kind for r in WalletEntry.select()}
    assert kinds == {"opening"}
    assert {r.reason for r in WalletEntry.select()} == {"期初"}
    count_cards = {c.service: c.visits_left for c in CountCard.select()}
    assert count_cards == {"洗剪吹": 8, "头皮护理": 3}
    assert {e.kind for e in CountCardEntry.select()} == {"opening"}
    created = Customer.get(Customer.name == "李强")
    assert (created.source, created.mobile) == ("import", "13800000002")
    assert AuditEntry.select().where(AuditEntry.action == "import").count() == 1
    clean()


@pytest.mark.parametrize("name", ["zhiluo_members.xlsx", "yiruan_members.xlsx",
                                  "english_members.xlsx"])  # fmt: skip
def test_other_programs_headers_map_and_import(db, name):
    levels()
    plan = planned(DATA / name, create_customers=True)
    assert plan.counts == {"new": plan.counts["new"], "duplicate": 0, "error": 0}
    result = import_engine.run(plan)
    assert result.created == len(plan.rows) and result.errors == 0
    clean()


def test_text_amounts_of_zhiluo_are_read_to_the_fen(db):
    levels()
    import_engine.run(planned(DATA / "zhiluo_members.xlsx", create_customers=True))
    card = cards.find_card("ZL-1001")
    assert (card.principal_fen, card.bonus_fen) == (100000, 10000)
    assert cards.find_card("ZL-1002").principal_fen == 6660
    assert points.balance(card.customer_id) == 2000


def test_bad_rows_are_refused_with_their_reason_and_nothing_of_them_written(db):
    levels()
    plan = planned(DATA / "bad_members.xlsx", create_customers=True)
    codes = {r.line: [p.code for p in r.problems] for r in plan.rows if r.problems}
    assert codes == {3: ["amount_decimals"], 4: ["balance_negative"], 5: ["level_unknown"],
                     6: ["date_invalid"], 8: ["balance_negative"]}  # fmt: skip
    dup = next(r for r in plan.rows if r.line == 7)
    assert dup.action == "duplicate" and "same card as row 2" in mi.english_reason(dup, None)
    stop = mi.Options(create_customers=True, on_error="stop")
    with pytest.raises(ValidationError) as refused:
        import_engine.run(import_engine.plan(import_engine.load(DATA / "bad_members.xlsx", stop),
                                             stop))  # fmt: skip
    assert refused.value.code == "import_has_errors"
    assert MemberCard.select().count() == 0 and Customer.select().count() == 0
    result = import_engine.run(plan)
    assert (result.created, result.skipped, result.errors) == (1, 1, 5)
    assert [c.card_no for c in MemberCard.select()] == ["B001"]
    clean()


def test_a_card_enrolled_already_is_skipped_and_said(db):
    levels()
    import_engine.run(planned(DATA / "linuo_members.xlsx", create_customers=True))
    again = planned(DATA / "linuo_members.xlsx", create_customers=True)
    assert again.counts["duplicate"] == 3
    assert "enrolled already" in mi.english_reason(again.rows[0], None)
    result = import_engine.run(again)
    assert result.import_id is None and MemberCard.select().count() == 3


def test_without_create_customers_an_unknown_customer_is_an_error(db, tmp_path):
    levels()
    customers.create({"name": "李强"})
    customers.create({"name": "张敏", "mobile": "13999999999"})  # another 张敏
    plan = planned(DATA / "linuo_members.xlsx")
    by_line = {r.line: r for r in plan.rows}
    assert by_line[2].problems[0].code == "member_customer_unknown"
    assert by_line[3].action == "new"  # 李强 by exact name (no mobile stored)
    assert by_line[4].problems[0].code == "member_customer_unknown"  # same name, other mobile
    two = write(tmp_path / "two.xlsx", [["姓名", "积分"], ["李强", 5]])
    customers.create({"name": "李强"})
    assert planned(two).rows[0].problems[0].code == "name_ambiguous"


def test_an_unmapped_customer_and_a_blank_card_number(db, tmp_path):
    only_points = write(tmp_path / "p.xlsx", [["积分"], [5]])
    with pytest.raises(ValidationError) as refused:
        planned(only_points)
    assert refused.value.code == "member_customer_unmapped"
    auto = write(tmp_path / "a.xlsx", [["姓名", "积分"], ["甲", 5], ["乙", 0]])
    import_engine.run(planned(auto, create_customers=True))
    assert sorted(c.card_no for c in MemberCard.select()) == ["VIP000001", "VIP000002"]
    assert PointsEntry.select().count() == 1  # no row for an opening of 0
    clean()


def test_undo_reverses_the_openings_stops_the_cards_and_puts_levels_back(db):
    levels()
    known = customers.create({"name": "王丽", "mobile": "13800000001"})
    result = import_engine.run(planned(DATA / "linuo_members.xlsx", create_customers=True))
    wallet.pay(known, 10000)  # spent since: stays spent
    report = import_history.undo(result.import_id)
    done = report.membership
    assert done["cards_disabled"] == 3 and done["levels_restored"] == 2
    assert done["points"] == 1500 and done["visits"] == 11
    assert done["principal_fen"] + done["bonus_fen"] == 58850 + 5000 - 10000
    assert [s["what"] for s in done["short"]] == ["stored_value"]
    assert {c.status for c in MemberCard.select()} == {"disabled"}
    assert Member.get(Member.customer_id == known).level_id is None
    assert report.removed == 2  # the customers it created
    assert PointsEntry.select().where(PointsEntry.kind == "opening").count() == 2  # kept
    assert {r.kind for r in WalletEntry.select()} == {"opening", "pay", "reverse"}
    assert wallet.balance(known).total_fen == 0
    clean()
    with pytest.raises(ValidationError):
        import_history.undo(result.import_id)


def test_ten_thousand_members_in_one_transaction(db, tmp_path):
    levels()
    path = write(tmp_path / "big.xlsx", big_rows(10_000))
    plan = planned(path, create_customers=True)
    result = import_engine.run(plan)
    assert result.created == 10_000 and result.customers_created == 10_000
    assert Member.select().count() == 10_000
    clean()
