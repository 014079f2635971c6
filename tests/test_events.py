"""Events (活动): the event's fields and status steps, sign-ups and the waiting list,
check-in (by name, mobile, pinyin initials), walk-ins, closing (no-shows), feedback,
follow-ups, purchase attribution, metrics against a hand-counted event, undo, and the
audit entry written in the change's own transaction."""

import datetime as dt

import pytest

from models import clock
from models.communities import event_changes, event_metrics, events, signups
from models.communities.tables import Event, EventSignup
from models.customers import customers
from models.customers.record import Customer
from models.errors import NotFoundError, ValidationError
from models.followups.followups import Followup
from models.purchases import corrections, purchases
from models.storage import audit
from models.storage.audit import AuditEntry

T0 = dt.datetime(2026, 11, 18, 10, 0)


@pytest.fixture
def now(db):
    clock.set_now(T0)

    def move(value):
        clock.set_now(value)

    return move


@pytest.fixture
def people(now):
    names = [("张三", "13800000001"), ("李四", "13800000002"), ("王五", "13800000003"),
             ("赵六", "13800000004"), ("钱七", "13800000005")]  # fmt: skip
    return [customers.create({"name": n, "mobile": m}) for n, m in names]


def new_event(**kw):
    data = {"title": "咖啡沙龙", "starts_at": "2026-11-20 14:00", "kind": "沙龙"} | kw
    return events.create(data)


def status_of(event_id, customer_id):
    return EventSignup.get((EventSignup.event == event_id)
                           & (EventSignup.customer == customer_id)).status  # fmt: skip


def entries(action):
    return list(AuditEntry.select().where(AuditEntry.action == action).order_by(AuditEntry.id))


def refused(code, work):
    with pytest.raises(ValidationError) as info:
        work()
    assert info.value.code == code
    return info.value


# ---------------------------------------------------------------- the event


def test_create_reads_chinese_words_and_audits(now):
    eid = new_event(mode="线上", incentive="优惠券", cost_cents="12.50", capacity="30",
                    place="https://meeting.example/1")  # fmt: skip
    row = events.get_row(eid)
    assert (row.kind, row.mode, row.incentive, row.cost_cents, row.capacity) == (
        "salon", "online", "coupon", 1250, 30)  # fmt: skip
    assert (row.status, row.attribution_days) == ("planned", 7)
    assert row.starts_at == dt.datetime(2026, 11, 20, 14, 0)
    [entry] = entries("create")
    assert (entry.target, entry.target_id) == ("event", eid) and "咖啡沙龙" in entry.detail


@pytest.mark.parametrize(
    "data, code",
    [
        ({"title": "  "}, "event_title_required"),
        ({"starts_at": "not a date"}, "event_time_invalid"),
        ({"starts_at": ""}, "event_time_required"),
        ({"kind": "派对"}, "event_kind_invalid"),
        ({"mode": "both"}, "event_mode_invalid"),
        ({"incentive": "cash"}, "event_incentive_invalid"),
        ({"capacity": "0"}, "event_capacity_invalid"),
        ({"capacity": "many"}, "event_capacity_invalid"),
        ({"attribution_days": "-1"}, "event_attribution_days_invalid"),
        ({"ends_at": "2026-11-19 10:00"}, "event_ends_before"),
        ({"status": "已结束"}, "event_status_step"),
    ],
)
def test_bad_event_fields_are_refused_and_nothing_written(now, data, code):
    refused(code, lambda: new_event(**data))
    assert Event.select().count() == 0 and AuditEntry.select().count() == 0


def test_unknown_community_is_refused(now):
    with pytest.raises(NotFoundError) as info:
        new_event(community=99)
    assert info.value.code == "community_not_found"


def test_status_moves_forward_only_and_cancel(now, people):
    eid = new_event()
    events.set_status(eid, "报名中")
    refused("event_status_step", lambda: events.set_status(eid, "planned"))
    refused("event_close_needed", lambda: events.set_status(eid, "ended"))
    events.set_status(eid, "running")
    events.set_status(eid, "取消")
    refused("event_status_step", lambda: events.set_status(eid, "open"))
    refused("event_cancelled", lambda: signups.signup(eid, [people[0]]))
    refused("event_cancelled", lambda: events.update(eid, {"title": "新"}))
    refused("event_status_step", lambda: signups.close(eid))


