"""What people say (ThemesView, standalone): the words counted in the worker, the chart
of promoters vs detractors, a click on a bar or a term listing its comments, pinning
selected terms as a theme through the dialog (typed one key at a time), the themes
table with share and NPS, undo and redo from the window's stack, a refusal said in the
view, Cancel, and zh_CN."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from models.storage.audit import AuditEntry
from models.surveys import surveys, theme_pins
from tests.test_survey_themes import survey  # noqa: F401  (the fixture)
from ui.surveys.themes_view import ThemeDialog, ThemesView


def type_text(widget, text: str) -> None:
    """One key event per character (qtbot.keyClicks aborts on non-ASCII text)."""
    for ch in text:
        for kind in (QKeyEvent.KeyPress, QKeyEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.NoModifier, ch))


class Page(QWidget):
    """Stands for the Surveys page: the view finds the undo stack on its parent."""

    def __init__(self):
        super().__init__()
        self.undo_stack = QUndoStack(self)


@pytest.fixture
def view(qtbot, survey):  # noqa: F811
    page = Page()
    qtbot.addWidget(page)
    view = ThemesView(None, page)
    view.resize(1100, 700)
    page.resize(1100, 700)
    page.show()  # a hidden view counts only when shown
    view.show()
    view.set_survey(survey)
    qtbot.waitUntil(lambda: view.counted is not None, timeout=20000)
    yield view
    view.wait()


def test_chart_terms_and_comments(view, qtbot):
    assert view.undo_stack is view.parent().undo_stack
    assert "7 comments: 3 from promoters, 1 from passives, 3 from detractors" in view.status.text()
    chart = view.chart
    assert "服务" in chart.terms and "价格" in chart.terms
    row = chart.terms.index("价格")
    assert chart.promoters[row] == 0 and chart.detractors[row] == pytest.approx(66.7)
    with qtbot.waitSignal(chart.termPicked) as picked:
        chart.click(row)
    assert picked.args == ["价格"]
    assert view.comments_table.rowCount() == 3
    assert "价格" in view.comments_title.text() and "(3)" in view.comments_title.text()
    assert view.comments_table.item(0, 3).text() == "价格太贵了，服务一般"
    assert view.comments_table.item(0, 2).text() == "客户4"
    terms = [view.terms_table.item(r, 0).text() for r in range(view.terms_table.rowCount())]
    assert set(terms[:2]) == {"价格", "服务"}  # 3 comments each
    view.terms_table.selectRow(terms.index("热情"))
    assert view.comments_table.rowCount() == 1 and "热情" in view.comments_table.item(0, 3).text()


def test_a_real_click_on_a_bar(view, qtbot):
    chart = view.chart
    chart.canvas.draw()
    ax = chart.figure.axes[0]
    row = chart.terms.index("价格")
    bar = next(p for p in ax.patches if p.get_gid() == str(row) and p.get_width() > 0)
    x0, y0, x1, y1 = bar.get_window_extent().extents
    ratio = chart.canvas.device_pixel_ratio
    point = QPoint(int((x0 + x1) / 2 / ratio), int(chart.canvas.height() - (y0 + y1) / 2 / ratio))
    with qtbot.waitSignal(chart.termPicked) as picked:
        qtbot.mouseClick(chart.canvas, Qt.LeftButton, pos=point)
    assert picked.args == ["价格"] and view.comments_table.rowCount() == 3


def test_pin_by_dialog_undo_and_redo(view, qtbot, monkeypatch):
    terms = [view.terms_table.item(r, 0).text() for r in range(view.terms_table.rowCount())]
    view.terms_table.selectRow(terms.index("价格"))
    index = view.terms_table.model().index(terms.index("贵"), 0)
    flags = QItemSelectionModel.Select | QItemSelectionModel.Rows
    view.terms_table.selectionModel().select(index, flags)
    assert set(view.selected_terms()) == {"价格", "贵"}

    def run_dialog(dialog):
        assert dialog.terms.text() in ("价格, 贵", "贵, 价格")
        dialog.name.setFocus()
        type_text(dialog.name, "价格")
        type_text(dialog.terms, ", 便宜")
        dialog.buttons.button(QDialogButtonBox.Ok).click()
        return dialog.result()

    monkeypatch.setattr(ThemeDialog, "exec", run_dialog)
    new_id = view.pin()
    assert new_id is not None
    view.wait()
    assert view.themes_table.rowCount() == 1
    assert view.themes_table.item(0, 0).text() == "价格"
    # 价格, 贵, 便宜: 3 of the 7 comments (scores 8, 3, 0): NPS (0 - 2) / 3 = -66.7
    assert view.themes_table.item(0, 1).text() == "价格、贵、便宜"
    assert view.themes_table.item(0, 3).text() == "42.9%"
    assert view.themes_table.item(0, 4).text().startswith("-66.7 ±")
    assert view.themes_table.item(0, 4).text().endswith(" *")  # under 30 answers
    view.themes_table.selectRow(0)
    assert view.comments_table.rowCount() == 3
    stack = view.undo_stack
    assert stack.count() == 1 and "价格" in stack.undoText()
    stack.undo()
    view.wait()
    assert view.themes_table.rowCount() == 0 and theme_pins.listing(view.survey_id) == []
    assert AuditEntry.select().order_by(AuditEntry.id.desc()).first().action == "undo"
    stack.redo()
    view.wait()
    assert [t["name"] for t in theme_pins.listing(view.survey_id)] == ["价格"]
    view.themes_table.selectRow(0)
    view.remove()
    view.wait()
    assert view.themes_table.rowCount() == 0 and stack.count() == 2
    stack.undo()
    view.wait()
    assert view.themes_table.rowCount() == 1


def test_refusals_are_said_and_write_nothing(view, qtbot):
    view.pin("服务", "服务")
    view.wait()
    before = AuditEntry.select().count()
    assert view.pin("服务", "店员") is None
    assert "服务" in view.status.text() and "already" in view.status.text()
    dialog = ThemeDialog([], view)
    qtbot.addWidget(dialog)
    dialog.buttons.button(QDialogButtonBox.Ok).click()  # no name
    assert dialog.result() == 0 and dialog.error.text()
    assert AuditEntry.select().count() == before and len(theme_pins.listing(view.survey_id)) == 1


def test_cancel_and_no_survey(view, qtbot):
    view._cancel = None
    view.set_survey(None)
    assert view.terms_table.rowCount() == 0 and "Choose a survey" in view.chart.message
    empty = surveys.create("空", "nps")
    view.set_survey(empty)
    view.cancel()  # the count may already be done: either way the view is usable
    view.wait()
    view.refresh()
    view.wait()
    assert view.counted is not None and view.counted.comments == 0
    assert view.chart.message == "No comments yet."
    view.refresh()
    view.stop()  # cancelled (or done): no worker left
    assert view._worker is None


def test_in_chinese(view, qtbot):
    from desktop import translations

    translations.apply("zh_CN")
    try:
        qtbot.waitUntil(lambda: view.pin_button.text() == "设为主题…", timeout=3000)
        assert view.terms_table.horizontalHeaderItem(1).text() == "推荐者"
        assert "条评论" in view.status.text()
    finally:
        translations.apply("en")
