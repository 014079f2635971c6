"""guanjia import FILE --kind members [--create-customers] [--dry-run] --json: the
customer import's keys and the opening balances, refused rows with their reasons, a bad
file, the undo, and `guanjia members check` at zero, through the real CLI."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

from models.schema.opening import open_database
from models.storage.db import close_database
from tests.test_cli import guanjia

DATA = Path(__file__).parent / "data" / "membership"


def with_levels(db) -> None:
    open_database(db, create=True)
    close_database()
    with closing(sqlite3.connect(db)) as con, con:
        con.executemany("INSERT INTO member_level (name, rank, created_at) VALUES (?, ?, "
                        "'2026-01-01 00:00:00')", [("银卡", 1), ("金卡", 2)])  # fmt: skip


def test_a_member_base_imports_with_its_openings_and_undoes(tmp_path):
    db = tmp_path / "m.db"
    with_levels(db)
    file = str(DATA / "linuo_members.xlsx")
    dry = guanjia("import", file, "--kind", "members", "--create-customers", "--dry-run",
                  "--json", db=db)  # fmt: skip
    assert dry.returncode == 0, dry.stderr
    planned = json.loads(dry.stdout)
    assert planned["import_id"] is None and planned["dry_run"] is True
    assert list(planned)[:5] == ["import_id", "created", "updated", "skipped", "errors"]
    assert (planned["opening_points"], planned["opening_principal_fen"],
            planned["opening_bonus_fen"]) == (1500, 58850, 5000)  # fmt: skip
    assert planned["mapping"]["会员卡号"] == "card_no"
    text = guanjia("import", file, "--kind", "members", "--create-customers", "--dry-run", db=db)
    assert "opening points 1500, stored value 588.50 + bonus 50.00 yuan, 11 visits" in text.stdout
    run = guanjia("import", file, "--kind", "members", "--create-customers", "--json", db=db)
    outcome = json.loads(run.stdout)
    assert {k: v for k, v in outcome.items() if k not in ("import_id", "dry_run")} == {
        k: v for k, v in planned.items() if k not in ("import_id", "dry_run")
    }
    assert outcome["created"] == 3 and outcome["customers_created"] == 3
    check = json.loads(guanjia("points", "check", "--json", db=db).stdout)
    assert check["differences"] == 0
    again = json.loads(guanjia("import", file, "--kind", "members", "--json", db=db).stdout)
    assert (again["import_id"], again["skipped"]) == (None, 3)
    undo = guanjia("import", "--undo", str(outcome["import_id"]), "--json", db=db)
    report = json.loads(undo.stdout)
    assert report["membership"]["cards_disabled"] == 3
    assert report["membership"]["points"] == 1500
    assert json.loads(guanjia("points", "check", "--json", db=db).stdout)["differences"] == 0
    # the cards stay (stopped): their numbers are still taken
    text = guanjia("import", file, "--kind", "members", "--create-customers", "--dry-run", db=db)
    assert "skip 3 duplicates" in text.stdout


def test_bad_rows_are_listed_with_their_reasons(tmp_path):
    db = tmp_path / "m.db"
    with_levels(db)
    run = guanjia("import", str(DATA / "bad_members.xlsx"), "--kind", "members",
                  "--create-customers", "--json", db=db)  # fmt: skip
    outcome = json.loads(run.stdout)
    assert (outcome["created"], outcome["skipped"], outcome["errors"]) == (1, 1, 5)
    codes = {r["row"]: r["reasons"][0]["code"] for r in outcome["error_rows"]}
    assert codes == {3: "amount_decimals", 4: "balance_negative", 5: "level_unknown",
                     6: "date_invalid", 8: "balance_negative"}  # fmt: skip
    stop = guanjia("import", str(DATA / "bad_members.xlsx"), "--kind", "members",
                   "--create-customers", "--on-error", "stop", db=db)  # fmt: skip
    assert stop.returncode == 1 and "Traceback" not in stop.stderr
    assert len(stop.stderr.strip().splitlines()) == 1


def test_unknown_customers_without_create_and_a_file_that_is_not_one(tmp_path):
    db = tmp_path / "m.db"
    with_levels(db)
    run = guanjia("import", str(DATA / "linuo_members.xlsx"), "--kind", "members", "--json",
                  db=db)  # fmt: skip
    outcome = json.loads(run.stdout)
    assert outcome["errors"] == 3 and outcome["import_id"] is None
    assert {r["reasons"][0]["code"] for r in outcome["error_rows"]} == {"member_customer_unknown"}
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a spreadsheet")
    bad = guanjia("import", str(junk), "--kind", "members", "--json", db=db)
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    missing = guanjia("import", str(tmp_path / "none.xlsx"), "--kind", "members", db=db)
    assert missing.returncode == 1 and len(missing.stderr.strip().splitlines()) == 1


def test_a_shared_name_is_picked_with_pick(tmp_path):
    import openpyxl

    db = tmp_path / "m.db"
    with_levels(db)
    for _ in range(2):
        assert guanjia("customers", "add", "--name", "王芳", db=db).returncode == 0
    path = tmp_path / "m.xlsx"
    wb = openpyxl.Workbook()
    for row in (["会员卡号", "会员姓名", "有效期"], ["W1", "王芳", "永久有效"]):
        wb.active.append(row)
    wb.save(path)
    dry = json.loads(guanjia("import", str(path), "--kind", "members", "--dry-run", "--json",
                             db=db).stdout)  # fmt: skip
    assert dry["ambiguous_rows"] == [{"row": 2, "name": "王芳", "candidates": [1, 2]}]
    assert (dry["errors"], dry["ambiguous"]) == (1, 1)
    bad = guanjia("import", str(path), "--kind", "members", "--pick", "2=x", db=db)
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr
    run = json.loads(guanjia("import", str(path), "--kind", "members", "--pick", "2=2", "--json",
                             db=db).stdout)  # fmt: skip
    assert (run["created"], run["errors"], run["ambiguous_rows"]) == (1, 0, [])
    shown = json.loads(guanjia("members", "show", "--customer", "2", "--json", db=db).stdout)
    assert shown["card"] == "W1" and shown["cards"][0]["expires_on"] is None
