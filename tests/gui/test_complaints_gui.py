"""The complaints page, its dialogs, metrics, escalation notices and the customer badge,
driven as a user."""

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt

from models import clock
from models.complaints import complaint_list, complaints, faq, vocabulary
from models.customers import customer_list
from models.customers.customer_filter import CustomerFilter
from models.followups import followups
from tests.gui.helpers import type_text, when_modal
from ui import labels, messages
from ui.complaints.dialogs import StepDialog
from ui.complaints.sla_look import sla_color
from ui.complaints.table_model import COLUMNS

NOW = dt.datetime(2026, 11, 18, 10, 0)


@pytest.fixture
def now():
    clock.set_now(NOW)
    return NOW


@pytest.fixture
def ids(now, window):
    return [r["id"] for r in customer_list.page(CustomerFilter(), customer_list.Sort("id"), 5).rows]


@pytest.fixture
def page(qtbot, window):
    window.navigation.show_complaints()
    qtbot.waitUntil(lambda: window.complaints_page._loaded, timeout=3000)
    return window.complaints_page


def listed(page):
    return [page.model.row_data(r)["id"] for r in range(page.model.rowCount())]


def test_new_complaint_dialog_with_faq_suggestions(qtbot, window, ids, page):
    faq.create("衣服洗了缩水怎么办", "按洗标说明处理，缩水包换", "quality")
    dialog = page.new_complaint()
    # nothing chosen: a clear message, nothing written
    dialog.accept()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert complaints.Complaint.select().count() == 0
    name = customer_list.page(CustomerFilter(), customer_list.Sort("id"), 1).rows[0]["name"]
    type_text(dialog.picker.search, name)
    dialog.picker.refresh()
    assert dialog.picker.customer_id is not None
    dialog.category.setCurrentIndex(dialog.category.findData("quality"))
    dialog.severity.setCurrentIndex(dialog.severity.findData("urgent"))
    type_text(dialog.description, "裤子洗完缩水了")
    qtbot.waitUntil(lambda: dialog.suggestions.count() == 1, timeout=3000)
    assert "缩水包换" in dialog.answer.toPlainText()
    dialog.accept()
    assert not dialog.isVisible()
    row = complaint_list.get(dialog.complaint_id)
    assert (row["category"], row["severity"], row["description"]) == (
        "quality", "urgent", "裤子洗完缩水了",
    )  # fmt: skip
    assert listed(page)[0] == row["id"] and page.current()["id"] == row["id"]
    assert page.detail.title.text().startswith(f"#{row['id']}")
    qtbot.waitUntil(lambda: window.sidebar.complaint_counts.get("escalated") == 1, timeout=5000)
    item = window.sidebar.item(window.sidebar.row_of(("page", window.sidebar.COMPLAINTS)))
    assert "⚑1" in item.text()


def test_new_customer_made_on_the_spot(qtbot, window, ids, page):
    dialog = page.new_complaint()
    dialog.new_toggle.setChecked(True)
    assert not dialog.picker.isEnabled()
    type_text(dialog.new_name, "路人甲")
    type_text(dialog.new_mobile, "123")
    type_text(dialog.description, "排队太久")
    dialog.accept()
    assert dialog.isVisible() and "phone number" in dialog.error.text()
    assert complaints.Complaint.select().count() == 0
    dialog.new_mobile.setText("13912345678")
    dialog.accept()
    assert not dialog.isVisible()
    assert complaint_list.get(dialog.complaint_id)["customer_name"] == "路人甲"


