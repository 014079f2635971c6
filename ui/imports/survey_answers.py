"""The survey answers import in the wizard and the import history
(models/excel/survey_answer_import.py): 问卷星 or 腾讯问卷 answers into one survey
(KindView.fixed); ambiguous names are reviewed as the community member import does
(double-click the row). The Surveys page's Import… opens it for the survey selected."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.excel import survey_answer_import as answers_import
from models.excel.import_records import UndoReport
from models.excel.import_types import DUPLICATE, ERROR, Plan, RowPlan
from ui import formatting
from ui.imports.communities import CommunityMembersView
from ui.imports.view import ON_ERROR, problems_text
from ui.text import fill


def _skip_text(row: RowPlan) -> str:
    if row.values.get("skip") == "already":
        return QCoreApplication.translate(
            "ImportWizard", "Imported before, or answered already at that time"
        )
    return fill(QCoreApplication.translate("ImportWizard", "Same as row %1"), str(row.duplicate_of))


class SurveyAnswersView(CommunityMembersView):
    choices = (ON_ERROR,)

    def option_values(self, chosen: dict) -> dict:
        """The survey the wizard was opened for, the names picked (no customers made)."""
        return {**chosen, **self.fixed, "picks": dict(self.picks)}

    def run(self, plan: Plan, progress, cancel):
        return answers_import.run(plan, progress, cancel)

    def window_title(self) -> str:
        return QCoreApplication.translate("ImportWizard", "Import survey answers")

    def titles(self, targets: list[str]) -> list[str]:
        names = {
            "seq": QCoreApplication.translate("ImportWizard", "No."),
            "answered_at": QCoreApplication.translate("ImportWizard", "Answered at"),
            "name": QCoreApplication.translate("ImportWizard", "Name"),
            "mobile": QCoreApplication.translate("ImportWizard", "Mobile"),
            "score": QCoreApplication.translate("ImportWizard", "Score"),
            "comment": QCoreApplication.translate("ImportWizard", "Comment"),
        }
        return [names[t] for t in targets]

    def summary(self, plan: Plan) -> str:
        r = answers_import.outcome(plan)
        return fill(
            QCoreApplication.translate(
                "ImportWizard",
                "%1 answers (%2 matched, %3 anonymous) · %4 skipped · %5 with errors "
                "(%6 ambiguous names)",
            ),
            f"{r.imported:,}", f"{r.matched:,}", f"{r.anonymous:,}", f"{r.skipped:,}",
            f"{r.errors:,}", f"{r.ambiguous:,}",
        )  # fmt: skip

    @staticmethod
    def outcome(row: RowPlan) -> str:
        if row.action == ERROR:
            return problems_text(row)
        if row.action == DUPLICATE:
            return _skip_text(row)
        customer = row.values.get("customer")
        if customer is None:
            return QCoreApplication.translate("ImportWizard", "Answer · anonymous")
        return fill(QCoreApplication.translate("ImportWizard", "Answer · customer #%1"),
                    str(customer))  # fmt: skip

    def value(self, plan: Plan, index: int, row: RowPlan, target: str) -> str:
        value = plan.values(index).get(target)
        if value is None:
            return ""
        if target == "answered_at":
            return formatting.datetime_text(value)
        return str(value)

    def left_out(self, row: RowPlan) -> str:
        return _skip_text(row)

    def result_text(self, result) -> str:
        return fill(
            QCoreApplication.translate(
                "ImportWizard",
                "%1 answers imported (%2 matched, %3 anonymous), %4 skipped, %5 rows with "
                "errors.",
            ),
            f"{result.imported:,}", f"{result.matched:,}", f"{result.anonymous:,}",
            f"{result.skipped:,}", f"{result.errors:,}",
        )  # fmt: skip

    def undo_text(self, report: UndoReport) -> str:
        return fill(
            QCoreApplication.translate(
                "ImportWizard", "Import undone: %1 answers removed, with their follow-ups."
            ),
            f"{report.records_removed:,}",
        )

    def history_name(self) -> str:
        return QCoreApplication.translate("ImportHistory", "Survey answers")

    def undo_question(self) -> str:
        return QCoreApplication.translate(
            "ImportHistory",
            "Undo the import of %1? The answers it added are removed, with the follow-ups "
            "and 推荐者 tags they gave.",
        )
