"""Sorts through the window's table model (keyset pages, jumps, reading from the end),
the custom fields dialog's sort index, and the detail panel's coloured tag chips."""

import datetime as dt

import pytest
from pypinyin import lazy_pinyin
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget

from models import clock
from models.customers import custom_fields, customers
from models.storage.db import database
from models.tags import tags
from ui.customers.table_model import CustomerTableModel


@pytest.fixture
def demo_2000(db):
    from models.demo import demo

    demo.generate(2000, seed=21)
    return db


def _column(model, key):
    return [c.key for c in model.columns].index(key)


def test_the_table_reads_city_and_birthday_orders_page_by_page(qapp, demo_2000):
    clock.set_now(dt.datetime(2026, 9, 1, 10))
    model = CustomerTableModel()
    model.PAGE = 150
    for key, order in (("city", Qt.AscendingOrder), ("city", Qt.DescendingOrder),
                       ("birthday", Qt.AscendingOrder)):  # fmt: skip
        model.sort(_column(model, key), order)
        # A dragged scrollbar: the end first (read backwards), the middle, then all.
        end, middle = model.row_data(1999)["id"], model.row_data(1000)["id"]
        rows = [model.row_data(r) for r in range(2000)]
        ids = [r["id"] for r in rows]
        assert len(set(ids)) == 2000 and ids[1999] == end and ids[1000] == middle
        values = [r[key] for r in rows]
        named = [v for v in values if v]
        if key == "city":
            spelled = [lazy_pinyin(v) for v in named]
            descending = order == Qt.DescendingOrder
            assert spelled == sorted(spelled, reverse=descending)
            blanks = values[: len(values) - len(named)] if descending else values[len(named) :]
            assert not any(blanks)
        else:
            days = [v[-5:] for v in named]
            wrap = next(i for i, d in enumerate(days) if d < "09-01")
            assert days[:wrap] == sorted(days[:wrap]) and days[0] >= "09-01"
            assert days[wrap:] == sorted(days[wrap:]) and all(d < "09-01" for d in days[wrap:])
            assert values[len(named) :] == [""] * (2000 - len(named))


def test_the_custom_fields_dialog_builds_and_drops_the_sort_index(qtbot, db):
    from ui.customers.custom_fields_dialog import CustomFieldsDialog

    field = custom_fields.add_field("积分", "number")
    custom_fields.add_field("备注2", "text")
    dialog = CustomFieldsDialog()
    qtbot.addWidget(dialog)
    box = dialog.sort_index
    assert not box.isEnabled()  # nothing chosen yet
    dialog.findChild(QListWidget, "field_list").setCurrentRow(0)
    assert box.isEnabled() and not box.isChecked()

    def indexed():
        rows = database.execute_sql("PRAGMA index_list('custom_value')").fetchall()
        return custom_fields.sort_index_name(field.id) in {r[1] for r in rows}

    box.setChecked(True)
    qtbot.waitUntil(indexed)
    assert custom_fields.CustomField.get_by_id(field.id).sort_indexed
    dialog.list.setCurrentRow(1)
    assert not box.isChecked()  # the other field has none
    dialog.list.setCurrentRow(0)
    assert box.isChecked()
    box.setChecked(False)
    qtbot.waitUntil(lambda: not indexed())


def test_tag_chips_keep_their_colours_and_wrap(qtbot, db):
    from ui.customers.detail_panel import CustomerDetailPanel

    group = tags.create_group("颜色", "#00897b")
    colours = ["#e53935", "#1e88e5", "#43a047", "#8e24aa", "#fb8c00", "#00acc1"]
    names = [f"标签{i}号很长的名字" for i in range(12)]
    for i, name in enumerate(names):
        tag = tags.create_tag(name, group.id)
        tags.Tag.update(color=colours[i % 6]).where(tags.Tag.id == tag.id).execute()
    cid = customers.create({"name": "多标签客户", "tags": names})
    panel = CustomerDetailPanel()
    qtbot.addWidget(panel)
    panel.resize(320, 700)
    panel.show()
    panel.show_customer(customers.get(cid))
    chips = panel.card.tag_badges
    qtbot.waitUntil(lambda: all(c.isVisible() for c in chips))
    assert [c.text() for c in chips] == names
    rows = {c.geometry().top() for c in chips}
    assert len(rows) > 2  # twelve long chips wrap onto several lines in 320 px
    assert max(c.geometry().right() for c in chips) <= panel.scroll.viewport().width()
    for chip in chips:
        want = QColor(colours[names.index(chip.text()) % 6])
        image = chip.grab().toImage()
        # Inside the pill, left of the text: painted in the tag's own colour.
        got = image.pixelColor(chip.PAD_X // 2 + 2, image.height() // 2)
        assert (got.red(), got.green(), got.blue()) == (want.red(), want.green(), want.blue())


def test_a_refresh_on_a_new_day_starts_the_birthdays_at_the_new_today(qapp, demo_2000):
    customers.update(1, {"birthday": "1980-06-30"})
    clock.set_now(dt.datetime(2026, 6, 30, 23, 59))
    model = CustomerTableModel()
    model.sort(_column(model, "birthday"), Qt.AscendingOrder)
    assert model.row_data(0)["birthday"][-5:] == "06-30"
    clock.set_now(dt.datetime(2026, 7, 1, 0, 1))
    model.refresh()  # what the window does on the reminder service's dayChanged
    days = [model.row_data(r)["birthday"] for r in range(2000)]
    named = [d[-5:] for d in days if d]
    assert named[0] >= "07-01" and named[-1] == "06-30"  # yesterday's birthdays: a year off
    assert model.row_data(len(named) - 1)["id"] == 1 or named[-2] == "06-30"
