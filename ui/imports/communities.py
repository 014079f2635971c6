"""The community imports in the wizard (models/excel/community_member_import.py and
community_day_import.py): a group's member list or its daily statistics, into the one
community the wizard was opened for (KindView.fixed). Also the question that picks it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from models.excel import community_day_import as days
from models.excel import community_member_import as members
from models.excel.import_records import UndoReport
from models.excel.import_types import DUPLICATE, ERROR, Plan, RowPlan
from ui import formatting
from ui.imports.name_picks import NamePicking
from ui.imports.view import ON_ERROR, Choice, KindView, kept_customers_text, problems_text
from ui.text import fill


def choose_community(parent) -> int | None:
    """Ask which community an import goes into (the communities not archived)."""
    found = members.communities_to_import_into()
    title = QCoreApplication.translate("ImportWizard", "Import into a community")
    if not found:
        QMessageBox.information(parent, title, QCoreApplication.translate(
            "ImportWizard", "There is no community yet: add one first."))  # fmt: skip
        return None
    names = [f"{name} (#{cid})" for cid, name in found]
    name, ok = QInputDialog.getItem(
        parent, title, QCoreApplication.translate("ImportWizard", "Community:"), names, 0, False
    )
    if not ok:
        return None
    return found[names.index(name)][0]


def _unmatched_texts() -> tuple[str, dict[str, str]]:
    return QCoreApplication.translate("ImportWizard", "A member matching no customer"), {
        "skip": QCoreApplication.translate("ImportWizard", "Skip the member and count them"),
        "create": QCoreApplication.translate(
            "ImportWizard", "Create the customer (source: community)"
        ),
    }


def _conflict_texts() -> tuple[str, dict[str, str]]:
    return QCoreApplication.translate("ImportWizard", "A day recorded with other figures"), {
        "keep": QCoreApplication.translate(
            "ImportWizard", "Keep the figures recorded (a conflict)"
        ),
        "replace": QCoreApplication.translate("ImportWizard", "Take the file's figures"),
    }


def _overflow_texts() -> tuple[str, dict[str, str]]:
    return QCoreApplication.translate("ImportWizard", "Members past the capacity"), {
        "refuse": QCoreApplication.translate("ImportWizard", "Refuse the import"),
        "next_group": QCoreApplication.translate("ImportWizard", "Put them in the next group"),
        "allow": QCoreApplication.translate("ImportWizard", "Allow them past the capacity"),
    }


UNMATCHED = Choice("unmatched", "unmatched", "unmatched_box", "unmatched", ("skip", "create"),
                   ("skip",), _unmatched_texts)  # fmt: skip
OVERFLOW = Choice("overflow", "overflow", "overflow_box", "overflow",
                  ("refuse", "next_group", "allow"), ("refuse",), _overflow_texts)  # fmt: skip
CONFLICT = Choice("conflict", "conflict", "conflict_box", "conflict", ("keep", "replace"),
                  ("keep",), _conflict_texts)  # fmt: skip


def _skip_text(row: RowPlan) -> str:
    skip = row.values.get("skip")
    if skip == "already":
        return QCoreApplication.translate("ImportWizard", "Already a member")
    if skip == "staff":
        return QCoreApplication.translate("ImportWizard", "Staff (企业成员): not a customer")
    if skip == "unmatched":
        return QCoreApplication.translate("ImportWizard", "No customer matches: skipped")
    return fill(QCoreApplication.translate("ImportWizard", "Same as row %1"), str(row.duplicate_of))


class CommunityMembersView(NamePicking, KindView):
    choices = (UNMATCHED, OVERFLOW, ON_ERROR)

    def option_values(self, chosen: dict) -> dict:
        chosen = dict(chosen)
        create = chosen.pop("unmatched", "skip") == "create"
        return {**chosen, **self.fixed, "create_customers": create, "picks": dict(self.picks)}

    def run(self, plan: Plan, progress, cancel):
        return members.run(plan, progress, cancel)

    def window_title(self) -> str:
        return QCoreApplication.translate("ImportWizard", "Import community members")

    def summary(self, plan: Plan) -> str:
        r = members.outcome(plan)
        return fill(
            QCoreApplication.translate(
                "ImportWizard",
                "%1 to join (%2 new customers) · %3 already members · %4 staff · "
                "%5 matching no customer · %6 with errors (%7 ambiguous names)",
            ),
            f"{r.joined:,}", f"{r.created:,}", f"{r.already:,}", f"{r.staff:,}",
            f"{r.unmatched:,}", f"{r.errors:,}", f"{r.ambiguous:,}",
        ) + self._overflow_text(plan, r)  # fmt: skip

    @staticmethod
    def _overflow_text(plan: Plan, r) -> str:
        """How many will not fit, and what the choice made does with them."""
        if not r.overflow:
            return ""
        text = fill(QCoreApplication.translate(
            "ImportWizard", "%1 will not fit: the community holds %2 and has %3 members."),
            f"{r.overflow:,}", f"{r.capacity:,}", f"{r.members_before:,}")  # fmt: skip
        then = {
            "refuse": QCoreApplication.translate(
                "ImportWizard", "As chosen, the import will be refused."),
            "next_group": QCoreApplication.translate(
                "ImportWizard", "As chosen, they will join the next group (a new “2群”)."),
            "allow": QCoreApplication.translate(
                "ImportWizard", "As chosen, the community will go past its capacity."),
        }[plan.options.overflow]  # fmt: skip
        return f"\n{text} {then}"

    def outcomes(self, plan: Plan, count: int) -> list[str]:
        return [self.outcome(row) for row in plan.rows[:count]]

    @staticmethod
    def outcome(row: RowPlan) -> str:
        if row.action == ERROR:
            return problems_text(row)
        if row.action == DUPLICATE:
            return _skip_text(row)
        if row.values.get("create"):
            return QCoreApplication.translate("ImportWizard", "Joins · new customer")
        return fill(
            QCoreApplication.translate("ImportWizard", "Joins · customer #%1"),
            str(row.values.get("customer")),
        )

    def value(self, plan: Plan, index: int, row: RowPlan, target: str) -> str:
        value = plan.values(index).get(target)
        if value is None:
            return ""
        if target == "joined":
            return formatting.date_text(value)
        if target == "member_type":
            return {"staff": QCoreApplication.translate("ImportWizard", "Staff"),
                    "customer": QCoreApplication.translate("ImportWizard", "Customer")}[value]  # fmt: skip
        return str(value)

    def left_out(self, row: RowPlan) -> str:
        return _skip_text(row)

    def result_text(self, result) -> str:
        return fill(
            QCoreApplication.translate(
                "ImportWizard",
                "%1 joined the community (%2 customers created), %3 already members, "
                "%4 skipped, %5 rows with errors.",
            ),
            f"{result.joined:,}", f"{result.created:,}", f"{result.already:,}",
            f"{result.skipped:,}", f"{result.errors:,}",
        ) + (fill(QCoreApplication.translate(
            "ImportWizard", " %1 of them joined the next group (%2 groups started)."),
            f"{result.overflow:,}", f"{len(result.next_groups):,}")
            if result.next_groups else "")  # fmt: skip

    def undo_text(self, report: UndoReport) -> str:
        return fill(
            QCoreApplication.translate(
                "ImportWizard", "Import undone: %1 memberships and %2 customers removed."
            ),
            f"{report.records_removed:,}",
            f"{report.removed:,}",
        ) + kept_customers_text(report)

    def history_name(self) -> str:
        return QCoreApplication.translate("ImportHistory", "Community members")

    def undo_question(self) -> str:
        return QCoreApplication.translate(
            "ImportHistory",
            "Undo the import of %1? The memberships it added and the customers it created "
            "are removed; members who left since are kept.",
        )


class CommunityDaysView(KindView):
    choices = (CONFLICT, ON_ERROR)
    numeric_fields = frozenset(days.FIGURES)

    def option_values(self, chosen: dict) -> dict:
        chosen = dict(chosen)
        replace = chosen.pop("conflict", "keep") == "replace"
        return {**chosen, **self.fixed, "replace": replace}

    def run(self, plan: Plan, progress, cancel):
        return days.run(plan, progress, cancel)

    def window_title(self) -> str:
        return QCoreApplication.translate("ImportWizard", "Import group statistics")

    def summary(self, plan: Plan) -> str:
        r = days.outcome(plan)
        return fill(
            QCoreApplication.translate(
                "ImportWizard",
                "%1 days to add · %2 to replace · %3 already there · %4 in conflict · "
                "%5 with errors",
            ),
            f"{r.added:,}", f"{r.replaced:,}", f"{r.already:,}", f"{r.conflicts:,}",
            f"{r.errors - r.conflicts:,}",
        )  # fmt: skip

    def outcomes(self, plan: Plan, count: int) -> list[str]:
        return [self.outcome(row) for row in plan.rows[:count]]

    @staticmethod
    def outcome(row: RowPlan) -> str:
        if row.action == ERROR:
            return problems_text(row)
        if row.action == DUPLICATE:
            return QCoreApplication.translate("ImportWizard", "Already there")
        if row.action == "update":
            return QCoreApplication.translate("ImportWizard", "Replaces the figures recorded")
        return QCoreApplication.translate("ImportWizard", "New day")

    def value(self, plan: Plan, index: int, row: RowPlan, target: str) -> str:
        value = plan.values(index).get(target)
        if value is None:
            return ""
        if target == "day":
            return formatting.date_text(value)
        return formatting.number(value)

    def left_out(self, row: RowPlan) -> str:
        return self.outcome(row)

    def result_text(self, result) -> str:
        text = fill(
            QCoreApplication.translate(
                "ImportWizard",
                "%1 days added, %2 replaced, %3 already there, %4 in conflict (kept), "
                "%5 rows with errors.",
            ),
            f"{result.added:,}", f"{result.replaced:,}", f"{result.already:,}",
            f"{result.conflicts:,}", f"{result.errors:,}",
        )  # fmt: skip
        if result.already_days:
            shown = "、".join(result.already_days[:5]) + (
                "…" if len(result.already_days) > 5 else ""
            )
            text += " " + fill(
                QCoreApplication.translate("ImportWizard", "Already there: %1."), shown
            )
        return text

    def undo_text(self, report: UndoReport) -> str:
        return fill(
            QCoreApplication.translate(
                "ImportWizard", "Import undone: %1 days removed, %2 put back as they were."
            ),
            f"{report.records_removed:,}",
            f"{report.restored:,}",
        )

    def history_name(self) -> str:
        return QCoreApplication.translate("ImportHistory", "Group statistics")

    def undo_question(self) -> str:
        return QCoreApplication.translate(
            "ImportHistory",
            "Undo the import of %1? The days it added are removed and the figures it "
            "replaced put back.",
        )
