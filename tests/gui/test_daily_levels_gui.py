"""The day's engagement levels in the window (desktop/level_job.py): started once the
database is checked, in a worker thread, once per day (again past midnight); a failure
is said in the banner, never raised."""

import datetime as dt
import threading

from desktop.level_job import DailyLevels
from models import clock
from models.communities import engagement
from models.errors import ValidationError
from models.storage import preferences


def _day_done():
    return preferences.get(engagement.LEVELS_DAY_KEY)


def test_window_start_recomputes_the_levels_once_a_day(qtbot, window):
    levels = window.session.levels
    qtbot.waitUntil(lambda: _day_done() == clock.today().isoformat(), timeout=10000)
    qtbot.waitUntil(lambda: not levels.busy(), timeout=10000)
    assert levels.timer.isActive()
    assert "engagement levels" not in window.banner.label.text()  # silent when it works
    # the same day: the look at the date asks nothing more
    with qtbot.assertNotEmitted(levels.done, wait=200):
        levels._tick()
    # the window stays open past midnight: the next look recomputes for the new day
    tomorrow = dt.datetime.combine(clock.today() + dt.timedelta(days=1), dt.time(0, 1))
    clock.set_now(tomorrow)
    with qtbot.waitSignal(levels.done, timeout=10000) as signal:
        levels._tick()
    assert signal.args[0] is not None
    assert _day_done() == tomorrow.date().isoformat()
    # asked again that day (a second window, a scheduled task): nothing done
    with qtbot.waitSignal(levels.done, timeout=10000) as signal:
        levels.run_if_due()
    assert signal.args[0] is None


def test_the_recompute_runs_off_the_gui_thread(qtbot, db):
    threads = []

    def job():
        threads.append(threading.current_thread())
        return engagement.recompute_if_due()

    levels = DailyLevels(job=job)
    with qtbot.waitSignal(levels.done, timeout=10000):
        levels.start()
    levels.stop()
    assert threads and threads[0] is not threading.main_thread()
    assert not engagement.levels_due()


def test_a_failure_is_said_not_raised(qtbot, window):
    levels = window.session.levels
    qtbot.waitUntil(lambda: not levels.busy(), timeout=10000)

    def refused():
        raise ValidationError("levels", "database_damaged", "the database is damaged")

    def broken():
        raise RuntimeError("disk I/O error")

    for job, words in ((refused, "could not be recomputed"), (broken, "disk I/O error")):
        levels._job = job
        with qtbot.waitSignal(levels.failed, timeout=10000) as signal:
            levels.run_if_due()
        assert "could not be recomputed" in signal.args[0] and words in signal.args[0]
        assert window.banner.isVisible() and signal.args[0] == window.banner.label.text()
