"""Check-in records community activity ("attend", "organise") for members of the event's
community that day, and its undo takes back exactly what it added; marking attendance
from the printed sign-in list (many at once, closing the event with the no-shows)."""

import datetime as dt

import pytest

from models import clock
from models.communities import activity, communities, event_changes, events, members, signups
from models.communities.tables import CommunityActivity, CommunityMember, EventSignup
from models.customers import customers
from models.errors import NotFoundError, ValidationError
from models.storage.audit import AuditEntry

T0 = dt.datetime(2026, 11, 20, 14, 30)
DAY = T0.date()


@pytest.fixture
def setup(db):
    clock.set_now(T0)
    people = [customers.create({"name": n, "mobile": m}) for n, m in (
        ("张三", "13800000001"), ("李四", "13800000002"), ("王五", "13800000003"))]  # fmt: skip
    cid = communities.create({"name": "咖啡群", "platform": "微信群"})
    members.join(cid, people[:2], joined_on=DAY - dt.timedelta(days=10))
    eid = events.create({"title": "咖啡沙龙", "starts_at": "2026-11-20 14:00",
                         "community": cid, "status": "open"})  # fmt: skip
    signups.signup(eid, people)
    return eid, cid, people


def counts(cid):
    return {(r.customer_id, r.kind): r.count for r in CommunityActivity.select().where(
        CommunityActivity.community == cid)}  # fmt: skip


def status_of(eid, customer):
    return EventSignup.get((EventSignup.event == eid) & (EventSignup.customer == customer)).status


def test_checkin_adds_attend_and_recomputes_levels(setup):
    eid, cid, (a, b, c) = setup
    signups.checkin(eid, a)
    assert counts(cid) == {(a, "attend"): 1}
    row = CommunityActivity.get(CommunityActivity.customer == a)
    assert row.day == DAY
    level = CommunityMember.get(CommunityMember.customer == a).level
    assert level not in ("", "silent")  # 5 points today: ranked
    entry = AuditEntry.select().where(AuditEntry.action == "checkin").get()
    assert "activity: attend +1" in entry.detail


def test_organiser_is_recorded_as_organise(setup):
    eid, cid, (a, b, c) = setup
    signups.checkin(eid, b, organiser=True)
    assert counts(cid) == {(b, "organise"): 1}


def test_non_member_and_no_community_get_no_activity(setup):
    eid, cid, (a, b, c) = setup
    signups.checkin(eid, c)  # signed up, not a member
    assert counts(cid) == {}
    other = events.create({"title": "无群活动", "starts_at": "2026-11-20 15:00", "status": "open"})
    signups.signup(other, [a])
    signups.checkin(other, a)
    assert CommunityActivity.select().count() == 0


def test_left_member_gets_no_activity(setup):
    eid, cid, (a, b, c) = setup
    members.leave(cid, [a], left_on=DAY - dt.timedelta(days=1))
    signups.checkin(eid, a)
    assert counts(cid) == {}


def test_walk_in_member_gets_attend(setup):
    eid, cid, (a, b, c) = setup
    signups.cancel(eid, b)
    signups.walk_in(eid, b)
    assert counts(cid) == {(b, "attend"): 1}


def test_undo_takes_back_exactly_what_was_added_and_redo(setup):
    eid, cid, (a, b, c) = setup
    activity.record(cid, [(a, 2)], "attend", DAY)  # someone else's count, the same day
    with event_changes.recording(eid) as changes:
        signups.checkin(eid, a)
    assert counts(cid) == {(a, "attend"): 3}
    assert changes.activity == [(a, DAY, "attend", 1)]
    assert "activity: 1" in event_changes.describe(changes)
    event_changes.write(changes, to_after=False)
    assert counts(cid) == {(a, "attend"): 2}
    assert status_of(eid, a) == "signed"
    event_changes.write(changes, to_after=True)
    assert counts(cid) == {(a, "attend"): 3}
    assert status_of(eid, a) == "attended"


def test_undo_of_a_first_count_removes_the_row(setup):
    eid, cid, (a, b, c) = setup
    with event_changes.recording(eid) as changes:
        signups.checkin(eid, a)
    event_changes.write(changes, to_after=False)
    assert counts(cid) == {}


def test_undo_refused_when_the_activity_was_taken_away_meanwhile(setup):
    eid, cid, (a, b, c) = setup
    with event_changes.recording(eid) as changes:
        signups.checkin(eid, a)
    CommunityActivity.delete().execute()  # another window removed it
    with pytest.raises(ValidationError) as info:
        event_changes.write(changes, to_after=False)
    assert info.value.code == "undo_conflict"
    assert status_of(eid, a) == "attended"  # nothing written


# ---------------------------------------------------------------- many at once


def test_mark_attended_many_and_close_marks_the_rest_no_shows(setup):
    eid, cid, (a, b, c) = setup
    signups.checkin(eid, a)
    with event_changes.recording(eid) as changes:
        result = signups.mark_attended(eid, [a, b], close_event=True)
    assert (result.attended, result.already, result.no_shows) == ([b], [a], 1)
    assert result.credited == [b]
    assert [status_of(eid, x) for x in (a, b, c)] == ["attended", "attended", "no_show"]
    assert events.get_row(eid).status == "ended"
    assert counts(cid) == {(a, "attend"): 1, (b, "attend"): 1}
    event_changes.write(changes, to_after=False)  # one step takes it all back
    assert [status_of(eid, x) for x in (a, b, c)] == ["attended", "signed", "signed"]
    assert events.get_row(eid).status == "open"
    assert counts(cid) == {(a, "attend"): 1}


def test_mark_attended_refuses_bad_input_and_writes_nothing(setup):
    eid, cid, (a, b, c) = setup
    stranger = customers.create({"name": "路人", "mobile": "13900000009"})
    for ids, code in (([a, stranger], "event_not_signed_up"), ([], "event_no_customers")):
        with pytest.raises(ValidationError) as info:
            signups.mark_attended(eid, ids)
        assert info.value.code == code
    with pytest.raises(NotFoundError):
        signups.mark_attended(eid, [a, 99999])
    customers.move_to_bin([b])
    with pytest.raises(ValidationError) as info:
        signups.mark_attended(eid, [a, b])
    assert info.value.code == "event_customer_deleted"
    assert status_of(eid, a) == "signed"
    assert CommunityActivity.select().count() == 0
    signups.close(eid)
    with pytest.raises(ValidationError) as info:
        signups.mark_attended(eid, [a])
    assert info.value.code == "event_ended"
