"""The 客户之声 Surveys page (issue 27) on real widgets and a real database file: a survey
added and edited through its dialog (bad input said in place, nothing written), undo
and redo; the fast entry screen driven by the keyboard alone (Chinese typed one key
event per character), its refusals writing nothing; the answers list's filters, take
back and "Turn into complaint" with undo; the target list, its export and the
questions; the page in the window's sidebar and the import wizard opened from it."""

import datetime as dt
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from models import clock
from models.complaints.complaints import Complaint
from models.customers import customers
from models.followups.followups import Followup
from models.privacy import masking
from models.storage.audit import AuditEntry
from models.surveys import answers, surveys
from models.surveys.tables import Survey, SurveyAnswer
from models.tags import tagging, tags
from models.tags.tables import CustomerTag, Tag
from tests.gui.helpers import type_text
from ui import file_dialogs
from ui.sidebar import Sidebar
from ui.surveys.page import SurveysPage

NOW = dt.datetime(2026, 12, 7, 10, 0)  # a Monday
DATA = Path(__file__).resolve().parents[1] / "data" / "surveys"


@pytest.fixture
def page(qtbot, db):
    clock.set_now(NOW)
    stack = QUndoStack()
    widget = SurveysPage(stack)
    widget.stack = stack  # kept alive with the page
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def _counts():
    return (Survey.select().count(), SurveyAnswer.select().count(), Followup.select().count(),
            CustomerTag.select().count(), Complaint.select().count(),
            AuditEntry.select().count())  # fmt: skip


def _cells(table, column):
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_new_survey_bad_input_edit_undo_redo(qtbot, page):
    assert page.table.rowCount() == 0
    assert page.survey_title.text().startswith("No survey yet")
    vip = tags.create_tag("VIP")
    dialog = page.new_survey()
    before = _counts()
    dialog.accept()  # no name
    assert dialog.isVisible() and not dialog.error.isHidden()
    assert dialog.error.text() == "Enter the survey's name."
    type_text(dialog.name, "门店NPS")
    dialog.period_from.setText("2026-12-31")
    dialog.period_to.setText("2026-12-01")
    dialog.accept()
    assert dialog.error.text() == "The period ends before it starts."
    assert _counts() == before  # nothing written
    dialog.period_from.setText("2026-12-01")
    dialog.period_to.setText("2026-12-31")
    dialog.target_kind.setCurrentIndex(dialog.target_kind.findData("tag"))
    assert dialog.tag.isVisibleTo(dialog) and not dialog.view.isVisibleTo(dialog)
    dialog.tag.setCurrentIndex(dialog.tag.findData("VIP"))
    dialog.accept()
    assert not dialog.isVisible()
    sid = surveys.rows()[0]["id"]
    assert surveys.get(sid).target_tag == "VIP"
    assert _cells(page.table, 0) == ["门店NPS"]
    assert _cells(page.table, 1) == ["NPS (0-10)"]
    assert _cells(page.table, 3) == ["Customers with a tag: VIP"]
    assert page.survey_title.text() == "门店NPS"
    assert page.tabs.tabText(0) == "Answers" and page.tabs.tabText(1) == "Targets"

    edit = page.edit_survey()
    assert edit.name.text() == "门店NPS" and edit.tag.currentData() == "VIP"
    edit.kind.setCurrentIndex(edit.kind.findData("csat"))
    edit.target_kind.setCurrentIndex(edit.target_kind.findData("buyers"))
    edit.target_from.setText("2026-11-01")
    edit.accept()
    assert surveys.get(sid).kind == "csat"
    assert _cells(page.table, 3) == ["Buyers of a period: from 1 Nov 2026"]
    page.stack.undo()
    assert surveys.get(sid).kind == "nps" and _cells(page.table, 3)[0].endswith("VIP")
    page.stack.undo()  # the add
    assert Survey.select().count() == 0 and page.table.rowCount() == 0
    page.stack.redo()
    page.stack.redo()
    assert surveys.get(sid).kind == "csat"
    assert vip.id


