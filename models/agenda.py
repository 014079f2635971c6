"""The agenda the follow-ups page shows: a bucket of follow-ups (今天, 已逾期, 本周, 以后,
已完成, or one calendar day) read a batch at a time. Today's list also holds the
customers a stay-in-touch rule says are due, after the day's follow-ups."""

from __future__ import annotations

import datetime as dt

from models import clock, followups, stay_in_touch

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


def counts(today: dt.date | None = None) -> dict[str, int]:
    """Rows per bucket; today's includes the stay-in-touch customers due."""
    today = today or clock.today()
    result = followups.counts(today)
    result["today"] += stay_in_touch.count_due(today)
    return result
