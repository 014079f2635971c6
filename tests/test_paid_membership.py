"""Paid membership (付费会员): term ends by hand, renewal from the day after the current
term ends, renewal reminders as follow-ups (moved on renewal, back on undo), the daily
expiry pass (idempotent), and refusals that write nothing."""

import datetime as dt

import pytest

from models import clock
from models.customers import customers
from models.errors import GuanjiaError
from models.followups import followups
from models.membership import count_cards, daily, paid, settings
from models.membership.tables import PaidMembership

NOW = dt.datetime(2026, 11, 18, 10, 0)
D = dt.date


@pytest.fixture
def zhang(db):
    clock.set_now(NOW)
    return customers.create({"name": "张三"})


@pytest.mark.parametrize(("start", "term", "days", "end"), [
    (D(2026, 1, 15), "month", None, D(2026, 2, 14)),
    (D(2026, 1, 31), "month", None, D(2026, 2, 28)),  # no 02-31: the end of February
    (D(2026, 1, 28), "month", None, D(2026, 2, 27)),
    (D(2026, 11, 18), "quarter", None, D(2027, 2, 17)),
    (D(2026, 12, 1), "quarter", None, D(2027, 2, 28)),
    (D(2026, 11, 18), "year", None, D(2027, 11, 17)),
    (D(2024, 2, 29), "year", None, D(2025, 2, 28)),
    (D(2026, 11, 18), "days", 30, D(2026, 12, 17)),
    (D(2026, 11, 18), "days", 1, D(2026, 11, 18)),
])  # fmt: skip
def test_term_ends(start, term, days, end):
    assert paid.term_end(start, term, days) == end


def reminder(term_id):
    term = paid.get(term_id)
    return followups.get(term["reminder_followup_id"])


def test_sell_renew_and_reminders(zhang):
    first = paid.sell(zhang, "年卡会员", "year", 36500)
    term = paid.get(first)
    assert (term["starts_on"], term["ends_on"], term["status"]) == (
        D(2026, 11, 18), D(2027, 11, 17), "active")  # fmt: skip
    note = reminder(first)
    assert note["due_at"] == dt.datetime(2027, 11, 10)  # 7 days before the end
    assert note["source"] == "paid_membership" and note["status"] == "open"
    second = paid.renew(zhang, 36500)
    term2 = paid.get(second)
    assert (term2["starts_on"], term2["ends_on"], term2["status"]) == (
        D(2027, 11, 18), D(2028, 11, 17), "upcoming")  # fmt: skip
    assert term2["renews_id"] == first and term2["plan"] == "年卡会员"
    assert reminder(first)["status"] == "cancelled"
    assert reminder(second)["due_at"] == dt.datetime(2028, 11, 10)
    assert paid.paid_until(zhang) == D(2028, 11, 17)
    # undo of the renewal: the term cancelled, its reminder too, the first one's back
    paid.cancel(second)
    assert paid.get(second)["status"] == "cancelled"
    assert reminder(second)["status"] == "cancelled"
    assert reminder(first)["status"] == "open"
    assert reminder(first)["due_at"] == dt.datetime(2027, 11, 10)
    assert paid.paid_until(zhang) == D(2027, 11, 17)


def test_reminder_days_setting_and_short_terms(zhang):
    settings.update({"renewal_reminder_days": 3})
    term = paid.sell(zhang, "体验", "days", 0, days=10)
    assert reminder(term)["due_at"] == dt.datetime(2026, 11, 24)  # ends 11-27, 3 days before
    other = customers.create({"name": "李四"})
    short = paid.sell(other, "周卡", "days", 100, days=2)  # 2 days: the reminder is today
    assert reminder(short)["due_at"] == dt.datetime(2026, 11, 18)


def test_renewal_after_a_lapse_starts_today(zhang):
    clock.set_now(dt.datetime(2026, 1, 10, 9, 0))
    first = paid.sell(zhang, "月卡", "month", 3000)  # ends 2026-02-09
    clock.set_now(NOW)
    assert paid.get(first)["status"] == "expired"
    second = paid.renew(zhang, 3000)
    assert paid.get(second)["starts_on"] == D(2026, 11, 18)
    assert paid.get(second)["ends_on"] == D(2026, 12, 17)


def test_expiry_pass_idempotent(zhang):
    clock.set_now(dt.datetime(2026, 10, 1, 9, 0))
    term = paid.sell(zhang, "月卡", "month", 3000)  # ends 10-31
    clock.set_now(NOW)
    assert paid.expire(dry_run=True) == {"date": D(2026, 11, 18), "terms": 1, "customers": 1,
                                         "dry_run": True}  # fmt: skip
    assert PaidMembership.get_by_id(term).status == "active"
    assert paid.expire()["terms"] == 1
    assert PaidMembership.get_by_id(term).status == "expired"
    assert paid.expire()["terms"] == 0
    assert paid.paid_until(zhang) is None


def test_refusals_write_nothing(zhang):
    def refused(code, fn, *args, **kwargs):
        before = (PaidMembership.select().count(), followups.Followup.select().count())
        with pytest.raises(GuanjiaError) as info:
            fn(*args, **kwargs)
        assert info.value.code == code
        assert (PaidMembership.select().count(), followups.Followup.select().count()) == before

    refused("paid_none", paid.renew, zhang, 100)
    refused("plan_required", paid.sell, zhang, " ", "year", 100)
    refused("term_invalid", paid.sell, zhang, "年卡", "week", 100)
    refused("term_days_invalid", paid.sell, zhang, "年卡", "days", 100, days=0)
    refused("term_days_invalid", paid.sell, zhang, "年卡", "days", 100, days="x")
    refused("amount_invalid", paid.sell, zhang, "年卡", "year", -5)
    refused("not_found", paid.sell, 99, "年卡", "year", 100)
    term = paid.sell(zhang, "年卡", "year", 100)
    refused("paid_active", paid.sell, zhang, "年卡", "year", 100)
    refused("term_invalid", paid.renew, zhang, 100, term="fortnight")
    nxt = paid.renew(zhang, 100)
    refused("paid_renewed", paid.cancel, term)
    paid.cancel(nxt)
    refused("paid_cancelled", paid.cancel, nxt)
    refused("paid_not_found", paid.cancel, 77)


def test_the_daily_pass_runs_both(zhang):
    clock.set_now(dt.datetime(2026, 10, 1, 9, 0))
    paid.sell(zhang, "月卡", "month", 3000)
    count_cards.sell(zhang, "洗剪吹", 2, 100, expires_on=D(2026, 10, 31))
    clock.set_now(NOW)
    done = daily.run()
    assert (done["paid"]["terms"], done["count_cards"]["visits"]) == (1, 2)
    again = daily.run()
    assert (again["paid"]["terms"], again["count_cards"]["cards"]) == (0, 0)
