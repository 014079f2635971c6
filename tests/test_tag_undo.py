"""Deleting and merging tags and deleting groups: audited in the change's transaction, and
undone / redone exactly through models.tag_history (a real SQLite file)."""

import pytest

from models.customers import customers
from models.customers.customer_filter import CustomerFilter
from models.errors import ValidationError
from models.followups import stay_in_touch
from models.storage import audit
from models.tags import saved_views, tag_history, tags


@pytest.fixture
def shop(db):
    group = tags.create_group("兴趣", "#00aa00")
    vip = tags.create_tag("VIP", group.id, "#ff0000").id
    yoga = tags.create_tag("瑜伽", group.id).id
    a = customers.create({"name": "甲", "tags": ["VIP", "瑜伽"]})
    b = customers.create({"name": "乙", "tags": ["VIP"]})
    c = customers.create({"name": "丙", "tags": ["瑜伽"]})
    view = saved_views.save_view("贵宾", CustomerFilter(tags=(vip,), not_tags=(yoga,)))
    stay_in_touch.set_rule("tag", vip, 30)
    stay_in_touch.set_rule("tag", yoga, 10)
    return dict(group=group.id, vip=vip, yoga=yoga, a=a, b=b, c=c, view=view)


def state(shop):
    """Everything a tag delete or merge may touch."""
    people = {k: customers.get(shop[k]) for k in "abc"}
    return (
        tags.list_groups() and [(g.id, g.name, g.color, g.position) for g in tags.list_groups()],
        tags.list_tags(),
        {k: (sorted(p["tags"]), p["tag_count"]) for k, p in people.items()},
        saved_views.list_views(),
        stay_in_touch.list_rules(),
    )


def do_undo_redo(shop, work, tag_ids=(), group_ids=()):
    before = state(shop)
    with tag_history.recording(tag_ids, group_ids) as changes:
        work()
    after = state(shop)
    assert after != before and changes
    tag_history.write(changes, to_after=False)
    assert state(shop) == before
    tag_history.write(changes, to_after=True)
    assert state(shop) == after
    return changes


def test_delete_tag_undo_brings_back_id_colour_group_position_holders_views_rules(shop):
    n = audit.count()
    changes = do_undo_redo(shop, lambda: tags.delete_tag(shop["vip"]), [shop["vip"]])
    entry = audit.entries(limit=1)[0]
    assert (entry["action"], entry["target"], entry["target_id"], entry["count"]) == (
        "delete", "tag", shop["vip"], 2)  # fmt: skip
    assert "VIP" in entry["detail"] and "兴趣" in entry["detail"] and "#ff0000" in entry["detail"]
    assert audit.count() == n + 1
    assert customers.get(shop["a"])["tags"] == ["瑜伽"]
    tag_history.write(changes, to_after=False)
    tag = tags.get_tag(shop["vip"])
    assert (tag.name, tag.color, tag.group_id) == ("VIP", "#ff0000", shop["group"])
    assert (
        customers.get(shop["b"])["tags"] == ["VIP"] and customers.get(shop["b"])["tag_count"] == 1
    )
    assert saved_views.get_view(shop["view"]).filter.tags == (shop["vip"],)
    assert any(r.target == str(shop["vip"]) for r in stay_in_touch.list_rules())


def test_merge_undo_takes_the_target_off_those_who_gained_it(shop):
    do_undo_redo(shop, lambda: tags.merge_tags([shop["yoga"]], shop["vip"]),
                 [shop["yoga"], shop["vip"]])  # fmt: skip
    assert customers.get(shop["c"])["tags"] == ["VIP"]  # redone
    entry = audit.entries(limit=1)[0]
    assert (entry["action"], entry["target"]) == ("merge", "tag")


def test_delete_group_undo_puts_its_tags_back(shop):
    do_undo_redo(shop, lambda: tags.delete_group(shop["group"]), group_ids=[shop["group"]])
    entry = audit.entries(limit=1)[0]
    assert (entry["action"], entry["target"], entry["count"]) == ("delete", "tag", 2)
    assert "兴趣" in entry["detail"]


@pytest.mark.parametrize("kind", ["delete", "merge", "group"])
def test_a_failing_entry_rolls_the_change_back(shop, monkeypatch, kind):
    before, n = state(shop), audit.count()

    def broken(*_a, **_k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(audit, "record", broken)
    with pytest.raises(RuntimeError):
        if kind == "delete":
            tags.delete_tag(shop["vip"])
        elif kind == "merge":
            tags.merge_tags([shop["yoga"]], shop["vip"])
        else:
            tags.delete_group(shop["group"])
    monkeypatch.undo()
    assert state(shop) == before and audit.count() == n


def test_undo_refuses_when_the_name_was_taken_since(shop):
    with tag_history.recording([shop["vip"]]) as changes:
        tags.delete_tag(shop["vip"])
    tags.create_tag("vip")  # the same name (case folded) made again meanwhile
    before = state(shop)
    with pytest.raises(ValidationError) as err:
        tag_history.write(changes, to_after=False)
    assert err.value.code == "undo_conflict" and state(shop) == before


def test_undo_refuses_when_a_rewritten_view_was_changed_since(shop):
    with tag_history.recording([shop["vip"]]) as changes:
        tags.delete_tag(shop["vip"])
    saved_views.update_view(shop["view"], CustomerFilter(search="别的"))
    before = state(shop)
    with pytest.raises(ValidationError):
        tag_history.write(changes, to_after=False)
    assert state(shop) == before


def test_redo_refuses_when_the_tag_was_edited_after_undo(shop):
    with tag_history.recording([shop["vip"]]) as changes:
        tags.delete_tag(shop["vip"])
    tag_history.write(changes, to_after=False)
    tags.rename_tag(shop["vip"], "贵宾")
    before = state(shop)
    with pytest.raises(ValidationError):
        tag_history.write(changes, to_after=True)
    assert state(shop) == before


def test_undo_refuses_when_a_new_tag_took_the_number(db):
    """SQLite gives the newest row's number again once it is deleted: a tag made after
    the delete may take it, and then the old tag cannot come back under its number."""
    a = customers.create({"name": "甲", "tags": ["新"]})
    new = tags.find_tag("新").id
    with tag_history.recording([new]) as changes:
        tags.delete_tag(new)
    assert tags.create_tag("另一个").id == new
    with pytest.raises(ValidationError) as err:
        tag_history.write(changes, to_after=False)
    assert err.value.code == "undo_conflict"
    assert customers.get(a)["tags"] == [] and tags.get_tag(new).name == "另一个"
