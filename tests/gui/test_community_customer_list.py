"""The customer list and communities in the window (issue 25 points 2, 3, 6): the 社群
filter menu (community, role, level, in none) narrows the list and clears, saved views
keep it; a metrics chart's customers open in the list as an id set, shown and clearable."""

from __future__ import annotations

import datetime as dt

import pytest

from models import clock
from models.communities import activity, communities, members
from models.customers import customer_list
from models.customers.customer_filter import CustomerFilter
from models.tags import saved_views
from tests.gui.helpers import type_text


@pytest.fixture
def groups(window):
    clock.set_now(dt.datetime.now().replace(microsecond=0))
    ids = customer_list.matching_ids(CustomerFilter())[:5]
    a, b, c, d, _e = ids
    one = communities.create({"name": "宝妈群测试"})
    two = communities.create({"name": "跑团测试"})
    members.join(one, [a, b, c])
    members.join(two, [c, d], role="backbone")
    activity.record(one, [(a, 30)], "message")  # 宝妈群: a core, b and c silent
    activity.record(two, [(d, 30)], "message")  # 跑团: d core, c silent
    window.refresh_all()
    return ids, one, two


def _item(button, name):
    for row in range(button.list.count()):
        if button.list.item(row).text() == name:
            return button.list.item(row)
    raise AssertionError(name)


def test_community_menu_narrows_clears_and_saves(qtbot, window, groups):
    (a, b, c, d, e), one, two = groups
    page = window.customers_page
    total = page.model.total
    button = page.community_button
    assert button.text() == "Community"
    button.reload()  # what opening the menu does
    assert button.list.count() >= 3  # "Any community" and the two
    type_text(button.search, "跑团")
    shown = [button.list.item(r).text() for r in range(button.list.count())
             if not button.list.item(r).isHidden()]  # fmt: skip
    assert shown == ["Any community", "跑团测试"]
    button.list.itemClicked.emit(_item(button, "跑团测试"))
    assert page.filter.community == two
    assert page.model.matching == 2
    assert button.text() == "Community: 跑团测试"
    chip = page.filter_bar.condition_chips["community"]
    assert page.filter_bar.isVisible() and chip.text().startswith("Community: 跑团测试")
    # the level (in that community), then the role
    button.actions_["level:core"].trigger()
    assert page.model.matching == 1 and page.current_id() is None
    assert customer_list.matching_ids(page.filter) == [d]
    button.actions_["level:core"].trigger()  # core again: still core
    button.actions_["role:backbone"].trigger()
    assert button.actions_["role:backbone"].isChecked()
    assert customer_list.matching_ids(page.filter) == [d]
    assert "Backbone" in button.text() and "Core" in button.text()
    # any community, role member, still core: 张三 of 宝妈群
    button.list.itemClicked.emit(_item(button, "Any community"))
    button.actions_["role:member"].trigger()
    assert page.filter.community == 0 and page.filter.community_role == "member"
    assert customer_list.matching_ids(page.filter) == [a]
    button.actions_["level:silent"].trigger()  # silent members: b and c (c in 宝妈群)
    assert customer_list.matching_ids(page.filter) == [b, c]
    button.actions_["level:core"].trigger()
    # saved views keep the community conditions
    view_id = window.navigation.save_view("核心成员")
    kept = saved_views.get_view(view_id).filter
    assert (kept.community, kept.community_role, kept.community_level) == (0, "member", "core")
    # clearing with the chip restores the whole list
    page.filter_bar.condition_chips["community"].removeRequested.emit()
    assert not page.filter.has_community and page.model.matching == total
    assert button.text() == "Community"
    # in no community
    button.actions_["none:"].trigger()
    assert page.filter.no_community
    assert page.model.matching == total - 4 and e in customer_list.matching_ids(page.filter)
    button.actions_["none:"].trigger()
    assert page.model.matching == total
    # the saved view brings the filter back
    window.navigation.show_view(view_id)
    assert page.filter.community_role == "member" and page.model.matching == 1
    assert "Community:" in " ".join(page.detail.summary.filter_words(page.filter, {}))


def test_metrics_click_opens_the_list_with_those_customers(qtbot, window, groups):
    (a, b, c, d, _e), one, _two = groups
    view = window.navigation.show_community_metrics([one])
    qtbot.waitUntil(lambda: view.metrics is not None and not view.reader.busy(), timeout=20000)
    assert not view.show_in_list_button.isEnabled()
    with qtbot.waitSignal(view.customersPicked) as picked:
        view.charts["levels"].click(0)  # core
    assert picked.args == [[a]]
    view.charts["members"].click(len(view.metrics.trend["labels"]) - 1)
    assert view.picked == sorted([a, b, c])  # in id order
    assert view.show_in_list_button.isEnabled()
    view.show_in_list_button.click()
    page = window.customers_page
    assert window.pages.currentWidget() is page
    assert page.filter.customer_ids == tuple(sorted([a, b, c])) and page.model.matching == 3
    label = page.filter.ids_label
    assert label.startswith("Community 宝妈群测试: Members") and label.endswith("(3)")
    chip = page.filter_bar.condition_chips["ids"]
    assert chip.text().startswith(label)
    # an id set is not kept in a saved view
    view_id = window.navigation.save_view("图表客户")
    assert saved_views.get_view(view_id).filter.customer_ids is None
    page.filter_bar.condition_chips["ids"].removeRequested.emit()
    assert page.filter.customer_ids is None and page.model.matching == page.model.total
    view.close()


def test_card_and_timeline_show_communities_and_events(qtbot, window, groups):
    from models.communities import events, signups

    (a, b, c, d, _e), one, two = groups
    members.leave(two, [c])
    talk = events.create({"title": "育儿讲座", "starts_at": "2026-01-10 14:00"})
    salon = events.create({"title": "亲子沙龙", "starts_at": "2026-02-10 14:00"})
    for event in (talk, salon):
        signups.signup(event, [c])
    signups.checkin(talk, c, dt.datetime(2026, 1, 10, 14, 5))
    page = window.customers_page
    page.set_filter(CustomerFilter())
    assert page.select_customer(c)
    card = page.detail.card
    assert "宝妈群测试 (Member · Silent)" in card.communities.text()
    assert "跑团测试" not in card.communities.text()  # left
    assert not card.events.isHidden()
    assert card.events.text() == "Events: 亲子沙龙 (Signed up), 育儿讲座 (Attended)"
    texts = page.detail.timeline.texts()
    assert any("Joined the community 宝妈群测试" in t for t in texts)
    assert any("Left the community 跑团测试" in t for t in texts)
    assert any("Event 育儿讲座 · Attended" in t and "14:05" in t for t in texts)
    assert any("Event 亲子沙龙 · Signed up" in t for t in texts)
    # a customer with neither: both lines hidden
    page.refresh()
    assert page.select_customer(_e)
    assert card.communities.isHidden() and card.events.isHidden()
