"""The members kind in the wizard (models/excel/member_import.py): another program's
member base, each row a card with its opening balances (期初); what a row matching no
customer becomes, the review of names several customers share (double-click), and the
kind's words for its columns, rows and counts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.excel import member_import
from models.excel.import_records import UndoReport
from models.excel.import_types import DUPLICATE, ERROR, Plan, RowPlan
from ui import formatting
from ui.imports.name_picks import NamePicking
from ui.imports.view import ON_ERROR, Choice, KindView, kept_customers_text, problems_text
from ui.text import fill


def _unmatched_texts() -> tuple[str, dict[str, str]]:
    return QCoreApplication.translate("ImportWizard", "A member matching no customer"), {
        "error": QCoreApplication.translate("ImportWizard", "List the row as an error"),
        "create": QCoreApplication.translate("ImportWizard",
                                             "Create the customer (source: imported)"),
    }  # fmt: skip


UNMATCHED = Choice("unmatched", "unmatched", "unmatched_box", "unmatched", ("error", "create"),
                   ("create",), _unmatched_texts)  # fmt: skip
MONEY = ("principal", "bonus")


def target_titles() -> dict[str, str]:
    return {
        "card_no": QCoreApplication.translate("ImportWizard", "Card number"),
        "name": QCoreApplication.translate("ImportWizard", "Name"),
        "mobile": QCoreApplication.translate("ImportWizard", "Mobile"),
        "level": QCoreApplication.translate("ImportWizard", "Member level"),
        "points": QCoreApplication.translate("ImportWizard", "Points"),
        "principal": QCoreApplication.translate("ImportWizard", "Stored value (principal)"),
        "bonus": QCoreApplication.translate("ImportWizard", "Bonus balance"),
        "service": QCoreApplication.translate("ImportWizard", "Count card (service)"),
        "visits": QCoreApplication.translate("ImportWizard", "Visits left"),
        "joined_on": QCoreApplication.translate("ImportWizard", "Card opened"),
        "expires_on": QCoreApplication.translate("ImportWizard", "Card expires"),
    }


def _more(levels_kept: int, ambiguous: int) -> str:
    """The levels kept (locked by hand) and the names to pick, when there are any."""
    text = ""
    if levels_kept:
        text += " · " + fill(QCoreApplication.translate(
            "ImportWizard", "%1 levels kept: locked"), f"{levels_kept:,}")  # fmt: skip
    if ambiguous:
        text += " · " + fill(QCoreApplication.translate(
            "ImportWizard", "%1 names of several customers: double-click to pick"),
            f"{ambiguous:,}")  # fmt: skip
    return text


class MembersView(NamePicking, KindView):
    """Ambiguous names are reviewed as the community and sign-up imports do (double-click
    the row); a level locked by hand is kept and said."""

    choices = (UNMATCHED, ON_ERROR)
    numeric_fields = frozenset({"points", "principal", "bonus", "visits"})

    def option_values(self, chosen: dict) -> dict:
        chosen = dict(chosen)
        create = chosen.pop("unmatched", "create") == "create"
        return {**chosen, **self.fixed, "create_customers": create, "picks": dict(self.picks)}

    def window_title(self) -> str:
        return QCoreApplication.translate("ImportWizard", "Import members")

    def titles(self, targets: list[str]) -> list[str]:
        known = target_titles()
        return [known.get(t, t) for t in targets]

    def summary(self, plan: Plan) -> str:
        r = member_import.outcome(plan)
        return fill(
            QCoreApplication.translate(
                "ImportWizard",
                "%1 cards to open (%2 new customers) · %3 skipped · %4 with errors · opening "
                "points %5, stored value %6 + bonus %7, %8 visits",
            ),
            f"{r.created:,}", f"{r.customers_created:,}", f"{r.skipped:,}", f"{r.errors:,}",
            f"{r.opening_points:,}", formatting.money(r.opening_principal_fen),
            formatting.money(r.opening_bonus_fen), f"{r.opening_visits:,}",
        ) + _more(r.levels_kept, r.ambiguous)  # fmt: skip

    def outcomes(self, plan: Plan, count: int) -> list[str]:
        return [self.outcome(row) for row in plan.rows[:count]]

    def outcome(self, row: RowPlan) -> str:
        if row.action == ERROR:
            return problems_text(row)
        if row.action == DUPLICATE:
            return self.left_out(row)
        if row.values.get("create"):
            return QCoreApplication.translate("ImportWizard", "New card · new customer")
        if row.values.get("level_kept"):
            return fill(QCoreApplication.translate(
                "ImportWizard", "New card · customer #%1 · level kept: locked"),
                str(row.values.get("customer")))  # fmt: skip
        return fill(QCoreApplication.translate("ImportWizard", "New card · customer #%1"),
                    str(row.values.get("customer")))  # fmt: skip

    def value(self, plan: Plan, index: int, row: RowPlan, target: str) -> str:
        value = plan.values(index).get(target)
        if value is None:
            return ""
        if target in MONEY:
            return formatting.money(value)
        if target in ("joined_on", "expires_on"):
            return formatting.date_text(value)
        if target == "level":
            names = {i: n for n, i in member_import.levels_by_name().items()}
            return names.get(value, str(value))
        return str(value)

    def left_out(self, row: RowPlan) -> str:
        if row.values.get("skip") == "enrolled":
            return fill(QCoreApplication.translate("ImportWizard", "Card %1 is enrolled already"),
                        str(row.values.get("card_no")))  # fmt: skip
        if row.values.get("skip") == "unpicked":
            return QCoreApplication.translate("ImportWizard", "None of the customers: skipped")
        return fill(QCoreApplication.translate("ImportWizard", "Same card as row %1"),
                    str(row.duplicate_of))  # fmt: skip

    def result_text(self, result) -> str:
        return fill(
            QCoreApplication.translate(
                "ImportWizard",
                "%1 member cards opened (%2 customers created), %3 skipped, %4 rows with "
                "errors. Opening balances (期初): %5 points, stored value %6 + bonus %7, %8 "
                "visits.",
            ),
            f"{result.created:,}", f"{result.customers_created:,}", f"{result.skipped:,}",
            f"{result.errors:,}", f"{result.opening_points:,}",
            formatting.money(result.opening_principal_fen),
            formatting.money(result.opening_bonus_fen), f"{result.opening_visits:,}",
        ) + _more(result.levels_kept, 0)  # fmt: skip

    def undo_text(self, report: UndoReport) -> str:
        m = report.membership or {}
        text = fill(
            QCoreApplication.translate(
                "ImportWizard",
                "Import undone: openings reversed by ledger entries (%1 points, stored value "
                "%2, %3 visits), %4 cards stopped, %5 levels put back, %6 customers removed.",
            ),
            f"{m.get('points', 0):,}",
            formatting.money(m.get("principal_fen", 0) + m.get("bonus_fen", 0)),
            f"{m.get('visits', 0):,}", f"{m.get('cards_disabled', 0):,}",
            f"{m.get('levels_restored', 0):,}", f"{report.removed:,}",
        )  # fmt: skip
        if m.get("short"):
            text += " " + fill(QCoreApplication.translate(
                "ImportWizard", "%1 members had spent part of their opening since: what was "
                "spent stays spent."), f"{len(m['short']):,}")  # fmt: skip
        return text + kept_customers_text(report)

    def history_name(self) -> str:
        return QCoreApplication.translate("ImportHistory", "Members")

    def undo_question(self) -> str:
        return QCoreApplication.translate(
            "ImportHistory",
            "Undo the import of %1? Its opening balances are reversed by ledger entries, its "
            "cards stopped, the levels it set put back and the customers it created removed.",
        )
