"""The purchases kind of import, on the engine (import_engine.py): the example of a
kind. What a purchase row is (targets, header words, cleaning rules), how rows become
orders (plan), how orders are written in bulk, how an import of them is undone, and
the engine's calls for purchases as the wizard, the CLI and the tests use them.

Rows with the same order number form one purchase; rows without one are a purchase each.
The amount is the amount column's sum, else the sum of quantity x unit price. Customers
are matched by customer number, mobile or email; an unknown number or name becomes a
new customer (or, when the user says so, an error), named from the name column, else
"客户 + number" marked as a placeholder name. An order already recorded is a
duplicate and skipped, so importing a file twice counts nothing twice. When one row of
an order is bad, the whole order is an error: a part of an order has a wrong amount.
"""

from __future__ import annotations

import datetime as dt
import operator
import re
import threading
from contextlib import nullcontext
from dataclasses import dataclass, field
from functools import partial

from models import clock
from models.customers.record import Customer
from models.errors import ValidationError
from models.excel import customer_writing, import_cleaning, import_engine, import_types
from models.excel.import_engine import tick
from models.excel.import_records import ImportRun, UndoReport
from models.excel.import_types import (
    CUT,
    DUPLICATE,
    ERROR,
    NEW,
    ColumnWarning,
    ImportKind,
    Problem,
    Progress,
    Requirement,
    RowPlan,
    Sheet,
    Written,
)
from models.purchases import milestones, purchases
from models.purchases.purchases import Purchase, PurchaseItem
from models.storage.bulk import indexes_dropped, insert_rows
from models.storage.db import database
from models.values.contact_fields import normalise_email, normalise_phone

__all__ = ["CUT", "ColumnWarning", "KIND", "Options", "Order", "Plan", "Result", "TARGETS",
           "UNKNOWN_MODES", "check_mapping", "english_reason", "plan", "proposed_mapping",
           "run"]  # fmt: skip

UNKNOWN_MODES = ("create", "error")
CUSTOMER_KEYS = ("customer_number", "mobile", "email")  # in the order they are tried
TARGETS = (
    "order_no", "at", "customer_number", "customer_name", "mobile", "email", "amount",
    "quantity", "unit_price", "description", "stock_code", "payment", "note",
)  # fmt: skip
# Header words per target, written normalised (import_mapping.normalise_header).
WORDS: dict[str, tuple[str, ...]] = {
    "order_no": (
        "单号", "订单号", "订单编号", "小票号", "流水号", "交易单号", "消费单号", "invoiceno",
        "invoice no", "invoice", "invoice number", "order", "order no", "order id",
        "order number", "receipt no", "transaction id",
    ),
    "at": (
        "日期", "时间", "消费日期", "消费时间", "下单时间", "交易时间", "购买日期", "购买时间",
        "订单日期", "invoicedate", "invoice date", "date", "order date", "purchase date",
        "time", "datetime", "transaction date",
    ),
    "customer_number": (
        "客户编号", "客户号", "客户id", "会员号", "会员编号", "会员卡号", "卡号", "customerid",
        "customer id", "customer no", "customer number", "member id", "client id",
    ),
    "customer_name": ("客户", "客户名称", "客户姓名", "姓名", "会员姓名", "customer",
                      "customer name", "name", "client name"),
    "mobile": ("手机", "手机号", "手机号码", "电话", "联系电话", "mobile", "phone", "tel"),
    "email": ("邮箱", "电子邮件", "email", "e mail", "email address"),
    "amount": (
        "金额", "消费金额", "实付", "实付金额", "订单金额", "总价", "合计", "总金额", "amount",
        "total", "total amount", "order total", "sales", "revenue",
    ),
    "quantity": ("数量", "件数", "quantity", "qty"),
    "unit_price": ("单价", "价格", "售价", "unitprice", "unit price", "price"),
    "description": ("商品", "商品名称", "品名", "名称", "项目", "服务项目", "描述", "description",
                    "item", "product", "product name"),
    "stock_code": ("商品编码", "货号", "编码", "条码", "stockcode", "stock code", "sku",
                   "product code", "item code"),
    "payment": ("支付方式", "付款方式", "支付", "付款", "payment", "payment method"),
    "note": ("备注", "说明", "note", "notes", "remark", "remarks", "comment"),
}  # fmt: skip
# Columns whose unreadable value never fails an order: a payment method not known is
# kept in the purchase's note, a too long item name or code is cut (with a warning).
OPTIONAL = ("payment", "description", "stock_code")
_TIME_TAIL = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$")


