"""Complaints finished (issue 24): a return visit completed from anywhere goes through the
complaint's visit step (or is refused with the reason); a deadline set by hand survives
SLA changes; business hours with a lunch break and a holiday calendar (法定节假日, 调休
working days) imported from a real .xlsx; the unfiltered count joins no customer."""

import datetime as dt

import openpyxl
import pytest

from models import clock
from models.complaints import (
    complaint_list,
    complaint_sla,
    complaints,
    holiday_edits,
    holidays,
    return_visits,
    vocabulary,
)
from models.customers import customers
from models.errors import NotFoundError, ValidationError
from models.followups import followup_bulk, followups, interactions
from models.schema import migrations
from models.schema.opening import open_database
from models.storage import audit
from models.storage.db import close_database, connect_database
from tests.test_cli import guanjia

T0 = dt.datetime(2026, 11, 18, 10, 0)  # a Wednesday
# Test data in the shape of the State Council's notice (the 2027 notice is not out: the
# dates follow the usual pattern): 国庆 Oct 1-7 off, Sunday Sep 26 and Saturday Oct 9
# working days (调休).
HOLIDAYS_2027 = [(dt.date(2027, 10, d), "holiday", "国庆节") for d in range(1, 8)]
WORKDAYS_2027 = [(dt.date(2027, 9, 26), "workday", "国庆节调休"),
                 (dt.date(2027, 10, 9), "workday", "国庆节调休")]  # fmt: skip
OFFICE = {"hours": ["09:00", "18:00"], "lunch": ["12:00", "13:30"], "days": [0, 1, 2, 3, 4]}


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


@pytest.fixture
def cid(db):
    clock.set_now(T0)
    return customers.create({"name": "张三", "mobile": "13800138000", "owner": "王芳"})


def resolved(cid) -> tuple[int, int]:
    """A complaint waiting for its return visit, and that visit's follow-up."""
    k = complaints.create(cid, category="quality", description="衣服有破洞")
    complaints.step(k, "respond")
    complaints.step(k, "start")
    fid = complaints.step(k, "resolve", root_cause="缝线", solution="换新")["followup_id"]
    return k, fid


def snapshot(k, fid):
    return (
        complaint_list.get(k)["status"],
        followups.get(fid)["status"],
        len(list(interactions.listing(None))),
        complaints.ComplaintEvent.select().count(),
    )


# ---------------------------------------------------------------- return visits


def test_a_plain_complete_of_a_return_visit_is_refused_by_the_lower_floor(cid):
    k, fid = resolved(cid)
    before = snapshot(k, fid)
    with pytest.raises(ValidationError) as err:
        followups.complete(fid, "ok")
    assert err.value.code == "followup_owned" and err.value.params["followup_id"] == fid
    other = followups.create(cid, "2026-11-18")
    with pytest.raises(ValidationError) as err:  # all or nothing: the other one stays open
        followup_bulk.complete_many([other, fid], "群发")
    assert err.value.code == "followup_owned"
    assert followups.get(other)["status"] == "open"
    assert snapshot(k, fid) == before


def test_completing_a_return_visit_routes_through_the_visit_step(cid):
    k, fid = resolved(cid)
    before = snapshot(k, fid)
    with pytest.raises(ValidationError) as err:
        return_visits.complete(fid, "满意")
    assert err.value.code == "visit_needs_satisfaction"
    assert err.value.params == {"followup_id": fid, "complaint_id": k}
    assert snapshot(k, fid) == before
    with pytest.raises(ValidationError) as err:  # a bad score: refused by the step
        return_visits.complete(fid, "满意", satisfaction=6)
    assert err.value.code == "satisfaction" and snapshot(k, fid) == before

    done = return_visits.complete(fid, "客户很满意", satisfaction=5, next_due="2026-12-01")
    row = complaint_list.get(k)
    assert row["status"] == "return_visited"
    assert row["satisfaction"] == 5 and row["visit_comment"] == "客户很满意"
    assert followups.get(fid)["status"] == "done"
    assert followups.get(fid)["outcome"] == "5/5 客户很满意"
    assert done.interaction_id is not None and len(done.next_ids) == 1
    assert followups.get(done.next_ids[0])["due_at"] == dt.datetime(2026, 12, 1)
    assert return_visits.visited_complaint(fid) == k
    # an ordinary follow-up is completed as before
    plain = followups.create(cid, "2026-11-18")
    assert return_visits.complete(plain, "ok").interaction_id is not None
    assert return_visits.visited_complaint(plain) is None


