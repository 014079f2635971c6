"""The year-end batch's lean count (lots_due.due_in: three columns a row, one pass) gives,
member by member, what the plain replay gives (lots.lots_of(c).due(cutoff)), on random
ledgers written to a real database: earns and openings (some earned before the day they
are written, some never expiring, out of FIFO order), redemptions and adjustments both
ways, debts (negative balances), expire rows with their own cut-off (also the last day
there is), reversals of lots and of debits, rows of zero."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from models.membership import lots, lots_due
from models.storage.db import database, writable

DAYS = [dt.date(2025, 1, 1) + dt.timedelta(days=n) for n in range(0, 1100, 13)]
FAR = dt.date(9999, 12, 31)


def _ledger(rng: random.Random, customer_id: int, first_id: int) -> list[tuple]:
    """One member's rows (id, customer_id, kind, points, at, earned_on, expires_on,
    reverses_id), in id order."""
    rows: list[tuple] = []
    balance = 0
    day = rng.randrange(len(DAYS) // 3)
    for n in range(rng.randint(0, 30)):
        entry_id = first_id + n
        day = min(len(DAYS) - 1, day + rng.choice((0, 0, 1, 2, 6)))
        when = f"{DAYS[day].isoformat()} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}:00"
        pick = rng.random()
        if pick < 0.42 or balance <= 0 and pick < 0.6:
            earned = DAYS[max(0, day - rng.choice((0, 0, 0, 2, 9)))]
            expires = rng.choice((dt.date(earned.year + 1, 12, 31), dt.date(earned.year + 1, 12, 31),
                                  earned + dt.timedelta(days=rng.choice((30, 200, 500))),
                                  dt.date(earned.year, 12, 31), None, FAR))  # fmt: skip
            points = rng.randint(1, 300)
            row = (entry_id, customer_id, rng.choice(("earn", "earn", "opening", "adjust")),
                   points, when, rng.choice((earned.isoformat(), earned.isoformat(), None)),
                   expires and expires.isoformat(), None)  # fmt: skip
        elif pick < 0.72:
            most = max(1, balance) if rng.random() < 0.8 else 400  # sometimes into debt
            points = -rng.randint(1, most)
            row = (entry_id, customer_id, rng.choice(("redeem", "adjust")), points, when,
                   None, None, None)  # fmt: skip
        elif pick < 0.84:
            cutoff = rng.choice((DAYS[max(0, day - rng.randint(0, 40))],) * 5 + (FAR, None))
            points = -rng.randint(0, max(0, balance)) if rng.random() < 0.8 else -rng.randint(1, 99)
            row = (entry_id, customer_id, "expire", points, when, None,
                   cutoff and cutoff.isoformat(), None)  # fmt: skip
        elif pick < 0.94 and rows and rng.random() < 0.25:  # most members without one
            back = rng.choice(rows)
            points = -back[3]
            row = (entry_id, customer_id, "reverse", points, when, back[5], back[6],
                   back[0] if rng.random() < 0.9 else None)  # fmt: skip
        else:
            points = 0
            row = (entry_id, customer_id, rng.choice(("adjust", "expire", "earn")), 0, when,
                   None, None, None)  # fmt: skip
        balance += points
        rows.append(row)
    return rows


def _write(rows: list[tuple], customer_ids: list[int]) -> None:
    now = "2025-01-01 09:00:00"
    with database.atomic():
        writable()
        cur = database.connection().cursor()
        cur.executemany("INSERT INTO customer (id, name, created_at, updated_at)"
                        " VALUES (?, ?, ?, ?)",
                        [(c, f"会员{c}", now, now) for c in customer_ids])  # fmt: skip
        cur.executemany("INSERT INTO points_entry (id, customer_id, kind, points, at, earned_on,"
                        " expires_on, reverses_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [(*row, now) for row in rows])  # fmt: skip


@pytest.mark.parametrize("seed", range(25))
def test_the_lean_count_equals_the_plain_replay_on_random_ledgers(db, seed):
    rng = random.Random(seed)
    customer_ids = sorted(rng.sample(range(1, 5_000), 50))
    rows: list[tuple] = []
    for n, c in enumerate(customer_ids):
        rows += _ledger(rng, c, 1 + n * 100)
    taken: set[int] = set()  # a row is reversed at most once (a unique index)
    kept = []
    for row in rows:
        if row[7] is not None and row[7] in taken:
            row = (*row[:7], None)
        if row[7] is not None:
            taken.add(row[7])
        kept.append(row)
    _write(kept, customer_ids)
    for cutoff in [*rng.sample(DAYS, 8), dt.date(2024, 1, 1), dt.date(2030, 1, 1), FAR]:
        expected = [(c, due) for c in customer_ids
                    if (due := lots.lots_of(c).due(cutoff)) > 0]  # fmt: skip
        assert lots_due.due_in(customer_ids, cutoff) == expected, (seed, cutoff)
        assert lots_due.due_in(customer_ids[::3], cutoff) == [
            (c, due) for c, due in expected if c in customer_ids[::3]]  # fmt: skip


def test_the_lean_count_of_nobody_and_of_members_without_rows(db):
    _write([], [1, 2])
    assert lots_due.due_in([], dt.date(2026, 12, 31)) == []
    assert lots_due.due_in([1, 2], dt.date(2026, 12, 31)) == []


def test_a_reversal_sends_only_its_member_to_the_full_replay():
    rows = [(1, 50, "2026-12-31"), (1, -50, "R"), (1, 30, "2026-12-31"),
            (2, 40, "2026-12-31"), (2, -10, "2025-03-01"),
            (3, 20, "2025-06-30"), (3, -5, "E2025-06-302025-07-01"),
            (3, -30, "2025-08-01"), (3, 100, "2026-12-31")]  # fmt: skip
    found, odd = lots_due.due_of_rows(iter(rows), dt.date(2026, 12, 31))
    # 2: 40 - 10; 3: the 15 left of the lot past its expiry cannot pay the 30 taken on
    # 1 August (a debt, paid from the 100 earned next): 15 + 70 due
    assert (found, odd) == ([(2, 30), (3, 85)], [1])
