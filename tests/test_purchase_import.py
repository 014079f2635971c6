"""Purchase import: real .xlsx files written and read back, into a real database file."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import threading
from pathlib import Path

import openpyxl
import pytest

from models import clock
from models.customers import customers
from models.customers.record import Customer
from models.errors import Cancelled, ValidationError
from models.excel import import_history, importer, purchase_import
from models.excel.import_report import write_error_report
from models.purchases import purchases
from models.purchases.purchases import Purchase, PurchaseItem

ROOT = Path(__file__).resolve().parents[1]
RETAIL = ROOT / "tests" / "data" / "retail" / "online-retail-40k.xlsx"
HEADERS = [
    "单号",
    "消费时间",
    "客户编号",
    "姓名",
    "手机",
    "商品",
    "数量",
    "单价",
    "支付方式",
    "备注",
]


def xlsx(path: Path, rows: list[list]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


@pytest.fixture
def now(db):
    clock.set_now(dt.datetime(2026, 11, 22, 12, 0))
    return db


def load_plan(path, **options):
    opts = purchase_import.Options(**options)
    return purchase_import.plan(importer.load(path, opts.loader()), opts)


def state() -> tuple:
    return (
        list(Purchase.select().order_by(Purchase.id).tuples()),
        list(PurchaseItem.select().order_by(PurchaseItem.id).tuples()),
        list(Customer.select().order_by(Customer.id).tuples()),
    )


def test_orders_group_rows_and_amounts_come_from_quantity_times_price(now, tmp_path):
    old = customers.create({"name": "老王", "number": "C001", "mobile": "13800000001"})
    when = dt.datetime(2026, 3, 5, 14, 30)
    path = xlsx(tmp_path / "p.xlsx", [
        HEADERS,
        ["A1", when, "C001", "", "", "洗剪吹", 1, 68, "微信", ""],
        ["A1", when, "C001", "", "", "护发素", 2, "¥35.5", "", "会员价"],
        ["A2", "2026/4/1 09:15", "", "", "138 0000 0001", "染发", 1, 298, "现金", ""],
        ["", "2026-05-01", "C002", "小李", "", "剪发", 1, 40, "", ""],
        ["", "2026-05-02", "C002", "小李", "", "剪发", 1, 40, "", ""],
        ["A3", "2026-06-01", "C001", "", "", "退 护发素", -1, 35.5, "", ""],
        [None, None, None, None],  # blank rows are not data
        ["  ", "", ""],
    ])  # fmt: skip
    plan = load_plan(path)
    assert plan.mapping == ["order_no", "at", "customer_number", "customer_name", "mobile",
                            "description", "quantity", "unit_price", "payment", "note"]  # fmt: skip
    assert plan.counts == {"new": 6, "duplicate": 0, "error": 0}
    assert plan.new_customers == 1
    result = purchase_import.run(plan)
    assert (result.purchases, result.refunds, result.items, result.customers_created) == (
        5,
        1,
        6,
        1,
    )
    rows = list(Purchase.select().order_by(Purchase.id).dicts())
    assert [(r["order_no"], r["amount_cents"], r["payment"]) for r in rows] == [
        ("A1", 6800 + 7100, "wechat"), ("A2", 29800, "cash"), ("", 4000, ""), ("", 4000, ""),
        ("A3", -3550, ""),
    ]  # fmt: skip
    assert rows[0]["at"] == when and rows[0]["day"] == when.toordinal()
    assert rows[0]["note"] == "会员价"
    assert rows[1]["customer"] == old  # matched by mobile, typed with spaces
    new = Customer.get(Customer.number == "C002")
    assert new.name == "小李" and new.purchase_count == 2 and new.total_spend_cents == 8000
    mine = Customer.get_by_id(old)
    assert (mine.purchase_count, mine.total_spend_cents) == (2, 6800 + 7100 + 29800 - 3550)
    items = list(PurchaseItem.select().where(PurchaseItem.purchase == rows[0]["id"]).dicts())
    assert [(i["description"], i["quantity"], i["unit_price_cents"]) for i in items] == [
        ("洗剪吹", 1, 6800), ("护发素", 2, 3550),
    ]  # fmt: skip

    # the same file again: orders with numbers are recognised, nothing counts twice
    again = load_plan(path)
    assert again.counts["duplicate"] == 4
    purchase_import.run(again)
    assert Purchase.select().where(Purchase.order_no != "").count() == 3

    # undo the first import: its purchases go; the customer it created stays, as the
    # second import gave it purchases since (its two rows without an order number)
    report = import_history.undo(result.import_id)
    assert report.purchases_removed == 5 and report.removed == 0
    assert [k["records"] for k in report.customers_kept()] == [["purchase"]]
    assert Customer.get(Customer.number == "C002").purchase_count == 2
    mine = Customer.get_by_id(old)
    assert (mine.purchase_count, mine.total_spend_cents, mine.last_purchase_at) == (0, 0, None)


def test_an_unknown_payment_method_is_kept_in_the_note_not_an_error(now, tmp_path):
    customers.create({"name": "老王", "number": "C001"})
    path = xlsx(tmp_path / "pay.xlsx", [
        HEADERS,
        ["P1", "2026-03-05", "C001", "", "", "洗剪吹", 1, 68, "花呗", "会员价"],
        ["P2", "2026-03-06", "C001", "", "", "品" * 201, 1, 10, "微信", ""],
        ["P3", "2026-03-07", "C001", "", "", "剪发", 1, "四十", "花呗", ""],  # a bad price
    ])  # fmt: skip
    plan = load_plan(path)
    assert plan.counts == {"new": 2, "duplicate": 0, "error": 1}
    first, second, bad = plan.rows
    assert first.problems == [] and [(p.field, p.code) for p in first.warnings] == [
        ("payment", "payment_invalid")]  # fmt: skip
    assert [(p.field, p.code, p.params["kept"]) for p in second.warnings] == [
        ("description", "too_long", "cut")]  # fmt: skip
    assert [p.code for p in bad.problems] == ["number_invalid"]  # money stays an error
    warnings = {w.field: (w.column, w.rows, w.examples, w.kept) for w in plan.column_warnings()}
    assert warnings == {"payment": ("支付方式", 1, ["花呗"], "note"),
                        "description": ("商品", 1, ["品" * 59 + "…"], "cut")}  # fmt: skip
    purchase_import.run(plan)
    rows = {r["order_no"]: r for r in Purchase.select().dicts()}
    assert set(rows) == {"P1", "P2"}
    assert (rows["P1"]["payment"], rows["P1"]["note"]) == ("", "会员价；支付方式: 花呗")
    assert rows["P2"]["payment"] == "wechat"
    item = PurchaseItem.get(PurchaseItem.purchase == rows["P2"]["id"])
    assert item.description == "品" * purchases.MAX_TEXT


def test_an_amount_column_wins_and_bad_rows_fail_their_whole_order(now, tmp_path):
    binned = customers.create({"name": "回收站客户", "number": "B1"})
    customers.move_to_bin([binned])
    path = xlsx(tmp_path / "bad.xlsx", [
        ["订单号", "日期", "会员号", "金额"],
        ["X1", "2026-01-01", "K1", 100],
        ["X1", "2026-01-01", "K1", "一百"],  # not a number: all of X1 fails
        ["X2", "2027-01-01", "K1", 10],  # in the future
        ["X3", "2026-01-01", "", 10],  # no customer
        ["X4", "2026-01-01", "K1", 10],
        ["X4", "2026-01-01", "K2", 10],  # one order, two customers
        ["X5", "2026-01-01", "B1", 10],  # in the recycle bin
        ["X6", "昨天", "K1", 10],  # not a date
        ["X7", "2026-01-01", "K1", 0],  # nothing paid
        ["X8", "2026-01-01", "K1", "1,250.50"],
    ])  # fmt: skip
    plan = load_plan(path)
    assert plan.mapping == ["order_no", "at", "customer_number", "amount"]
    codes = {r.line: [p.code for p in r.problems] for r in plan.rows if r.problems}
    assert codes == {
        2: ["order_row_invalid"], 3: ["number_invalid"], 4: ["time_future"],
        5: ["customer_missing"], 6: ["order_customers"], 7: ["order_customers"],
        8: ["in_bin"], 9: ["date_invalid"], 10: ["amount_zero"],
    }  # fmt: skip
    before = state()
    with pytest.raises(ValidationError) as stop:
        purchase_import.run(load_plan(path, on_error="stop"))
    assert stop.value.code == "import_has_errors" and state() == before
    strict = load_plan(path, unknown_customers="error")
    assert [p.code for p in strict.rows[-1].problems] == ["customer_unknown"]
    result = purchase_import.run(plan)
    assert (result.purchases, result.errors, result.customers_created) == (1, 9, 1)
    assert Purchase.get().amount_cents == 125050
    report = tmp_path / "errors.xlsx"
    assert write_error_report(report, plan, reason_text=purchase_import.english_reason) == 9
    sheet = openpyxl.load_workbook(report).active
    assert sheet.max_row == 10 and "different customers" in sheet.cell(6, 5).value


def test_a_mapping_without_money_or_customer_is_refused(now, tmp_path):
    path = xlsx(
        tmp_path / "m.xlsx", [["单号", "日期", "客户编号", "金额"], ["1", "2026-01-01", "K", 5]]
    )
    sheet = importer.load(path)
    for mapping, code in (
        (["order_no", "at", "customer_number", ""], "amount_unmapped"),
        (["order_no", "at", "", "amount"], "customer_unmapped"),
        (["order_no", "at", "at", "amount"], "mapping_twice"),
        (["order_no", "at", "customer_number", "salary"], "mapping_invalid"),
    ):
        with pytest.raises(ValidationError) as refused:
            purchase_import.plan(sheet, purchase_import.Options(mapping=mapping))
        assert refused.value.code == code
    with pytest.raises(ValidationError):
        purchase_import.Options(unknown_customers="maybe").check()


def test_a_cancelled_import_writes_nothing(now, tmp_path):
    rows = [["单号", "日期", "客户编号", "金额"]]
    rows += [[f"N{i}", "2026-01-01", f"K{i % 50}", 10 + i] for i in range(3000)]
    plan = load_plan(xlsx(tmp_path / "c.xlsx", rows))
    before = state()
    cancel = threading.Event()

    def progress(fraction):
        if fraction > 0.3:
            cancel.set()

    with pytest.raises(Cancelled):
        purchase_import.run(plan, progress, cancel)
    assert state() == before
    assert import_history.list_runs() == []


def test_the_uci_retail_layout_imports_with_the_proposed_mapping(now, tmp_path):
    import pandas as pd

    plan = load_plan(RETAIL)
    assert plan.mapping == ["order_no", "stock_code", "description", "quantity", "at",
                            "unit_price", "customer_number", ""]  # fmt: skip
    result = purchase_import.run(plan)
    frame = pd.read_excel(RETAIL, engine="calamine")
    frame = frame.dropna(subset=["CustomerID"])
    frame["cents"] = frame["Quantity"] * frame["UnitPrice"] * 100
    orders = frame.groupby(frame["InvoiceNo"].astype(str)).agg(
        cents=("cents", "sum"), customer=("CustomerID", "first")
    )
    orders["cents"] = orders["cents"].round().astype(int)
    orders = orders[orders["cents"] != 0]
    assert result.purchases == len(orders)
    assert result.refunds == int((orders["cents"] < 0).sum())
    assert result.customers_created == orders["customer"].nunique()
    stored = dict(Purchase.select(Purchase.order_no, Purchase.amount_cents).tuples())
    assert stored == {k.removesuffix(".0"): int(v) for k, v in orders["cents"].items()}
    # rows without a customer are listed as errors, never dropped quietly
    raw = pd.read_excel(RETAIL, engine="calamine")
    anonymous = set(raw.index[raw["CustomerID"].isna()] + 2)  # Excel line numbers
    errors = {r.line: r.problems[0].code for r in plan.rows if r.problems}
    assert anonymous <= set(errors) and set(errors.values()) == {"customer_missing", "amount_zero"}


def test_cli_purchases_import(tmp_path):
    path = xlsx(tmp_path / "cli.xlsx", [
        ["单号", "日期", "客户编号", "姓名", "金额"],
        ["Z1", "2026-01-01", "K1", "张三", 99],
        ["Z2", "2026-01-02", "", "", 5],
    ])  # fmt: skip
    db = str(tmp_path / "cli.db")

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "desktop", "--db", db, *args],
                              capture_output=True, text=True, cwd=ROOT)  # fmt: skip

    strict = cli("purchases", "import", str(path), "--unknown-customers", "error", "--json")
    assert strict.returncode == 0, strict.stderr
    out = json.loads(strict.stdout)
    assert (out["purchases"], out["errors"], out["customers_created"]) == (0, 2, 0)
    assert out["error_rows"][0]["reasons"][0]["code"] == "customer_unknown"
    dry = json.loads(cli("purchases", "import", str(path), "--dry-run", "--json").stdout)
    assert dry["dry_run"] and dry["import_id"] is None and dry["purchases"] == 1
    done = cli("purchases", "import", str(path), "--json")
    out = json.loads(done.stdout)
    assert {"import_id", "purchases", "refunds", "items", "customers_created", "skipped",
            "errors", "rows", "mapping", "error_rows"} <= set(out)  # fmt: skip
    assert (out["purchases"], out["customers_created"], out["errors"]) == (1, 1, 1)
    listed = [json.loads(line) for line in cli("purchases", "--json").stdout.splitlines()]
    assert [(p["order_no"], p["amount"]) for p in listed] == [("Z1", 99.0)]
    undone = json.loads(cli("import", "--undo", str(out["import_id"]), "--json").stdout)
    assert undone["purchases_removed"] == 1 and undone["removed"] == 1
    missing = cli("purchases", "import", str(tmp_path / "nope.xlsx"))
    assert missing.returncode != 0 and "nope.xlsx" in missing.stderr
    assert purchases.MAX_TEXT == 200