@dataclass
class Options(import_types.Options):
    unknown_customers: str = "create"

    @property
    def kind(self) -> ImportKind:
        return KIND

    def check(self) -> None:
        if self.unknown_customers not in UNKNOWN_MODES:
            raise ValidationError(
                "unknown_customers", "option_invalid", f"{self.unknown_customers!r}"
            )
        super().check()

    def recorded(self) -> dict:
        return {"unknown_customers": self.unknown_customers, "on_error": self.on_error}


@dataclass
class Order:
    """The rows that make one purchase, cleaned."""

    key: str  # the order number, or "#<line>" for a row without one
    rows: list[int]  # indexes into Plan.rows
    at: dt.datetime | None = None
    cents: int = 0
    customer: int | None = None  # an existing customer's id
    new_customer: tuple | None = None  # (number, name or "", mobile, email) to create
    action: str = NEW


@dataclass
class Plan(import_types.Plan):
    orders: list[Order] = field(default_factory=list)

    @property
    def new_orders(self) -> list[Order]:
        return [o for o in self.orders if o.action == NEW]

    @property
    def new_customers(self) -> int:
        return len({o.new_customer for o in self.new_orders if o.new_customer})


@dataclass
class Result:
    import_id: int | None
    purchases: int
    refunds: int
    items: int
    customers_created: int
    skipped: int  # rows of orders already recorded
    errors: int  # rows

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def english_reason(row: RowPlan, problem: Problem | None) -> str:
    return problem.message if problem else "already recorded"


# ---------------------------------------------------------------- mapping


def proposed_mapping(sheet: Sheet) -> list[str]:
    return import_engine.proposed_mapping(KIND, sheet)


def check_mapping(mapping: list[str]) -> None:
    import_engine.check_mapping(KIND, mapping)


# ---------------------------------------------------------------- cleaning


def _when(value, date1904: bool) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    day = dt.date.fromisoformat(import_cleaning.date_value(value, date1904))
    if isinstance(value, (int, float)):  # an Excel serial: the fraction is the time
        seconds = round((float(value) % 1) * 86400)
        return dt.datetime.combine(day, dt.time()) + dt.timedelta(seconds=seconds)
    tail = _TIME_TAIL.search(import_cleaning.code_text(value))
    if tail is None:
        return dt.datetime.combine(day, dt.time())
    hour, minute, second = (int(g or 0) for g in tail.groups())
    try:
        return dt.datetime.combine(day, dt.time(hour, minute, second))
    except ValueError:
        raise ValidationError("at", "date_invalid", f"'{value}' is not a time") from None


def _money(value) -> int:
    number = import_cleaning.number(value)
    return purchases.to_cents(repr(number))


def _short_text(target: str, value) -> str:
    value = import_cleaning.text(value)
    if len(value) > purchases.MAX_TEXT:
        raise ValidationError(target, "too_long", f"{target} is longer than "
                              f"{purchases.MAX_TEXT} characters", limit=purchases.MAX_TEXT)  # fmt: skip
    return value


def rules(targets: list[str], date1904: bool) -> dict:
    """The cleaning rule of each target."""
    return {
        "order_no": _order_no,
        "at": partial(_when, date1904=date1904),
        "customer_number": import_cleaning.identifier,
        "customer_name": partial(_short_text, "customer_name"),
        "mobile": _phone,
        "email": _email,
        "amount": _money,
        "quantity": _quantity,
        "unit_price": import_cleaning.number,
        "description": partial(_short_text, "description"),
        "stock_code": partial(_short_text, "stock_code"),
        "payment": lambda v: purchases.parse_payment(import_cleaning.text(v)),
        "note": lambda v: import_cleaning.text(v)[:10000],
    }


def _order_no(value) -> str:
    if type(value) is float and value.is_integer() and abs(value) < 1e15:
        return str(int(value))  # the common case, fast: 180k distinct numbers a file
    return import_cleaning.identifier(value)[: purchases.MAX_TEXT]


def _phone(value) -> str:
    return normalise_phone(import_cleaning.phone_text(value))


def _email(value) -> str:
    return normalise_email(import_cleaning.text(value))


