"""Every item model in ui/ runs under pytest-qt's model testers (tests.gui.helpers.
check_model), on real data and through its reloads, filter changes and fetchMore; and a
guard that a model added later without a tester check fails here."""

from __future__ import annotations

import ast
import datetime as dt
import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt

from models import clock
from models.complaints import complaint_list, complaints
from models.customers import customer_list
from models.customers.customer_filter import CustomerFilter
from models.followups import agenda, followups, stay_in_touch
from tests.gui.helpers import check_model
from ui.complaints.table_model import COLUMNS, ComplaintTableModel
from ui.followups.agenda_model import AgendaModel

NOW = dt.datetime(2026, 11, 18, 10, 0)  # a Wednesday
ROOT = Path(__file__).resolve().parents[2]

# Every QAbstractItemModel subclass defined in ui/ (or desktop/), and the test that runs
# it under qtmodeltester. test_every_item_model_is_under_the_model_tester keeps this
# complete and honest.
MODEL_TESTS = {
    "ui.customers.table_model.CustomerTableModel": (
        "tests.gui.test_table_model.test_model_passes_qtmodeltester"
    ),
    "ui.tags.tree_model.TagTreeModel": "tests.gui.test_tags_gui.test_tree_model_passes_qtmodeltester",
    "ui.followups.agenda_model.AgendaModel": (
        "tests.gui.test_item_models.test_agenda_model_passes_qtmodeltester"
    ),
    "ui.complaints.table_model.ComplaintTableModel": (
        "tests.gui.test_item_models.test_complaint_model_passes_qtmodeltester"
    ),
    "ui.purchases.table_model.PurchaseTableModel": (
        "tests.gui.test_purchases_gui.test_the_table_model_passes_qt_s_model_testers"
    ),
    "ui.membership.table_model.MemberTableModel": (
        "tests.gui.test_item_models.test_member_model_passes_qtmodeltester"
    ),
}


def first_customers(n: int) -> list[int]:
    return [r["id"] for r in customer_list.page(CustomerFilter(), customer_list.Sort("id"), n).rows]


# ---------------------------------------------------------------- the agenda


@pytest.fixture
def agenda_data(demo_db):
    """Follow-ups in every bucket (one done, one repeating, one with a time already
    past) and stay-in-touch customers after today's follow-ups."""
    clock.set_now(NOW)
    ids = first_customers(12)
    followups.create(ids[0], "2026-11-18T15:00", subject="报价")
    followups.create(ids[1], "2026-11-18T08:30", subject="早上的电话", note="记得带样品")
    followups.create(ids[2], dt.date(2026, 11, 18), subject="回访", every="1m")
    followups.create(ids[3], dt.date(2026, 11, 10), subject="催款")
    followups.create(ids[4], dt.date(2026, 11, 2), kind="wechat")
    followups.create(ids[5], dt.date(2026, 11, 20), subject="送货")
    followups.create(ids[6], dt.date(2026, 12, 24), subject="节日问候")
    done = followups.create(ids[7], dt.date(2026, 11, 17), subject="已经打过")
    followups.complete(done, "客户满意")
    for customer_id in ids[8:12]:
        stay_in_touch.set_rule("customer", customer_id, 7)  # created long ago: all due


def test_agenda_model_passes_qtmodeltester(qtmodeltester, agenda_data):
    model = AgendaModel()
    model.BATCH = 2  # several batches per bucket, so fetchMore runs under the tester
    check_model(qtmodeltester, model)  # empty: not refreshed yet
    assert model.rowCount() == 0 and not model.canFetchMore()
    for bucket in (*agenda.BUCKETS, "day:2026-11-18", "day:2026-01-01"):
        model.bucket = bucket
        model.refresh()
        while model.canFetchMore():
            model.fetchMore()
        assert model.rowCount() == model.total, bucket
    model.bucket = "today"
    model.refresh()
    assert model.total > 4  # today's follow-ups, then the stay-in-touch customers
    while model.canFetchMore():
        model.fetchMore()
    kinds = [model.row_data(r)["type"] for r in range(model.rowCount())]
    assert kinds == sorted(kinds)  # "followup" rows before "touch" rows
    assert kinds.count("touch") == 4
    assert all(model.index(r, 0).data() for r in range(model.rowCount()))
    assert model.headerData(0, Qt.Horizontal) == "Due"


# ---------------------------------------------------------------- complaints


