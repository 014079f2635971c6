"""guanjia surveys for what the window's page does too (issue 27): add with a target
list of another kind, edit, archive, delete, the answers list with its filters, and a
detractor's answer turned into a complaint; bad input exits 1 with one line on stderr
and writes nothing."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.test_cli_surveys import Cli, ok


def counts(path):
    with sqlite3.connect(path) as con:
        return tuple(con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                     for t in ("survey", "survey_answer", "complaint", "audit_entry"))  # fmt: skip


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
        ok(cli, "--create", "customers", "add", "--name", name, "--mobile", "13800000001"
           if name == "张三" else "13800000002")  # fmt: skip
    yield cli
    from models.storage.db import close_database

    close_database()


def test_edit_archive_delete_answers_complaint(cli):
    sid = json.loads(ok(cli, "surveys", "add", "--name", "买家NPS", "--target-kind", "buyers",
                        "--target-ref", "2026-11-01..", "--json"))["id"]  # fmt: skip
    assert ok(cli, "surveys", "targets", str(sid)) == ""  # no purchases yet
    ok(cli, "purchases", "add", "--customer", "2", "--amount", "99", "--date", "2026-11-05")
    assert ok(cli, "surveys", "targets", str(sid)).split("\t")[1] == "李四"
    edited = json.loads(ok(cli, "surveys", "edit", str(sid), "--name", "11月买家NPS",
                           "--follow-passives", "yes", "--json"))  # fmt: skip
    assert (edited["name"], edited["follow_passives"]) == ("11月买家NPS", True)
    bad(cli, "surveys", "edit", str(sid), "--target-kind", "view", "--target-ref", "99")
    bad(cli, "surveys", "edit", str(sid), "--target-kind", "everyone")
    bad(cli, "surveys", "edit", "999", "--name", "x")
    first = json.loads(ok(cli, "surveys", "answer", str(sid), "--customer", "1", "--score", "2",
                          "--comment", "太慢", "--at", "2026-12-01 09:00", "--json"))["id"]  # fmt: skip
    ok(cli, "surveys", "answer", str(sid), "--customer", "2", "--score", "9", "--at",
       "2026-12-02 09:00")  # fmt: skip
    rows = [json.loads(x) for x in ok(cli, "surveys", "answers", str(sid), "--json").splitlines()]
    assert [(r["name"], r["score"], r["category"]) for r in rows] == [
        ("李四", 9, "promoter"), ("张三", 2, "detractor")]  # fmt: skip
    assert rows[1]["answered_at"] == "2026-12-01 09:00"
    only = ok(cli, "surveys", "answers", str(sid), "--category", "detractor")
    assert only.split("\t")[2:5] == ["张三", "2", "detractor"]
    assert ok(cli, "surveys", "answers", str(sid), "--to", "2026-11-30") == ""
    bad(cli, "surveys", "answers", str(sid), "--from", "last week")
    bad(cli, "surveys", "edit", str(sid), "--type", "csat")  # answers: the type stays
    made = json.loads(ok(cli, "surveys", "complaint", str(first), "--json"))
    assert made["answer_id"] == first and made["complaint_id"]
    bad(cli, "surveys", "complaint", str(first))  # once
    bad(cli, "surveys", "complaint", str(rows[0]["id"]))  # a promoter's
    bad(cli, "surveys", "complaint", "999")
    bad(cli, "surveys", "delete", str(sid))  # answers: archive it
    ok(cli, "surveys", "archive", str(sid))
    listed = json.loads(ok(cli, "surveys", "show", str(sid), "--json"))
    assert listed["answers"] == 2
    ok(cli, "surveys", "archive", str(sid), "--back")
    empty = json.loads(ok(cli, "surveys", "add", "--name", "空的", "--json"))["id"]
    ok(cli, "surveys", "delete", str(empty))
    bad(cli, "surveys", "show", str(empty))
