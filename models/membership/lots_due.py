"""What the year-end expiry takes from each member, at 200,000 members: the FIFO replay
of lots.replay reduced to what a cut-off needs, over three columns a row. The reading
of rows into Python is most of the batch's time (about 0.7 us a row plus 0.2-0.5 us a
column), so SQL hands over, per row with points, the customer, the points and one text
`key` that carries the rest:

- a lot (points > 0): its expiry day (`9999-12-31` for a lot that never expires, as
  lots.FAR); `key >= day` holds exactly when the lot is not past its expiry on `day`.
  Lots of one expiry day are kept as one: which of them a debit uses (lots.replay: the
  earliest earned) changes what is left of each, never their sum, and everything here
  (what a debit may use, what an expire row or the cut-off takes) depends on the day;
- a debit: its day (10 characters), used from the first lot not past its expiry;
- an expire row: `E`, its cut-off day, its day;
- a reversal of a row: `R...`: the member is counted by lots.due_by_member instead
  (the reversed lot's id is needed; few members have one).

The figures are those of lots.replay(...).due(cutoff) for each member
(tests/test_membership_expiry_lean.py checks it on random ledgers)."""

from __future__ import annotations

import bisect
import datetime as dt

from models.membership import lots
from models.storage.db import database

KEY = (
    "CASE WHEN points > 0 THEN coalesce(substr(expires_on, 1, 10), '9999-12-31')"
    " WHEN kind = 'expire' THEN 'E' || coalesce(substr(expires_on, 1, 10),"
    " substr(at, 1, 10)) || substr(at, 1, 10)"
    " WHEN kind = 'reverse' AND reverses_id IS NOT NULL THEN 'R'"
    " ELSE substr(at, 1, 10) END"
)
FULL = (
    "SELECT customer_id, id, points, kind, substr(at, 1, 10), substr(earned_on, 1, 10),"
    " substr(expires_on, 1, 10), reverses_id FROM points_entry"
    " WHERE customer_id IN ({marks}) ORDER BY customer_id, id"
)


def due_in(customer_ids: list[int], cutoff: dt.date) -> list[tuple[int, int]]:
    """(customer_id, points due by `cutoff`) for these members (ascending ids), those
    with something due only, in customer order."""
    if not customer_ids:
        return []
    marks = ", ".join("?" * len(customer_ids))
    if cutoff >= dt.date(9999, 12, 31):  # lots that never expire would count: the full replay
        return lots.due_by_member(database.execute_sql(FULL.format(marks=marks), customer_ids),
                                  cutoff)  # fmt: skip
    rows = database.execute_sql(
        f"SELECT customer_id, points, {KEY} FROM points_entry"
        f" WHERE customer_id IN ({marks}) AND points <> 0 ORDER BY customer_id, id",
        customer_ids)  # fmt: skip
    found, odd = due_of_rows(rows, cutoff)
    if odd:
        marks = ", ".join("?" * len(odd))
        found += lots.due_by_member(database.execute_sql(FULL.format(marks=marks), odd), cutoff)
        found.sort()
    return found


def due_of_rows(rows, cutoff: dt.date) -> tuple[list[tuple[int, int]], list[int]]:
    """One pass over (customer_id, points, key) rows in customer and row order: the
    members with points due (customer order) and the members left to the full replay
    (a reversal of a row, or an expire row whose cut-off reaches lots that never
    expire)."""
    limit = cutoff.isoformat()  # a lot's key (its expiry) not above it: due by cutoff
    found: list[tuple[int, int]] = []
    odd: list[int] = []
    current = None
    keys: list[str] = []  # the expiry days with points left, in the order they are used
    left: list[int] = []
    debt = 0
    skip = False
    for customer_id, points, key in rows:
        if customer_id != current:
            if current is not None and not skip:
                due = 0
                for k, n in zip(keys, left):  # noqa: B905 - same length, the hot path
                    if k > limit:
                        break
                    due += n
                if due > 0:
                    found.append((current, due))
            current, keys, left, debt, skip = customer_id, [], [], 0, False
        elif skip:
            continue
        if points > 0:
            if debt:
                if debt >= points:
                    debt -= points
                    continue
                points -= debt
                debt = 0
            if not keys or key > keys[-1]:
                keys.append(key)
                left.append(points)
            elif key == keys[-1]:
                left[-1] += points
            else:
                at = bisect.bisect_left(keys, key)
                if keys[at] == key:
                    left[at] += points
                else:
                    keys.insert(at, key)
                    left.insert(at, points)
            continue
        need = -points
        if key > ":":  # an expire row (E) or a reversal (R); a day starts with a digit
            if key[0] == "R" or key[1:11] >= "9999-12-31":
                skip = True
                odd.append(customer_id)
                continue
            reach = key[1:11]
            i = 0
            while i < len(keys) and need and keys[i] <= reach:
                used = min(left[i], need)
                need -= used
                left[i] -= used
                i += 1
            kept = [j for j in range(i) if left[j]]
            if len(kept) < i:
                keys[:i] = [keys[j] for j in kept]
                left[:i] = [left[j] for j in kept]
            if not need:
                continue
            key = key[11:]
        start = end = bisect.bisect_left(keys, key)  # the first lot not past its expiry
        count = len(keys)
        while end < count and need:
            n = left[end]
            if n > need:
                left[end] = n - need
                need = 0
                break
            need -= n
            end += 1
        if end > start:
            del keys[start:end], left[start:end]
        debt += need
    if current is not None and not skip:
        due = 0
        for k, n in zip(keys, left):  # noqa: B905
            if k > limit:
                break
            due += n
        if due > 0:
            found.append((current, due))
    return found, odd
