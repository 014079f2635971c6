"""guanjia communities import ID FILE and guanjia communities stats import ID FILE through
the real CLI: the contract's keys, --dry-run writing nothing, --create-customers, the
same statistics twice, and bad input (exit 1, one line, nothing written)."""

from __future__ import annotations

import datetime as dt
import json

import openpyxl

from models.communities.tables import Community, CommunityDay, CommunityMember
from models.customers import customers
from models.customers.record import Customer
from models.excel.import_records import ImportRun
from models.schema.opening import open_database
from models.storage.db import database
from tests.test_cli import guanjia

MEMBER_KEYS = {"joined", "already", "created", "skipped", "errors"}


def xlsx(path, rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return str(path)


def setup_db(path, archived=False):
    """A database with two customers and a community (and an archived one)."""
    open_database(path, create=True)
    now = dt.datetime(2026, 11, 1, 9, 0)
    customers.create({"name": "老王", "mobile": "13800000001"})
    customers.create({"name": "小李", "wechat": "li_wx"})
    live = Community.create(name="会员1群", platform="wechat_group", created_at=now,
                            updated_at=now).id  # fmt: skip
    old = Community.create(name="旧群", platform="wechat_group", created_at=now,
                           updated_at=now, archived_at=now).id  # fmt: skip
    database.close()
    return live, old


def counts(db):
    open_database(db)
    try:
        return (CommunityMember.select().count(), Customer.select().count(),
                CommunityDay.select().count(), ImportRun.select().count())  # fmt: skip
    finally:
        database.close()


def test_member_import_contract(tmp_path):
    db = tmp_path / "c.db"
    cid, _old = setup_db(db)
    file = xlsx(tmp_path / "m.xlsx", [
        ["昵称", "微信号", "手机", "入群时间", "成员类型", "入群方式"],
        ["王哥", "", "13800000001", "2026-11-01", "外部联系人", "通过扫描群二维码入群"],
        ["小李", "li_wx", "", "2026-11-02", "外部联系人", "通过邀请链接入群"],
        ["店长", "", "", "2026-11-02", "企业成员", ""],
        ["新人", "new_wx", "", "2026-11-03", "外部联系人", ""],
        ["坏", "", "123", "2026-11-03", "外部联系人", ""],
    ])  # fmt: skip
    dry = guanjia("communities", "import", str(cid), file, "--dry-run", "--json", db=db)
    assert dry.returncode == 0, dry.stderr
    outcome = json.loads(dry.stdout)
    assert set(outcome) >= MEMBER_KEYS
    assert (outcome["joined"], outcome["skipped"], outcome["errors"]) == (2, 2, 1)
    assert outcome["import_id"] is None and outcome["dry_run"] is True
    assert counts(db) == (0, 2, 0, 0)  # a dry run writes nothing
    run = guanjia("communities", "import", str(cid), file, "--create-customers", "--json", db=db)
    assert run.returncode == 0, run.stderr
    outcome = json.loads(run.stdout)
    assert {k: outcome[k] for k in sorted(MEMBER_KEYS)} == {
        "already": 0, "created": 1, "errors": 1, "joined": 3, "skipped": 1}  # fmt: skip
    assert outcome["error_rows"][0]["row"] == 6
    assert isinstance(outcome["import_id"], int)
    assert counts(db) == (3, 3, 0, 1)
    again = json.loads(guanjia("communities", "import", str(cid), file, "--json", db=db).stdout)
    assert (again["joined"], again["already"], again["import_id"]) == (0, 3, None)
    # undone through the one import history
    undo = guanjia("import", "--undo", str(outcome["import_id"]), "--json", db=db)
    assert undo.returncode == 0, undo.stderr
    assert counts(db) == (0, 2, 0, 1)


def test_ambiguous_names_are_errors_with_candidates(tmp_path):
    db = tmp_path / "c.db"
    cid, _old = setup_db(db)
    open_database(db)
    twins = [customers.create({"name": "张三"}) for _ in range(2)]
    database.close()
    file = xlsx(tmp_path / "m.xlsx", [["昵称"], ["张三"]])
    outcome = json.loads(guanjia("communities", "import", str(cid), file, "--json", db=db).stdout)
    assert (outcome["errors"], outcome["ambiguous"], outcome["joined"]) == (1, 1, 0)
    assert outcome["ambiguous_rows"] == [{"row": 2, "name": "张三", "candidates": twins}]
    picked = guanjia("communities", "import", str(cid), file, "--pick", f"2={twins[1]}",
                     "--json", db=db)  # fmt: skip
    assert json.loads(picked.stdout)["joined"] == 1
    open_database(db)
    try:
        assert [m.customer_id for m in CommunityMember.select()] == [twins[1]]
    finally:
        database.close()
    bad = guanjia("communities", "import", str(cid), file, "--pick", "two=1", db=db)
    assert bad.returncode == 1 and len(bad.stderr.splitlines()) == 1


def test_stats_import_contract_and_idempotence(tmp_path):
    db = tmp_path / "c.db"
    cid, _old = setup_db(db)
    file = xlsx(tmp_path / "s.xlsx", [
        ["日期", "群成员数", "新增", "退群", "发言人数", "消息数"],
        ["2026-11-01", 120, 5, 1, 30, 410],
        ["2026-11-02", 124, 4, 0, 28, 380],
    ])  # fmt: skip
    first = guanjia("communities", "stats", "import", str(cid), file, "--json", db=db)
    assert first.returncode == 0, first.stderr
    outcome = json.loads(first.stdout)
    assert (outcome["added"], outcome["already"]) == (2, 0)
    second = json.loads(
        guanjia("communities", "stats", "import", str(cid), file, "--json", db=db).stdout
    )
    assert (second["added"], second["already"]) == (0, 2)
    assert second["already_days"] == ["2026-11-01", "2026-11-02"]
    assert counts(db)[2] == 2
    text = guanjia("communities", "stats", "import", str(cid), file, db=db)
    assert text.returncode == 0 and "2026-11-01" in text.stdout


def test_bad_input_exits_1_with_one_line(tmp_path):
    db = tmp_path / "c.db"
    cid, old = setup_db(db)
    good = xlsx(tmp_path / "m.xlsx", [["手机"], ["13800000001"]])
    stats = xlsx(tmp_path / "s.xlsx", [["日期", "消息数"], ["2026-11-01", 3]])
    unmapped = xlsx(tmp_path / "u.xlsx", [["颜色"], ["红"]])
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 nonsense")
    cases = [
        ("communities", "import", "999", good),
        ("communities", "import", "abc", good),
        ("communities", "import", str(old), good),
        ("communities", "import", str(cid), str(tmp_path / "missing.xlsx")),
        ("communities", "import", str(cid), str(broken)),
        ("communities", "import", str(cid), unmapped),
        ("communities", "stats", "import", "999", stats),
        ("communities", "stats", "import", str(old), stats),
        ("communities", "stats", "import", str(cid), unmapped),
    ]
    for args in cases:
        result = guanjia(*args, "--json", db=db)
        assert result.returncode == 1, (args, result.stdout, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "Traceback" not in result.stderr
        assert result.stdout == ""
    assert counts(db) == (0, 2, 0, 0)
