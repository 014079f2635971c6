"""The follow-ups page, calendar, dialogs, timeline and reminders, driven as a user."""

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt

from models import clock
from models.customers import customer_list, customers
from models.customers.customer_filter import CustomerFilter
from models.followups import followups, interactions, stay_in_touch
from models.team import staff
from tests.gui.helpers import type_text, when_modal

NOW = dt.datetime(2026, 11, 18, 10, 0)  # a Wednesday


@pytest.fixture
def now():
    clock.set_now(NOW)
    return NOW


@pytest.fixture
def planned(now, window):
    """A few follow-ups on the demo customers, and a stay-in-touch rule."""
    ids = [r["id"] for r in customer_list.page(CustomerFilter(), customer_list.Sort("id"), 10).rows]
    made = {
        "today": [
            followups.create(ids[0], "2026-11-18T15:00", subject="报价"),
            followups.create(ids[1], dt.date(2026, 11, 18), subject="回访", every="1m"),
        ],
        "overdue": [followups.create(ids[2], dt.date(2026, 11, 10), subject="催款")],
        "later": [followups.create(ids[3], dt.date(2026, 12, 24), subject="节日问候")],
    }
    stay_in_touch.set_rule("customer", ids[4], 7)  # created up to 3 years ago: due
    window.refresh_all()
    return ids, made


def agenda_ids(page):
    return [
        page.model.row_data(r).get("id") for r in range(page.model.rowCount())
    ]  # fmt: skip


def wait_counts(qtbot, window, **expected):
    qtbot.waitUntil(
        lambda: all(window.sidebar.agenda_counts.get(k) == v for k, v in expected.items()),
        timeout=5000,
    )


def test_sidebar_buckets_page_and_calendar(qtbot, now, window, planned):
    ids, made = planned
    births = followups.count("today")  # demo birthdays reminded today, if any
    today = births + 1  # + the stay-in-touch customer
    wait_counts(qtbot, window, today=today, overdue=followups.count("overdue"))
    row = window.sidebar.row_of(("agenda", 0))
    assert window.sidebar.item(row).text().strip().startswith("Today")
    window.sidebar.setCurrentRow(row)
    page = window.followups_page
    assert window.pages.currentWidget() is page
    assert page.model.total == today
    shown = agenda_ids(page)
    assert set(made["today"]) <= set(shown)
    touch = page.model.row_data(page.model.rowCount() - 1)
    assert touch["type"] == "touch" and touch["customer_id"] == ids[4]
    assert page.model.data(page.model.index(page.model.rowCount() - 1, 2)) == "Stay in touch"
    window.sidebar.setCurrentRow(window.sidebar.row_of(("agenda", 1)))
    assert made["overdue"][0] in agenda_ids(page)
    assert "Overdue" in page.title.text()
    # The calendar counts open follow-ups per day; a click lists that day.
    assert page.calendar.count_on(dt.date(2026, 11, 10)) >= 1
    page.calendar.showNextMonth()
    assert page.calendar.count_on(dt.date(2026, 12, 24)) >= 1
    page.calendar.setSelectedDate(QDate(2026, 12, 24))
    page.calendar.clicked.emit(QDate(2026, 12, 24))
    assert page.model.bucket == "day:2026-12-24"
    assert made["later"][0] in agenda_ids(page)
    # Double-click opens the customer on the customers page.
    row = agenda_ids(page).index(made["later"][0])
    page.table.doubleClicked.emit(page.model.index(row, 1))
    assert window.pages.currentWidget() is window.customers_page
    assert window.customers_page.current_id() == ids[3]


def test_complete_with_outcome_and_next_step_in_the_dialog(qtbot, now, window, planned):
    ids, made = planned
    window.navigation.show_agenda("today")
    page = window.followups_page
    row = agenda_ids(page).index(made["today"][1])
    page.select_rows([row])
    qtbot.mouseClick(page.buttons["complete"], Qt.LeftButton)
    from ui.followups.dialogs import CompleteDialog

    dialog = page.findChild(CompleteDialog)
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.outcome, "客户满意")
    dialog.plan_next.setChecked(True)
    dialog.next_date.setDate(QDate(2026, 11, 25))
    type_text(dialog.next_subject, "送样品")
    dialog.accept()
    done = followups.get(made["today"][1])
    assert (done["status"], done["outcome"]) == ("done", "客户满意")
    assert interactions.for_customer(ids[1])[0]["summary"] == "客户满意"
    planned_next = sorted(
        (r for r in followups.for_customer(ids[1]) if r["status"] == "open"),
        key=lambda r: r["due_at"],
    )
    assert [(r["due_at"].date(), r["subject"]) for r in planned_next][:2] == [
        (dt.date(2026, 11, 25), "送样品"),
        (dt.date(2026, 12, 18), "回访"),  # the monthly repeat
    ]
    assert made["today"][1] not in agenda_ids(page)