def _quantity(value) -> float:
    number = import_cleaning.number(value)
    if number is None or abs(number) > 1e9:
        raise ValidationError("quantity", "number_invalid", f"'{value}' is not a quantity")
    return number


# ---------------------------------------------------------------- planning


def _classify(plan: Plan) -> None:
    """The rows grouped into orders, each order settled (time, amount, customer) or an
    error as a whole, and orders already recorded skipped."""
    plan.orders = _group(plan)
    _match(plan, plan.options.unknown_customers)


def _group(plan: Plan) -> list[Order]:
    numbers = plan.columns.get("order_no") or [None] * len(plan.rows)
    groups: dict = {}
    for i, number in enumerate(numbers):
        if number is None:
            number = f"#{plan.rows[i].line}"
        found = groups.get(number)
        if found is None:
            groups[number] = [i]
        else:
            found.append(i)
    return [Order(key, members) for key, members in groups.items()]


def _fail(plan: Plan, order: Order, code: str, message: str, field: str = "row",
          **params) -> None:  # fmt: skip
    order.action = ERROR
    for i in order.rows:
        row = plan.rows[i]
        if not row.problems:
            row.problems.append(Problem(field, code, message, params))


def _match(plan: Plan, unknown: str) -> None:
    columns, n = plan.columns, len(plan.rows)
    empty = [None] * n
    keys = [columns.get(k, empty) for k in (*CUSTOMER_KEYS, "customer_name")]
    people = [None if p == (None, None, None, None) else p for p in zip(*keys, strict=True)]
    found = {
        key: customer_writing.find(
            "number" if key == "customer_number" else key, set(column) - {None}
        )
        for key, column in zip(CUSTOMER_KEYS, keys, strict=False)
        if column is not empty
    }
    recorded = _recorded([o.key for o in plan.orders if not o.key.startswith("#")])
    now = clock.now() + dt.timedelta(minutes=1)
    times = columns.get("at", empty)
    by_amount = "amount" in columns
    amounts = columns.get("amount", empty)
    quantities, prices = columns.get("quantity", empty), columns.get("unit_price", empty)
    invalid = {i for i, row in enumerate(plan.rows) if row.problems}
    for order in plan.orders:
        bad = None
        if invalid and not invalid.isdisjoint(order.rows):
            bad = min(invalid.intersection(order.rows))
        if bad is not None:
            line = plan.rows[bad].line
            _fail(plan, order, "order_row_invalid", f"row {line} of this order has an error",
                  line=line)  # fmt: skip
        else:
            _settle(plan, order, found, unknown, now, people, times,
                    amounts if by_amount else None, quantities, prices)  # fmt: skip
        if order.action == NEW and order.key in recorded:
            order.action, order.customer = DUPLICATE, recorded[order.key]
        if order.action != NEW:  # rows start as NEW; the preview finds a new row's
            for i in order.rows:  # customer through its order
                row = plan.rows[i]
                row.action, row.target = order.action, order.customer


def _settle(plan, order, found, unknown, now, people, times, amounts, quantities,
            prices) -> None:  # fmt: skip
    """Time, amount and customer of one order (or its error)."""
    rows = order.rows
    at = [times[i] for i in rows]
    if None in at:
        return _fail(plan, order, "required", "the date is missing", "at")
    order.at = min(at)
    if order.at > now:
        return _fail(plan, order, "time_future", "a purchase cannot be in the future", "at")
    if amounts is not None:
        order.cents = sum(amounts[i] or 0 for i in rows)
    else:
        price = [prices[i] for i in rows]
        if None in price:
            return _fail(plan, order, "required", "the unit price is missing", "unit_price")
        quantity = [quantities[i] for i in rows]
        if None in quantity:
            quantity = [1 if q is None else q for q in quantity]
        order.cents = round(sum(map(operator.mul, quantity, price)) * 100)
    if order.cents == 0:
        return _fail(plan, order, "amount_zero", "the order's amount is 0", "amount")
    if abs(order.cents) >= purchases.MAX_AMOUNT_CENTS:
        return _fail(plan, order, "amount_too_large", "the amount is too large", "amount")
    who = {people[i] for i in rows}
    who.discard(None)
    if not who:
        return _fail(plan, order, "customer_missing", "the row names no customer",
                     "customer_number")  # fmt: skip
    if len(who) > 1:
        return _fail(plan, order, "order_customers",
                     "the rows of this order name different customers")  # fmt: skip
    number, mobile, email, name = who.pop()
    ids = set()
    for key, value in zip(CUSTOMER_KEYS, (number, mobile, email), strict=True):
        hit = found[key].get(value) if value is not None else None
        if hit is not None:
            if hit[1]:
                return _fail(plan, order, "in_bin", "the customer is in the recycle bin",
                             id=hit[0])  # fmt: skip
            ids.add(hit[0])
    if len(ids) > 1:
        return _fail(plan, order, "conflict", f"matches customers {sorted(ids)}",
                     ids=sorted(ids))  # fmt: skip
    if ids:
        order.customer = ids.pop()
    elif unknown == "error" or not (number or name):
        shown = number or mobile or email or name
        return _fail(plan, order, "customer_unknown", f"no customer {shown}", "customer_number",
                     value=shown)  # fmt: skip
    else:
        order.new_customer = (number, name or "", mobile, email)


