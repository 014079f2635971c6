"""The purchases kind in the wizard (models/excel/purchase_import.py): what an unknown
customer becomes, and its words for rows (an order decides for its rows) and counts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.excel.import_records import ImportRun, UndoReport
from models.excel.import_types import DUPLICATE, ERROR, Plan, RowPlan
from models.excel.purchase_import import UNKNOWN_MODES, Order
from ui import formatting
from ui.imports.view import ON_ERROR, Choice, KindView, kept_customers_text, problems_text
from ui.labels import payment_label
from ui.text import fill


def _unknown_texts() -> tuple[str, dict[str, str]]:
    return QCoreApplication.translate("ImportWizard", "A customer not yet in Guanjia"), {
        "create": QCoreApplication.translate(
            "ImportWizard", "Create the customer (from the number or name)"
        ),
        "error": QCoreApplication.translate("ImportWizard", "List the row as an error"),
    }


UNKNOWN = Choice("unknown_customers", "unknown", "unknown_box", "unknown", UNKNOWN_MODES,
                 ("create",), _unknown_texts)  # fmt: skip


def purchase_outcome(row: RowPlan, order: Order | None) -> str:
    """What the import does with a purchase row (its order decides)."""
    if row.action == ERROR:
        return problems_text(row)
    if row.action == DUPLICATE:
        return QCoreApplication.translate("ImportWizard", "Already recorded")
    if order is not None and order.customer is not None:
        return fill(
            QCoreApplication.translate("ImportWizard", "New · customer #%1"), str(order.customer)
        )
    return QCoreApplication.translate("ImportWizard", "New · new customer")


def purchase_value(values: dict, field: str) -> str:
    """A clean purchase-import value as the user reads it."""
    value = values.get(field)
    if value is None:
        return ""
    if field == "amount":
        return formatting.money(value)
    if field == "unit_price":
        return formatting.money(round(value * 100))
    if field == "at":
        return formatting.datetime_text(value)
    if field == "payment":
        return payment_label(value)
    if field == "quantity":
        return f"{value:g}"
    return str(value)


class PurchasesView(KindView):
    choices = (UNKNOWN, ON_ERROR)
    numeric_fields = frozenset({"amount", "quantity", "unit_price"})

    def window_title(self) -> str:
        return QCoreApplication.translate("ImportWizard", "Import purchases")

    def summary(self, plan: Plan) -> str:
        c = plan.counts
        return fill(
            QCoreApplication.translate(
                "ImportWizard",
                "%1 purchases to add (%2 rows, %3 new customers) · "
                "%4 rows already recorded · %5 rows with errors",
            ),
            f"{len(plan.new_orders):,}",
            f"{c['new']:,}",
            f"{plan.new_customers:,}",
            f"{c['duplicate']:,}",
            f"{c['error']:,}",
        )

    def outcomes(self, plan: Plan, count: int) -> list[str]:
        order_of = {i: o for o in plan.orders for i in o.rows if i < count}
        return [purchase_outcome(row, order_of.get(r)) for r, row in enumerate(plan.rows[:count])]

    def value(self, plan: Plan, index: int, row: RowPlan, target: str) -> str:
        return purchase_value(plan.values(index), target)

    def left_out(self, row: RowPlan) -> str:
        return QCoreApplication.translate("ImportWizard", "Already recorded")

    def result_text(self, result) -> str:
        return fill(
            QCoreApplication.translate(
                "ImportWizard",
                "%1 purchases added (%2 of them refunds), %3 customers created, "
                "%4 rows already recorded, %5 rows with errors.",
            ),
            f"{result.purchases:,}",
            f"{result.refunds:,}",
            f"{result.customers_created:,}",
            f"{result.skipped:,}",
            f"{result.errors:,}",
        )

    def undo_text(self, report: UndoReport) -> str:
        return fill(
            QCoreApplication.translate(
                "ImportWizard", "Import undone: %1 purchases and %2 customers removed."
            ),
            f"{report.purchases_removed:,}",
            f"{report.removed:,}",
        ) + kept_customers_text(report)

    def history_name(self) -> str:
        return QCoreApplication.translate("ImportHistory", "Purchases")

    def history_counts(self, run: ImportRun) -> tuple[str, str]:
        created = (  # the purchases, and the customers made for them
            fill(
                QCoreApplication.translate("ImportHistory", "%1 purchases, %2 customers"),
                f"{run.created:,}",
                f"{run.extra:,}",
            )
        )
        return created, "—"

    def undo_question(self) -> str:
        return QCoreApplication.translate("ImportHistory", "Undo the import of %1? The purchases it added and the customers it "
                   "created are removed, and the customers' totals are counted again.")  # fmt: skip
