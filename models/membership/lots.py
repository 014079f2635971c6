"""Points lots (FIFO): each positive row is a lot valid through its `expires_on`; the
rows that take points away use the lots in order (earliest expiry first, then oldest),
replayed from the ledger in row order, so what is left of each lot is always derived,
never stored. An expire row takes what is left of the lots due by its cut-off day
(its own `expires_on`); a reversal takes from the lot it reverses first. Points taken
beyond every lot are a debt (a negative balance, where allowed) that the next points
pay off."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from models.membership.tables import PointsEntry

FAR = dt.date.max


@dataclass
class Lot:
    entry_id: int
    earned_on: dt.date
    expires_on: dt.date | None
    left: int

    def order(self):
        return (self.expires_on or FAR, self.earned_on, self.entry_id)


@dataclass
class Lots:
    lots: list[Lot]
    debt: int = 0

    def available(self, on: dt.date) -> int:
        """Points that can be spent on `on`: lots not yet past their expiry, less debt."""
        return sum(lot.left for lot in self.lots if not _expired(lot, on)) - self.debt

    def due(self, cutoff: dt.date) -> int:
        """What an expiry with this cut-off day takes (lots valid through it or before)."""
        return sum(lot.left for lot in self.lots if lot.expires_on and lot.expires_on <= cutoff)


def _expired(lot: Lot, on: dt.date) -> bool:
    return lot.expires_on is not None and lot.expires_on < on


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
    reverses_id), in row order."""
    state = Lots([])
    for entry_id, points, kind, at, earned_on, expires_on, reverses_id in rows:
        day = at.date() if isinstance(at, dt.datetime) else _day(at)
        if points > 0:
            pay = min(state.debt, points)
            state.debt -= pay
            if points - pay:
                state.lots.append(Lot(entry_id, _day(earned_on) or day, _day(expires_on),
                                      points - pay))  # fmt: skip
            continue
        need = -points
        if kind == "expire":
            cutoff = _day(expires_on) or day
            need = _take(state, need, lambda lot, c=cutoff: lot.expires_on and lot.expires_on <= c)
        elif kind == "reverse" and reverses_id is not None:
            need = _take(state, need, lambda lot, r=reverses_id: lot.entry_id == r)
        need = _take(state, need, lambda lot, d=day: not _expired(lot, d))
        state.debt += need
    return state


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


def _day(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    return dt.date.fromisoformat(str(value)[:10])


COLUMNS = (PointsEntry.id, PointsEntry.points, PointsEntry.kind, PointsEntry.at,
           PointsEntry.earned_on, PointsEntry.expires_on, PointsEntry.reverses_id)  # fmt: skip


def lots_of(customer_id: int) -> Lots:
    rows = (PointsEntry.select(*COLUMNS).where(PointsEntry.customer_id == customer_id)
            .order_by(PointsEntry.id).tuples())  # fmt: skip
    return replay(rows)
