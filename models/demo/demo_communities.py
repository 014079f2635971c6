"""Demo communities (社群) and events (活动), in proportion to the customers: per million
customers 2,000 groups, 300,000 memberships, about 5M activity rows, 5,000 events and
200,000 sign-ups (the scale the issue's benchmarks name). Written in bulk, in one
transaction, from a fixed seed and the customers read in id order: the same database
gives the same data."""

from __future__ import annotations

import datetime as dt
import random
from itertools import islice

from models import clock
from models.communities import summaries
from models.communities.tables import (
    ACTIVITY_KINDS,
    CAME_BY,
    EVENT_KINDS,
    LEVELS,
    Community,
    CommunityActivity,
    CommunityMember,
    Event,
    EventSignup,
)
from models.customers.record import Customer
from models.storage.bulk import indexes_dropped, insert_rows
from models.storage.db import database

THEMES = ("宝妈交流", "会员福利", "新品体验", "烘焙爱好者", "健身打卡", "读书会", "茶友会",
          "亲子活动", "美妆分享", "老客户之家")  # fmt: skip
TITLES = ("新品品鉴会", "会员沙龙", "育儿讲座", "线上问答", "周年庆促销", "烘焙体验课",
          "读书分享会", "健康讲座")  # fmt: skip
DAYS = 730  # two years back
CHUNK = 50_000
# how many of each per customer
PER_CUSTOMER = {"communities": 1 / 500, "memberships": 0.3, "activity": 5, "events": 1 / 200,
                "signups": 0.2}  # fmt: skip
KIND_WEIGHTS = (70, 8, 8, 5, 5, 1, 3)  # ACTIVITY_KINDS: mostly messages
LEVEL_WEIGHTS = (10, 25, 35, 20, 10)


def counts(customers: int) -> dict[str, int]:
    """The demo's targets for `customers` (at least one group and one event)."""
    out = {k: int(customers * v) for k, v in PER_CUSTOMER.items()}
    if customers:
        out["communities"] = max(1, out["communities"])
        out["events"] = max(1, out["events"])
    return out


def _chunks(rows, size: int = CHUNK):
    it = iter(rows)
    while batch := list(islice(it, size)):
        yield batch


def generate_communities(customers: int | None = None, seed: int = 1) -> dict[str, int]:
    """Groups, memberships, activity, events and sign-ups for the live customers (or
    for `customers` of them); returns what was added, by table."""
    rng = random.Random(seed)
    ids = [c for (c,) in Customer.select(Customer.id).where(Customer.deleted_at.is_null())
           .order_by(Customer.id).tuples()]  # fmt: skip
    n = counts(len(ids) if customers is None else min(customers, len(ids)))
    added = dict.fromkeys(("communities", "memberships", "activity", "events", "signups"), 0)
    if not ids or not n["communities"]:
        return added
    now = clock.now().replace(second=0, microsecond=0)
    today = now.date()
    days = [str(today - dt.timedelta(days=d)) for d in range(DAYS, -1, -1)]  # oldest first
    stamp = str(now)
    with database.atomic():
        first_group = _communities(rng, n["communities"], days, stamp)
        groups = list(range(first_group, first_group + n["communities"]))
        spans, by_group = _memberships(rng, ids, groups, n["memberships"], days, stamp)
        added["activity"] = _activity(rng, spans, n["activity"], days, stamp)
        first_event = _events(rng, groups, n["events"], now, stamp)
        events = list(range(first_event, first_event + n["events"]))
        added["signups"] = _signups(rng, events, by_group, ids, n["signups"], now, stamp)
    added.update(communities=n["communities"], memberships=len(spans), events=n["events"])
    return added


def _next_id(model) -> int:
    table = model._meta.table_name
    return (database.execute_sql(f"SELECT MAX(id) FROM {table}").fetchone()[0] or 0) + 1


