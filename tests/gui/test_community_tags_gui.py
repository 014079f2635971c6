"""The 社群 page and tags: Add members takes the customers of a tag (all of them, beyond
those listed), and the live level tags (社群等级) turn on and off, each one undo step."""

from __future__ import annotations

from models.communities import activity, communities, level_tags, members
from models.customers import customer_list, customers
from models.customers.customer_filter import CustomerFilter
from models.tags import tagging
from models.tags.tables import CustomerTag, Tag
from tests.gui.helpers import when_modal
from ui.communities import dialogs
from ui.communities.engagement_undo import record_activity
from ui.sidebar import Sidebar


def _open(window, cid):
    window.sidebar.select(("page", Sidebar.COMMUNITIES))
    page = window.communities_page
    page.refresh()
    page.select(cid)
    return page


def _holders(name):
    tag = Tag.get_or_none(Tag.name == name)
    if tag is None:
        return []
    return sorted(c for (c,) in CustomerTag.select(CustomerTag.customer_id)
                  .where(CustomerTag.tag == tag.id).tuples())  # fmt: skip


def test_add_members_by_tag(qtbot, window, monkeypatch):
    monkeypatch.setattr(dialogs, "SHOWN", 2)  # three tagged: one beyond the list
    ids = [customers.create({"name": n, "tags": ["读书会种子"]}) for n in ("甲一", "甲二", "甲三")]
    cid = communities.create({"name": "读书会"})
    page = _open(window, cid)

    def pick(dialog):
        dialog.tag_box.setCurrentIndex(dialog.tag_box.findData("读书会种子"))
        dialog.tag_box.activated.emit(dialog.tag_box.currentIndex())
        assert dialog.results.count() == 2 and "1 more" in dialog.more.text()
        assert sorted(dialog.chosen()) == ids
        dialog.accept()

    state = when_modal(qtbot, pick)
    page.add_members()
    assert state["done"] and "error" not in state
    assert sorted(m["customer_id"] for m in members.members(cid)) == ids
    window.undo_stack.undo()
    assert members.members(cid) == []
    window.undo_stack.redo()
    assert len(members.members(cid)) == 3


def test_level_tags_on_off_and_undo(qtbot, window):
    a, b = customer_list.matching_ids(CustomerFilter())[:2]
    cid = communities.create({"name": "跑团"})
    members.join(cid, [a, b])
    activity.record(cid, [(a, 10)], "message")
    page = _open(window, cid)
    assert not page.level_tags.isChecked()
    page.level_tags.click()  # on: every member tagged now, in a worker
    assert level_tags.is_on() and page.level_tags.isChecked()
    assert _holders("核心") == [a] and _holders("沉默") == [b]
    # kept in step: 李四 speaks more (recorded as the window does: one undo step)
    stack = window.undo_stack
    record_activity(stack, page._changed, cid, [(b, 50)], "message")
    assert _holders("核心") == [b]
    stack.undo()  # the activity
    assert _holders("核心") == [a]
    stack.undo()  # turning on: tags taken back, off
    assert not level_tags.is_on() and not page.level_tags.isChecked()
    assert _holders("核心") == [] and _holders("沉默") == []
    stack.redo()
    assert level_tags.is_on() and _holders("核心") == [a]
    page.level_tags.click()  # off: the tags stay, no longer followed
    assert not level_tags.is_on()
    tagging.remove_tags([Tag.get(Tag.name == "核心").id], [a])
    record_activity(stack, page._changed, cid, [(a, 10)], "message")
    assert _holders("核心") == []
    stack.undo()  # the activity
    stack.undo()  # turning off: on again, in step
    assert level_tags.is_on() and _holders("核心") == [a]
