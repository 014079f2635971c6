"""guanjia communities list|add|edit|archive|show|members|join|leave: the contract's
keys and exit codes, bad input refused with one line and nothing written (a real process)."""

from tests.test_cli import guanjia, lines

MEMBER_KEYS = {"customer_id", "name", "role", "joined", "left", "level"}


def _ok(result):
    assert result.returncode == 0, result.stderr
    return lines(result)


def _state(db):
    return [_ok(guanjia("communities", *args, "--json", db=db))
            for args in (("list", "--archived"), ("members", "1"), ("members", "1", "--left"))]  # fmt: skip


def _refused(db, *args):
    r = guanjia(*args, db=db)
    assert r.returncode == 1, (r.stdout, r.stderr)
    assert r.stdout == ""
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    return r.stderr


def _setup(tmp_path):
    db = tmp_path / "c.db"
    for name, tag in (("张三", "VIP"), ("李四", "VIP"), ("王五", "")):
        args = ["customers", "add", "--name", name] + (["--tag", tag] if tag else [])
        assert guanjia(*args, db=db).returncode == 0
    (row,) = _ok(guanjia("communities", "add", "--name", "宝妈群", "--platform", "微信群",
                         "--json", db=db))  # fmt: skip
    assert row["id"] == 1 and row["capacity"] == 500 and row["platform"] == "wechat_group"
    return db


def test_add_join_members_leave_contract(tmp_path):
    db = _setup(tmp_path)
    (row,) = _ok(guanjia("communities", "add", "--name", "VIP群", "--platform", "企业微信客户群",
                         "--capacity", "2", "--json", db=db))  # fmt: skip
    assert row["id"] == 2 and row["capacity"] == 2
    (out,) = _ok(guanjia("communities", "join", "1", "--customers", "1", "2", "--role", "骨干",
                         "--invited-by", "3", "--json", db=db))  # fmt: skip
    assert out["joined"] == [1, 2] and out["already"] == []
    rows = _ok(guanjia("communities", "members", "1", "--json", db=db))
    assert [set(r) for r in rows] == [MEMBER_KEYS, MEMBER_KEYS]
    assert [(r["customer_id"], r["role"], r["left"]) for r in rows] == [
        (2, "backbone", None), (1, "backbone", None)]  # by pinyin: 李四, 张三  # fmt: skip
    # joining an active member again: a no-op, reported as already
    (out,) = _ok(guanjia("communities", "join", "1", "--customers", "1", "3", "--json", db=db))
    assert out["joined"] == [3] and out["already"] == [1]
    r = guanjia("communities", "join", "1", "--customers", "1", db=db)
    assert r.returncode == 0 and "already" in r.stdout
    assert _ok(guanjia("communities", "leave", "1", "--customers", "1", "2", "--json", db=db)) == [
        {"community": 1, "left": [1, 2]}]  # fmt: skip
    left = _ok(guanjia("communities", "members", "1", "--left", "--json", db=db))
    assert [r["customer_id"] for r in left] == [2, 1] and all(r["left"] for r in left)
    assert _ok(guanjia("communities", "members", "1", "--role", "成员", "--json", db=db))[0][
        "name"] == "王五"  # fmt: skip
    # by tag and by search; past capacity the rest go to the next group on request
    (out,) = _ok(guanjia("communities", "join", "2", "--tag", "VIP", "--json", db=db))
    assert out["joined"] == [1, 2] and out["capacity_state"] == "full"
    (out,) = _ok(guanjia("communities", "join", "2", "--search", "王五", "--next-group", "--json",
                         db=db))  # fmt: skip
    assert out["joined"] == [] and out["next_group"] == 3 and out["next_group_joined"] == [3]
    (g,) = _ok(guanjia("communities", "show", "3", "--json", db=db))
    assert g["name"] == "VIP群 2群" and g["overflow_of"] == 2 and g["members"] == 1


