"""Community activity and engagement levels (the Orbit model) against a hand-computed
community, on a real database file."""

import datetime as dt

import pytest

from models import clock
from models.communities import activity, engagement
from models.communities.tables import Community, CommunityActivity, CommunityMember
from models.customers import customers
from models.errors import ValidationError
from models.storage import audit
from models.storage.audit import AuditEntry

T = dt.date(2026, 12, 1)
NOW = dt.datetime(2026, 12, 1, 10, 0)


def ago(days):
    return T - dt.timedelta(days=days)


def community(name="读书会 1群"):
    return Community.create(name=name, platform="wechat_group", created_at=NOW,
                            updated_at=NOW).id  # fmt: skip


def member(community_id, name, joined=dt.date(2026, 1, 1), left=None):
    cid = customers.create({"name": name})
    CommunityMember.create(community=community_id, customer=cid, joined_on=joined,
                           left_on=left, created_at=NOW)  # fmt: skip
    return cid


def add(community_id, customer, kind, days_ago, count=1):
    CommunityActivity.create(community=community_id, customer=customer, day=ago(days_ago),
                             kind=kind, count=count, created_at=NOW)  # fmt: skip


@pytest.fixture
def now(db):
    clock.set_now(NOW)
    return NOW


@pytest.fixture
def example(now):
    """Twelve members with activity worked out by hand (see the docstring's rule):

    love now (as of T, ages 0-89, half-life 30 days)       love a month ago (T-30)
    A organise today 8 + 10 messages today + post at 30 days: 8 + 10 + 1.5 = 19.5 | 3
    B 2 posts today: 6                                                            | -
    C attend at 30 days 2.5 + 3 messages today: 5.5                               | 5
    D 5 messages today: 5                                                         | -
    E invite at 30 days: 2                                                        | 4
    F answer today: 2                                                             | -
    G 4 messages at 60 days: 1                                                    | 2
    H, I a message today: 1 each                                                  | -
    J purchase today: 6                                                           | -
    K a message at 89 days: 0.5 ** (89 / 30) = 0.128 (watcher)                    | 0.256
    L a purchase at 90 days: outside the window (silent)                          | 1.5
    """
    c = community()
    ids = {n: member(c, n) for n in "ABCDEFGHIJKL"}
    for name, kind, days, count in [
        ("A", "organise", 0, 1), ("A", "message", 0, 10), ("A", "post", 30, 1),
        ("B", "post", 0, 2), ("C", "attend", 30, 1), ("C", "message", 0, 3),
        ("D", "message", 0, 5), ("E", "invite", 30, 1), ("F", "answer", 0, 1),
        ("G", "message", 60, 4), ("H", "message", 0, 1), ("I", "message", 0, 1),
        ("J", "purchase", 0, 1), ("K", "message", 89, 1), ("L", "purchase", 90, 1),
    ]:  # fmt: skip
        add(c, ids[name], kind, days, count)
    other = community("别的群")
    outsider = member(other, "M")
    add(other, outsider, "organise", 0, 3)
    return c, ids


def state(c):
    return {m.customer.name: (m.love, m.level, m.level_before) for m in
            CommunityMember.select().where(CommunityMember.community == c)}  # fmt: skip


def test_hand_computed_levels_love_and_trend(example):
    c, ids = example
    result = engagement.recompute()
    assert result.communities == 2 and result.members == 13
    # ranked now (love >= 1): A 19.5, B 6, J 6, C 5.5, D 5, E 2, F 2, G 1, H 1, I 1: n = 10,
    # core: rank < ceil(1) = 1, active: rank < ceil(3.5) = 4 (B and J tie at rank 1).
    # a month ago ranked: C 5, E 4, A 3, G 2, L 1.5: n = 5, core rank < 1, active rank < 2.
    assert state(c) == {
        "A": (19.5, "core", "participant"),
        "B": (6.0, "active", "silent"),
        "J": (6.0, "active", "silent"),
        "C": (5.5, "active", "core"),
        "D": (5.0, "participant", "silent"),
        "E": (2.0, "participant", "active"),
        "F": (2.0, "participant", "silent"),
        "G": (1.0, "participant", "participant"),
        "H": (1.0, "participant", "silent"),
        "I": (1.0, "participant", "silent"),
        "K": (0.128, "watcher", "watcher"),
        "L": (0.0, "silent", "participant"),
    }
    up = {ids[n] for n in "ABDFHIJ"}
    assert set(engagement.customers_trending(c, "up")) == up
    assert set(engagement.customers_trending(c, "down")) == {ids[n] for n in "CEL"}
    assert engagement.customers_at_level(c, "core") == [ids["A"]]
    assert engagement.customers_at_level(c, "silent") == [ids["L"]]
    counts = engagement.level_counts([c])[c]
    assert counts == {"core": 1, "active": 3, "participant": 6, "watcher": 1, "silent": 1,
                      "up": 7, "down": 3, "members": 12}  # fmt: skip
    # the other community's only member is its core; filters across communities
    assert engagement.customers_at_level(None, "core") == sorted([ids["A"], ids["A"] + 12])


