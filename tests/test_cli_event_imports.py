"""guanjia events import ID FILE through the real CLI: the keys the task names, --dry-run
writing nothing, --create-customers, the shipped 问卷星-style example, and bad input
(exit 1, one line, nothing written): unknown event, ended or cancelled event, a file
with no name or mobile column; a customer in the recycle bin is an error row."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl

from models import clock
from models.communities import events, signups
from models.communities.tables import EventSignup
from models.customers import customers
from models.customers.record import Customer
from models.schema.opening import open_database
from models.storage.db import database
from tests.test_cli import guanjia

KEYS = {"signed_up", "waiting", "already", "created", "skipped", "errors"}
NOW = {"GUANJIA_NOW": "2026-11-22T12:00"}
WJX = Path(__file__).parent / "data" / "events" / "signups_wjx_example.xlsx"


def xlsx(path, rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return str(path)


def setup_db(path):
    """Two customers (李先生 in the recycle bin), an open event of 3 places, an ended
    one and a cancelled one."""
    open_database(path, create=True)
    clock.set_now(dt.datetime(2026, 11, 22, 12, 0))
    customers.create({"name": "王姐", "mobile": "13800000001"})
    customers.move_to_bin([customers.create({"name": "李先生", "mobile": "13800000002"})])
    live = events.create({"title": "插花沙龙", "starts_at": "2026-11-28 14:00", "status": "open",
                          "capacity": 3})  # fmt: skip
    ended = events.create({"title": "上次", "starts_at": "2026-11-01 14:00"})
    signups.close(ended)
    gone = events.create({"title": "取消", "starts_at": "2026-11-29 14:00"})
    events.set_status(gone, "cancelled")
    database.close()
    clock.set_now(None)
    return live, ended, gone


def counts(db):
    open_database(db)
    try:
        return EventSignup.select().count(), Customer.select().count()
    finally:
        database.close()


def run(*args, db):
    return guanjia(*args, db=db, env=NOW)


def test_import_contract_with_the_wjx_example(tmp_path):
    db = tmp_path / "e.db"
    live, _ended, _gone = setup_db(db)
    dry = run("events", "import", str(live), str(WJX), "--dry-run", "--json", db=db)
    assert dry.returncode == 0, dry.stderr
    outcome = json.loads(dry.stdout)
    assert set(outcome) >= KEYS and outcome["dry_run"] is True
    # 王姐 (twice: once skipped), 李先生 in the bin (error), Amy and 小陈 unmatched (skipped)
    assert {k: outcome[k] for k in sorted(KEYS)} == {
        "already": 0, "created": 0, "errors": 1, "signed_up": 1, "skipped": 3, "waiting": 0}  # fmt: skip
    assert outcome["error_rows"][0]["reasons"][0]["code"] == "in_bin"
    assert counts(db) == (0, 2)
    r = run("events", "import", str(live), str(WJX), "--create-customers", "--json", db=db)
    assert r.returncode == 0, r.stderr
    outcome = json.loads(r.stdout)
    assert {k: outcome[k] for k in sorted(KEYS)} == {
        "already": 0, "created": 2, "errors": 1, "signed_up": 3, "skipped": 1, "waiting": 0}  # fmt: skip
    assert isinstance(outcome["import_id"], int)
    assert counts(db) == (3, 4)
    again = run("events", "import", str(live), str(WJX), "--json", db=db)
    assert json.loads(again.stdout)["already"] == 4  # rows: 王姐 is in it twice
    text = run("events", "import", str(live), str(WJX), "--dry-run", db=db)
    assert "signed up already" in text.stdout and "row 3" in text.stdout


def test_bad_input_exits_1_with_one_line_and_writes_nothing(tmp_path):
    db = tmp_path / "e.db"
    live, ended, gone = setup_db(db)
    good = xlsx(tmp_path / "g.xlsx", [["姓名", "手机"], ["王姐", "13800000001"]])
    nocols = xlsx(tmp_path / "n.xlsx", [["人数", "备注"], [1, "x"]])
    for args, says in (
        (("99", good), "no event"),
        ((str(ended), good), "ended"),
        ((str(gone), good), "cancelled"),
        ((str(live), nocols), "name or mobile"),
        ((str(live), str(tmp_path / "missing.xlsx")), "missing.xlsx"),
        ((str(live), good, "--pick", "x"), "ROW=CUSTOMER"),
    ):
        r = run("events", "import", *args, "--json", db=db)
        assert r.returncode == 1, (args, r.stdout)
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in r.stderr and says in r.stderr, r.stderr
    assert counts(db) == (0, 2)
