"""Community metrics (社群数据): for one community, a set or all, over a period.

Every figure is a SQL aggregate (a few passes over the indexed tables, no Python loop
over rows). Definitions (the README's "Community metrics" says them to users):

- a member on day D: a membership period with joined_on <= D and (left_on is null or
  left_on > D) in one of the communities; a customer is counted once across the groups;
  customers in the recycle bin are left out everywhere (their history is hidden).
- members: members on the last day of the period. joined / left: customers with a
  period starting / ending (left_on) within the period, each counted once; net =
  joined - left.
- active: members (on the last day) with any activity row in the period in these
  communities; active_rate = active / members (0-1). speakers: activity kind "message" (发言); speaking_rate = speakers /
  members. interacting: any activity other than a message (a post, an answer, an
  invitation, an event, a purchase after a post); interaction_rate = interacting /
  members. Rates are shares 0-1 (None with no members).
- levels: the members' engagement level now (CommunityMember.level of their open
  periods; a customer in several groups counts at their best level, "" not yet rated);
  level_up / level_down: members whose level is above / below level_before.
- events: the communities' events starting in the period, cancelled ones left out.
  signed_up (sign-ups not waiting or cancelled, walk-ins not included), attended
  (walk-ins included), no_shows, walk_ins, waiting, feedback_average (1-5).
- business: purchases in the period (voided ones left out). buyers: customers with a
  purchase (a refund is not one); spend_fen: their net amount, refunds included;
  repeat_rate: buyers with two purchases or more / buyers; buyer_rate = buyers / members.
  With `compare`, the same for live customers who are not members (non_member_*).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field

from models import clock
from models.communities.live import BINNED_IDS, not_binned
from models.communities.tables import LEVELS, Community
from models.errors import ValidationError
from models.insights import community_trend
from models.storage.db import database

STEPS = ("week", "month")
PERIOD_KINDS = ("week", "month", "quarter", "year", "custom")
MAX_BUCKETS = 120
# a level's rank (core 0 .. silent 4, "" and anything else 5); the WHENs in the order of
# how common the levels are, so that most rows stop at the first or second comparison
_COMMON_FIRST = sorted(LEVELS, key=("participant", "active", "silent", "core", "watcher").index)
_LEVEL_RANK = " ".join(f"WHEN '{code}' THEN {LEVELS.index(code)}" for code in _COMMON_FIRST)
_RANK_SQL = f"(CASE {{col}} {_LEVEL_RANK} ELSE {len(LEVELS)} END)"
# a membership's move, one number: 1 up, _DOWN down, 0 neither (most rows: unrated or
# unchanged, settled by the string comparisons before any rank); a customer's SUM of it
# holds both counts (fewer than 2**32 memberships a customer), one aggregate for two
_DOWN = 1 << 32
_MOVE_SQL = (
    "CASE WHEN level = level_before OR level = '' OR level_before = '' THEN 0"
    " WHEN {rank} < {before} THEN 1 WHEN {rank} > {before} THEN {down} ELSE 0 END"
)
# all groups' memberships in customer order, from a covering index (schema step 26)
_ALL_MEMBERS = "community_member INDEXED BY community_member_customer_levels"


@dataclass
class CommunityMetrics:
    start: dt.date
    end: dt.date
    communities: list = field(default_factory=list)  # ids asked for ([] = all)
    members: int = 0
    joined: int = 0
    left: int = 0
    net: int = 0
    active: int = 0
    active_rate: float | None = None
    speakers: int = 0
    speaking_rate: float | None = None
    interacting: int = 0
    interaction_rate: float | None = None
    messages_recorded: int = 0  # the message counts of the activity rows
    levels: dict = field(default_factory=dict)  # level code ("" unrated) -> members
    level_up: int = 0
    level_down: int = 0
    events: int = 0
    signed_up: int = 0
    attended: int = 0
    no_shows: int = 0
    walk_ins: int = 0
    waiting: int = 0
    attendance_rate: float | None = None  # attended (not walk-ins) / signed_up
    feedback_average: float | None = None
    feedback_count: int = 0
    buyers: int = 0
    spend_fen: int = 0
    repeat_rate: float | None = None
    buyer_rate: float | None = None
    non_members: int | None = None  # the non_member_* figures: None unless compared
    non_member_buyers: int | None = None
    non_member_spend_fen: int | None = None
    non_member_repeat_rate: float | None = None
    non_member_buyer_rate: float | None = None
    platform_days: int = 0  # days of the groups' own statistics (CommunityDay) in the period
    platform_messages: int | None = None
    platform_speakers: int | None = None  # the sum of the daily speaker counts
    trend: dict = field(default_factory=dict)  # "step", "labels", "members", "joined", ...

    def to_json(self) -> dict:
        out = asdict(self)
        out["start"], out["end"] = self.start.isoformat(), self.end.isoformat()
        return out


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def period(kind: str, today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The period a choice stands for, up to today: this week (from Monday), this month,
    this quarter, this year."""
    today = today or clock.today()
    if kind == "week":
        return today - dt.timedelta(days=today.weekday()), today
    if kind == "month":
        return today.replace(day=1), today
    if kind == "quarter":
        return dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1), today
    if kind == "year":
        return dt.date(today.year, 1, 1), today
    raise ValidationError("period", "choice_invalid", f"unknown period {kind!r}")