def test_undo_refused_once_answers_came(qtbot, page, monkeypatch):
    """Undoing a survey's add or type change after answers came in would orphan them or
    read them on another scale: refused, said, nothing written, the step gone."""
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    dialog = page.new_survey()
    type_text(dialog.name, "满意度")
    dialog.accept()
    sid = surveys.rows()[0]["id"]
    edit = page.edit_survey()
    edit.kind.setCurrentIndex(edit.kind.findData("csat"))
    edit.accept()
    answers.record(sid, customers.create({"name": "张三"}), 4)
    before = _counts()
    page.stack.undo()  # the type change
    assert said == ["The survey has answers: its type can no longer change."]
    assert surveys.get(sid).kind == "csat" and _counts() == before
    page.stack.undo()  # the add
    assert said[-1] == "The survey has answers: archive it instead of deleting it."
    assert Survey.get_or_none(Survey.id == sid) is not None and _counts() == before
    assert page.stack.count() == 0 and not page.stack.canUndo()


def test_archive_and_delete(qtbot, page):
    keep = surveys.create("有回答")
    empty = surveys.create("空的")
    page.refresh()
    who = customers.create({"name": "张三"})
    answers.record(keep, who, 9)
    page.refresh()
    page.select(keep)
    assert not page.btn_delete.isEnabled()  # answers: archive instead
    page.archive_survey()
    assert _cells(page.table, 0) == ["空的"]
    page.show_archived.setChecked(True)
    assert "有回答 (archived)" in _cells(page.table, 0)
    page.stack.undo()
    assert surveys.get(keep).archived_at is None
    page.select(empty)
    page.delete_survey()
    assert Survey.get_or_none(Survey.id == empty) is None
    page.stack.undo()
    assert surveys.get(empty).name == "空的"


def _entry(qtbot, page, kind="nps"):
    sid = surveys.create("门店调查", kind)
    page.refresh()
    page.select(sid)
    dialog = page.answers_view.enter_answers()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    return sid, dialog


def _key(qtbot, key):
    qtbot.keyClick(QApplication.focusWidget(), key)


def test_entry_screen_by_keyboard_alone(qtbot, page):
    zhang = customers.create({"name": "张三丰", "mobile": "13800000001", "owner": "小王"})
    li = customers.create({"name": "李四", "mobile": "13900000002", "owner": "小王"})
    sid, dialog = _entry(qtbot, page)
    assert QApplication.focusWidget() is dialog.picker.search
    assert [dialog.buttons.button(v).text() for v in (0, 10)] == ["0", "10"]
    type_text(QApplication.focusWidget(), "张三")
    _key(qtbot, Qt.Key_Tab)  # to the found customers
    _key(qtbot, Qt.Key_Tab)  # to the score
    assert QApplication.focusWidget() is dialog.score
    type_text(dialog.score, "3")
    assert dialog.buttons.checkedId() == 3
    _key(qtbot, Qt.Key_Tab)
    assert QApplication.focusWidget() is dialog.comment
    type_text(dialog.comment, "排队太久")
    _key(qtbot, Qt.Key_Return)
    row = SurveyAnswer.get()
    assert (row.customer_id, row.score, row.comment) == (zhang, 3, "排队太久")
    followup = Followup.get_by_id(row.followup_id)
    assert followup.due_at.date() == dt.date(2026, 12, 9) and followup.owner == "小王"
    assert dialog.status.text() == ("Saved: 张三丰, Detractor. Follow-up due 9 Dec 2026 for 小王.")
    assert dialog.score.text() == "" and dialog.comment.text() == ""
    assert QApplication.focusWidget() is dialog.picker.search  # ready for the next
    assert page.answers_view.table.rowCount() == 1  # the list follows

    # the next: a promoter, found by mobile; the score's button clicked by the keyboard's 1, 0
    type_text(dialog.picker.search, "13900000002")
    _key(qtbot, Qt.Key_Tab)
    _key(qtbot, Qt.Key_Tab)
    type_text(QApplication.focusWidget(), "10")
    _key(qtbot, Qt.Key_Return)
    assert "Tagged 推荐者." in dialog.status.text()
    assert CustomerTag.get_or_none(customer=li, tag=Tag.get(Tag.name == "推荐者").id)

    before = _counts()
    _key(qtbot, Qt.Key_Return)  # nobody found, no score
    assert dialog.error.text() == "Find the customer first (or tick Anonymous)."
    type_text(dialog.picker.search, "张三")
    _key(qtbot, Qt.Key_Tab)
    _key(qtbot, Qt.Key_Tab)
    type_text(QApplication.focusWidget(), "11")  # off the scale
    assert dialog.buttons.checkedButton() is None
    _key(qtbot, Qt.Key_Return)
    assert dialog.error.text() == "The score must be a whole number from 0 to 10."
    dialog.score.clear()
    type_text(dialog.score, "5")
    _key(qtbot, Qt.Key_Return)  # 张三丰 answered this minute already
    assert dialog.error.text() == (
        "This customer already answered this survey at 2026-12-07 10:00: nothing was written."
    )
    assert _counts() == before
    # an anonymous answer on paper, with its time
    dialog.anonymous.setChecked(True)
    dialog.at.setText("2026-12-01 09:30")
    _key(qtbot, Qt.Key_Return)
    assert dialog.status.text() == "Saved: Anonymous, Detractor. No follow-up (anonymous)."
    assert len(dialog.saved) == 3
    # each answer one undo step: the last one's undo takes it back
    page.stack.undo()
    assert SurveyAnswer.select().count() == 2
    page.stack.undo()  # 李四's: the tag it gave goes too
    assert CustomerTag.select().count() == 0
    page.stack.redo()
    assert SurveyAnswer.select().count() == 2 and CustomerTag.select().count() == 1
    dialog.close()


