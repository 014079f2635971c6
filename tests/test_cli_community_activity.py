"""`guanjia communities activity add` and `guanjia communities levels`: a real process,
a real database file (the community and its members written with the table models)."""

import datetime as dt
import json

from tests.test_cli import guanjia, lines

NOW = {"GUANJIA_NOW": "2026-12-01T10:00"}
AT = dt.datetime(2026, 12, 1, 10, 0)


def run(*args, db, lang=None):
    env = dict(NOW)
    if lang:
        env["LANG"] = lang
    return guanjia(*args, db=db, env=env)


def setup_db(path):
    """Community 1 with members 1-4 (4 left on 11-20), community 2 with member 5; customer
    6 in no community, customer 7 in the recycle bin (a member of 1)."""
    from models.communities.tables import Community, CommunityMember
    from models.customers import customers
    from models.schema.opening import open_database
    from models.storage.db import close_database

    open_database(path)
    try:
        for name in ("一群", "二群"):
            Community.create(name=name, created_at=AT, updated_at=AT)
        ids = [customers.create({"name": n}) for n in ("甲", "乙", "丙", "丁", "戊", "己", "庚")]
        for cid, community, left in ((1, 1, None), (2, 1, None), (3, 1, None),
                                     (4, 1, dt.date(2026, 11, 20)), (5, 2, None), (7, 1, None)):  # fmt: skip
            CommunityMember.create(community=community, customer=ids[cid - 1],
                                   joined_on=dt.date(2026, 1, 1), left_on=left, created_at=AT)  # fmt: skip
        customers.move_to_bin([7])
    finally:
        close_database()


def test_activity_add_and_levels(tmp_path):
    db = tmp_path / "a.db"
    setup_db(db)
    r = run("communities", "activity", "add", "--community", "1", "--customers", "1", "2:4",
            "--kind", "发帖", "--json", db=db)  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == {"community_id": 1, "kind": "post", "day": "2026-12-01",
                                    "customers": [1, 2], "added": 2, "updated": 0, "count": 5}  # fmt: skip
    r = run("communities", "activity", "add", "--community", "1", "--customers", "1",
            "--count", "3", "--day", "2026-11-30", "--json", db=db)  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["kind"] == "message"
    again = run("communities", "activity", "add", "--community", "1", "--customers", "2", "1",
                "--kind", "post", "--json", db=db)  # fmt: skip
    assert (json.loads(again.stdout)["added"], json.loads(again.stdout)["updated"]) == (0, 2)
    # 乙 5 posts = 15 (ranked first: core), 甲 2 posts + 3 messages a day ago = 8.93 (
    # 2 ranked, core rank < ceil(0.2) = 1, active rank < ceil(0.7) = 1: participant)
    r = run("communities", "levels", "--json", db=db)
    assert r.returncode == 0, r.stderr
    rows = lines(r)
    assert [o["community_id"] for o in rows] == [1, 2]
    assert {k: rows[0][k] for k in ("name", "members", "core", "active", "participant",
                                    "watcher", "silent", "up", "down")} == {
        "name": "一群", "members": 3, "core": 1, "active": 0, "participant": 1,
        "watcher": 0, "silent": 1, "up": 2, "down": 0}  # fmt: skip
    assert rows[1]["members"] == 1 and rows[1]["silent"] == 0  # never computed yet
    r = run("communities", "levels", "2", "--recompute", "--json", db=db)
    assert lines(r) == [{"community_id": 2, "name": "二群", "members": 1, "core": 0,
                         "active": 0, "participant": 0, "watcher": 0, "silent": 1,
                         "up": 0, "down": 0}]  # fmt: skip
    r = run("communities", "levels", db=db)
    assert r.returncode == 0 and "一群" in r.stdout and "core 1" in r.stdout
    r = run("communities", "activity", "add", "--community", "1", "--customers", "3", db=db)
    assert r.returncode == 0 and "community 1" in r.stdout


def test_bad_input_exits_1_with_one_line(tmp_path):
    db = tmp_path / "b.db"
    setup_db(db)
    add = ("communities", "activity", "add", "--community")
    cases = [
        ((*add, "1", "--customers", "1", "--kind", "dance"), "dance"),
        ((*add, "1", "--customers", "1", "--count", "0"), "count"),
        ((*add, "1", "--customers", "1:x"), "ID:COUNT"),
        ((*add, "1", "--customers", "1", "--day", "2026-12-02"), "future"),
        ((*add, "1", "--customers", "1", "--day", "yesterday-ish"), "not a date"),
        ((*add, "1", "--customers", "4"), "丁"),  # left on 11-20
        ((*add, "1", "--customers", "6"), "己"),  # never a member
        ((*add, "1", "--customers", "7"), "recycle bin"),
        ((*add, "1", "--customers", "99"), "99"),
        ((*add, "9", "--customers", "1"), "9"),
        (("communities", "levels", "9"), "no community 9"),
    ]
    for args, words in cases:
        r = run(*args, db=db)
        assert r.returncode == 1, (args, r.stdout)
        assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr, r.stderr
        assert words in r.stderr, (args, r.stderr)
    r = run("communities", "activity", "add", "--community", "1", "--customers", "1",
            "--json", db=db)  # fmt: skip
    assert json.loads(r.stdout)["added"] == 1  # nothing was written before


def test_bad_input_in_chinese(tmp_path):
    db = tmp_path / "z.db"
    setup_db(db)
    r = run("communities", "activity", "add", "--community", "1", "--customers", "6",
            db=db, lang="zh_CN.UTF-8")  # fmt: skip
    assert r.returncode == 1
    assert "己" in r.stderr and "不是" in r.stderr, r.stderr
    r = run("communities", "activity", "add", "--community", "1", "--customers", "1",
            "--count", "0", db=db, lang="zh_CN.UTF-8")  # fmt: skip
    assert r.returncode == 1 and "次数" in r.stderr, r.stderr
