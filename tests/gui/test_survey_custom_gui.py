"""Custom surveys with questions in the window (issue 27, item 1) on real widgets and a
real database file: the survey dialog's questions editor (add, remove, move, each kind;
the models' refusals said in place, nothing written; undo and redo of the add), the
response form driven by the keyboard (Chinese typed one key event per character, Enter
saves; bad input writes nothing; each response one undo step), and the Results tab."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from models import clock
from models.customers import customers
from models.storage.audit import AuditEntry
from models.storage.db import database
from models.surveys import questions, responses
from models.surveys.tables import Survey, SurveyQuestion
from tests.gui.helpers import type_text
from ui.surveys.page import SurveysPage
from ui.surveys.response_form import ResponseEntryDialog

NOW = dt.datetime(2026, 12, 7, 10, 0)
SPECS = ["您是怎么知道我们的？|single|朋友介绍;网上;路过",
         "您喜欢哪些菜？|multiple|红烧肉;清蒸鱼;小炒",
         "整体满意度|rating|1-5", "还有什么建议？|text"]  # fmt: skip


@pytest.fixture
def page(qtbot, db):
    clock.set_now(NOW)
    stack = QUndoStack()
    widget = SurveysPage(stack)
    widget.stack = stack
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def _counts():
    rows = database.execute_sql(
        "SELECT (SELECT COUNT(*) FROM survey), (SELECT COUNT(*) FROM survey_question),"
        " (SELECT COUNT(*) FROM survey_response), (SELECT COUNT(*) FROM survey_response_item)"
    ).fetchone()  # fmt: skip
    return (*rows, AuditEntry.select().count())


def _key(qtbot, key, widget=None):
    qtbot.keyClick(widget or QApplication.focusWidget(), key)


def test_questions_editor_writes_a_custom_survey_refusals_and_undo(qtbot, page):
    dialog = page.new_survey()
    type_text(dialog.name, "口味调查")
    dialog.kind.setCurrentIndex(dialog.kind.findData("questions"))
    editor = dialog.questions
    assert editor.isVisibleTo(dialog) and editor.list.count() == 1  # one to start with
    before = _counts()
    dialog.accept()  # the first question has no text
    assert dialog.isVisible() and dialog.error.text() == "Question 1 has no text."
    type_text(editor.text, "您喜欢哪些菜？")
    editor.kind.setCurrentIndex(editor.kind.findData("multiple"))
    assert editor.options.isVisibleTo(dialog) and not editor.scale.isVisibleTo(dialog)
    editor.options.setPlainText("红烧肉")
    dialog.accept()
    assert (
        dialog.error.text() == "Question 1: a choice needs 2 to 20 options, separated by ; (A;B;C)."
    )
    editor.options.setPlainText("红烧肉\n清蒸鱼\n\n小炒")
    editor.add_question()
    type_text(editor.text, "整体满意度")
    editor.kind.setCurrentIndex(editor.kind.findData("rating"))
    assert editor.scale.isVisibleTo(dialog) and not editor.options.isVisibleTo(dialog)
    editor.high.setValue(7)
    editor.add_question()
    type_text(editor.text, "您喜欢哪些菜？")  # asked twice
    editor.kind.setCurrentIndex(editor.kind.findData("text"))
    dialog.accept()
    assert dialog.error.text() == "Question 3 is asked twice."
    assert _counts() == before  # every refusal wrote nothing
    editor.text.clear()
    type_text(editor.text, "还有什么建议？")
    editor.add_question()
    editor.remove_question()  # added by mistake
    assert editor.list.count() == 3
    editor.list.setCurrentRow(1)
    editor.move(-1)  # the rating first
    assert editor.list.currentRow() == 0
    editor.move(-1)  # already first: stays
    assert editor.specs() == ["整体满意度|rating|1-7", "您喜欢哪些菜？|multiple|红烧肉;清蒸鱼;小炒",
                              "还有什么建议？|text"]  # fmt: skip
    assert editor.list.item(0).text() == "1. 整体满意度 (Rating)"
    dialog.accept()
    assert not dialog.isVisible()
    survey = Survey.get(Survey.name == "口味调查")
    assert survey.kind == "custom"
    asked = questions.listing(survey.id)
    assert [(q.text, q.kind, q.options, q.low, q.high) for q in asked] == [
        ("整体满意度", "rating", [], 1, 7), ("您喜欢哪些菜？", "multiple", ["红烧肉", "清蒸鱼", "小炒"], None, None),
        ("还有什么建议？", "text", [], None, None)]  # fmt: skip
    assert page.tabs.isTabVisible(page.tabs.indexOf(page.results_view))
    page.stack.undo()
    assert Survey.select().count() == 0 and SurveyQuestion.select().count() == 0
    page.stack.redo()
    assert [q.text for q in questions.listing(survey.id)] == [
        "整体满意度",
        "您喜欢哪些菜？",
        "还有什么建议？",
    ]
    edit = page.edit_survey()  # a survey with questions keeps its type
    assert not edit.kind.isEnabled() and not edit.questions.isVisibleTo(edit)
    edit.reject()


def test_a_plain_custom_survey_and_nps_hide_the_editor_and_results(qtbot, page):
    dialog = page.new_survey()
    type_text(dialog.name, "评分")
    dialog.kind.setCurrentIndex(dialog.kind.findData("custom"))
    assert not dialog.questions.isVisibleTo(dialog)
    dialog.accept()
    sid = Survey.get(Survey.name == "评分").id
    assert not questions.has_questions(sid)
    assert not page.tabs.isTabVisible(page.tabs.indexOf(page.results_view))
    assert page.results_view.summary.text() == "This survey asks no questions of its own."


def _custom(page) -> int:
    sid = questions.create_custom("口味调查", SPECS)
    page.refresh()
    page.select(sid)
    return sid


def test_response_form_by_keyboard_refusals_undo_and_results(qtbot, page):
    zhang = customers.create({"name": "张三丰", "mobile": "13800000001"})
    sid = _custom(page)
    dialog = page.answers_view.enter_answers()
    assert isinstance(dialog, ResponseEntryDialog)
    qtbot.waitExposed(dialog)
    before = _counts()
    dialog.save()  # no customer
    assert dialog.error.text() == "Find the customer first (or tick Anonymous)."
    type_text(dialog.picker.search, "张三")
    dialog.picker.refresh()
    assert dialog.picker.customer_id == zhang
    _key(qtbot, Qt.Key_Return, dialog.picker.search)  # nothing answered yet
    assert dialog.error.text() == "The response answers no question: nothing was written."
    dialog.at.setText("2026-13-01")
    _key(qtbot, Qt.Key_Space, dialog.answers[0].buttons[0])  # 朋友介绍
    dialog.save()
    assert "2026-13-01" in dialog.error.text()
    assert _counts() == before  # nothing written
    dialog.at.clear()
    _key(qtbot, Qt.Key_Space, dialog.answers[0].buttons[2])  # 路过: a single choice, one
    assert [b.isChecked() for b in dialog.answers[0].buttons] == [False, False, True]
    for i in (0, 2):
        _key(qtbot, Qt.Key_Space, dialog.answers[1].buttons[i])  # 红烧肉, 小炒
    rating = dialog.answers[2].edit
    rating.setFocus()
    rating.selectAll()
    type_text(rating, "4")
    type_text(dialog.answers[3].edit, "多放辣")
    _key(qtbot, Qt.Key_Return, dialog.answers[3].edit)  # Enter saves
    assert dialog.error.text() == ""
    assert dialog.status.text() == "Saved: 张三丰, 4 questions answered."
    assert len(dialog.saved) == 1
    assert dialog.answers[3].edit.text() == "" and dialog.answers[2].value() == ""
    assert dialog.focusWidget() is dialog.picker.search
    type_text(dialog.picker.search, "张三")
    dialog.picker.refresh()
    _key(qtbot, Qt.Key_Space, dialog.answers[0].buttons[1])
    before = _counts()
    dialog.save()  # the same customer in the same minute
    assert "already" in dialog.error.text() or "已" in dialog.error.text()
    assert _counts() == before
    dialog.picker.search.clear()
    _key(qtbot, Qt.Key_Space, dialog.anonymous)
    _key(qtbot, Qt.Key_Return, dialog.answers[3].edit)
    assert len(dialog.saved) == 2 and dialog.status.text().startswith("Saved: Anonymous")
    assert responses.count(sid) == 2
    result = responses.results(sid)["questions"]
    assert [o["count"] for o in result[0]["options"]] == [0, 1, 1]
    assert [o["count"] for o in result[1]["options"]] == [1, 0, 1]
    assert result[2]["average"] == 4.0 and result[3]["latest"] == ["多放辣"]
    dialog.accept()
    # the Results tab
    view = page.results_view
    page.tabs.setCurrentWidget(view)
    assert view.summary.text() == "2 responses"
    cells = view.cells()
    assert cells[0] == "1. 您是怎么知道我们的？ (Single choice, 2 answered)"
    assert cells[1:4] == ["    朋友介绍", "    网上", "    路过"]
    assert view.cells(1)[1:4] == ["0", "1", "1"] and view.cells(2)[2] == "50.0%"
    assert "    Average" in cells and "    多放辣" in cells
    assert view.bars() == (["朋友介绍", "网上", "路过"], [0.0, 50.0, 50.0])
    view.table.selectRow(cells.index("    Average"))
    assert view.bars()[0] == ["1", "2", "3", "4", "5"]
    assert page.table.item(0, 4).text() == "2"  # the list counts responses
    assert page.table.item(0, 1).text() == "Custom (questions)"
    assert page.answers_view.count.text() == "2 responses to its questions: see Results"
    assert not page.btn_delete.isEnabled()
    # each response one undo step
    page.stack.undo()
    assert responses.count(sid) == 1 and view.summary.text() == "1 responses"
    page.stack.redo()
    assert responses.count(sid) == 2
    page.stack.undo()
    page.stack.undo()
    assert responses.count(sid) == 0
    assert AuditEntry.select().where(AuditEntry.action == "undo").count() >= 2
    page.stack.redo()
    assert responses.count(sid) == 1
    assert database.execute_sql("SELECT customer_id, answered_at FROM survey_response"
                                ).fetchone() == (zhang, "2026-12-07 10:00:00")  # fmt: skip


def test_undo_of_the_add_refused_once_responses_came_in(qtbot, page, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    dialog = page.new_survey()
    type_text(dialog.name, "口味调查")
    dialog.kind.setCurrentIndex(dialog.kind.findData("questions"))
    type_text(dialog.questions.text, "整体满意度")
    dialog.questions.kind.setCurrentIndex(dialog.questions.kind.findData("rating"))
    dialog.accept()
    sid = Survey.get(Survey.name == "口味调查").id
    responses.record(sid, None, {1: "5"})  # the CLI, meanwhile
    before = _counts()
    page.stack.undo()
    assert said == ["The survey has answers: archive it instead of deleting it."]
    assert _counts() == before  # the survey, its question and the response stay
    page.refresh()
    page.select(sid)
    assert not page.btn_delete.isEnabled()


def test_rating_typed_and_enter_in_the_spin_box_saves(qtbot, page):
    sid = _custom(page)
    dialog = page.answers_view.enter_answers()
    qtbot.waitExposed(dialog)
    _key(qtbot, Qt.Key_Space, dialog.anonymous)
    rating = dialog.answers[2].edit
    rating.setFocus()
    rating.selectAll()
    type_text(rating, "9")  # off the 1-5 scale: the spin box keeps it on the scale
    assert rating.value() <= 5
    rating.selectAll()
    type_text(rating, "2")
    _key(qtbot, Qt.Key_Return, rating)
    assert len(dialog.saved) == 1, dialog.error.text()
    assert responses.results(sid)["questions"][2]["counts"][1]["count"] == 1
    dialog.accept()
