"""Surveys (issue 27): scores by the book against hand-computed examples (all promoters,
all detractors, one answer, zero answers), by month and by segment; the refusals (score
outside the scale, deleted customer, duplicate answer) writing nothing; the closed loop
(detractor -> follow-up due 2 working days later, across a weekend; promoter -> 推荐者
tag and a referral follow-up; passives only when the survey says so); undo; erasure
keeping the scores."""

import datetime as dt

import pytest

from models import clock
from models.customers import customers
from models.errors import GuanjiaError
from models.followups.followups import Followup
from models.privacy import erasure
from models.storage.audit import AuditEntry
from models.surveys import answers, closed_loop, scores, surveys
from models.surveys.tables import Survey, SurveyAnswer
from models.tags.tables import CustomerTag, Tag

NOW = dt.datetime(2026, 12, 7, 10, 0)  # a Monday


@pytest.fixture
def people(db):
    clock.set_now(NOW)
    return [customers.create({"name": n, "owner": "王五"}) for n in "ABCDEFGHIJ"]


def _counts():
    return (Survey.select().count(), SurveyAnswer.select().count(), Followup.select().count(),
            CustomerTag.select().count(), AuditEntry.select().count())  # fmt: skip


def refused(code, fn, *args, **kw):
    before = _counts()
    with pytest.raises(GuanjiaError) as info:
        fn(*args, **kw)
    assert info.value.code == code
    assert _counts() == before


def _answer_all(survey_id, ids, scores_, day="2026-11-02 09:00"):
    return [answers.record(survey_id, c, s, at=day) for c, s in zip(ids, scores_, strict=True)]


def test_nps_by_the_book(people):
    sid = surveys.create("满意度调查", "nps")
    # 5 promoters (10 10 9 10 9), 2 passives (8 7), 3 detractors (6 5 0)
    _answer_all(sid, people, [10, 10, 9, 8, 7, 6, 5, 0, 10, 9])
    got = scores.score(sid)
    assert (got["answers"], got["promoters"], got["passives"], got["detractors"]) == (10, 5, 2, 3)
    # 50% - 30% = 20.0; margin 1.96 * sqrt((0.5 + 0.3 - 0.2^2) / 10) * 100 = 54.03
    assert got["nps"] == 20.0 and got["margin"] == 54.0 and got["few"] is True


def test_nps_extremes(people):
    zero = surveys.create("无人回答", "nps")
    got = scores.score(zero)
    assert got["answers"] == 0 and got["nps"] is None and got["margin"] is None
    fans = surveys.create("全是推荐者", "nps")
    _answer_all(fans, people[:4], [9, 10, 10, 9])
    assert (scores.score(fans)["nps"], scores.score(fans)["margin"]) == (100.0, 0.0)
    foes = surveys.create("全是贬损者", "nps")
    _answer_all(foes, people[:3], [0, 6, 3])
    assert (scores.score(foes)["nps"], scores.score(foes)["margin"]) == (-100.0, 0.0)
    one = surveys.create("一个回答", "nps")
    _answer_all(one, people[:1], [8])
    got = scores.score(one)
    assert (got["answers"], got["passives"], got["nps"], got["margin"]) == (1, 1, 0.0, 0.0)
    split = surveys.create("三个回答", "nps")
    _answer_all(split, people[:3], [10, 0, 8])
    # p = d = 1/3: 0.0; margin 1.96 * sqrt((2/3 - 0) / 3) * 100 = 92.4
    assert (scores.score(split)["nps"], scores.score(split)["margin"]) == (0.0, 92.4)


def test_csat_and_ces(people):
    csat = surveys.create("服务满意度", "csat")
    _answer_all(csat, people[:5], [5, 4, 3, 2, 5])
    got = scores.score(csat)
    assert (got["answers"], got["satisfied"], got["csat"], got["average"]) == (5, 3, 60.0, 3.8)
    ces = surveys.create("办理难易", "ces")
    _answer_all(ces, people[:3], [7, 5, 6])
    assert scores.score(ces)["ces"] == 6.0


def test_by_month_period_and_segment(people):
    sid = surveys.create("月度", "nps")
    customers.update(people[0], {"owner": "李四"})
    answers.record(sid, people[0], 10, at="2026-10-31 23:59")
    answers.record(sid, people[1], 0, at="2026-11-01 00:00")
    answers.record(sid, people[2], 9, at="2026-11-30 12:00")
    answers.record(sid, None, 7, at="2026-11-15 08:00")  # anonymous
    months = scores.score(sid, by="month")["groups"]
    assert [(g["group"], g["answers"], g["nps"]) for g in months] == [
        ("2026-10", 1, 100.0), ("2026-11", 3, 0.0)]  # fmt: skip
    assert scores.score(sid, date_from="2026-11-01", date_to="2026-11-30")["answers"] == 3
    owners = scores.score(sid, by="owner")["groups"]
    assert [(g["group"], g["answers"], g["nps"]) for g in owners] == [
        ("李四", 1, 100.0), ("王五", 2, 0.0), ("", 1, 0.0)]  # fmt: skip
    refused("score_by_invalid", scores.score, sid, by="shoe size")
    refused("survey_date_invalid", scores.score, sid, date_from="yesterday-ish")


