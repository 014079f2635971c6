"""The CLI as other tools use it: a real process, real database files, exit codes."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def guanjia(*args, db=None, env=None):
    cmd = [sys.executable, "-m", "desktop"]
    if db is not None:
        cmd += ["--db", str(db)]
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        cmd + list(args), capture_output=True, text=True, cwd=ROOT, env=full_env, timeout=120
    )


def lines(result):
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_add_list_and_search(tmp_path):
    db = tmp_path / "c.db"
    r = guanjia(
        "customers",
        "add",
        "--name",
        "张三",
        "--mobile",
        "+86 138-1234-5678",
        "--tag",
        "VIP",
        "--tag",
        "回访",
        db=db,
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "1"
    r = guanjia("customers", "add", "--name", "李四", "--email", "LI@Example.com", "--json", db=db)
    assert r.returncode == 0 and json.loads(r.stdout)["email"] == "li@example.com"
    rows = lines(guanjia("customers", "--json", db=db))
    assert [(x["id"], x["name"], x["mobile"]) for x in rows] == [
        (1, "张三", "13812345678"),
        (2, "李四", ""),
    ]
    assert rows[0]["tags"] == ["VIP", "回访"] and rows[1]["tags"] == []
    for query in ("zs", "张", "5678", "zhangsan"):
        assert [
            x["name"] for x in lines(guanjia("customers", "--search", query, "--json", db=db))
        ] == ["张三"]
    assert guanjia("customers", "--search", "王", "--json", db=db).stdout == ""
    plain = guanjia("customers", db=db).stdout.splitlines()
    assert plain[0].split("\t")[:3] == ["1", "张三", "13812345678"]


def test_demo_fills_the_database_and_limit_works(tmp_path):
    db = tmp_path / "d.db"
    r = guanjia("demo", "--customers", "300", "--seed", "5", db=db)
    assert r.returncode == 0, r.stderr
    rows = lines(guanjia("customers", "--limit", "1500", "--json", db=db))
    assert len(rows) == 300
    assert len({x["mobile"] for x in rows}) == 300
    assert all(len(x["mobile"]) == 11 and x["mobile"].startswith("1") for x in rows)
    assert sum(1 for x in rows if x["tags"]) > 150
    assert len(lines(guanjia("customers", "--limit", "7", "--json", db=db))) == 7


def test_db_from_environment_variable(tmp_path):
    db = tmp_path / "env.db"
    r = guanjia("customers", "add", "--name", "王五", env={"GUANJIA_DB": str(db)})
    assert r.returncode == 0 and db.exists()


def test_bad_input_is_one_line_exit_1_and_writes_nothing(tmp_path):
    db = tmp_path / "b.db"
    guanjia("customers", "add", "--name", "张三", "--mobile", "13812345678", db=db)
    for args in (
        ["customers", "add", "--name", "李四", "--mobile", "12345"],
        ["customers", "add", "--name", "李四", "--email", "li@"],
        ["customers", "add", "--name", "  "],
        ["customers", "add", "--name", "李四", "--birthday", "1990-02-31"],
        ["customers", "add", "--name", "李四", "--gender", "robot"],
        ["customers", "add", "--name", "李四", "--mobile", "138 1234 5678"],  # duplicate mobile
    ):
        r = guanjia(*args, db=db)
        assert r.returncode == 1, (args, r.stdout, r.stderr)
        assert r.stderr.startswith("guanjia: error: ") and len(r.stderr.strip().splitlines()) == 1
        assert "Traceback" not in r.stderr
    assert len(lines(guanjia("customers", "--json", db=db))) == 1
    r = guanjia(
        "customers",
        "add",
        "--name",
        "李四",
        "--mobile",
        "138 1234 5678",
        "--allow-duplicate",
        db=db,
    )
    assert r.returncode == 0


def test_usage_errors_exit_2(tmp_path):
    db = tmp_path / "u.db"
    assert (
        guanjia("customers", "add", "--mobile", "13812345678", db=db).returncode == 2
    )  # no --name
    assert guanjia("no-such-command", db=db).returncode == 2
    assert guanjia("customers", "--limit", "many", db=db).returncode == 2


def test_unusable_database_path_exit_1(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("not a database")
    for bad in (text, tmp_path, text / "x.db"):
        r = guanjia("customers", db=bad)
        assert r.returncode == 1, bad
        assert r.stderr.startswith("guanjia: error: ") and "Traceback" not in r.stderr
    assert text.read_text() == "not a database"
