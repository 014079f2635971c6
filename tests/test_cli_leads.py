"""guanjia leads score | rescore | scoring (issue 28): the JSON contract (parts add up to
the score), customers by number or id, bad input (exit 1, one line, nothing written),
a contact logged by the CLI rescoring its lead."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.test_cli import guanjia

NOW = {"GUANJIA_NOW": "2026-12-01T10:00"}


def run(db, *args):
    return guanjia(*args, db=db, env=NOW)


@pytest.fixture
def shop(tmp_path):
    db = tmp_path / "g.db"
    r = run(db, "--create", "customers", "add", "--name", "王经理", "--stage", "lead",
            "--job-title", "销售经理", "--mobile", "13812345678", "--city", "上海",
            "--number", "KH1", "--json")  # fmt: skip
    assert r.returncode == 0, r.stderr
    r = run(db, "interactions", "add", "--customer", "1", "--channel", "询价", "--summary",
            "问价", "--at", "2026-11-01T10:00")  # fmt: skip
    assert r.returncode == 0, r.stderr
    r = run(
        db, "customers", "add", "--name", "老客户", "--stage", "active", "--job-title", "总经理"
    )
    assert r.returncode == 0, r.stderr
    return db


def stored(db, cid: int):
    with sqlite3.connect(db) as con:
        return con.execute(
            "SELECT lead_score, lead_grade FROM customer WHERE id = ?", (cid,)
        ).fetchone()


def test_score_with_its_parts_by_number_or_id(shop):
    r = run(shop, "leads", "score", "KH1", "--explain", "--json")
    assert r.returncode == 0, r.stderr
    obj = json.loads(r.stdout)
    assert set(obj) == {"score", "grade", "parts"}
    assert obj["parts"] == [
        {"reason": "Job title 经理", "points": 15},
        {"reason": "Valid mobile", "points": 10},
        {"reason": "Region 上海", "points": 5},
        {"reason": "Asked for a price ×1", "points": 8},  # 15 * 0.5 ** (30 / 30) = 7.5
    ]
    assert obj["score"] == sum(p["points"] for p in obj["parts"]) == 38
    assert obj["grade"] == "C"
    assert stored(shop, 1) == (38, "C")  # the contact logged by the CLI rescored it
    r = run(shop, "leads", "score", "1", "--json")
    assert json.loads(r.stdout) == {"score": 38, "grade": "C"}
    r = run(shop, "leads", "score", "1", "--explain")
    assert r.stdout.splitlines()[0] == "38\tC\tlead"
    assert "+8\tAsked for a price ×1" in r.stdout


def test_a_customer_who_is_not_a_lead_is_scored_and_says_so(shop):
    r = run(shop, "leads", "score", "2")
    assert r.returncode == 0
    assert r.stdout.strip() == "20\tC\tnot a lead (stage active): no stored score"
    assert stored(shop, 2) == (0, "")


@pytest.mark.parametrize("ref", ["999", "KH9", "abc", ""])
def test_an_unknown_customer_is_refused(shop, ref):
    r = run(shop, "leads", "score", ref, "--json")
    assert r.returncode == 1
    assert r.stdout == ""
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr


def test_scoring_set_rescores_and_bad_settings_write_nothing(shop):
    r = run(shop, "leads", "scoring", "set", "--grades", "30/20/10", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["grades"] == {"A": 30, "B": 20, "C": 10}
    assert stored(shop, 1) == (38, "A")
    shown = json.loads(run(shop, "leads", "scoring", "show", "--json").stdout)
    assert shown["grades"] == {"A": 30, "B": 20, "C": 10}
    with sqlite3.connect(shop) as con:
        audits = con.execute("SELECT COUNT(*) FROM audit_entry").fetchone()[0]
    for bad in (
        ("--grades", "10/20/30"),
        ("--grades", "70-45"),
        ("--behaviour", "price=15/-30/30"),
        ("--behaviour", "price=15/0/30"),
        ("--behaviour", "letter=1/2/3"),
        ("--mobile", "-5"),
        ("--job-titles", "经理"),
        ("--from", "/no/such/model.json"),
    ):
        r = run(shop, "leads", "scoring", "set", *bad)
        assert r.returncode == 1, bad
        assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr, bad
    assert json.loads(run(shop, "leads", "scoring", "show", "--json").stdout) == shown
    with sqlite3.connect(shop) as con:
        assert con.execute("SELECT COUNT(*) FROM audit_entry").fetchone()[0] == audits
    r = run(shop, "leads", "scoring", "set", "--reset")
    assert r.returncode == 0 and stored(shop, 1) == (38, "C")


def test_rescore_all(shop):
    r = run(shop, "leads", "rescore", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == {"scored": 1, "changed": 0, "grade_changes": 0}
    # a month later the price inquiry has faded: 15 * 0.5 ** 2 = 3.75 -> 4
    r = guanjia("leads", "rescore", "--json", db=shop, env={"GUANJIA_NOW": "2026-12-01T10:00"})
    r = guanjia("leads", "score", "1", "--json", db=shop, env={"GUANJIA_NOW": "2026-12-31T10:00"})
    assert json.loads(r.stdout) == {"score": 34, "grade": "C"}