def check_scope(community_ids) -> list[int]:
    """The ids as a sorted list ([] = all communities); unknown ids are refused."""
    ids = sorted({int(i) for i in community_ids or ()})
    if ids:
        known = {c for (c,) in Community.select(Community.id).where(Community.id.in_(ids)).tuples()}
        missing = [i for i in ids if i not in known]
        if missing:
            text = ", ".join(map(str, missing))
            raise ValidationError(
                "communities", "community_unknown", f"no community with id {text}", ids=text
            )
    return ids


def check_period(start: dt.date, end: dt.date) -> None:
    if start > end:
        raise ValidationError(
            "period", "period_reversed", f"the period starts ({start}) after it ends ({end})",
            start=str(start), end=str(end),
        )  # fmt: skip


def _scope(ids: list[int], column: str = "community_id") -> tuple[str, list]:
    if not ids:
        return "", []
    return f" AND {column} IN ({','.join('?' * len(ids))})", list(ids)


def _open_on(day: str) -> tuple[str, list]:
    return "joined_on <= ? AND (left_on IS NULL OR left_on > ?)", [day, day]


# a member of the scope on a day (the day a column or a literal date)
_MEMBER_ON = (
    "EXISTS (SELECT 1 FROM community_member o WHERE o.customer_id = {col}"
    " AND o.joined_on <= {day} AND (o.left_on IS NULL OR o.left_on > {day}){scope})"
)


def _member_on(ids: list[int], day: str, col: str = "customer_id") -> tuple[str, list]:
    scope, params = _scope(ids, "o.community_id")
    return _MEMBER_ON.format(col=col, day="?", scope=scope), [day, day, *params]


def _member_sql(ids: list[int], day: str) -> tuple[str, list]:
    """The live customers who are members on `day`, one row each (customer_id)."""
    scope, params = _scope(ids)
    cond, cparams = _open_on(day)
    source = "community_member" if ids else _ALL_MEMBERS
    sql = f"SELECT DISTINCT customer_id FROM {source} WHERE {cond}{scope} AND {not_binned()}"
    return sql, cparams + params


def member_ids(community_ids=(), day: dt.date | None = None, level: str | None = None) -> list[int]:
    """The customers (ids, in order) who are members on `day` (default today); with
    `level`, only those whose best level is that one ("" unrated)."""
    ids = check_scope(community_ids)
    day = str(day or clock.today())
    scope, params = _scope(ids)
    cond, cparams = _open_on(day)
    rank = _RANK_SQL.format(col="level")
    sql = (
        f"SELECT customer_id, MIN({rank}) FROM community_member WHERE {cond}{scope}"
        f" AND {not_binned()} GROUP BY customer_id ORDER BY customer_id"
    )
    rows = database.execute_sql(sql, cparams + params).fetchall()
    if level is None:
        return [c for c, _r in rows]
    wanted = LEVELS.index(level) if level in LEVELS else len(LEVELS)
    return [c for c, r in rows if r == wanted]


def changed_ids(community_ids, start: dt.date, end: dt.date, which: str) -> list[int]:
    """The customers who joined (which="joined") or left ("left") in the period."""
    ids = check_scope(community_ids)
    check_period(start, end)
    column = {"joined": "joined_on", "left": "left_on"}[which]
    scope, params = _scope(ids)
    sql = (
        f"SELECT DISTINCT customer_id FROM community_member WHERE {column} BETWEEN ? AND ?"
        f"{scope} AND {not_binned()} ORDER BY customer_id"
    )
    return [c for (c,) in database.execute_sql(sql, [str(start), str(end)] + params)]


