"""Purchases (消费记录): what a customer bought, when, for how much, paid how. Money is
kept in fen (integer cents) so sums are exact; a refund is a purchase with a negative
amount, linked to the original when known. Every write keeps the customer's total
spend, purchase count and last purchase (refresh_summary)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from peewee import (
    CharField,
    DateTimeField,
    DoubleField,
    ForeignKeyField,
    IntegerField,
    TextField,
    fn,
)

from models import clock
from models.customers import record
from models.customers.record import Customer
from models.errors import NotFoundError, ValidationError
from models.followups import followups
from models.storage import audit
from models.storage.base import BaseModel
from models.storage.db import database

PAYMENTS = ("cash", "wechat", "alipay", "card", "stored_value", "other")
WORDS = {
    "cash": ("现金",),
    "wechat": ("微信", "微信支付", "weixin", "wechat pay"),
    "alipay": ("支付宝", "zhifubao"),
    "card": ("银行卡", "刷卡", "信用卡", "bank card", "credit card"),
    "stored_value": ("储值", "储值卡", "会员卡", "stored value", "balance"),
    "other": ("其他", "其它"),
}
MAX_AMOUNT_CENTS = 10**12  # ten billion yuan: anything larger is a typing slip
MAX_TEXT = 200


class Purchase(BaseModel):
    customer = ForeignKeyField(Customer, on_delete="CASCADE", index=False)
    at = DateTimeField()
    day = IntegerField()  # at's date as date.toordinal(): RFM's index (migration step 8)
    order_no = CharField(default="")
    amount_cents = IntegerField()
    payment = CharField(default="")
    note = TextField(default="")
    refund_of = IntegerField(null=True)
    import_run = IntegerField(null=True)
    created_at = DateTimeField()
    # A void (step 13) keeps the row out of every total, list and chart, with its reason
    # and who voided it: the ledger keeps what was recorded. The '' defaults are the
    # schema's: a Peewee default would join every bulk insert's column list.
    voided_at = DateTimeField(null=True)
    void_reason = TextField()
    voided_by = CharField()


LIVE = Purchase.voided_at.is_null()  # the purchases that count (the partial indexes' WHERE)


class PurchaseItem(BaseModel):
    purchase = ForeignKeyField(Purchase, on_delete="CASCADE", index=False)
    description = CharField(default="")
    stock_code = CharField(default="")
    quantity = DoubleField(default=1)
    unit_price_cents = IntegerField(default=0)


def to_cents(value, field: str = "amount") -> int:
    """'¥1,234.5', 1234.5, Decimal -> 123450; ValidationError for anything else."""
    text = str(value).strip().replace(",", "").replace("，", "").lstrip("¥￥").strip()
    try:
        number = Decimal(text)
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        raise ValidationError(field, "amount_invalid", f"'{value}' is not an amount of money")
    if abs(number) >= MAX_AMOUNT_CENTS:  # before quantize, which a huge exponent breaks
        raise ValidationError(field, "amount_too_large", f"{value} is too large an amount")
    cents = int((number * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if abs(cents) >= MAX_AMOUNT_CENTS:
        raise ValidationError(field, "amount_too_large", f"{value} is too large an amount")
    return cents


def yuan(cents: int | None) -> float | None:
    return None if cents is None else cents / 100


def parse_payment(text: str) -> str:
    key = (text or "").strip().lower()
    if not key:
        return ""
    for code in PAYMENTS:
        if key == code or key in (w.lower() for w in WORDS[code]):
            return code
    raise ValidationError(
        "payment", "payment_invalid",
        f"'{text}' is not one of: " + ", ".join(f"{c} ({WORDS[c][0]})" for c in PAYMENTS),
    )  # fmt: skip


def _text(value, name: str, limit: int = MAX_TEXT) -> str:
    value = (value or "").strip()
    if len(value) > limit:
        raise ValidationError(name, "too_long", f"{name} is too long", limit=limit)
    return value


def add(
    customer_id: int,
    amount=None,
    *,
    at=None,
    order_no: str = "",
    items: list[dict] | None = None,
    payment: str = "",
    note: str = "",
    refund_of: int | None = None,
) -> int:
    """Record a purchase (or with a negative amount, a refund); returns its id. Without
    `amount`, it is the sum of the items' quantity x unit price."""
    customer = record.live_customer(customer_id)
    when = clock.now() if at is None else at
    if isinstance(when, str):
        when, _timed = followups.parse_due(when)
    elif isinstance(when, dt.date) and not isinstance(when, dt.datetime):
        when = dt.datetime.combine(when, dt.time())
    if when > clock.now() + dt.timedelta(minutes=1):
        raise ValidationError("at", "time_future", "a purchase cannot be in the future")
    lines = []
    for item in items or []:
        quantity = float(item.get("quantity", 1))
        price = to_cents(item.get("unit_price", 0), "unit_price")
        lines.append(
            dict(description=_text(item.get("description", ""), "description"),
                 stock_code=_text(item.get("stock_code", ""), "stock_code"),
                 quantity=quantity, unit_price_cents=price)
        )  # fmt: skip
    if amount is None:
        if not lines:
            raise ValidationError("amount", "required", "a purchase needs an amount or items")
        cents = round(sum(i["quantity"] * i["unit_price_cents"] for i in lines))
    else:
        cents = to_cents(amount)
    if cents == 0:
        raise ValidationError("amount", "amount_zero", "a purchase of 0 is not a purchase")
    order_no = _text(order_no, "order_no")
    if refund_of is not None:
        original = get_row(refund_of)
        if cents > 0 or original.amount_cents < 0:
            raise ValidationError(
                "refund_of", "refund_invalid", "a refund is negative and returns a purchase"
            )
    with database.atomic():
        if refund_of is not None:
            check_refundable(get_row(refund_of), -cents)
        if (
            order_no
            and Purchase.select()
            .where(
                (Purchase.order_no == order_no) & (Purchase.order_no != "")  # the partial index
            )
            .exists()
        ):
            raise ValidationError(
                "order_no", "order_taken", f"order {order_no} is already recorded"
            )
        new_id = Purchase.insert(
            customer=customer.id, at=when.replace(microsecond=0), day=when.toordinal(),
            order_no=order_no,
            amount_cents=cents, payment=parse_payment(payment), note=_text(note, "note", 10000),
            refund_of=refund_of, created_at=clock.now(),
        ).execute()  # fmt: skip
        for line in lines:
            PurchaseItem.insert(purchase=new_id, **line).execute()
        refresh_summary([customer.id])
        action = "refund" if refund_of is not None else "create"
        audit.record(action, "purchase", new_id, detail=describe(get(new_id)))
    return new_id


