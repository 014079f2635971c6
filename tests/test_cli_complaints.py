"""The complaints, purchases and RFM CLI contract: a real process, a real database file."""

import json

from tests.test_cli import guanjia, lines

NOW = {"GUANJIA_NOW": "2026-11-18T10:00"}
LATER = {"GUANJIA_NOW": "2026-11-18T12:30"}


def run(*args, db, env=NOW):
    return guanjia(*args, db=db, env=env)


def test_complaints_add_list_overdue_steps_and_metrics(tmp_path):
    db = tmp_path / "c.db"
    assert run("customers", "add", "--name", "张三", db=db).returncode == 0
    r = run(
        "complaints", "add", "--customer", "1", "--category", "产品质量",
        "--description", "衣服有破洞", "--severity", "紧急", "--channel", "门店", "--json", db=db,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    obj = json.loads(r.stdout)
    assert {k: obj[k] for k in ("id", "customer_id", "status", "category", "severity")} == {
        "id": 1, "customer_id": 1, "status": "new", "category": "quality", "severity": "urgent",
    }  # fmt: skip
    assert obj["received_at"] == "2026-11-18T10:00"
    assert obj["response_due"] == "2026-11-18T12:00"
    assert obj["overdue"] is False and obj["escalated"] is True
    r = run("complaints", "add", "--customer", "1", "--category", "service",
            "--description", "态度差", db=db)  # fmt: skip
    assert r.returncode == 0 and r.stdout.strip() == "added complaint 2"

    def listed(*flags, env=NOW):
        r = run("complaints", *flags, "--json", db=db, env=env)
        assert r.returncode == 0, r.stderr
        return lines(r)

    rows = listed()
    assert [o["id"] for o in rows] == [1, 2]
    required = {"id", "customer_id", "status", "category", "severity", "received_at",
                "response_due", "overdue"}  # fmt: skip
    assert all(required <= set(o) for o in rows)
    assert listed("--overdue") == []
    assert [o["id"] for o in listed("--overdue", env=LATER)] == [1, 2]
    assert all(o["overdue"] is True for o in listed(env=LATER))

    r = run("complaints", "resolve", "1", "--root-cause", "x", "--solution", "y", db=db)
    assert r.returncode == 1 and "needs it to be in_progress" in r.stderr
    assert run("complaints", "respond", "1", "--note", "已道歉", db=db).returncode == 0
    r = run("complaints", "start", "1", "--owner", "李店长", db=db)  # not on the staff list
    assert r.returncode == 1 and "guanjia team" not in r.stderr and "staff list" in r.stderr
    assert run("team", "add", "李店长", db=db).returncode == 0
    assert run("complaints", "start", "1", "--owner", "李店长", db=db).returncode == 0
    r = run("complaints", "resolve", "1", "--root-cause", "缝线", "--solution", "换新", db=db)
    assert r.returncode == 0 and "return visit planned: follow-up 1" in r.stdout
    assert [o["id"] for o in listed("--status", "resolved")] == [1]
    assert [o["id"] for o in listed("--status", "新建")] == [2]
    assert [o["id"] for o in listed("--status", "open")] == [2]
    r = run("complaints", "visit", "1", "--satisfaction", "5", "--comment", "满意", "--json", db=db)
    assert r.returncode == 0 and json.loads(r.stdout)["status"] == "return_visited"
    r = run("followups", "--due", "all", "--json", db=db)
    assert [o["status"] for o in lines(r)] == ["done"]

    r = run("complaints", "show", "1", "--json", db=db)
    history = json.loads(r.stdout)["history"]
    assert [h["action"] for h in history] == ["create", "respond", "start", "resolve", "visit"]
    assert history[1]["note"] == "已道歉" and history[2]["owner"] == "李店长"

    r = run("complaints", "metrics", "--json", db=db)
    assert r.returncode == 0, r.stderr
    m = json.loads(r.stdout)
    assert m["total"] == 2 and m["resolution_rate"] == 0.5 and m["avg_satisfaction"] == 5.0
    assert m["by_category"] == {"quality": 1, "service": 1}
    r = run("complaints", "metrics", db=db)
    assert r.returncode == 0 and "total\t2" in r.stdout


def test_complaints_cli_refuses_bad_input_and_writes_nothing(tmp_path):
    db = tmp_path / "c.db"
    assert run("customers", "add", "--name", "张三", db=db).returncode == 0
    bad = [
        ("--customer", "9", "--category", "quality", "--description", "x"),
        ("--customer", "1", "--category", "天气", "--description", "x"),
        ("--customer", "1", "--category", "quality", "--description", " "),
        ("--customer", "1", "--category", "quality", "--description", "x", "--severity", "致命"),
        ("--customer", "1", "--category", "quality", "--description", "x", "--channel", "信鸽"),
        ("--customer", "1", "--category", "quality", "--description", "x",
         "--received", "2027-01-01T00:00"),
    ]  # fmt: skip
    for args in bad:
        r = run("complaints", "add", *args, db=db)
        assert r.returncode == 1 and r.stderr.startswith("guanjia: error:"), args
    assert run("complaints", "--json", db=db).stdout == ""
    assert run("complaints", "--status", "whatever", db=db).returncode == 1
    assert run("complaints", "respond", "7", db=db).returncode == 1
    assert run("complaints", "metrics", "--from", "11/01", db=db).returncode == 1
    assert run("complaints", "add", "--customer", "1", db=db).returncode == 2  # usage


def test_demo_complaints_go_through_the_workflow(tmp_path):
    db = tmp_path / "d.db"
    r = run("demo", "--customers", "30", "--complaints", "40", db=db)
    assert r.returncode == 0 and "added 40 complaints" in r.stdout, r.stderr
    rows = lines(run("complaints", "--json", db=db))
    assert len(rows) == 40
    assert {o["status"] for o in rows} >= {"return_visited", "new"}
    m = json.loads(run("complaints", "metrics", "--json", db=db).stdout)
    assert m["total"] == 40 and 1 <= m["avg_satisfaction"] <= 5
    assert run("demo", "--customers", "0", "--complaints", "-1", db=db).returncode == 1


def test_purchases_add_and_rfm_contract(tmp_path):
    db = tmp_path / "p.db"
    env = {"GUANJIA_NOW": "2026-11-30T18:00"}
    assert run("customers", "add", "--name", "张三", "--number", "C001", db=db).returncode == 0
    assert run("customers", "add", "--name", "李四", db=db).returncode == 0
    r = run("purchases", "add", "--customer", "1", "--amount", "128.50", "--date", "2026-11-20",
            "--order", "NO-1", "--payment", "微信支付", "--json", db=db, env=env)  # fmt: skip
    assert r.returncode == 0, r.stderr
    added = json.loads(r.stdout)
    assert (added["id"], added["amount"], added["payment"]) == (1, 128.5, "wechat")
    assert run("purchases", "add", "--customer", "2", "--amount", "20", "--date", "2026-06-01",
               db=db, env=env).returncode == 0  # fmt: skip
    assert run("purchases", "add", "--customer", "1", "--amount", "-28.5", "--refund-of", "1",
               db=db, env=env).returncode == 0  # fmt: skip
    for bad in (("--amount", "abc"), ("--amount", "0"), ("--amount", "5", "--order", "NO-1"),
                ("--amount", "5", "--date", "2027-01-01")):  # fmt: skip
        r = run("purchases", "add", "--customer", "1", *bad, db=db, env=env)
        assert r.returncode == 1 and r.stderr.startswith("guanjia: error:"), bad
    r = run("rfm", "--json", "--as-of", "2026-11-30", db=db, env=env)
    assert r.returncode == 0, r.stderr
    rows = {o["customer_id"]: o for o in lines(r)}
    keys = {"customer_id", "customer_number", "r", "f", "m", "r_score", "f_score", "m_score",
            "segment"}  # fmt: skip
    assert all(keys <= set(o) for o in rows.values())
    assert (rows[1]["customer_number"], rows[1]["r"], rows[1]["f"], rows[1]["m"]) == (
        "C001", 10, 1, 100.0,
    )  # fmt: skip
    # F equals its average (1): "low", so not 价值 but 发展
    assert rows[1]["segment"] == "important_development"
    assert rows[2]["segment"] == "general_winback"
    assert len(lines(run("rfm", "--json", "--days", "30", db=db, env=env))) == 1
    assert run("rfm", "--as-of", "30/11", db=db, env=env).returncode == 1
