"""The purchases list (消费记录): a filter (customer, dates, amounts, payment, item,
order number, voided shown or not), newest first, read in keyset pages of (time, id)
so page 5,000 of a million purchases costs what page 1 does. Without "show voided" the
queries carry `voided_at IS NULL`, which the partial period index (step 13) serves in
time order."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from models.customers.record import Customer
from models.purchases.purchases import LIVE, Purchase, PurchaseItem


@dataclass(frozen=True)
class PurchaseFilter:
    customer_id: int | None = None
    customer: str = ""  # a name (part of it) or a customer number
    date_from: dt.date | None = None
    date_to: dt.date | None = None  # inclusive
    amount_min: int | None = None  # fen, inclusive (refunds are negative)
    amount_max: int | None = None
    payment: str = ""  # a code of purchases.PAYMENTS, "" for any
    item: str = ""  # text in an item's description or stock code
    order_no: str = ""  # part of an order number
    show_voided: bool = False

    @property
    def narrows(self) -> bool:
        return self != PurchaseFilter(show_voided=self.show_voided)

    def where(self):
        return self.conditions(LIVE if not self.show_voided else None)

    def conditions(self, cond=None):
        """The filter's conditions but "show voided", and'ed to `cond` when given."""
        cond = cond if cond is not None else (Purchase.id > 0)
        if self.customer_id is not None:
            cond &= Purchase.customer == self.customer_id
        text = self.customer.strip()
        if text:
            who = Customer.select(Customer.id).where(
                Customer.name.contains(text) | (Customer.number == text)
            )
            cond &= Purchase.customer.in_(who)
        if self.date_from:
            cond &= Purchase.at >= dt.datetime.combine(self.date_from, dt.time())
        if self.date_to:
            end = self.date_to + dt.timedelta(days=1)
            cond &= Purchase.at < dt.datetime.combine(end, dt.time())
        if self.amount_min is not None:
            cond &= Purchase.amount_cents >= self.amount_min
        if self.amount_max is not None:
            cond &= Purchase.amount_cents <= self.amount_max
        if self.payment:
            cond &= Purchase.payment == self.payment
        if self.order_no.strip():
            cond &= Purchase.order_no.contains(self.order_no.strip())
        if self.item.strip():
            word = self.item.strip()
            items = PurchaseItem.select(PurchaseItem.purchase).where(
                PurchaseItem.description.contains(word) | (PurchaseItem.stock_code == word)
            )
            cond &= Purchase.id.in_(items)
        return cond


def count_and_sum(flt: PurchaseFilter) -> tuple[int, int]:
    """How many rows the filter selects, and their sum in fen (refunds subtracting)."""
    n, total = (
        Purchase.select(fn.COUNT(Purchase.id), fn.TOTAL(Purchase.amount_cents))
        .where(flt.where())
        .scalar(as_tuple=True)
    )
    return int(n or 0), int(total or 0)


def rows(flt: PurchaseFilter, limit: int = 200, after: tuple | None = None) -> list[dict]:
    """A page, newest first; `after` = (at, id) of the last row of the page before.
    Each row has the customer's name, number and placeholder flag, the items in a line,
    and for a purchase what its live refunds returned (`refunded_cents`). With voided
    rows shown, the live page and the voided page are each read in index order (the
    partial indexes) and merged: no sort of the whole table."""
    parts = [LIVE] + ([Purchase.voided_at.is_null(False)] if flt.show_voided else [])
    out = []
    for part in parts:
        out += _page(flt.conditions(part), limit, after)
    out.sort(key=lambda r: (r["at"], r["id"]), reverse=True)
    del out[limit:]
    _describe(out)
    return out


def _page(cond, limit: int, after: tuple | None) -> list[dict]:
    if after is not None:
        at, pid = after
        # `at <= ?` first: a range of the time index (an OR alone scans from the top)
        cond &= (Purchase.at <= at) & ((Purchase.at < at) | (Purchase.id < pid))
    return list(
        Purchase.select(Purchase, Customer.name.alias("customer_name"),
                        Customer.number.alias("customer_number"),
                        Customer.name_placeholder.alias("name_placeholder"))
        .join(Customer, on=(Purchase.customer == Customer.id))
        .where(cond)
        .order_by(Purchase.at.desc(), Purchase.id.desc())
        .limit(limit)
        .dicts()
    )  # fmt: skip


def _describe(out: list[dict]) -> None:
    """Each row's customer id, placeholder flag, refunded amount and items."""
    ids = [r["id"] for r in out]
    refunds, items = {}, {}
    if ids:
        refunds = dict(
            Purchase.select(Purchase.refund_of, fn.TOTAL(Purchase.amount_cents))
            .where(Purchase.refund_of.in_(ids) & LIVE)
            .group_by(Purchase.refund_of)
            .tuples()
        )
        for pid, text in (
            PurchaseItem.select(PurchaseItem.purchase, PurchaseItem.description)
            .where(PurchaseItem.purchase.in_(ids))
            .order_by(PurchaseItem.id)
            .tuples()
        ):
            items.setdefault(pid, []).append(text)
    for row in out:
        row["customer_id"] = row.pop("customer")
        row["name_placeholder"] = bool(row["name_placeholder"])
        row["refunded_cents"] = -int(refunds.get(row["id"], 0))
        row["items"] = ", ".join(t for t in items.get(row["id"], []) if t)


def iterate(flt: PurchaseFilter, batch: int = 2000):
    """Every row the filter selects, newest first, a keyset page at a time (exports)."""
    after = None
    while True:
        page = rows(flt, batch, after)
        yield from page
        if len(page) < batch:
            return
        after = (page[-1]["at"], page[-1]["id"])
