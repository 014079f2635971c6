"""Stay in touch, birthday care (solar and lunar), reminders with the injected clock."""

import datetime as dt

import pytest
from lunardate import LunarDate

from models import clock
from models.customers import customers
from models.customers.record import Customer
from models.errors import NotFoundError, ValidationError
from models.followups import agenda, care, followups, interactions, reminders, stay_in_touch
from models.tags import tagging, tags

D = dt.date
T = dt.datetime


def at(*args):
    clock.set_now(T(*args))


def test_stay_in_touch_rules_reset_by_any_interaction(db):
    at(2026, 1, 1, 9, 0)
    vip = customers.create({"name": "VIP 甲", "stage": "active"})
    plain = customers.create({"name": "普通 乙", "stage": "active"})
    alone = customers.create({"name": "单独 丙"})
    tag = tags.create_tag("VIP")
    tagging.add_tags([tag.id], [vip])
    stay_in_touch.set_rule("tag", tag.id, 30)
    stay_in_touch.set_rule("stage", "active", 60)
    stay_in_touch.set_rule("customer", alone, 7)
    assert stay_in_touch.due(D(2026, 1, 7)) == []
    due = stay_in_touch.due(D(2026, 1, 8))
    assert [(r["customer_id"], r["due"], r["overdue_days"]) for r in due] == [
        (alone, D(2026, 1, 8), 0)
    ]
    due = stay_in_touch.due(D(2026, 2, 1))
    # VIP is under both its tag (30) and its stage (60): the shorter interval wins.
    assert [(r["customer_id"], r["every_days"], r["overdue_days"]) for r in due] == [
        (alone, 7, 24), (vip, 30, 1)
    ]  # fmt: skip
    assert {r["customer_id"] for r in stay_in_touch.due(D(2026, 3, 2))} == {alone, vip, plain}
    at(2026, 2, 1, 15, 0)
    interactions.log(vip, "微信", "问候")  # any logged contact restarts the clock
    assert [r["customer_id"] for r in stay_in_touch.due(D(2026, 2, 1))] == [alone]
    due = {r["customer_id"]: r["due"] for r in stay_in_touch.due(D(2026, 3, 3))}
    assert due == {alone: D(2026, 1, 8), plain: D(2026, 3, 2), vip: D(2026, 3, 3)}
    customers.move_to_bin([alone])
    assert alone not in {r["customer_id"] for r in stay_in_touch.due(D(2026, 3, 3))}
    # Setting a rule again changes it; a deleted tag takes its rule along.
    stay_in_touch.set_rule("tag", tag.id, 10)
    assert len(stay_in_touch.list_rules()) == 3
    assert [r.every_days for r in stay_in_touch.rules_for_customer(vip)] == [60, 10]
    tags.delete_tag(tag.id)
    assert [r.scope for r in stay_in_touch.list_rules()] == ["customer", "stage"]


def test_stay_in_touch_refuses_bad_rules(db):
    c = customers.create({"name": "甲"})
    for args in (("tag", 999, 5), ("stage", "vip", 5), ("customer", 999, 5), ("x", c, 5)):
        with pytest.raises((ValidationError, NotFoundError)):
            stay_in_touch.set_rule(*args)
    for days in (0, -1, 5000, "soon"):
        with pytest.raises(ValidationError):
            stay_in_touch.set_rule("customer", c, days)
    assert stay_in_touch.list_rules() == []


def test_todays_agenda_holds_followups_then_stay_in_touch(db):
    at(2026, 3, 1, 9, 0)
    old = customers.create({"name": "老客户"})
    at(2026, 4, 1, 9, 0)
    c = customers.create({"name": "甲"})
    fid = followups.create(c, D(2026, 4, 1))
    stay_in_touch.set_rule("customer", old, 14)
    today = agenda.Agenda("today")
    assert today.total == 2
    rows = today.fetch(1) + today.fetch(5)
    assert [(r["type"], r.get("id"), r["customer_id"]) for r in rows] == [
        ("followup", fid, c), ("touch", None, old)
    ]  # fmt: skip
    assert today.exhausted
    assert agenda.counts()["today"] == 2


