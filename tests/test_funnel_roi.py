"""The funnel's costs (entered, changed, removed, undone; bad input refused with
nothing written) and the ROI per channel and event, against hand numbers."""

from __future__ import annotations

import datetime as dt

import pytest

from models import clock
from models.communities import events, signups
from models.customers import customers
from models.errors import GuanjiaError, NotFoundError, ValidationError
from models.insights import funnel_costs, funnel_roi
from models.insights.funnel import Period
from models.insights.funnel_costs import FunnelCost
from models.purchases import purchases
from models.storage.audit import AuditEntry

JAN = Period(dt.date(2026, 1, 1), dt.date(2026, 1, 31))
D = dt.date


def make(when, **fields) -> int:
    clock.set_now(when)
    return customers.create({"name": "客户", **fields})


@pytest.fixture
def shop(db):
    """ads: A (bought 100, 50 refunded, in January), B (nothing), C (bought 300 on Feb 3);
    wechat: W (bought 200); O, an ads customer from December, bought 1000 in January
    (not January's lead). The salon (cost 500 in its form) on Jan 20: A and W came."""
    o = make(dt.datetime(2025, 12, 20, 10), source="ads")
    a = make(dt.datetime(2026, 1, 2, 10), source="ads")
    b = make(dt.datetime(2026, 1, 3, 10), source="ads")
    c = make(dt.datetime(2026, 1, 4, 10), source="ads")
    w = make(dt.datetime(2026, 1, 5, 10), source="wechat")
    clock.set_now(dt.datetime(2026, 2, 10, 9))
    purchases.add(a, 100, at=dt.datetime(2026, 1, 10, 10))
    purchases.add(a, -50, at=dt.datetime(2026, 1, 12, 10))
    purchases.add(c, 300, at=dt.datetime(2026, 2, 3, 10))
    purchases.add(w, 200, at=dt.datetime(2026, 1, 20, 10))
    purchases.add(o, 1000, at=dt.datetime(2026, 1, 21, 10))
    salon = events.create({"title": "咖啡沙龙", "starts_at": "2026-01-20 14:00",
                           "kind": "沙龙", "cost_cents": 50000})  # fmt: skip
    signups.signup(salon, [a, w, b])
    signups.mark_attended(salon, [a, w])
    return {"a": a, "b": b, "c": c, "w": w, "o": o, "salon": salon}


def test_roi_per_channel_with_hand_numbers(shop):
    funnel_costs.set_cost(channel="ads", start=D(2026, 1, 1), end=D(2026, 1, 31),
                          amount_fen=310000)  # fmt: skip
    # 30 days from Dec 17: half of it (15 days) in January
    funnel_costs.set_cost(channel="ads", start=D(2025, 12, 17), end=D(2026, 1, 15),
                          amount_fen=30000)  # fmt: skip
    funnel_costs.set_cost(channel="phone", start=D(2026, 1, 1), end=D(2026, 1, 31),
                          amount_fen=10000, note="电话外呼")  # fmt: skip
    rows = {r["key"]: r for r in funnel_roi.roi(JAN, "channel")}
    assert rows["ads"] == {
        "key": "ads", "name": "ads", "cost_fen": 325000, "leads": 3, "customers": 2,
        "revenue_fen": 5000, "roi": round((5000 - 325000) / 325000, 4),
        "cost_per_lead_fen": 108333, "cost_per_customer_fen": 162500,
    }  # fmt: skip
    assert rows["wechat"]["cost_fen"] == 0 and rows["wechat"]["roi"] is None
    assert rows["wechat"]["revenue_fen"] == 20000 and rows["wechat"]["cost_per_lead_fen"] == 0
    assert rows["phone"]["leads"] == 0 and rows["phone"]["cost_per_lead_fen"] is None
    assert rows["phone"]["roi"] == -1.0
    assert [r["key"] for r in funnel_roi.roi(JAN)] == ["ads", "phone", "wechat"]
    # the whole of both ads costs when the period holds them
    whole = {r["key"]: r for r in funnel_roi.roi(Period(D(2025, 12, 1), D(2026, 2, 28)))}
    assert whole["ads"]["cost_fen"] == 340000
    assert whole["ads"]["leads"] == 4 and whole["ads"]["revenue_fen"] == 5000 + 30000 + 100000


def test_roi_per_event_counts_its_own_cost_and_entered_ones(shop):
    funnel_costs.set_cost(event_id=shop["salon"], start=D(2026, 1, 10), end=D(2026, 1, 20),
                          amount_fen=11000)  # fmt: skip
    (row,) = funnel_roi.roi(JAN, "event")
    assert row["name"] == "咖啡沙龙" and row["key"] == str(shop["salon"])
    assert (row["cost_fen"], row["leads"], row["customers"], row["revenue_fen"]) == (
        61000, 2, 2, 25000)  # fmt: skip
    assert row["cost_per_customer_fen"] == 30500
    assert funnel_roi.roi(Period(D(2026, 2, 1), D(2026, 2, 28)), "event") == []