def test_edit_audits_the_changed_fields_and_refuses_capacity_below_signups(now, people):
    eid = new_event()
    events.update(eid, {"title": "读书会", "capacity": 5})
    [entry] = entries("edit")
    assert "title: 咖啡沙龙 → 读书会" in entry.detail and "capacity" in entry.detail
    signups.signup(eid, people[:3])
    refused("event_capacity_below", lambda: events.update(eid, {"capacity": 2}))
    assert events.get_row(eid).capacity == 5


# ---------------------------------------------------------------- sign-ups


def test_signup_past_capacity_goes_to_the_waiting_list_in_order(now, people):
    eid = new_event(capacity=2)
    result = signups.signup(eid, people[:4])
    assert result.signed == people[:2] and result.waiting == people[2:4]
    again = signups.signup(eid, [people[0], people[3]])
    assert again.already == [people[0], people[3]] and not again.signed and not again.waiting
    assert len(entries("signup")) == 1  # the no-op wrote nothing
    # cancelling a place moves the first waiting one up, not the second
    assert signups.cancel(eid, people[1]) == people[2]
    assert [status_of(eid, c) for c in people[:4]] == ["signed", "cancelled", "signed", "waiting"]
    # cancelling a waiting one moves nobody
    assert signups.cancel(eid, people[3]) is None
    refused("event_not_signed_up", lambda: signups.cancel(eid, people[3]))
    # signing up again after cancelling: the place is taken, so waiting
    assert signups.signup(eid, [people[1]]).waiting == [people[1]]


def test_deleted_customer_is_refused_everywhere_and_nothing_written(now, people):
    eid = new_event()
    signups.signup(eid, [people[0]])
    customers.move_to_bin([people[1]])
    before = AuditEntry.select().count()
    e = refused("event_customer_deleted", lambda: signups.signup(eid, [people[2], people[1]]))
    assert e.params["name"] == "李四"
    assert EventSignup.select().count() == 1  # 王五 was not signed up either
    refused("event_customer_deleted", lambda: signups.checkin(eid, people[1]))
    refused("event_customer_deleted", lambda: signups.walk_in(eid, people[1]))
    refused("event_customer_deleted", lambda: signups.feedback(eid, people[1], 5))
    with pytest.raises(NotFoundError):
        signups.signup(eid, [999])
    assert AuditEntry.select().count() == before


# ---------------------------------------------------------------- the day


def test_find_by_name_mobile_and_pinyin_initials(now, people):
    eid = new_event()
    signups.signup(eid, people[:3])
    assert [r["name"] for r in signups.find(eid, "zs")] == ["张三"]
    assert [r["name"] for r in signups.find(eid, "lisi")] == ["李四"]
    assert [r["name"] for r in signups.find(eid, "王")] == ["王五"]
    assert [r["name"] for r in signups.find(eid, "0000003")] == ["王五"]
    assert signups.find(eid, "zl") == []  # 赵六 exists but did not sign up


def test_checkin_refuses_someone_not_signed_up_and_walk_in_admits_them(now, people):
    eid = new_event()
    signups.signup(eid, [people[0]])
    e = refused("event_not_signed_up", lambda: signups.checkin(eid, people[1]))
    assert e.params["name"] == "李四" and "walk-in" in str(e)
    now(T0 + dt.timedelta(minutes=5))
    signups.checkin(eid, people[0])
    row = EventSignup.get(EventSignup.customer == people[0])
    assert (row.status, row.checked_in_at, row.walk_in) == ("attended", T0 + dt.timedelta(minutes=5),
                                                            False)  # fmt: skip
    refused("event_already_checked_in", lambda: signups.checkin(eid, people[0]))
    assert signups.walk_in(eid, people[1]) == people[1]
    assert EventSignup.get(EventSignup.customer == people[1]).walk_in is True
    # a walk-in nobody knows: the customer is created on the spot
    new_id = signups.walk_in(eid, new_customer={"name": "孙八", "mobile": "13900000009"})
    created = Customer.get_by_id(new_id)
    assert (created.name, created.source) == ("孙八", "event")
    assert status_of(eid, new_id) == "attended"
    # a bad new customer: nothing written (neither the customer nor the sign-up)
    with pytest.raises(ValidationError):
        signups.walk_in(eid, new_customer={"name": "", "mobile": "1"})
    assert Customer.select().count() == 6 and EventSignup.select().count() == 3
    assert len(entries("checkin")) == 3


