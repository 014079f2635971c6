"""Community metrics and engagement levels against straightforward Python counting of
the raw rows, on randomised small databases: whatever plan the queries take (indexes,
one pass for the figures and the trend), the definitions stay the same."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from models import clock
from models.communities import engagement
from models.communities.tables import ACTIVITY_KINDS, LEVELS, Community, CommunityMember
from models.customers import customers
from models.insights import community_metrics as cm
from models.storage.db import database

D = dt.date
TODAY = D(2026, 11, 20)
NOW = dt.datetime(2026, 11, 20, 18, 0)
FIRST = D(2026, 1, 1)


def _build(seed: int) -> dict:
    rng = random.Random(seed)
    clock.set_now(NOW)
    groups = [
        Community.create(name=f"群{i}", platform="wechat_group", created_at=NOW, updated_at=NOW).id
        for i in range(4)
    ]
    people = [customers.create({"name": f"客户{i}"}) for i in range(30)]
    span = (TODAY - FIRST).days
    periods, activity = [], {}
    for group in groups:
        for person in rng.sample(people, 15):
            start = FIRST + dt.timedelta(days=rng.randrange(span))
            left = None
            if rng.random() < 0.4:
                left = start + dt.timedelta(days=rng.randrange(1, 120))
                left = left if left <= TODAY else None
            periods.append((group, person, start, left))
            if left and rng.random() < 0.5 and left < TODAY:  # rejoins later
                again = left + dt.timedelta(days=rng.randrange(0, 30))
                if again <= TODAY:
                    periods.append((group, person, again, None))
            for _ in range(rng.randrange(0, 25)):
                day = FIRST + dt.timedelta(days=rng.randrange(span + 1))
                kind = "message" if rng.random() < 0.6 else rng.choice(ACTIVITY_KINDS)
                key = (group, person, day, kind)
                activity[key] = activity.get(key, 0) + rng.randint(1, 9)
    for group, person, start, left in periods:
        level = rng.choice((*LEVELS, "")) if left is None else ""
        before = rng.choice((*LEVELS, "")) if level else ""
        CommunityMember.create(community=group, customer=person, joined_on=start,
                               left_on=left, level=level, level_before=before,
                               created_at=NOW)  # fmt: skip
    database.cursor().executemany(
        "INSERT INTO community_activity (community_id, customer_id, day, kind, count,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?)",
        [(g, p, str(d), k, n, str(NOW)) for (g, p, d, k), n in activity.items()],
    )
    binned = rng.sample(people, 3)
    customers.move_to_bin(binned)
    return {"groups": groups, "periods": periods, "activity": activity, "binned": set(binned)}


def _member_on(data, scope, day) -> set:
    return {p for g, p, start, left in data["periods"]
            if g in scope and start <= day and (left is None or left > day)
            and p not in data["binned"]}  # fmt: skip


def _expected(data, scope, start, end) -> dict:
    members = _member_on(data, scope, end)
    rows = [(p, k, n) for (g, p, d, k), n in data["activity"].items()
            if g in scope and start <= d <= end and p in members]  # fmt: skip
    changed = {which: {p for g, p, s, left in data["periods"]
                       if g in scope and p not in data["binned"]
                       and (d := (s if which == "joined" else left)) and start <= d <= end}
               for which in ("joined", "left")}  # fmt: skip
    return {
        "members": len(members),
        "joined": len(changed["joined"]),
        "left": len(changed["left"]),
        "active": len({p for p, _k, _n in rows}),
        "speakers": len({p for p, k, _n in rows if k == "message"}),
        "interacting": len({p for p, k, _n in rows if k != "message"}),
        "messages_recorded": sum(n for _p, k, n in rows if k == "message"),
    }


def _expected_trend(data, scope, start, end, step) -> dict:
    out = {"members": [], "joined": [], "left": [], "active": []}
    for _label, first, last in cm.buckets(start, end, step):
        e = _expected(data, scope, first, last)
        for key in out:
            out[key].append(e[key])
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_metrics_agree_with_counting_the_rows(db, seed):
    data = _build(seed)
    groups = data["groups"]
    periods = [(D(2026, 1, 1), TODAY), (D(2026, 3, 15), D(2026, 8, 9)),
               (D(2026, 11, 2), D(2026, 11, 8)), (D(2026, 6, 30), D(2026, 7, 1))]  # fmt: skip
    for scope_ids in ([], [groups[0]], groups[1:3]):
        scope = set(scope_ids or groups)
        for start, end in periods:
            m = cm.compute(scope_ids, start, end)
            want = _expected(data, scope, start, end)
            got = {key: getattr(m, key) for key in want}
            assert got == want, (scope_ids, start, end)
            for step in ("week", "month"):
                t = cm.trend(scope_ids, start, end, step)
                wanted = _expected_trend(data, scope, start, end, step)
                assert {k: t[k] for k in wanted} == wanted, (scope_ids, start, end, step)
            assert m.trend["active"] == cm.trend(scope_ids, start, end, m.trend["step"])["active"]
            assert cm.active_ids(scope_ids, start, end) == sorted(
                {p for (g, p, d, _k) in data["activity"]
                 if g in scope and start <= d <= end} & _member_on(data, scope, end))  # fmt: skip


def _expected_levels(data, as_of) -> dict:
    w = engagement.weights()
    loves, active = {}, set()
    for (g, p, d, k), n in data["activity"].items():
        for shift, key in ((0, "now"), (engagement.TREND_DAYS, "before")):
            age = (as_of - d).days - shift
            if 0 <= age < engagement.WINDOW_DAYS:
                loves[(g, p, key)] = loves.get((g, p, key), 0) + w[k] * n * 0.5 ** (
                    age / engagement.HALF_LIFE_DAYS
                )
                active.add((g, p, key))
    out = {}
    for group in data["groups"]:
        open_members = {p for g, p, _s, left in data["periods"]
                        if g == group and left is None and p not in data["binned"]}  # fmt: skip
        levels = {}
        for key in ("now", "before"):
            love = {p: round(loves.get((group, p, key), 0), 3) for p in open_members}
            levels[key] = engagement.levels(love, {p for p in open_members
                                                   if (group, p, key) in active})  # fmt: skip
        for p in open_members:
            out[(group, p)] = (levels["now"][p], levels["before"][p])
    return out


@pytest.mark.parametrize("seed", [4, 5])
def test_engagement_agrees_with_counting_the_rows(db, seed):
    data = _build(seed)
    engagement.recompute()
    got = {(r.community_id, r.customer_id): (r.level, r.level_before)
           for r in CommunityMember.select().where(CommunityMember.left_on.is_null())
           if r.customer_id not in data["binned"]}  # fmt: skip
    assert got == _expected_levels(data, TODAY)
    one = data["groups"][1]
    engagement.recompute([one])  # one community alone: the same levels
    again = {(r.community_id, r.customer_id): (r.level, r.level_before)
             for r in CommunityMember.select().where(CommunityMember.left_on.is_null())
             if r.customer_id not in data["binned"]}  # fmt: skip
    assert again == got