def test_steps_through_the_detail_buttons(qtbot, window, ids, page):
    k = complaints.create(ids[0], category="service", description="态度差")
    page.reload(k)
    buttons = page.detail.buttons
    enabled = {
        a for a in ("respond", "start", "resolve", "visit", "reopen") if buttons[a].isEnabled()
    }
    assert enabled == {"respond"}
    assert not buttons["faq"].isEnabled()

    buttons["respond"].click()
    dialog = page.findChildren(StepDialog)[-1]
    assert dialog.isVisible() and dialog.action == "respond"
    type_text(dialog.note, "已致电道歉")
    dialog.accept()
    assert complaint_list.get(k)["status"] == "responded"
    assert {a for a in buttons if buttons[a].isEnabled()} >= {"start"}
    assert not buttons["respond"].isEnabled()
    assert "Respond" in page.detail.history.item(0).text()

    page.take_step("start").accept()
    dialog = page.take_step("resolve")
    dialog.accept()  # root cause and solution are required
    assert dialog.isVisible() and dialog.error.text() == "This cannot be empty."
    assert complaint_list.get(k)["status"] == "in_progress"
    type_text(dialog.root_cause, "新员工未培训")
    type_text(dialog.solution, "道歉并赠送优惠券")
    dialog.accept()
    assert not dialog.isVisible()
    row = complaint_list.get(k)
    assert row["status"] == "resolved" and row["visit_followup"] is not None
    assert followups.get(row["visit_followup"])["status"] == "open"
    assert buttons["faq"].isEnabled() and buttons["visit"].isEnabled()

    dialog = page.take_step("visit")
    dialog.accept()  # no score chosen
    assert dialog.isVisible() and "1 to 5" in dialog.error.text()
    dialog.satisfaction.setCurrentIndex(dialog.satisfaction.findData(4))
    dialog.accept()
    assert complaint_list.get(k)["status"] == "return_visited"
    assert followups.get(row["visit_followup"])["status"] == "done"
    assert "4/5" in page.detail.fact_labels["satisfaction"][1].text()

    faq_dialog = page.add_to_faq()
    assert faq_dialog.question.toPlainText() == "态度差"
    assert faq_dialog.answer.toPlainText() == "道歉并赠送优惠券"
    faq_dialog.accept()
    assert faq.search("态度")[0]["complaint"] == k

    dialog = page.take_step("reopen")
    dialog.accept()
    assert dialog.isVisible() and complaint_list.get(k)["status"] == "return_visited"
    type_text(dialog.note, "客户又来投诉")
    dialog.accept()
    assert complaint_list.get(k)["status"] == "in_progress"


def test_out_of_order_step_message(qtbot, ids):
    k = complaints.create(ids[0], category="service", description="x")
    with pytest.raises(complaints.ValidationError) as err:
        complaints.step(k, "resolve", root_cause="a", solution="b")
    text = messages.error_message(err.value)
    assert (
        text == "“Resolve” cannot be done now: the complaint is New; it must be In progress first."
    )


def test_filters_and_search(qtbot, window, ids, page):
    a = complaints.create(ids[0], category="delivery", description="送货慢",
                          received_at="2026-11-01T09:00")  # fmt: skip
    b = complaints.create(ids[1], category="price", description="价格不对", severity="serious",
                          owner="赵六")  # fmt: skip
    c = complaints.create(ids[2], category="quality", description="破洞")
    complaints.step(c, "respond")
    complaints.step(c, "start")
    complaints.step(c, "resolve", root_cause="x", solution="换新")
    page.refresh()
    assert sorted(listed(page)) == [a, b]  # open by default
    page.status.setCurrentIndex(page.status.findData(None))
    assert sorted(listed(page)) == [a, b, c]
    page.overdue.setChecked(True)
    assert listed(page) == [a]
    page.overdue.setChecked(False)
    page.severity.setCurrentIndex(page.severity.findData("serious"))
    assert listed(page) == [b]
    page.severity.setCurrentIndex(0)
    page.owner.setCurrentIndex(page.owner.findData("赵六"))
    assert listed(page) == [b]
    page.owner.setCurrentIndex(0)
    page.category.setCurrentIndex(page.category.findData("quality"))
    assert listed(page) == [c]
    page.category.setCurrentIndex(0)
    page.date_from.setDate(QDate(2026, 11, 10))
    assert sorted(listed(page)) == [b, c]
    page.date_from.setDate(page.date_from.minimumDate())
    type_text(page.search, "送货")
    qtbot.waitUntil(lambda: listed(page) == [a], timeout=3000)
    page.search.clear()
    qtbot.waitUntil(lambda: len(listed(page)) == 3, timeout=3000)
    assert page.count_label.text() == "3 complaints"