def test_close_marks_no_shows_and_refuses_later_writes(now, people):
    eid = new_event(capacity=2)
    signups.signup(eid, people[:3])  # 王五 waiting
    signups.checkin(eid, people[0])
    assert signups.close(eid) == 1
    assert [status_of(eid, c) for c in people[:3]] == ["attended", "no_show", "waiting"]
    assert events.get_row(eid).status == "ended"
    refused("event_ended", lambda: signups.signup(eid, [people[3]]))
    refused("event_ended", lambda: signups.checkin(eid, people[1]))
    refused("event_ended", lambda: signups.walk_in(eid, people[3]))
    refused("event_status_step", lambda: signups.close(eid))
    [noshow] = entries("noshow")
    assert noshow.count == 1 and noshow.target_id == eid


def test_mark_no_show_only_for_signed(now, people):
    eid = new_event()
    signups.signup(eid, people[:2])
    signups.checkin(eid, people[0])
    refused("event_not_signed_up", lambda: signups.mark_no_show(eid, [people[0]]))
    assert signups.mark_no_show(eid, [people[1]]) == 1
    assert status_of(eid, people[1]) == "no_show"


def test_feedback_from_attendees_only(now, people):
    eid = new_event()
    signups.signup(eid, people[:2])
    signups.checkin(eid, people[0])
    signups.feedback(eid, people[0], "4", "咖啡好喝")
    row = EventSignup.get(EventSignup.customer == people[0])
    assert (row.feedback_score, row.feedback_comment) == (4, "咖啡好喝")
    refused("event_not_attended", lambda: signups.feedback(eid, people[1], 5))
    refused("event_not_attended", lambda: signups.feedback(eid, people[4], 5))
    for bad in (0, 6, "x", ""):
        refused("event_score_invalid", lambda bad=bad: signups.feedback(eid, people[0], bad))
    assert EventSignup.get(EventSignup.customer == people[0]).feedback_score == 4
    assert len(entries("feedback")) == 1


def test_followups_for_attendees_and_no_shows(now, people):
    eid = new_event()
    signups.signup(eid, people[:3])
    signups.checkin(eid, people[0])
    signups.close(eid)  # 李四, 王五 no-shows
    ids = signups.plan_followups(eid, ["no_show"], subject="活动回访：咖啡沙龙")
    rows = list(Followup.select().where(Followup.id.in_(ids)).order_by(Followup.customer))
    assert [r.customer_id for r in rows] == people[1:3]
    assert all(r.subject == "活动回访：咖啡沙龙" and r.status == "open" for r in rows)
    assert rows[0].due_at.date() == dt.date(2026, 11, 19)
    [one] = signups.plan_followups(eid, ["attended"])
    assert Followup.get_by_id(one).subject == "咖啡沙龙"
    refused("event_groups_invalid", lambda: signups.plan_followups(eid, ["waiting"]))
    eid2 = new_event(title="空")
    refused("event_nobody", lambda: signups.plan_followups(eid2, ["attended"]))


# ---------------------------------------------------------------- numbers