def test_bulk_complete_leaves_return_visits_out_or_routes_them(cid):
    k, fid = resolved(cid)
    plain = followups.create(cid, "2026-11-18")
    result = return_visits.complete_many([plain, fid], "已联系")
    assert result.done == [plain] and result.left_out == [fid] and result.visited == []
    assert followups.get(plain)["status"] == "done"
    assert complaint_list.get(k)["status"] == "resolved"  # still waits: visit still open
    assert followups.get(fid)["status"] == "open"
    result = return_visits.complete_many([fid], "好", satisfaction=4)
    assert result.done == [fid] and result.visited == [k]
    assert complaint_list.get(k)["status"] == "return_visited"


def test_bulk_complete_is_all_or_nothing(cid):
    k, fid = resolved(cid)
    plain = followups.create(cid, "2026-11-18")
    complaints.Complaint.update(status="in_progress").where(complaints.Complaint.id == k).execute()
    with pytest.raises(ValidationError) as err:  # the step refuses: nothing completed
        return_visits.complete_many([plain, fid], "x", satisfaction=3)
    assert err.value.code == "step_out_of_order"
    assert followups.get(plain)["status"] == "open" and followups.get(fid)["status"] == "open"


def test_cli_done_on_a_return_visit(tmp_path):
    db = tmp_path / "c.db"
    env = {"GUANJIA_NOW": "2026-11-18T10:00", "LANG": "C"}
    assert guanjia("customers", "add", "--name", "张三", db=db, env=env).returncode == 0
    for args in (
        ("add", "--customer", "1", "--category", "quality", "--description", "破洞"),
        ("respond", "1"),
        ("start", "1"),
        ("resolve", "1", "--root-cause", "缝线", "--solution", "换新"),
    ):
        assert guanjia("complaints", *args, db=db, env=env).returncode == 0
    r = guanjia("followups", "done", "1", "--outcome", "满意", db=db, env=env)
    assert r.returncode == 1 and r.stdout == ""
    assert "return visit of complaint 1" in r.stderr and "--satisfaction" in r.stderr
    assert "nothing was changed" in r.stderr
    shown = guanjia("complaints", "show", "1", "--json", db=db, env=env)
    assert '"status": "resolved"' in shown.stdout
    r = guanjia("followups", "done", "1", "--satisfaction", "9", db=db, env=env)
    assert r.returncode == 1 and "1 to 5" in r.stderr
    r = guanjia("followups", "done", "1", "--outcome", "满意", "--satisfaction", "5",
                "--json", db=db, env=env)  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert '"complaint_id": 1' in r.stdout and '"status": "done"' in r.stdout
    shown = guanjia("complaints", "show", "1", "--json", db=db, env=env)
    assert '"status": "return_visited"' in shown.stdout and '"satisfaction": 5' in shown.stdout
    zh = guanjia("followups", "done", "1", db=db, env={**env, "LANG": "zh_CN.UTF-8"})
    assert zh.returncode == 1 and "已" in zh.stderr  # already done, in Chinese


def test_cli_refusal_is_in_chinese(tmp_path):
    db = tmp_path / "c.db"
    env = {"GUANJIA_NOW": "2026-11-18T10:00", "LANG": "zh_CN.UTF-8"}
    assert guanjia("customers", "add", "--name", "张三", db=db, env=env).returncode == 0
    for args in (
        ("add", "--customer", "1", "--category", "quality", "--description", "破洞"),
        ("respond", "1"),
        ("start", "1"),
        ("resolve", "1", "--root-cause", "缝线", "--solution", "换新"),
    ):
        assert guanjia("complaints", *args, db=db, env=env).returncode == 0
    r = guanjia("followups", "done", "1", db=db, env=env)
    assert r.returncode == 1 and "回访" in r.stderr and "--satisfaction" in r.stderr


