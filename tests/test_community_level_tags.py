"""Live tags by engagement level (社群等级): on, in step after each recompute, the best
level over a customer's communities, undoable, audited (a real database file)."""

import datetime as dt

import pytest

from models import clock
from models.communities import activity, communities, engagement, level_tags, members
from models.customers import customers
from models.storage.audit import AuditEntry
from models.tags import tagging
from models.tags.tables import CustomerTag, Tag


@pytest.fixture
def club(db):
    clock.set_now(dt.datetime(2026, 6, 15, 10, 0))
    ids = [customers.create({"name": n}) for n in ("张三", "李四", "王五")]
    one = communities.create({"name": "宝妈群"})
    two = communities.create({"name": "跑团"})
    members.join(one, ids)
    members.join(two, [ids[2]])
    return ids, one, two


def tagged() -> dict[str, list[int]]:
    out = {}
    for name in level_tags.LEVEL_TAGS.values():
        tag = Tag.get_or_none(Tag.name == name)
        if tag is not None:
            ids = sorted(c for (c,) in CustomerTag.select(CustomerTag.customer_id)
                         .where(CustomerTag.tag == tag.id).tuples())  # fmt: skip
            if ids:
                out[name] = ids
    return out


def test_apply_gives_the_best_level_and_follows_recomputes(club):
    (a, b, c), one, two = club
    activity.record(one, [(a, 20)], "message")
    activity.record(two, [(c, 20)], "message")  # 王五: silent in 宝妈群, core in 跑团
    assert not level_tags.is_on()
    assert tagged() == {}  # nothing before it is turned on
    change = level_tags.apply_as_tags()
    assert level_tags.is_on()
    assert tagged() == {"核心": [a, c], "沉默": [b]}
    assert sum(len(v) for v in change.added.values()) == 3
    entries = [e.action for e in AuditEntry.select().order_by(AuditEntry.id)][-2:]
    assert entries == ["settings", "tag"]
    # a recompute (activity recorded) moves the tags with the levels
    activity.record(one, [(b, 50)], "message")
    assert tagged() == {"核心": [b, c], "参与": [a]}
    # leaving the group where 王五 was core: the best level left is silent
    members.leave(two, [c])
    engagement.recompute([two])
    assert tagged() == {"核心": [b], "参与": [a], "沉默": [c]}
    # leaving every community: the level tag goes at the next recompute
    members.leave(one, [c])
    engagement.recompute([one])
    assert tagged() == {"核心": [b], "参与": [a]}
    # the window's undo of the apply: the inverse change
    tagging.apply(change.inverse())


def test_undo_of_apply_and_off(club):
    (a, _b, _c), one, _two = club
    activity.record(one, [(a, 5)], "message")
    change = level_tags.apply_as_tags()
    tagging.apply(change.inverse())
    level_tags.set_on(False)
    assert tagged() == {}
    activity.record(one, [(a, 5)], "message")  # off: recomputes leave the tags alone
    assert tagged() == {}


def test_binned_customers_are_left_alone(club):
    (a, b, _c), one, _two = club
    activity.record(one, [(a, 5)], "message")
    level_tags.apply_as_tags()
    customers.move_to_bin([b])
    engagement.recompute()
    assert b in tagged()["沉默"]