def test_entry_scale_follows_the_type(qtbot, page):
    _sid, dialog = _entry(qtbot, page, "csat")
    assert [b.text() for b in dialog.buttons.buttons()] == ["1", "2", "3", "4", "5"]
    assert dialog.score.placeholderText() == "1-5"
    dialog.close()


def test_answers_list_take_back_and_complaint(qtbot, page):
    ids = [customers.create({"name": n, "owner": "小王"}) for n in ("张三", "李四", "王五")]
    sid = surveys.create("NPS")
    first = answers.record(sid, ids[0], 2, "服务员态度差", at="2026-11-02 09:00")
    answers.record(sid, ids[1], 9, at="2026-12-02 09:00")
    answers.record(sid, ids[2], 7, at="2026-12-03 09:00")
    page.refresh()
    view = page.answers_view
    assert _cells(view.table, 1) == ["王五", "李四", "张三"]
    assert view.count.text() == "3 answers"
    assert _cells(page.table, 5) == ["NPS 0.0 ±92.4 (3)"]
    view.category.setCurrentIndex(view.category.findData("detractor"))
    assert _cells(view.table, 1) == ["张三"]
    assert _cells(view.table, 3) == ["Detractor"]
    assert _cells(view.table, 4) == ["follow-up"]
    view.category.setCurrentIndex(0)
    view.date_from.setText("2026-12-01")
    view.refresh()
    assert _cells(view.table, 1) == ["王五", "李四"]
    view.date_from.setText("last week")
    view.refresh()
    assert view.error.text() == "“last week” is not a date: write it like 2026-12-01."
    view.date_from.clear()
    view.refresh()

    view.select_answer(first)
    assert view.btn_complaint.isEnabled()
    complaint = view.turn_into_complaint()
    row = Complaint.get_by_id(complaint)
    assert row.customer_id == ids[0] and "2分" in row.description
    assert row.description.endswith("服务员态度差")
    assert SurveyAnswer.get_by_id(first).complaint_id == complaint
    view.select_answer(first)
    assert not view.btn_complaint.isEnabled()  # once
    assert f"complaint #{complaint}" in _cells(view.table, 4)[2]
    page.stack.undo()
    assert Complaint.select().count() == 0
    assert SurveyAnswer.get_by_id(first).complaint_id is None
    page.stack.redo()
    assert Complaint.select().count() == 1

    view.select_answer(first)
    before = Followup.select().count()
    view.take_back()
    assert SurveyAnswer.get_or_none(SurveyAnswer.id == first) is None
    assert Followup.select().count() == before - 1
    assert len(_cells(view.table, 1)) == 2
    page.stack.undo()  # recorded again, with its closed loop
    back = SurveyAnswer.get(SurveyAnswer.customer_id == ids[0])
    assert (back.score, back.comment) == (2, "服务员态度差")
    assert back.answered_at == dt.datetime(2026, 11, 2, 9, 0)
    assert Followup.select().count() == before


