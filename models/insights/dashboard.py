"""The dashboard's numbers (数据看板): KPI figures and the data behind every chart, for a
date range, computed in SQL here (the window draws them; a worker thread calls this).

Months are counted by range queries over indexed times, one per month, so no
database-specific date function is needed and each count reads an index.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import fn

from models import clock
from models.complaints import complaint_list, complaint_metrics, vocabulary
from models.customers.customer_list import tag_counts
from models.customers.record import Customer
from models.errors import DatabaseDamagedError
from models.followups import agenda
from models.insights import community_metrics
from models.membership import referrals
from models.purchases import rfm
from models.purchases.purchases import LIVE, Purchase
from models.sheets.excel_export import Money
from models.surveys import overview as survey_overview
from models.tags.tags import list_tags

STAGE_ORDER = ("lead", "new", "active", "dormant", "churned", "")
MAX_MONTHS = 120  # the range control allows ten years


@dataclass(frozen=True)
class Range:
    start: dt.date  # first day, included
    end: dt.date  # last day, included

    @classmethod
    def last_months(cls, months: int = 12, today: dt.date | None = None) -> Range:
        today = today or clock.today()
        first = today.replace(day=1)
        for _ in range(months - 1):
            first = (first - dt.timedelta(days=1)).replace(day=1)
        return cls(first, today)

    def months(self) -> list[tuple[str, dt.datetime, dt.datetime]]:
        """('YYYY-MM', start, end) of each month the range touches, clipped to it."""
        out = []
        day = self.start.replace(day=1)
        while day <= self.end and len(out) < MAX_MONTHS:
            following = (day + dt.timedelta(days=32)).replace(day=1)
            start = max(day, self.start)
            end = min(following, self.end + dt.timedelta(days=1))
            out.append((f"{day:%Y-%m}", _at(start), _at(end)))
            day = following
        return out


def _at(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


@dataclass
class Dashboard:
    range: Range
    kpis: dict = field(default_factory=dict)
    new_customers: dict = field(default_factory=dict)  # month -> count
    sources: dict = field(default_factory=dict)  # source code -> live customers
    funnel: dict = field(default_factory=dict)  # stage -> live customers, in STAGE_ORDER
    segments: dict = field(default_factory=dict)  # RFM segment -> customers (stored RFM)
    rfm_as_of: str = ""
    rfm_stale: bool = False  # the segments shown are older than the purchases or today
    top_tags: list = field(default_factory=list)  # (tag id, name, customers)
    sales: dict = field(default_factory=dict)  # month -> fen
    complaint_categories: dict = field(default_factory=dict)
    complaint_statuses: dict = field(default_factory=dict)
    response_hours: dict = field(default_factory=dict)  # month -> average hours
    community: dict = field(default_factory=dict)  # the community card (community_metrics.card)
    referral: dict = field(default_factory=dict)  # this month's referral rate (referrals.rate)
    surveys: dict = field(default_factory=dict)  # NPS and CSAT, 90 days (surveys.overview.card)


def kpis(today: dt.date | None = None, stages: dict[str, int] | None = None) -> dict:
    """The cards: figures as of now, whatever the range. Each is defined once, where the
    other places that show it read it too: "active" and "at_risk" are the funnel's
    active and dormant stages (`stage_counts`), "followups_today" is
    agenda.Today.due_today (the sidebar's Today, the start-up banner, the CLI)."""
    today = today or clock.today()
    month_start = _at(today.replace(day=1))
    live = Customer.deleted_at.is_null()
    stages = stage_counts() if stages is None else stages
    due = agenda.today_figures(today)
    complaint_counts = complaint_list.open_counts()
    sales = (
        Purchase.select(fn.SUM(Purchase.amount_cents))
        .where(
            (Purchase.at >= month_start) & (Purchase.at < _at(today + dt.timedelta(days=1))) & LIVE
        )
        .scalar()
    )
    return {
        "customers": Customer.select().where(live).count(),
        "new_this_month": Customer.select().where(live & (Customer.created_at >= month_start)).count(),
        "active": stages["active"],
        "at_risk": stages["dormant"],
        "followups_today": due.due_today,
        "followups_overdue": due.overdue,
        "complaints_open": complaint_counts["open"],
        "complaints_overdue": complaint_counts["overdue"],
        "sales_this_month_cents": int(sales or 0),
    }  # fmt: skip


def new_customers_per_month(span: Range) -> dict[str, int]:
    live = Customer.deleted_at.is_null()
    return {
        month: Customer.select()
        .where(live & (Customer.created_at >= start) & (Customer.created_at < end))
        .count()
        for month, start, end in span.months()
    }


def sales_per_month(span: Range) -> dict[str, int]:
    """Fen per month, refunds included (what came in)."""
    out = {}
    for month, start, end in span.months():
        total = (
            Purchase.select(fn.SUM(Purchase.amount_cents))
            .where((Purchase.at >= start) & (Purchase.at < end) & LIVE)
            .scalar()
        )
        out[month] = int(total or 0)
    return out


def _count_by(column) -> dict[str, int]:
    query = (
        Customer.select(column, fn.COUNT(Customer.id))
        .where(Customer.deleted_at.is_null())
        .group_by(column)
        .tuples()
    )
    return {key or "": n for key, n in query}


def customers_by_source() -> dict[str, int]:
    counts = _count_by(Customer.source)
    return dict(sorted(counts.items(), key=lambda kv: (kv[0] == "", -kv[1])))


def stage_counts() -> dict[str, int]:
    """Live customers per lifecycle stage, in STAGE_ORDER: the funnel, and the cards
    活跃客户 (active) and 沉睡客户 (dormant, "at risk")."""
    counts = _count_by(Customer.stage)
    return {stage: counts.get(stage, 0) for stage in STAGE_ORDER}


def top_tags(limit: int = 10) -> list[tuple[int, str, int]]:
    names = {t.id: t.name for t in list_tags()}
    counts = tag_counts()
    ranked = sorted(((n, tid) for tid, n in counts.items() if n and tid in names), reverse=True)
    return [(tid, names[tid], n) for n, tid in ranked[:limit]]


def compute(span: Range | None = None, *, update_rfm: bool = True) -> Dashboard:
    """Everything the dashboard shows. With update_rfm, a stale stored RFM is computed
    again first (the segments chart and the table's RFM columns then agree); without,
    the board says whether it is stale, so it can be shown first and refreshed after."""
    span = span or Range.last_months()
    stale = rfm.is_stale()
    if update_rfm and stale:
        try:
            rfm.refresh()
            stale = False
        except DatabaseDamagedError:  # read-only: the board shows, the RFM stays stale
            pass
    state = rfm.state() or {}
    metrics = complaint_metrics.compute(span.start, span.end)
    stages = stage_counts()
    return Dashboard(
        range=span,
        kpis=kpis(stages=stages),
        new_customers=new_customers_per_month(span),
        sources=customers_by_source(),
        funnel=stages,
        segments=rfm.segment_counts(),
        rfm_as_of=state.get("as_of", ""),
        rfm_stale=stale,
        top_tags=top_tags(),
        sales=sales_per_month(span),
        complaint_categories=metrics.by_category,
        complaint_statuses={s: metrics.by_status.get(s, 0) for s in vocabulary.STATUSES},
        response_hours=metrics.response_hours_by_month,
        community=community_metrics.card(),
        referral=referrals.rate(clock.today().replace(day=1), clock.today()),
        surveys=survey_overview.card(),
    )


def report_sheets(board: Dashboard, labels: dict) -> list[tuple[str, list[str], list[list]]]:
    """The numbers behind each chart as (sheet name, headings, rows) for the Excel
    report; `labels` gives translated names (sheet titles, headings, codes). Amounts
    are Money (fen, written as yuan with two decimals)."""

    tr = labels.get
    sheets = [
        (tr("kpis", "KPIs"), [tr("figure", "Figure"), tr("value", "Value")],
         [[tr(k, k), Money(v) if k.endswith("_cents") else v] for k, v in board.kpis.items()]),
        (tr("new_customers", "New customers"), [tr("month", "Month"), tr("count", "Customers")],
         [[m, n] for m, n in board.new_customers.items()]),
        (tr("sources", "Sources"), [tr("source", "Source"), tr("count", "Customers")],
         [[tr("source:" + k, k), n] for k, n in board.sources.items()]),
        (tr("funnel", "Lifecycle"), [tr("stage", "Stage"), tr("count", "Customers")],
         [[tr("stage:" + k, k), n] for k, n in board.funnel.items()]),
        (tr("segments", "RFM segments"), [tr("segment", "Segment"), tr("count", "Customers")],
         [[tr("segment:" + k, k), n] for k, n in board.segments.items()]),
        (tr("top_tags", "Top tags"), [tr("tag", "Tag"), tr("count", "Customers")],
         [[name, n] for _tid, name, n in board.top_tags]),
        (tr("sales", "Sales"), [tr("month", "Month"), tr("amount", "Amount (yuan)")],
         [[m, Money(c)] for m, c in board.sales.items()]),
        (tr("complaint_categories", "Complaint categories"),
         [tr("category", "Category"), tr("complaints", "Complaints")],
         [[k, n] for k, n in board.complaint_categories.items()]),
        (tr("complaint_statuses", "Complaint statuses"),
         [tr("status", "Status"), tr("complaints", "Complaints")],
         [[tr("status:" + k, k), n] for k, n in board.complaint_statuses.items()]),
        (tr("response_hours", "First response"),
         [tr("month", "Month"), tr("hours", "Average hours")],
         [[m, h] for m, h in board.response_hours.items()]),
    ]  # fmt: skip
    return sheets
