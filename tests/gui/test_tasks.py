"""Long work runs in a worker thread behind a progress bar; Cancel writes nothing."""

import time

import pytest
from PySide6.QtWidgets import QApplication, QProgressDialog

from models.customers import customer_list
from models.customers.customer_filter import CustomerFilter
from models.errors import Cancelled
from models.storage.db import database
from models.tags import tagging, tags
from ui.tasks import BackgroundReader, run_with_progress


def _slow_change(progress, cancel):
    with database.atomic():
        tags.create_tag("临时")
        for i in range(300):
            if cancel.is_set():
                raise Cancelled
            progress(i / 300)
            time.sleep(0.02)
    return "finished"


def test_cancel_in_the_progress_dialog_rolls_back(qtbot, demo_db):
    seen = {}

    def click_cancel():
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        ]
        if not shown:
            return False
        dialog = shown[0]
        seen["label"] = dialog.labelText()
        seen["value"] = dialog.value()
        from PySide6.QtWidgets import QPushButton

        dialog.findChild(QPushButton).click()  # the Cancel button, as the user clicks it
        return True

    from PySide6.QtCore import QTimer

    def poll():
        if not click_cancel():
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    with pytest.raises(Cancelled):
        run_with_progress(None, "Working…", _slow_change)
    assert seen["label"] == "Working…" and seen["value"] > 0  # the bar moved
    assert tags.find_tag("临时") is None  # nothing of the cancelled work remains


def test_work_finishes_and_returns_its_result(qtbot, demo_db):
    vip = tags.find_tag("VIP").id
    ids = customer_list.matching_ids(CustomerFilter(search="王"))
    change = run_with_progress(None, "x", lambda p, c: tagging.add_tags([vip], ids, progress=p))
    assert customer_list.count(CustomerFilter(search="王", tags=(vip,))) == len(ids)
    assert isinstance(change, tagging.TagChange)


def test_background_reader_delivers_only_the_newest_answer(qtbot, demo_db):
    reader = BackgroundReader()
    got = []
    reader.ready.connect(got.append)
    for search in ("张", "王", "李"):
        reader.request(lambda s=search: customer_list.count(CustomerFilter(search=s)))
    qtbot.waitUntil(lambda: not reader.busy() and bool(got), timeout=5000)
    assert got == [customer_list.count(CustomerFilter(search="李"))]
