"""Purchases and RFM: money in fen, refunds, the customer summary, RFM values, quintile
scores and segments on hand-made data with known answers, and on the UCI Online Retail
sample against an independent pandas computation."""

import datetime as dt
from pathlib import Path

import pytest

from models import clock
from models.customers import customers
from models.customers.record import Customer
from models.errors import NotFoundError, ValidationError
from models.purchases import purchases, rfm

AS_OF = dt.date(2026, 11, 30)
RETAIL = Path(__file__).resolve().parent / "data" / "retail" / "online-retail-40k.xlsx"


@pytest.fixture
def now(db):
    clock.set_now(dt.datetime(2026, 11, 30, 18, 0))


def day(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def test_amounts_are_exact_and_bad_input_is_refused(now):
    cid = customers.create({"name": "张三"})
    assert purchases.to_cents("¥1,234.5") == 123450
    assert purchases.to_cents("0.105") == 11  # half up
    assert purchases.to_cents(-20) == -2000
    for bad, code in (("abc", "amount_invalid"), ("nan", "amount_invalid"),
                      ("1e13", "amount_too_large")):  # fmt: skip
        with pytest.raises(ValidationError) as err:
            purchases.to_cents(bad)
        assert err.value.code == code
    cases = [
        ({"amount": 0}, "amount_zero"),
        ({"amount": 10, "at": "2026-12-01"}, "time_future"),
        ({"amount": 10, "payment": "比特币"}, "payment_invalid"),
        ({}, "required"),
    ]
    for kw, code in cases:
        with pytest.raises(ValidationError) as err:
            purchases.add(cid, **kw)
        assert err.value.code == code
    with pytest.raises(NotFoundError):
        purchases.add(999, 10)
    assert purchases.Purchase.select().count() == 0
    a = purchases.add(cid, "99.9", order_no="A1", payment="微信支付")
    with pytest.raises(ValidationError) as err:
        purchases.add(cid, 10, order_no="A1")
    assert err.value.code == "order_taken"
    with pytest.raises(ValidationError) as err:
        purchases.add(cid, 10, refund_of=a)  # a refund is negative
    assert err.value.code == "refund_invalid"
    items = [{"description": "T恤", "quantity": 3, "unit_price": "19.9"},
             {"description": "袜子", "quantity": 2, "unit_price": 5}]  # fmt: skip
    b = purchases.add(cid, items=items, at="2026-11-02T15:00")
    assert purchases.get_row(b).amount_cents == 6970
    assert purchases.PurchaseItem.select().where(purchases.PurchaseItem.purchase == b).count() == 2


def test_customer_summary_follows_every_write(now):
    cid = customers.create({"name": "李四"})
    first = purchases.add(cid, 100, at="2026-10-01")
    purchases.add(cid, 50, at="2026-11-05T10:00")
    refund = purchases.add(cid, -30, at="2026-11-20", refund_of=first)
    c = Customer.get_by_id(cid)
    assert (c.total_spend_cents, c.purchase_count, c.last_purchase_at) == (
        12000, 2, day("2026-11-05T10:00"),
    )  # fmt: skip
    purchases.delete(refund)
    assert Customer.get_by_id(cid).total_spend_cents == 15000
    for row in purchases.for_customer(cid):
        purchases.delete(row["id"])
    c = Customer.get_by_id(cid)
    assert (c.total_spend_cents, c.purchase_count, c.last_purchase_at) == (0, 0, None)


def test_purchase_get_and_listing(now):
    cid, other = customers.create({"name": "张三"}), customers.create({"name": "李四"})
    a = purchases.add(cid, "12.5", at="2026-10-01", order_no="A1")
    b = purchases.add(other, 30, at="2026-11-01")
    c = purchases.add(cid, -2.5, at="2026-11-01", refund_of=a)
    row = purchases.get(a)
    assert (row["customer_id"], row["amount_cents"], row["order_no"]) == (cid, 1250, "A1")
    assert purchases.to_json(row)["amount"] == 12.5
    with pytest.raises(NotFoundError):
        purchases.get(999)
    assert [(r["id"], r["customer_id"]) for r in purchases.listing()] == [
        (c, cid), (b, other), (a, cid),
    ]  # fmt: skip
    assert [r["id"] for r in purchases.listing(cid)] == [c, a]


def make(spec):
    """spec: {name: [(date, amount), ...]} -> {name: customer id}."""
    ids = {}
    for name, rows in spec.items():
        ids[name] = customers.create({"name": name, "number": f"N-{name}"})
        for when, amount in rows:
            purchases.add(ids[name], amount, at=when)
    return ids


def test_rfm_values_scores_and_segments_by_hand(now):
    ids = make({
        "a": [("2026-11-29", 500), ("2026-11-01", 300), ("2026-10-01", 200)],  # R1 F3 M1000
        "b": [("2026-11-20", 50)],  # R10 F1 M50
        "c": [("2026-06-01", 2000), ("2026-07-01", 100), ("2026-07-02", -100)],  # R152 F2 M2000
        "d": [("2026-01-10", 40)],  # R324 F1 M40
        "e": [("2026-11-30T17:00", 80), ("2026-11-25", 70)],  # R0 F2 M150
        "old": [("2025-11-30", 999)],  # outside the 365 days ending 2026-11-30
        "refund_only": [("2026-11-10", -60)],  # no positive purchase: not scored
    })  # fmt: skip
    scores = {s.customer_id: s for s in rfm.compute(365, AS_OF)}
    by = {name: scores.get(cid) for name, cid in ids.items()}
    assert by["old"] is None and by["refund_only"] is None
    got = {n: (s.r, s.f, s.m) for n, s in by.items() if s}
    assert got == {
        "a": (1, 3, 100000), "b": (10, 1, 5000), "c": (152, 2, 200000),
        "d": (324, 1, 4000), "e": (0, 2, 15000),
    }  # fmt: skip
    # five customers: each quintile holds one; ties share the lower score
    assert {n: by[n].r_score for n in got} == {"e": 5, "a": 4, "b": 3, "c": 2, "d": 1}
    assert {n: by[n].f_score for n in got} == {"a": 5, "c": 3, "e": 3, "b": 1, "d": 1}
    assert {n: by[n].m_score for n in got} == {"c": 5, "a": 4, "e": 3, "b": 2, "d": 1}
    # averages: R 97.4 days, F 1.8, M 648 yuan
    assert {n: by[n].segment for n in got} == {
        "a": "important_value",  # recent, frequent, big
        "b": "general_development",  # recent, once, small
        "c": "important_retention",  # long ago, F 2 > 1.8, big
        "d": "general_winback",
        "e": "general_value",  # recent, F 2 > 1.8, small
    }
    assert by["a"].customer_number == "N-a"
    # a shorter period and another as-of date
    assert {s.customer_id for s in rfm.compute(30, AS_OF)} == {ids["a"], ids["b"], ids["e"]}
    earlier = {s.customer_id: s for s in rfm.compute(365, dt.date(2026, 11, 25))}
    assert earlier[ids["e"]].r == 0 and earlier[ids["e"]].f == 1
    # the recycle bin is left out
    customers.move_to_bin([ids["a"]])
    assert ids["a"] not in {s.customer_id for s in rfm.compute(365, AS_OF)}
    with pytest.raises(ValidationError):
        rfm.compute(0, AS_OF)
    assert rfm.compute(365, dt.date(2020, 1, 1)) == []


def test_stored_rfm_feeds_columns_the_segment_filter_and_tags(now):
    from models.customers import customer_list
    from models.customers.customer_filter import CustomerFilter
    from models.tags import saved_views, tags

    ids = make({
        "a": [("2026-11-29", 500), ("2026-11-01", 3000), ("2026-10-01", 200)],
        "b": [("2026-11-20", 50)],
        "c": [("2026-06-01", 2000), ("2026-07-01", 100)],
        "none": [],
    })  # fmt: skip
    assert rfm.state() is None
    rfm.refresh(365, AS_OF)
    assert rfm.state()["scored"] == 3 and rfm.state()["as_of"] == "2026-11-30"
    row = customers.get(ids["a"])
    assert row["rfm_segment"] == "important_value" and row["rfm_score"] == "4-4-4"
    flt = CustomerFilter().with_rfm_segment("important_value")
    assert customer_list.count(flt) == 1
    page = customer_list.page(flt, customer_list.Sort("total_spend_cents", True), 10).rows
    assert [r["id"] for r in page] == [ids["a"]]
    view = saved_views.save_view("RFM", flt)
    assert saved_views.get_view(view).filter.rfm_segment == "important_value"
    assert rfm.segment_counts()["important_value"] == 1 and sum(rfm.segment_counts().values()) == 3
    # sorting by last purchase: never bought counts as longest ago, paging meets no NULL
    order = customer_list.page(CustomerFilter(), customer_list.Sort("last_purchase_at"), 10).rows
    assert order[0]["id"] == ids["none"] and order[-1]["id"] == ids["a"]

    change = rfm.apply_as_tags()
    assert sum(len(v) for v in change.added.values()) == 3
    group_tags = {t.name: t for t in tags.list_tags() if t.group == rfm.TAG_GROUP}
    assert set(group_tags) == set(rfm.SEGMENT_NAMES_ZH.values())
    assert tags.tags_of([ids["a"]])[ids["a"]] == ["重要价值客户"]
    # a later refresh moves customers between segment tags; applying twice changes nothing
    purchases.add(ids["b"], 5000, at=day("2026-11-29"))
    rfm.refresh(365, AS_OF)
    rfm.apply_as_tags()
    assert tags.tags_of([ids["b"]])[ids["b"]] == [
        rfm.SEGMENT_NAMES_ZH[customers.get(ids["b"])["rfm_segment"]]
    ]
    assert rfm.apply_as_tags().empty
    assert customers.get(ids["b"])["tag_count"] == 1


def test_a_refresh_writes_only_what_changed_in_small_transactions(now, monkeypatch):
    """Later refreshes rewrite changed rows only, clear customers no longer scored, and
    write in chunks (here of 2 rows) with the same end result."""
    monkeypatch.setattr(rfm, "STORE_CHUNK", 2)
    monkeypatch.setattr(rfm, "STORE_PAUSE", 0)
    ids = make({
        "a": [("2026-11-29", 500), ("2026-11-01", 3000)],
        "b": [("2026-11-20", 50)],
        "c": [("2026-06-01", 2000), ("2026-07-01", 100)],
        "d": [("2026-09-01", 700)],
        "e": [("2026-05-01", 10)],
    })  # fmt: skip
    rfm.refresh(365, AS_OF)
    before = {k: customers.get(i)["rfm_score"] for k, i in ids.items()}
    expected = {s.customer_id: s for s in rfm.compute(365, AS_OF)}
    assert all(before[k] == _score_text(expected[i]) for k, i in ids.items())
    # The period moves on past c's and e's purchases: they are scored no more.
    later = dt.date(2027, 7, 15)
    rfm.refresh(365, later)
    after = {k: customers.get(i) for k, i in ids.items()}
    assert after["e"]["rfm_segment"] == "" and after["e"]["rfm_score"] == ""
    assert after["c"]["rfm_segment"] == "" and after["c"]["rfm_score"] == ""
    fresh = {s.customer_id: s for s in rfm.compute(365, later)}
    assert set(fresh) == {ids["a"], ids["b"], ids["d"]}
    for key in ("a", "b", "d"):
        assert after[key]["rfm_score"] == _score_text(fresh[ids[key]])
        assert after[key]["rfm_segment"] == fresh[ids[key]].segment
    assert rfm.state()["scored"] == 3 and sum(rfm.segment_counts().values()) == 3


def _score_text(score) -> str:
    return f"{score.r_score}-{score.f_score}-{score.m_score}"


def test_quintile_boundaries_with_ties():
    score = rfm._scores([30, 10, 20, 40, 50, 60, 70, 80, 90, 100], False)
    assert [score[v] for v in (10, 20, 30, 40, 50, 60, 70, 80, 90, 100)] == [
        1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
    ]  # fmt: skip
    assert rfm._scores([7, 7, 7, 7], False) == {7: 1}
    days = rfm._scores([5, 0, 100, 5], True)
    assert [days[0], days[5], days[100]] == [4, 2, 1]
    # a value above every other scores 5 even when it is alone in the top fifth
    assert rfm._scores([1] * 9 + [2], False) == {1: 1, 2: 5}


def test_rfm_on_the_retail_sample_matches_pandas(db):
    """Load the UCI rows as purchases (one per invoice, amount = sum of quantity x unit
    price) and compare every customer's R, F, M with pandas computing on its own."""
    import pandas as pd

    frame = pd.read_excel(RETAIL, engine="calamine")
    frame = frame.dropna(subset=["CustomerID"])
    frame["CustomerID"] = frame["CustomerID"].astype(int).astype(str)
    frame["InvoiceDate"] = pd.to_datetime(frame["InvoiceDate"])
    frame["cents"] = (frame["Quantity"] * frame["UnitPrice"] * 100).round().astype(int)
    invoices = frame.groupby(["InvoiceNo", "CustomerID"], as_index=False).agg(
        at=("InvoiceDate", "min"), cents=("cents", "sum")
    )
    invoices = invoices[invoices["cents"] != 0]
    as_of = invoices["at"].max().date()
    clock.set_now(dt.datetime.combine(as_of, dt.time(23, 59)))
    ids = {}
    for number in sorted(invoices["CustomerID"].unique()):
        ids[number] = customers.create({"name": f"客户{number}", "number": number})
    for row in invoices.itertuples():
        purchases.add(ids[row.CustomerID], f"{row.cents / 100:.2f}",
                      at=row.at.to_pydatetime().replace(second=0, microsecond=0),
                      order_no=str(row.InvoiceNo))  # fmt: skip

    # pandas, independently: the period is the 365 days ending on as_of
    start = pd.Timestamp(as_of) - pd.Timedelta(days=364)
    period = invoices[invoices["at"] >= start]
    positive = period[period["cents"] > 0]
    expected = pd.DataFrame({
        "r": (pd.Timestamp(as_of) - positive.groupby("CustomerID")["at"].max().dt.normalize()).dt.days,
        "f": positive.groupby("CustomerID").size(),
    }).join(period.groupby("CustomerID")["cents"].sum().rename("m"), how="left")  # fmt: skip
    ours = {s.customer_number: (s.r, s.f, s.m) for s in rfm.compute(365, as_of)}
    theirs = {k: (int(v.r), int(v.f), int(v.m)) for k, v in expected.iterrows()}
    assert len(ours) > 50
    assert ours == theirs
