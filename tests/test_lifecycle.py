"""Lifecycle suggestions from purchases: each rule at its boundaries, bulk accept, undo."""

from __future__ import annotations

import datetime as dt

import pytest

from models import clock
from models.customers import customers
from models.errors import ValidationError
from models.purchases import lifecycle, purchases

TODAY = dt.date(2026, 11, 30)


@pytest.fixture
def now(db):
    clock.set_now(dt.datetime(2026, 11, 30, 18, 0))
    return db


def ago(days: int) -> dt.datetime:
    return dt.datetime.combine(TODAY - dt.timedelta(days=days), dt.time(10, 0))


def test_rules_at_their_boundaries():
    r = lifecycle.Rules()
    s = lifecycle.suggest_stage
    assert s(0, None, None, r) == "lead"
    assert s(1, 90, 90, r) == "new" and s(3, 0, 0, r) == "new"  # first purchase recent
    assert s(2, 91, 180, r) == "active" and s(2, 91, 181, r) == "dormant"
    assert s(1, 120, 120, r) == "new"  # bought once, not back yet, not asleep
    assert s(5, 400, 365, r) == "dormant" and s(5, 400, 366, r) == "churned"
    custom = lifecycle.Rules(new_days=30, active_days=60, churn_days=120, active_purchases=3)
    assert s(2, 40, 40, custom) == "new" and s(3, 40, 40, custom) == "active"
    assert s(3, 200, 121, custom) == "churned"


def test_suggestions_are_reviewed_and_accepted_in_bulk(now):
    def person(name, stage, *days, refund=False):
        cid = customers.create({"name": name, "stage": stage})
        for d in days:
            purchases.add(cid, -10 if refund else 100, at=ago(d))
        return cid

    ids = {
        "lead": person("甲", "active"),  # never bought
        "refund": person("乙", "", 5, refund=True),  # refunds only: no purchase
        "new": person("丙", "lead", 10),
        "new_twice": person("丁", "", 80, 3),  # first within 90 days: still new
        "active": person("戊", "new", 300, 20),
        "dormant": person("己", "active", 400, 200),
        "churned": person("庚", "dormant", 500),
        "same": person("辛", "churned", 800),  # already right: no suggestion
    }
    binned = person("壬", "active", 700)
    customers.move_to_bin([binned])
    found = lifecycle.suggestions()
    expected = {
        ("active", "lead"): [ids["lead"]], ("", "lead"): [ids["refund"]],
        ("lead", "new"): [ids["new"]], ("", "new"): [ids["new_twice"]],
        ("new", "active"): [ids["active"]], ("active", "dormant"): [ids["dormant"]],
        ("dormant", "churned"): [ids["churned"]],
    }  # fmt: skip
    assert found.moves == expected and found.total == 7
    # the user picks two transitions; a customer edited in between is left alone
    customers.update(ids["dormant"], {"stage": "churned"})
    changed = lifecycle.accept(found, [("lead", "new"), ("active", "dormant")])
    assert changed == {ids["new"]: "lead"}
    assert customers.get(ids["new"])["stage"] == "new"
    assert customers.get(ids["dormant"])["stage"] == "churned"
    lifecycle.restore(changed)
    assert customers.get(ids["new"])["stage"] == "lead"
    everything = lifecycle.accept(lifecycle.suggestions())
    assert len(everything) == 7  # the hand-edited one is suggested back to dormant
    assert customers.get(ids["dormant"])["stage"] == "dormant"
    assert lifecycle.suggestions().total == 0
    assert lifecycle.stage_counts()["churned"] == 2


def test_thresholds_are_kept_and_checked(now):
    assert lifecycle.rules() == lifecycle.Rules()
    lifecycle.set_rules(lifecycle.Rules(new_days=30, active_days=90, churn_days=200))
    assert lifecycle.rules().active_days == 90
    for bad in (
        lifecycle.Rules(new_days=100, active_days=90),
        lifecycle.Rules(active_days=400, churn_days=365),
        lifecycle.Rules(active_purchases=0),
    ):
        with pytest.raises(ValidationError):
            lifecycle.set_rules(bad)
    assert lifecycle.rules().active_days == 90
