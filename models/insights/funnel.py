"""The acquisition funnel (获客 -> 识别 -> 培育 -> 转化 -> 经营 -> 裂变, issue 28): for the
customers acquired in a period, how many reached each stage, the conversion from the
stage before, and the median days between consecutive stages; overall and per cohort
(source channel, owner, event attended, community joined).

The stages, computed from what Guanjia records, each with the day it was reached:

- ``lead`` 获客: every live customer, on the day they were entered (``created_at``).
- ``qualified`` 识别: an owner (负责人) is assigned, or the lifecycle stage was moved past
  潜在客户 (new, active, dormant, churned), or a later stage was reached. Guanjia keeps no
  date of an owner or a stage set, so a customer qualified by them counts from the day
  they were entered (most owners are set as a customer is entered or imported). A lead
  graded A, B or C by lead scoring (models/leads/scores.py) is qualified too; D is not.
- ``contact`` 培育: the first logged contact (an interaction: a completed follow-up logs
  one).
- ``purchase`` 转化: the first purchase (a live purchase of a positive amount).
- ``repeat`` 经营: the second purchase, or the day they became a member (会员), whichever
  came first.
- ``referral`` 裂变: they introduced someone (转介绍), on the day the first was recorded.

The funnel is monotone: a customer who reached a stage counts in every stage before it,
so each stage's count is at most the previous one's. A walk-in buyer with no logged
contact counts as qualified and in contact on the day of their first purchase; a
stage's day is the earliest of its own day and the next stage's day. A stage dated
before the previous one (history imported after the customer was entered) counts as 0
days.

``rate`` is the stage's count over the previous stage's count (0-1): the first stage's
rate is 1.0; a stage after an empty one has rate 0.0. ``median_days`` is the median of
the whole days from the previous stage's day to this one's over the customers who
reached it (None for the first stage and for an empty stage).

A split by event or community puts a customer in every group they belong to (attended
several events, joined several communities) and in none when they have none: the
groups' counts do not add up to the whole's. Everything is set-based: one pass over the
period's customers (the covering index customer_funnel) with one seek per customer into
their kept milestones (funnel_milestone, schema step 32, kept by triggers:
models/purchases/milestones.py); bench/funnel.py measures it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from models.errors import ValidationError
from models.storage.db import database

STAGES = ("lead", "qualified", "contact", "purchase", "repeat", "referral")
SPLITS = ("channel", "staff", "event", "community")
_NEVER = 99_999_999  # a day number after every real one: "not reached"
MEDIAN_SAMPLE = 5_000  # customers the medians are computed over, at most (about)


def _day(expr: str) -> str:
    """A date or datetime text as date.toordinal() (the purchase table's `day`)."""
    return f"CAST(julianday(date({expr})) - 1721424.5 AS INTEGER)"


@dataclass(frozen=True)
class Period:
    """Customers entered from `start` to `end` (both included; None: open)."""

    start: dt.date | None = None
    end: dt.date | None = None

    def __post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.start > self.end:
            raise ValidationError("period", "period_order",
                                  f"the period ends ({self.end}) before it starts ({self.start})",
                                  start=str(self.start), end=str(self.end))  # fmt: skip


@dataclass
class Stage:
    stage: str
    count: int
    rate: float
    median_days: float | None

    def to_json(self) -> dict:
        return {"stage": self.stage, "count": self.count, "rate": self.rate,
                "median_days": self.median_days}  # fmt: skip


@dataclass
class Group:
    key: str  # the source code, the owner, the event or community id (as text)
    name: str
    stages: list[Stage]

    def to_json(self) -> dict:
        return {"key": self.key, "name": self.name,
                "stages": [s.to_json() for s in self.stages]}  # fmt: skip


@dataclass
class Funnel:
    period: Period
    by: str = ""
    stages: list[Stage] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)

    def to_json(self) -> dict:
        out = {
            "from": self.period.start,
            "to": self.period.end,
            "stages": [s.to_json() for s in self.stages],
        }
        if self.by:
            out["by"] = self.by
            out["groups"] = [g.to_json() for g in self.groups]
        return out


def _qualified() -> str:
    """The customer's own qualification (before a later stage implies it)."""
    return "(cu.owner <> '' OR cu.stage NOT IN ('', 'lead') OR cu.lead_grade IN ('A', 'B', 'C'))"


