"""The expiry batch's one-pass count (lots.due_by_member) gives what the reference replay
(lots.replay, one member at a time) gives, on random histories: lots out of order,
without an expiry, earned on another day than written, debts, reversals of lots and of
debits, expire rows with their own cut-off, rows of zero; and on a real database written
through the points functions, where the batch then expires exactly that."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from models.membership import lots, points, points_expiry, settings
from models.membership.tables import PointsEntry
from tests.membership_helpers import all_checked, at, member

DAYS = [dt.date(2025, 1, 1) + dt.timedelta(days=n) for n in range(0, 1200, 17)]


def _history(rng: random.Random, first_id: int) -> list[tuple]:
    """One member's rows for lots.replay: (id, points, kind, at, earned_on, expires_on,
    reverses_id), in id order, days as ISO text."""
    rows: list[tuple] = []
    day = rng.randrange(len(DAYS) // 3)
    for n in range(rng.randint(0, 30)):
        entry_id = first_id + n
        day = min(len(DAYS) - 1, day + rng.choice((0, 0, 1, 2, 5)))
        when = f"{DAYS[day].isoformat()} {rng.randint(8, 20):02d}:00:00"
        pick = rng.random()
        if pick < 0.45:
            earned = DAYS[max(0, day - rng.choice((0, 0, 0, 3)))]
            expires = rng.choice((None, earned + dt.timedelta(days=rng.choice((30, 200, 400))),
                                  dt.date(earned.year + 1, 12, 31), dt.date(earned.year, 12, 31)))  # fmt: skip
            row = (entry_id, rng.randint(1, 300), rng.choice(("earn", "adjust", "opening")),
                   when, earned.isoformat(), expires and expires.isoformat(), None)  # fmt: skip
        elif pick < 0.75:
            row = (entry_id, -rng.randint(1, 250), rng.choice(("redeem", "adjust")), when,
                   None, None, None)  # fmt: skip
        elif pick < 0.85:
            cutoff = DAYS[max(0, day - rng.randint(0, 30))]
            row = (entry_id, -rng.randint(0, 200), "expire", when, None, cutoff.isoformat(), None)
        elif pick < 0.95 and rows:
            back = rng.choice(rows)
            row = (entry_id, -abs(back[1]) if back[1] > 0 else abs(back[1]), "reverse", when,
                   back[4], back[5], back[0])  # fmt: skip
        else:
            row = (entry_id, 0, rng.choice(("adjust", "expire")), when, None, None, None)
        rows.append(row)
    return rows


def _fast_rows(customer_id: int, rows: list[tuple]) -> list[tuple]:
    return [(customer_id, i, p, kind, when[:10], earned, expires, back)
            for i, p, kind, when, earned, expires, back in rows]  # fmt: skip


@pytest.mark.parametrize("seed", range(40))
def test_one_pass_equals_the_replay_on_random_histories(seed):
    rng = random.Random(seed)
    histories = {}
    next_id = 1
    for customer_id in sorted(rng.sample(range(1, 10_000), 60)):
        histories[customer_id] = _history(rng, next_id)
        next_id += 100
    stream = [row for c, rows in histories.items() for row in _fast_rows(c, rows)]
    for cutoff in rng.sample(DAYS, 6) + [dt.date(2030, 1, 1), dt.date(2024, 1, 1)]:
        expected = [(c, due) for c, rows in histories.items()
                    if (due := lots.replay(rows).due(cutoff)) > 0]  # fmt: skip
        assert lots.due_by_member(iter(stream), cutoff) == expected, (seed, cutoff)


def test_one_pass_on_nothing_and_on_a_member_without_due_points():
    assert lots.due_by_member([], dt.date(2026, 12, 31)) == []
    rows = [(7, 1, 50, "earn", "2026-01-05", "2026-01-05", None, None),
            (7, 2, -80, "redeem", "2026-02-01", None, None, None)]  # fmt: skip
    assert lots.due_by_member(rows, dt.date(2026, 12, 31)) == []  # a debt, no lot


def test_the_batch_on_a_database_equals_the_replay_and_expires_it(db):
    rng = random.Random(26)
    at(2025, 1, 2, 10)
    settings.update({"points_expiry": "year_end_after", "points_negative_allowed": True})
    people = [member(f"会员{n}") for n in range(12)]
    day = dt.datetime(2025, 1, 2, 10)
    for _ in range(160):
        day += dt.timedelta(days=rng.choice((0, 1, 3, 9)))
        at(day.year, day.month, day.day, 10)
        cid = rng.choice(people)
        pick = rng.random()
        if pick < 0.5:
            back = day - dt.timedelta(days=rng.choice((0, 0, 40)))
            points.earn(cid, rng.randint(1, 300), at=back)
        elif pick < 0.75 and points.available(cid) > 0:
            points.redeem(cid, rng.randint(1, points.available(cid)))
        elif pick < 0.9:
            points.adjust(cid, rng.randint(-150, 150) or 1, "盘点")
        else:
            own = [e.id for e in PointsEntry.select().where(
                (PointsEntry.customer_id == cid) & (PointsEntry.kind != "reverse"))]  # fmt: skip
            taken = {e.reverses_id for e in PointsEntry.select().where(
                PointsEntry.reverses_id.is_null(False))}  # fmt: skip
            free = [i for i in own if i not in taken]
            if free:
                try:
                    points.reverse(rng.choice(free), "撤销")
                except Exception:  # noqa: BLE001 - a reversal the rules refuse is fine here
                    pass
        if day.month == 1 and day.day < 10 and rng.random() < 0.5:
            points_expiry.expire()  # some expire rows in the history too
    at(2027, 1, 1, 8)
    cutoff = dt.date(2026, 12, 31)
    expected = [(c, due) for c in sorted(people)
                if (due := lots.lots_of(c).due(cutoff)) > 0]  # fmt: skip
    assert points_expiry._due_in(sorted(people), cutoff) == expected
    dry = points_expiry.expire(dry_run=True)
    assert (dry.members, dry.points) == (len(expected), sum(p for _c, p in expected))
    done = points_expiry.expire()
    assert done.rows == expected
    assert all(lots.lots_of(c).due(cutoff) == 0 for c in people)
    all_checked()
