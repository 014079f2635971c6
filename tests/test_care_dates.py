"""Care dates: festival dates (lunar and solar), festival reminders by audience, birthday
reminders that move with the birthday and the lead days, the calendar's counts, the CLI."""

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from lunardate import LunarDate

from models import clock
from models.customers import customers
from models.customers.record import Customer
from models.errors import ValidationError
from models.excel import import_history, importer
from models.followups import care, festival_care, festivals, followups
from models.followups.followups import Followup
from models.storage import audit
from models.tags import tagging, tags

D = dt.date
T = dt.datetime
ROOT = Path(__file__).resolve().parents[1]
LUNAR = {"spring_festival": (1, 1), "lantern_festival": (1, 15), "dragon_boat": (5, 5),
         "mid_autumn": (8, 15), "double_ninth": (9, 9)}  # fmt: skip
SOLAR = {"new_year": (1, 1), "womens_day": (3, 8), "teachers_day": (9, 10),
         "national_day": (10, 1), "singles_day": (11, 11)}  # fmt: skip


def at(*args):
    clock.set_now(T(*args))


@pytest.mark.parametrize("year", [2027, 2028, 2029])
def test_festival_dates_match_the_lunar_calendar(year):
    dates = {f.code: day for f, day in festivals.in_year(year)}
    assert set(dates) == set(festivals.CODES) and len(dates) == 12
    for code, (month, day) in LUNAR.items():
        assert dates[code] == LunarDate(year, month, day, False).to_solar_date(), code
        back = LunarDate.from_solar_date(dates[code].year, dates[code].month, dates[code].day)
        assert (back.month, back.day, back.is_leap_month) == (month, day, False)
    for code, (month, day) in SOLAR.items():
        assert dates[code] == D(year, month, day)
    for code, nth, month in (("mothers_day", 2, 5), ("fathers_day", 3, 6)):
        sundays = [D(year, month, d) for d in range(1, 29) if D(year, month, d).weekday() == 6]
        assert dates[code] == sundays[nth - 1]
    assert [d for _f, d in festivals.in_year(year)] == sorted(dates.values())


def test_known_festival_dates_and_leap_months():
    assert festivals.date_of("spring_festival", 2027) == D(2027, 2, 6)
    assert festivals.date_of("mid_autumn", 2027) == D(2027, 9, 15)
    assert festivals.date_of("spring_festival", 2028) == D(2028, 1, 26)
    assert festivals.date_of("mothers_day", 2027) == D(2027, 5, 9)
    assert festivals.date_of("fathers_day", 2027) == D(2027, 6, 20)
    # 2028 has a leap fifth month: 端午 is the ordinary 5/5, a month before the leap one.
    assert LunarDate.leap_month_for_year(2028) == 5
    assert festivals.date_of("dragon_boat", 2028) == D(2028, 5, 28)
    assert LunarDate(2028, 5, 5, True).to_solar_date() == D(2028, 6, 27)
    # 2025 had a leap sixth month: 中秋 (8/15) was not pushed by it wrongly.
    assert LunarDate.leap_month_for_year(2025) == 6
    assert festivals.date_of("mid_autumn", 2025) == D(2025, 10, 6)
    assert festivals.date_of("double_ninth", 2099) == D(2099, 10, 22)
    assert festivals.date_of("new_year", 1901) == D(1901, 1, 1)


def test_festival_bad_input():
    for bad in (1900, 2100, "abc", "", "20x7", -5):
        with pytest.raises(ValidationError) as err:
            festivals.date_of("spring_festival", bad)
        assert err.value.code == "festival_year_range"
    with pytest.raises(ValidationError) as err:
        festivals.date_of("christmas", 2027)
    assert err.value.code == "festival_unknown"
    assert festivals.between(D(2100, 1, 1), D(2100, 12, 31)) == {}
    found = festivals.between(D(2027, 9, 1), D(2027, 10, 8))
    assert {day: [f.code for f in fs] for day, fs in found.items()} == {
        D(2027, 9, 10): ["teachers_day"], D(2027, 9, 15): ["mid_autumn"],
        D(2027, 10, 1): ["national_day"], D(2027, 10, 8): ["double_ninth"],
    }  # fmt: skip


