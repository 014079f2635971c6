"""Importing purchases from a spreadsheet, through the same engine as customers: read
(importer.load), map (proposed from the headers, remembered), plan (clean, group, match,
classify, write nothing), run (one transaction, recorded for undo).

Rows with the same order number form one purchase; rows without one are a purchase each.
The amount is the amount column's sum, else the sum of quantity x unit price. Customers
are matched by customer number, mobile or email; an unknown number or name becomes a
new customer (or, when the user says so, an error). An order already recorded is a
duplicate and skipped, so importing a file twice counts nothing twice. When one row of
an order is bad, the whole order is an error: a part of an order has a wrong amount.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import operator
import re
import threading
from contextlib import nullcontext
from dataclasses import dataclass, field
from functools import partial

from models import clock
from models.errors import ValidationError
from models.excel import import_cleaning, import_mapping
from models.excel.import_history import ImportRun
from models.excel.import_mapping import IGNORE, normalise_header
from models.excel.importer import (
    CUT,
    DUPLICATE,
    ERROR,
    NEW,
    ColumnWarning,
    Problem,
    Progress,
    RowPlan,
    Sheet,
    _existing,
    _sample,
    _tick,
    column_warnings,
    create_customers,
)
from models.excel.importer import Options as SheetOptions
from models.purchases import purchases
from models.purchases.purchases import Purchase, PurchaseItem
from models.storage import audit, backup
from models.storage.base import gc_paused
from models.storage.bulk import indexes_dropped, insert_rows
from models.storage.db import database
from models.values.contact_fields import normalise_email, normalise_phone

KIND = "purchases"  # ImportRun.options["kind"]
UNKNOWN_MODES = ("create", "error")
CUSTOMER_KEYS = ("customer_number", "mobile", "email")  # in the order they are tried
TARGETS = (
    "order_no", "at", "customer_number", "customer_name", "mobile", "email", "amount",
    "quantity", "unit_price", "description", "stock_code", "payment", "note",
)  # fmt: skip
SYNONYMS: dict[str, tuple[str, ...]] = {
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
_EXACT = {word: target for target, words in SYNONYMS.items() for word in words}
# Columns whose unreadable value never fails an order: a payment method not known is
# kept in the purchase's note, a too long item name or code is cut (with a warning).
OPTIONAL = ("payment", "description", "stock_code")
KEPT_NOTE = "note"  # ColumnWarning.kept: in the purchase's note
_TIME_TAIL = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$")


@dataclass
class Options:
    sheet: str | None = None
    header_row: int | None = None
    mapping: list[str] | None = None  # a target per column (TARGETS or "")
    unknown_customers: str = "create"
    on_error: str = "skip"
    encoding: str | None = None
    delimiter: str | None = None

    def check(self) -> None:
        if self.unknown_customers not in UNKNOWN_MODES:
            raise ValidationError(
                "unknown_customers", "option_invalid", f"{self.unknown_customers!r}"
            )
        if self.on_error not in ("skip", "stop"):
            raise ValidationError("on_error", "option_invalid", f"{self.on_error!r}")

    def loader(self):
        """The customer importer's Options for importer.load (sheet, header, CSV)."""

        return SheetOptions(sheet=self.sheet, header_row=self.header_row,
                            encoding=self.encoding, delimiter=self.delimiter)  # fmt: skip


@dataclass
class Order:
    """The rows that make one purchase, cleaned."""

    key: str  # the order number, or "#<line>" for a row without one
    rows: list[int]  # indexes into Plan.rows
    at: dt.datetime | None = None
    cents: int = 0
    customer: int | None = None  # an existing customer's id
    new_customer: tuple | None = None  # (number, name, mobile, email) to create
    action: str = NEW


@dataclass
class Plan:
    sheet: Sheet
    options: Options
    mapping: list[str]
    rows: list[RowPlan]
    columns: dict[str, list]  # target -> clean value per row (None: empty)
    orders: list[Order] = field(default_factory=list)

    def values(self, index: int) -> dict:
        """A row's clean, non-empty values by target (the preview shows them)."""
        return {t: c[index] for t, c in self.columns.items() if c[index] is not None}

    @property
    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys((NEW, DUPLICATE, ERROR), 0)
        for row in self.rows:
            counts[row.action] += 1
        return counts

    @property
    def new_orders(self) -> list[Order]:
        return [o for o in self.orders if o.action == NEW]

    @property
    def new_customers(self) -> int:
        return len({o.new_customer for o in self.new_orders if o.new_customer})

    def not_imported(self) -> list[RowPlan]:
        return [r for r in self.rows if r.action in (ERROR, DUPLICATE)]

    def column_warnings(self) -> list[ColumnWarning]:
        """Per column, the values kept in the note (or cut) in the rows to be written."""
        return column_warnings(self.rows, (NEW,))


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


