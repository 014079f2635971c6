"""Lead scoring in the window (issue 28): the detail panel's grade and breakdown, the
grade column sorted and the list filtered by grade, the settings dialog (refused values
said in place, nothing written; OK rescores every lead, one undo step)."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from models import clock
from models.customers import customer_list, customers
from models.customers.customer_filter import CustomerFilter
from models.followups import interactions
from models.leads import model as scoring_model
from models.leads import scores
from models.storage import audit, preferences

NOW = dt.datetime(2026, 11, 18, 10, 0)


@pytest.fixture
def lead(db):
    clock.set_now(NOW)
    cid = customers.create({"name": "王经理", "stage": "lead", "job_title": "采购经理",
                            "mobile": "13812345678", "city": "上海"})  # fmt: skip
    interactions.log(cid, "询价", "问了报价", at=NOW - dt.timedelta(days=30))  # 7.5 -> 8
    scores.flush()
    yield cid
    clock.set_now(None)


def test_the_detail_panel_shows_the_grade_and_why(qtbot, lead):
    from ui.customers.detail_panel import CustomerDetailPanel

    panel = CustomerDetailPanel()
    qtbot.addWidget(panel)
    panel.resize(320, 760)
    panel.show()
    panel.show_customer(customers.get(lead))
    card = panel.card
    assert card.lead_badge.isVisible() and card.lead_badge.text() == "Lead C · 38"
    assert card.lead_why.text() == (
        "Why 38: Job title 经理 +15, Valid mobile +10, Region 上海 +5, Asked for a price ×1 +8"
    )
    customers.update(lead, {"stage": "new"})
    panel.show_customer(customers.get(lead))
    assert not card.lead_badge.isVisible() and not card.lead_why.isVisible()


def test_the_grade_column_sorts_and_the_list_filters_by_grade(qtbot, window):
    clock.set_now(NOW)
    try:
        page = window.customers_page
        leads = customer_list.matching_ids(CustomerFilter(where=(("stage", "lead"),)))
        for n, cid in enumerate(leads[:9]):
            customers.update(cid, {"job_title": ("总经理", "经理", "")[n % 3]})
            interactions.log(cid, "到店", "来店", at=NOW)
        window.refresh_all()  # what a change's dataChanged does: the marked leads rescored
        grades = {cid: customers.Customer.get_by_id(cid).lead_grade for cid in leads}
        assert set(grades.values()) >= {"B", "C"}

        model = page.model
        column = [c.key for c in model.columns].index("lead_grade")
        model.sort(column, Qt.DescendingOrder)
        qtbot.waitUntil(lambda: model.rowCount() == 600, timeout=3000)
        shown = [model.row_data(r)["lead_grade"] for r in range(600)]
        assert shown == sorted(shown, reverse=True)
        assert model.data(model.index(0, column)) == "D"

        page._retranslate_segment_filter()
        action = page.segment_menu.findChild(type(page.segment_menu.actions()[0]), "lead_grade_B")
        action.trigger()
        wanted = sorted(cid for cid, grade in grades.items() if grade == "B")
        qtbot.waitUntil(lambda: model.rowCount() == len(wanted), timeout=3000)
        assert sorted(model.row_data(r)["id"] for r in range(len(wanted))) == wanted
        assert page.model.filter.lead_grade == "B"
        assert "Lead grade B" in page.segment_button.text()
    finally:
        clock.set_now(None)


def scoring_entries() -> list[dict]:
    """The scoring model's audit entries, newest first (the window's daily backup may
    write its own meanwhile)."""
    return [e for e in audit.entries() if e["target"] == "lead_scoring"]


def test_the_settings_dialog_refuses_bad_values_saves_and_undoes(qtbot, window):
    from ui.leads.settings_dialog import LeadScoringDialog

    cid = customers.create({"name": "李总", "stage": "lead", "job_title": "总经理"})
    window.refresh_all()
    assert customers.Customer.get_by_id(cid).lead_grade == "C"  # 20
    dialog = LeadScoringDialog(window, window.undo_stack, lambda _ids: window.refresh_all())
    qtbot.addWidget(dialog)
    assert dialog.grades["A"].value() == 70 and dialog.mobile.value() == 10
    dialog.behaviours["event"][1].setValue(0)  # a half-life of 0 days
    dialog.accept()
    assert not dialog.error.isHidden()
    assert dialog.error.text().startswith("Came to an event, half-life: a number of days")
    assert "behaviours" not in dialog.error.text()  # the setting's name, not its key
    dialog.behaviours["event"][1].setValue(90)
    dialog.grades["B"].setValue(80)  # above A
    dialog.accept()
    assert "must fall" in dialog.error.text()
    assert preferences.get(scoring_model.KEY) is None and scoring_entries() == []
    dialog.grades["B"].setValue(30)
    dialog.grades["A"].setValue(40)
    dialog.grades["C"].setValue(10)
    dialog.job_titles.setPlainText("总经理=35\n经理=15")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert scoring_model.load()["grades"] == {"A": 40, "B": 30, "C": 10}
    assert customers.Customer.get_by_id(cid).lead_score == 35
    assert customers.Customer.get_by_id(cid).lead_grade == "B"
    assert scoring_entries()[0]["action"] == "settings"
    window.undo_stack.undo()
    assert scoring_model.load()["grades"] == {"A": 70, "B": 45, "C": 20}
    assert (customers.Customer.get_by_id(cid).lead_score,
            customers.Customer.get_by_id(cid).lead_grade) == (20, "C")  # fmt: skip
    assert scoring_entries()[0]["action"] == "undo"
    window.undo_stack.redo()
    assert customers.Customer.get_by_id(cid).lead_grade == "B"


def test_the_settings_menu_opens_the_dialog(qtbot, window, monkeypatch):
    from ui.leads import settings_dialog

    opened = []
    monkeypatch.setattr(settings_dialog.LeadScoringDialog, "exec",
                        lambda self: opened.append(self.windowTitle()))  # fmt: skip
    assert window.act_lead_scoring in window.menu_settings.actions()
    window.act_lead_scoring.trigger()
    assert opened == ["Lead scoring"]


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"behaviours": {"store": {"half_life": "abc"}}}, "Visited the store, half-life: enter"),
        ({"behaviours": {"price": {"weight": -1}}}, "Asked for a price, weight: points are 0"),
        ({"behaviours": {"survey": {"cap": 2.5}}}, "Answered a survey, cap: points are whole"),
        ({"grades": {"A": "x"}}, "Grade A from: enter a number"),
        ({"mobile": "ten"}, "Valid mobile: enter a number"),
        ({"job_titles": [["经理", 5], ["经理", 6]]}, "Job titles: “经理” is there twice"),
        ({"regions": "上海"}, "Regions: entries are written as name=points"),
        ({"need_field": "x" * 60}, "Need field: this text is too long"),
    ],
)
def test_a_refused_setting_is_named_in_words(qtbot, change, words):
    from models.errors import ValidationError
    from ui.leads import score_labels

    with pytest.raises(ValidationError) as refused:
        scoring_model.validate(change)
    assert score_labels.error_text(refused.value).startswith(words)