def test_countdown_colours(qtbot, window, ids, page):
    k = complaints.create(ids[0], category="service", description="x")
    col = COLUMNS.index("sla")

    def colour():
        page.reload(k)
        index = page.model.index(page.model.row_of(k), col)
        return page.model.data(index, Qt.ForegroundRole).color(), page.model.data(index)

    assert colour() == (sla_color("on_time"), "response due in 2 h 0 min")
    clock.set_now(NOW + dt.timedelta(minutes=100))
    assert colour() == (sla_color("near"), "response due in 20 min")
    clock.set_now(NOW + dt.timedelta(hours=3))
    assert colour() == (sla_color("overdue"), "response overdue by 1 h 0 min")
    index = page.model.index(page.model.row_of(k), 0)
    assert page.model.data(index, Qt.BackgroundRole) is not None  # escalated row


def test_escalation_is_announced_and_leads_to_the_page(qtbot, window, ids):
    window.sidebar.select(("page", 0))
    k = complaints.create(ids[0], category="service", description="x")
    clock.set_now(NOW + dt.timedelta(hours=3))
    window.notices.service.poll()
    assert window.banner.isVisible()
    assert f"Complaint escalated: #{k}" in window.banner.label.text()
    assert "no response in time" in window.banner.label.text()
    window.notices.service.poll()  # announced once
    assert [e["action"] for e in complaint_list.events(k)].count("escalate") == 1
    window.notices.show_target()
    assert window.pages.currentWidget() is window.complaints_page


def test_metrics_tab_and_export(qtbot, window, ids, page, tmp_path):
    k = complaints.create(
        ids[0], category="service", description="x", received_at="2026-11-18T08:00"
    )
    complaints.step(k, "respond", at="2026-11-18T09:00")
    complaints.create(ids[1], category="price", description="y")
    page.tabs.setCurrentIndex(1)
    page.metrics.refresh(wait=True)
    qtbot.waitUntil(lambda: page.metrics.figure_values["total"].text() == "2", timeout=3000)
    assert page.metrics.figure_values["avg_response_hours"].text() == "1 h 0 min"
    assert page.metrics.figure_values["response_within_sla"].text() == "100.0%"
    assert page.metrics.figure_values["avg_satisfaction"].text() == "—"
    table = page.metrics.tables["by_category"]
    assert {table.item(r, 0).text() for r in range(table.rowCount())} == {
        "Service attitude", "Price / charges",
    }  # fmt: skip
    path = tmp_path / "metrics.xlsx"
    assert page.metrics.export(str(path))
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[0] == "Summary"
    summary = {r[0]: r[1] for r in book["Summary"].iter_rows(min_row=2, values_only=True)}
    assert summary["Complaints"] == 2 and summary["Responded within SLA (%)"] == 100.0
    assert summary["Average first response (hours)"] == 1.0


def test_settings_dialog_refuses_bad_hours_and_saves_good_ones(qtbot, window, page):
    dialog = page.edit_settings()
    dialog.business.setChecked(True)
    dialog.open_at.setTime(dialog.close_at.time())
    dialog.accept()
    assert dialog.isVisible() and "close after they open" in dialog.error.text()
    assert vocabulary.sla().hours is None
    dialog.open_at.setTime(dialog.open_at.time().fromString("09:00", "HH:mm"))
    dialog.response.setValue(1.5)
    assert dialog.segments["important_value"].isChecked()
    assert not dialog.segments["general_value"].isChecked()
    dialog.segments["important_winback"].setChecked(False)
    assert dialog.add_category("会员卡")
    assert not dialog.add_category("会员卡") and dialog.error.isVisible()
    dialog.accept()
    assert not dialog.isVisible()
    sla = vocabulary.sla()
    assert sla.hours == ("09:00", "21:00") and sla.response_hours == 1.5
    assert vocabulary.high_value_segments() == [
        "important_value", "important_development", "important_retention",
    ]  # fmt: skip
    assert page.category.findData("会员卡") >= 0


def test_customer_badge_and_timeline(qtbot, window, ids):
    k = complaints.create(ids[0], category="service", description="服务差")
    window.navigation.open_customer(ids[0])
    detail = window.customers_page.detail
    qtbot.waitUntil(lambda: detail.complaint_badge.isVisible(), timeout=3000)
    assert "1 open complaint" in detail.complaint_badge.text()
    assert any(f"Complaint #{k}" in t for t in detail.timeline.texts())
    detail.complaint_badge.click()
    page = window.complaints_page
    assert window.pages.currentWidget() is page
    assert page.customer_id == ids[0] and listed(page) == [k]