def active_ids(community_ids, start: dt.date, end: dt.date, kind: str = "") -> list[int]:
    """The members (on the last day) with activity in the period (kind "message": the
    speakers; "interaction": any other kind; "": any)."""
    ids = check_scope(community_ids)
    check_period(start, end)
    scope, params = _scope(ids)
    kinds = {"message": " AND kind = 'message'", "interaction": " AND kind <> 'message'"}
    sql = (
        f"SELECT DISTINCT customer_id FROM community_activity WHERE day BETWEEN ? AND ?"
        f"{kinds.get(kind, '')}{scope}"
    )
    member, mparams = _member_on(ids, str(end), "a.customer_id")
    sql = f"SELECT a.customer_id FROM ({sql}) a WHERE {member}"
    found = [c for (c,) in database.execute_sql(sql, [str(start), str(end)] + params + mparams)]
    return _live(sorted(found))


def _live(customer_ids: list[int]) -> list[int]:
    binned = {c for (c,) in database.execute_sql(BINNED_IDS)}
    return [c for c in customer_ids if c not in binned]


def compute(
    community_ids=(),
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    step: str = "",
    business: bool = True,
    compare: bool = False,
) -> CommunityMetrics:
    """The metrics of `community_ids` (none: all communities) from `start` to `end`
    (inclusive; default this month up to today). `step` "week" or "month" adds the trend
    series (default: weeks for a period up to 3 months, else months)."""
    ids = check_scope(community_ids)
    if start is None or end is None:
        first, last = period("month")
        start, end = start or first, end or last
    check_period(start, end)
    m = CommunityMetrics(start=start, end=end, communities=ids)
    s, e = str(start), str(end)
    _membership(m, ids, s, e, changes=False)
    step = step or ("week" if (end - start).days <= 92 else "month")
    m.trend = _activity(m, ids, start, end, step)  # joined and left too, when it counted them
    _events(m, ids, s, e)
    _platform(m, ids, s, e)
    if business:
        _business(m, ids, s, e, compare)
    return m


def _membership(m: CommunityMetrics, ids: list[int], s: str, e: str, changes: bool = True) -> None:
    scope, params = _scope(ids)
    cond, cparams = _open_on(e)
    rank, before = _RANK_SQL.format(col="level"), _RANK_SQL.format(col="level_before")
    live = not_binned()
    # all groups: the covering index in customer order (schema step 26), grouped without
    # a sort or a table row read (0.2 s of CPU at 300,000 memberships; the table and a
    # sort 0.8 s, the per-customer index with a lookup per row 1.8 s)
    source = "community_member" if ids else _ALL_MEMBERS
    # one row per member: best level, and whether any of their groups moved up or down
    # (two aggregates a row, not three: the query alone 0.36 s of CPU for all groups at
    # 255,000 open memberships against 0.55 s with MAX(up) and MAX(down), at load 2)
    move = _MOVE_SQL.format(rank=rank, before=before, down=_DOWN)
    sql = (
        f"SELECT r, COUNT(*), SUM(moves % {_DOWN} > 0), SUM(moves >= {_DOWN}) FROM ("
        f" SELECT customer_id, MIN({rank}) AS r, SUM({move}) AS moves"
        f" FROM {source} WHERE {cond}{scope} AND {live} GROUP BY customer_id"
        f") GROUP BY r"
    )
    levels = {code: 0 for code in (*LEVELS, "")}
    for r, n, up, down in database.execute_sql(sql, cparams + params):
        levels[LEVELS[r] if r < len(LEVELS) else ""] += n
        m.members += n
        m.level_up += up or 0
        m.level_down += down or 0
    m.levels = levels
    if changes:
        _changes(m, ids, s, e, source)


def _changes(m: CommunityMetrics, ids: list[int], s: str, e: str, source: str) -> None:
    """joined, left and net of the period: customers counted once."""
    scope, params = _scope(ids)
    live = not_binned()
    for which, column in (("joined", "joined_on"), ("left", "left_on")):
        # all groups' joins: the covering index in customer order (distinct without a sort)
        table = "community_member" if ids or which == "left" else source
        sql = (
            f"SELECT COUNT(DISTINCT customer_id) FROM {table}"
            f" WHERE {column} BETWEEN ? AND ?{scope} AND {live}"
        )
        setattr(m, which, database.execute_sql(sql, [s, e] + params).fetchone()[0])
    m.net = m.joined - m.left


