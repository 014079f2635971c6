"""`guanjia audit --kind K`: the entries about one kind of record (complaints, settings,
customers, ...), in text and JSON; an unknown kind is refused in one line, exit 1."""

import json

from models.storage import audit
from tests.test_cli import guanjia

NOW = {"GUANJIA_NOW": "2026-11-18T10:00"}
ZH = {**NOW, "LANG": "zh_CN.UTF-8"}


def run(*args, db, env=NOW):
    return guanjia(*args, db=db, env=env)


def test_the_cli_kind_list_is_the_models_one():
    from desktop.cli.privacy import AUDIT_KINDS

    assert AUDIT_KINDS == audit.TARGETS


def test_audit_kind_filters_entries_by_what_they_are_about(tmp_path):
    db = tmp_path / "a.db"
    assert run("customers", "add", "--name", "张三", db=db).returncode == 0
    made = run("complaints", "add", "--customer", "1", "--category", "quality",
               "--description", "破洞", db=db)  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert run("complaints", "respond", "1", db=db).returncode == 0
    out = run("audit", "--kind", "complaint", "--json", db=db)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [(r["action"], r["target"], r["target_id"]) for r in rows] == [
        ("step", "complaint", 1), ("create", "complaint", 1),
    ]  # fmt: skip
    assert set(rows[0]) == {"id", "at", "staff", "action", "target", "target_id", "count",
                            "detail"}  # fmt: skip
    assert rows[0]["detail"].startswith("step: respond; status: new → responded")
    customers = run("audit", "--kind", "customer", "--json", db=db)
    assert [json.loads(line)["action"] for line in customers.stdout.splitlines()] == ["create"]
    text = run("audit", "--kind", "complaint", "--action", "step", db=db)
    assert text.returncode == 0 and len(text.stdout.splitlines()) == 1
    assert "\tstep\tcomplaint 1\t" in text.stdout
    assert run("audit", "--kind", "setting", db=db).stdout == ""


def test_a_bad_kind_is_one_line_in_the_users_language_exit_1(tmp_path):
    db = tmp_path / "a.db"
    assert run("customers", "add", "--name", "张三", db=db).returncode == 0
    for env, words in ((NOW, "--kind must be one of: customer, tag"), (ZH, "--kind 只能是")):
        bad = run("audit", "--kind", "complaints", db=db, env=env)
        assert bad.returncode == 1 and bad.stdout == ""
        lines = bad.stderr.strip().splitlines()
        assert len(lines) == 1 and words in lines[0], bad.stderr
    assert run("audit", "--kind", "", "--json", db=db).returncode == 1
