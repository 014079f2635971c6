"""`guanjia purchases refund | delete | edit`: the contract (flags, JSON keys, exit
codes, one line on stderr) and that a refused command writes nothing."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.test_cli import guanjia


def state(db) -> tuple:
    con = sqlite3.connect(db)
    try:
        return (
            con.execute("SELECT * FROM purchase ORDER BY id").fetchall(),
            con.execute("SELECT total_spend_cents, purchase_count FROM customer").fetchall(),
            con.execute("SELECT COUNT(*) FROM audit_entry").fetchone(),
        )
    finally:
        con.close()


@pytest.fixture
def shop(tmp_path):
    db = tmp_path / "p.db"
    assert guanjia("customers", "add", "--name", "张三", db=db).returncode == 0
    r = guanjia("purchases", "add", "--customer", "1", "--amount", "100", "--date",
                "2026-11-01", "--json", db=db)  # fmt: skip
    assert r.returncode == 0 and json.loads(r.stdout)["id"] == 1
    return db


def test_refund_links_the_purchase_and_refuses_more_than_is_left(shop):
    r = guanjia("purchases", "refund", "1", "--amount", "30", "--reason", "退一件", "--json",
                db=shop)  # fmt: skip
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert (out["id"], out["purchase_id"], out["amount_fen"]) == (2, 1, 3000)
    assert state(shop)[1] == [(7000, 1)]
    r = guanjia("purchases", "refund", "1", "--amount", "70", "--json", db=shop)
    assert r.returncode == 0 and json.loads(r.stdout)["amount_fen"] == 7000
    before = state(shop)
    r = guanjia("purchases", "refund", "1", "--amount", "0.01", db=shop)
    assert r.returncode == 1 and r.stdout == ""
    assert len(r.stderr.strip().splitlines()) == 1 and "left" in r.stderr
    assert state(shop) == before


@pytest.mark.parametrize("args", [
    ("refund", "1", "--amount", "0"), ("refund", "1", "--amount", "-5"),
    ("refund", "1", "--amount", "abc"), ("refund", "1", "--amount", "200"),
    ("refund", "9", "--amount", "1"), ("refund", "2", "--amount", "1"),
    ("delete", "1", "--reason", " "), ("delete", "9", "--reason", "x"),
    ("delete", "1", "--reason", "x"),  # it has a refund: void that first
    ("edit", "1", "--amount", "0"), ("edit", "1", "--amount", "5"),  # below its refund
    ("edit", "1", "--date", "someday"), ("edit", "1", "--date", "2099-01-01"),
    ("edit", "1"),
])  # fmt: skip
def test_bad_input_exits_1_with_one_line_and_writes_nothing(shop, args):
    assert guanjia("purchases", "refund", "1", "--amount", "10", db=shop).returncode == 0
    before = state(shop)
    r = guanjia("purchases", *args, db=shop)
    assert r.returncode == 1, r.stdout
    assert r.stdout == "" and len(r.stderr.strip().splitlines()) == 1
    assert r.stderr.startswith("guanjia: error: ")
    assert state(shop) == before


def test_delete_needs_a_reason_and_voids(shop):
    assert guanjia("purchases", "delete", "1", db=shop).returncode == 2  # argparse: required
    r = guanjia("purchases", "delete", "1", "--reason", "录错了", "--json", db=shop)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["id"] == 1 and out["void_reason"] == "录错了" and out["voided_at"]
    assert state(shop)[1] == [(0, 0)]
    assert guanjia("purchases", "--json", db=shop).stdout == ""  # out of the list
    r = guanjia("purchases", "refund", "1", "--amount", "1", db=shop)
    assert r.returncode == 1 and "voided" in r.stderr


def test_edit_corrects_amount_date_and_note(shop):
    r = guanjia("purchases", "edit", "1", "--amount", "88.8", "--date", "2026-11-02",
                "--note", "改价", "--json", db=shop)  # fmt: skip
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert (out["amount"], out["at"], out["note"]) == (88.8, "2026-11-02T00:00", "改价")
    assert state(shop)[1] == [(8880, 1)]
    r = guanjia("audit", "--json", db=shop)
    actions = [json.loads(line)["action"] for line in r.stdout.splitlines()]
    assert actions[:2] == ["edit", "create"]