# ---------------------------------------------------------------- deadlines by hand


def test_a_deadline_set_by_hand_is_kept_when_the_sla_changes(cid):
    by_hand = complaints.create(cid, category="quality", description="a")
    by_sla = complaints.create(cid, category="quality", description="b")
    for k in (by_hand, by_sla):
        complaints.step(k, "respond")
    complaints.step(by_hand, "start", deadline="2026-11-25T17:00")
    # the window's form sends the SLA's deadline as it showed it: not set by hand
    complaints.step(by_sla, "start", deadline=complaints.get_row(by_sla).resolve_due)
    row = complaints.get_row(by_hand)
    assert row.deadline_by_hand and row.resolve_due == at("2026-11-25T17:00")
    assert not complaints.get_row(by_sla).deadline_by_hand
    complaints.configure({"resolve_hours": {"normal": 10}})
    assert complaints.get_row(by_hand).resolve_due == at("2026-11-25T17:00")
    assert complaints.get_row(by_sla).resolve_due == at("2026-11-18T20:00")  # T0 + 10 h
    complaints.edit(by_hand, severity="urgent")  # an edit keeps it too
    assert complaints.get_row(by_hand).resolve_due == at("2026-11-25T17:00")

    # set by hand later, refused when past or closed, then cleared: the SLA's again
    with pytest.raises(ValidationError) as err:
        complaints.set_deadline(by_sla, "2026-11-01T09:00")
    assert err.value.code == "deadline_past"
    complaints.set_deadline(by_sla, "2026-11-30")
    row = complaints.get_row(by_sla)
    assert row.deadline_by_hand and row.resolve_due == at("2026-11-30T23:59")
    entry = audit.AuditEntry.select().order_by(audit.AuditEntry.id.desc()).get()
    assert (entry.action, entry.target, entry.target_id) == ("edit", "complaint", by_sla)
    assert "resolve_due: 2026-11-18 20:00 → 2026-11-30 23:59" in entry.detail
    complaints.set_deadline(by_sla, None)
    row = complaints.get_row(by_sla)
    assert not row.deadline_by_hand and row.resolve_due == at("2026-11-18T20:00")
    complaints.step(by_hand, "resolve", root_cause="x", solution="y")
    with pytest.raises(ValidationError) as err:
        complaints.set_deadline(by_hand, "2026-12-30")
    assert err.value.code == "deadline_closed"
    complaints.step(by_hand, "reopen", note="又坏了")  # the clock restarts: by the SLA
    assert not complaints.get_row(by_hand).deadline_by_hand


def test_step_15_upgrades_an_older_database(db_path):
    db = connect_database(db_path)
    migrations.upgrade(db, target=14)
    columns = [c.name for c in db.get_columns("complaint")]
    assert "deadline_by_hand" not in columns and not db.table_exists("calendar_day")
    close_database()
    db = open_database(db_path)
    assert "deadline_by_hand" in [c.name for c in db.get_columns("complaint")]
    assert "calendar_day_day" in [i.name for i in db.get_indexes("calendar_day")]
    close_database()


# ---------------------------------------------------------------- business hours


def office(**changes) -> complaint_sla.Sla:
    sla = complaint_sla.from_json(OFFICE | changes)
    days = HOLIDAYS_2027 + WORKDAYS_2027
    return complaint_sla.Sla(
        **{**sla.__dict__,
           "holidays": frozenset(d for d, k, _ in days if k == "holiday"),
           "workdays": frozenset(d for d, k, _ in days if k == "workday")},
    )  # fmt: skip


