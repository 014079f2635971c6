"""Source channel and event ROI (投入产出) over a period, from the costs entered
(funnel_costs.py) and what the period's new customers bought.

For each channel (customer source) or event, over [start, end]:

- ``leads``: live customers entered in the period from that channel (who attended that
  event);
- ``customers``: those of them who made a first purchase (by now);
- ``revenue_fen``: what those leads bought in the period (live purchases, refunds
  subtracted), integer fen;
- ``cost_fen``: the entered costs' part in the period (each spread evenly over its days;
  an event's own cost, from its form, counts whole when it starts in the period);
- ``roi``: (revenue - cost) / cost, None without a cost; ``cost_per_lead_fen`` and
  ``cost_per_customer_fen``: the cost over leads and customers, rounded to the fen
  (None when there are none).

A channel or event appears when it has a cost or leads in the period. Set-based: one
grouped query over the period's customers and their purchases through the covering
index (customer, day, amount).
"""

from __future__ import annotations

import datetime as dt

from models.errors import ValidationError
from models.insights import funnel_costs
from models.insights.funnel import Period
from models.storage.db import database

KINDS = ("channel", "event")


def _where(period: Period) -> tuple[str, list]:
    where, params = ["cu.deleted_at IS NULL"], []
    if period.start is not None:
        where.append("cu.created_at >= ?")
        params.append(f"{period.start} 00:00:00")
    if period.end is not None:
        where.append("cu.created_at < ?")
        params.append(f"{period.end + dt.timedelta(days=1)} 00:00:00")
    return " AND ".join(where), params


def _figures(period: Period, by: str) -> dict[str, list[int]]:
    """{key: [leads, customers, revenue fen]} of the period's customers."""
    where, params = _where(period)
    if by == "event":
        source = ("customer cu JOIN event_signup es ON es.customer_id = cu.id"
                  " AND es.status = 'attended'")  # fmt: skip
        key = "CAST(es.event_id AS TEXT)"
    else:
        source, key = "customer cu", "cu.source"
    days = []
    if period.start is not None:
        days.append(f"p.day >= {period.start.toordinal()}")
    if period.end is not None:
        days.append(f"p.day <= {period.end.toordinal()}")
    spent = " AND ".join(["p.customer_id = cu.id", "p.voided_at IS NULL", *days])
    sql = (
        f"SELECT {key}, COUNT(*), SUM(cu.purchase_count >= 1),"
        f" SUM((SELECT COALESCE(SUM(p.amount_cents), 0) FROM purchase p WHERE {spent}))"
        f" FROM {source} WHERE {where} GROUP BY 1"
    )
    return {k: [n, c or 0, r or 0] for k, n, c, r in database.execute_sql(sql, params)}


def _costs(period: Period, by: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for row in funnel_costs.listing(period.start, period.end):
        key = row["channel"] if by == "channel" else row["event_id"]
        if key is None:
            continue
        out[str(key)] = out.get(str(key), 0) + funnel_costs.share(row, period.start, period.end)
    if by == "event":  # the events' own costs, whole, when they start in the period
        where, params = ["cost_cents > 0"], []
        if period.start is not None:
            where.append("starts_at >= ?")
            params.append(f"{period.start} 00:00:00")
        if period.end is not None:
            where.append("starts_at < ?")
            params.append(f"{period.end + dt.timedelta(days=1)} 00:00:00")
        sql = f"SELECT id, cost_cents FROM event WHERE {' AND '.join(where)}"
        for event_id, cents in database.execute_sql(sql, params):
            out[str(event_id)] = out.get(str(event_id), 0) + cents
    return out


def roi(period: Period = Period(), by: str = "channel") -> list[dict]:
    """One row per channel (or event) with a cost or leads in the period, the largest
    cost first."""
    if by not in KINDS:
        raise ValidationError("by", "roi_split", f"unknown split {by!r}: channel or event",
                              text=by)  # fmt: skip
    figures = _figures(period, by)
    costs = _costs(period, by)
    names = {}
    if by == "event":
        ids = [int(k) for k in figures.keys() | costs.keys()]
        if ids:
            marks = ",".join("?" * len(ids))
            names = {str(i): t for i, t in database.execute_sql(
                f"SELECT id, title FROM event WHERE id IN ({marks})", ids)}  # fmt: skip
    rows = []
    for key in figures.keys() | costs.keys():
        leads, customers, revenue = figures.get(key, [0, 0, 0])
        cost = costs.get(key, 0)
        rows.append({
            "key": key,
            "name": names.get(key, key),
            "cost_fen": cost,
            "leads": leads,
            "customers": customers,
            "revenue_fen": revenue,
            "roi": round((revenue - cost) / cost, 4) if cost else None,
            "cost_per_lead_fen": _per(cost, leads),
            "cost_per_customer_fen": _per(cost, customers),
        })  # fmt: skip
    rows.sort(key=lambda r: (-r["cost_fen"], -r["leads"], r["key"]))
    return rows


def _per(cost: int, n: int) -> int | None:
    return (cost * 2 + n) // (n * 2) if n else None
