import datetime as dt
import sqlite3

import pytest

from models.customers import customer_list
from models.errors import DatabaseOpenError
from models.schema import migrations
from models.schema.opening import open_database
from models.storage.db import close_database, connect_database


def test_oldest_schema_upgrades_with_every_row_intact(db_path):
    db = connect_database(db_path)
    migrations.upgrade(db, target=1)  # a database as the first release made it
    assert migrations.current_version(db) == 1
    close_database()
    raw = sqlite3.connect(db_path)
    raw.execute("INSERT INTO tag_group(name, color, position) VALUES ('其他', '#607d8b', 0)")
    raw.execute(
        "INSERT INTO tag(group_id, name, name_key, color, position) VALUES (1, 'VIP', 'vip', '', 0)"
    )
    for i in range(1, 51):
        raw.execute(
            "INSERT INTO customer(number, name, name_key, mobile, notes, created_at, updated_at) "
            "VALUES (?, ?, '', ?, ?, '2024-01-01 10:00:00', '2024-01-01 10:00:00')",
            (f"{i:03d}", f"老客户{i}", f"139{i:08d}", "回访" if i % 2 else ""),
        )
        raw.execute("INSERT INTO customer_tag(customer_id, tag_id) VALUES (?, 1)", (i,))
    raw.commit()
    before = raw.execute("SELECT * FROM customer ORDER BY id").fetchall()
    raw.close()

    db = open_database(db_path)  # upgrades
    assert migrations.current_version(db) == migrations.LATEST
    after = db.execute_sql("SELECT * FROM customer ORDER BY id").fetchall()
    name_key = 3  # filled in by the upgrade so names sort in pinyin order
    # Step 3 appends tag_count, counted from the links that were there; step 5 the
    # contact summary (last contact, next follow-up), empty until something is logged;
    # step 7 the purchase summary (total spend, purchase count, last purchase), step 9
    # the stored RFM (segment, scores), step 11 when personal data was erased (never),
    # step 13 whether the name is an import's placeholder (no).
    width = len(before[0])
    assert [r[:name_key] + r[name_key + 1 : width] for r in after] == [
        r[:name_key] + r[name_key + 1 :] for r in before
    ]
    # Step 13 the placeholder flag; step 14 the pinyin sort keys of the text columns
    # (empty here: no such texts).
    assert all(r[width : width + 10] == (1, None, None, 0, 0, None, "", "", None, 0) for r in after)
    assert all(r[width + 10 : width + 16] == ("",) * 6 for r in after)
    groups = [g for (g,) in db.execute_sql("SELECT name FROM tag_group ORDER BY position")]
    assert groups == ["其他", "属性", "预测", "消费能力", "信用评估", "行为"]
    assert after[0][name_key].startswith("lao ke hu")
    assert customer_list.count(customer_list.CustomerFilter(search="回访")) == 25
    assert customer_list.count(customer_list.CustomerFilter(search="老客户7")) == 1
    row = customer_list.page(
        customer_list.CustomerFilter(search="001"), customer_list.Sort("id"), 5
    ).rows
    assert row[0]["number"] == "001" and row[0]["tags"] == ["VIP"]
    close_database()


def test_purchase_days_are_filled_from_their_times(db_path):
    db = connect_database(db_path)
    migrations.upgrade(db, target=7)
    close_database()
    raw = sqlite3.connect(db_path)
    raw.execute(
        "INSERT INTO customer(number, name, name_key, mobile, notes, created_at, updated_at)"
        " VALUES ('1', '甲', '', '', '', '2024-01-01 10:00:00', '2024-01-01 10:00:00')"
    )
    times = ["2024-02-29 00:00:00", "2024-02-29 23:59:00", "2024-03-01 00:00:00",
             "2026-11-22 12:30:00"]  # fmt: skip
    for at in times:
        raw.execute(
            "INSERT INTO purchase(customer_id, at, order_no, amount_cents, payment, note,"
            " created_at) VALUES (1, ?, '', 100, '', '', ?)",
            (at, at),
        )
    raw.commit()
    raw.close()
    db = open_database(db_path)
    days = [d for (d,) in db.execute_sql("SELECT day FROM purchase ORDER BY id")]
    assert days == [dt.date.fromisoformat(t[:10]).toordinal() for t in times]
    close_database()


def test_failed_upgrade_step_leaves_the_database_as_it_was(db_path, monkeypatch):
    db = connect_database(db_path)
    migrations.upgrade(db, target=1)

    def broken(db):
        db.execute_sql("CREATE TABLE half_done(x)")
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrations, "STEPS", [migrations.STEPS[0], broken])
    with pytest.raises(RuntimeError):
        migrations.upgrade(db, target=2)
    assert migrations.current_version(db) == 1
    assert "half_done" not in db.get_tables()
    close_database()


