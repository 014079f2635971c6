"""Engagement levels of community members (the Orbit model): 核心 core, 活跃 active,
参与 participant, 观望 watcher, 沉默 silent.

The rule, as of a day T (today unless given):

1. Each activity kind has a weight (the business can change them; `DEFAULT_WEIGHTS`).
2. A member's love is the sum, over their activity rows in this community whose day lies
   in the window (T - 89 .. T, `WINDOW_DAYS` = 90 days), of
   weight(kind) x count x 0.5 ** (age / HALF_LIFE_DAYS), age = (T - day) in days:
   today's activity counts fully, activity 30 days old half, 60 days old a quarter.
   Love is rounded to 3 decimals (ties are ties).
3. Members ranked are those of an open period (not left) whose customer is not in the
   recycle bin, with love >= WATCH_BELOW (1.0). With n of them, a member's rank r is the
   number of ranked members with strictly more love (equal love, equal level):
   r < ceil(10 % of n): core; r < ceil(35 % of n): active; otherwise participant.
4. The other members: love < WATCH_BELOW but some activity in the window: watcher;
   no activity in the window: silent.

The trend: `level_before` is the level by the same rule as of T - 30 days (the same
members, activity up to that day), recomputed each time; a level above it is trending
up, below it down. Levels are kept on CommunityMember (level, love, level_before) of
open periods, written only where they changed; left periods keep their last level.

Recomputing: one grouped query sums each member's decayed, weighted activity in SQL
(the window's 120 days outermost, each with its decay factors from a VALUES list, so no
date parsing or pow per activity row; SQLite's pow per row and a temporary table of the
factors remain as the other two ways, kept equal by a test), then levels are ranked in
Python per community and the changed ones written with one executemany, all in one
transaction.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass

from models import clock
from models.communities import level_tags
from models.communities.live import BINNED_IDS, not_binned, not_binned_where
from models.communities.tables import ACTIVITY_KINDS, LEVELS, Community, CommunityMember
from models.errors import ValidationError
from models.storage import audit, preferences
from models.storage.db import database, writable

WINDOW_DAYS = 90  # activity older than this no longer counts
HALF_LIFE_DAYS = 30  # activity loses half its weight every month
TREND_DAYS = 30  # level_before: the level a month ago
WATCH_BELOW = 1.0  # less love than one message today: not ranked (watcher)
CORE_SHARE = 0.10  # the top 10 % of ranked members
ACTIVE_SHARE = 0.35  # the next 25 % (down to 35 %)
WEIGHT_MAX = 1000
WEIGHTS_KEY = "community_activity_weights"

# message, post, attend, organise from DOMAIN.md; answer 2 (more than a message: it
# helps someone, less than a post), invite 4 (brings a member: the 裂变 the seeds
# reward), purchase 6 (business from the community: above attending, below organising).
DEFAULT_WEIGHTS = {"message": 1, "post": 3, "answer": 2, "invite": 4, "attend": 5,
                   "organise": 8, "purchase": 6}  # fmt: skip
LEVEL_ORDER = {level: len(LEVELS) - i for i, level in enumerate(LEVELS)}  # core 5 .. silent 1


# ---------------------------------------------------------------- weights


def weights() -> dict[str, float]:
    """The weights in force (every kind; unset or bad values fall back to the default)."""
    stored = preferences.get(WEIGHTS_KEY, {}) or {}
    out = dict(DEFAULT_WEIGHTS)
    if isinstance(stored, dict):
        for kind, value in stored.items():
            if kind in out and isinstance(value, int | float) and 0 <= value <= WEIGHT_MAX:
                out[kind] = value
    return out


def check_weights(values: dict) -> dict[str, float]:
    """`values` (kind: number or text) as numbers; ValidationError "weight_invalid" for a
    kind unknown or a value not a number from 0 to WEIGHT_MAX."""
    out = weights()
    for kind, value in values.items():
        if kind not in ACTIVITY_KINDS:
            raise ValidationError("kind", "activity_kind_invalid", f"unknown kind {kind!r}",
                                  text=str(kind))  # fmt: skip
        try:
            number = float(str(value).strip())
        except ValueError:
            number = math.nan
        if not (0 <= number <= WEIGHT_MAX):  # also refuses nan
            raise ValidationError(kind, "weight_invalid",
                                  f"weight of {kind}: a number from 0 to {WEIGHT_MAX}",
                                  kind=kind, limit=WEIGHT_MAX)  # fmt: skip
        out[kind] = int(number) if number == int(number) else number
    return out


def set_weights(values: dict, action: str = "settings") -> dict[str, float]:
    """Store new weights and recompute every level, with the audit entry (`action`:
    settings, or undo/redo from the window) in one transaction."""
    new = check_weights(values)
    with database.atomic():
        old = weights()
        preferences.put(WEIGHTS_KEY, new)
        audit.record(action, "setting", detail=audit.changes(
            {f"weight.{k}": v for k, v in old.items()},
            {f"weight.{k}": v for k, v in new.items()}) or "weights")  # fmt: skip
        recompute()
    return new


# ---------------------------------------------------------------- the rule


def level_for(rank: int, ranked: int) -> str:
    """The level of the member with `rank` members above them among `ranked`."""
    if rank < math.ceil(CORE_SHARE * ranked):
        return "core"
    if rank < math.ceil(ACTIVE_SHARE * ranked):
        return "active"
    return "participant"


def levels(loves: dict, active: set) -> dict:
    """Each member's level from their love (`loves`: key -> love) and whether they had
    any activity in the window (`active`: the keys that had)."""
    ranked = sorted((love for love in loves.values() if love >= WATCH_BELOW), reverse=True)
    above = {}  # love -> how many have more
    for i, love in enumerate(ranked):
        above.setdefault(love, i)
    out = {}
    for key, love in loves.items():
        if love >= WATCH_BELOW:
            out[key] = level_for(above[love], len(ranked))
        else:
            out[key] = "watcher" if key in active else "silent"
    return out


def trend(level: str, before: str) -> str:
    """The trend: "up", "down" or "" (same, or either unknown)."""
    if not level or not before or level == before:
        return ""
    return "up" if LEVEL_ORDER.get(level, 0) > LEVEL_ORDER.get(before, 0) else "down"


# ---------------------------------------------------------------- recomputing


@dataclass
class Recomputed:
    communities: int
    members: int
    changed: int


_DECAY_TABLE = ("CREATE TEMP TABLE IF NOT EXISTS engagement_decay (day DATE PRIMARY KEY,"
                " now_factor REAL, before_factor REAL, in_now INTEGER, in_before INTEGER)")  # fmt: skip


def _decay_rows(as_of: dt.date) -> list[tuple]:
    rows = []
    for age in range(WINDOW_DAYS + TREND_DAYS):
        day = as_of - dt.timedelta(days=age)
        before_age = age - TREND_DAYS
        in_now, in_before = age < WINDOW_DAYS, 0 <= before_age < WINDOW_DAYS
        rows.append((day.isoformat(), 0.5 ** (age / HALF_LIFE_DAYS) if in_now else 0.0,
                     0.5 ** (before_age / HALF_LIFE_DAYS) if in_before else 0.0,
                     int(in_now), int(in_before)))  # fmt: skip
    return rows


def has_pow() -> bool:
    """Whether this SQLite has its math functions (pow): the decay is then computed in
    the query itself (about twice as fast as looking each day's factor up)."""
    try:
        database.execute_sql("SELECT pow(0.5, 2)")
    except Exception:  # OperationalError: no such function
        return False
    return True


def _loves(as_of: dt.date, community_ids: list[int] | None, use_pow=None) -> dict[tuple, tuple]:
    """(community, customer) -> (love now, love a month ago, any now, any before)."""
    w = weights()
    # the weights are validated numbers: written into the query as literals
    weight = "CASE a.kind " + " ".join(f"WHEN '{k}' THEN {float(v)!r}" for k, v in w.items())
    weight += " ELSE 0 END"
    first = (as_of - dt.timedelta(days=WINDOW_DAYS + TREND_DAYS - 1)).isoformat()
    where = "a.day >= ? AND a.day <= ?"
    where_params = [first, as_of.isoformat()]
    if community_ids is not None:
        where += f" AND a.community_id IN ({','.join('?' * len(community_ids))})"
        where_params += list(community_ids)
    # Covering indexes (schema step 19), no table row read: all communities, the days
    # of the window (day first); some, their (community, day) range.
    source = ("community_activity a INDEXED BY community_activity_days" if community_ids is None
              else "community_activity a INDEXED BY community_activity_scope")  # fmt: skip
    if use_pow is None:  # the usual way: the window's days outermost
        cursor = _by_day(as_of, weight, source, where, where_params)
    elif use_pow:
        age, trend, half = "(julianday(?) - julianday(a.day))", TREND_DAYS, float(HALF_LIFE_DAYS)
        sql = (f"SELECT community_id, customer_id,"
               f" SUM(CASE WHEN age < {WINDOW_DAYS} THEN wc * pow(0.5, age / {half}) ELSE 0 END),"
               f" SUM(CASE WHEN age >= {trend} THEN wc * pow(0.5, (age - {trend}) / {half})"
               f" ELSE 0 END), MAX(age < {WINDOW_DAYS}), MAX(age >= {trend})"
               f" FROM (SELECT a.community_id, a.customer_id, a.count * ({weight}) AS wc,"
               f" {age} AS age FROM {source} WHERE {where}) GROUP BY 1, 2")  # fmt: skip
        cursor = database.execute_sql(sql, [as_of.isoformat(), *where_params])
    else:
        database.execute_sql(_DECAY_TABLE)
        database.execute_sql("DELETE FROM engagement_decay")
        database.cursor().executemany("INSERT INTO engagement_decay VALUES (?, ?, ?, ?, ?)",
                                      _decay_rows(as_of))  # fmt: skip
        # CROSS JOIN keeps the activity table outermost (one pass over the range), the
        # decay looked up by its primary key (a DATE column like a.day: the same
        # affinity, else SQLite cannot use it).
        sql = (f"SELECT a.community_id, a.customer_id, SUM(a.count * ({weight}) * d.now_factor),"
               f" SUM(a.count * ({weight}) * d.before_factor), MAX(d.in_now), MAX(d.in_before)"
               f" FROM {source} CROSS JOIN engagement_decay d ON d.day = a.day"
               f" WHERE {where} GROUP BY a.community_id, a.customer_id")  # fmt: skip
        cursor = database.execute_sql(sql, where_params)
    return {(c, m): (round(now or 0, 3), round(before or 0, 3), bool(any_now), bool(any_before))
            for c, m, now, before, any_now, any_before in cursor}  # fmt: skip


def _by_day(as_of: dt.date, weight: str, source: str, where: str, params: list):
    """The love sums with the window's 120 days outermost (a VALUES list with each
    day's decay factors, computed here as the lookup table's): per day one range of the
    covering index, no julianday or pow per activity row (1.9M rows for all groups)."""
    days = _decay_rows(as_of)
    values = ", ".join("(?, ?, ?, ?, ?)" for _ in days)
    sql = (f"WITH d (day, now_factor, before_factor, in_now, in_before) AS (VALUES {values})"
           f" SELECT a.community_id, a.customer_id, SUM(a.count * ({weight}) * d.now_factor),"
           f" SUM(a.count * ({weight}) * d.before_factor), MAX(d.in_now), MAX(d.in_before)"
           f" FROM d CROSS JOIN {source} ON a.day = d.day"
           f" WHERE {where} GROUP BY a.community_id, a.customer_id")  # fmt: skip
    return database.execute_sql(sql, [v for row in days for v in row] + params)


def recompute(community_ids=None, as_of: dt.date | None = None) -> Recomputed:
    """Recompute love, level and level_before of the open memberships of
    `community_ids` (None: every community), as of `as_of` (today); one transaction."""
    as_of = as_of or clock.today()
    ids = None if community_ids is None else sorted({int(i) for i in community_ids})
    if ids == []:
        return Recomputed(0, 0, 0)
    writable()  # the raw executemany below bypasses the integrity gate's own wait
    with database.atomic():
        loves = _loves(as_of, ids)
        members = _open_members(ids)
        by_community = defaultdict(list)
        for row in members:
            by_community[row[1]].append(row)
        updates = []
        for community, rows in by_community.items():
            now = {r[2]: loves.get((community, r[2]), (0.0, 0.0, False, False)) for r in rows}
            level_now = levels({k: v[0] for k, v in now.items()},
                               {k for k, v in now.items() if v[2]})  # fmt: skip
            level_before = levels({k: v[1] for k, v in now.items()},
                                  {k for k, v in now.items() if v[3]})  # fmt: skip
            for member_id, _, customer, old_level, old_before, old_love in rows:
                new = (level_now[customer], level_before[customer], now[customer][0])
                if new != (old_level, old_before, old_love):
                    updates.append((*new, member_id))
        database.cursor().executemany(
            "UPDATE community_member SET level = ?, level_before = ?, love = ? WHERE id = ?",
            updates)  # fmt: skip
        if level_tags.is_on():  # the live level tags follow (those who left lose theirs)
            level_tags.follow(None if ids is None else _customers_of(ids))
    return Recomputed(len(by_community), len(members), len(updates))


def _customers_of(ids: list[int]) -> set[int]:
    """Every customer with a period (open or left) in the communities `ids`."""
    sql = (f"SELECT DISTINCT customer_id FROM community_member"
           f" WHERE community_id IN ({','.join('?' * len(ids))})")  # fmt: skip
    return {r[0] for r in database.execute_sql(sql, ids)}


# ---------------------------------------------------------------- the day's recompute

LEVELS_DAY_KEY = "community_levels_day"  # the day every level was last recomputed


def levels_due(today: dt.date | None = None) -> bool:
    """Whether the day's recompute of every level is still to do: levels age as activity
    decays, so they are recomputed once a day (the window at start and past midnight,
    or a scheduled `communities levels --recompute --if-due`)."""
    today = today or clock.today()
    return preferences.get(LEVELS_DAY_KEY) != today.isoformat()


def recompute_if_due(today: dt.date | None = None) -> Recomputed | None:
    """The day's recompute of every community's levels, remembered (the preference
    LEVELS_DAY_KEY, in the recompute's transaction); None when done today already
    (also by another process meanwhile: asked again inside the transaction)."""
    today = today or clock.today()
    if not levels_due(today):
        return None
    writable()
    with database.atomic():
        if not levels_due(today):
            return None
        done = recompute(None, today)
        preferences.put(LEVELS_DAY_KEY, today.isoformat())
    return done


def _open_members(ids: list[int] | None) -> list[tuple]:
    """(member id, community, customer, level, level_before, love) of open periods whose
    customer is not in the recycle bin (the few binned ids read apart: no join)."""
    binned = {r[0] for r in database.execute_sql(BINNED_IDS)}
    sql = ("SELECT id, community_id, customer_id, level, level_before, love"
           " FROM community_member WHERE left_on IS NULL")  # fmt: skip
    params = []
    if ids is not None:
        sql += f" AND community_id IN ({','.join('?' * len(ids))})"
        params = ids
    return [row for row in database.execute_sql(sql, params) if row[2] not in binned]


# ---------------------------------------------------------------- reading (live filters)


def _open(community_id: int | None):
    query = CommunityMember.select(CommunityMember.customer).where(
        CommunityMember.left_on.is_null() & not_binned_where(CommunityMember.customer)
    )
    if community_id is not None:
        query = query.where(CommunityMember.community == community_id)
    return query


def customers_at_level(community_id: int | None, level: str) -> list[int]:
    """Customer ids of the open members at `level` (of one community, or of any)."""
    if level not in LEVELS:
        raise ValidationError("level", "level_invalid", f"unknown level {level!r}", text=level)
    query = _open(community_id).where(CommunityMember.level == level)
    return sorted({row.customer_id for row in query})


def customers_trending(community_id: int | None, direction: str) -> list[int]:
    """Customer ids of the open members whose level went "up" or "down" in a month."""
    if direction not in ("up", "down"):
        raise ValidationError("trend", "trend_invalid", f"up or down, not {direction!r}",
                              text=direction)  # fmt: skip
    query = _open(community_id).select(CommunityMember.customer, CommunityMember.level,
                                       CommunityMember.level_before)  # fmt: skip
    return sorted({row.customer_id for row in query
                   if trend(row.level, row.level_before) == direction})  # fmt: skip


def level_counts(community_ids=None) -> dict[int, dict[str, int]]:
    """community -> {each level: open members, "up": n, "down": n, "members": n} (members
    in the recycle bin not counted)."""
    sql = ("SELECT m.community_id, m.level, m.level_before, COUNT(*) FROM community_member m"
           f" WHERE m.left_on IS NULL AND {not_binned('m.customer_id')}")  # fmt: skip
    params = []
    if community_ids is not None:
        ids = [int(i) for i in community_ids]
        sql += f" AND m.community_id IN ({','.join('?' * len(ids))})"
        params = ids
    sql += " GROUP BY m.community_id, m.level, m.level_before"
    out: dict[int, dict[str, int]] = {}
    for community, level, before, n in database.execute_sql(sql, params):
        counts = out.setdefault(community, dict.fromkeys(("members", *LEVELS, "up", "down"), 0))
        counts["members"] += n
        if level in LEVELS:
            counts[level] += n
        direction = trend(level, before)
        if direction:
            counts[direction] += n
    return out


def level_rows(community_ids=None) -> list[dict]:
    """One row per community (those given, else all, by id): community_id, name, and
    level_counts' keys; ValidationError "community_not_found" for an id unknown."""
    names = {c.id: c.name for c in Community.select(Community.id, Community.name)}
    ids = sorted({int(i) for i in community_ids}) if community_ids else sorted(names)
    for i in ids:
        if i not in names:
            raise ValidationError("community", "community_not_found", f"no community {i}", id=i)
    counts = level_counts(ids if community_ids else None)
    empty = dict.fromkeys(("members", *LEVELS, "up", "down"), 0)
    return [{"community_id": i, "name": names[i], **counts.get(i, empty)} for i in ids]
