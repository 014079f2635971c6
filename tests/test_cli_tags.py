"""The tag commands of the CLI: filters, bulk tagging, the tag list (a real process)."""

from tests.test_cli import guanjia, lines


def _add(db, name, *tags):
    args = ["customers", "add", "--name", name]
    for t in tags:
        args += ["--tag", t]
    r = guanjia(*args, db=db)
    assert r.returncode == 0, r.stderr
    return int(r.stdout)


def _names(result):
    assert result.returncode == 0, result.stderr
    return sorted(row["name"] for row in lines(result))


def test_filter_by_tags_all_any_and_excluded(tmp_path):
    db = tmp_path / "c.db"
    _add(db, "甲", "VIP", "回访")
    _add(db, "乙", "VIP")
    _add(db, "丙", "回访", "流失")
    _add(db, "丁")
    assert _names(guanjia("customers", "--tag", "VIP", "--json", db=db)) == ["乙", "甲"]
    assert _names(guanjia("customers", "--tag", "vip", "--tag", "回访", "--json", db=db)) == ["甲"]
    r = guanjia("customers", "--tag", "VIP", "--tag", "回访", "--any", "--json", db=db)
    assert _names(r) == ["丙", "乙", "甲"]
    r = guanjia("customers", "--tag", "回访", "--not-tag", "流失", "--json", db=db)
    assert _names(r) == ["甲"]
    assert _names(guanjia("customers", "--not-tag", "VIP", "--json", db=db)) == ["丁", "丙"]
    r = guanjia("customers", "--search", "甲", "--tag", "VIP", "--json", db=db)
    assert _names(r) == ["甲"]
    r = guanjia("customers", "--tag", "不存在", db=db)
    assert r.returncode == 1 and "不存在" in r.stderr and r.stdout == ""
    r = guanjia("customers", "--tag", "VIP", "--not-tag", "VIP", db=db)
    assert r.returncode == 1


def test_bulk_tag_by_search_and_filters(tmp_path):
    db = tmp_path / "c.db"
    for name in ("张一", "张二", "李三"):
        _add(db, name, "回访")
    r = guanjia(
        "customers", "tag", "--search", "张", "--add", "张姓", "--remove", "回访", "--json", db=db
    )
    assert r.returncode == 0, r.stderr
    assert lines(r) == [{"matched": 2, "added": {"张姓": 2}, "removed": {"回访": 2}}]
    assert _names(guanjia("customers", "--tag", "张姓", "--json", db=db)) == ["张一", "张二"]
    assert _names(guanjia("customers", "--tag", "回访", "--json", db=db)) == ["李三"]
    # The filter options work after "tag" too; running it again changes nothing.
    r = guanjia("customers", "tag", "--tag", "张姓", "--add", "张姓", "--json", db=db)
    assert lines(r) == [{"matched": 2, "added": {"张姓": 0}, "removed": {}}]
    r = guanjia("customers", "tag", "--search", "张", "--add", "新", db=db)
    assert r.returncode == 0 and "2" in r.stdout


def test_bulk_tag_refuses_bad_input_and_writes_nothing(tmp_path):
    db = tmp_path / "c.db"
    _add(db, "张一", "回访")
    before = guanjia("tags", "--json", db=db).stdout
    for args in (
        ("customers", "tag", "--search", "张"),  # nothing to do
        ("customers", "tag", "--add", "新标签", "--remove", "没有这个"),  # unknown removal
        ("customers", "tag", "--add", "a,b"),  # a separator in a name
        ("customers", "tag", "--add", "x", "--remove", "X"),
        ("customers", "tag", "--tag", "没有", "--add", "x"),
    ):
        r = guanjia(*args, db=db)
        assert r.returncode == 1, args
        assert r.stderr.startswith("guanjia: error:")
    assert guanjia("tags", "--json", db=db).stdout == before  # "新标签" was not created
    assert guanjia("customers", "tag", "--bogus", db=db).returncode == 2


def test_tags_lists_groups_tags_and_counts(tmp_path):
    db = tmp_path / "c.db"
    _add(db, "甲", "VIP", "回访")
    a = _add(db, "乙", "VIP")
    r = guanjia("tags", "--json", db=db)
    assert r.returncode == 0
    rows = {row["name"]: row for row in lines(r)}
    assert rows["VIP"]["count"] == 2 and rows["VIP"]["group"] == "其他"
    assert rows["回访"]["count"] == 1
    assert all({"group", "name", "count", "id", "color"} <= set(row) for row in rows.values())
    text = guanjia("tags", db=db).stdout
    assert text.splitlines()[0] == "属性" and "  VIP\t2" in text
    # Counts are of live customers: the recycle bin does not count.
    from models.customers.customers import move_to_bin
    from models.schema.opening import open_database
    from models.storage.db import close_database

    open_database(db)
    move_to_bin([a])
    close_database()
    rows = {row["name"]: row for row in lines(guanjia("tags", "--json", db=db))}
    assert rows["VIP"]["count"] == 1