def test_refusals_write_nothing(people):
    sid = surveys.create("NPS", "nps", target_tag="VIP")
    csat = surveys.create("CSAT", "csat")
    refused("survey_name_required", surveys.create, "  ", "nps")
    refused("survey_name_taken", surveys.create, "NPS", "csat")
    refused("survey_kind_invalid", surveys.create, "别的", "likert")
    refused("survey_period_order", surveys.create, "倒着", "nps", period_from="2026-12-01",
            period_to="2026-11-01")  # fmt: skip
    refused("score_out_of_scale", answers.record, sid, people[0], 11)
    refused("score_out_of_scale", answers.record, sid, people[0], -1)
    refused("score_out_of_scale", answers.record, sid, people[0], "九")
    refused("score_out_of_scale", answers.record, csat, people[0], 0)
    refused("survey_not_found", answers.record, 999, people[0], 5)
    refused("answer_time_invalid", answers.record, sid, people[0], 5, at="明天早上")
    customers.move_to_bin([people[1]])
    refused("not_found", answers.record, sid, people[1], 5)
    refused("not_found", answers.record, sid, 12345, 5)
    answers.record(sid, people[0], 5, at="2026-12-01 09:30")
    refused("answer_duplicate", answers.record, sid, people[0], 9, at="2026-12-01 09:30")
    answers.record(sid, people[0], 9, at="2026-12-01 09:31")  # another time: a new answer


def test_due_within_two_working_days():
    assert closed_loop.due_day(dt.date(2026, 12, 7)) == dt.date(2026, 12, 9)  # Mon -> Wed
    assert closed_loop.due_day(dt.date(2026, 12, 3)) == dt.date(2026, 12, 7)  # Thu -> Mon
    assert closed_loop.due_day(dt.date(2026, 12, 4)) == dt.date(2026, 12, 8)  # Fri -> Tue
    assert closed_loop.due_day(dt.date(2026, 12, 5)) == dt.date(2026, 12, 8)  # Sat -> Tue
    assert closed_loop.due_day(dt.date(2026, 12, 6)) == dt.date(2026, 12, 8)  # Sun -> Tue


def test_closed_loop_and_undo(people):
    sid = surveys.create("NPS", "nps")
    bad = answers.record(sid, people[0], 3, "排队太久", at="2026-12-04 18:00")  # a Friday
    row = SurveyAnswer.get_by_id(bad)
    fu = Followup.get_by_id(row.followup_id)
    assert fu.customer_id == people[0] and fu.owner == "王五" and fu.status == "open"
    assert fu.due_at == dt.datetime(2026, 12, 8) and "3分" in fu.subject
    assert fu.note == "排队太久" and fu.source == "survey"
    good = answers.record(sid, people[1], 10, "很好", at="2026-12-05 10:00")
    tag = Tag.get(Tag.name == "推荐者")
    assert CustomerTag.get_or_none(customer=people[1], tag=tag.id) is not None
    assert Followup.get_by_id(SurveyAnswer.get_by_id(good).followup_id).source == "survey_referral"
    before = Followup.select().count()
    answers.record(sid, people[2], 8, at="2026-12-05 10:00")  # passive: nothing by default
    assert Followup.select().count() == before
    keen = surveys.create("NPS 2", "nps", follow_passives=True)
    answers.record(keen, people[2], 7, at="2026-12-05 10:00")
    assert Followup.select().count() == before + 1
    answers.record(sid, None, 0, at="2026-12-05 11:00")  # anonymous: no loop
    assert Followup.select().count() == before + 1
    # undo: the answer, its follow-up and the tag it gave go
    answers.delete(good)
    assert SurveyAnswer.get_or_none(id=good) is None
    assert CustomerTag.get_or_none(customer=people[1], tag=tag.id) is None
    answers.delete(bad)
    assert Followup.get_or_none(id=row.followup_id) is None
    assert AuditEntry.select().where((AuditEntry.action == "undo")
                                     & (AuditEntry.target == "survey")).count() == 2  # fmt: skip
    refused("answer_not_found", answers.delete, bad)


def test_erasure_keeps_scores_not_the_person(people):
    sid = surveys.create("NPS", "nps")
    _answer_all(sid, people[:3], [10, 2, 8])
    answers.record(sid, people[1], 4, "店员态度差, 电话13800001111", at="2026-12-01 10:00")
    nps_before = scores.score(sid)
    erasure.erase(people[1])
    assert scores.score(sid) == nps_before
    assert SurveyAnswer.select().where(SurveyAnswer.customer_id == people[1]).count() == 0
    assert SurveyAnswer.select().where(SurveyAnswer.comment.contains("1380000")).count() == 0
    assert answers.for_customer(people[1]) == []


def test_deleted_for_good_leaves_an_anonymous_score(people):
    sid = surveys.create("NPS", "nps")
    answers.record(sid, people[0], 10, "王姐说店员很好, 手机13800001111", at="2026-12-01 10:00")
    answers.record(sid, None, 3, "太贵", at="2026-12-01 11:00")  # anonymous already: kept
    customers.move_to_bin([people[0]])
    customers.purge([people[0]])
    # the person's words go with them (as in an erasure); the score stays, anonymous
    assert sorted((a.customer_id or 0, a.score, a.comment) for a in SurveyAnswer.select()) == [
        (0, 3, "太贵"), (0, 10, "")]  # fmt: skip
    assert scores.score(sid)["nps"] == 0.0
