"""Follow-ups: planning, repeats, snoozing, completing, buckets, the contact summary."""

import datetime as dt

import pytest

from models import clock
from models.customers import customers
from models.errors import NotFoundError, ValidationError
from models.followups import followup_bulk, followups, interactions
from models.values import recurrence

D = dt.date
T = dt.datetime


@pytest.fixture
def now():
    clock.set_now(T(2026, 11, 18, 10, 0))  # a Wednesday
    return clock.now()


@pytest.fixture
def cid(db, now):
    return customers.create({"name": "张三", "mobile": "13812345678", "owner": "小王"})


def test_recurrence_month_ends_and_feb_29():
    assert recurrence.parse(" 2W ") == "2w"
    for bad in ("", "0d", "2x", "w", "400d", "1.5m"):
        if bad:
            with pytest.raises(ValidationError):
                recurrence.parse(bad)
    jan31 = D(2025, 1, 31)
    months = [recurrence.occurrence(jan31, "1m", k) for k in range(4)]
    assert months == [D(2025, 1, 31), D(2025, 2, 28), D(2025, 3, 31), D(2025, 4, 30)]
    leap = D(2024, 2, 29)
    years = [recurrence.occurrence(leap, "1y", k) for k in range(5)]
    assert years == [leap, D(2025, 2, 28), D(2026, 2, 28), D(2027, 2, 28), D(2028, 2, 29)]
    assert recurrence.occurrence(D(2024, 8, 31), "6m", 1) == D(2025, 2, 28)
    assert recurrence.occurrence(D(2026, 1, 1), "2w", 3) == D(2026, 2, 12)
    # After a late completion the next date is the first one not yet past.
    assert recurrence.next_after(jan31, "1m", D(2025, 2, 28), D(2025, 1, 1)) == D(2025, 3, 31)
    assert recurrence.next_after(jan31, "1m", jan31, D(2025, 5, 1)) == D(2025, 5, 31)
    # Long series: the jump ahead never skips a date.
    for k in (1, 50, 119, 120, 121):
        day = recurrence.occurrence(jan31, "1m", k)
        assert recurrence.next_after(jan31, "1m", day - dt.timedelta(days=1), D(2000, 1, 1)) == day


def test_create_validates_and_sets_next_followup(cid, now):
    fid = followups.create(cid, "2026-11-20T15:00", kind="微信", subject="报价", every="1m")
    row = followups.get(fid)
    assert (row["kind"], row["has_time"], row["owner"], row["status"]) == (
        "wechat", True, "小王", "open"
    )  # fmt: skip
    assert customers.get(cid)["next_followup_at"] == T(2026, 11, 20, 15, 0)
    followups.create(cid, D(2026, 11, 19))
    assert customers.get(cid)["next_followup_at"] == T(2026, 11, 19)
    before = followups.Followup.select().count()
    for kwargs, code in (
        (dict(due="2026-02-30"), "due_invalid"),
        (dict(due="tomorow"), "due_invalid"),
        (dict(due="2026-12-01", kind="fax"), "channel_invalid"),
        (dict(due="2026-12-01", every="3q"), "every_invalid"),
        (dict(due="2026-12-01", subject="x" * 201), "too_long"),
    ):
        with pytest.raises(ValidationError) as err:
            followups.create(cid, **kwargs)
        assert err.value.code == code
    with pytest.raises(NotFoundError):
        followups.create(999, "2026-12-01")
    customers.move_to_bin([cid])
    with pytest.raises(NotFoundError):
        followups.create(cid, "2026-12-01")
    assert followups.Followup.select().count() == before


def test_complete_logs_outcome_repeats_and_plans_next_step(cid, now):
    fid = followups.create(cid, "2026-11-18T09:00", kind="phone", subject="回访", every="1m")
    result = followups.complete(
        fid, "客户满意，下月再约", next_due=D(2026, 11, 25), next_kind="拜访"
    )
    done = followups.get(fid)
    assert (done["status"], done["outcome"], done["done_at"]) == ("done", "客户满意，下月再约", now)
    logged = interactions.for_customer(cid)
    assert [(r["channel"], r["summary"], r["followup"]) for r in logged] == [
        ("phone", "客户满意，下月再约", fid)
    ]
    repeat, step = (followups.get(i) for i in result.next_ids)
    assert (repeat["due_at"], repeat["every"], repeat["subject"]) == (
        T(2026, 12, 18, 9, 0), "1m", "回访"
    )  # fmt: skip
    assert (step["due_at"], step["kind"], step["every"]) == (T(2026, 11, 25), "visit", "")
    c = customers.get(cid)
    assert c["last_contact_at"] == now
    assert c["next_followup_at"] == T(2026, 11, 25)
    with pytest.raises(ValidationError) as err:
        followups.complete(fid)
    assert err.value.code == "followup_closed"