def test_solar_birthdays_and_feb_29(db):
    a = customers.create({"name": "甲", "birthday": "1990-12-05"})
    leapling = customers.create({"name": "乙", "birthday": "2000-02-29"})
    customers.create({"name": "丙", "birthday": "--12-06"})

    def ids(day):
        return {cid for cid, _name, _owner in care.birthdays_on(day)}

    assert ids(D(2026, 12, 5)) == {a}
    assert ids(D(2027, 2, 28)) == {leapling}  # no 29 Feb in 2027
    assert ids(D(2028, 2, 28)) == set()
    assert ids(D(2028, 2, 29)) == {leapling}


def _expected_solar(year, month, day, leap):
    """Independently: where lunardate puts the lunar birthday in lunar `year`."""
    in_leap = leap and LunarDate.leap_month_for_year(year) == month
    try:
        return LunarDate(year, month, day, in_leap).to_solar_date()
    except ValueError:  # day 30 in a 29-day month
        return LunarDate(year, month, day - 1, in_leap).to_solar_date()


def test_lunar_birthdays_across_years_and_leap_months(db):
    ordinary = customers.create({"name": "六月", "birthday": "1987-06-10", "birthday_lunar": True})
    leap = customers.create(
        {"name": "闰六月", "birthday": "1987-06-10", "birthday_lunar": True,
         "birthday_leap": True}
    )  # fmt: skip
    thirtieth = customers.create({"name": "除夕", "birthday": "--12-30", "birthday_lunar": True})
    seen_leap_year = False
    for year in range(2024, 2044):
        for cid, (m, d, is_leap) in (
            (ordinary, (6, 10, False)), (leap, (6, 10, True)), (thirtieth, (12, 30, False))
        ):  # fmt: skip
            day = _expected_solar(year, m, d, is_leap)
            found = {c for c, _n, _o in care.birthdays_on(day)}
            assert cid in found, (year, cid, day)
            for other in (day - dt.timedelta(days=1), day + dt.timedelta(days=1)):
                assert cid not in {c for c, _n, _o in care.birthdays_on(other)}
        if LunarDate.leap_month_for_year(year) == 6:
            seen_leap_year = True
            # That year the two fall a month apart.
            assert _expected_solar(year, 6, 10, True) != _expected_solar(year, 6, 10, False)
    assert seen_leap_year  # 2025 and 2036 have a leap sixth month


def test_birthday_reminders_ahead_and_on_the_day_made_once(db):
    at(2026, 12, 1, 8, 0)
    c = customers.create({"name": "王芳", "birthday": "1990-12-05", "owner": "小李"})
    care.configure(template="{name}，生日快乐！")
    made = care.ensure_reminders()
    assert made == 2
    rows = sorted(followups.for_customer(c), key=lambda r: r["due_at"])
    assert [(r["due_at"].date(), r["care_key"], r["note"], r["owner"]) for r in rows] == [
        (D(2026, 12, 2), "birthday:2026-12-05:ahead", "王芳，生日快乐！", "小李"),
        (D(2026, 12, 5), "birthday:2026-12-05:day", "王芳，生日快乐！", "小李"),
    ]
    assert care.ensure_reminders() == 0
    at(2026, 12, 3, 8, 0)  # a day later: nothing twice
    assert care.ensure_reminders() == 0
    followups.complete(rows[0]["id"], "已准备礼物")
    care.configure(days=5)  # another lead: the window is made again, without doubles
    assert care.ensure_reminders() == 0
    at(2027, 11, 28, 8, 0)  # next year, after a long break
    assert care.ensure_reminders() == 2
    assert reminders.summary(D(2027, 12, 5))["birthdays"] == 1


def test_greeting_template_is_checked(db):
    assert care.greeting("李雷") == care.DEFAULT_GREETING.format(name="李雷")
    for bad in ("", "  ", "{nmae}好", "{0}好", "{name"):
        with pytest.raises(ValidationError):
            care.configure(template=bad)
    for bad in (-1, 61):
        with pytest.raises(ValidationError):
            care.configure(days=bad)
    care.configure(template="{{尊敬的}}{name}")
    assert care.greeting("李雷") == "{尊敬的}李雷"


