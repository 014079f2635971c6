"""The customers kind in the wizard (models/excel/importer.py): which key makes a row
the same customer, what a match does, and its words for rows and counts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.customers.custom_fields import list_fields
from models.excel.import_records import UndoReport
from models.excel.import_types import DUPLICATE, NEW, UPDATE, Plan, RowPlan
from models.excel.importer import DUPLICATE_MODES, MATCH_KEYS
from ui.imports.view import ON_ERROR, Choice, KindView, kept_customers_text, problems_text
from ui.labels import field_label, value_text
from ui.text import fill


def _key_texts() -> tuple[str, dict[str, str]]:
    title = QCoreApplication.translate(
        "ImportWizard", "A row is the same customer when it has the same"
    )
    return title, {key: field_label(key) for key in MATCH_KEYS}


def _mode_texts() -> tuple[str, dict[str, str]]:
    return QCoreApplication.translate("ImportWizard", "When a row matches an existing customer"), {
        "skip": QCoreApplication.translate("ImportWizard", "Skip it (list it in the report)"),
        "update": QCoreApplication.translate(  # issue 29: a merge of the row into it
            "ImportWizard", "Merge into the existing customer (its filled cells update it)"
        ),
        "create": QCoreApplication.translate("ImportWizard", "Create a new customer anyway"),
    }


MATCH = Choice("match_keys", "keys", "keys_box", "match", MATCH_KEYS, MATCH_KEYS, _key_texts,
               several=True)  # fmt: skip
DUPLICATES = Choice("on_duplicate", "modes", "mode_box", "duplicate", DUPLICATE_MODES,
                    ("skip",), _mode_texts)  # fmt: skip


class CustomersView(KindView):
    choices = (MATCH, DUPLICATES, ON_ERROR)

    def window_title(self) -> str:
        return QCoreApplication.translate("ImportWizard", "Import customers")

    def titles(self, targets: list[str]) -> list[str]:
        names = {f.key: f.name for f in list_fields()}  # custom fields: their own names
        return [names.get(t) or field_label(t) for t in targets]

    def mapping_warning(self, mapping: list[str]) -> str:
        if "name" in mapping:
            return ""
        return QCoreApplication.translate(
            "ImportWizard",
            "No column goes to Name: new customers cannot be created, only updated.",
        )

    def summary(self, plan: Plan) -> str:
        c = plan.counts
        return fill(
            QCoreApplication.translate(
                "ImportWizard", "%1 new · %2 will update · %3 duplicates · %4 with errors"
            ),
            f"{c['new']:,}",
            f"{c['update']:,}",
            f"{c['duplicate']:,}",
            f"{c['error']:,}",
        )

    def outcomes(self, plan: Plan, count: int) -> list[str]:
        return [self.outcome(row) for row in plan.rows[:count]]

    @staticmethod
    def outcome(row: RowPlan) -> str:
        if row.action == NEW:
            return QCoreApplication.translate("ImportWizard", "New")
        if row.action == UPDATE:
            return fill(QCoreApplication.translate("ImportWizard", "Update #%1"), str(row.target))
        if row.action == DUPLICATE:
            if row.duplicate_of is not None:
                return fill(
                    QCoreApplication.translate("ImportWizard", "Same as row %1"),
                    str(row.duplicate_of),
                )
            return fill(QCoreApplication.translate("ImportWizard", "Exists (#%1)"), str(row.target))
        return problems_text(row)

    def value(self, plan: Plan, index: int, row: RowPlan, target: str) -> str:
        values = row.values
        if target.startswith("cf:"):
            custom = values.get("custom", {})
            return custom.get(int(target[3:]), ("", None))[0]
        if target not in values:
            return ""
        return value_text(values, target)

    def left_out(self, row: RowPlan) -> str:
        return self.outcome(row)

    def result_text(self, result) -> str:
        text = fill(
            QCoreApplication.translate(
                "ImportWizard",
                "%1 customers created, %2 updated, %3 duplicates skipped, %4 rows with errors.",
            ),
            f"{result.created:,}",
            f"{result.updated:,}",
            f"{result.skipped:,}",
            f"{result.errors:,}",
        )
        if getattr(result, "staff_added", None):  # owners new to the team list joined it
            text += " " + fill(
                QCoreApplication.translate("ImportWizard", "Added to the team: %1."),
                "、".join(result.staff_added),
            )
        return text

    def undo_text(self, report: UndoReport) -> str:
        text = fill(
            QCoreApplication.translate(
                "ImportWizard", "Import undone: %1 customers removed, %2 restored."
            ),
            f"{report.removed:,}",
            f"{report.restored:,}",
        )
        changed = len(report.kept) - len(report.customers_kept())
        if changed:
            text += " " + fill(
                QCoreApplication.translate(
                    "ImportWizard",
                    "%1 changes made after the import were kept (edited customers went to the recycle bin).",
                ),
                f"{changed:,}",
            )
        return text + kept_customers_text(report)

    def history_name(self) -> str:
        return QCoreApplication.translate("ImportHistory", "Customers")

    def undo_question(self) -> str:
        return QCoreApplication.translate("ImportHistory", "Undo the import of %1? The customers it created are removed and the "
                   "fields it changed are put back. Changes made since are kept.")  # fmt: skip