def _cohort(period: Period, by: str, every: int = 1) -> tuple[str, list, str]:
    """The period's customers (ids a multiple of `every`) with their group key (`grp`)
    and `from` clause."""
    if by and by not in SPLITS:
        raise ValidationError("by", "funnel_split",
                              f"unknown split {by!r}: one of {', '.join(SPLITS)}", text=by)  # fmt: skip
    where, params = ["cu.deleted_at IS NULL"], []
    if every > 1:
        where.append(f"cu.id % {int(every)} = 0")
    if period.start is not None:
        where.append("cu.created_at >= ?")
        params.append(f"{period.start} 00:00:00")
    if period.end is not None:
        where.append("cu.created_at < ?")
        params.append(f"{period.end + dt.timedelta(days=1)} 00:00:00")
    source, grp = "customer cu", "''"
    if by == "channel":
        grp = "cu.source"
    elif by == "staff":
        grp = "cu.owner"
    elif by == "event":
        source = ("customer cu JOIN event_signup es ON es.customer_id = cu.id"
                  " AND es.status = 'attended'")  # fmt: skip
        grp = "CAST(es.event_id AS TEXT)"
    elif by == "community":
        source = ("customer cu JOIN (SELECT DISTINCT customer_id, community_id"
                  " FROM community_member) cm ON cm.customer_id = cu.id")  # fmt: skip
        grp = "CAST(cm.community_id AS TEXT)"
    source += " LEFT JOIN funnel_milestone fm ON fm.customer_id = cu.id"
    return f"FROM {source} WHERE {' AND '.join(where)}", params, grp


def _days_sql(period: Period, by: str, every: int = 1) -> tuple[str, list]:
    """WITH clauses ending in `t` (id, grp, s0 .. s5): each customer's day of each stage
    (_NEVER: not reached), monotone (a stage's day is at most the next one's), from the
    kept milestones (`fm`, schema step 32) where the customer's kept columns say a
    contact or purchase was made."""
    frm, params, grp = _cohort(period, by, every)
    own = (
        f"SELECT cu.id AS id, {grp} AS grp, {_day('cu.created_at')} AS d0,"
        f" {_qualified()} AS q,"
        " CASE WHEN cu.last_contact_at IS NOT NULL THEN fm.contact END AS ct,"
        # one purchase: its day from the kept last purchase (the customer's row)
        f" CASE WHEN cu.purchase_count = 1 THEN {_day('cu.last_purchase_at')}"
        " WHEN cu.purchase_count > 1 THEN fm.buy1 END AS p1,"
        " CASE WHEN cu.purchase_count > 1 THEN fm.buy2 END AS p2,"
        f" fm.member AS mj, fm.referral AS rf {frm}"
    )
    n = _NEVER
    s5 = f"COALESCE(rf, {n})"
    s4 = f"MIN(COALESCE(p2, {n}), COALESCE(mj, {n}), {s5})"
    s3 = f"MIN(COALESCE(p1, {n}), {s4})"
    s2 = f"MIN(COALESCE(ct, {n}), {s3})"
    s1 = f"MIN(CASE WHEN q THEN d0 ELSE {n} END, {s2})"
    days = (
        f"o AS MATERIALIZED ({own}), t AS MATERIALIZED (SELECT id, grp, d0 AS s0, {s1} AS s1,"
        f" {s2} AS s2, {s3} AS s3, {s4} AS s4, {s5} AS s5 FROM o)"
    )
    return days, params


def _level_sql() -> str:
    """The furthest stage a customer (`cu`, their milestones `fm`) reached, as one CASE:
    the kept columns (logged contact, purchase count) and the kept milestones (member,
    referral)."""
    return (
        "CASE WHEN fm.referral IS NOT NULL THEN 5"
        " WHEN cu.purchase_count >= 2 OR fm.member IS NOT NULL THEN 4"
        " WHEN cu.purchase_count >= 1 THEN 3"
        f" WHEN cu.last_contact_at IS NOT NULL THEN 2 WHEN {_qualified()} THEN 1 ELSE 0 END"
    )


def _counts(period: Period, by: str) -> dict[str, list[int]]:
    """{group: [customers at each stage]}: the furthest stage each customer reached,
    counted per group in one pass over the covering index customer_funnel (schema step
    32) with a seek into their kept milestones; a sum per stage rather than a row per
    (group, stage) to sort, and no grouping at all without a split."""
    frm, params, grp = _cohort(period, by)
    sums = ", ".join(f"SUM(lv = {k})" for k in range(len(STAGES)))
    inner = f"SELECT {grp} AS grp, {_level_sql()} AS lv {frm}"
    tail = " GROUP BY grp" if by else " HAVING COUNT(*) > 0"
    sql = f"SELECT grp, {sums} FROM ({inner}){tail}"
    out: dict[str, list[int]] = {}
    for key, *per in database.execute_sql(sql, params).fetchall():
        out[key] = [sum(per[k:]) for k in range(len(STAGES))]
    return out


