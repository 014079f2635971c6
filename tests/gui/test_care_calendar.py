"""The care calendar: festivals and birthday counts in months far ahead, the chosen
day's list; the festivals tab of the care settings."""

import datetime as dt

from PySide6.QtCore import Qt

from models import clock
from models.customers import customers
from models.followups import care, festival_care
from ui.followups.calendar import CountCalendar
from ui.followups.care_day import CareDayList

NOW = dt.datetime(2026, 11, 18, 10, 0)


def test_calendar_shows_festivals_and_birthdays_months_ahead(qtbot, db):
    from desktop import translations

    translations.apply("en")
    clock.set_now(NOW)
    born = customers.create({"name": "端午生", "birthday": "1990-06-09"})
    customers.create({"name": "也是", "birthday": "--06-09"})
    lunar = customers.create({"name": "农历", "birthday": "1980-05-05", "birthday_lunar": True})
    calendar = CountCalendar()
    qtbot.addWidget(calendar)
    calendar.show()
    calendar.reload()
    assert calendar.festival_names(dt.date(2027, 6, 9)) == []  # not the month shown
    calendar.setCurrentPage(2027, 6)  # seven months ahead
    dragon_boat = dt.date(2027, 6, 9)
    assert calendar.festival_names(dragon_boat) == ["Dragon Boat Festival"]
    assert calendar.festival_names(dt.date(2027, 6, 20)) == ["Father's Day"]
    # Two solar birthdays on 6/9, and the lunar 5/5 one falls on 端午 itself.
    assert calendar.birthdays_on(dragon_boat) == 3
    assert calendar.birthdays_on(dt.date(2027, 6, 10)) == 0
    calendar.grab()  # painted without error
    calendar.setCurrentPage(2027, 9)
    assert calendar.festival_names(dt.date(2027, 9, 15)) == ["Mid-Autumn Festival"]
    translations.apply("zh_CN")
    assert calendar.festival_names(dt.date(2027, 9, 15)) == ["中秋节"]
    translations.apply("en")

    day_list = CareDayList()
    qtbot.addWidget(day_list)
    day_list.show_day(dragon_boat)
    texts = [day_list.item(i).text() for i in range(day_list.count())]
    assert texts[0] == "Dragon Boat Festival (care off)"
    assert "9 Jun: 3 birthdays" in texts
    assert {"端午生", "也是", "农历"} <= set(texts)
    item = next(
        day_list.item(i) for i in range(day_list.count()) if day_list.item(i).text() == "农历"
    )
    with qtbot.waitSignal(day_list.openCustomerRequested) as signal:
        day_list.itemActivated.emit(item)
    assert signal.args == [lunar]
    festival_care.configure("dragon_boat", on=True)
    day_list.show_day(dragon_boat)
    assert day_list.item(0).text() == "Dragon Boat Festival (care on)"
    day_list.show_day(dt.date(2027, 6, 11))
    assert [day_list.item(i).text() for i in range(day_list.count())] == [
        "No festival or birthday on this day."
    ]
    assert born


def test_festival_settings_in_the_care_dialog(qtbot, window):
    clock.set_now(NOW)
    page = window.followups_page
    dialog = page.edit_care()
    fest = dialog.festivals
    row = fest.list.findItems("Mid-Autumn Festival", Qt.MatchStartsWith)[0]
    fest.list.setCurrentItem(row)
    row.setCheckState(Qt.Checked)
    fest.audience.setCurrentIndex(fest.audience.findData("stages"))
    assert fest.choices.currentWidget() is fest.stages
    fest.template.setPlainText("{name}，{festivl}快乐")
    assert "{festival}" in fest.preview.text()  # the error says what may be used
    dialog.accept()
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 1
    assert festival_care.settings("mid_autumn")["on"] is False  # nothing kept
    fest.template.setPlainText("{name}，{festival}快乐")
    assert fest.preview.text() == "Zhang Wei，中秋节快乐"
    dialog.accept()  # stages audience with no stage ticked
    assert dialog.isVisible() and "stage" in dialog.error.text()
    active = next(
        fest.stages.item(i) for i in range(fest.stages.count())
        if fest.stages.item(i).data(Qt.UserRole) == "active"
    )  # fmt: skip
    active.setCheckState(Qt.Checked)
    fest.lead.setValue(2)
    dialog.lead.setValue(4)
    dialog.accept()
    assert not dialog.isVisible()
    conf = festival_care.settings("mid_autumn")
    assert (conf["on"], conf["audience"], conf["stages"], conf["lead_days"]) == (
        True, "stages", ["active"], 2
    )  # fmt: skip
    assert conf["template"] == "{name}，{festival}快乐" and care.lead_days() == 4
    # Opened again, it shows what was kept.
    again = page.edit_care()
    again.festivals.list.setCurrentRow(again.festivals.list.row(
        again.festivals.list.findItems("Mid-Autumn Festival", Qt.MatchStartsWith)[0]
    ))  # fmt: skip
    assert again.festivals.audience.currentData() == "stages"
    assert again.festivals.lead.value() == 2
    again.reject()


def test_a_new_day_makes_festival_reminders_off_the_gui_thread(qtbot, window):
    from models.customers.record import Customer
    from models.followups.followups import Followup

    festival_care.configure("spring_festival", on=True, lead_days=3)
    service = window.notices.service
    clock.set_now(dt.datetime(2027, 2, 1, 8, 0))  # 春节 2027-02-06: due 02-03
    with qtbot.waitSignals([service.dayChanged, service.dayChanged], timeout=20000):
        service.poll()  # the second: the festival's reminders landed
    service.wait()
    live = Customer.select().where(Customer.deleted_at.is_null()).count()
    made = Followup.select().where(Followup.care_key == "festival:spring_festival:2027")
    assert made.count() == live > 0
    assert {f.due_at for f in made} == {dt.datetime(2027, 2, 3)}
    clock.set_now(dt.datetime(2027, 2, 2, 8, 0))
    service.poll()
    service.wait()
    assert made.count() == live