def test_targets_export_and_questions(qtbot, page, tmp_path):
    people = [customers.create({"name": n, "mobile": f"1380000000{i}"})
              for i, n in enumerate(("张三", "李四"))]  # fmt: skip
    vip = tags.create_tag("VIP")
    tagging.add_tags([vip.id], people)
    sid = surveys.create("门店NPS", "nps", period_from="2026-12-01", period_to="2026-12-31",
                         target_tag="VIP")  # fmt: skip
    page.refresh()
    page.select(sid)
    view = page.targets_view
    page.tabs.setCurrentWidget(view)
    assert view.count.text() == "2 customers to send it to"
    assert _cells(view.table, 1) == ["138****0000", "138****0001"]
    view.full.setChecked(True)
    assert _cells(view.table, 1) == ["13800000000", "13800000001"]
    path = tmp_path / "名单.xlsx"
    assert view.export(str(path)) == 2
    rows = [[c.value for c in r] for r in load_workbook(path).active.iter_rows()]
    assert rows == [["Name", "Mobile"], ["张三", "13800000000"], ["李四", "13800000001"]]
    masking.set_mobiles_masked(True)
    view.refresh()
    assert not view.full.isEnabled()
    assert _cells(view.table, 1) == ["138****0000", "138****0001"]
    assert view.export(str(path)) == 2
    assert load_workbook(path).active["B2"].value == "138****0000"
    text = view.copy_questions()
    assert QGuiApplication.clipboard().text() == text
    assert text.splitlines() == [
        "门店NPS", "Period: 1 Dec 2026 – 31 Dec 2026", "",
        "1. How likely are you to recommend us to a friend or colleague? (0-10: 0 not at all "
        "likely, 10 extremely likely)",
        "2. What is the main reason for your score?",
        "3. Your name or mobile (so that we can follow up):", "", "Thank you!"]  # fmt: skip


def test_page_in_the_window_and_import(qtbot, window, tmp_path, monkeypatch):
    assert any(window.sidebar.item(r).text() == "Surveys" for r in range(window.sidebar.count()))
    window.sidebar.select(("page", Sidebar.SURVEYS))
    page = window.surveys_page
    assert window.pages.currentWidget() is page
    sid = surveys.create("问卷星NPS")
    page.refresh()
    page.select(sid)
    path = tmp_path / "nps_wjx_example.xlsx"
    shutil.copyfile(DATA / "nps_wjx_example.xlsx", path)
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(path), ""))
    page.answers_view.btn_import.click()
    wizard = window.imports.import_wizard
    qtbot.waitUntil(lambda: wizard is not None and wizard.isVisible())
    assert wizard.windowTitle() == "Import survey answers"
    wizard.next()
    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.full_plan is not None, timeout=10000)
    qtbot.waitUntil(preview.isComplete, timeout=10000)
    wizard.next()  # Import (in a worker, with its progress and Cancel)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10000)
    assert wizard.result_page.text.text().startswith("3 answers imported"), (
        wizard.result_page.text.text()
    )
    wizard.close()
    assert SurveyAnswer.select().where(SurveyAnswer.survey_id == sid).count() == 3
    qtbot.waitUntil(lambda: page.answers_view.table.rowCount() == 3, timeout=5000)
    assert _cells(page.table, 4)[0] == "3"


def test_import_reviews_shared_names(qtbot, page, monkeypatch):
    """腾讯问卷's layout by name: a name two customers share is reviewed in the preview
    (double-click: which one), then imported into the survey the page chose."""
    from PySide6.QtWidgets import QInputDialog

    from ui.import_wizard import ImportWizard

    zhang = customers.create({"name": "张三"})
    wang_a = customers.create({"name": "王五", "city": "杭州"})
    wang_b = customers.create({"name": "王五", "city": "上海"})
    sid = surveys.create("腾讯NPS")
    page.refresh()
    requested = []
    page.importRequested.connect(requested.append)
    page.select(sid)
    page.answers_view.btn_import.click()
    assert requested == [sid]
    wizard = ImportWizard(page, str(DATA / "nps_tencent_example.xlsx"), kind="survey_answers",
                          options={"survey": sid})  # fmt: skip
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.full_plan is not None, timeout=10000)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a: (a[3][1], True))  # the second
    row = next(r for r in range(preview.table.rowCount())
               if "王五" in preview.table.item(r, 1).text())  # fmt: skip
    preview.table.cellDoubleClicked.emit(row, 1)
    qtbot.waitUntil(lambda: preview.full_plan is not None
                    and list(preview.full_plan.options.picks.values()) == [wang_b],
                    timeout=10000)  # fmt: skip
    qtbot.waitUntil(preview.isComplete, timeout=10000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10000)
    by_score = {a.score: a.customer_id for a in SurveyAnswer.select()}
    assert by_score == {9: zhang, 6: wang_b, 7: None}
    assert wang_a not in by_score.values()
    wizard.close()
