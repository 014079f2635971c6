"""The sign-up list import in the wizard (models/excel/event_signup_import.py): a 报名表
(问卷星, 金数据, 腾讯问卷 or a sheet) into the one event the wizard was opened for
(KindView.fixed, from the Events page). Ambiguous names are reviewed as the community
member import does (double-click the row)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.excel import event_signup_import as signups
from models.excel.import_records import UndoReport
from models.excel.import_types import DUPLICATE, ERROR, Plan, RowPlan
from ui import formatting
from ui.imports.communities import CommunityMembersView
from ui.imports.view import ON_ERROR, Choice, kept_customers_text, problems_text
from ui.text import fill


def _unmatched_texts() -> tuple[str, dict[str, str]]:
    return QCoreApplication.translate("ImportWizard", "A sign-up matching no customer"), {
        "skip": QCoreApplication.translate("ImportWizard", "Skip the sign-up and count it"),
        "create": QCoreApplication.translate("ImportWizard", "Create the customer (source: event)"),
    }


UNMATCHED = Choice("unmatched", "unmatched", "unmatched_box", "unmatched", ("skip", "create"),
                   ("skip",), _unmatched_texts)  # fmt: skip


def _skip_text(row: RowPlan) -> str:
    skip = row.values.get("skip")
    if skip == "already":
        return QCoreApplication.translate("ImportWizard", "Already signed up")
    if skip == "cancelled":
        return QCoreApplication.translate(
            "ImportWizard", "Cancelled a sign-up earlier: sign them up by hand"
        )
    if skip == "unmatched":
        return QCoreApplication.translate("ImportWizard", "No customer matches: skipped")
    return fill(QCoreApplication.translate("ImportWizard", "Same as row %1"), str(row.duplicate_of))


class EventSignupsView(CommunityMembersView):
    """The member import's review of ambiguous names and its choice of creating
    customers, with the words of sign-ups."""

    choices = (UNMATCHED, ON_ERROR)

    def run(self, plan: Plan, progress, cancel):
        return signups.run(plan, progress, cancel)

    def window_title(self) -> str:
        return QCoreApplication.translate("ImportWizard", "Import sign-ups")

    def titles(self, targets: list[str]) -> list[str]:
        names = {
            "name": QCoreApplication.translate("ImportWizard", "Name"),
            "mobile": QCoreApplication.translate("ImportWizard", "Mobile"),
            "signed_at": QCoreApplication.translate("ImportWizard", "Signed up at"),
        }
        return [names[t] for t in targets]

    def summary(self, plan: Plan) -> str:
        r = signups.outcome(plan)
        return fill(
            QCoreApplication.translate(
                "ImportWizard",
                "%1 to sign up · %2 to the waiting list (%3 new customers) · %4 signed up "
                "already · %5 matching no customer · %6 with errors (%7 ambiguous names)",
            ),
            f"{r.signed_up:,}", f"{r.waiting:,}", f"{r.created:,}", f"{r.already:,}",
            f"{r.unmatched:,}", f"{r.errors:,}", f"{r.ambiguous:,}",
        )  # fmt: skip

    @staticmethod
    def outcome(row: RowPlan) -> str:
        if row.action == ERROR:
            return problems_text(row)
        if row.action == DUPLICATE:
            return _skip_text(row)
        if row.values.get("create"):
            return QCoreApplication.translate("ImportWizard", "Signs up · new customer")
        return fill(
            QCoreApplication.translate("ImportWizard", "Signs up · customer #%1"),
            str(row.values.get("customer")),
        )

    def value(self, plan: Plan, index: int, row: RowPlan, target: str) -> str:
        value = plan.values(index).get(target)
        if value is None:
            return ""
        if target == "signed_at":
            return formatting.datetime_text(value)
        return str(value)

    def left_out(self, row: RowPlan) -> str:
        return _skip_text(row)

    def result_text(self, result) -> str:
        text = fill(
            QCoreApplication.translate(
                "ImportWizard",
                "%1 signed up (%2 customers created), %3 signed up already, %4 skipped, "
                "%5 rows with errors.",
            ),
            f"{result.signed_up:,}", f"{result.created:,}", f"{result.already:,}",
            f"{result.skipped:,}", f"{result.errors:,}",
        )  # fmt: skip
        if result.waiting:
            text += " " + fill(
                QCoreApplication.translate(
                    "ImportWizard", "The event is full: %1 went on the waiting list."
                ),
                f"{result.waiting:,}",
            )
        return text

    def undo_text(self, report: UndoReport) -> str:
        return fill(
            QCoreApplication.translate(
                "ImportWizard", "Import undone: %1 sign-ups and %2 customers removed."
            ),
            f"{report.records_removed:,}",
            f"{report.removed:,}",
        ) + kept_customers_text(report)

    def history_name(self) -> str:
        return QCoreApplication.translate("ImportHistory", "Event sign-ups")

    def undo_question(self) -> str:
        return QCoreApplication.translate(
            "ImportHistory",
            "Undo the import of %1? The sign-ups it added and the customers it created are "
            "removed; those checked in since are kept.",
        )