def test_complete_is_all_or_nothing(cid, now):
    fid = followups.create(cid, "2026-11-18")
    with pytest.raises(ValidationError):
        followups.complete(fid, "ok", next_due="2026-99-01")
    assert followups.get(fid)["status"] == "open"
    assert interactions.for_customer(cid) == []
    assert customers.get(cid)["last_contact_at"] is None


def test_late_completion_skips_past_dates_and_skip_keeps_series(cid, now):
    fid = followups.create(cid, D(2026, 10, 1), every="1w")
    nxt = followups.get(followups.complete(fid).next_ids[0])
    assert nxt["due_at"] == T(2026, 11, 19)  # Thursdays from 1 Oct; the first after today
    skipped = followups.cancel(nxt["id"], skip=True)
    assert followups.get(skipped)["due_at"] == T(2026, 11, 26)
    assert followups.cancel(skipped) is None  # ends the series
    assert customers.get(cid)["next_followup_at"] is None


def test_snooze(cid, now):
    timed = followups.create(cid, "2026-11-18T09:30")
    assert followups.snooze(timed, "hour") == T(2026, 11, 18, 11, 0)
    assert followups.snooze(timed, "tomorrow") == T(2026, 11, 19, 11, 0)
    assert followups.snooze(timed, "next_week") == T(2026, 11, 23, 11, 0)  # Monday
    assert followups.snooze(timed, D(2026, 12, 24)) == T(2026, 12, 24, 11, 0)
    dated = followups.create(cid, D(2026, 11, 17))
    assert followups.snooze(dated, "tomorrow") == T(2026, 11, 19)
    assert not followups.get(dated)["has_time"]
    for bad in (D(2026, 11, 1), T(2026, 11, 18, 9, 0), "someday"):
        with pytest.raises(ValidationError):
            followups.snooze(dated, bad)
    assert followups.get(dated)["due_at"] == T(2026, 11, 19)


def test_buckets_counts_pages_and_the_bin(db, now):
    a = customers.create({"name": "甲"})
    b = customers.create({"name": "乙"})
    due = {
        "overdue": [D(2026, 11, 1), D(2026, 11, 17)],
        "today": [D(2026, 11, 18), T(2026, 11, 18, 8, 0)],  # all-day first
        "week": [D(2026, 11, 19), D(2026, 11, 22)],  # Thursday and Sunday
        "later": [D(2026, 11, 23), D(2027, 1, 1)],
    }
    ids = {bucket: [followups.create(a, d) for d in days] for bucket, days in due.items()}
    followups.complete(followups.create(b, D(2026, 11, 18)), "ok")
    followups.cancel(followups.create(b, D(2026, 11, 18)))
    assert followups.counts() == {"today": 2, "overdue": 2, "week": 2, "later": 2, "done": 2}
    for bucket, expected in ids.items():
        assert [r["id"] for r in followups.page(bucket, 10)] == expected
    first = followups.page("later", 1)
    assert [r["id"] for r in followups.page("later", 5, after=first[0]["_key"])] == ids["later"][1:]
    assert followups.day_counts(D(2026, 11, 1), D(2026, 11, 30)) == {
        D(2026, 11, 1): 1, D(2026, 11, 17): 1, D(2026, 11, 18): 2, D(2026, 11, 19): 1,
        D(2026, 11, 22): 1, D(2026, 11, 23): 1,
    }  # fmt: skip
    customers.move_to_bin([a])
    assert followups.counts() == {"today": 0, "overdue": 0, "week": 0, "later": 0, "done": 2}
    assert followups.day_counts(D(2026, 11, 1), D(2026, 11, 30)) == {}


def test_bulk_reschedule_reassign_complete(db, now):
    c = customers.create({"name": "甲"})
    ids = [followups.create(c, "2026-11-10T14:30"), followups.create(c, D(2026, 11, 11))]
    assert followup_bulk.reschedule(ids, D(2026, 11, 30)) == 2
    assert [followups.get(i)["due_at"] for i in ids] == [T(2026, 11, 30, 14, 30), T(2026, 11, 30)]
    assert followup_bulk.reassign(ids, "小李") == 2
    assert {followups.get(i)["owner"] for i in ids} == {"小李"}
    with pytest.raises(NotFoundError):
        followup_bulk.reassign([*ids, 999], "x")
    assert followup_bulk.complete_many(ids, "群发通知") == 2
    assert len(interactions.for_customer(c)) == 2
    assert customers.get(c)["next_followup_at"] is None