def test_return_visit_from_the_agenda_opens_the_visit_step(qtbot, window, ids):
    k = complaints.create(ids[0], category="service", description="x")
    complaints.step(k, "respond")
    complaints.step(k, "start")
    result = complaints.step(k, "resolve", root_cause="a", solution="b", visit_due=NOW.date())
    window.refresh_all()
    window.navigation.show_agenda("today")
    fpage = window.followups_page
    qtbot.waitUntil(lambda: fpage.model.rowCount() > 0, timeout=5000)
    row = next(
        r for r in range(fpage.model.rowCount())
        if fpage.model.row_data(r).get("id") == result["followup_id"]
        and fpage.model.row_data(r)["type"] == "followup"
    )  # fmt: skip
    assert labels.followup_subject(fpage.model.row_data(row)) == (
        f"Return visit for complaint #{k}: x"
    )
    fpage.select_rows([row])
    assert fpage.complete_selected() is None  # not the follow-up's own dialog
    assert window.pages.currentWidget() is window.complaints_page
    assert window.complaints_page.current()["id"] == k
    dialog = window.complaints_page.findChildren(StepDialog)[-1]
    assert dialog.isVisible() and dialog.action == "visit"
    dialog.satisfaction.setCurrentIndex(dialog.satisfaction.findData(5))
    dialog.accept()
    assert complaint_list.get(k)["status"] == "return_visited"
    assert followups.get(result["followup_id"])["status"] == "done"


def test_export_the_filtered_list(qtbot, window, ids, page, tmp_path):
    a = complaints.create(ids[0], category="delivery", description="=cmd|' /C calc'!A0",
                          received_at="2026-11-01T09:00")  # fmt: skip
    complaints.create(ids[1], category="price", description="价格不对")
    page.refresh()
    page.category.setCurrentIndex(page.category.findData("delivery"))
    path = tmp_path / "c.xlsx"
    assert page.export(str(path)) == 1
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.values)
    assert rows[0][:4] == ("No.", "Received", "Customer", "Mobile / phone")
    assert rows[1][0] == a and rows[1][1] == dt.datetime(2026, 11, 1, 9, 0)
    header = rows[0]
    cell = dict(zip(header, rows[1], strict=True))
    assert cell["Category"] == "Delivery" and cell["Status"] == "New"
    assert cell["Description"].startswith("'=")  # never runs as a formula
    assert cell["Overdue"] == "Yes"
    assert isinstance(cell["Mobile / phone"], str)
    seen = {}

    def read_and_close(box):
        seen["text"] = box.text()
        box.accept()

    when_modal(qtbot, read_and_close)
    assert page.export(str(tmp_path / "c.txt")) is None  # refused: the message, no file
    assert seen["text"] == "Export to a file ending in .xlsx or .csv."
    assert not (tmp_path / "c.txt").exists()


def test_faq_dialog_search_add_edit_delete(qtbot, window, page):
    faq.create("快递几天能到", "一般 2-3 天", "delivery")
    faq.create("会员卡丢了", "带身份证补办", "")
    dialog = page.show_faq()
    assert dialog.list.count() == 2
    type_text(dialog.search, "卡")
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=3000)
    assert "会员卡丢了" in dialog.list.item(0).text()
    assert "身份证" in dialog.view.toPlainText()
    editor = dialog.edit(dialog.current())
    editor.answer.setPlainText("")
    editor.accept()
    assert editor.isVisible() and editor.error.text() == "This cannot be empty."
    editor.answer.setPlainText("带身份证到前台补办，10 元工本费")
    editor.accept()
    assert not editor.isVisible()
    assert "工本费" in dialog.view.toPlainText()
    editor = dialog.edit(None)
    editor.question.setPlainText("营业时间")
    editor.answer.setPlainText("每天 9:00-21:00")
    editor.accept()
    dialog.search.clear()
    qtbot.waitUntil(lambda: dialog.list.count() == 3, timeout=3000)
    assert dialog.delete(confirm=False)
    assert dialog.list.count() == 2 and faq.Faq.select().count() == 2
