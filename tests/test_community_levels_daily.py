"""The day's recompute of every community's engagement levels (levels age as activity
decays): due once a day, remembered in the database, done once per day whoever asks
(the window or `communities levels --recompute --if-due`)."""

import datetime as dt

from models import clock
from models.communities import engagement
from models.communities.tables import Community, CommunityActivity, CommunityMember
from models.customers import customers
from tests.test_cli import guanjia, lines

T = dt.date(2026, 12, 1)
NOW = dt.datetime(2026, 12, 1, 10, 0)


def setup_community():
    """One community: 甲 posted 29 days ago (love 3 x 0.5^(29/30) = 1.535: ranked, core),
    乙 nothing. A day later 甲's post is 30 days old: 1.5, still core; 70 days later the
    post is out of the window: 甲 silent."""
    cid = Community.create(name="读书会", platform="wechat_group", created_at=NOW,
                           updated_at=NOW).id  # fmt: skip
    ids = [customers.create({"name": n}) for n in ("甲", "乙")]
    for customer in ids:
        CommunityMember.create(community=cid, customer=customer, joined_on=dt.date(2026, 1, 1),
                               created_at=NOW)  # fmt: skip
    CommunityActivity.create(community=cid, customer=ids[0], day=T - dt.timedelta(days=29),
                             kind="post", count=1, created_at=NOW)  # fmt: skip
    return cid, ids


def level(customer):
    return CommunityMember.get(CommunityMember.customer == customer).level


def test_due_once_a_day_and_levels_age(db):
    clock.set_now(NOW)
    cid, (a, b) = setup_community()
    assert engagement.levels_due()
    done = engagement.recompute_if_due()
    assert (done.communities, done.members) == (1, 2)
    assert (level(a), level(b)) == ("core", "silent")
    assert not engagement.levels_due()
    assert engagement.recompute_if_due() is None  # not due: nothing done
    # the next day it is due again; 70 days on, the post has aged out of the window
    assert engagement.levels_due(T + dt.timedelta(days=1))
    clock.set_now(NOW + dt.timedelta(days=70))
    assert engagement.recompute_if_due().changed == 1
    assert level(a) == "silent"
    assert engagement.recompute_if_due() is None


def test_due_again_when_the_day_kept_is_unreadable(db):
    from models.storage import preferences

    clock.set_now(NOW)
    preferences.put(engagement.LEVELS_DAY_KEY, ["not", "a", "day"])
    assert engagement.levels_due()
    assert engagement.recompute_if_due() is not None
    assert preferences.get(engagement.LEVELS_DAY_KEY) == "2026-12-01"


def test_cli_if_due(tmp_path):
    from models.schema.opening import open_database
    from models.storage.db import close_database

    db_path = tmp_path / "levels.db"
    open_database(db_path)
    try:
        setup_community()
    finally:
        close_database()
    env = {"GUANJIA_NOW": "2026-12-01T10:00"}
    r = guanjia("communities", "levels", "--recompute", "--if-due", "--json", db=db_path, env=env)
    assert r.returncode == 0, r.stderr
    assert lines(r) == [{"community_id": 1, "name": "读书会", "members": 2, "core": 1,
                         "active": 0, "participant": 0, "watcher": 0, "silent": 1, "up": 1,
                         "down": 0, "recomputed": True}]  # fmt: skip
    r = guanjia("communities", "levels", "--recompute", "--if-due", "--json", db=db_path, env=env)
    assert [row["recomputed"] for row in lines(r)] == [False]
    r = guanjia("communities", "levels", "--recompute", "--if-due", db=db_path, env=env)
    assert r.returncode == 0 and "already recomputed today" in r.stdout
    env = {"GUANJIA_NOW": "2026-12-02T08:00"}
    r = guanjia("communities", "levels", "--recompute", "--if-due", db=db_path, env=env)
    assert r.returncode == 0 and "levels recomputed for today" in r.stdout
    r = guanjia("communities", "levels", "--if-due", db=db_path, env=env)
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "--recompute" in r.stderr
