"""guanjia import FILE --kind followups|interactions|complaints: the customer import's
options and JSON outcome, its --undo, and what an undo keeps, through the real CLI."""

from __future__ import annotations

import json

import openpyxl

from tests.test_cli import guanjia


def xlsx(path, rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return str(path)


def test_record_kinds_answer_like_the_customer_import(tmp_path):
    db = tmp_path / "c.db"
    people = xlsx(tmp_path / "people.xlsx", [["客户编号", "姓名", "手机"],
                                             ["C001", "老王", "13800000001"],
                                             ["C002", "小李", "13800000002"]])  # fmt: skip
    first = guanjia("import", people, "--json", db=db)
    assert first.returncode == 0, first.stderr
    customers = json.loads(first.stdout)
    plans = xlsx(tmp_path / "plans.xlsx", [
        ["客户编号", "下次跟进", "跟进方式", "备注"],
        ["C001", "2099-12-01 09:30", "电话", "问续卡"],
        ["C001", "2099-12-01 09:30", "电话", "问续卡"],  # the row above again
        ["C404", "2099-12-02", "电话", "nobody"],
    ])  # fmt: skip
    errors = tmp_path / "errors.xlsx"
    dry = guanjia("import", plans, "--kind", "followups", "--json", "--dry-run", db=db)
    assert json.loads(dry.stdout)["import_id"] is None
    run = guanjia("import", plans, "--kind", "followups", "--json", "--errors", str(errors),
                  db=db)  # fmt: skip
    assert run.returncode == 0, run.stderr
    outcome = json.loads(run.stdout)
    assert list(outcome) == list(customers)  # the same keys, in the same order
    assert (outcome["created"], outcome["skipped"], outcome["errors"]) == (1, 1, 1)
    assert outcome["error_rows"][0]["row"] == 4
    assert outcome["error_rows"][0]["reasons"][0]["code"] == "customer_unknown"
    assert outcome["mapping"] == {"客户编号": "customer_number", "下次跟进": "due",
                                  "跟进方式": "kind", "备注": "note"}  # fmt: skip
    assert errors.exists()
    listed = json.loads(guanjia("followups", "--json", db=db).stdout.splitlines()[0])
    assert (listed["due"], listed["note"]) == ("2099-12-01T09:30", "问续卡")
    # again: nothing to add, nothing recorded
    again = json.loads(guanjia("import", plans, "--kind", "followups", "--json", db=db).stdout)
    assert (again["import_id"], again["created"], again["skipped"]) == (None, 0, 2)
    runs = [json.loads(x) for x in guanjia("imports", "--json", db=db).stdout.splitlines()]
    assert [r["kind"] for r in runs] == ["followups", "customers"]
    # undoing the customers keeps 老王 (given a follow-up since) and says so
    undo = guanjia("import", "--undo", str(customers["import_id"]), "--json", db=db)
    report = json.loads(undo.stdout)
    assert report["removed"] == 1
    assert report["kept"] == [{"customer": 1, "field": "+", "reason": "records_since",
                               "records": ["followup"]}]  # fmt: skip
    undo = guanjia("import", "--undo", str(outcome["import_id"]), db=db, env={"LANG": "C"})
    assert undo.returncode == 0 and "1 records removed" in undo.stdout


def test_bad_kind_and_unknown_customer_are_refused(tmp_path):
    db = tmp_path / "c.db"
    path = xlsx(
        tmp_path / "x.xlsx", [["客户编号", "投诉时间", "投诉内容"], ["C9", "2026-01-01", "x"]]
    )
    bad = guanjia("import", path, "--kind", "orders", db=db)
    assert bad.returncode != 0 and "--kind" in bad.stderr
    run = guanjia("import", path, "--kind", "complaints", "--json", db=db)
    outcome = json.loads(run.stdout)
    assert (outcome["import_id"], outcome["created"], outcome["errors"]) == (None, 0, 1)