def _histogram(period: Period, by: str, every: int = 1) -> dict[str, list[dict]]:
    """{group: per stage {days since the previous stage: customers}} over the period's
    customers whose id is a multiple of `every` (a sample, for the medians): one pass,
    each customer's days materialized once and crossed with the stages reached."""
    days, params = _days_sql(period, by, every)
    n = _NEVER
    reached = " ".join(f"WHEN {k} THEN s{k} < {n}" for k in range(1, len(STAGES)))
    gaps = " ".join(f"WHEN {k} THEN MAX(s{k} - s{k - 1}, 0)" for k in range(1, len(STAGES)))
    ks = " UNION ALL ".join(f"SELECT {k}" for k in range(1, len(STAGES)))
    sql = (
        f"WITH {days}, ks(k) AS ({ks})"
        f" SELECT grp, k, CASE k {gaps} END AS gap, COUNT(*) FROM t, ks"
        f" WHERE CASE k {reached} END GROUP BY grp, k, gap"
    )
    out: dict[str, list[dict]] = {}
    for key, k, gap, count in database.execute_sql(sql, params).fetchall():
        out.setdefault(key, [{} for _ in STAGES])[k][gap] = count
    return out


def compute(period: Period = Period(), by: str = "") -> Funnel:
    """The funnel of the customers entered in `period`, split `by` (see SPLITS): the
    whole's stages (each customer once) and, with a split, each group's. Counts are
    exact; the medians are over every customer when the period has at most
    MEDIAN_SAMPLE, else over the customers whose id is a multiple of the step that
    leaves about that many (bench/funnel.py)."""
    result = Funnel(period, by)
    counts = _counts(period, by)
    # channel and staff put each customer in one group: the whole is the groups' sum
    overlapping = by in ("event", "community")
    if overlapping:
        whole = _counts(period, "")
    else:
        whole = {"": [sum(c) for c in zip(*counts.values(), strict=True)]} if counts else {}
    total = whole[""][0] if whole else 0
    every = max(1, -(-total // MEDIAN_SAMPLE))
    hist = _histogram(period, by, every)
    if by and overlapping:
        whole_hist = _histogram(period, "", every).get("", [])
    elif by:
        whole_hist = [{} for _ in STAGES]
        for per_stage in hist.values():
            for k, days in enumerate(per_stage):
                for gap, n in days.items():
                    whole_hist[k][gap] = whole_hist[k].get(gap, 0) + n
    else:
        whole_hist = hist.get("", [])
    result.stages = _stages(whole.get("", [0] * len(STAGES)), whole_hist)
    if by:
        names = _group_names(by, list(counts))
        result.groups = [Group(key, names.get(key, key), _stages(c, hist.get(key, [])))
                         for key, c in counts.items()]  # fmt: skip
        result.groups.sort(key=lambda g: (-g.stages[0].count, g.name, g.key))
    return result


def _stages(counts: list[int], hist: list[dict]) -> list[Stage]:
    """Stage figures from the counts and the days' histograms."""
    out, previous = [], None
    for k, stage in enumerate(STAGES):
        count = counts[k]
        if previous is None:
            rate = 1.0
        else:
            rate = round(count / previous, 4) if previous else 0.0
        median = _median(hist[k]) if k and count and hist else None
        out.append(Stage(stage, count, rate, median))
        previous = count
    return out


def _median(hist: dict) -> float | None:
    """The median of values given as {value: how many} (the mean of the middle two)."""
    values = sorted((v, c) for v, c in hist.items() if v is not None)
    total = sum(c for _v, c in values)
    if not total:
        return None

    def nth(i: int) -> int:
        seen = 0
        for v, c in values:
            seen += c
            if i < seen:
                return v
        return values[-1][0]

    if total % 2:
        return float(nth(total // 2))
    return (nth(total // 2 - 1) + nth(total // 2)) / 2


def _group_names(by: str, keys: list[str]) -> dict[str, str]:
    """The shown name of each group key (events and communities by their ids)."""
    if by in ("channel", "staff"):
        return {k: k for k in keys}
    table, column = ("event", "title") if by == "event" else ("community", "name")
    ids = [int(k) for k in keys if k.isdigit()]
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = database.execute_sql(
        f"SELECT id, {column} FROM {table} WHERE id IN ({marks})", ids
    ).fetchall()
    return {str(i): name for i, name in rows}


def stage_customers(
    period: Period, stage: str, by: str = "", group: str | None = None
) -> list[int]:
    """The ids of the period's customers who reached `stage` (in `group` of the split)."""
    if stage not in STAGES:
        raise ValidationError("stage", "funnel_stage",
                              f"unknown stage {stage!r}: one of {', '.join(STAGES)}", text=stage)  # fmt: skip
    k = STAGES.index(stage)
    frm, params, grp = _cohort(period, by if group is not None else "")
    sql = f"SELECT cu.id {frm} AND {_level_sql()} >= {k}"
    if group is not None:
        sql += f" AND {grp} = ?"
        params = [*params, group]
    # de-duplicated (a split by event or community may name a customer twice) and
    # ordered here: cheaper than SQLite's sorter over a year's customers
    return sorted({row[0] for row in database.execute_sql(sql, params).fetchall()})
