"""Lifecycle stages and RFM scores: audited when written ("stage", "score", target
customer), undone and redone exactly, and a failure while recording leaves no entry."""

import datetime as dt

import pytest

from models import clock
from models.customers import customers
from models.customers.record import Customer
from models.errors import ValidationError
from models.purchases import lifecycle, purchases, rfm
from models.storage import audit
from ui.scoring_undo import RescoreRfm
from ui.undo import SetStages

NOW = dt.datetime(2026, 11, 30, 18, 0)


def run(fn):
    return fn(lambda _f: None, None)


@pytest.fixture
def shop(db, qapp):
    clock.set_now(NOW)
    ids = []
    for i, (stage, days) in enumerate((("lead", (10,)), ("new", (300, 20)), ("active", (400,)),
                                       ("", (30, 20, 10)), ("active", ()))):  # fmt: skip
        cid = customers.create({"name": f"客户{i}", "stage": stage})
        for d in days:
            purchases.add(cid, 100 * (i + 1), at=NOW - dt.timedelta(days=d))
        ids.append(cid)
    return ids


def stages():
    return dict(Customer.select(Customer.id, Customer.stage).tuples())


def scores():
    return {c.id: (c.rfm_segment, c.rfm_score) for c in Customer.select()}


def newest(**kw):
    return audit.entries(audit.AuditQuery(**kw), limit=1)[0]


def test_accepted_stages_are_one_entry_and_undone_and_redone(shop):
    before_stages = stages()
    found = lifecycle.suggestions()
    changed = lifecycle.accept(found)
    assert changed and stages() != before_stages
    entry = newest(action="stage")
    assert (entry["target"], entry["count"]) == ("customer", len(changed))
    assert "stage: active → churned (1)" in entry["detail"]
    after = {cid: stages()[cid] for cid in changed}
    command = SetStages(changed, after, lambda _ids: None, run)
    command.undo()
    assert stages() == before_stages
    undone = newest(action="undo")
    assert undone["target"] == "customer" and "stage: churned → active (1)" in undone["detail"]
    command.redo()
    command.redo()
    assert {cid: stages()[cid] for cid in changed} == after
    assert newest(action="redo")["count"] == len(changed)


def test_a_stage_change_that_cannot_be_recorded_is_not_made(shop, monkeypatch):
    before, count = stages(), audit.count()
    monkeypatch.setattr(audit, "record", lambda *a, **k: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        lifecycle.accept(lifecycle.suggestions())
    monkeypatch.undo()
    assert stages() == before and audit.count() == count
    assert lifecycle.accept(lifecycle.Suggestions({})) == {} and audit.count() == count


def test_a_rescore_is_audited_and_undone_to_the_scores_before(shop):
    rfm.refresh(365)
    first, state = scores(), rfm.state()
    purchases.add(shop[4], 9999, at=NOW - dt.timedelta(days=1))  # a new buyer, a new order
    clock.set_now(NOW + dt.timedelta(days=1))
    rescore = rfm.rescore(365)
    entry = newest(action="score")
    assert entry["target"] == "customer" and entry["count"] == len(rescore.written) > 0
    assert "scored: 4; changed: " in entry["detail"]  # one bought 400 days ago
    second = scores()
    assert second != first and second[shop[4]][0] != ""
    command = RescoreRfm(rescore, lambda _ids: None, run)
    command.undo()
    assert scores() == first and rfm.state() == state
    assert newest(action="undo")["count"] == len(rescore.written)
    command.redo()
    command.redo()
    assert scores() == second and rfm.state()["as_of"] == "2026-12-01"


def test_a_rescore_too_large_to_keep_is_refused_with_a_reason(shop, monkeypatch):
    monkeypatch.setattr(rfm, "UNDO_MAX", 1)
    rescore = rfm.rescore(365)
    assert rescore.previous is None
    now, count = scores(), audit.count()
    with pytest.raises(ValidationError) as refused:
        rfm.undo(rescore)
    assert refused.value.code == "rfm_undo_too_large"
    assert scores() == now and audit.count() == count


def test_a_rescore_not_recorded_leaves_the_state_stale(shop, monkeypatch):
    count = audit.count()
    monkeypatch.setattr(audit, "record", lambda *a, **k: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        rfm.rescore(365)
    monkeypatch.undo()
    # the rows went in short transactions; the state (and entry) did not: done again
    assert rfm.state() is None and rfm.is_stale(365) and audit.count() == count
