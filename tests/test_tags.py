"""Tag groups and tags: naming rules, CRUD, merge, delete, and tag counts per customer."""

import pytest

from models.customers import customers
from models.customers.customer_filter import CustomerFilter
from models.customers.record import Customer
from models.errors import NotFoundError, ValidationError
from models.tags import saved_views, tags


def _tag_count(cid):
    return Customer.get_by_id(cid).tag_count


def test_new_database_has_the_six_default_groups(db):
    assert [g.name for g in tags.list_groups()] == tags.DEFAULT_GROUPS
    colors = {g.color for g in tags.list_groups()}
    assert len(colors) == 6  # each group has its own colour


def test_tag_names_are_trimmed_unique_and_case_insensitive(db):
    t = tags.create_tag("  VIP  客户 ")
    assert t.name == "VIP 客户"
    for same in ("vip 客户", "ＶＩＰ　客户", "Vip  客户"):
        with pytest.raises(ValidationError) as exc:
            tags.create_tag(same)
        assert exc.value.code == "tag_name_taken"
    assert tags.find_tag("vip客户") is None
    assert tags.find_tag("vip 客户").id == t.id
    for bad, code in (
        ("", "tag_name_required"),
        ("   ", "tag_name_required"),
        ("a,b", "tag_name_separator"),
        ("高消费、VIP", "tag_name_separator"),
        ("x" * 41, "tag_name_too_long"),
    ):
        with pytest.raises(ValidationError) as exc:
            tags.create_tag(bad)
        assert exc.value.code == code
    assert [x.name for x in tags.list_tags()] == ["VIP 客户"]


def test_rename_recolour_move_and_reorder(db):
    groups = {g.name: g.id for g in tags.list_groups()}
    a = tags.create_tag("常来店", groups["行为"])
    b = tags.create_tag("线上下单", groups["行为"])
    tags.rename_tag(a.id, "常来的店")
    tags.rename_tag(b.id, "线上下单")  # unchanged name: allowed
    with pytest.raises(ValidationError) as exc:
        tags.rename_tag(a.id, "线上下单")
    assert exc.value.code == "tag_name_taken"
    tags.recolor_tag(a.id, "#FF0000")
    with pytest.raises(ValidationError):
        tags.recolor_tag(a.id, "red")
    info = {t.name: t for t in tags.list_tags()}
    assert info["常来的店"].color == "#ff0000"
    assert info["线上下单"].color == tags.get_group(groups["行为"]).color  # group colour
    tags.move_tag(b.id, groups["行为"], 0)
    assert [t.name for t in tags.list_tags()] == ["线上下单", "常来的店"]
    tags.move_tag_step(b.id, +1)
    assert [t.name for t in tags.list_tags()] == ["常来的店", "线上下单"]
    tags.move_tag_step(a.id, -1)  # already first: stays
    assert [t.name for t in tags.list_tags()] == ["常来的店", "线上下单"]
    tags.move_tag(a.id, groups["属性"])
    assert {t.name: t.group for t in tags.list_tags()}["常来的店"] == "属性"
    tags.move_group(groups["行为"], -10)
    assert tags.list_groups()[0].name == "行为"
    tags.reorder_groups([groups["其他"]])
    assert tags.list_groups()[0].name == "其他"
    with pytest.raises(NotFoundError):
        tags.rename_tag(9999, "x")


def test_groups_create_rename_delete_keep_tags(db):
    g = tags.create_group("兴趣", "#123456")
    with pytest.raises(ValidationError) as exc:
        tags.create_group(" 兴趣 ")
    assert exc.value.code == "group_name_taken"
    t = tags.create_tag("瑜伽", g.id)
    cid = customers.create({"name": "张三", "tags": ["瑜伽"]})
    tags.rename_group(g.id, "爱好")
    assert tags.delete_group(g.id) == 1
    assert {x.name: x.group for x in tags.list_tags()}["瑜伽"] == "其他"
    assert customers.get(cid)["tags"] == ["瑜伽"]  # no customer loses a tag
    assert tags.get_tag(t.id).group.name == "其他"
    other = next(x for x in tags.list_groups() if x.name == "其他")
    for call in (lambda: tags.delete_group(other.id), lambda: tags.rename_group(other.id, "x")):
        with pytest.raises(ValidationError) as exc:
            call()
        assert exc.value.code == "group_protected"


def test_delete_tag_counts_its_customers_and_updates_views(db):
    a = customers.create({"name": "甲", "tags": ["VIP", "回访"]})
    b = customers.create({"name": "乙", "tags": ["VIP"]})
    customers.move_to_bin([b])
    vip = tags.find_tag("VIP")
    view = saved_views.save_view("贵宾", CustomerFilter(tags=(vip.id,)))
    assert tags.customers_with(vip.id) == 2  # the recycle bin counts: they lose it too
    assert tags.delete_tag(vip.id) == 2
    assert customers.get(a)["tags"] == ["回访"]
    assert _tag_count(a) == 1 and _tag_count(b) == 0
    assert saved_views.get_view(view).filter.tags == ()


def test_merge_keeps_every_customer_of_both_tags(db):
    both = customers.create({"name": "甲", "tags": ["大客户", "VIP"]})
    src_only = customers.create({"name": "乙", "tags": ["大客户"]})
    dst_only = customers.create({"name": "丙", "tags": ["VIP"]})
    src, dst = tags.find_tag("大客户"), tags.find_tag("VIP")
    view = saved_views.save_view("大的", CustomerFilter(tags=(src.id,), not_tags=(dst.id,)))
    assert tags.merge_tags([src.id], dst.id) == 1
    assert tags.find_tag("大客户") is None
    for cid in (both, src_only, dst_only):
        assert customers.get(cid)["tags"] == ["VIP"]
        assert _tag_count(cid) == 1
    flt = saved_views.get_view(view).filter
    assert flt.tags == (dst.id,) and flt.not_tags == ()  # never required and excluded


def test_customer_tags_are_validated_and_counted(db):
    with pytest.raises(ValidationError) as exc:
        customers.create({"name": "甲", "tags": ["好,坏"]})
    assert exc.value.code == "tag_name_separator" and exc.value.field == "tags"
    assert Customer.select().count() == 0
    cid = customers.create({"name": "甲", "tags": ["A", "a", " B ", ""]})
    assert customers.get(cid)["tags"] == ["A", "B"]
    assert _tag_count(cid) == 2
    customers.update(cid, {"tags": ["B"]})
    assert _tag_count(cid) == 1