def test_set_again_changes_the_amount_remove_and_audit(shop):
    first = funnel_costs.set_cost(channel="ads", start="2026-01-01", end="2026-01-31",
                                  amount_fen=100)  # fmt: skip
    again = funnel_costs.set_cost(channel="ads", start=D(2026, 1, 1), end=D(2026, 1, 31),
                                  amount_fen=250, note="朋友圈广告")  # fmt: skip
    assert first == again
    (row,) = funnel_costs.listing()
    assert row["amount_fen"] == 250 and row["note"] == "朋友圈广告"
    assert funnel_costs.listing(D(2026, 2, 1), None) == []
    assert funnel_costs.remove_cost(first)["amount_fen"] == 250
    assert funnel_costs.listing() == []
    details = [e.detail for e in AuditEntry.select().where(AuditEntry.action == "cost")]
    assert details == ["ads 2026-01-01..2026-01-31: 1.00",
                       "ads 2026-01-01..2026-01-31: 1.00 → 2.50",
                       "ads 2026-01-01..2026-01-31: removed (2.50)"]  # fmt: skip
    with pytest.raises(NotFoundError):
        funnel_costs.remove_cost(first)


@pytest.mark.parametrize(
    ("kw", "code"),
    [
        ({"channel": "ads", "amount_fen": -1}, "cost_negative"),
        ({"channel": "ads", "amount_fen": 1.5}, "amount_invalid"),
        ({"channel": "ads", "amount_fen": 10**13}, "amount_too_large"),
        ({"channel": "tv", "amount_fen": 100}, "channel_unknown"),
        ({"channel": "", "amount_fen": 100}, "cost_target"),
        ({"channel": "ads", "event_id": 1, "amount_fen": 100}, "cost_target"),
        ({"channel": "ads", "amount_fen": 100, "start": "2026-02-30"}, "date_invalid"),
        ({"channel": "ads", "amount_fen": 100, "end": D(2025, 12, 1)}, "period_order"),
        ({"channel": "ads", "amount_fen": 100, "note": "长" * 201}, "too_long"),
        ({"event_id": 999, "amount_fen": 100}, "event_not_found"),
    ],
)
def test_bad_costs_are_refused_and_nothing_written(shop, kw, code):
    args = {"start": D(2026, 1, 1), "end": D(2026, 1, 31)} | kw
    with pytest.raises(GuanjiaError) as info:
        funnel_costs.set_cost(**args)
    assert info.value.code == code
    assert FunnelCost.select().count() == 0
    assert not AuditEntry.select().where(AuditEntry.action == "cost").exists()


def test_bad_roi_split(shop):
    with pytest.raises(ValidationError) as info:
        funnel_roi.roi(JAN, "staff")
    assert info.value.code == "roi_split"


def test_undo_and_redo_of_a_cost_by_rows(shop):
    with funnel_costs.recording() as changes:
        cost = funnel_costs.set_cost(channel="ads", start=D(2026, 1, 1), end=D(2026, 1, 31),
                                     amount_fen=500)  # fmt: skip
    assert "ads 2026-01-01..2026-01-31" in funnel_costs.describe(changes)
    funnel_costs.write(changes, False)
    assert funnel_costs.listing() == []
    funnel_costs.write(changes, True)
    assert [r["id"] for r in funnel_costs.listing()] == [cost]
    with funnel_costs.recording([cost]) as removal:
        funnel_costs.remove_cost(cost)
    funnel_costs.write(removal, False)
    assert funnel_costs.listing()[0]["amount_fen"] == 500
    funnel_costs.set_cost(channel="ads", start=D(2026, 1, 1), end=D(2026, 1, 31), amount_fen=9)
    with pytest.raises(ValidationError) as info:  # changed since: refused
        funnel_costs.write(removal, True)
    assert info.value.code == "undo_conflict"


def test_share_spreads_a_cost_over_its_days():
    row = {"from": D(2026, 1, 1), "to": D(2026, 1, 3), "amount_fen": 100}
    assert funnel_costs.share(row, D(2026, 1, 2), None) == 67  # 66.67 rounded
    assert funnel_costs.share(row, None, D(2026, 1, 1)) == 33
    assert funnel_costs.share(row, D(2026, 1, 4), None) == 0
    assert funnel_costs.share(row, None, None) == 100


@pytest.mark.parametrize(
    ("typed", "code"),
    [("微信", "wechat"), ("WeChat", "wechat"), (" ＷｅＣｈａｔ ", "wechat"), ("wechat", "wechat"),
     ("门店", "walk_in"), ("Walk-in", "walk_in"), ("投放", "ads"), ("社群", "community"),
     ("Imported", "import"), ("导入", "import")],
)  # fmt: skip
def test_a_channel_may_be_typed_as_its_word_in_either_language(shop, typed, code):
    cost_id = funnel_costs.set_cost(channel=typed, start=D(2026, 1, 1), end=D(2026, 1, 31),
                                    amount_fen=100)  # fmt: skip
    assert funnel_costs.get(cost_id)["channel"] == code  # stored as the code


def test_an_unknown_channel_names_the_choices(shop):
    with pytest.raises(ValidationError) as info:
        funnel_costs.channel_code("电视")
    assert info.value.code == "channel_unknown" and info.value.params["text"] == "电视"
    choices = info.value.params["choices"]
    assert "wechat 微信" in choices and "walk_in 门店" in choices and "import 导入" in choices
    assert choices in str(info.value)
