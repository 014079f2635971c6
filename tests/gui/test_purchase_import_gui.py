"""Importing purchases through the window: File > Import purchases, driven as a user."""

import openpyxl
from PySide6.QtCore import QPoint, Qt

from models.customers import customers
from models.customers.record import Customer
from models.excel import import_history
from models.purchases.purchases import Purchase
from ui import style

HEADERS = ["单号", "消费时间", "会员号", "姓名", "商品", "数量", "单价"]


def _file(tmp_path, rows, name="流水.xlsx"):
    book = openpyxl.Workbook()
    book.active.append(HEADERS)
    for row in rows:
        book.active.append(row)
    path = tmp_path / name
    book.save(path)
    return path


def _rows():
    return [
        ["S1", "2026-03-01 10:15", "GM001", "老顾客", "洗剪吹", 1, 68],  # known customer
        ["S1", "2026-03-01 10:15", "GM001", "老顾客", "护理", 2, 40],  # same order
        ["S2", "2026-03-02 18:00", "GM900", "新会员", "烫发", 1, 380],  # unknown customer
        ["S3", "不是日期", "GM001", "老顾客", "染发", 1, 200],  # bad date
        ["S4", "2026-03-03", None, None, "洗剪吹", 1, 68],  # no customer
    ]


def _click(qtbot, radio):
    # On the indicator: a radio stretched wider than its text ignores clicks past it.
    qtbot.mouseClick(radio, Qt.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert radio.isChecked()


def _wait_plan(qtbot, wizard):
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.full_plan is not None, timeout=10000)
    return page


def test_purchase_import_maps_previews_imports_and_undoes(qtbot, window, tmp_path):
    known = customers.create({"name": "老顾客", "number": "GM001"})
    before = Customer.select().count()
    wizard = window.imports.import_file(str(_file(tmp_path, _rows())), purchases=True)
    qtbot.waitUntil(wizard.isVisible)
    assert wizard.windowTitle() == "Import purchases"
    wizard.next()
    mapping = wizard.mapping_page
    assert mapping.mapping() == [
        "order_no", "at", "customer_number", "customer_name", "description", "quantity",
        "unit_price",
    ]  # fmt: skip
    labels = [mapping.combos[0].itemText(i) for i in range(mapping.combos[0].count())]
    assert "Order No." in labels and "Unit price" in labels and "Tags" not in labels
    # Without a price or amount there is nothing to count: the page says so and waits.
    price = mapping.combos[6]
    price.setCurrentIndex(0)
    assert "amount column" in mapping.warning.text()
    assert not mapping.isComplete()
    price.setCurrentIndex(price.findData("unit_price"))
    assert mapping.isComplete() and mapping.warning.text() == ""
    wizard.next()
    preview = _wait_plan(qtbot, wizard)
    # The purchase kind's choices only: unknown customers and errors, no match keys.
    assert preview.unknown_box.isVisible() and not hasattr(preview, "keys_box")
    assert set(preview.choices) == {"unknown_customers", "on_error"}
    summary = preview.summary.text()
    assert summary.startswith(
        "2 purchases to add (3 rows, 1 new customers) · 0 rows already recorded · 2 rows with errors"
    ), summary
    table = preview.table
    outcomes = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert outcomes[0] == outcomes[1] == f"New · customer #{known}"
    assert outcomes[2] == "New · new customer"
    assert "not a date" in outcomes[3] or "date" in outcomes[3].lower()
    assert "names no customer" in outcomes[4]
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert table.item(0, headers.index("Unit price")).text() == "¥68.00"
    assert table.item(0, headers.index("Purchase time")).text() == "1 Mar 2026 10:15"
    bad = table.item(3, headers.index("Purchase time"))
    assert (
        bad.text() == "不是日期"
        and bad.background().color().name() == style.IMPORT_ERROR_BACKGROUND
    )
    # Unknown customers as errors: the new member's order becomes an error, nothing written.
    _click(qtbot, preview.unknown["error"])
    qtbot.waitUntil(lambda: preview.summary.text().startswith("1 purchases"), timeout=10000)
    assert "No customer with this number" in preview.table.item(2, 1).text()
    assert Purchase.select().count() == 0 and Customer.select().count() == before
    _click(qtbot, preview.unknown["create"])
    qtbot.waitUntil(lambda: preview.summary.text().startswith("2 purchases"), timeout=10000)
    qtbot.waitUntil(preview.isComplete, timeout=10000)
    wizard.next()  # Import
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10000)
    text = wizard.result_page.text.text()
    assert text.startswith("2 purchases added (0 of them refunds), 1 customers created"), text
    assert customers.get(known)["total_spend_cents"] == 68_00 + 2 * 40_00
    member = Customer.get(Customer.number == "GM900")
    assert member.name == "新会员" and member.total_spend_cents == 380_00
    # The rows not imported, with their reasons, for the user to fix.
    report = tmp_path / "not-imported.xlsx"
    assert wizard.result_page.save_report(str(report))
    rows = [[c.value for c in r] for r in openpyxl.load_workbook(report).active.iter_rows()]
    assert rows[0][7:] == ["Reason", "Row"]
    assert [(r[0], r[8]) for r in rows[1:]] == [("S3", 5), ("S4", 6)]
    assert "names no customer" in rows[2][7]
    # The history lists it as a purchase import; undo from the result page.
    dialog = window.imports.show_import_history()
    assert dialog.table.item(0, 2).text() == "Purchases"
    assert dialog.table.item(0, 3).text() == "2 purchases, 1 customers"
    dialog.close()
    wizard.result_page.undo()
    assert "2 purchases and 1 customers removed" in wizard.result_page.text.text()
    assert Purchase.select().count() == 0
    assert customers.get(known)["total_spend_cents"] == 0
    assert Customer.get_or_none(Customer.number == "GM900") is None
    wizard.close()


def test_second_import_of_the_same_file_adds_nothing(qtbot, window, tmp_path):
    customers.create({"name": "老顾客", "number": "GM001"})
    path = _file(tmp_path, _rows()[:3])
    wizard = window.imports.import_file(str(path), purchases=True)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: _wait_plan(qtbot, wizard).isComplete(), timeout=10000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10000)
    wizard.close()
    assert Purchase.select().count() == 2
    again = window.imports.import_file(str(path), purchases=True)
    again.next()
    again.next()
    preview = _wait_plan(qtbot, again)
    assert preview.summary.text().startswith("0 purchases to add (0 rows, 0 new customers) · 3")
    assert "nothing to import" in preview.summary.text()
    assert preview.table.item(0, 1).text() == "Already recorded"
    assert not preview.isComplete()
    again.close()
    assert Purchase.select().count() == 2
    assert import_history.list_runs()[0].kind == "purchases"


def test_stop_on_errors_refuses_to_import(qtbot, window, tmp_path):
    customers.create({"name": "老顾客", "number": "GM001"})
    wizard = window.imports.import_file(str(_file(tmp_path, _rows())), purchases=True)
    wizard.next()
    wizard.next()
    preview = _wait_plan(qtbot, wizard)
    _click(qtbot, preview.errors["stop"])
    qtbot.waitUntil(lambda: "set to stop on errors" in preview.summary.text(), timeout=10000)
    assert not preview.isComplete()
    assert Purchase.select().count() == 0
    wizard.close()


def test_file_menu_offers_purchase_import(window):
    texts = [a.text() for a in window.menu_file.actions()]
    assert "Import purchases from Excel…" in texts