_RECORDED_SQL: dict[int, str] = {}


def _recorded(numbers: list[str]) -> dict[str, int]:
    """{order number: customer id} of orders already recorded."""
    out = {}
    for i in range(0, len(numbers), 900):
        chunk = numbers[i : i + 900]
        sql = _RECORDED_SQL.get(len(chunk))
        if sql is None:  # built once per shape: Peewee converting 900 values costs ~10 ms
            query = Purchase.select(Purchase.order_no, Purchase.customer)
            sql = _RECORDED_SQL[len(chunk)] = query.where(Purchase.order_no.in_(chunk)).sql()[0]
        out.update(database.execute_sql(sql, chunk).fetchall())
    return out


# ---------------------------------------------------------------- writing


def _write(plan: Plan, run_id: int, progress, cancel) -> Written:
    orders = plan.new_orders
    created = _create_customers(run_id, orders, cancel)
    tick(progress, cancel, 0.2)
    items = _write_orders(plan, run_id, orders, progress, cancel)
    purchases.refresh_summary({o.customer for o in orders})
    refunds = sum(1 for o in orders if o.cents < 0)
    return Written(len(orders), 0, created, {"refunds": refunds, "items": items})


def _result(import_id: int | None, written: Written, counts: dict) -> Result:
    return Result(import_id, written.created, written.details.get("refunds", 0),
                  written.details.get("items", 0), written.extra, counts[DUPLICATE],
                  counts[ERROR])  # fmt: skip


def placeholder_name(number: str) -> str:
    """The name of a customer the file names by number only: "客户" + the number, marked
    as a placeholder (Customer.name_placeholder) until someone names them."""
    return f"客户{number}"


def _create_customers(run_id: int, orders: list[Order], cancel) -> int:
    wanted = {}
    for order in orders:
        if order.new_customer is not None and order.new_customer not in wanted:
            number, name, mobile, email = order.new_customer
            values = {"name": name or placeholder_name(number)}
            for key, value in (("number", number), ("mobile", mobile), ("email", email)):
                if value:
                    values[key] = value
            wanted[order.new_customer] = values
    ids = customer_writing.create_customers(run_id, list(wanted.values()), cancel)
    by_key = dict(zip(wanted, ids, strict=True))
    unnamed = [cid for key, cid in by_key.items() if not key[1]]
    for i in range(0, len(unnamed), 500):
        Customer.update(name_placeholder=True).where(
            Customer.id.in_(unnamed[i : i + 500])
        ).execute()
    for order in orders:
        if order.new_customer is not None:
            order.customer = by_key[order.new_customer]
    return len(ids)