def test_bad_input_in_dialogs_changes_nothing(qtbot, now, window, planned):
    ids, _made = planned
    page = window.followups_page
    before = followups.Followup.select().count()
    dialog = page.new_followup()
    dialog.accept()  # no customer chosen
    assert dialog.isVisible() and dialog.error.isVisible()
    type_text(dialog.picker.search, customers.get(ids[0])["name"])
    dialog.picker.refresh()
    assert dialog.picker.customer_id == ids[0]
    dialog.subject.setText("x" * 300)
    dialog.accept()
    assert dialog.isVisible() and "too long" in dialog.error.text()
    assert followups.Followup.select().count() == before
    dialog.subject.setText("")
    type_text(dialog.subject, "约见面")
    dialog.every_unit.setCurrentIndex(2)  # weeks
    dialog.every_n.setValue(2)
    dialog.timed.setChecked(True)
    dialog.accept()
    assert not dialog.isVisible()
    new = followups.get(dialog.followup_id)
    assert (new["subject"], new["every"], new["has_time"]) == ("约见面", "2w", True)
    contact = page.log_contact(ids[0], "x")
    contact.accept()  # empty summary
    assert contact.isVisible() and contact.error.text()
    assert interactions.for_customer(ids[0]) == []
    contact.when.setDateTime(contact.when.dateTime().addDays(2))
    type_text(contact.summary, "明天的事")
    contact.accept()
    assert contact.isVisible() and "future" in contact.error.text()
    assert interactions.for_customer(ids[0]) == []


def test_bulk_snooze_reschedule_reassign_cancel_and_export(qtbot, now, window, planned, tmp_path):
    ids, made = planned
    window.navigation.show_agenda("today")
    page = window.followups_page
    rows = [agenda_ids(page).index(i) for i in made["today"]]
    page.select_rows(rows)
    seen = {}
    when_modal(qtbot, lambda box: (seen.update(text=box.text()), box.accept()))
    assert page.reassign_selected("路人甲") == 0  # not on the staff list: refused, said
    assert "staff list" in seen["text"]
    staff.add("小李")
    assert page.reassign_selected("小李") == 2
    assert {followups.get(i)["owner"] for i in made["today"]} == {"小李"}
    page.select_rows([agenda_ids(page).index(made["today"][0])])
    page.snooze_menu.actions()[0].trigger()  # 1 hour
    assert followups.get(made["today"][0])["due_at"] == NOW + dt.timedelta(hours=1)
    page.select_rows([agenda_ids(page).index(i) for i in made["today"]])
    assert page.reschedule_selected(dt.date(2026, 11, 20)) == 2
    assert made["today"][0] not in agenda_ids(page)
    window.navigation.show_agenda("week")
    assert set(made["today"]) <= set(agenda_ids(page))
    page.select_rows([agenda_ids(page).index(made["today"][1])])
    assert page.cancel_selected(skip=True) == 1
    assert followups.get(made["today"][1])["status"] == "cancelled"
    path = tmp_path / "week.xlsx"
    n = page.export(str(path))
    assert n == page.model.total
    sheet = openpyxl.load_workbook(path).active
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["Due", "Customer", "Mobile / phone", "Kind"]
    assert sheet.max_row == n + 1
    assert "2026-11-20" in [sheet.cell(r, 1).value for r in range(2, n + 2)]


def test_detail_panel_timeline_logs_a_contact_and_the_contact_filter(qtbot, now, window, planned):
    ids, _made = planned
    page = window.customers_page
    window.navigation.open_customer(ids[2])
    panel = page.detail
    assert any("催款" in t for t in panel.timeline.texts())
    dialog = panel.log_contact()
    dialog.channel.setCurrentIndex(dialog.channel.findData("wechat"))
    type_text(dialog.summary, "发了新品资料")
    dialog.accept()
    assert panel.timeline.texts()[0].endswith("发了新品资料")
    assert customers.get(ids[2])["last_contact_at"] == NOW
    col = [c.key for c in page.model.columns].index("last_contact_at")
    row = page.model.row_of(ids[2])
    assert page.model.data(page.model.index(row, col)) == "18 Nov 2026 10:00"
    # The contact filter: not contacted in 30 days (the menu) hides the customer.
    flt = CustomerFilter().with_contact(30, False)
    action = next(a for a in page.contact_menu.actions() if a.text() == "Not contacted in 30 days")
    action.trigger()
    assert page.model.filter.not_contacted_days == 30
    assert page.model.matching == customer_list.count(flt)
    assert page.model.row_of(ids[2]) is None
    assert "30+ days" in page.contact_button.text()
    next(a for a in page.contact_menu.actions() if a.text() == "Any contact history").trigger()
    assert not page.model.filter.has_contact


