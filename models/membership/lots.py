"""Points lots (FIFO): each positive row is a lot valid through its `expires_on`; the
rows that take points away use the lots in order (earliest expiry first, then oldest),
replayed from the ledger in row order, so what is left of each lot is always derived,
never stored. An expire row takes what is left of the lots due by its cut-off day
(its own `expires_on`); a reversal takes from the lot it reverses first. Points taken
beyond every lot are a debt (a negative balance, where allowed) that the next points
pay off."""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
from dataclasses import dataclass

from models.storage.db import database

FAR = "9999-12-31"
SELECT = ("SELECT id, points, kind, at, earned_on, expires_on, reverses_id FROM points_entry"
          " WHERE customer_id = ? ORDER BY id")  # fmt: skip


@dataclass
class Lot:
    """Days as ISO text ('2026-12-31'), which sorts as the dates do: the replay reads
    raw rows, without a date object per value (the year-end batch replays millions)."""

    entry_id: int
    earned_on: str
    expires_on: str | None
    left: int

    def order(self):
        return (self.expires_on or FAR, self.earned_on, self.entry_id)

    @property
    def expiry(self) -> dt.date | None:
        return None if self.expires_on is None else dt.date.fromisoformat(self.expires_on)

    @property
    def earned(self) -> dt.date:
        return dt.date.fromisoformat(self.earned_on)


@dataclass
class Lots:
    lots: list[Lot]
    debt: int = 0

    def available(self, on: dt.date) -> int:
        """Points that can be spent on `on`: lots not yet past their expiry, less debt."""
        day = on.isoformat()
        return sum(lot.left for lot in self.lots if not _expired(lot, day)) - self.debt

    def due(self, cutoff: dt.date) -> int:
        """What an expiry with this cut-off day takes (lots valid through it or before)."""
        day = cutoff.isoformat()
        return sum(lot.left for lot in self.lots if lot.expires_on and lot.expires_on <= day)


def _expired(lot: Lot, day: str) -> bool:
    return lot.expires_on is not None and lot.expires_on < day


def expiry_for(earned_on: dt.date, rule: str, months: int) -> dt.date | None:
    """The last day points earned on `earned_on` are valid: the end of the year after
    (year_end_after), N months later (months), or never (None)."""
    if rule == "year_end_after":
        return dt.date(earned_on.year + 1, 12, 31)
    if rule == "months":
        month = earned_on.month - 1 + months
        year, month = earned_on.year + month // 12, month % 12 + 1
        day = min(earned_on.day, calendar.monthrange(year, month)[1])
        return dt.date(year, month, day)
    return None


def replay(rows) -> Lots:
    """The lots left after `rows` (id, points, kind, at, earned_on, expires_on,
    reverses_id), in row order; times and days as ISO text or date objects."""
    state = Lots([])
    for entry_id, points, kind, at, earned_on, expires_on, reverses_id in rows:
        day = _day(at)
        expires_on = _day(expires_on)
        if points > 0:
            pay = min(state.debt, points)
            state.debt -= pay
            if points - pay:
                state.lots.append(Lot(entry_id, _day(earned_on) or day, expires_on,
                                      points - pay))  # fmt: skip
            continue
        need = -points
        if kind == "expire":
            cutoff = expires_on or day
            need = _take(state, need, lambda lot, c=cutoff: lot.expires_on and lot.expires_on <= c)
        elif kind == "reverse" and reverses_id is not None:
            need = _take(state, need, lambda lot, r=reverses_id: lot.entry_id == r)
        need = _take(state, need, lambda lot, d=day: not _expired(lot, d))
        state.debt += need
    return state