def _write_orders(plan: Plan, run_id: int, orders: list[Order], progress, cancel) -> int:
    now = str(clock.now())
    start = (Purchase.select(Purchase.id).order_by(Purchase.id.desc()).scalar() or 0) + 1
    purchase_fields = [Purchase.id, Purchase.customer, Purchase.at, Purchase.day,
                       Purchase.order_no, Purchase.amount_cents, Purchase.payment,
                       Purchase.note, Purchase.import_run, Purchase.created_at]  # fmt: skip
    item_fields = [PurchaseItem.purchase, PurchaseItem.description, PurchaseItem.stock_code,
                   PurchaseItem.quantity, PurchaseItem.unit_price_cents]  # fmt: skip
    n = len(plan.rows)
    empty = [None] * n
    col = plan.columns
    payments, notes = col.get("payment", empty), col.get("note", empty)
    names, codes = col.get("description", empty), col.get("stock_code", empty)
    quantities, prices = col.get("quantity", empty), col.get("unit_price", empty)
    has_items = any(t in col for t in ("description", "stock_code", "unit_price"))
    times: dict[dt.datetime, str] = {}  # the text SQLite stores, made once per time
    # A load larger than the table: rebuild its indexes once instead of keeping them.
    existing = Purchase.select().count() if len(orders) > 50_000 else len(orders)
    big = len(orders) > existing
    items = 0
    # the milestone triggers off too (each would scan the index-less table), the
    # touched customers' milestones rebuilt after the indexes are back
    with (
        milestones.triggers_off(lambda: {o.customer for o in orders}) if big else nullcontext(),
        indexes_dropped(Purchase) if big else nullcontext(),
        indexes_dropped(PurchaseItem) if big else nullcontext(),
    ):
        for begin in range(0, len(orders), 20_000):
            batch = orders[begin : begin + 20_000]
            heads, lines = [], []
            for pid, order in enumerate(batch, start + begin):
                at = order.at
                text = times.get(at) or times.setdefault(at, str(at))
                rows = order.rows
                payment = next((payments[i] for i in rows if payments[i]), "")
                note = "；".join(
                    [notes[i] for i in rows if notes[i]]
                    + [k for i in rows for k in plan.rows[i].values.get("kept", ())]
                )
                number = "" if order.key.startswith("#") else order.key
                heads.append((pid, order.customer, text, at.toordinal(), number, order.cents,
                              payment, note, run_id, now))  # fmt: skip
                if has_items:
                    for i in rows:
                        price = prices[i]
                        lines.append((pid, names[i] or "", codes[i] or "",
                                      1 if quantities[i] is None else quantities[i],
                                      0 if price is None else round(price * 100)))  # fmt: skip
            insert_rows(Purchase, purchase_fields, heads)
            insert_rows(PurchaseItem, item_fields, lines)
            items += len(lines)
            tick(progress, cancel, 0.2 + 0.7 * (begin + len(batch)) / len(orders))
    return items


# ---------------------------------------------------------------- undo


def _undo(run: ImportRun, report: UndoReport) -> None:
    """Remove the purchases the run wrote (their items with them), recount the spend of
    their customers, then remove the customers it created."""
    ids = [p for (p,) in Purchase.select(Purchase.id).where(Purchase.import_run == run.id).tuples()]
    if ids:
        customers = {c for (c,) in Purchase.select(Purchase.customer).distinct()
                     .where(Purchase.import_run == run.id).tuples()}  # fmt: skip
        for i in range(0, len(ids), 900):
            PurchaseItem.delete().where(PurchaseItem.purchase.in_(ids[i : i + 900])).execute()
        Purchase.delete().where(Purchase.import_run == run.id).execute()
        purchases.refresh_summary(customers)
    report.purchases_removed = len(ids)
    customer_writing.undo(run, report)


KIND = ImportKind(
    name="purchases",
    words=WORDS,
    targets=lambda: list(TARGETS),
    options=Options,
    rules=rules,
    classify=_classify,
    write=_write,
    undo=_undo,
    result=_result,
    reason=english_reason,
    plan_type=Plan,
    actions=(NEW, DUPLICATE, ERROR),
    strict=frozenset(TARGETS) - frozenset(OPTIONAL),
    required=(
        Requirement(
            ("amount", "unit_price"),
            "amount_unmapped",
            "map an amount column, or a unit price column",
        ),
        Requirement(
            ("customer_number", "customer_name", "mobile", "email"),
            "customer_unmapped",
            "map a customer number, name, mobile or email column",
        ),
    ),  # fmt: skip
    kept_in="note",  # in the purchase's note
    cut=OPTIONAL,
    extra="customers created",
    outcome="{created:,} purchases, +{extra:,} customers",
    row_by_row=False,  # an order's rows decide together
)


# ---------------------------------------------------------------- the engine's calls


def plan(
    sheet: Sheet,
    options: Options | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    limit: int | None = None,
) -> Plan:
    """Clean, group, match and classify every row (or the first `limit`); writes nothing."""
    return import_engine.plan(sheet, options or Options(), progress, cancel, limit)


def run(
    plan: Plan,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Result:
    """Write the plan in one transaction and record it for undo. Cancelled (set `cancel`:
    Cancelled is raised) or an error on the way: nothing is written."""
    return import_engine.run(plan, progress, cancel)
