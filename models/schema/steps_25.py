"""Schema step 25 (issue 26): a task's points (注册, 完善资料, 评价) taken back by an undo
may be earned again, as the 首单 and referral rewards already may: "once" is "at most
one standing grant", kept by the code (models.membership.points.task_standing), so the
unique index over every earn row of a task becomes a plain one (frozen once released)."""

from __future__ import annotations


def step_25_points_tasks_again(db) -> None:
    for sql in (
        "DROP INDEX points_entry_task",
        "CREATE INDEX points_entry_task ON points_entry (customer_id, task)"
        " WHERE task <> '' AND task <> 'first_order' AND kind = 'earn'",
    ):
        db.execute_sql(sql)
