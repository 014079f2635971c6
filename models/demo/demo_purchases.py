"""Demo purchases for trying the program and for screenshots: spread over the last two
years, more from some customers than others, 3% refunds, written in bulk."""

from __future__ import annotations

import datetime as dt
import random

from models import clock
from models.customers.record import Customer
from models.purchases import milestones
from models.purchases.purchases import PAYMENTS, Purchase, refresh_summary
from models.storage.bulk import insert_rows
from models.storage.db import database


def generate_purchases(n: int, seed: int = 1) -> int:
    """Add `n` purchases to random live customers; returns how many were added."""
    rng = random.Random(seed)
    ids = [
        c
        for (c,) in Customer.select(Customer.id)
        .where(Customer.deleted_at.is_null())
        .order_by(Customer.id)
        .tuples()
    ]
    if not ids or n <= 0:
        return 0
    now = clock.now().replace(second=0, microsecond=0)
    created = str(now)
    fields = [Purchase.customer, Purchase.at, Purchase.day, Purchase.order_no,
              Purchase.amount_cents, Purchase.payment, Purchase.note, Purchase.created_at]  # fmt: skip
    rows, touched = [], set()
    for _ in range(n):
        cid = ids[int(len(ids) * rng.random() ** 2)]  # a few customers buy most
        at = now - dt.timedelta(minutes=rng.randint(0, 730 * 24 * 60))
        cents = int(rng.lognormvariate(5.0, 0.9) * 100)
        if rng.random() < 0.03:
            cents = -cents
        rows.append((cid, str(at), at.toordinal(), "", cents or 100,
                     rng.choice(PAYMENTS[:4]), "", created))  # fmt: skip
        touched.add(cid)
    with database.atomic(), milestones.triggers_off(lambda: touched):
        insert_rows(Purchase, fields, rows)
        refresh_summary(touched)
    return n