def test_list_edit_archive_show(tmp_path):
    db = _setup(tmp_path)
    assert guanjia("communities", "join", "1", "--customers", "1", "2", db=db).returncode == 0
    (row,) = _ok(guanjia("communities", "edit", "1", "--stage", "成长期", "--goal-members", "4",
                         "--json", db=db))  # fmt: skip
    assert row["stage"] == "growth" and row["progress"] == 0.5
    (row,) = _ok(guanjia("communities", "list", "--json", db=db))
    assert (row["id"], row["members"], row["joined_month"], row["left_month"]) == (1, 2, 2, 0)
    assert "active_rate" in row and "progress" in row
    (row,) = _ok(guanjia("communities", "archive", "1", "--json", db=db))
    assert row["archived"] is True
    assert _ok(guanjia("communities", "list", "--json", db=db)) == []
    assert len(_ok(guanjia("communities", "list", "--archived", "--json", db=db))) == 1
    r = guanjia("communities", "join", "1", "--customers", "3", db=db)
    assert r.returncode == 1 and "archived" in r.stderr
    (row,) = _ok(guanjia("communities", "archive", "1", "--undo", "--json", db=db))
    assert row["archived"] is False
    r = guanjia("communities", "list", db=db)
    assert r.returncode == 0 and "宝妈群" in r.stdout
    # the customer list's community filters
    names = sorted(c["name"] for c in _ok(guanjia("customers", "--community", "1", "--json",
                                                  db=db)))  # fmt: skip
    assert names == ["张三", "李四"]
    assert [c["name"] for c in _ok(guanjia("customers", "--no-community", "--json", db=db))] == [
        "王五"]  # fmt: skip


def test_bad_input_exits_1_and_writes_nothing(tmp_path):
    db = _setup(tmp_path)
    r = guanjia("communities", "join", "1", "--customers", "1", "--on", "2026-01-10", db=db)
    assert r.returncode == 0
    before = _state(db)
    assert "李四" in _refused(db, "communities", "leave", "1", "--customers", "1", "2")
    _refused(db, "communities", "leave", "1", "--customers", "1", "--on", "2026-01-01")
    _refused(db, "communities", "join", "1", "--customers", "2", "99")
    _refused(db, "communities", "join", "9", "--customers", "2")
    _refused(db, "communities", "join", "1", "--customers", "2", "--role", "老板")
    _refused(db, "communities", "join", "1", "--customers", "2", "--invited-by", "99")
    _refused(db, "communities", "join", "1", "--tag", "没有")
    _refused(db, "communities", "members", "9")
    _refused(db, "communities", "show", "9")
    _refused(db, "communities", "add", "--name", "宝妈群")
    _refused(db, "communities", "add", "--name", "新群", "--platform", "微博")
    _refused(db, "communities", "add", "--name", "新群", "--capacity", "多")
    _refused(db, "communities", "edit", "1", "--stage", "晚期")
    assert _state(db) == before
    # Chinese when the system speaks it
    r = guanjia("communities", "join", "9", "--customers", "2", db=db, env={"LANG": "zh_CN.UTF-8"})
    assert r.returncode == 1 and "社群" in r.stderr


def test_customers_by_community_level(tmp_path):
    db = _setup(tmp_path)
    assert guanjia("communities", "join", "1", "--customers", "1", "2", db=db).returncode == 0
    # nobody has any activity: every member is silent (沉默) once levels are computed
    assert guanjia("communities", "levels", "--recompute", db=db).returncode == 0
    rows = _ok(guanjia("customers", "--community-level", "沉默", "--json", db=db))
    assert sorted(c["name"] for c in rows) == ["张三", "李四"]
    rows = _ok(guanjia("customers", "--community", "1", "--community-level", "silent", "--json",
                       db=db))  # fmt: skip
    assert len(rows) == 2
    assert _ok(guanjia("customers", "--community-level", "核心", "--json", db=db)) == []
    assert "老板" in _refused(db, "customers", "--community-level", "老板")
    _refused(db, "customers", "--no-community", "--community-level", "核心")


def test_levels_as_tags(tmp_path):
    db = _setup(tmp_path)
    assert guanjia("communities", "join", "1", "--customers", "1", "2", db=db).returncode == 0
    (out,) = _ok(guanjia("communities", "levels", "--recompute", "--as-tags", "--json", db=db))
    assert out == {"added": 2, "removed": 0}
    rows = _ok(guanjia("customers", "--tag", "沉默", "--json", db=db))
    assert sorted(c["name"] for c in rows) == ["张三", "李四"]
    assert guanjia("communities", "leave", "1", "--customers", "2", db=db).returncode == 0
    assert guanjia("communities", "levels", "1", "--recompute", db=db).returncode == 0
    assert [c["name"] for c in _ok(guanjia("customers", "--tag", "沉默", "--json", db=db))] == [
        "张三"]  # fmt: skip
    (out,) = _ok(guanjia("communities", "levels", "--no-tags", "--json", db=db))
    assert out == {"added": 0, "removed": 0}
    _refused(db, "communities", "levels", "--as-tags", "--no-tags")
    _refused(db, "communities", "levels", "9", "--as-tags")