@pytest.fixture
def complaint_data(demo_db):
    """Complaints of every severity and status; some past their deadlines."""
    clock.set_now(NOW)
    ids = first_customers(8)
    made = []
    for i, (severity, days_ago) in enumerate(
        [("normal", 0), ("serious", 1), ("urgent", 0), ("normal", 5), ("urgent", 9)] * 2
    ):
        received = NOW - dt.timedelta(days=days_ago, hours=i)
        made.append(
            complaints.create(
                ids[i % len(ids)],
                category="quality" if i % 2 else "delivery",
                description=f"第{i}件投诉\n细节在第二行",
                severity=severity,
                received_at=received,
            )
        )
    complaints.step(made[0], "respond")
    complaints.step(made[1], "respond")
    complaints.step(made[1], "start")
    for action, extra in (
        ("respond", {}),
        ("start", {}),
        ("resolve", {"root_cause": "缝线", "solution": "换新"}),
    ):
        complaints.step(made[2], action, **extra)
    return made


def test_complaint_model_passes_qtmodeltester(qtmodeltester, complaint_data):
    model = ComplaintTableModel()
    model.BATCH = 3  # several batches, so fetchMore runs under the tester
    check_model(qtmodeltester, model)  # empty: not loaded yet
    assert model.rowCount() == 0 and not model.canFetchMore()
    model.reload()
    assert model.rowCount() == model.BATCH
    assert model.total == len(complaint_data)
    while model.canFetchMore():
        model.fetchMore()
    listed = [model.row_data(r)["id"] for r in range(model.rowCount())]
    assert listed == [r["id"] for r in complaint_list.rows(complaint_list.where(), now=model.now)]
    assert sorted(listed) == sorted(complaint_data)
    clock.set_now(NOW + dt.timedelta(hours=30))
    model.tick()  # the countdowns move: dataChanged over the deadline column
    assert model.index(0, COLUMNS.index("sla")).data()
    for condition in (
        complaint_list.where(status="open"),
        complaint_list.where(severity="urgent"),
        complaint_list.where(status="closed"),
        complaint_list.where(search="没有这样的投诉"),
        complaint_list.where(overdue=True),
    ):
        model.set_filter(condition)
        while model.canFetchMore():
            model.fetchMore()
        assert model.rowCount() == complaint_list.count(condition)
    model.set_filter(complaint_list.where(search="没有这样的投诉"))
    assert model.rowCount() == 0 and not model.canFetchMore()
    model.tick()  # nothing listed: nothing to change


# ---------------------------------------------------------------- the guard


def item_model_classes() -> set[str]:
    """The QAbstractItemModel subclasses our own packages define, found by importing
    every module of ui/ and desktop/."""
    import desktop
    import ui

    found = set()
    for package in (ui, desktop):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if info.name.endswith("__main__"):
                continue
            module = importlib.import_module(info.name)
            for _name, obj in inspect.getmembers(module, inspect.isclass):
                if issubclass(obj, QAbstractItemModel) and obj.__module__ == module.__name__:
                    found.add(f"{obj.__module__}.{obj.__qualname__}")
    return found


def model_looking_classes() -> set[str]:
    """Names of the classes, at any depth (inside a function too, where importing does
    not see them), whose base's name ends in "Model": QAbstractTableModel,
    QStandardItemModel, QSortFilterProxyModel, ... or one of ours."""
    names = set()
    for package in ("ui", "desktop"):
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ClassDef):
                    bases = [getattr(b, "id", getattr(b, "attr", "")) for b in node.bases]
                    if any(base.endswith("Model") for base in bases):
                        names.add(node.name)
    return names


def test_every_item_model_is_under_the_model_tester(qapp):
    found = item_model_classes()
    assert "ui.followups.agenda_model.AgendaModel" in found  # the scan does find them
    unseen = model_looking_classes() - {name.rsplit(".", 1)[1] for name in found}
    assert not unseen, f"models not at a module's top level, untestable here: {unseen}"
    missing = found - MODEL_TESTS.keys()
    assert not missing, f"add a qtmodeltester test for {sorted(missing)} to MODEL_TESTS"
    gone = MODEL_TESTS.keys() - found
    assert not gone, f"MODEL_TESTS names models that no longer exist: {sorted(gone)}"
    for model, test in MODEL_TESTS.items():
        module_name, function_name = test.rsplit(".", 1)
        function = getattr(importlib.import_module(module_name), function_name)
        source = inspect.getsource(function)
        assert "qtmodeltester" in inspect.signature(function).parameters, test
        assert "check_model(qtmodeltester, " in source, test
        assert model.rsplit(".", 1)[1] + "(" in source, f"{test} does not build {model}"


def test_member_model_passes_qtmodeltester(qtmodeltester, demo_db):
    """The 会员 page's model: empty, then members found by card, name and nothing."""
    from models.membership import cards
    from ui.membership.table_model import MemberTableModel

    ids = first_customers(3)
    for n, cid in enumerate(ids):
        cards.enroll(cid, f"VIP9{n}")
    model = MemberTableModel()
    check_model(qtmodeltester, model)  # the tester follows every reset below
    for text in ("", "VIP9", "VIP91", "no such member"):
        model.set_search(text)
    assert model.rowCount() == 0
    model.set_search("")
    assert model.rowCount() == 3
