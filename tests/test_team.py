"""The staff list (团队, issue 28): the upgrade step matching free-text owners into it,
add / rename / deactivate, the one check every new owner passes, `staff NAME`."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from models import clock
from models.customers import customers
from models.errors import NotFoundError, ValidationError
from models.schema import migrations
from models.schema.opening import open_database
from models.storage import audit
from models.storage.db import close_database, connect_database
from models.team import staff
from models.values.search_text import text_sort_key


def test_upgrade_matches_messy_owner_texts(db_path):
    db = connect_database(db_path)
    migrations.upgrade(db, target=26)
    close_database()
    raw = sqlite3.connect(db_path)
    at = "2026-01-01 10:00:00"
    owners = ["王芳", " 王芳 ", "王芳\u3000", "李  雷", "李 雷", "", "  ", "周婷"]
    for i, owner in enumerate(owners, 1):
        raw.execute(
            "INSERT INTO customer(name, name_key, owner, owner_key, created_at, updated_at)"
            " VALUES (?, '', ?, ?, ?, ?)",  # the key step 14 keeps, of the text as it is
            (f"客户{i}", owner, text_sort_key(owner), at, at),
        )
    raw.execute("INSERT INTO followup(customer_id, kind, due_at, owner, status, created_at)"
                " VALUES (1, 'call', ?, ' 张敏', 'open', ?)", (at, at))  # fmt: skip
    raw.execute("INSERT INTO complaint(customer_id, channel, severity, owner, status, received_at,"
                " response_due, resolve_from, resolve_due, created_at, updated_at) VALUES (2,"
                " 'phone', 'normal', '刘洋 ', 'new', ?, ?, ?, ?, ?, ?)", (at,) * 6)  # fmt: skip
    raw.execute("INSERT INTO community(name, owner_staff, created_at, updated_at)"
                " VALUES ('群', '陈静', ?, ?)", (at, at))  # fmt: skip
    raw.execute("INSERT INTO preference(key, value) VALUES ('staff_name', '\"前台小王\"')")
    raw.execute("INSERT INTO audit_entry(at, staff, action, target, count, detail)"
                " VALUES (?, '老板', 'create', 'customer', 1, '')", (at,))  # fmt: skip
    raw.commit()
    raw.close()

    db = open_database(db_path)
    assert migrations.current_version(db) == migrations.LATEST
    assert sorted(staff.names()) == sorted(["王芳", "李 雷", "周婷", "张敏", "刘洋", "陈静",
                                            "前台小王", "老板"])  # fmt: skip
    owned = [r[0] for r in db.execute_sql("SELECT owner FROM customer ORDER BY id")]
    assert owned == ["王芳", "王芳", "王芳", "李 雷", "李 雷", "", "", "周婷"]
    counts = {r["name"]: r["customers"] for r in staff.rows()}
    assert counts["王芳"] == 3 and counts["李 雷"] == 2
    assert db.execute_sql("SELECT owner FROM followup").fetchone()[0] == "张敏"
    key = db.execute_sql("SELECT owner_key FROM customer WHERE id = 2").fetchone()[0]
    assert key == text_sort_key("王芳")  # rewritten with its name
    close_database()


def test_add_rename_deactivate(db):
    clock.set_now(dt.datetime(2026, 11, 16, 9, 0))
    staff.add("王芳", role="销售")
    staff.add(" 李雷 ")
    assert staff.names() == sorted(["王芳", "李雷"])
    cid = customers.create({"name": "张三", "owner": "王芳"})
    staff.pick_audit_name("王芳")
    with pytest.raises(ValidationError) as taken:
        staff.add("王芳")
    assert taken.value.code == "staff_taken"
    changed = staff.rename("王芳", "王芳芳")
    assert changed == 1 and customers.get(cid)["owner"] == "王芳芳"
    assert audit.staff() == "王芳芳"  # the audit name in use follows
    with pytest.raises(ValidationError):
        staff.rename("王芳芳", "李雷")  # taken: nothing written
    assert customers.get(cid)["owner"] == "王芳芳"
    assert staff.set_active("李雷", False) is True
    assert staff.set_active("李雷", False) is False
    assert staff.names() == ["王芳芳"] and "李雷" in staff.names(active_only=False)
    with pytest.raises(ValidationError) as inactive:
        staff.require_active("李雷")
    assert inactive.value.code == "staff_inactive"
    with pytest.raises(ValidationError) as unknown:
        staff.check_owner("路人甲")
    assert unknown.value.code == "staff_unknown"
    assert staff.check_owner("  ") == ""
    actions = [e["action"] for e in audit.entries(audit.AuditQuery(target="staff"))]
    assert actions == ["deactivate", "rename", "create", "create"]


@pytest.mark.parametrize("name", ["", "   ", "x" * 41])
def test_bad_names_write_nothing(db, name):
    with pytest.raises(ValidationError):
        staff.add(name)
    assert staff.names(active_only=False) == []
    with pytest.raises(NotFoundError):
        staff.rename("nobody", "x")
    with pytest.raises(NotFoundError):
        staff.set_active("nobody", False)


def test_audit_name_picks_a_staff_member(db):
    assert staff.pick_audit_name("前台小王") == "前台小王"  # the first starts the list
    assert staff.names() == ["前台小王"]
    with pytest.raises(ValidationError) as unknown:
        staff.pick_audit_name("路人甲")
    assert unknown.value.code == "staff_unknown" and audit.staff() == "前台小王"
    assert staff.pick_audit_name("") == ""  # none is always allowed


def test_import_adopts_new_owner_names(db):
    staff.add("王芳")
    assert staff.adopt(["王芳", " 张敏 ", "张敏", ""]) == ["张敏"]
    assert staff.names() == ["张敏", "王芳"]


def test_customer_import_adds_new_owners_and_says_so(db, tmp_path):
    from models.excel import importer

    staff.add("王芳")
    path = tmp_path / "c.csv"
    path.write_text("姓名,负责人\n张三,王芳\n李四,赵磊\n王五,赵磊\n", encoding="utf-8")
    result = importer.run(importer.plan(importer.load(path)))
    assert result.created == 3 and result.staff_added == ["赵磊"]
    assert result.as_dict()["staff_added"] == ["赵磊"]
    assert staff.names() == ["王芳", "赵磊"]
    owners = [r[0] for r in db.execute_sql("SELECT owner FROM customer ORDER BY id")]
    assert owners == ["王芳", "赵磊", "赵磊"]