def describe(row: dict) -> str:
    """An audit entry's data about a purchase (its before-image): field codes, values."""
    return "; ".join(
        f"{key}: {row[key]}" for key in ("customer_id", "at", "amount_cents", "order_no",
                                         "payment", "note", "refund_of", "void_reason")
        if row.get(key) not in (None, "")
    )  # fmt: skip


def refunded_cents(purchase_id: int) -> int:
    """What the live refunds of a purchase returned, positive fen."""
    total = (
        Purchase.select(fn.TOTAL(Purchase.amount_cents))
        .where((Purchase.refund_of == purchase_id) & LIVE)
        .scalar()
    )
    return -int(total or 0)


def check_refundable(original: Purchase, cents: int) -> None:
    """Refuse refunding `cents` (positive) of `original`: a refund or voided purchase,
    or more than is left of it (its amount minus its live refunds)."""
    if original.refund_of is not None or original.amount_cents < 0:
        raise ValidationError("refund_of", "refund_of_refund", "a refund cannot be refunded")
    if original.voided_at is not None:
        raise ValidationError("refund_of", "purchase_voided", "the purchase is voided")
    left = original.amount_cents - refunded_cents(original.id)
    if cents > left:
        raise ValidationError("amount", "refund_too_large",
                              f"only {left / 100:.2f} is left of the purchase",
                              left=f"{left / 100:.2f}")  # fmt: skip


def get_row(purchase_id) -> Purchase:
    row = Purchase.get_or_none(Purchase.id == purchase_id)
    if row is None:
        raise NotFoundError(f"no purchase {purchase_id}", code="purchase_not_found")
    return row


def get(purchase_id: int) -> dict:
    """One purchase as a row dict with `customer_id`; NotFoundError."""
    row = Purchase.select().where(Purchase.id == purchase_id).dicts().first()
    if row is None:
        raise NotFoundError(f"no purchase {purchase_id}", code="purchase_not_found")
    row["customer_id"] = row.pop("customer")
    return row


def listing(customer_id: int | None = None) -> Iterator[dict]:
    """Every purchase and refund not voided, newest first (only one customer's when given), as row
    dicts with `customer_id`, read from a cursor as they are used."""
    query = Purchase.select().where(LIVE).order_by(Purchase.at.desc(), Purchase.id.desc())
    if customer_id is not None:
        query = query.where(Purchase.customer == customer_id)
    for row in query.dicts().iterator():
        row["customer_id"] = row.pop("customer")
        yield row


def delete(purchase_id: int) -> None:
    row = get_row(purchase_id)
    with database.atomic():
        PurchaseItem.delete().where(PurchaseItem.purchase == row.id).execute()
        Purchase.delete().where(Purchase.id == row.id).execute()
        refresh_summary([row.customer_id])


def refresh_summary(customer_ids) -> None:
    """Recompute total spend, purchase count (positive purchases) and last purchase:
    one UPDATE per 500 customers, each value a subquery over the customer's purchases."""
    ids = sorted(set(customer_ids))
    mine = (Purchase.customer == Customer.id) & LIVE
    positive = mine & (Purchase.amount_cents > 0)
    total = Purchase.select(fn.COALESCE(fn.SUM(Purchase.amount_cents), 0)).where(mine)
    count = Purchase.select(fn.COUNT(Purchase.id)).where(positive)
    last = Purchase.select(fn.MAX(Purchase.at)).where(positive)
    for i in range(0, len(ids), 500):
        Customer.update(total_spend_cents=total, purchase_count=count,
                        last_purchase_at=last).where(
            Customer.id.in_(ids[i : i + 500])
        ).execute()  # fmt: skip


def for_customer(customer_id: int, limit: int = 200) -> list[dict]:
    rows = list(
        Purchase.select()
        .where((Purchase.customer == customer_id) & LIVE)
        .order_by(Purchase.at.desc(), Purchase.id.desc())
        .limit(limit)
        .dicts()
    )
    for row in rows:
        row["customer_id"] = row.pop("customer")
        row["type"] = "purchase"
    return rows


def to_json(row: dict) -> dict:
    return {
        "id": row["id"],
        "customer_id": row["customer_id"],
        "at": row["at"].isoformat(timespec="minutes"),
        "order_no": row["order_no"],
        "amount": yuan(row["amount_cents"]),
        "payment": row["payment"],
        "note": row["note"],
        "refund_of": row["refund_of"],
    }