def _activity(
    m: CommunityMetrics, ids: list[int], start: dt.date, end: dt.date, step: str = ""
) -> dict:
    """The activity figures into `m` and, with `step`, the trend (one pass: community_trend)."""
    spans = buckets(start, end, step) if step else []
    p = community_trend.run(ids, start, end, spans, step)
    if step:  # compute() left joined and left to the pass
        if p.joined_customers is not None:
            m.joined, m.left = p.joined_customers, p.left_customers
            m.net = m.joined - m.left
        else:
            source = "community_member" if ids else _ALL_MEMBERS
            _changes(m, ids, str(start), str(end), source)
    m.active, m.speakers, m.interacting = p.active, p.speakers, p.interacting
    m.messages_recorded = p.messages
    m.active_rate = _share(m.active, m.members)
    m.speaking_rate = _share(m.speakers, m.members)
    m.interaction_rate = _share(m.interacting, m.members)
    return _trend_dict(spans, step, p) if step else {}


def _trend_dict(spans: list, step: str, p) -> dict:
    return {"step": step, "labels": [b[0] for b in spans],
            "starts": [str(b[1]) for b in spans], "ends": [str(b[2]) for b in spans],
            "members": p.members, "joined": p.joined, "left": p.left,
            "active": p.active_per_bucket}  # fmt: skip


def _event_ids_sql(ids: list[int], s: str, e: str) -> tuple[str, list]:
    scope, params = _scope(ids, "community")
    if not ids:
        scope = " AND community IS NOT NULL"
    end = (dt.date.fromisoformat(e) + dt.timedelta(days=1)).isoformat()
    sql = (
        "SELECT id FROM event WHERE starts_at >= ? AND starts_at < ?"
        f" AND status <> 'cancelled'{scope}"
    )
    return sql, [s, end] + params


def _events(m: CommunityMetrics, ids: list[int], s: str, e: str) -> None:
    events_sql, params = _event_ids_sql(ids, s, e)
    m.events = database.execute_sql(f"SELECT COUNT(*) FROM ({events_sql})", params).fetchone()[0]
    sql = (
        "SELECT SUM(status IN ('signed', 'attended', 'no_show') AND NOT walk_in),"
        " SUM(status = 'attended'), SUM(status = 'attended' AND NOT walk_in),"
        " SUM(status = 'no_show'), SUM(status = 'attended' AND walk_in),"
        " SUM(status = 'waiting'), AVG(feedback_score), COUNT(feedback_score)"
        f" FROM event_signup WHERE event_id IN ({events_sql})"
        f" AND {not_binned()}"
    )
    row = database.execute_sql(sql, params).fetchone()
    signed, attended, came, no_shows, walk_ins, waiting, average, scored = row
    m.signed_up, m.attended, m.no_shows = signed or 0, attended or 0, no_shows or 0
    m.walk_ins, m.waiting = walk_ins or 0, waiting or 0
    m.attendance_rate = _share(came or 0, m.signed_up)
    m.feedback_average = round(average, 2) if average is not None else None
    m.feedback_count = scored or 0


def _platform(m: CommunityMetrics, ids: list[int], s: str, e: str) -> None:
    scope, params = _scope(ids)
    sql = (
        "SELECT COUNT(DISTINCT day), SUM(messages), SUM(speakers) FROM community_day"
        f" WHERE day BETWEEN ? AND ?{scope}"
    )
    days, messages, speakers = database.execute_sql(sql, [s, e] + params).fetchone()
    m.platform_days = days or 0
    if m.platform_days:
        m.platform_messages, m.platform_speakers = messages or 0, speakers or 0


