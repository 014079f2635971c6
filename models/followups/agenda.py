"""The agenda the follow-ups page shows: a bucket of follow-ups (今天, 已逾期, 本周, 以后,
已完成, or one calendar day) read a batch at a time. Today's list also holds the
customers a stay-in-touch rule says are due, after the day's follow-ups.

Today's figures are defined once, in `Today` / `today_figures`: every place that shows
how much is due today (dashboard, sidebar, start-up banner, CLI) reads them from here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models import clock
from models.followups import followups, stay_in_touch

BUCKETS = followups.BUCKETS


class Agenda:
    """One bucket's rows in order. `total` is known at once; `fetch(n)` returns the
    next n rows (follow-up dicts with type "followup", then stay-in-touch dicts with
    type "touch")."""

    def __init__(self, bucket: str, today: dt.date | None = None):
        self.bucket = bucket
        self.today = today or clock.today()
        self.followup_total = followups.count(bucket, self.today)
        self.touch_total = stay_in_touch.count_due(self.today) if bucket == "today" else 0
        self.total = self.followup_total + self.touch_total
        self._touch = stay_in_touch.DueStream(self.today) if self.touch_total else None
        self._after = None
        self._followups_read = 0

    def fetch(self, n: int) -> list[dict]:
        rows: list[dict] = []
        if self._followups_read < self.followup_total:
            rows = followups.page(self.bucket, n, self._after, self.today)
            self._followups_read += len(rows)
            if rows:
                self._after = rows[-1]["_key"]
            if len(rows) < n:
                self._followups_read = self.followup_total  # fewer than counted: moved on
        if len(rows) < n and self._touch is not None:
            rows += self._touch.fetch(n - len(rows))
        return rows

    @property
    def exhausted(self) -> bool:
        followups_done = self._followups_read >= self.followup_total
        return followups_done and (self._touch is None or self._touch.exhausted)


@dataclass(frozen=True)
class Today:
    """Today's figures, each defined once here. The dashboard's card, the sidebar's
    Today, the start-up banner and `guanjia followups --due today` all show `due_today`."""

    followups: int  # open follow-ups due today, at any hour of it (birthday reminders too)
    contacts: int  # customers a stay-in-touch rule says are due a contact by today
    overdue: int  # open follow-ups due before today: not in due_today (their own list)
    birthdays: int  # of `followups`: the reminders of a birthday that is today

    @property
    def due_today(self) -> int:
        """今日待跟进: the length of the Today list, the follow-ups due today and the
        customers due a contact (those have no overdue list: a late one stays in Today)."""
        return self.followups + self.contacts


def today_figures(today: dt.date | None = None) -> Today:
    today = today or clock.today()
    birthdays = followups.count_where(
        followups.bucket_condition("today", today)
        & (followups.Followup.source == "birthday")
        & followups.Followup.care_key.endswith(":day")
    )
    return Today(
        followups=followups.count("today", today),
        contacts=stay_in_touch.count_due(today),
        overdue=followups.count("overdue", today),
        birthdays=birthdays,
    )


def counts(today: dt.date | None = None) -> dict[str, int]:
    """Rows per bucket (the sidebar): "today" is Today.due_today, the others are the
    follow-ups of their bucket."""
    today = today or clock.today()
    result = followups.counts(today)
    result["today"] += stay_in_touch.count_due(today)  # follow-ups + contacts, as due_today
    return result


# ---------------------------------------------------------------- the CLI's listing

LISTINGS = ("today", "overdue", "week", "all")


def listing(
    due: str = "all",
    customer_id: int | None = None,
    today: dt.date | None = None,
    contacts: bool = False,
):
    """The rows `guanjia followups --due` prints, in order: "today" the open follow-ups
    due today; "week" those and the rest of the week to Sunday; "overdue" the open
    follow-ups due before today; "all" every follow-up, any status. With `contacts`,
    "today" and "week" end with the customers due a contact, which makes "today" the
    Today list (Today.due_today rows). Rows as Agenda.fetch gives them."""
    today = today or clock.today()
    if due == "all":
        condition = followups.Followup.id.is_null(False)
    elif due == "overdue":
        condition = followups.bucket_condition("overdue", today)
    elif due in ("today", "week"):
        condition = followups.bucket_condition("today", today)
        if due == "week":
            condition |= followups.bucket_condition("week", today)
    else:
        raise ValueError(f"--due is one of {', '.join(LISTINGS)}")
    if customer_id is not None:
        condition &= followups.Followup.customer == customer_id
    yield from followups.rows_where(condition)
    if contacts and due in ("today", "week"):
        stream = stay_in_touch.DueStream(today)
        while not stream.exhausted:
            for row in stream.fetch(stream.BATCH):
                if customer_id is None or row["customer_id"] == customer_id:
                    yield row


def to_json(row: dict) -> dict:
    """The CLI's object for a listed row: followups.to_json with "type": "followup", or
    for a customer due a contact the same keys with "type": "touch", "id": null, "due"
    the day the contact fell due, "every" the rule's interval ("30d"), "source":
    "stay_in_touch", and "overdue_days"."""
    if row.get("type") != "touch":
        return {"type": "followup", **followups.to_json(row)}
    return {
        "type": "touch", "id": None, "customer_id": row["customer_id"],
        "customer_name": row["customer_name"], "due": row["due"].isoformat(), "kind": "",
        "subject": "", "note": "", "owner": row["owner"], "status": "open",
        "every": f"{row['every_days']}d", "source": "stay_in_touch", "outcome": "",
        "done_at": None, "overdue_days": row["overdue_days"],
    }  # fmt: skip