def _festival_rows(code=None):
    query = Followup.select().where(Followup.source == "festival")
    if code:
        query = query.where(Followup.care_key.startswith(f"festival:{code}:"))
    return {(r.customer_id, r.care_key, r.due_at.date(), r.note, r.owner) for r in query}


def test_festival_reminders_by_tag_and_stage_made_once(db):
    at(2027, 9, 1, 9, 0)
    vip = customers.create({"name": "贵宾", "owner": "小李"})
    active = customers.create({"name": "活跃", "stage": "active"})
    lead = customers.create({"name": "线索", "stage": "lead"})
    gone = customers.create({"name": "已删", "stage": "active"})
    customers.move_to_bin([gone])
    tag = tags.create_tag("VIP")
    tagging.add_tags([tag.id], [vip])
    # Off by default: nothing is made.
    assert festival_care.ensure_reminders() == 0 and _festival_rows() == set()
    festival_care.configure(
        "mid_autumn", on=True, audience="tags", tags=[tag.id], lead_days=5,
        template="{name}，{festival}快乐{{月圆}}",
    )  # fmt: skip
    festival_care.configure("national_day", on=True, audience="stages", stages=["active"])
    assert festival_care.ensure_reminders() == 0  # 中秋 (9/15) is due 9/10: past the week
    at(2027, 9, 8, 9, 0)
    assert festival_care.ensure_reminders() == 1
    assert _festival_rows() == {
        (vip, "festival:mid_autumn:2027", D(2027, 9, 10), "贵宾，中秋节快乐{月圆}", "小李")
    }
    assert festival_care.ensure_reminders() == 0
    assert Customer.get_by_id(vip).next_followup_at == T(2027, 9, 10)
    # A wider audience: the new customers get theirs, nobody a second one.
    festival_care.configure("mid_autumn", audience="all")
    assert festival_care.ensure_reminders() == 2
    assert {c for c, *_ in _festival_rows("mid_autumn")} == {vip, active, lead}
    assert festival_care.make_reminders("mid_autumn", 2027, D(2027, 9, 10)) == 0
    at(2027, 9, 27, 9, 0)
    assert festival_care.ensure_reminders() == 1  # 国庆 for the active stage only
    assert {(c, k) for c, k, *_ in _festival_rows("national_day")} == {
        (active, "festival:national_day:2027")
    }
    # After the festival (the program closed over it): nothing late for a past day.
    festival_care.configure("teachers_day", on=True)
    assert festival_care.ensure_reminders() == 0
    assert festival_care.parse_care_key("festival:national_day:2027") == ("national_day", 2027)
    assert festival_care.parse_care_key("birthday:2027-01-01:day") is None
    entries = audit.entries(audit.AuditQuery(target="setting"))
    assert [e["action"] for e in entries] == ["settings"] * 4
    assert any("festival mid_autumn: audience: tags → all" in e["detail"] for e in entries)


def test_festival_settings_refuse_bad_input(db):
    tag = tags.create_tag("VIP")
    festival_care.configure("spring_festival", on=True)
    before = festival_care.all_settings()
    bad = [
        ("christmas", {"on": True}),
        ("spring_festival", {"template": "{name}，{nmae}新年好"}),
        ("spring_festival", {"template": "{0}新年好"}),
        ("spring_festival", {"template": "  "}),
        ("spring_festival", {"lead_days": 61}),
        ("spring_festival", {"lead_days": "soon"}),
        ("spring_festival", {"audience": "friends"}),
        ("spring_festival", {"audience": "tags", "tags": []}),
        ("spring_festival", {"audience": "tags", "tags": [tag.id + 99]}),
        ("spring_festival", {"audience": "stages", "stages": ["vip"]}),
    ]
    for code, changes in bad:
        with pytest.raises(ValidationError):
            festival_care.configure(code, **changes)
    assert festival_care.all_settings() == before
    with pytest.raises(ValidationError) as err:
        festival_care.configure("spring_festival", template="{customer}")
    assert err.value.code == "festival_greeting_placeholder"
    # A chosen tag deleted later: it drops out, the festival can still be changed.
    other = tags.create_tag("老客户")
    festival_care.configure("mid_autumn", audience="tags", tags=[tag.id, other.id])
    tags.delete_tag(other.id)
    assert festival_care.configure("mid_autumn", on=True)["tags"] == [tag.id]
    with pytest.raises(ValidationError):
        festival_care.configure("mid_autumn", tags=["x"])
    assert festival_care.greeting("spring_festival", "王") == festival_care.GREETINGS[
        "spring_festival"
    ].format(name="王")


