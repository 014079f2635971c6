"""Complaints finished, in the window: a bulk complete in the agenda that includes a
return visit, a deadline set by hand in the complaint detail, the lunch break and the
holiday calendar in the settings (entered and imported from a real .xlsx)."""

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QMessageBox

from models import clock
from models.complaints import complaint_list, complaints, holidays, vocabulary
from models.customers import customer_list
from models.customers.customer_filter import CustomerFilter
from models.followups import followups

NOW = dt.datetime(2026, 11, 18, 10, 0)


@pytest.fixture
def now():
    clock.set_now(NOW)
    return NOW


@pytest.fixture
def ids(now, window):
    return [r["id"] for r in customer_list.page(CustomerFilter(), customer_list.Sort("id"), 5).rows]


def waiting_visit(customer_id) -> tuple[int, int]:
    k = complaints.create(customer_id, category="service", description="态度差")
    complaints.step(k, "respond")
    complaints.step(k, "start")
    result = complaints.step(k, "resolve", root_cause="a", solution="b", visit_due=NOW.date())
    return k, result["followup_id"]


def test_bulk_complete_leaves_the_return_visit_out_and_says_so(qtbot, window, ids):
    k, visit = waiting_visit(ids[0])
    plain = followups.create(ids[1], NOW.date(), subject="报价")
    window.refresh_all()
    window.navigation.show_agenda("today")
    page = window.followups_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    shown = [page.model.row_data(r).get("id") for r in range(page.model.rowCount())]
    page.select_rows([shown.index(plain), shown.index(visit)])
    assert page.complete_selected("已联系") == 1
    box = page.findChild(QMessageBox, "visits_left_out")
    assert box is not None and box.isVisible() and "1 return visit" in box.text()
    box.close()
    assert followups.get(plain)["status"] == "done"
    assert followups.get(visit)["status"] == "open"  # left for its complaint's visit step
    assert complaint_list.get(k)["status"] == "resolved"
    # without a return visit in the selection: no message
    other = followups.create(ids[2], NOW.date(), subject="问候")
    page.refresh()
    shown = [page.model.row_data(r).get("id") for r in range(page.model.rowCount())]
    page.select_rows([shown.index(other)])
    assert page.complete_selected("好") == 1
    assert not any(b.isVisible() for b in page.findChildren(QMessageBox, "visits_left_out"))


def test_deadline_set_by_hand_in_the_detail_and_cleared(qtbot, window, ids):
    k = complaints.create(ids[0], category="quality", description="破洞")
    complaints.step(k, "respond")
    window.navigation.show_complaints()
    page = window.complaints_page
    qtbot.waitUntil(lambda: page._loaded, timeout=3000)
    page.reload(keep=k)
    detail = page.detail
    assert "set by hand" not in detail.fact_labels["resolve_due"][1].text()
    assert detail.buttons["deadline"].isEnabled()
    dialog = page.set_deadline()
    assert not dialog.back_to_sla.isEnabled()  # nothing set by hand yet
    dialog.deadline.setDateTime(QDateTime(2026, 11, 1, 9, 0, 0))  # in the past: refused
    dialog.accept()
    assert dialog.isVisible() and "still ahead" in dialog.error.text()
    assert not complaints.get_row(k).deadline_by_hand
    dialog.deadline.setDateTime(QDateTime(2026, 11, 30, 17, 0, 0))
    dialog.accept()
    assert not dialog.isVisible()
    assert complaints.get_row(k).resolve_due == dt.datetime(2026, 11, 30, 17, 0)
    assert "(set by hand)" in detail.fact_labels["resolve_due"][1].text()
    complaints.configure({"resolve_hours": {"normal": 5}})  # the SLA changes: kept
    assert complaints.get_row(k).resolve_due == dt.datetime(2026, 11, 30, 17, 0)
    dialog = page.set_deadline()
    dialog.back_to_sla.setChecked(True)
    assert not dialog.deadline.isEnabled()
    dialog.accept()
    row = complaints.get_row(k)
    assert not row.deadline_by_hand and row.resolve_due == dt.datetime(2026, 11, 18, 15, 0)
    assert "set by hand" not in detail.fact_labels["resolve_due"][1].text()


def test_lunch_break_and_holidays_in_the_settings(qtbot, window, tmp_path, now):
    window.navigation.show_complaints()
    page = window.complaints_page
    dialog = page.edit_settings()
    dialog.business.setChecked(True)
    assert dialog.lunch.isEnabled() and not dialog.lunch_from.isEnabled()
    dialog.lunch.setChecked(True)
    assert dialog.lunch_from.isEnabled()
    dialog.lunch_from.setTime(dialog.lunch_from.time().fromString("22:00", "HH:mm"))
    dialog.accept()  # the break outside business hours: refused in place
    assert dialog.isVisible() and "lunch break" in dialog.error.text()
    dialog.lunch_from.setTime(dialog.lunch_from.time().fromString("12:00", "HH:mm"))
    dialog.accept()
    assert not dialog.isVisible() and vocabulary.sla().lunch == ("12:00", "13:30")

    dialog = page.edit_settings()
    holiday_dialog = dialog.edit_holidays()
    holiday_dialog.year.setValue(2027)
    holiday_dialog.day.setDate(holiday_dialog.day.date().fromString("2027-10-01", "yyyy-MM-dd"))
    holiday_dialog.name.setText("国庆节")
    assert holiday_dialog.add_day()
    assert holiday_dialog.table.rowCount() == 1
    assert holiday_dialog.table.item(0, 1).text() == "Holiday (休)"
    bad = tmp_path / "bad.xlsx"
    book = openpyxl.Workbook()
    for row in (
        ("日期", "类型", "名称"),
        ("2027-10-02", "休", "国庆节"),
        ("2027-10-03", "周末", ""),
    ):
        book.active.append(row)
    book.save(bad)
    assert not holiday_dialog.import_file(str(bad))
    assert "Line 3" in holiday_dialog.error.text()
    assert [r["day"] for r in holidays.days_of_year(2027)] == [dt.date(2027, 10, 1)]
    good = tmp_path / "good.xlsx"
    book = openpyxl.Workbook()
    for row in (("2027-10-01", "休", "国庆节"), ("2027-10-02", "休", "国庆节"),
                ("2027-10-09", "班", "调休")):  # fmt: skip
        book.active.append(row)
    book.save(good)
    assert holiday_dialog.import_file(str(good))
    assert holiday_dialog.table.rowCount() == 3 and not holiday_dialog.error.isVisible()
    assert "1 working days" in holiday_dialog.status.text()
    holiday_dialog.table.selectRow(2)
    assert holiday_dialog.remove_selected()
    assert [r["kind"] for r in holidays.days_of_year(2027)] == ["holiday", "holiday"]
    holiday_dialog.close()
    dialog.reject()
