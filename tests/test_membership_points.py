"""Points: earn, redeem (never expired points), adjust with a reason, FIFO expiry by lots
across years (hand-computed), the dry run, reversal (the undo), a refunded purchase's
points reversed, negative balances only where allowed, tasks once, the statement."""

from __future__ import annotations

import datetime as dt

import pytest

from models.errors import NotFoundError, ValidationError
from models.membership import lots, points, points_expiry, settings, statements
from models.membership.tables import PointsEntry
from models.storage import audit
from tests.membership_helpers import all_checked, at, member


@pytest.fixture
def now(db):
    at(2025, 3, 1, 10)
    settings.update({"points_expiry": "year_end_after"})
    return db


def test_fifo_expiry_across_years_by_hand(now):
    cid = member()
    points.earn(cid, 100, reason="2025 春")  # lot A: valid through 2026-12-31
    at(2025, 11, 1, 10)
    points.earn(cid, 40, reason="2025 秋")  # lot B: same expiry, later
    at(2026, 5, 1, 10)
    points.earn(cid, 60, reason="2026")  # lot C: valid through 2027-12-31
    points.redeem(cid, 120)  # takes A 100 + B 20: B has 20 left
    at(2027, 1, 1, 8)
    assert points.available(cid) == 60  # B's 20 are past their day, not yet taken
    dry = points_expiry.expire(dry_run=True)
    assert (dry.cutoff, dry.members, dry.points) == (dt.date(2026, 12, 31), 1, 20)
    assert points.balance(cid) == 80 and PointsEntry.select().count() == 4  # nothing written
    done = points_expiry.expire()
    assert (done.members, done.points) == (1, 20)
    assert points.balance(cid) == 60
    assert points_expiry.expire().points == 0  # run again: nothing left to expire
    at(2028, 1, 1, 8)
    assert points_expiry.expire().points == 60
    assert points.balance(cid) == 0
    assert audit.count(audit.AuditQuery(action="expire")) == 2
    all_checked()


def test_n_month_expiry_and_month_ends(now):
    assert lots.expiry_for(dt.date(2025, 1, 31), "months", 1) == dt.date(2025, 2, 28)
    assert lots.expiry_for(dt.date(2025, 11, 15), "months", 3) == dt.date(2026, 2, 15)
    assert lots.expiry_for(dt.date(2025, 6, 1), "never", 3) is None
    assert lots.expiry_for(dt.date(2025, 6, 1), "year_end_after", 0) == dt.date(2026, 12, 31)


def test_expired_points_cannot_be_redeemed(now):
    cid = member()
    points.earn(cid, 50)
    at(2027, 2, 1, 9)
    points.earn(cid, 10)
    with pytest.raises(ValidationError) as err:
        points.redeem(cid, 30)
    assert err.value.code == "points_expired" and err.value.params["available"] == 10
    with pytest.raises(ValidationError) as err:
        points.redeem(cid, 100)
    assert err.value.code == "points_insufficient"
    assert points.balance(cid) == 60 and PointsEntry.select().count() == 2


@pytest.mark.parametrize("value", ["0", "-5", "1.5", "abc", "", str(10**10)])
def test_bad_point_counts_are_refused(now, value):
    cid = member()
    with pytest.raises(ValidationError) as err:
        points.earn(cid, value)
    assert err.value.code == "points_invalid"
    assert PointsEntry.select().count() == 0


def test_adjust_needs_a_reason_and_may_not_go_below_zero_unless_allowed(now):
    cid = member()
    points.earn(cid, 10)
    with pytest.raises(ValidationError) as err:
        points.adjust(cid, 5, "  ")
    assert err.value.code == "reason_required"
    with pytest.raises(ValidationError) as err:
        points.adjust(cid, -11, "录错")
    assert err.value.code == "points_negative"
    points.adjust(cid, -4, "录错")
    assert points.balance(cid) == 6
    settings.update({"points_negative_allowed": True})
    points.adjust(cid, -10, "扣回")
    assert points.balance(cid) == -4
    points.earn(cid, 10)  # pays the debt first
    assert points.balance(cid) == 6 and points.available(cid) == 6
    all_checked()


def test_a_refunded_purchase_reverses_its_points_once(now):
    cid = member()
    points.earn(cid, 200, purchase_id=7, reason="消费")
    points.redeem(cid, 150)
    with pytest.raises(ValidationError) as err:  # 50 left: reversing 200 would go to -150
        points.reverse_purchase(7)
    assert err.value.code == "points_negative"
    settings.update({"points_negative_allowed": True})
    [rev] = points.reverse_purchase(7)
    assert PointsEntry.get_by_id(rev).reverses_id is not None and points.balance(cid) == -150
    assert points.reverse_purchase(7) == []
    with pytest.raises(ValidationError) as err:
        points.reverse(rev)
    assert err.value.code == "reverse_of_reverse"
    with pytest.raises(NotFoundError):
        points.reverse(999)
    all_checked()


def test_reversing_a_redemption_gives_the_points_back_with_their_expiry(now):
    cid = member()
    points.earn(cid, 100)
    entry = points.redeem(cid, 30)
    back = points.reverse(entry, "撤销兑换")
    row = PointsEntry.get_by_id(back)
    assert (row.points, row.expires_on) == (30, dt.date(2026, 12, 31))
    with pytest.raises(ValidationError) as err:
        points.reverse(entry)
    assert err.value.code == "already_reversed"
    assert points.balance(cid) == 100


def test_a_task_earns_once(now):
    cid = member()
    points.earn(cid, 20, task="register")
    with pytest.raises(ValidationError) as err:
        points.earn(cid, 20, task="register")
    assert err.value.code == "task_done"
    with pytest.raises(ValidationError) as err:
        points.earn(cid, 20, task="dance")
    assert err.value.code == "task_invalid"


def test_a_receipt_is_used_once(now):
    cid = member()
    points.earn(cid, 20, receipt_no="R1")
    with pytest.raises(ValidationError) as err:
        points.earn(cid, 20, receipt_no="R1")
    assert err.value.code == "receipt_used"
    assert points.balance(cid) == 20


def test_statement_per_period_has_opening_movements_and_closing(now):
    cid = member()
    points.earn(cid, 100)
    at(2025, 6, 1, 10)
    points.redeem(cid, 30)
    at(2025, 7, 1, 10)
    points.earn(cid, 5)
    st = statements.points_statement(cid, dt.date(2025, 6, 1), dt.date(2025, 6, 30))
    assert st.opening == {"points": 100} and st.closing == {"points": 70}
    assert [(x["kind"], x["points"], x["balance"]) for x in st.lines] == [("redeem", -30, 70)]
    whole = statements.points_statement(cid)
    assert [x["balance"] for x in whole.lines] == [100, 70, 75] and whole.closing["points"] == 75