def test_decay_halves_every_thirty_days(now):
    c = community()
    a = member(c, "甲")
    for days, expected in ((0, 8.0), (30, 4.0), (45, round(8 * 0.5**1.5, 3)), (60, 2.0),
                           (89, round(8 * 0.5 ** (89 / 30), 3)), (90, 0.0)):  # fmt: skip
        CommunityActivity.delete().execute()
        add(c, a, "organise", days)
        engagement.recompute([c])
        assert CommunityMember.get(CommunityMember.customer == a).love == expected, days


def test_levels_rule_edges():
    assert engagement.levels({}, set()) == {}
    assert engagement.levels({1: 1.0}, {1}) == {1: "core"}  # one ranked member: the core
    assert engagement.levels({1: 0.99, 2: 0.0}, {1, 2}) == {1: "watcher", 2: "watcher"}
    # 20 ranked: 2 core, 5 active (ceil(7)=7), 13 participant
    got = engagement.levels({i: 100 - i for i in range(20)}, set(range(20)))
    assert [got[i] for i in range(20)].count("core") == 2
    assert [got[i] for i in range(20)].count("active") == 5
    assert engagement.trend("core", "active") == "up"
    assert engagement.trend("silent", "watcher") == "down"
    assert engagement.trend("active", "") == ""


def test_weights_change_recomputes_and_is_audited(example):
    c, ids = example
    engagement.recompute()
    engagement.set_weights({"purchase": "20", "organise": 0})
    assert engagement.weights()["purchase"] == 20 and engagement.weights()["organise"] == 0
    s = state(c)
    assert s["J"][:2] == (20.0, "core") and s["A"][0] == 11.5
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert (entry.action, entry.target) == ("settings", "setting")
    assert "weight.purchase: 6 → 20" in entry.detail
    for bad in ({"purchase": -1}, {"purchase": "abc"}, {"purchase": "nan"},
                {"nonsense": 1}, {"post": 1001}):  # fmt: skip
        with pytest.raises(ValidationError) as err:
            engagement.set_weights(bad)
        assert err.value.code in ("weight_invalid", "activity_kind_invalid")
    assert engagement.weights()["purchase"] == 20


def test_incremental_recompute_matches_full(example):
    c, ids = example
    engagement.recompute()
    full = state(c)
    CommunityMember.update(level="", level_before="", love=0).execute()
    assert engagement.recompute([c]).members == 12
    assert state(c) == full
    other = Community.get(Community.name == "别的群").id
    assert CommunityMember.get(CommunityMember.community == other).level == ""  # untouched
    # an activity write recomputes its community only
    activity.record(c, [(ids["L"], 30)], "message")
    assert state(c)["L"][:2] == (30.0, "core")
    assert CommunityMember.get(CommunityMember.community == other).level == ""


def test_record_adds_to_the_days_count_and_audits(example):
    c, ids = example
    done = activity.record(c, [(ids["D"], 2), (ids["L"], 1), (ids["L"], 2)], "发言")
    assert (done.kind, done.day, done.added, done.updated, done.count) == ("message", T, 1, 1, 5)
    rows = {(r.customer_id, r.kind): r.count for r in
            CommunityActivity.select().where(CommunityActivity.day == T)}  # fmt: skip
    assert rows[(ids["D"], "message")] == 7 and rows[(ids["L"], "message")] == 3
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert (entry.action, entry.target, entry.target_id, entry.count) == (
        "activity",
        "community",
        c,
        2,
    )
    assert "kind: message" in entry.detail and "D" in entry.detail


