"""The dashboard's numbers: each chart's data function on hand-made data."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from models import clock  # fmt: skip
from models.complaints import complaint_metrics, complaints
from models.customers import customer_list, customers
from models.customers.customer_filter import CustomerFilter
from models.customers.record import Customer
from models.followups import followups
from models.insights import dashboard
from models.purchases import purchases, rfm
from models.sheets.excel_export import MONEY_FORMAT
from models.tags import tagging, tags


@pytest.fixture
def board(db):
    clock.set_now(dt.datetime(2026, 1, 20, 9, 0))
    a = customers.create({"name": "甲", "source": "wechat", "stage": "active"})
    b = customers.create({"name": "乙", "source": "wechat", "stage": "lead"})
    c = customers.create({"name": "丙", "source": "referral"})
    clock.set_now(dt.datetime(2026, 3, 5, 9, 0))
    d = customers.create({"name": "丁", "source": "walk_in", "stage": "active"})
    gone = customers.create({"name": "戊", "source": "wechat"})
    customers.move_to_bin([gone])
    purchases.add(a, 100, at=dt.datetime(2026, 1, 25, 10))
    purchases.add(a, 250.5, at=dt.datetime(2026, 3, 1, 10))
    purchases.add(d, 80, at=dt.datetime(2026, 3, 4, 10))
    purchases.add(d, -30, at=dt.datetime(2026, 3, 4, 11))
    vip = tags.create_tag("VIP")
    tagging.add_tags([vip.id], [a, d])
    followups.create(b, dt.date(2026, 3, 5))
    followups.create(c, dt.date(2026, 3, 1))
    complaints.create(
        a, category="质量", description="坏了", received_at=dt.datetime(2026, 2, 2, 10)
    )
    done = complaints.create(
        d, category="服务", description="慢", received_at=dt.datetime(2026, 3, 2, 9)
    )
    complaints.step(done, "respond", note="已联系", at=dt.datetime(2026, 3, 2, 11))
    return {"a": a, "b": b, "c": c, "d": d, "vip": vip.id}


def test_each_chart_s_numbers(board):
    span = dashboard.Range(dt.date(2026, 1, 1), dt.date(2026, 3, 5))
    assert [m for m, _s, _e in span.months()] == ["2026-01", "2026-02", "2026-03"]
    assert dashboard.Range.last_months(12, dt.date(2026, 3, 5)).start == dt.date(2025, 4, 1)
    found = dashboard.compute(span)
    assert found.new_customers == {"2026-01": 3, "2026-02": 0, "2026-03": 1}  # bin left out
    assert found.sources == {"wechat": 2, "referral": 1, "walk_in": 1}
    assert found.funnel == {"lead": 1, "new": 0, "active": 2, "dormant": 0, "churned": 0, "": 1}
    assert found.sales == {"2026-01": 10000, "2026-02": 0, "2026-03": 25050 + 8000 - 3000}
    assert found.top_tags == [(board["vip"], "VIP", 2)]
    assert sum(found.segments.values()) == 2 and found.rfm_as_of == "2026-03-05"
    assert found.complaint_categories == {"quality": 1, "service": 1}
    assert found.complaint_statuses["new"] == 1 and found.complaint_statuses["responded"] == 1
    assert found.response_hours == {"2026-03": 2.0}
    k = found.kpis
    assert (k["customers"], k["new_this_month"], k["active"], k["at_risk"]) == (4, 1, 2, 0)
    assert (k["followups_today"], k["followups_overdue"]) == (1, 1)
    assert (k["complaints_open"], k["sales_this_month_cents"]) == (2, 30050)
    # the stored RFM is recomputed only when purchases changed
    assert not rfm.is_stale()
    purchases.add(board["b"], 10, at=dt.datetime(2026, 3, 5, 8))
    assert rfm.is_stale()
    # Shown first without the RFM pass: the board says its segments are stale.
    quick = dashboard.compute(span, update_rfm=False)
    assert quick.rfm_stale and sum(quick.segments.values()) == 2 and rfm.is_stale()
    fresh = dashboard.compute(span)
    assert not fresh.rfm_stale and sum(fresh.segments.values()) == 3


def test_click_through_filters_show_the_chart_s_customers(board):
    def ids(flt):
        return {r["id"] for r in customer_list.page(flt, customer_list.Sort("id"), 50).rows}

    flt = CustomerFilter()
    assert ids(flt.with_where(("source", "wechat"))) == {board["a"], board["b"]}
    assert customer_list.count(flt.with_where(("source", "wechat"))) == 2
    assert ids(flt.with_where(("stage", "active"))) == {board["a"], board["d"]}
    assert ids(flt.with_where(("created_month", "2026-01"))) == {board["a"], board["b"], board["c"]}
    assert ids(flt.with_where(("created_month", "2026-12"))) == set()
    rfm.refresh(365)
    segment = Customer.get_by_id(board["a"]).rfm_segment
    assert board["a"] in ids(flt.with_rfm_segment(segment))
    with pytest.raises(ValueError):
        flt.with_where(("notes", "x"))


def test_the_report_has_the_numbers_behind_each_chart(board, tmp_path):
    found = dashboard.compute(dashboard.Range(dt.date(2026, 1, 1), dt.date(2026, 3, 5)))
    sheets = dashboard.report_sheets(found, {})
    path = tmp_path / "board.xlsx"
    complaint_metrics.export(path, sheets)
    book = openpyxl.load_workbook(path)
    assert len(book.sheetnames) == 10
    sales = [list(r) for r in book["Sales"].iter_rows(values_only=True)]
    assert sales == [["Month", "Amount (yuan)"], ["2026-01", 100], ["2026-02", 0],
                     ["2026-03", 300.5]]  # fmt: skip
    # Money in yuan, shown with two decimals (¥300.50), in the charts' and the cards' sheet.
    assert {book["Sales"].cell(r, 2).number_format for r in (2, 3, 4)} == {MONEY_FORMAT}
    kpis = {r[0].value: r[1] for r in book["KPIs"].iter_rows(min_row=2)}
    sales_card = kpis["sales_this_month_cents"]
    assert sales_card.value == 300.5 and sales_card.number_format == MONEY_FORMAT