def test_reminders_ring_once_through_sleep_and_clock_changes(db):
    at(2026, 5, 6, 8, 0)
    c = customers.create({"name": "甲"})
    nine = followups.create(c, "2026-05-06T09:00")
    ten = followups.create(c, "2026-05-06T10:00")
    followups.create(c, D(2026, 5, 6))  # no time: in the summary, never rings
    assert reminders.take_due() == []
    assert reminders.next_due() == T(2026, 5, 6, 9, 0)
    at(2026, 5, 6, 9, 0)
    assert [r["id"] for r in reminders.take_due()] == [nine]
    assert reminders.take_due() == []
    at(2026, 5, 6, 13, 0)  # the PC slept through 10:00
    assert [r["id"] for r in reminders.take_due()] == [ten]
    at(2026, 5, 6, 8, 0)  # the clock is set back
    assert reminders.take_due() == []
    at(2026, 5, 6, 13, 0)
    assert reminders.take_due() == []
    followups.snooze(ten, "hour")  # snoozed: rings again at its new time
    assert reminders.take_due() == []
    at(2026, 5, 6, 14, 0)
    assert [r["id"] for r in reminders.take_due()] == [ten]
    # A customer in the recycle bin does not ring.
    later = followups.create(c, "2026-05-06T15:00")
    customers.move_to_bin([c])
    at(2026, 5, 6, 16, 0)
    assert reminders.take_due() == []
    assert followups.get(later)["notified_at"] is not None


def test_start_summary(db):
    at(2026, 5, 6, 8, 0)
    c = customers.create({"name": "甲"})
    followups.create(c, D(2026, 5, 6))
    followups.create(c, D(2026, 5, 1))
    followups.create(c, D(2026, 5, 2))
    stay_in_touch.set_rule("customer", c, 1)
    assert reminders.summary() == {
        "due_today": 1, "today": 1, "overdue": 2, "touch": 0, "birthdays": 0
    }  # fmt: skip
    at(2026, 5, 8, 8, 0)
    followups.create(c, "2026-05-08T18:00")
    # due_today is the Today list: the follow-up and the customer due a contact
    assert reminders.summary() == {
        "due_today": 2, "today": 1, "overdue": 3, "touch": 1, "birthdays": 0
    }  # fmt: skip


def test_due_stream_matches_brute_force_over_overlapping_rules(demo_db):
    at(2026, 6, 1, 9, 0)
    rnd_ids = [c.id for c in Customer.select(Customer.id).limit(600)]
    for i, cid in enumerate(rnd_ids[::7]):
        clock.set_now(T(2026, 5, 1) + dt.timedelta(days=i % 30, hours=i % 9))
        interactions.log(cid, "phone", "x")
    at(2026, 6, 1, 9, 0)
    customers.move_to_bin(rnd_ids[:5])
    some_tags = tags.list_tags()[:2]
    stay_in_touch.set_rule("tag", some_tags[0].id, 20)
    stay_in_touch.set_rule("tag", some_tags[1].id, 45)
    stay_in_touch.set_rule("stage", "active", 30)
    stay_in_touch.set_rule("customer", rnd_ids[7], 3)
    for day in (D(2026, 6, 1), D(2026, 6, 20), D(2027, 1, 1)):
        expected = {}
        for c in Customer.select().where(Customer.deleted_at.is_null()):
            since = (c.last_contact_at or c.created_at).date()
            for rule in stay_in_touch.rules_for_customer(c.id):
                due_day = since + dt.timedelta(days=rule.every_days)
                if due_day <= day and (c.id not in expected or due_day < expected[c.id]):
                    expected[c.id] = due_day
        got = stay_in_touch.due(day)
        assert {r["customer_id"]: r["due"] for r in got} == expected
        assert [(r["due"], r["customer_id"]) for r in got] == sorted(
            (d, c) for c, d in expected.items()
        )
        assert stay_in_touch.count_due(day) == len(expected)
        stream = stay_in_touch.DueStream(day)
        batches = []
        while not stream.exhausted:
            batches += stream.fetch(7)
        assert [r["customer_id"] for r in batches] == [r["customer_id"] for r in got]
