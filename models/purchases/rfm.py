"""RFM (RFM 模型) over a period of purchases, as DOMAIN.md teaches it.

The period is the `days` calendar days ending on the as-of date (both included).
- R: calendar days from the date of the last purchase with a positive amount to the
  as-of date (smaller is better).
- F: the number of purchases with a positive amount.
- M: the sum of all amounts, refunds included (in fen).
Only customers with a positive purchase in the period are scored (refunds alone give
no R), and customers in the recycle bin are left out.

Scores 1-5 by quintile: a value scores 1 + floor(5 x (share of scored customers with a
worse value)), so equal values share a score and 5 is the best fifth; for R "worse"
means more days. Segments compare each value with its average over the scored
customers: R "high" (recent) when below the average days, F and M high when above.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from dataclasses import asdict, dataclass

from peewee import Case, fn

from models import clock
from models.customers.record import Customer
from models.errors import ValidationError
from models.purchases.purchases import LIVE, Purchase
from models.storage import audit, preferences
from models.storage.base import gc_paused
from models.storage.db import database, writable
from models.tags.tables import CustomerTag, Tag, TagGroup
from models.tags.tagging import TagChange, apply
from models.tags.tags import create_group, create_tag

# (R high, F high, M high) -> segment code; labels are the UI's.
SEGMENTS = {
    (True, True, True): "important_value",  # 重要价值客户
    (True, False, True): "important_development",  # 重要发展客户
    (False, True, True): "important_retention",  # 重要保持客户
    (False, False, True): "important_winback",  # 重要挽留客户
    (True, True, False): "general_value",  # 一般价值客户
    (True, False, False): "general_development",  # 一般发展客户
    (False, True, False): "general_retention",  # 一般保持客户
    (False, False, False): "general_winback",  # 一般挽留客户
}
SEGMENT_ORDER = tuple(SEGMENTS.values())
SEGMENT_NAMES_ZH = {
    "important_value": "重要价值客户",
    "important_development": "重要发展客户",
    "important_retention": "重要保持客户",
    "important_winback": "重要挽留客户",
    "general_value": "一般价值客户",
    "general_development": "一般发展客户",
    "general_retention": "一般保持客户",
    "general_winback": "一般挽留客户",
}


@dataclass(slots=True)
class Score:
    customer_id: int
    customer_number: str
    r: int  # days
    f: int  # purchases
    m: int  # fen
    r_score: int
    f_score: int
    m_score: int
    segment: str

    def to_json(self) -> dict:
        out = asdict(self)
        out["m"] = self.m / 100
        return out


def period(days: int, as_of: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """[start, end) of the `days` calendar days ending on `as_of`."""
    end = dt.datetime.combine(as_of + dt.timedelta(days=1), dt.time())
    return end - dt.timedelta(days=days), end


def _aggregates(days: int, as_of: dt.date):
    """Per customer with a purchase in the period (recycle bin left out): id, number, last
    positive day, positive purchases, sum. The GROUP BY walks the (customer, day, amount)
    index in order, so there is no sort; the join adds the number per group, not per row."""
    first = as_of.toordinal() - days + 1
    positive = Purchase.amount_cents > 0
    grouped = (
        Purchase.select(
            Purchase.customer.alias("cid"),
            fn.MAX(Case(None, [(positive, Purchase.day)], None)).alias("last_day"),
            fn.SUM(Case(None, [(positive, 1)], 0)).alias("f"),
            fn.SUM(Purchase.amount_cents).alias("m"),
        )
        .where((Purchase.day >= first) & (Purchase.day <= as_of.toordinal()) & LIVE)
        .group_by(Purchase.customer)
    )
    return (
        Customer.select(
            grouped.c.cid, Customer.number, grouped.c.last_day, grouped.c.f, grouped.c.m
        )  # fmt: skip
        .from_(grouped)
        .join(Customer, on=(Customer.id == grouped.c.cid))
        .where(Customer.deleted_at.is_null() & (grouped.c.f > 0))
    )


def _rows(days: int, as_of: dt.date) -> list[tuple]:
    # The plain cursor: Peewee's row conversion would add a second per million rows.
    return sorted(database.execute(_aggregates(days, as_of)).fetchall())


def raw_values(days: int = 365, as_of: dt.date | None = None) -> dict[int, tuple[int, int, int]]:
    """{customer_id: (R days, F, M fen)} for customers with a positive purchase."""
    as_of = as_of or clock.today()
    today = as_of.toordinal()
    return {cid: (today - last, f, m) for cid, _n, last, f, m in _rows(days, as_of)}


def _scores(values, better_is_lower: bool) -> dict:
    """{value: score}: 1 + floor(5 x share of values that are worse), capped at 5."""
    counts = Counter(values)
    n = sum(counts.values())
    out, worse = {}, 0
    for value in sorted(counts, reverse=better_is_lower):  # worst first
        out[value] = 1 + min(4, 5 * worse // n)
        worse += counts[value]
    return out


def compute(days: int = 365, as_of: dt.date | None = None) -> list[Score]:
    """Every scored customer, by customer id."""
    if days < 1:
        raise ValidationError("days", "days_invalid", "the period is at least 1 day")
    as_of = as_of or clock.today()
    today = as_of.toordinal()
    with gc_paused():
        return _scored(_rows(days, as_of), today)


def _scored(rows: list[tuple], today: int) -> list[Score]:
    if not rows:
        return []
    rs = [today - row[2] for row in rows]
    fs = [row[3] for row in rows]
    ms = [row[4] for row in rows]
    n = len(rs)
    avg_r, avg_f, avg_m = sum(rs) / n, sum(fs) / n, sum(ms) / n
    r_score, f_score, m_score = _scores(rs, True), _scores(fs, False), _scores(ms, False)
    # The segment per (R high, F high, M high), looked up by one index 0-7.
    segment = [SEGMENTS[(bool(i & 4), bool(i & 2), bool(i & 1))] for i in range(8)]
    return [
        Score(
            cid,
            number or "",
            r,
            f,
            m,
            r_score[r],
            f_score[f],
            m_score[m],
            segment[(r < avg_r) * 4 + (f > avg_f) * 2 + (m > avg_m)],
        )  # fmt: skip
        for (cid, number, _last, f, m), r in zip(rows, rs, strict=True)
    ]


# ---------------------------------------------------------------- stored RFM

STATE_KEY = "rfm_state"  # preferences: {"days", "as_of", "computed_at", "scored", "purchases"}
TAG_GROUP = "RFM 分群"  # the system tag group "apply as tags" keeps


STORE_CHUNK = 5_000  # rows per write transaction (~50 ms at 1M customers)
STORE_PAUSE = 0.02  # seconds between them, for a waiting writer's busy handler to get in


UNDO_MAX = 200_000  # changed rows a rescore keeps the before-image of (about 40 MB)


@dataclass
class Rescore:
    """What a store changed: the rows written and (when at most UNDO_MAX) the rows as
    they were, with the state before and after, so that it can be undone."""

    scores: list[Score]
    written: list[tuple]  # (segment, score, customer id)
    previous: list[tuple] | None  # None: too many to keep, the store cannot be undone
    state_before: dict | None
    state_after: dict


def store(scores: list[Score], days: int, as_of: dt.date) -> Rescore:
    """Keep the scores on the customer rows (the table's RFM columns and segment filter
    read them there), replacing the last stored ones.

    Only rows whose segment or scores change are written, in transactions of
    STORE_CHUNK rows with a pause between them: a refresh over a million customers
    never holds the write lock for long, and a save in the window meanwhile (SQLite's
    busy handler retries after sleeping) waits milliseconds, not seconds. The state is
    written last, with the audit entry, so an interrupted store stays stale, is redone,
    and is logged once it is whole."""
    new = {s.customer_id: (s.segment, f"{s.r_score}-{s.f_score}-{s.m_score}") for s in scores}
    old = Customer.select(Customer.id, Customer.rfm_segment, Customer.rfm_score).where(
        Customer.rfm_segment != ""
    )
    rows, previous = [], []
    with gc_paused():
        for cid, segment, score in database.execute(old).fetchall():
            now = new.pop(cid, ("", ""))
            if now != (segment, score):
                rows.append((*now, cid))
                previous.append((segment, score, cid))
        rows += [(segment, score, cid) for cid, (segment, score) in new.items()]
        previous += [("", "", cid) for cid in new]
    before = state()
    after = {"days": days, "as_of": as_of.isoformat(),
             "computed_at": clock.now().isoformat(timespec="seconds"),
             "scored": len(scores), "purchases": purchases_signature()}  # fmt: skip
    detail = (
        f"days: {days}; as_of: {as_of.isoformat()}; scored: {len(scores)}; changed: {len(rows)}"
    )
    write_rows(rows, after, "score", detail)
    return Rescore(scores, rows, previous if len(previous) <= UNDO_MAX else None, before, after)


def write_rows(rows: list[tuple], found_state: dict | None, action: str, detail: str) -> None:
    """(segment, score, customer id) rows in short transactions, then the state with its
    audit entry (`action`: score, undo or redo) in the last one."""
    sql, _ = Customer.update(rfm_segment="", rfm_score="").where(Customer.id == 0).sql()
    writable()
    for i in range(0, len(rows), STORE_CHUNK):
        if i:
            time.sleep(STORE_PAUSE)
        with database.atomic():
            database.cursor().executemany(sql, rows[i : i + STORE_CHUNK])
    with database.atomic():
        preferences.put(STATE_KEY, found_state)
        audit.record(action, "customer", detail=detail, count=len(rows))


def undo(rescore: Rescore, action: str = "undo") -> None:
    """Put the scores back as they were before `rescore` (refused when it kept none)."""
    if rescore.previous is None:
        raise ValidationError("rfm", "rfm_undo_too_large",
                              f"over {UNDO_MAX:,} customers changed: recompute instead",
                              limit=UNDO_MAX)  # fmt: skip
    write_rows(rescore.previous, rescore.state_before, action,
               f"scored: {(rescore.state_before or {}).get('scored', 0)}; "
               f"changed: {len(rescore.previous)}")  # fmt: skip


def redo(rescore: Rescore) -> None:
    write_rows(rescore.written, rescore.state_after, "redo",
               f"scored: {len(rescore.scores)}; changed: {len(rescore.written)}")  # fmt: skip


def state() -> dict | None:
    """What the stored RFM was computed over, or None when it never was."""
    return preferences.get(STATE_KEY)


def purchases_signature() -> list:
    """[count, highest id, sum] of the live purchases: changes whenever one is added,
    deleted, voided, corrected or imported."""
    count, last, total = (
        Purchase.select(fn.COUNT(Purchase.id), fn.MAX(Purchase.id), fn.TOTAL(Purchase.amount_cents))
        .where(LIVE)
        .scalar(as_tuple=True)
    )
    return [count, last, int(total or 0)]


def is_stale(days: int = 365, today: dt.date | None = None) -> bool:
    """True when the stored RFM is missing, for another period or day, or purchases
    changed since."""
    found = state()
    today = today or clock.today()
    return (
        found is None
        or found.get("days") != days
        or found.get("as_of") != today.isoformat()
        or found.get("purchases") != purchases_signature()
    )


def refresh(days: int = 365, as_of: dt.date | None = None) -> list[Score]:
    """Compute and store; returns the scores."""
    return rescore(days, as_of).scores


def rescore(days: int = 365, as_of: dt.date | None = None) -> Rescore:
    """Compute and store; returns what changed (undo() puts it back)."""
    as_of = as_of or clock.today()
    return store(compute(days, as_of), days, as_of)


def segment_counts() -> dict[str, int]:
    """{segment: live customers} of the stored RFM, every segment present."""
    counts = dict.fromkeys(SEGMENT_ORDER, 0)
    query = (
        Customer.select(Customer.rfm_segment, fn.COUNT(Customer.id))
        .where(Customer.deleted_at.is_null() & (Customer.rfm_segment != ""))
        .group_by(Customer.rfm_segment)
        .tuples()
    )
    for segment, n in query:
        if segment in counts:
            counts[segment] = n
    return counts


def segment_tags() -> dict[str, int]:
    """{segment: tag id} in the system group, creating the group and tags as needed."""

    group = TagGroup.get_or_none(TagGroup.name == TAG_GROUP) or create_group(TAG_GROUP, "#8e24aa")
    out = {}
    for segment in SEGMENT_ORDER:
        name = SEGMENT_NAMES_ZH[segment]
        tag = Tag.get_or_none(Tag.name == name) or create_tag(name, group.id)
        out[segment] = tag.id
    return out


def apply_as_tags(progress=None, cancel=None):
    """Make the RFM 分群 tags say what the stored segments say: each scored customer has
    their segment's tag and no other segment tag; customers no longer scored lose them.
    One transaction (tagging.apply); returns the TagChange, which the UI can undo."""

    with database.atomic():
        tags = segment_tags()
        change = TagChange()
        for segment, tag_id in tags.items():
            members = {
                cid
                for (cid,) in Customer.select(Customer.id)
                .where(Customer.rfm_segment == segment)
                .tuples()
            }
            holders = {
                cid
                for (cid,) in CustomerTag.select(CustomerTag.customer_id)
                .where(CustomerTag.tag == tag_id)
                .tuples()
            }
            if members - holders:
                change.added[tag_id] = sorted(members - holders)
            if holders - members:
                change.removed[tag_id] = sorted(holders - members)
        return apply(change, progress, cancel)
