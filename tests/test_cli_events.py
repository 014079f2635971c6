"""The events CLI contract: a real process, a real database file; the keys the issue
names, the exit codes, and bad input (exit 1, one line, no traceback)."""

import json

from models.customers import customers
from tests.test_cli import guanjia, lines

NOW = {"GUANJIA_NOW": "2026-11-18T10:00"}


def run(*args, db):
    return guanjia(*args, db=db, env=NOW)


def ok(*args, db):
    r = run(*args, db=db)
    assert r.returncode == 0, r.stderr
    return r


def bad(*args, db, says=""):
    r = run(*args, db=db)
    assert r.returncode == 1, (r.stdout, r.stderr)
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    assert says in r.stderr
    return r


def test_events_contract_from_add_to_metrics(tmp_path):
    db = tmp_path / "e.db"
    for name, mobile in (("张三", "13800000001"), ("李四", "13800000002"), ("王五", "")):
        ok("customers", "add", "--name", name, *(["--mobile", mobile] if mobile else []), db=db)
    r = ok("events", "add", "--title", "咖啡沙龙", "--at", "2026-11-20 14:00", "--capacity", "2",
           "--kind", "沙龙", "--json", db=db)  # fmt: skip
    event = json.loads(r.stdout)
    assert event["id"] == 1 and event["kind"] == "salon" and event["capacity"] == 2
    assert event["starts_at"] == "2026-11-20 14:00" and event["status"] == "planned"
    r = ok("events", "signup", "1", "--customers", "1", "2", "3", "--json", db=db)
    assert json.loads(r.stdout) == {"signed": [1, 2], "waiting": [3], "already": []}
    r = ok("events", "signup", "1", "--customers", "1", db=db)
    assert "already in 1" in r.stdout
    r = ok("events", "checkin", "1", "--customer", "1", "--json", db=db)
    assert json.loads(r.stdout)["status"] == "attended"
    ok("events", "checkin", "1", "--customer", "ls", db=db)  # 李四 by pinyin initials
    r = ok("events", "checkin", "1", "--walk-in", "--name", "赵六", "--json", db=db)
    assert json.loads(r.stdout)["walk_in"] is True
    ok("events", "feedback", "1", "--customer", "1", "--score", "5", "--comment", "好", db=db)
    r = ok("events", "metrics", "1", "--json", db=db)
    m = json.loads(r.stdout)
    assert {k: m[k] for k in ("signed_up", "attended", "no_shows", "walk_ins", "waiting")} == {
        "signed_up": 3, "attended": 3, "no_shows": 0, "walk_ins": 1, "waiting": 1}  # fmt: skip
    assert m["feedback_average"] == 5.0
    r = ok("events", "show", "1", "--json", db=db)
    assert [s["status"] for s in json.loads(r.stdout)["signups"]] == [
        "attended", "attended", "waiting", "attended"]  # fmt: skip
    r = ok("events", "list", "--json", db=db)
    assert [o["id"] for o in lines(r)] == [1]


def test_noshow_close_and_refusals(tmp_path):
    db = tmp_path / "e.db"
    for name in ("张三", "李四", "王五"):
        ok("customers", "add", "--name", name, db=db)
    ok("events", "add", "--title", "讲座", "--at", "2026-11-20 19:00", db=db)
    ok("events", "signup", "1", "--customers", "1", "2", db=db)
    bad("events", "checkin", "1", "--customer", "3", db=db, says="walk-in")
    bad("events", "feedback", "1", "--customer", "2", "--score", "4", db=db, says="did not attend")
    r = ok("events", "noshow", "1", "--customers", "2", "--json", db=db)
    assert json.loads(r.stdout) == {"no_shows": 1}
    r = ok("events", "close", "1", "--json", db=db)
    assert json.loads(r.stdout)["no_shows"] == 2
    bad("events", "signup", "1", "--customers", "3", db=db, says="ended")
    bad("events", "close", "1", db=db)


def test_bad_input_exits_1_with_one_line(db, db_path):
    customers.move_to_bin([customers.create({"name": "张三"})])  # in the recycle bin
    db = db_path
    bad("events", "add", "--title", "x", "--at", "someday", db=db, says="someday")
    bad("events", "add", "--title", " ", "--at", "2026-11-20", db=db)
    bad("events", "add", "--title", "x", "--at", "2026-11-20", "--capacity", "0", db=db)
    bad("events", "add", "--title", "x", "--at", "2026-11-20", "--kind", "party", db=db)
    bad("events", "metrics", "9", "--json", db=db, says="no event")
    ok("events", "add", "--title", "x", "--at", "2026-11-20", db=db)
    bad("events", "signup", "1", "--customers", "1", db=db, says="recycle bin")
    bad("events", "signup", "1", "--customers", "77", db=db)
    bad("events", "feedback", "1", "--customer", "1", "--score", "9", db=db)
    bad("events", "checkin", "1", "--customer", "nobody", db=db)


def test_checkin_many_at_once_and_close(tmp_path):
    db = tmp_path / "e.db"
    for name in ("张三", "李四", "王五", "赵六"):
        ok("customers", "add", "--name", name, db=db)
    ok("events", "add", "--title", "讲座", "--at", "2026-11-18 09:00", db=db)
    ok("events", "signup", "1", "--customers", "1", "2", "3", db=db)
    ok("events", "checkin", "1", "--customer", "1", db=db)  # the contract's form still works
    r = ok("events", "checkin", "1", "--customers", "1", "2", "--json", db=db)
    assert json.loads(r.stdout) == {"attended": [2], "already": [1], "no_shows": 0,
                                    "activity": [], "points_earned": 0}  # fmt: skip
    bad("events", "checkin", "1", "--customers", "4", db=db, says="walk-in")  # not signed up
    bad("events", "checkin", "1", "--customers", "99", db=db, says="99")
    bad("events", "checkin", "1", "--customers", "3", "--walk-in", db=db)
    bad("events", "checkin", "9", "--customers", "1", db=db, says="no event")
    r = ok("events", "checkin", "1", "--customers", "3", "--close", "--json", db=db)
    assert json.loads(r.stdout)["attended"] == [3]
    bad("events", "checkin", "1", "--customers", "1", db=db, says="ended")
    r = ok("events", "show", "1", "--json", db=db)
    assert [s["status"] for s in json.loads(r.stdout)["signups"]] == ["attended"] * 3


def test_checkin_many_refuses_a_binned_customer_and_a_cancelled_event(db, db_path):
    from models.communities import events, signups

    a, b = (customers.create({"name": n}) for n in ("张三", "李四"))
    eid = events.create({"title": "沙龙", "starts_at": "2026-11-18 09:00"})
    signups.signup(eid, [a, b])
    customers.move_to_bin([b])
    gone = events.create({"title": "取消的", "starts_at": "2026-11-19 09:00"})
    signups.signup(gone, [a])
    events.set_status(gone, "cancelled")
    bad("events", "checkin", str(eid), "--customers", str(a), str(b), db=db_path,
        says="recycle bin")  # fmt: skip
    bad("events", "checkin", str(gone), "--customers", str(a), db=db_path, says="cancelled")
    r = ok("events", "show", str(eid), "--json", db=db_path)
    assert [s["status"] for s in json.loads(r.stdout)["signups"]] == ["signed"]  # nothing written
