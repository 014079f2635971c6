"""The membership's daily pass in the window (desktop/membership_job.py): at start one
quick read (nothing to do without members: no worker at all), the pass in a worker
thread once a day (count cards and paid terms expired, levels by their rules), again
past midnight; a failure is said in the banner, never raised."""

import datetime as dt
import threading

from desktop.membership_job import DailyMembership
from models import clock
from models.customers import customers
from models.errors import ValidationError
from models.membership import cards, count_cards, daily, levels, paid
from models.membership.tables import Member
from models.storage import preferences


def _day_done():
    return preferences.get(daily.DAY_KEY)


def _shop():
    """A member whose count card ends yesterday, a paid term that ended, and a level
    their points reach."""
    clock.set_now(dt.datetime(2026, 9, 1, 9, 0))
    cid = customers.create({"name": "张三"})
    cards.enroll(cid, "VIP1")
    count_cards.sell(cid, "洗剪吹", 3, 3000, expires_on=dt.date(2026, 9, 30))
    paid.sell(cid, "月卡", "month", 3000)
    levels.add({"name": "普通", "rank": 0, "threshold": 0})
    clock.set_now(dt.datetime(2026, 11, 18, 10, 0))
    return cid


def test_nothing_to_do_without_members_starts_no_worker(qtbot, window):
    job = window.session.membership
    assert not daily.due()  # an empty database
    with qtbot.assertNotEmitted(job.done, wait=300):
        job.run_if_due()
    assert not job.busy() and _day_done() is None


def test_the_pass_runs_off_the_gui_thread_once_a_day(qtbot, db):
    cid = _shop()
    threads = []

    def job():
        threads.append(threading.current_thread())
        return daily.run_if_due()

    runner = DailyMembership(job=job)
    with qtbot.waitSignal(runner.done, timeout=10000) as signal:
        runner.start()
    done = signal.args[0]
    assert threads and threads[0] is not threading.main_thread()
    assert (done["count_cards"]["visits"], done["paid"]["terms"]) == (3, 1)
    assert Member.get(Member.customer_id == cid).level_id is not None  # 普通 by the rule
    assert _day_done() == clock.today().isoformat() and not daily.due()
    with qtbot.assertNotEmitted(runner.done, wait=300):  # the same day: not again
        runner._tick()
        runner.run_if_due()
    clock.set_now(dt.datetime(2026, 11, 19, 0, 1))  # past midnight: the next day's pass
    with qtbot.waitSignal(runner.done, timeout=10000) as signal:
        runner._tick()
    assert signal.args[0]["count_cards"]["visits"] == 0
    runner.stop()


def test_a_failure_is_said_not_raised(qtbot, window):
    _shop()
    job = window.session.membership
    qtbot.waitUntil(lambda: not job.busy(), timeout=10000)

    def refused():
        raise ValidationError("x", "database_damaged", "the database is damaged")

    job._job = refused
    job._due = lambda: True
    with qtbot.waitSignal(job.failed, timeout=10000) as signal:
        job.run_if_due()
    assert "daily pass" in signal.args[0]
    assert window.banner.isVisible() and signal.args[0] == window.banner.label.text()