def _birthday_rows(cid):
    rows = followups.for_customer(cid)
    return sorted(
        (r["care_key"], r["due_at"].date(), r["status"])
        for r in rows if r["source"] == "birthday"
    )  # fmt: skip


def test_birthday_reminders_move_when_the_birthday_changes(db):
    at(2026, 12, 1, 8, 0)
    c = customers.create({"name": "王芳", "birthday": "1990-12-05"})
    other = customers.create({"name": "李雷", "birthday": "1991-12-05"})
    assert care.ensure_reminders() == 4
    ahead = next(r for r in followups.for_customer(c) if r["care_key"].endswith(":ahead"))
    followups.complete(ahead["id"], "礼物已备")
    customers.update(c, {"birthday": "1990-12-06"})
    assert _birthday_rows(c) == [
        ("birthday:2026-12-05:ahead", D(2026, 12, 2), "done"),  # done: stays
        ("birthday:2026-12-06:ahead", D(2026, 12, 3), "open"),  # made for the new day
        ("birthday:2026-12-06:day", D(2026, 12, 6), "open"),  # moved
    ]
    assert care.ensure_reminders() == 0  # nothing doubled by the next run
    # A lunar birthday: the reminder moves to where birthdays_on finds it.
    customers.update(c, {"birthday": "1990-10-28", "birthday_lunar": True})
    lunar_day = LunarDate(2026, 10, 28).to_solar_date()
    assert lunar_day == D(2026, 12, 6)
    assert c in {cid for cid, _n, _o in care.birthdays_on(lunar_day)}
    assert [k for k, _d, s in _birthday_rows(c) if s == "open"] == [
        "birthday:2026-12-06:ahead", "birthday:2026-12-06:day"
    ]  # fmt: skip
    # Far away: the open ones go (made when their week comes); cleared: gone too.
    customers.update(c, {"birthday": "1990-06-01", "birthday_lunar": False})
    assert [s for _k, _d, s in _birthday_rows(c)] == ["done"]
    customers.update(c, {"birthday": "1990-12-04"})
    assert [k for k, _d, s in _birthday_rows(c) if s == "open"] == [
        "birthday:2026-12-04:ahead", "birthday:2026-12-04:day"
    ]  # fmt: skip
    assert [d for k, d, s in _birthday_rows(c) if k.endswith("12-04:ahead")] == [D(2026, 12, 1)]
    customers.update(c, {"birthday": ""})
    assert [s for _k, _d, s in _birthday_rows(c)] == ["done"]
    assert Customer.get_by_id(c).next_followup_at is None
    # The other customer was not touched by any of it.
    assert [(k, d) for k, d, _s in _birthday_rows(other)] == [
        ("birthday:2026-12-05:ahead", D(2026, 12, 2)), ("birthday:2026-12-05:day", D(2026, 12, 5))
    ]  # fmt: skip
    # Undo of an edit (a snapshot written back) moves them as well.
    snap = customers.snapshot(other)
    customers.update(other, {"birthday": "1991-12-07"})
    assert [k for k, _d, _s in _birthday_rows(other)][-1] == "birthday:2026-12-07:day"
    customers.write_snapshot(snap)
    assert [k for k, _d, _s in _birthday_rows(other)] == [
        "birthday:2026-12-05:ahead", "birthday:2026-12-05:day"
    ]  # fmt: skip