def _signature(headers: list[str]) -> list[str]:
    # Remembered beside customer mappings, under headers of their own.
    return [f"{KIND}:{h}" for h in headers]


def proposed_mapping(sheet: Sheet) -> list[str]:
    remembered = _recall(sheet.headers)
    if remembered is not None:
        return remembered
    mapping, taken = [], set()
    for header in sheet.headers:
        target = _EXACT.get(normalise_header(header), IGNORE)
        if target in taken:
            target = IGNORE
        taken.add(target)
        mapping.append(target)
    return mapping


def _recall(headers: list[str]) -> list[str] | None:
    row = import_mapping.RememberedMapping.get_or_none(
        import_mapping.RememberedMapping.signature == _digest(headers)
    )
    if row is None:
        return None
    mapping = json.loads(row.mapping)
    if len(mapping) != len(headers) or any(t and t not in TARGETS for t in mapping):
        return None
    return mapping


def _digest(headers: list[str]) -> str:
    joined = "\x1f".join(normalise_header(h) for h in _signature(headers))
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()


def _remember(headers: list[str], mapping: list[str]) -> None:
    Remembered = import_mapping.RememberedMapping
    data = json.dumps(mapping, ensure_ascii=False)
    Remembered.insert(signature=_digest(headers), mapping=data, used_at=clock.now()).on_conflict(
        conflict_target=[Remembered.signature],
        update={Remembered.mapping: data, Remembered.used_at: clock.now()},
    ).execute()


def check_mapping(mapping: list[str]) -> None:
    seen = set()
    for target in mapping:
        if target and target not in TARGETS:
            raise ValidationError("mapping", "mapping_invalid", f"unknown field {target!r}")
        if target and target in seen:
            raise ValidationError(
                "mapping", "mapping_twice", f"two columns go to {target}", target=target
            )
        seen.add(target)
    if not seen & {"amount", "unit_price"}:
        raise ValidationError(
            "mapping", "amount_unmapped", "map an amount column, or a unit price column"
        )
    if not seen & {"customer_number", "customer_name", "mobile", "email"}:
        raise ValidationError(
            "mapping", "customer_unmapped", "map a customer number, name, mobile or email column"
        )


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


def _rules(date1904: bool) -> dict:
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


def _column(cells: list[list], index: int, rule) -> tuple[list, dict]:
    """A column's clean values (None where empty) and {row: ValidationError}; each
    distinct value is cleaned once (dates, prices, customer numbers repeat)."""
    raw = [r[index] if index < len(r) else None for r in cells]
    clean, bad = {None: None, "": None}, {}
    for value in set(raw) - {None, ""}:
        try:
            result = rule(value)
            clean[value] = None if result == "" else result
        except ValidationError as exc:
            clean[value], bad[value] = None, exc
    errors = {i: bad[v] for i, v in enumerate(raw) if v in bad} if bad else {}
    return [clean[v] for v in raw], errors


def _data(sheet: Sheet) -> list[tuple[int, list]]:
    """(Excel line, cells) of the rows below the header with anything in them."""
    rows, out = sheet.rows, []
    for i in range(sheet.header_row + 1, len(rows)):
        cells = rows[i]
        head = cells[0] if cells else None
        if head and (type(head) is not str or head.strip()):  # the usual row
            out.append((i + 1, cells))
            continue
        first = next((c for c in cells if c), None)
        if first is None:
            if any(c is not None and c != "" for c in cells):  # zeros are values
                out.append((i + 1, cells))
        elif (
            type(first) is not str
            or first.strip()
            or any(type(c) is not str or c.strip() for c in cells if c)
        ):  # a row of spaces only is blank
            out.append((i + 1, cells))
    return out


# ---------------------------------------------------------------- planning