def test_stay_in_touch_and_care_dialogs(qtbot, now, window, planned):
    from models.followups import care

    page = window.followups_page
    dialog = page.edit_rules()
    dialog.scope.setCurrentIndex(1)  # stage
    dialog.stage.setCurrentIndex(dialog.stage.findData("active"))
    dialog.days.setValue(45)
    assert dialog.add_rule()
    assert ("stage", "active", 45) in [
        (r.scope, r.target, r.every_days) for r in stay_in_touch.list_rules()
    ]
    dialog.scope.setCurrentIndex(2)  # one customer: none picked
    assert not dialog.add_rule() and dialog.error.isVisible()
    dialog.table.selectRow(0)
    n = len(stay_in_touch.list_rules())
    dialog.remove_selected()
    assert len(stay_in_touch.list_rules()) == n - 1
    dialog.accept()
    care_dialog = page.edit_care()
    care_dialog.template.setPlainText("{nmae}，生日快乐")
    assert "only use {name}" in care_dialog.preview.text()
    care_dialog.accept()
    assert care_dialog.isVisible() and care.greeting_template() == care.DEFAULT_GREETING
    care_dialog.template.setPlainText("{name}，生日快乐！")
    care_dialog.lead.setValue(5)
    care_dialog.accept()
    assert not care_dialog.isVisible()
    assert (care.lead_days(), care.greeting("王")) == (5, "王，生日快乐！")


def test_reminder_rings_once_and_a_new_day_refreshes(qtbot, now, window, planned):
    ids, made = planned
    service = window.notices.service
    clock.set_now(dt.datetime(2026, 11, 18, 14, 59))
    with qtbot.assertNotEmitted(service.due):
        service.poll()
    clock.set_now(dt.datetime(2026, 11, 18, 15, 0))
    with qtbot.waitSignal(service.due) as signal:
        service.poll()
    assert [r["id"] for r in signal.args[0]] == [made["today"][0]]
    assert window.banner.isVisible()
    assert customers.get(ids[0])["name"] in window.banner.label.text()
    with qtbot.assertNotEmitted(service.due):
        service.poll()
    clock.set_now(dt.datetime(2026, 11, 19, 8, 0))  # the PC slept overnight
    with qtbot.waitSignal(service.dayChanged):
        service.poll()
    window.navigation.show_agenda("overdue")
    assert made["today"][0] in agenda_ids(window.followups_page)


def test_start_up_summary_in_the_banner(qtbot, now, window, planned):
    summary = window.notices.service.start()
    assert summary["today"] >= 2 and summary["overdue"] >= 1 and summary["touch"] == 1
    assert window.banner.isVisible()
    text = window.banner.label.text()
    due = summary["today"] + summary["touch"]
    assert f"{due} to follow up ({summary['today']} follow-ups, 1 customers due" in text
    qtbot.mouseClick(window.banner.show_button, Qt.LeftButton)
    assert window.pages.currentWidget() is window.followups_page
    assert not window.banner.isVisible()


def test_follow_up_screens_speak_chinese(qtbot, now, window, planned):
    from desktop import translations

    translations.apply("zh_CN")
    qtbot.waitUntil(
        lambda: window.sidebar.item(window.sidebar.row_of(("agenda", 0))).text().strip()
        .startswith("今天"),
        timeout=3000,
    )  # fmt: skip
    window.navigation.show_agenda("overdue")
    page = window.followups_page
    assert page.buttons["complete"].text() == "完成…"
    assert page.model.headerData(0, Qt.Horizontal) == "到期"
    assert page.title.text().startswith("已逾期")
    row = page.model.row_data(0)
    assert page.model.data(page.model.index(0, 5)).startswith("逾期")
    assert row["status"] == "open"
    assert window.customers_page.contact_button.text() == "联系"
