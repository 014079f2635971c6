"""The follow-ups, contacts and complaints kinds in the wizard (models/excel/
followup_import.py, interaction_import.py, complaint_import.py): a customer's records,
matched to the customer by number, mobile or email. One view for the three, with each
kind's words."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from models.excel.import_records import UndoReport
from models.excel.import_types import DUPLICATE, ERROR, Plan, RowPlan
from ui import formatting
from ui.complaints import labels as complaint_labels
from ui.imports.view import KindView, problems_text
from ui.labels import channel_label, status_label
from ui.text import fill


def record_value(field: str, value) -> str:
    """A clean value of a records import, as the user reads it."""
    if value is None:
        return ""
    if field == "due":
        at, timed = value
        return formatting.datetime_text(at) if timed else formatting.date_text(at)
    if isinstance(value, dt.datetime):
        return formatting.datetime_text(value)
    if field in ("kind", "channel"):
        return channel_label(value)
    return str(value)


class RecordsView(KindView):
    """A customer's records: new, already recorded (skipped) or an error."""

    def summary(self, plan: Plan) -> str:
        c = plan.counts
        return fill(
            QCoreApplication.translate(
                "ImportWizard", "%1 to add · %2 already recorded · %3 with errors"
            ),
            f"{c['new']:,}",
            f"{c['duplicate']:,}",
            f"{c['error']:,}",
        )

    def outcomes(self, plan: Plan, count: int) -> list[str]:
        return [self.outcome(row) for row in plan.rows[:count]]

    @staticmethod
    def outcome(row: RowPlan) -> str:
        if row.action == ERROR:
            return problems_text(row)
        if row.action == DUPLICATE:
            if row.duplicate_of is not None:
                return fill(
                    QCoreApplication.translate("ImportWizard", "Same as row %1"),
                    str(row.duplicate_of),
                )
            return QCoreApplication.translate("ImportWizard", "Already recorded")
        customer = row.values.get("customer")
        return fill(QCoreApplication.translate("ImportWizard", "New · customer #%1"), str(customer))

    def value(self, plan: Plan, index: int, row: RowPlan, target: str) -> str:
        return record_value(target, plan.values(index).get(target))

    def left_out(self, row: RowPlan) -> str:
        return self.outcome(row)

    def result_text(self, result) -> str:
        return fill(
            QCoreApplication.translate(
                "ImportWizard", "%1 added, %2 already recorded (skipped), %3 rows with errors."
            ),
            f"{result.created:,}",
            f"{result.skipped:,}",
            f"{result.errors:,}",
        )

    def undo_text(self, report: UndoReport) -> str:
        text = fill(
            QCoreApplication.translate("ImportWizard", "Import undone: %1 records removed."),
            f"{report.records_removed:,}",
        )
        changed = len(report.kept) - len(report.customers_kept())
        if changed:
            text += " " + fill(
                QCoreApplication.translate(
                    "ImportWizard", "%1 handled since the import were kept."
                ),
                f"{changed:,}",
            )
        return text


class FollowupsView(RecordsView):
    def window_title(self) -> str:
        return QCoreApplication.translate("ImportWizard", "Import follow-ups")

    def value(self, plan: Plan, index: int, row: RowPlan, target: str) -> str:
        value = plan.values(index).get(target)
        if target == "status" and value is not None:
            return status_label(value)
        return record_value(target, value)

    def history_name(self) -> str:
        return QCoreApplication.translate("ImportHistory", "Follow-ups")

    def undo_question(self) -> str:
        return QCoreApplication.translate(
            "ImportHistory",
            "Undo the import of %1? The follow-ups it added are removed; those completed "
            "or cancelled since are kept.",
        )


class InteractionsView(RecordsView):
    def window_title(self) -> str:
        return QCoreApplication.translate("ImportWizard", "Import contact history")

    def history_name(self) -> str:
        return QCoreApplication.translate("ImportHistory", "Contacts")

    def undo_question(self) -> str:
        return QCoreApplication.translate(
            "ImportHistory", "Undo the import of %1? The contacts it added are removed."
        )


class ComplaintsView(RecordsView):
    numeric_fields = frozenset({"satisfaction"})

    def window_title(self) -> str:
        return QCoreApplication.translate("ImportWizard", "Import complaints")

    def value(self, plan: Plan, index: int, row: RowPlan, target: str) -> str:
        value = plan.values(index).get(target)
        if value is None:
            return ""
        words = {
            "status": complaint_labels.status_label,
            "severity": complaint_labels.severity_label,
            "channel": complaint_labels.channel_label,
            "category": complaint_labels.category_label,
        }
        if target in words:
            return words[target](value)
        return record_value(target, value)

    def history_name(self) -> str:
        return QCoreApplication.translate("ImportHistory", "Complaints")

    def undo_question(self) -> str:
        return QCoreApplication.translate(
            "ImportHistory",
            "Undo the import of %1? The complaints it added are removed with their "
            "history; those handled since are kept.",
        )