def _communities(rng, count: int, days: list[str], stamp: str) -> int:
    first = _next_id(Community)
    fields = [Community.id, Community.name, Community.platform, Community.run_by,
              Community.bond, Community.purpose, Community.stage, Community.stage_since,
              Community.capacity, Community.notes, Community.owner_staff, Community.created_at,
              Community.updated_at]  # fmt: skip
    rows = []
    for i in range(count):
        theme = THEMES[i % len(THEMES)]
        platform = "wecom_group" if rng.random() < 0.3 else "wechat_group"
        since = days[rng.randrange(0, len(days) // 2)]
        rows.append((first + i, f"{theme}{i // len(THEMES) + 1}群", platform,
                     rng.choice(("member_org", "fans", "alliance")), rng.choice(("content", "social")),
                     rng.choice(("social", "advocacy", "support", "insight")),
                     rng.choice(("start", "growth", "mature")), since,
                     200 if platform == "wecom_group" else 500, "", "", stamp, stamp))  # fmt: skip
    insert_rows(Community, fields, rows)
    return first


def _memberships(rng, ids, groups, count, days, stamp):
    """(community, customer, first day index, last day index) of each membership made,
    and each group's members."""
    fields = [CommunityMember.community, CommunityMember.customer, CommunityMember.role,
              CommunityMember.joined_on, CommunityMember.left_on, CommunityMember.came_by,
              CommunityMember.level, CommunityMember.level_before, CommunityMember.nickname,
              CommunityMember.love, CommunityMember.created_at]  # fmt: skip
    seen, spans, rows = set(), [], []
    by_group: dict[int, list[int]] = {}
    last = len(days) - 1
    for _ in range(count):
        group = groups[int(len(groups) * rng.random() ** 1.5)]  # some groups are bigger
        customer = ids[rng.randrange(len(ids))]
        if (group, customer) in seen:
            continue
        seen.add((group, customer))
        start = rng.randrange(0, last + 1)
        end = rng.randrange(start, last + 1) if rng.random() < 0.15 else None
        level = rng.choices(LEVELS, LEVEL_WEIGHTS)[0] if end is None else ""
        before = rng.choices(LEVELS, LEVEL_WEIGHTS)[0] if level and rng.random() < 0.7 else ""
        role = "backbone" if rng.random() < 0.05 else "admin" if rng.random() < 0.02 else "member"
        rows.append((group, customer, role, days[start], days[end] if end is not None else None,
                     rng.choice(CAME_BY), level, before, "", 0.0, stamp))  # fmt: skip
        spans.append((group, customer, start, last if end is None else end))
        if end is None:
            by_group.setdefault(group, []).append(customer)
    with summaries.triggers_off(), indexes_dropped(CommunityMember):
        for batch in _chunks(rows):
            insert_rows(CommunityMember, fields, batch)
    return spans, by_group


def _activity(rng, spans, count, days, stamp) -> int:
    """About `count` rows: each membership a share (a few members say most), distinct
    days and kinds within its span."""
    if not spans or count <= 0:
        return 0
    fields = [CommunityActivity.community, CommunityActivity.customer, CommunityActivity.day,
              CommunityActivity.kind, CommunityActivity.count, CommunityActivity.created_at]  # fmt: skip
    mean = count / len(spans)
    added = 0

    def rows():
        nonlocal added
        for group, customer, start, end in spans:
            width = end - start + 1
            wanted = min(int(rng.expovariate(1 / mean)), width * 2)
            picked = set()
            for _ in range(wanted):
                picked.add((rng.randint(start, end), rng.choices(ACTIVITY_KINDS, KIND_WEIGHTS)[0]))
            for day, kind in picked:
                volume = rng.randint(1, 12) if kind == "message" else 1
                added += 1
                yield (group, customer, days[day], kind, volume, stamp)

    with summaries.triggers_off(), indexes_dropped(CommunityActivity):
        for batch in _chunks(rows()):
            insert_rows(CommunityActivity, fields, batch)
    return added


def _events(rng, groups, count, now, stamp) -> int:
    first = _next_id(Event)
    fields = [Event.id, Event.title, Event.mode, Event.kind, Event.community, Event.starts_at,
              Event.place, Event.capacity, Event.cost_cents, Event.incentive, Event.status,
              Event.attribution_days, Event.notes, Event.created_at, Event.updated_at]  # fmt: skip
    rows = []
    for i in range(count):
        at = (now - dt.timedelta(days=rng.randint(-30, DAYS))).replace(
            hour=rng.choice((10, 14, 19)), minute=0)  # fmt: skip
        mode = "online" if rng.random() < 0.4 else "offline"
        status = "ended" if at < now else "open"
        if rng.random() < 0.03:
            status = "cancelled"
        rows.append((first + i, rng.choice(TITLES), mode, rng.choice(EVENT_KINDS),
                     rng.choice(groups) if rng.random() < 0.9 else None, str(at),
                     "线上直播" if mode == "online" else "门店", rng.choice((30, 50, 80, 100)),
                     rng.choice((0, 0, 2000, 5000)), rng.choice(("", "coupon", "points", "gift")),
                     status, 7, "", stamp, stamp))  # fmt: skip
    insert_rows(Event, fields, rows)
    return first


def _signups(rng, events, by_group, ids, count, now, stamp) -> int:
    """Sign-ups, mostly from the event's group's members; past events attended or not."""
    rows_by_event = database.execute_sql(
        f"SELECT id, community, starts_at, status FROM event WHERE id >= {events[0]}"
    ).fetchall()
    fields = [EventSignup.event, EventSignup.customer, EventSignup.status,
              EventSignup.signed_at, EventSignup.walk_in, EventSignup.checked_in_at,
              EventSignup.feedback_score, EventSignup.feedback_comment]  # fmt: skip
    seen, rows = set(), []
    for _ in range(count):
        event, group, starts, status = rows_by_event[rng.randrange(len(rows_by_event))]
        pool = by_group.get(group) or ids
        customer = pool[rng.randrange(len(pool))] if rng.random() < 0.85 else rng.choice(ids)
        if (event, customer) in seen:
            continue
        seen.add((event, customer))
        at = dt.datetime.fromisoformat(str(starts))
        signed = str(at - dt.timedelta(days=rng.randint(1, 14)))
        walk_in, checked, score = False, None, None
        if status == "ended":
            r = rng.random()
            state = "attended" if r < 0.7 else "no_show" if r < 0.95 else "cancelled"
            if state == "attended":
                walk_in = rng.random() < 0.05
                checked = str(at + dt.timedelta(minutes=rng.randint(-20, 30)))
                score = rng.choice((3, 4, 4, 5, 5)) if rng.random() < 0.6 else None
        elif status == "cancelled":
            state = "cancelled"
        else:
            state = "waiting" if rng.random() < 0.05 else "signed"
        rows.append((event, customer, state, signed, walk_in, checked, score, ""))
    for batch in _chunks(rows):
        insert_rows(EventSignup, fields, batch)
    return len(rows)