def test_purchases_within_the_attribution_days_count_and_not_after(now, people):
    eid = new_event(starts_at="2026-11-20 14:00", attribution_days=3)
    signups.signup(eid, people[:3])
    signups.checkin(eid, people[0])
    signups.checkin(eid, people[1])
    now(dt.datetime(2026, 12, 31))
    purchases.add(people[0], "100", at=dt.datetime(2026, 11, 20, 16, 0))  # counts
    purchases.add(people[0], "50", at=dt.datetime(2026, 11, 23, 13, 0))  # day 3: counts
    purchases.add(people[1], "70", at=dt.datetime(2026, 11, 23, 15, 0))  # past 3 days
    purchases.add(people[1], "30", at=dt.datetime(2026, 11, 20, 9, 0))  # before it
    purchases.add(people[2], "80", at=dt.datetime(2026, 11, 21))  # not an attendee
    voided = purchases.add(people[1], "90", at=dt.datetime(2026, 11, 21))
    corrections.void(voided, "录错")
    assert event_metrics.attributed(eid) == {"purchases": 2, "buyers": 1, "spend_cents": 15000}


def test_metrics_against_a_hand_counted_event(now, people):
    eid = new_event(capacity=3)
    signups.signup(eid, people[:4])  # 张三 李四 王五 signed, 赵六 waiting
    signups.checkin(eid, people[0])
    signups.checkin(eid, people[1])
    signups.walk_in(eid, people[4])  # 钱七
    signups.feedback(eid, people[0], 5)
    signups.feedback(eid, people[4], 2)
    signups.close(eid)  # 王五 no-show
    m = event_metrics.compute(eid)
    # signed up: 张三 李四 王五 钱七 (walk-in) = 4; attended 3; no-shows 1; waiting 1
    assert {k: m[k] for k in ("signed_up", "attended", "no_shows", "walk_ins", "waiting")} == {
        "signed_up": 4, "attended": 3, "no_shows": 1, "walk_ins": 1, "waiting": 1}  # fmt: skip
    assert m["attendance_rate"] == round(2 / 3, 4)  # of the 3 who signed up ahead, 2 came
    assert (m["feedback_count"], m["feedback_average"]) == (2, 3.5)


# ---------------------------------------------------------------- undo and audit


def test_undo_and_redo_of_a_signup_with_the_waiting_list(now, people):
    eid = new_event(capacity=1)
    signups.signup(eid, people[:1])
    with event_changes.recording(eid) as changes:
        signups.signup(eid, people[1:3])
    assert status_of(eid, people[1]) == "waiting"
    event_changes.write(changes, to_after=False)
    assert EventSignup.select().count() == 1
    event_changes.write(changes, to_after=True)
    assert [status_of(eid, c) for c in people[:3]] == ["signed", "waiting", "waiting"]
    with event_changes.recording(eid) as changes:
        signups.cancel(eid, people[0])
    event_changes.write(changes, to_after=False)
    assert [status_of(eid, c) for c in people[:3]] == ["signed", "waiting", "waiting"]
    assert "event: #" in event_changes.describe(changes)


def test_undo_of_close_and_of_followups_and_of_a_new_event(now, people):
    with event_changes.recording() as made:
        eid = new_event()
    signups.signup(eid, people[:2])
    with event_changes.recording(eid) as closed:
        signups.close(eid)
    event_changes.write(closed, to_after=False)
    assert events.get_row(eid).status == "planned"
    assert [status_of(eid, c) for c in people[:2]] == ["signed", "signed"]
    signups.close(eid)
    with event_changes.recording(eid) as planned:
        signups.plan_followups(eid, ["no_show"])
    assert Followup.select().count() == 2
    event_changes.write(planned, to_after=False)
    assert Followup.select().count() == 0
    assert Customer.get_by_id(people[0]).next_followup_at is None
    # undoing the creation refuses: the event has changed since (sign-ups, closing)
    refused("undo_conflict", lambda: event_changes.write(made, to_after=False))


def test_audit_failure_leaves_nothing_written(now, people, monkeypatch):
    eid = new_event()

    def boom(*_a, **_k):
        raise RuntimeError("audit down")

    monkeypatch.setattr(audit, "record", boom)
    for work in (lambda: signups.signup(eid, people[:2]),
                 lambda: signups.walk_in(eid, new_customer={"name": "孙八"}),
                 lambda: new_event(title="另一个")):  # fmt: skip
        with pytest.raises(RuntimeError):
            work()
    assert EventSignup.select().count() == 0 and Event.select().count() == 1
    assert Customer.select().count() == 5
