"""guanjia members / points / wallet: the issue's CLI contract (yuan in, integer fen in
`_fen` keys out, the statement's last object, reconcile's keys) and every refusal: exit
1, one line on stderr, no traceback, nothing written."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

import pytest

from tests.test_cli import guanjia

NOW = {"GUANJIA_NOW": "2026-11-18T10:00"}


def run(*args, db, env=NOW):
    return guanjia(*args, db=db, env=env)


def objs(result):
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def refused(result, text):
    assert result.returncode == 1, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert text in lines[0], lines[0]


def _rows(db):
    with closing(sqlite3.connect(db)) as con:
        return tuple(con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                     for t in ("wallet_entry", "points_entry", "member_card", "audit_entry"))  # fmt: skip


@pytest.fixture
def db(tmp_path):
    db = tmp_path / "m.db"
    assert run("customers", "add", "--name", "王五", db=db).returncode == 0
    assert run("customers", "add", "--name", "赵六", db=db).returncode == 0
    return db


def test_enrol_top_up_pay_refund_statement_reconcile(db):
    [card] = objs(run("members", "enroll", "--customer", "1", "--json", db=db))
    assert (card["customer_id"], card["card"]) == (1, "VIP000001")
    [given] = objs(run("members", "enroll", "--customer", "2", "--card", "sv-88", "--json", db=db))
    assert given["card"] == "SV-88"
    assert run("members", "settings", "--bonus-tiers", "1000:100,500:30", db=db).returncode == 0
    [top] = objs(run("wallet", "topup", "--customer", "1", "--amount", "1000", "--json", db=db))
    assert (top["principal_fen"], top["bonus_fen"], top["balance_fen"]) == (100000, 10000, 110000)
    [own] = objs(run("wallet", "topup", "--customer", "2", "--amount", "10", "--bonus", "0.5",
                     "--json", db=db))  # fmt: skip
    assert (own["principal_fen"], own["bonus_fen"]) == (1000, 50)
    [pay] = objs(run("wallet", "pay", "--customer", "1", "--amount", "99.90", "--json", db=db))
    assert (pay["principal_fen"], pay["bonus_fen"]) == (-9082, -908)
    [ref] = objs(run("wallet", "refund", "--customer", "1", "--amount", "100", "--json", db=db))
    assert ref["principal_fen"] == -10000
    lines = objs(run("wallet", "statement", "--customer", "1", "--json", db=db))
    assert [x["kind"] for x in lines[:-1]] == ["topup", "pay", "refund"]
    last = lines[-1]
    assert last["balance_fen"] == last["principal_fen"] + last["bonus_fen"] == 110000 - 9990 - 11000
    [rec] = objs(run("wallet", "reconcile", "--json", db=db))
    assert rec["difference_fen"] == 0 and rec["closing_fen"] == 110000 - 9990 - 11000 + 1050
    [day] = objs(run("wallet", "reconcile", "--date", "2026-11-18", "--json", db=db))
    assert (day["opening_fen"], day["difference_fen"]) == (0, 0)
    assert day["closing_fen"] == rec["closing_fen"]
    [lia] = objs(run("wallet", "liability", "--json", db=db))
    assert lia["balance_fen"] == rec["closing_fen"]
    shown = objs(run("members", "show", "--card", "sv-88", "--json", db=db))[0]
    assert shown["customer_id"] == 2 and shown["balance_fen"] == 1050
    listed = objs(run("members", "list", "--json", db=db))
    assert [m["card"] for m in listed] == ["VIP000001", "SV-88"]


def test_points_earn_redeem_adjust_statement_expire_check(db):
    run("members", "enroll", "--customer", "1", db=db)
    [e] = objs(run("points", "earn", "--customer", "1", "--points", "120", "--reason", "开卡礼",
                   "--json", db=db))  # fmt: skip
    assert (e["points"], e["balance"]) == (120, 120)
    [r] = objs(run("points", "redeem", "--customer", "1", "--points", "20", "--json", db=db))
    assert r["balance"] == 100
    [a] = objs(run("points", "adjust", "--customer", "1", "--points", "-5", "--reason", "录错",
                   "--json", db=db))  # fmt: skip
    assert a["balance"] == 95
    lines = objs(run("points", "statement", "--customer", "1", "--json", db=db))
    assert [x["points"] for x in lines[:-1]] == [120, -20, -5] and lines[-1]["balance"] == 95
    [dry] = objs(run("points", "expire", "--dry-run", "--json", db=db))
    assert (dry["points"], dry["dry_run"]) == (0, True)
    [chk] = objs(run("points", "check", "--json", db=db))
    assert chk["ok"] and chk["differences"] == 0
    [rev] = objs(run("points", "reverse", str(r["id"]), "--json", db=db))
    assert rev["balance"] == 115


def test_card_lost_and_replace(db):
    run("members", "enroll", "--customer", "1", "--card", "L1", db=db)
    run("wallet", "topup", "--customer", "1", "--amount", "50", db=db)
    [lost] = objs(run("members", "card-lost", "--card", "L1", "--json", db=db))
    assert lost["status"] == "lost"
    refused(run("wallet", "pay", "--customer", "1", "--amount", "1", "--card", "L1", db=db),
            "lost")  # fmt: skip
    [new] = objs(run("members", "card-replace", "--card", "L1", "--new-card", "L2", "--json",
                     db=db))  # fmt: skip
    assert (new["card"], new["replaces"], new["balance_fen"]) == ("L2", "L1", 5000)
    assert objs(run("members", "show", "--card", "L1", "--json", db=db))[0]["card"] == "L2"


@pytest.fixture(scope="module")
def member_db(tmp_path_factory):
    """Customer 1 a member with card C1, 50 yuan (no bonus, receipt R1) and 10 points;
    customer 2 not a member."""
    db = tmp_path_factory.mktemp("refusals") / "m.db"
    for args in (
        ("customers", "add", "--name", "王五"),
        ("customers", "add", "--name", "赵六"),
        ("members", "enroll", "--customer", "1", "--card", "C1"),
        ("wallet", "topup", "--customer", "1", "--amount", "50", "--bonus", "0", "--receipt", "R1"),
        ("points", "earn", "--customer", "1", "--points", "10", "--reason", "x"),
    ):
        assert run(*args, db=db).returncode == 0
    return db


@pytest.mark.parametrize("args,text", [
    (("wallet", "pay", "--customer", "1", "--amount", "60"), "the balance is 50.00"),
    (("wallet", "refund", "--customer", "1", "--amount", "50.01"), "unspent principal"),
    (("wallet", "pay", "--customer", "1", "--amount", "1.234"), "two decimals"),
    (("wallet", "topup", "--customer", "1", "--amount", "-5"), "not an amount"),
    (("wallet", "topup", "--customer", "1", "--amount", "0"), "above 0"),
    (("wallet", "topup", "--customer", "1", "--amount", "5", "--receipt", "R1"), "recorded"),
    (("wallet", "topup", "--customer", "2", "--amount", "5"), "not a member"),
    (("wallet", "topup", "--customer", "9", "--amount", "5"), "not a member"),
    (("wallet", "transfer", "--customer", "1", "--from-card", "C1", "--to-card", "C1"),
     "different cards"),
    (("wallet", "reverse", "999"), "no stored-value movement"),
    (("points", "redeem", "--customer", "1", "--points", "11"), "only 10 points"),
    (("points", "earn", "--customer", "1", "--points", "0", "--reason", "x"), "points"),
    (("points", "adjust", "--customer", "1", "--points", "3", "--reason", " "), "reason"),
    (("points", "adjust", "--customer", "1", "--points", "-30", "--reason", "x"), "below 0"),
    (("points", "statement", "--customer", "2"), "not a member"),
    (("members", "enroll", "--customer", "1", "--card", "C1"), "in use"),
    (("members", "enroll", "--customer", "99"), "no customer"),
    (("members", "enroll", "--customer", "1", "--card", "坏 卡"), "not a card number"),
    (("members", "card-lost", "--card", "NOPE"), "no member card"),
    (("members", "show", "--card", "NOPE"), "no member card"),
    (("members", "settings", "--bonus-tiers", "1000"), "top-up:bonus"),
    (("members", "settings", "--points-redeem-rate", "0"), "“0”: the points that make 1 yuan"),
    (("members", "settings", "--points-redeem-rate", "1.5"), "“1.5”: the points that make"),
    (("members", "settings", "--points-redeem-cap", "120"), "from 0 to 100"),
    (("members", "settings", "--points-redeem-cap", "half", "--points-redeem-rate", "10"),
     "“half”: points may pay"),
    (("wallet", "reconcile", "--date", "someday"), "not a date"),
])  # fmt: skip
def test_refusals_exit_1_with_one_line_and_write_nothing(member_db, args, text):
    before = _rows(member_db)
    refused(run(*args, db=member_db), text)
    assert _rows(member_db) == before


def test_refusals_in_chinese(db):
    run("members", "enroll", "--customer", "1", db=db)
    result = run("wallet", "pay", "--customer", "1", "--amount", "5", db=db,
                 env={**NOW, "LANG": "zh_CN.UTF-8"})  # fmt: skip
    refused(result, "余额只有 0.00 元")


def test_the_customer_search_on_the_command_line_finds_a_card_number(db):
    """`customers --search` knows card numbers (no membership module imported there)."""
    assert run("members", "enroll", "--customer", "2", "--card", "SV-88", db=db).returncode == 0
    found = objs(run("customers", "--search", "sv-88", "--json", db=db))
    assert [c["name"] for c in found] == ["赵六"]
    assert objs(run("customers", "--search", "SV-99", "--json", db=db)) == []


def test_the_points_redeem_rate_and_cap_are_set_and_used_at_the_counter(db):
    """10 points make 1 yuan, at most 30% of a sale: 100 yuan allows 300 points (30.00)."""
    run("members", "enroll", "--customer", "1", "--json", db=db)
    run("points", "earn", "--customer", "1", "--points", "1000", "--reason", "x", db=db)
    done = run("members", "settings", "--points-redeem-rate", "10", "--points-redeem-cap",
               "30%", "--json", db=db)  # fmt: skip
    assert done.returncode == 0, done.stderr
    [values] = objs(done)
    assert (values["points_redeem_rate"], values["points_redeem_cap_percent"]) == (10, 30)
    from models.membership import checkout
    from models.schema.opening import open_database
    from models.storage.db import close_database

    open_database(db)
    try:
        assert checkout.points_off(300) == 3000
        assert checkout.max_points(10000, 1000) == 300
    finally:
        close_database()
    zh = run("members", "settings", "--points-redeem-cap", "101", db=db,
             env={**NOW, "LANG": "zh_CN.UTF-8"})  # fmt: skip
    assert zh.returncode == 1 and "101" in zh.stderr and "Traceback" not in zh.stderr
