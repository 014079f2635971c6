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

import bisect
import datetime as dt
from dataclasses import asdict, dataclass

from peewee import Case, fn

from models import clock
from models.base import raw_time
from models.customers import Customer
from models.purchases import Purchase

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


@dataclass
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


def raw_values(days: int = 365, as_of: dt.date | None = None) -> dict[int, tuple[int, int, int]]:
    """{customer_id: (R days, F, M fen)} for customers with a positive purchase."""
    as_of = as_of or clock.today()
    start, end = period(days, as_of)
    positive = Purchase.amount_cents > 0
    query = (
        Purchase.select(
            Purchase.customer,
            fn.MAX(Case(None, [(positive, Purchase.at)], None)).coerce(False),
            fn.SUM(Case(None, [(positive, 1)], 0)),
            fn.SUM(Purchase.amount_cents),
        )
        .where((Purchase.at >= start) & (Purchase.at < end))
        .group_by(Purchase.customer)
        .tuples()
    )
    values = {}
    for cid, last, f, m in query.iterator():
        if f:
            values[cid] = ((as_of - raw_time(last).date()).days, f, m)
    if values:
        binned = Customer.select(Customer.id).where(Customer.deleted_at.is_null(False))
        for (cid,) in binned.tuples():
            values.pop(cid, None)
    return values


def _scorer(values: list, better_is_lower: bool):
    ordered = sorted(values)
    n = len(ordered)

    def score(v) -> int:
        worse = n - bisect.bisect_right(ordered, v) if better_is_lower else bisect.bisect_left(
            ordered, v
        )  # fmt: skip
        return 1 + min(4, 5 * worse // n)

    return score


def compute(days: int = 365, as_of: dt.date | None = None) -> list[Score]:
    """Every scored customer, by customer id."""
    if days < 1:
        from models.errors import ValidationError

        raise ValidationError("days", "days_invalid", "the period is at least 1 day")
    values = raw_values(days, as_of)
    if not values:
        return []
    rs, fs, ms = (list(col) for col in zip(*values.values(), strict=True))
    n = len(rs)
    avg_r, avg_f, avg_m = sum(rs) / n, sum(fs) / n, sum(ms) / n
    r_score, f_score, m_score = _scorer(rs, True), _scorer(fs, False), _scorer(ms, False)
    numbers = {}
    ids = sorted(values)
    for i in range(0, len(ids), 5000):
        chunk = ids[i : i + 5000]
        numbers.update(
            Customer.select(Customer.id, Customer.number).where(Customer.id.in_(chunk)).tuples()
        )
    scores = []
    for cid in ids:
        r, f, m = values[cid]
        segment = SEGMENTS[(r < avg_r, f > avg_f, m > avg_m)]
        scores.append(
            Score(cid, numbers.get(cid, ""), r, f, m, r_score(r), f_score(f), m_score(m), segment)
        )
    return scores