def plan(
    sheet: Sheet,
    options: Options | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    limit: int | None = None,
) -> Plan:
    """Clean, group, match and classify every row (or the first `limit`); writes nothing."""
    options = options or Options()
    options.check()
    mapping = list(options.mapping or proposed_mapping(sheet))
    mapping += [IGNORE] * (sheet.width - len(mapping))
    check_mapping(mapping)
    with gc_paused():
        data = _data(sheet) if limit is None else _data(sheet)[:limit]
        rows = [RowPlan(line, cells, {}, []) for line, cells in data]
        cells = [c for _line, c in data]
        rules = _rules(sheet.workbook.date1904)
        columns = {}
        for number, (index, target) in enumerate((i, t) for i, t in enumerate(mapping) if t):
            columns[target], errors = _column(cells, index, rules[target])
            for i, exc in errors.items():
                if target in OPTIONAL:
                    _keep(rows[i], columns[target], i, target, sheet.headers[index],
                          cells[i][index], exc)  # fmt: skip
                else:
                    rows[i].problems.append(Problem(target, exc.code, str(exc), exc.params))
            _tick(progress, cancel, 0.5 * (number + 1) / len(TARGETS))
        result = Plan(sheet, options, mapping, rows, columns)
        result.orders = _group(result)
        _tick(progress, cancel, 0.6)
        _match(result, options.unknown_customers)
        _tick(progress, cancel, 1.0)
    return result


def _keep(row: RowPlan, column: list, i: int, target: str, title: str, raw,
          exc: ValidationError) -> None:  # fmt: skip
    """An optional value that cannot be read: cut when too long, else left empty with
    "Column: text" for the purchase's note; a warning either way."""
    original = import_cleaning.text(raw)
    params = {**exc.params, "column": title, "value": _sample(original), "kept": KEPT_NOTE}
    if exc.code == "too_long":
        column[i] = original[: purchases.MAX_TEXT]
        params["kept"] = CUT
    else:
        row.values.setdefault("kept", []).append(f"{title}: {original}")
    row.warnings.append(Problem(target, exc.code, str(exc), params))


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
        key: _existing("number" if key == "customer_number" else key, set(column) - {None})
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
        order.new_customer = (number, name or number, mobile, email)


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


def run(
    plan: Plan,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Result:
    """Write the plan in one transaction and record it for undo. Cancelled (set `cancel`:
    Cancelled is raised) or an error on the way: nothing is written."""
    counts = plan.counts
    if plan.options.on_error == "stop" and counts[ERROR]:
        raise ValidationError(
            "import", "import_has_errors", f"{counts[ERROR]} rows have errors", count=counts[ERROR]
        )

    progress = backup.before("import", progress, cancel)
    orders = plan.new_orders
    started = clock.now()
    sheet = plan.sheet
    with database.atomic(), gc_paused():
        record = ImportRun.create(
            file_name=sheet.workbook.path.name, file_path=str(sheet.workbook.path),
            sheet=sheet.name if sheet.workbook.kind != "csv" else "",
            started_at=started, finished_at=started,
            mapping=json.dumps({h: t for h, t in zip(sheet.headers, plan.mapping, strict=False)
                                if t}, ensure_ascii=False),
            options=json.dumps({"kind": KIND, "unknown_customers": plan.options.unknown_customers,
                                "on_error": plan.options.on_error}),
        )  # fmt: skip
        created = _create_customers(record.id, orders, cancel)
        _tick(progress, cancel, 0.2)
        items = _write_orders(plan, record.id, orders, progress, cancel)
        touched = {o.customer for o in orders}
        purchases.refresh_summary(touched)
        refunds = sum(1 for o in orders if o.cents < 0)
        record.created, record.updated = len(orders), created
        record.skipped, record.errors = counts[DUPLICATE], counts[ERROR]
        record.finished_at = clock.now()
        record.save()
        _remember(sheet.headers, plan.mapping)
        audit.record("import", "import", record.id, count=len(orders),
                     detail=f"{record.file_name}: {len(orders):,} purchases, "
                            f"+{created:,} customers")  # fmt: skip
        _tick(progress, cancel, 1.0)
    return Result(record.id, len(orders), refunds, items, created, counts[DUPLICATE],
                  counts[ERROR])  # fmt: skip


def _create_customers(run_id: int, orders: list[Order], cancel) -> int:
    wanted = {}
    for order in orders:
        if order.new_customer is not None and order.new_customer not in wanted:
            number, name, mobile, email = order.new_customer
            values = {"name": name}
            for key, value in (("number", number), ("mobile", mobile), ("email", email)):
                if value:
                    values[key] = value
            wanted[order.new_customer] = values
    ids = create_customers(run_id, list(wanted.values()), cancel)
    by_key = dict(zip(wanted, ids, strict=True))
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
    with (
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
            _tick(progress, cancel, 0.2 + 0.7 * (begin + len(batch)) / len(orders))
    return items
