"""Merging customers: every kind of record moves to the survivor, totals stay equal,
the triggers' summaries stay right (`guanjia communities check`), and undo restores
every row exactly (a dump of the database before the merge and after its undo)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from models import clock
from models.communities import summaries
from models.customers import customer_list, customers, duplicates
from models.customers.customer_filter import CustomerFilter
from models.demo import demo_database
from models.errors import NotFoundError, ValidationError
from models.membership import cards, points
from models.merging import merging
from models.purchases import milestones
from models.storage.db import database

# Logs and queues that say what happened (the merge and its undo are such events) and
# the search index's shadow tables (rewritten, same words): not restored, not compared.
NOT_COMPARED = ("audit_entry", "customer_merge", "rule_event", "lead_score_dirty",
                "sqlite_sequence", "customer_words", "customer_trigrams")  # fmt: skip
# Histories triggers append to (a lead's grade went and came back: both are logged).
HISTORY = ("lead_grade_change",)


def _dump(path) -> dict[str, list]:
    con = sqlite3.connect(path)
    try:
        out = {}
        for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            if name.startswith(NOT_COMPARED):
                continue
            out[name] = sorted(con.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
        return out
    finally:
        con.close()


@pytest.fixture
def full(db, db_path):
    demo_database.fill(120, seed=5)
    return db_path


def _busiest(n: int) -> list[int]:
    sql = ("SELECT c.id FROM customer c WHERE c.deleted_at IS NULL ORDER BY"
           " (SELECT COUNT(*) FROM followup f WHERE f.customer_id = c.id) +"
           " (SELECT COUNT(*) FROM purchase p WHERE p.customer_id = c.id) +"
           " (SELECT COUNT(*) FROM community_activity a WHERE a.customer_id = c.id) DESC,"
           " c.id LIMIT ?")  # fmt: skip
    return [r[0] for r in database.execute_sql(sql, (n,)).fetchall()]


def _count(table: str, column: str, ids) -> int:
    marks = ", ".join("?" * len(ids))
    sql = f"SELECT COUNT(*) FROM {table} WHERE {column} IN ({marks})"
    return database.execute_sql(sql, list(ids)).fetchone()[0]


KINDS = (("followup", "customer_id"), ("interaction", "customer_id"),
         ("complaint", "customer_id"), ("purchase", "customer_id"))  # fmt: skip


def test_merge_moves_every_record_and_keeps_totals(full, db_path):
    keep, *others = _busiest(3)
    cards.enroll(others[0])  # one of them a member: the card and ledger move whole
    points.earn(others[0], 120, reason="开卡")
    before = {t: _count(t, c, [keep, *others]) for t, c in KINDS}
    spend = database.execute_sql(
        "SELECT SUM(total_spend_cents), SUM(purchase_count) FROM customer"
    ).fetchone()  # fmt: skip
    listed = customer_list.total()

    done = merging.merge(keep, others)

    assert done.id == keep and done.merged == others
    assert done.moved["purchases"] > 0 and done.moved["followups"] > 0
    for table, column in KINDS:
        assert _count(table, column, [keep]) == before[table]
        assert _count(table, column, others) == 0
    assert points.balance(keep) == 120 and _count("member", "customer_id", others) == 0
    assert database.execute_sql(
        "SELECT SUM(total_spend_cents), SUM(purchase_count) FROM customer"
    ).fetchone() == spend  # fmt: skip
    assert customer_list.total() == listed - 2
    row = customers.get(keep)
    assert row["total_spend_cents"] == database.execute_sql(
        "SELECT SUM(amount_cents) FROM purchase WHERE customer_id = ? AND voided_at IS NULL",
        (keep,),
    ).fetchone()[0]  # fmt: skip
    # the triggers' summaries agree with a recount
    assert not any(n for d in summaries.differences().values() for n in d.values())
    assert not any(milestones.differences().values())
    check = subprocess.run([sys.executable, "-m", "desktop", "--db", str(db_path),
                            "communities", "check"], capture_output=True, text=True)  # fmt: skip
    assert check.returncode == 0, check.stderr
    # hidden from lists and searches; an old id leads to the survivor
    name = database.execute_sql("SELECT name FROM customer WHERE id = ?", (others[1],)).fetchone()
    ids = customer_list.matching_ids(CustomerFilter(search=name[0]))
    assert others[1] not in ids
    assert merging.survivor_of(others[1]) == keep and merging.survivor_of(keep) == keep
    assert all(others[0] not in g.ids for g in duplicates.find("all"))


def test_undo_restores_every_row_exactly(full, db_path):
    keep, *others = _busiest(3)
    cards.enroll(keep)
    database.execute_sql("PRAGMA wal_checkpoint(FULL)")
    before = _dump(db_path)
    done = merging.merge(keep, others)
    assert _dump(db_path) != before
    merging.undo_last(keep)
    database.execute_sql("PRAGMA wal_checkpoint(FULL)")
    after = _dump(db_path)
    assert after.keys() == before.keys()
    for table in before:
        if table in HISTORY:  # every row there before is back as it was; new ones say
            assert set(before[table]) <= set(after[table]), table  # what happened
        else:
            assert after[table] == before[table], table
    assert not any(n for d in summaries.differences().values() for n in d.values())
    with pytest.raises(ValidationError) as err:
        merging.undo(done.merge_id)
    assert err.value.code == "merge_undone"


def test_fields_newest_non_empty_and_contacts_kept_in_notes(db):
    clock.set_now(clock.now().replace(year=2026, month=1, day=1))
    keep = customers.create({"name": "王小明", "mobile": "13800001111", "city": "杭州"})
    clock.set_now(clock.now().replace(month=2))
    other = customers.create({"name": "王晓明", "mobile": "13900002222", "company": "茶庄",
                              "email": "w@example.com", "number": "K-1", "tags": ["VIP"]})  # fmt: skip
    merging.merge(keep, [other])
    row = customers.get(keep)
    assert row["name"] == "王晓明" and row["company"] == "茶庄" and row["city"] == "杭州"
    assert row["mobile"] == "13900002222" and "13800001111" in row["notes"]
    assert row["number"] == "K-1" and row["email"] == "w@example.com"
    assert row["tag_count"] == 1


def test_chosen_values_survive(db):
    keep = customers.create({"name": "甲", "mobile": "13800001111"})
    other = customers.create({"name": "乙", "mobile": "13900002222"})
    merging.merge(keep, [other], choices={"name": keep, "mobile": keep})
    row = customers.get(keep)
    assert row["name"] == "甲" and row["mobile"] == "13800001111"
    assert "13900002222" in row["notes"]


@pytest.mark.parametrize("case", ["self", "unknown", "binned", "merged", "none", "members"])
def test_bad_merges_write_nothing(db, case):
    a = customers.create({"name": "甲"})
    b = customers.create({"name": "乙"})
    c = customers.create({"name": "丙"})
    if case == "merged":
        merging.merge(a, [c])
    if case == "binned":
        customers.move_to_bin([b])
    if case == "members":
        cards.enroll(a)
        cards.enroll(b)
    others = {"self": [a], "unknown": [999], "binned": [b], "merged": [c], "none": [],
              "members": [b]}[case]  # fmt: skip
    changes = database.execute_sql("SELECT total_changes()").fetchone()[0]
    with pytest.raises((ValidationError, NotFoundError)):
        merging.merge(a, others)
    assert database.execute_sql("SELECT total_changes()").fetchone()[0] == changes


def test_undo_refuses_when_a_row_changed_since(db):
    keep = customers.create({"name": "甲"})
    other = customers.create({"name": "乙"})
    merging.merge(keep, [other], choices={"name": other})  # the survivor's row changes
    customers.update(keep, {"name": "甲改"})
    with pytest.raises(ValidationError) as err:
        merging.undo_last(keep)
    assert err.value.code == "undo_conflict"
    with pytest.raises(ValidationError):
        merging.undo_last(other)  # nothing merged into it


def test_a_reimport_finds_the_survivor(db, tmp_path):
    from models.excel import importer

    keep = customers.create({"name": "王小明", "mobile": "13800001111"})
    other = customers.create({"name": "王晓明", "mobile": "13900002222"})
    merging.merge(keep, [other], choices={"mobile": keep})
    sheet = tmp_path / "again.csv"
    sheet.write_text("姓名,手机,城市\n王晓明,13900002222,宁波\n王小明,13800001111,\n",
                     encoding="utf-8")  # fmt: skip
    options = importer.Options(on_duplicate="update")
    plan = importer.plan(importer.load(sheet, options), options)
    assert [r.target for r in plan.rows] == [keep, keep]  # the merged-away mobile too
    importer.run(plan)
    assert customers.get(keep)["city"] == "宁波"
    assert customer_list.total() == 1


def test_merging_into_a_customer_merged_before_follows_the_chain(db):
    a = customers.create({"name": "甲"})
    b = customers.create({"name": "乙"})
    c = customers.create({"name": "丙"})
    merging.merge(b, [a])
    merging.merge(c, [b])
    assert merging.survivor_of(a) == c
    assert (
        database.execute_sql("SELECT merged_into FROM customer WHERE id = ?", (a,)).fetchone()[0]
        == c
    )
    merging.undo_last(c)
    assert merging.survivor_of(a) == b


def test_an_old_reference_reaches_the_survivor(db):
    from models.followups import followups

    keep = customers.create({"name": "甲"})
    other = customers.create({"name": "乙"})
    merging.merge(keep, [other])
    fid = followups.create(other, "2026-12-20", subject="回访")
    assert followups.get(fid)["customer_id"] == keep