def test_birthday_reminders_move_when_the_lead_days_change(db):
    at(2026, 12, 1, 8, 0)
    c = customers.create({"name": "王芳", "birthday": "1990-12-06"})
    done = customers.create({"name": "李雷", "birthday": "1991-12-04"})
    assert care.ensure_reminders() == 4
    done_ahead = next(r for r in followups.for_customer(done) if r["care_key"].endswith("ahead"))
    followups.complete(done_ahead["id"], "")
    care.configure(days=1)
    assert _birthday_rows(c) == [
        ("birthday:2026-12-06:ahead", D(2026, 12, 5), "open"),
        ("birthday:2026-12-06:day", D(2026, 12, 6), "open"),
    ]
    assert _birthday_rows(done)[0] == ("birthday:2026-12-04:ahead", D(2026, 12, 1), "done")
    assert care.ensure_reminders() == 0
    care.configure(days=10)  # ten days before the 6th is past: today
    assert _birthday_rows(c)[0] == ("birthday:2026-12-06:ahead", D(2026, 12, 1), "open")
    care.configure(days=0)
    assert _birthday_rows(c) == [("birthday:2026-12-06:day", D(2026, 12, 6), "open")]
    assert care.ensure_reminders() == 0
    with pytest.raises(ValidationError):
        care.configure(days=99)
    assert care.lead_days() == 0 and len(_birthday_rows(c)) == 1
    details = [e["detail"] for e in audit.entries(audit.AuditQuery(target="setting"))]
    assert "birthday care: lead_days: 3 → 1" in details and len(details) == 3


def test_birthday_counts_match_birthdays_on(demo_db):
    first, last = D(2027, 1, 25), D(2027, 3, 7)
    counts = care.birthday_counts(first, last)
    day = first
    while day <= last:
        assert counts.get(day, 0) == len(care.birthdays_on(day)), day
        day += dt.timedelta(days=1)
    assert sum(counts.values()) > 0


def _cli(*args, now="2027-03-01T09:00"):
    env = {"GUANJIA_NOW": now, "PATH": "/usr/bin:/bin", "LANG": "en_US.UTF-8"}
    return subprocess.run([sys.executable, "-m", "desktop", "care", "festivals", *args],
                          capture_output=True, text=True, cwd=ROOT, env=env)  # fmt: skip


def test_cli_care_festivals_contract(tmp_path):
    done = _cli("--year", "2028", "--json")
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(rows) == 12
    assert all(set(r) == {"code", "name", "name_en", "date", "calendar"} for r in rows)
    by_name = {r["name"]: r for r in rows}
    assert by_name["春节"]["date"] == "2028-01-26" and by_name["春节"]["calendar"] == "lunar"
    assert by_name["端午节"]["date"] == "2028-05-28"
    assert by_name["国庆节"] == {
        "code": "national_day", "name": "国庆节", "name_en": "National Day",
        "date": "2028-10-01", "calendar": "solar",
    }  # fmt: skip
    this_year = [json.loads(line) for line in _cli("--json").stdout.splitlines()]
    assert this_year[1]["date"] == "2027-02-06"  # the clock's year
    text = _cli("--year", "2027")
    assert text.returncode == 0 and "2027-09-15\t中秋节" in text.stdout
    for bad in ("2100", "1900", "next"):
        failed = _cli("--year", bad, "--json")
        assert failed.returncode == 1 and failed.stdout == ""
        assert len(failed.stderr.strip().splitlines()) == 1 and bad in failed.stderr


def test_an_import_moves_birthday_reminders_and_its_undo_moves_them_back(db, tmp_path):
    """Birthdays changed by an import (update mode) move their open reminders like an
    edit does; undoing the import puts them back."""
    at(2026, 12, 1, 8, 0)
    c = customers.create({"name": "王芳", "mobile": "13800000001", "birthday": "1990-12-05"})
    assert care.ensure_reminders() == 2
    book = openpyxl.Workbook()
    book.active.append(["姓名", "手机号码", "生日"])
    book.active.append(["王芳", "13800000001", "1990-12-06"])
    book.save(tmp_path / "b.xlsx")
    opts = importer.Options(on_duplicate="update")
    result = importer.run(importer.plan(importer.load(tmp_path / "b.xlsx", opts), opts))
    assert result.updated == 1
    assert [k for k, _d, s in _birthday_rows(c) if s == "open"] == [
        "birthday:2026-12-06:ahead", "birthday:2026-12-06:day"
    ]  # fmt: skip
    import_history.undo(result.import_id)
    assert customers.get(c)["birthday"] == "1990-12-05"
    assert [k for k, _d, s in _birthday_rows(c) if s == "open"] == [
        "birthday:2026-12-05:ahead", "birthday:2026-12-05:day"
    ]  # fmt: skip
