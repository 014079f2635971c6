"""The audit log with a real database: every kind of change leaves one entry with the
staff name, in the change's own transaction; filters, export and the CLI."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from models import clock
from models.customers import customers
from models.errors import ValidationError
from models.excel import audit_export, import_history, importer
from models.schema import upgrading
from models.storage import audit, backup
from models.tags import tagging, tags

ROOT = Path(__file__).resolve().parents[1]
NOW = dt.datetime(2026, 11, 22, 9, 30)


def _last(n: int = 1) -> list[dict]:
    return audit.entries(limit=n)


def test_changes_are_logged_with_the_staff_name(db, tmp_path):
    clock.set_now(NOW)
    assert audit.set_staff("  王  小丽 ") == "王 小丽"
    cid = customers.create({"name": "张三", "mobile": "13800000001"})
    entry = _last()[0]
    assert (entry["action"], entry["target"], entry["target_id"], entry["staff"]) == (
        "create", "customer", cid, "王 小丽")  # fmt: skip
    assert entry["detail"] == "张三" and entry["at"] == NOW

    customers.update(cid, {"mobile": "13900000002", "notes": "老客户"})
    edit = _last()[0]
    assert edit["action"] == "edit" and edit["detail"].startswith("张三: ")
    assert (
        "mobile: 138****0001 → 139****0002" in edit["detail"]
        and "notes:  → 老客户" in edit["detail"]
    )

    others = [customers.create({"name": f"客户{i}"}) for i in range(8)]
    customers.move_to_bin([cid, *others])
    delete = _last()[0]
    assert (delete["action"], delete["count"], delete["target_id"]) == ("delete", 9, None)
    assert delete["detail"] == "张三, 客户0, 客户1, 客户2, 客户3, … (+4)"
    customers.restore_from_bin([cid])
    assert _last()[0]["action"] == "undelete" and _last()[0]["target_id"] == cid
    customers.purge(others)
    assert (_last()[0]["action"], _last()[0]["count"]) == ("purge", 8)

    vip = tags.create_tag("VIP")
    tagging.apply(tagging.TagChange(added={vip.id: [cid]}))
    assert (_last()[0]["action"], _last()[0]["detail"]) == ("tag", "+VIP 1")
    old = tags.create_tag("老VIP")
    tags.merge_tags([old.id], vip.id)
    assert (_last()[0]["action"], _last()[0]["detail"]) == ("merge", "老VIP → VIP")

    made = backup.make("manual")
    assert _last()[0]["action"] == "backup" and made.path.name in _last()[0]["detail"]


def test_a_refused_or_rolled_back_change_leaves_no_entry(db):
    before = audit.count()
    with pytest.raises(ValidationError):
        customers.create({"name": ""})
    cid = customers.create({"name": "甲", "number": "A1"})
    other = customers.create({"name": "乙"})
    before = audit.count()
    with pytest.raises(ValidationError):
        customers.update(other, {"number": "A1"})  # taken: refused inside the transaction
    assert audit.count() == before
    assert customers.get(cid)["number"] == "A1"
    with pytest.raises(ValidationError):
        audit.set_staff("名" * 41)


def test_import_and_its_undo_and_a_restore_are_logged(db, db_path, tmp_path):
    sheet = tmp_path / "客户.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["姓名", "手机"])
    for i in range(3):
        book.active.append([f"导入{i}", f"1370000000{i}"])
    book.save(sheet)
    made = backup.make("manual")
    result = importer.run(importer.plan(importer.load(sheet)))
    entry = [e for e in _last(5) if e["action"] == "import"][0]
    assert entry["target_id"] == result.import_id and entry["count"] == 3
    assert entry["detail"] == "客户.xlsx: +3 / ~0"
    import_history.undo(result.import_id)
    undo = _last()[0]
    assert undo["action"] == "import_undo" and "-3 customers" in undo["detail"]

    restored = upgrading.restore(made.path, db_path)
    entry = _last()[0]
    assert entry["action"] == "restore" and made.path.name in entry["detail"]
    assert restored.safety.name in entry["detail"]


def test_filters_and_export(db, tmp_path):
    audit.set_staff("甲")
    clock.set_now(NOW - dt.timedelta(days=3))
    customers.create({"name": "早"})
    clock.set_now(NOW)
    audit.set_staff("乙")
    cid = customers.create({"name": "晚"})
    customers.update(cid, {"notes": "电话回访"})
    q = audit.AuditQuery
    assert [e["detail"] for e in audit.entries(q(staff="甲"))] == ["早"]
    assert len(audit.entries(q(since=NOW.date()))) == 2
    assert len(audit.entries(q(until=(NOW - dt.timedelta(days=1)).date()))) == 1
    assert [e["action"] for e in audit.entries(q(action="edit"))] == ["edit"]
    assert audit.count(q(text="回访")) == 1 and audit.count(q(text="没有")) == 0
    assert set(audit.staff_names()) == {"甲", "乙"}

    out = tmp_path / "audit.xlsx"
    written = audit_export.export(out, q(staff="乙"), titles={"action": "操作"},
                           action_words={"edit": "修改", "create": "新建"})  # fmt: skip
    rows = list(openpyxl.load_workbook(out).active.values)
    assert written == 2 and rows[0][2] == "操作"
    assert [r[2] for r in rows[1:]] == ["修改", "新建"]  # newest first, in words
    with pytest.raises(ValidationError):
        audit_export.export(tmp_path / "audit.pdf")


def test_cli_audit_and_staff(tmp_path):
    db = tmp_path / "cli.db"
    env = {"PATH": "/usr/bin:/bin", "GUANJIA_HOME": str(tmp_path / "home"),
           "GUANJIA_NOW": "2026-11-22T09:30"}  # fmt: skip

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "desktop", "--db", str(db), *args],
                              capture_output=True, text=True, cwd=ROOT, env=env)  # fmt: skip

    assert cli("staff", "小王").stdout.strip() == "小王"
    assert cli("staff").stdout.strip() == "小王"
    assert cli("customers", "add", "--name", "张三").returncode == 0
    out = cli("audit", "--json")
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["action"] for r in rows] == ["create"]
    assert set(rows[0]) == {"id", "at", "staff", "action", "target", "target_id", "count",
                            "detail"}  # fmt: skip
    assert rows[0]["staff"] == "小王" and rows[0]["at"] == "2026-11-22T09:30:00"
    assert cli("audit", "--action", "edit", "--json").stdout == ""
    bad = cli("audit", "--action", "explode")
    assert bad.returncode == 1 and "--action must be one of" in bad.stderr
    assert cli("audit", "--from", "22/11/2026").returncode == 1
    exported = cli("audit", "--export", str(tmp_path / "log.xlsx"))
    assert exported.returncode == 0 and (tmp_path / "log.xlsx").exists()
    sheet = openpyxl.load_workbook(tmp_path / "log.xlsx").active
    rows = list(sheet.values)  # the dialog's titles and words, never at / create / customer
    assert rows[0] == ("When", "Staff", "What", "Record", "Number", "Records", "Detail")
    assert rows[1][1:4] == ("小王", "Created", "Customer") and sheet.title == "Audit log"
    env["LANG"] = "zh_CN.UTF-8"
    assert cli("audit", "--export", str(tmp_path / "log.csv")).returncode == 0
    head, first = (tmp_path / "log.csv").read_text(encoding="utf-8-sig").splitlines()[:2]
    assert head == "时间,员工,操作,对象,编号,条数,详情" and ",新建,客户," in first


def test_the_cli_action_list_is_the_models_one():
    from desktop.cli import AUDIT_ACTIONS

    assert AUDIT_ACTIONS == audit.ACTIONS


def test_a_change_and_its_entry_are_one_transaction(db):
    """audit.recorded (what undo and redo use): a failure after the change, or in writing
    the entry, leaves neither."""
    cid = customers.create({"name": "原名"})
    before = audit.count()
    with pytest.raises(RuntimeError), audit.recorded("undo", "customer", detail="Edit"):
        customers.update(cid, {"name": "改过"})
        raise RuntimeError("after the change")
    assert customers.get(cid)["name"] == "原名" and audit.count() == before
    with pytest.raises(ValueError), audit.recorded("no-such-action", "customer"):
        customers.update(cid, {"name": "改过"})  # the entry is refused: the change goes too
    assert customers.get(cid)["name"] == "原名" and audit.count() == before
    with audit.recorded("redo", "customer", detail="Edit customer"):
        customers.update(cid, {"name": "改过"})
    assert customers.get(cid)["name"] == "改过"
    assert audit.entries(limit=1)[0]["action"] == "redo"