def test_bad_input_writes_nothing(example):
    c, ids = example
    left = member(c, "走了", joined=dt.date(2026, 1, 1), left=dt.date(2026, 11, 1))
    late = member(c, "新人", joined=T)
    binned = ids["H"]
    customers.move_to_bin([binned])
    before = list(CommunityActivity.select().dicts())
    entries_before = AuditEntry.select().count()
    cases = [
        (dict(entries=[(ids["A"], 1)], kind="dance"), "activity_kind_invalid"),
        (dict(entries=[(ids["A"], 0)]), "activity_count_invalid"),
        (dict(entries=[(ids["A"], -3)]), "activity_count_invalid"),
        (dict(entries=[(ids["A"], 1)], day=T + dt.timedelta(days=1)), "activity_day_future"),
        (dict(entries=[]), "activity_no_customers"),
        (dict(entries=[(ids["A"], 1), (99999, 1)]), "activity_customer_missing"),
        (dict(entries=[(ids["A"], 1), (binned, 1)]), "activity_customer_deleted"),
        (dict(entries=[(ids["A"], 1), (left, 1)]), "activity_not_member"),
        (dict(entries=[(late, 1)], day=ago(1)), "activity_not_member"),
    ]
    for kwargs, code in cases:
        with pytest.raises(ValidationError) as err:
            activity.record(c, **kwargs)
        assert err.value.code == code, kwargs
    with pytest.raises(ValidationError) as err:
        activity.record(999, [(ids["A"], 1)])
    assert err.value.code == "community_not_found"
    # the day they left is still theirs; the day they joined too
    activity.record(c, [(left, 1)], day=dt.date(2026, 11, 1), recompute_levels=False)
    activity.record(c, [(late, 1)], day=T, recompute_levels=False)
    assert len(list(CommunityActivity.select().dicts())) == len(before) + 2
    assert AuditEntry.select().count() == entries_before + 2


def test_audit_failure_leaves_nothing(example, monkeypatch):
    c, ids = example
    before = list(CommunityActivity.select().dicts())

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(audit, "record", broken)
    with pytest.raises(RuntimeError):
        activity.record(c, [(ids["A"], 4), (ids["L"], 1)], "post")
    assert list(CommunityActivity.select().dicts()) == before
    assert CommunityMember.get(CommunityMember.customer == ids["L"]).level == ""


def test_undo_redo_of_an_activity_write(example):
    c, ids = example
    engagement.recompute()
    start = state(c)
    rows_before = list(CommunityActivity.select().order_by(CommunityActivity.id).dicts())
    with activity.recording(c, [ids["D"], ids["L"]], "message") as changes:
        activity.record(c, [(ids["D"], 2), (ids["L"], 40)], "message")
    after = state(c)
    rows_after = list(CommunityActivity.select().order_by(CommunityActivity.id).dicts())
    assert after["L"][1] == "core" and len(rows_after) == len(rows_before) + 1
    assert activity.customer_ids(changes) == [ids["D"], ids["L"]]
    activity.write(changes, False)
    assert list(CommunityActivity.select().order_by(CommunityActivity.id).dicts()) == rows_before
    assert state(c) == start
    activity.write(changes, True)
    assert list(CommunityActivity.select().order_by(CommunityActivity.id).dicts()) == rows_after
    assert state(c) == after
    assert "kind: message" in activity.describe(changes)
    # changed elsewhere since: undo refuses, nothing written
    activity.record(c, [(ids["D"], 1)], "message")
    with pytest.raises(ValidationError) as err:
        activity.write(changes, False)
    assert err.value.code == "undo_conflict"


def test_both_ways_of_computing_love_agree(example):
    c, ids = example
    assert engagement.has_pow()  # this build: the decay in the query
    with_pow = engagement._loves(T, None, use_pow=True)
    looked_up = engagement._loves(T, None, use_pow=False)
    assert with_pow == looked_up and with_pow[(c, ids["A"])] == (19.5, 3.0, True, True)
    assert engagement._loves(T, [c], use_pow=False) == {
        k: v for k, v in with_pow.items() if k[0] == c
    }
    # the usual way: the window's days outermost, their factors as the lookup's
    assert engagement._loves(T, None) == with_pow
    assert engagement._loves(T, [c]) == engagement._loves(T, [c], use_pow=True)
