"""The window's background jobs share one worker (desktop/daily_job.py): each of the four
is a TimedJob with its own words; a DailyJob runs its work once a day off the GUI
thread, says a refusal once in its own sentence, and a later day runs again."""

import datetime as dt
import logging
import threading

from desktop.automation_job import AutomationJob
from desktop.daily_job import DailyJob, TimedJob
from desktop.lead_score_job import DailyLeadScores
from desktop.level_job import DailyLevels
from desktop.membership_job import DailyMembership
from models import clock
from models.errors import ValidationError
from models.leads import scores


def test_the_four_jobs_share_the_worker_and_keep_their_words(qtbot, db):
    jobs = [DailyLevels(), DailyLeadScores(), DailyMembership(), AutomationJob()]
    assert all(isinstance(job, TimedJob) for job in jobs)
    assert all(isinstance(job, DailyJob) for job in jobs[:3])
    sentences = {job.failure("磁盘已满") for job in jobs}
    assert len(sentences) == 4 and all("磁盘已满" in s for s in sentences)
    assert [job.timer.interval() for job in jobs] == [60_000, 60_000, 60_000, 3_000]


class _Counting(DailyJob):
    WHAT = "the test's job"

    def failure(self, reason: str) -> str:
        return f"the test's job failed: {reason}"


def test_a_daily_job_runs_once_a_day_in_the_worker(qtbot, db):
    threads = []

    def work():
        threads.append(threading.current_thread())
        return len(threads)

    job = _Counting(job=work)
    with qtbot.waitSignal(job.done, timeout=10000) as signal:
        job.start()
    assert signal.args == [1] and threads[0] is not threading.main_thread()
    with qtbot.assertNotEmitted(job.done, wait=200):
        job._tick()  # the same day: nothing asked
    clock.set_now(dt.datetime.combine(clock.today() + dt.timedelta(days=1), dt.time(0, 1)))
    with qtbot.waitSignal(job.done, timeout=10000) as signal:
        job._tick()
    assert signal.args == [2]
    job.stop()
    assert not job.timer.isActive()


def test_a_refusal_is_said_once_in_the_jobs_words_and_logged(qtbot, db, caplog):
    def refused():
        raise ValidationError("x", "database_damaged", "the database is damaged")

    job = _Counting(job=refused)
    with (
        caplog.at_level(logging.ERROR, logger="guanjia"),
        qtbot.waitSignal(job.failed, timeout=10000) as signal,
    ):
        job.start()
    assert signal.args[0].startswith("the test's job failed: ")
    assert "the test's job failed" in caplog.text
    with qtbot.assertNotEmitted(job.failed, wait=200):
        job._tick()  # not every minute: tried again the next day
    job.stop()


def test_the_lead_scores_flush_runs_in_the_worker(qtbot, db):
    job = DailyLeadScores(job=lambda: None)
    with qtbot.waitSignal(job.done, timeout=10000) as signal:
        job.flush_in_worker()
    assert isinstance(signal.args[0], scores.Rescored)
    job.stop()