@pytest.mark.parametrize(
    ("start", "hours", "end"),
    [
        ("2027-09-21T10:00", 1, "2027-09-21T11:00"),  # inside the morning
        ("2027-09-21T11:00", 2, "2027-09-21T14:30"),  # across lunch: 1 h + 1 h after 13:30
        ("2027-09-21T12:30", 1, "2027-09-21T14:30"),  # starts at lunch: counts from 13:30
        ("2027-09-21T12:00", 1.5, "2027-09-21T15:00"),
        ("2027-09-21T07:00", 3, "2027-09-21T12:00"),  # before opening: to the lunch break
        ("2027-09-21T19:00", 1, "2027-09-22T10:00"),  # after closing: the next morning
        ("2027-09-17T17:00", 8, "2027-09-20T17:30"),  # Friday: the weekend skipped
        # Friday before the 调休 Sunday: Fri 1 h, Sun 26 3 h + 4 h
        ("2027-09-24T17:00", 8, "2027-09-26T17:30"),
        # the day before 国庆: 1 h, Oct 1-7 closed, Fri Oct 8 3 h + 4 h
        ("2027-09-30T17:00", 8, "2027-10-08T17:30"),
        # on into the 调休 Saturday Oct 9 (7.5 h a day): ends at its close
        ("2027-09-30T17:00", 16, "2027-10-09T18:00"),
        ("2027-10-03T10:00", 1, "2027-10-08T10:00"),  # received on a holiday
    ],
)
def test_business_hours_with_lunch_weekends_holidays_and_workdays(start, hours, end):
    assert complaint_sla.add_hours(at(start), hours, office()) == at(end)


def test_business_hours_settings_are_checked():
    for bad, code in (
        ({"lunch": ["12:00", "11:00"]}, "sla_lunch"),
        ({"lunch": ["08:00", "10:00"]}, "sla_lunch"),  # starts before opening
        ({"lunch": ["17:00", "19:00"]}, "sla_lunch"),
        ({"lunch": ["noon", "13:00"]}, "sla_time"),
    ):
        with pytest.raises(ValidationError) as err:
            complaint_sla.from_json(OFFICE | bad)
        assert err.value.code == code
    saved = complaint_sla.from_json(OFFICE).to_json()
    assert saved["lunch"] == ["12:00", "13:30"]
    assert complaint_sla.from_json({"lunch": ["12:00", "13:00"]}).lunch is None  # no hours


def test_holidays_entered_move_open_deadlines_but_not_those_set_by_hand(cid):
    clock.set_now(at("2027-09-30T17:00"))
    complaints.configure(OFFICE | {"resolve_hours": {"normal": 8}})
    k = complaints.create(cid, category="quality", description="a")
    by_hand = complaints.create(cid, category="quality", description="b")
    complaints.set_deadline(by_hand, "2027-10-02T12:00")
    assert complaints.get_row(k).resolve_due == at("2027-10-01T17:30")  # Fri Oct 1 open
    for day, kind, name in HOLIDAYS_2027:
        holiday_edits.set_day(day, kind, name)
    assert complaints.get_row(k).resolve_due == at("2027-10-08T17:30")
    assert complaints.get_row(by_hand).resolve_due == at("2027-10-02T12:00")
    holiday_edits.set_day("2027-10-01", "班")  # replaced: a working day now
    assert holidays.days_of_year(2027)[0]["kind"] == "workday"
    assert complaints.get_row(k).resolve_due == at("2027-10-01T17:30")
    holiday_edits.remove_day("2027-10-01")
    with pytest.raises(NotFoundError):
        holiday_edits.remove_day("2027-10-01")
    with pytest.raises(ValidationError) as err:
        holiday_edits.set_day("2027-10-01", "周末")
    assert err.value.code == "holiday_kind"
    with pytest.raises(ValidationError) as err:
        holiday_edits.set_day("2027-02-30", "休")
    assert err.value.code == "holiday_date"
    entries = audit.AuditEntry.select().where(audit.AuditEntry.action == "settings")
    # the SLA configured once, then nine holiday edits: settings that change data
    assert entries.count() == 10 and {e.target for e in entries} == {"setting"}