def test_interaction_log_and_last_contact(cid, now):
    first = interactions.log(cid, "电话", "问价格", at=T(2026, 11, 1, 10, 0))
    assert customers.get(cid)["last_contact_at"] == T(2026, 11, 1, 10, 0)
    interactions.log(cid, "wechat", "发资料")
    assert customers.get(cid)["last_contact_at"] == now
    interactions.log(cid, "visit", "补记", at=T(2026, 10, 1))  # an older contact logged later
    assert customers.get(cid)["last_contact_at"] == now
    for args, code in (
        (("fax", "x"), "channel_invalid"),
        (("phone", "   "), "required"),
    ):
        with pytest.raises(ValidationError) as err:
            interactions.log(cid, *args)
        assert err.value.code == code
    with pytest.raises(ValidationError):
        interactions.log(cid, "phone", "明天的", at=now + dt.timedelta(days=1))
    assert len(interactions.for_customer(cid)) == 3
    interactions.delete(first)
    assert [r["summary"] for r in interactions.for_customer(cid)] == ["发资料", "补记"]


def test_interaction_get_and_listing(cid, now):
    other = customers.create({"name": "李四"})
    a = interactions.log(cid, "phone", "先", at=T(2026, 11, 1, 9, 0))
    b = interactions.log(other, "wechat", "后", at=T(2026, 11, 2, 9, 0))
    c = interactions.log(cid, "visit", "同时", at=T(2026, 11, 2, 9, 0))
    row = interactions.get(a)
    assert (row["customer"], row["channel"], row["summary"]) == (cid, "phone", "先")
    with pytest.raises(NotFoundError):
        interactions.get(999)
    assert [r["id"] for r in interactions.listing()] == [c, b, a]  # newest, then last logged
    assert [r["id"] for r in interactions.listing(cid)] == [c, a]


def test_timeline_newest_first_without_doubles(cid, now):
    from models.insights import timeline

    done = followups.create(cid, D(2026, 11, 10), subject="首访")
    followups.complete(done, "聊得好")
    interactions.log(cid, "wechat", "发资料", at=T(2026, 11, 12, 9, 0))
    planned = followups.create(cid, D(2026, 12, 1), subject="复访")
    cancelled = followups.create(cid, D(2026, 11, 5))
    followups.cancel(cancelled)
    entries = timeline.for_customer(cid)
    assert [(e["type"], e["row"]["id"]) for e in entries] == [
        ("followup", planned),
        ("interaction", 1),
        ("interaction", 2),
        ("followup", cancelled),
    ]


def test_purging_a_customer_removes_its_history(cid, now):
    followups.create(cid, D(2026, 12, 1))
    interactions.log(cid, "phone", "x")
    customers.move_to_bin([cid])
    customers.purge([cid])
    assert followups.Followup.select().count() == 0
    assert interactions.Interaction.select().count() == 0


def test_one_answer_to_where_a_follow_up_stands(db):
    """followups.due_state: the agenda's colours and texts, the buckets and the counts
    agree; a time passed today is still today's (the Today list holds it)."""
    now = dt.datetime(2026, 11, 18, 15, 0)
    clock.set_now(now)
    c = customers.create({"name": "张三"})
    passed = followups.create(c, "2026-11-18T09:00")
    later_today = followups.create(c, "2026-11-18T18:00")
    yesterday = followups.create(c, dt.date(2026, 11, 17))
    tomorrow = followups.create(c, dt.date(2026, 11, 19))
    done = followups.create(c, dt.date(2026, 11, 10))
    followups.complete(done)
    rows = {r["id"]: r for r in followups.rows_where(followups.Followup.customer == c)}
    states = {fid: followups.due_state(rows[fid], now) for fid in rows}
    assert states == {passed: "today", later_today: "today", yesterday: "overdue",
                      tomorrow: "planned", done: "done"}  # fmt: skip
    in_bucket = {
        b: {r["id"] for r in followups.rows_where(followups.bucket_condition(b, now.date()))}
        for b in ("today", "overdue")
    }
    assert in_bucket["today"] == {fid for fid, s in states.items() if s == "today"}
    assert in_bucket["overdue"] == {fid for fid, s in states.items() if s == "overdue"}
    assert followups.count("today", now.date()) == 2
    assert [followups.overdue_days(rows[f], now.date()) for f in (passed, yesterday, tomorrow)] == [
        0, 1, -1
    ]  # fmt: skip
    assert followups.due_state({"type": "touch", "overdue_days": 3}) == "overdue"
    assert followups.due_state({"type": "touch", "overdue_days": 0}) == "today"