def _business(m: CommunityMetrics, ids: list[int], s: str, e: str, compare: bool) -> None:
    """Members' purchases by customer (the purchase_rfm index per member); with
    `compare`, all purchases of the period once (seconds over a year of a million
    customers' purchases), non-members being the difference."""
    members, mparams = _member_sql(ids, e)
    first = dt.date.fromisoformat(s).toordinal()
    last = dt.date.fromisoformat(e).toordinal()
    per_customer = (
        "SELECT p.customer_id, SUM(p.amount_cents) AS spend, SUM(p.amount_cents > 0) AS bought"
        " FROM {source} WHERE p.voided_at IS NULL AND p.day BETWEEN ? AND ?{live}"
        " GROUP BY p.customer_id"
    )
    total = "SELECT SUM(bought > 0), SUM(spend), SUM(bought > 1) FROM ({inner})"
    # the members first, each probing purchase_rfm for their period (left to itself,
    # SQLite skip-scans the whole index for each distinct customer: 1.5 s for all groups)
    member_sql = total.format(
        inner=per_customer.format(
            source=f"({members}) mm CROSS JOIN purchase p INDEXED BY purchase_rfm"
            " ON p.customer_id = mm.customer_id",
            live="",
        )
    )
    everyone_sql = total.format(
        inner=per_customer.format(source="purchase p", live=f" AND {not_binned('p.customer_id')}")
    )
    buyers, spend, repeat = database.execute_sql(member_sql, mparams + [first, last]).fetchone()
    m.buyers, m.spend_fen, repeat = buyers or 0, int(spend or 0), repeat or 0
    m.repeat_rate = _share(repeat, m.buyers)
    m.buyer_rate = _share(m.buyers, m.members)
    if not compare:
        return
    all_buyers, all_spend, all_repeat = database.execute_sql(everyone_sql, [first, last]).fetchone()
    customers = database.execute_sql(
        "SELECT COUNT(*) FROM customer WHERE deleted_at IS NULL"
    ).fetchone()[0]
    m.non_members = customers - m.members
    m.non_member_buyers = (all_buyers or 0) - m.buyers
    m.non_member_spend_fen = int(all_spend or 0) - m.spend_fen
    m.non_member_repeat_rate = _share((all_repeat or 0) - repeat, m.non_member_buyers)
    m.non_member_buyer_rate = _share(m.non_member_buyers, m.non_members)


# ------------------------------------------------------------ trend


def buckets(start: dt.date, end: dt.date, step: str) -> list[tuple[str, dt.date, dt.date]]:
    """(label, first day, last day) of each week (from Monday) or month the period
    touches, clipped to it."""
    if step not in STEPS:
        raise ValidationError("step", "choice_invalid", f"unknown step {step!r}")
    out = []
    day = start
    while day <= end and len(out) < MAX_BUCKETS:
        if step == "week":
            following = day - dt.timedelta(days=day.weekday()) + dt.timedelta(days=7)
            label = f"{day:%m-%d}"
        else:
            following = (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
            label = f"{day:%Y-%m}"
        last = min(following - dt.timedelta(days=1), end)
        out.append((label, day, last))
        day = following
    return out


def trend(community_ids, start: dt.date, end: dt.date, step: str = "month") -> dict:
    """Per week or month: members at its end, joined, left, and active members (members at
    its end with activity in it), each counted once."""
    ids = check_scope(community_ids)
    check_period(start, end)
    spans = buckets(start, end, step)
    return _trend_dict(spans, step, community_trend.run(ids, start, end, spans, step))


# ------------------------------------------------------------ for the window


def community_names(community_ids=()) -> list[tuple[int, str]]:
    """(id, name) of the communities given (all, archived last, without ids)."""
    query = Community.select(Community.id, Community.name)
    if community_ids:
        query = query.where(Community.id.in_(list(community_ids)))
    query = query.order_by(Community.archived_at.is_null(False), Community.id)
    return list(query.tuples())


def customer_rows(customer_ids, limit: int = 5000) -> list[tuple[int, str, str, str]]:
    """(id, number, name, mobile) of the customers listed (in that order, the first
    `limit`): the list a chart's click opens."""
    wanted = list(customer_ids)[:limit]
    found: dict[int, tuple] = {}
    for i in range(0, len(wanted), 900):
        chunk = wanted[i : i + 900]
        sql = (
            "SELECT id, number, name, mobile FROM customer WHERE id IN"
            f" ({','.join('?' * len(chunk))})"
        )
        for row in database.execute_sql(sql, chunk):
            found[row[0]] = tuple(v if v is not None else "" for v in row)
    return [found[c] for c in wanted if c in found]


def card(today: dt.date | None = None) -> dict:
    """The dashboard's community card: members of all communities today, their active
    rate this month and who joined this month (zeros with no community)."""
    first, last = period("month", today)
    has_any = database.execute_sql("SELECT 1 FROM community LIMIT 1").fetchone() is not None
    if not has_any:
        return {"communities": 0, "members": 0, "active_rate": None, "joined": 0}
    m = CommunityMetrics(start=first, end=last)
    ids: list[int] = []
    _membership(m, ids, str(first), str(last))
    _activity(m, ids, first, last)
    count = database.execute_sql(
        "SELECT COUNT(*) FROM community WHERE archived_at IS NULL"
    ).fetchone()[0]
    return {"communities": count, "members": m.members, "active_rate": m.active_rate,
            "joined": m.joined}  # fmt: skip
