"""The follow-up and interaction CLI contract: a real process, a real database file."""

import json

from tests.test_cli import guanjia, lines

NOW = {"GUANJIA_NOW": "2026-11-18T10:00"}  # a Wednesday


def run(*args, db):
    return guanjia(*args, db=db, env=NOW)


def test_followups_add_list_done_and_interactions(tmp_path):
    db = tmp_path / "f.db"
    assert run("customers", "add", "--name", "张三", db=db).returncode == 0
    r = run(
        "followups", "add", "--customer", "1", "--due", "2026-11-18T15:30", "--kind", "电话",
        "--note", "回访报价", "--every", "2w", "--json", db=db,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    added = json.loads(r.stdout)
    assert {k: added[k] for k in ("id", "customer_id", "due", "kind", "note", "status")} == {
        "id": 1, "customer_id": 1, "due": "2026-11-18T15:30", "kind": "phone",
        "note": "回访报价", "status": "open",
    }  # fmt: skip
    assert run("followups", "add", "--customer", "1", "--due", "2026-11-10", db=db).returncode == 0
    assert run("followups", "add", "--customer", "1", "--due", "2026-11-21", db=db).returncode == 0
    assert run("followups", "add", "--customer", "1", "--due", "2026-12-25", db=db).returncode == 0

    def ids(due):
        r = run("followups", "--due", due, "--json", db=db)
        assert r.returncode == 0, r.stderr
        return [o["id"] for o in lines(r)]

    assert ids("today") == [1]
    assert ids("overdue") == [2]
    assert ids("week") == [1, 3]
    assert ids("all") == [2, 1, 3, 4]
    r = run("followups", "done", "1", "--outcome", "已报价", "--json", db=db)
    assert r.returncode == 0, r.stderr
    done = json.loads(r.stdout)
    assert (done["status"], done["outcome"]) == ("done", "已报价")
    assert [n["due"] for n in done["next"]] == ["2026-12-02T15:30"]  # two weeks on
    assert ids("today") == []
    statuses = {o["id"]: o["status"] for o in lines(run("followups", "--json", db=db))}
    assert statuses == {1: "done", 2: "open", 3: "open", 4: "open", 5: "open"}
    r = run(
        "interactions", "add", "--customer", "1", "--channel", "微信", "--summary", "发了资料",
        "--json", db=db,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["channel"] == "wechat"
    logged = lines(run("interactions", "--customer", "1", "--json", db=db))
    assert [o["summary"] for o in logged] == ["发了资料", "已报价"] or [
        o["summary"] for o in logged
    ] == ["已报价", "发了资料"]
    customer = lines(run("customers", "--json", db=db))[0]
    assert customer["last_contact_at"].startswith("2026-11-18")
    assert customer["next_followup_at"].startswith("2026-11-10")


def test_followups_bad_input_exit_1_and_write_nothing(tmp_path):
    db = tmp_path / "f.db"
    run("customers", "add", "--name", "张三", db=db)
    for args in (
        ("--customer", "9", "--due", "2026-12-01"),
        ("--customer", "1", "--due", "2026-02-30"),
        ("--customer", "1", "--due", "next fryday"),
        ("--customer", "1", "--due", "2026-12-01", "--kind", "fax"),
        ("--customer", "1", "--due", "2026-12-01", "--every", "2x"),
        ("--customer", "1", "--due", "2026-12-01", "--every", "0d"),
    ):
        r = run("followups", "add", *args, db=db)
        assert r.returncode == 1, (args, r.stdout)
        assert r.stderr.startswith("guanjia: error:")
    assert run("followups", "--json", db=db).stdout == ""
    assert run("followups", "done", "7", db=db).returncode == 1
    assert run("followups", "add", "--customer", "1", db=db).returncode == 2  # usage
    assert run("followups", "--due", "someday", db=db).returncode == 2
    for args in (
        ("--customer", "9", "--channel", "电话", "--summary", "x"),
        ("--customer", "1", "--channel", "fax", "--summary", "x"),
        ("--customer", "1", "--channel", "电话", "--summary", " "),
    ):
        assert run("interactions", "add", *args, db=db).returncode == 1
    assert run("interactions", "--json", db=db).stdout == ""
    run("followups", "add", "--customer", "1", "--due", "2026-11-18", db=db)
    assert run("followups", "done", "1", "--next", "garbage", db=db).returncode == 1
    assert lines(run("followups", "--json", db=db))[0]["status"] == "open"
    assert run("followups", "done", "1", db=db).returncode == 0
    assert run("followups", "done", "1", db=db).returncode == 1  # already done


def test_snooze_and_cancel_from_the_cli(tmp_path):
    db = tmp_path / "f.db"
    run("customers", "add", "--name", "张三", db=db)
    run("followups", "add", "--customer", "1", "--due", "2026-11-18T09:00", "--every", "1m", db=db)
    assert run("followups", "snooze", "1", "--until", "next_week", db=db).returncode == 0
    assert lines(run("followups", "--json", db=db))[0]["due"] == "2026-11-23T09:00"
    assert run("followups", "snooze", "1", "--until", "2026-01-01", db=db).returncode == 1
    assert run("followups", "cancel", "1", "--skip", db=db).returncode == 0
    assert [o["status"] for o in lines(run("followups", "--json", db=db))] == [
        "cancelled", "open"
    ]  # fmt: skip


def test_the_cli_writes_are_audited_with_the_before_image(tmp_path):
    from models.schema.opening import open_database
    from models.storage import audit
    from models.storage.db import close_database

    db = tmp_path / "f.db"
    assert run("customers", "add", "--name", "张三", db=db).returncode == 0
    assert run("followups", "add", "--customer", "1", "--due", "2026-11-18", db=db).returncode == 0
    assert run("followups", "snooze", "1", "--until", "2026-11-20", db=db).returncode == 0
    assert run("followups", "done", "1", "--outcome", "好", db=db).returncode == 0
    assert run("interactions", "add", "--customer", "1", "--channel", "phone", "--summary", "聊了",
               db=db).returncode == 0  # fmt: skip
    open_database(db)
    try:
        got = [(e["action"], e["target"], e["detail"])
               for e in reversed(audit.entries(audit.AuditQuery(target="followup")))]  # fmt: skip
        interaction = audit.entries(audit.AuditQuery(target="interaction"))
    finally:
        close_database()
    assert [a for a, _t, _d in got] == ["create", "snooze", "complete"]
    assert "due: 2026-11-18 → 2026-11-20" in got[1][2]
    assert "status: open → done" in got[2][2]
    assert [e["action"] for e in interaction] == ["create"]  # the completion's is in its entry