def due_by_member(rows, cutoff: dt.date) -> list[tuple[int, int]]:
    """What an expiry with this cut-off day takes from each member, in one pass over
    `rows` (customer_id, id, points, kind, day of at, earned_on, expires_on,
    reverses_id) ordered by customer and id, days as ISO text: the same figures as
    `replay(...).due(cutoff)` member by member (tests/test_membership_expiry_fast.py),
    without a Lot per row or a sort per debit. The lots are kept in FIFO order (`keys`,
    with `left` beside): a new lot almost always goes last, and the lots a debit on a
    day may use are those from the first one not past its expiry, found by bisection.
    Only members with something due are listed."""
    limit = cutoff.isoformat()
    found: list[tuple[int, int]] = []
    current = None
    keys: list[tuple[str, str, int]] = []  # (expires_on or FAR, earned_on, id)
    left: list[int] = []
    never: set[int] = set()  # lots without an expiry day (keyed FAR like a 9999-12-31)
    debt = 0
    for customer_id, entry_id, points, kind, day, earned_on, expires_on, reverses_id in rows:
        if customer_id != current:
            if current is not None:
                due = _due_of(keys, left, never, limit)
                if due > 0:
                    found.append((current, due))
            current, keys, left, never, debt = customer_id, [], [], set(), 0
        if points > 0:
            if debt:
                pay = min(debt, points)
                debt -= pay
                points -= pay
                if not points:
                    continue
            key = (expires_on or FAR, earned_on or day, entry_id)
            if expires_on is None:
                never.add(entry_id)
            if not keys or key > keys[-1]:
                keys.append(key)
                left.append(points)
            else:
                at = bisect.bisect_left(keys, key)
                keys.insert(at, key)
                left.insert(at, points)
            continue
        need = -points
        if need <= 0:
            continue
        if kind == "expire":
            need = _take_due(keys, left, never, expires_on or day, need)
        elif kind == "reverse" and reverses_id is not None:
            for i, key in enumerate(keys):
                if key[2] == reverses_id:
                    used = min(left[i], need)
                    need -= used
                    if left[i] == used:
                        del keys[i], left[i]
                    else:
                        left[i] -= used
                    break
        if need:
            start = end = bisect.bisect_left(keys, (day,))  # the first lot not past expiry
            while end < len(keys) and need:
                used = min(left[end], need)
                need -= used
                left[end] -= used
                end += 1
            if end > start and not left[end - 1]:
                del keys[start:end], left[start:end]
            elif end - 1 > start:
                del keys[start : end - 1], left[start : end - 1]
            debt += need
    if current is not None:
        due = _due_of(keys, left, never, limit)
        if due > 0:
            found.append((current, due))
    return found


def _take_due(keys, left, never, cutoff: str, need: int) -> int:
    """An expire row: what is left of the lots due by its cut-off, oldest first."""
    for i, key in enumerate(keys):
        if key[0] > cutoff or not need:
            break
        if key[2] in never:
            continue
        used = min(left[i], need)
        need -= used
        left[i] -= used
    kept = [i for i, n in enumerate(left) if n]
    if len(kept) < len(left):
        keys[:] = [keys[i] for i in kept]
        left[:] = [left[i] for i in kept]
    return need


def _due_of(keys, left, never, cutoff: str) -> int:
    due = 0
    for key, n in zip(keys, left, strict=True):
        if key[0] > cutoff:
            break
        if key[2] not in never:
            due += n
    return due


def _take(state: Lots, need: int, which) -> int:
    if need <= 0:
        return need
    for lot in sorted((lot for lot in state.lots if lot.left and which(lot)), key=Lot.order):
        used = min(lot.left, need)
        lot.left -= used
        need -= used
        if not need:
            break
    state.lots = [lot for lot in state.lots if lot.left]
    return need


def _day(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value[:10]
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return value.isoformat()


def lots_of(customer_id: int, before_id: int | None = None) -> Lots:
    """A member's lots now (or just before the row `before_id`)."""
    sql, params = SELECT, [customer_id]
    if before_id is not None:
        sql = SELECT.replace("ORDER BY", "AND id < ? ORDER BY")
        params.append(before_id)
    return replay(database.execute_sql(sql, params))