def write_xlsx(path, rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_holiday_import_from_a_real_xlsx(cid, tmp_path):
    holiday_edits.set_day("2027-05-01", "休", "劳动节")  # 2027 is replaced by the file
    holiday_edits.set_day("2026-10-01", "休", "国庆节")  # another year stays
    rows = [("日期", "类型", "名称")]
    rows += [(d, "休", n) for d, _k, n in HOLIDAYS_2027]  # dates as Excel dates
    rows += [(d.isoformat(), "班", n) for d, _k, n in WORKDAYS_2027]  # and as text
    path = write_xlsx(tmp_path / "2027.xlsx", rows)
    result = holiday_edits.import_file(path)
    assert (result.years, result.holidays, result.workdays) == ([2027], 7, 2)
    assert [r["day"] for r in holidays.days_of_year(2027)][:2] == [
        dt.date(2027, 9, 26), dt.date(2027, 10, 1),
    ]  # fmt: skip
    assert holidays.years() == [2026, 2027]
    closed, open_days = holidays.calendar()
    assert dt.date(2027, 5, 1) not in closed and dt.date(2026, 10, 1) in closed
    assert open_days == {dt.date(2027, 9, 26), dt.date(2027, 10, 9)}
    assert vocabulary.sla().holidays == closed


def test_holiday_import_refuses_bad_rows_with_their_lines(cid, tmp_path):
    holiday_edits.set_day("2027-05-01", "休", "劳动节")
    rows = [
        ("日期", "类型", "名称"),
        ("2027-10-01", "休", "国庆节"),
        ("2027年10月2日", "holiday", "国庆节"),
        ("十月三日", "休", "国庆节"),  # line 4: not a date
        ("2027-10-04", "周末", ""),  # line 5: neither 休 nor 班
        ("2027/10/01", "休", ""),  # line 6: twice
    ]
    path = write_xlsx(tmp_path / "bad.xlsx", rows)
    with pytest.raises(ValidationError) as err:
        holiday_edits.import_file(path)
    assert err.value.code == "holiday_rows" and err.value.params["line"] == 4
    problems = [(p.line, p.code) for p in err.value.params["problems"]]
    assert problems == [(4, "holiday_date"), (5, "holiday_kind"), (6, "holiday_twice")]
    assert [r["day"] for r in holidays.days_of_year(2027)] == [dt.date(2027, 5, 1)]
    csv_path = tmp_path / "2027.csv"
    csv_path.write_text("2027-10-01,休,国庆节\n2027-10-09,班,调休\n", encoding="utf-8")
    assert holiday_edits.import_file(csv_path).workdays == 1  # no header: fine too
    (tmp_path / "empty.csv").write_text("日期,类型\n", encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        holiday_edits.import_file(tmp_path / "empty.csv")
    assert err.value.code == "holiday_empty"


# ---------------------------------------------------------------- counting


def test_counting_without_a_filter_joins_no_customer(cid):
    sql, _params = complaint_list.count_query(complaint_list.ComplaintFilter()).sql()
    assert "JOIN" not in sql.upper()
    sql, _params = complaint_list.count_query(complaint_list.where(status="open")).sql()
    assert "JOIN" not in sql.upper()
    sql, _params = complaint_list.count_query(complaint_list.where(search="张三")).sql()
    assert "JOIN" in sql.upper()  # the search reads the customer's name and mobile
    a = complaints.create(cid, category="quality", description="a")
    other = customers.create({"name": "李四"})
    complaints.create(other, category="quality", description="b")
    assert complaint_list.count(complaint_list.ComplaintFilter()) == 2
    customers.move_to_bin([other])  # to the recycle bin: its complaint is left out
    assert complaint_list.count(complaint_list.ComplaintFilter()) == 1
    assert complaint_list.count(complaint_list.ComplaintFilter(live=False)) == 2
    assert complaint_list.count(complaint_list.where(search="张三")) == 1
    assert complaint_list.count(complaint_list.where(search="李四")) == 0
    assert complaint_list.open_counts()["open"] == 1
    assert [r["id"] for r in complaint_list.rows(complaint_list.ComplaintFilter())] == [a]
