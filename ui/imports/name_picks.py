"""The preview's review of ambiguous names (models/excel/name_picks.py), shared by the
kinds that match customers by name (community members, event sign-ups, members):
double-click an ambiguous row to say which of its customers it is, or to skip it; the
picks go into the kind's options (`picks`) and the plan is made again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from models.excel import name_picks
from models.excel.import_types import Plan, RowPlan
from models.values.contact_fields import mask_mobile
from ui.text import fill


class NamePicking:
    """A KindView mixin: `self.picks` ({line: customer, None: skip}) and the review."""

    def __init__(self, kind):
        super().__init__(kind)
        self.picks: dict[int, int | None] = {}

    def row_activated(self, parent, plan: Plan, row: RowPlan) -> bool:
        """An ambiguous name double-clicked: which of its customers it is, or skip it."""
        problem = name_picks.ambiguity(row)
        if problem is None:
            return False
        found = name_picks.candidates(problem.params["candidates"])
        items = [fill(QCoreApplication.translate("ImportWizard", "#%1 %2 · %3"), str(c["id"]),
                      c["name"], " · ".join(x for x in (c["number"], mask_mobile(c["mobile"]),
                                                      c["wechat"], c["city"]) if x) or "—")
                 for c in found]  # fmt: skip
        skip = QCoreApplication.translate("ImportWizard", "None of them: skip the row")
        text, ok = QInputDialog.getItem(
            parent,
            QCoreApplication.translate("ImportWizard", "Which customer is it?"),
            fill(QCoreApplication.translate("ImportWizard", "Row %1: “%2” is the name of "
                                            "several customers."), str(row.line),
                 problem.params["name"]),
            [*items, skip], 0, False,
        )  # fmt: skip
        if not ok:
            return False
        self.picks[row.line] = None if text == skip else found[items.index(text)]["id"]
        return True
