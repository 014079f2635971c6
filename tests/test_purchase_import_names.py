"""Customers a purchase import creates: named from the file's name column when it has
one; otherwise "客户 + number", marked as a placeholder that naming them clears."""

from __future__ import annotations

from models.customers import customers
from models.customers.record import Customer
from models.excel import purchase_import
from tests.test_purchase_import import load_plan, now, xlsx  # noqa: F401 (the fixture)


def test_a_name_column_names_the_new_customers(now, tmp_path):  # noqa: F811
    path = xlsx(tmp_path / "named.xlsx", [
        ["单号", "日期", "会员号", "姓名", "金额"],
        ["N1", "2026-05-01", "M7", "王小明", 88],
        ["N2", "2026-05-02", "M8", "", 20],  # this row has no name: a placeholder
    ])  # fmt: skip
    plan = load_plan(path)
    assert "customer_name" in plan.mapping
    assert purchase_import.run(plan).customers_created == 2
    named = Customer.get(Customer.number == "M7")
    assert (named.name, named.name_placeholder) == ("王小明", False)
    unnamed = Customer.get(Customer.number == "M8")
    assert (unnamed.name, unnamed.name_placeholder) == ("客户M8", True)


def test_without_a_name_column_the_names_are_placeholders_until_edited(now, tmp_path):  # noqa: F811
    path = xlsx(tmp_path / "numbers.xlsx", [
        ["单号", "日期", "会员号", "金额"],
        ["N1", "2026-05-01", "M7", 88],
        ["N2", "2026-05-03", "M7", 12],
    ])  # fmt: skip
    plan = load_plan(path)
    assert "customer_name" not in plan.mapping
    purchase_import.run(plan)
    made = Customer.get(Customer.number == "M7")
    assert (made.name, made.name_placeholder, made.total_spend_cents) == ("客户M7", True, 10000)
    customers.update(made.id, {"notes": "常客"})  # another field: still a placeholder
    assert Customer.get_by_id(made.id).name_placeholder
    customers.update(made.id, {"name": "赵六"})
    assert Customer.get_by_id(made.id).name_placeholder is False
