"""guanjia surveys: the contract of issue 27 (add --json gives id; score --json gives
answers, promoters, passives, detractors, nps with one decimal and margin; csat for
CSAT), answers with their closed loop, undo, targets; bad input exits 1 with one line on
stderr and writes nothing. In-process (the rules are tested in test_surveys.py), and one
subprocess run for the contract as scripts see it."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.test_cli import guanjia

NOW = "2026-12-07T10:00"


class Cli:
    def __init__(self, path, capsys, monkeypatch):
        self.path, self.capsys, self.monkeypatch = path, capsys, monkeypatch

    def __call__(self, *argv):
        from desktop.cli import parse, run
        from models.storage.db import close_database

        self.monkeypatch.setenv("GUANJIA_NOW", NOW)
        close_database()
        self.capsys.readouterr()
        code = run(parse(["--db", str(self.path), *argv]))
        out, err = self.capsys.readouterr()
        return code, out, err


def counts(path):
    with sqlite3.connect(path) as con:
        return tuple(con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                     for t in ("survey", "survey_answer", "followup", "customer_tag",
                               "audit_entry"))  # fmt: skip


def ok(cli, *args):
    code, out, err = cli(*args)
    assert code == 0, err
    return out


def bad(cli, *args):
    before = counts(cli.path)
    code, out, err = cli(*args)
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert counts(cli.path) == before
    return err


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch, qapp):
    cli = Cli(tmp_path / "s.db", capsys, monkeypatch)
    for name in ("张三", "李四"):
        ok(cli, "--create", "customers", "add", "--name", name, "--tag", "VIP")
    ok(cli, "customers", "add", "--name", "王五")
    yield cli
    from models.storage.db import close_database

    close_database()


def test_answers_scores_targets_and_undo(cli):
    sid = json.loads(ok(cli, "surveys", "add", "--name", "季度NPS", "--type", "nps",
                        "--target-tag", "VIP", "--json"))["id"]  # fmt: skip
    bad_one = json.loads(ok(cli, "surveys", "answer", str(sid), "--customer", "1", "--score",
                            "3", "--comment", "太慢", "--at", "2026-12-04 18:00", "--json"))  # fmt: skip
    assert bad_one["category"] == "detractor" and bad_one["followup_id"]
    ok(cli, "surveys", "answer", str(sid), "--customer", "2", "--score", "10")
    ok(cli, "surveys", "answer", str(sid), "--customer", "0", "--score", "8")
    got = json.loads(ok(cli, "surveys", "score", str(sid), "--json"))
    assert {k: got[k] for k in ("answers", "promoters", "passives", "detractors", "nps",
                                "margin")} == {  # fmt: skip
        "answers": 3, "promoters": 1, "passives": 1, "detractors": 1, "nps": 0.0,
        "margin": 92.4}  # fmt: skip
    months = json.loads(ok(cli, "surveys", "score", str(sid), "--by", "month", "--json"))
    assert [g["group"] for g in months["groups"]] == ["2026-12"]
    targets = [json.loads(x) for x in ok(cli, "surveys", "targets", str(sid), "--json").split("\n")
               if x]  # fmt: skip
    assert [t["id"] for t in targets] == [1, 2]
    ok(cli, "surveys", "undo-answer", str(bad_one["id"]))
    assert json.loads(ok(cli, "surveys", "score", str(sid), "--json"))["answers"] == 2
    csat = json.loads(ok(cli, "surveys", "add", "--name", "CSAT", "--type", "csat", "--json"))
    ok(cli, "surveys", "answer", str(csat["id"]), "--customer", "1", "--score", "4")
    assert json.loads(ok(cli, "surveys", "score", str(csat["id"]), "--json"))["csat"] == 100.0
    listed = ok(cli, "surveys", "list")
    assert "季度NPS" in listed and "CSAT" in listed


def test_bad_input_exits_1_and_writes_nothing(cli):
    ok(cli, "surveys", "add", "--name", "NPS", "--type", "nps")
    bad(cli, "surveys", "add", "--name", "NPS", "--type", "nps")  # taken
    bad(cli, "surveys", "add", "--name", "X", "--type", "likert", "--json")
    bad(cli, "surveys", "answer", "1", "--customer", "1", "--score", "11")
    bad(cli, "surveys", "answer", "1", "--customer", "1", "--score", "abc")
    bad(cli, "surveys", "answer", "1", "--customer", "99", "--score", "5")
    bad(cli, "surveys", "answer", "9", "--customer", "1", "--score", "5")
    bad(cli, "surveys", "answer", "1", "--customer", "1", "--score", "5", "--at", "soon")
    ok(cli, "surveys", "answer", "1", "--customer", "1", "--score", "5", "--at",
       "2026-12-01 09:00")  # fmt: skip
    err = bad(cli, "surveys", "answer", "1", "--customer", "1", "--score", "9", "--at",
              "2026-12-01 09:00")  # fmt: skip
    assert "already" in err
    bad(cli, "surveys", "score", "1", "--from", "2026-12-31", "--to", "2026-12-01")
    bad(cli, "surveys", "show", "x")
    bad(cli, "surveys", "undo-answer", "77")


def test_contract_in_a_subprocess(tmp_path):
    db = tmp_path / "c.db"
    env = {"GUANJIA_NOW": NOW}
    assert guanjia("--create", "customers", "add", "--name", "张三", db=db, env=env).returncode == 0
    made = guanjia("surveys", "add", "--name", "N", "--type", "nps", "--json", db=db, env=env)
    sid = json.loads(made.stdout)["id"]
    guanjia("surveys", "answer", str(sid), "--customer", "1", "--score", "9", db=db, env=env)
    got = json.loads(guanjia("surveys", "score", str(sid), "--json", db=db, env=env).stdout)
    assert (got["answers"], got["nps"], got["margin"]) == (1, 100.0, 0.0)
    zh = {**env, "LANG": "zh_CN.UTF-8"}
    r = guanjia("surveys", "answer", str(sid), "--customer", "1", "--score", "12", db=db, env=zh)
    assert r.returncode == 1 and "分数必须是 0 到 10 之间的整数" in r.stderr


def test_import_twice_adds_nothing(cli):
    from pathlib import Path

    data = Path(__file__).parent / "data" / "surveys" / "nps_tencent_example.xlsx"
    sid = json.loads(ok(cli, "surveys", "add", "--name", "NPS", "--type", "nps", "--json"))["id"]
    first = json.loads(ok(cli, "surveys", "import", str(sid), str(data), "--json"))
    assert (first["imported"], first["matched"], first["anonymous"]) == (3, 2, 1)  # 赵六: nobody
    again = json.loads(ok(cli, "surveys", "import", str(sid), str(data), "--json"))
    assert (again["imported"], again["skipped"]) == (0, 3)
    bad(cli, "surveys", "import", "99", str(data))
    bad(cli, "surveys", "import", str(sid), str(data.with_name("nothing.xlsx")))