def test_a_newer_schema_is_refused(db_path):
    db = open_database(db_path)
    db.execute_sql("UPDATE schema_info SET value = '999' WHERE key = 'version'")
    close_database()
    with pytest.raises(DatabaseOpenError, match="newer"):
        open_database(db_path)


def test_unusable_paths_are_refused_plainly(tmp_path):
    not_db = tmp_path / "notes.txt"
    not_db.write_text("hello")
    with pytest.raises(DatabaseOpenError):
        open_database(not_db)
    with pytest.raises(DatabaseOpenError):
        open_database(tmp_path)  # a folder
    with pytest.raises(DatabaseOpenError):
        open_database(not_db / "x.db")  # below a file


def test_mobiles_in_earlier_audit_entries_are_masked(db_path):
    db = connect_database(db_path)
    migrations.upgrade(db, target=10)
    db.execute_sql(
        "INSERT INTO audit_entry(at, staff, action, target, target_id, count, detail) VALUES "
        "('2026-11-01 10:00:00', '', 'edit', 'customer', 1, 1,"
        " '张三: mobile: 13800000001 → 13900000002; notes:  → 老客户')"
    )
    db.execute_sql(
        "INSERT INTO audit_entry(at, staff, action, target, target_id, count, detail) VALUES "
        "('2026-11-01 10:00:00', '', 'import', 'import', 1, 3, 'a.xlsx')"
    )
    migrations.upgrade(db)
    details = [d for (d,) in db.execute_sql("SELECT detail FROM audit_entry ORDER BY id")]
    assert details == ["张三: mobile: 138****0001 → 139****0002; notes:  → 老客户", "a.xlsx"]
    close_database()


def test_import_runs_get_their_kind_and_counts_of_one_meaning(db_path):
    """Step 12: a purchase import's kind leaves the options JSON for a column, and the
    customers it created leave `updated` for `extra`; a customer import keeps its counts."""
    db = connect_database(db_path)
    migrations.upgrade(db, target=11)
    customers_options = (
        '{"match": ["number", "mobile", "email"], "on_duplicate": "skip", "on_error": "skip"}'
    )
    purchases_options = '{"kind": "purchases", "unknown_customers": "create", "on_error": "skip"}'
    for name, options, counts in (
        ("客户.xlsx", customers_options, (5, 2, 1, 0)),
        ("流水.xlsx", purchases_options, (7, 3, 4, 1)),  # 7 purchases, 3 customers created
    ):
        db.execute_sql(
            "INSERT INTO import_run(file_name, file_path, sheet, started_at, finished_at,"
            " mapping, options, created, updated, skipped, errors) VALUES"
            " (?, '', '', '2026-11-01 10:00:00', '2026-11-01 10:00:01', '{}', ?, ?, ?, ?, ?)",
            (name, options, *counts),
        )
    close_database()
    db = open_database(db_path)  # upgrades
    rows = db.execute_sql(
        "SELECT kind, created, updated, skipped, errors, extra, options FROM import_run ORDER BY id"
    ).fetchall()
    assert rows == [
        ("customers", 5, 2, 1, 0, 0, customers_options),
        ("purchases", 7, 0, 4, 1, 3, '{"unknown_customers": "create", "on_error": "skip"}'),
    ]
    from models.excel import import_history

    runs = import_history.list_runs()
    assert [(r.kind, r.created, r.updated, r.extra) for r in runs] == [
        ("purchases", 7, 0, 3), ("customers", 5, 2, 0),
    ]  # fmt: skip
    close_database()


def test_a_task_taken_back_may_be_earned_again_after_the_points_step(db_path):
    from models.schema import steps_25

    before = migrations.STEPS.index(steps_25.step_25_points_tasks_again)
    db = connect_database(db_path)
    migrations.upgrade(db, target=before)
    earn = ("INSERT INTO points_entry(customer_id, kind, points, at, task, reason, staff,"
            " created_at) VALUES (1, 'earn', 10, '2026-11-01', 'review', '', '', '2026-11-01')")  # fmt: skip
    db.execute_sql(earn)
    with pytest.raises(Exception, match="UNIQUE"):
        db.execute_sql(earn)
    migrations.upgrade(db, target=before + 1)
    db.execute_sql(earn)  # the code keeps "one standing grant" now
    assert db.execute_sql("SELECT COUNT(*) FROM points_entry").fetchone()[0] == 2
    plan = db.execute_sql("EXPLAIN QUERY PLAN SELECT id FROM points_entry WHERE customer_id = 1"
                          " AND task = 'review' AND task <> '' AND task <> 'first_order'"
                          " AND kind = 'earn'").fetchall()  # fmt: skip
    assert any("points_entry_task" in str(row) for row in plan)
    close_database()
