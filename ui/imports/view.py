"""What the wizard needs to know of a kind of import beyond the engine's ImportKind: its
words for the user (translated), its choices on the preview page, how a planned row and
its cells read, the counts after an import and after its undo. One subclass of KindView
per kind (customers.py, purchases.py), found by the kind's name (kinds.py). Also the
pages' shared bits: colours and a raw cell's text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from models.excel import import_engine
from models.excel.import_mapping import IGNORE
from models.excel.import_records import ImportRun, UndoReport
from models.excel.import_types import ERROR_MODES, ImportKind, Plan, RowPlan
from ui import formatting
from ui.messages import column_warning_text, field_label, problem_text
from ui.text import fill


def cell_text(value) -> str:
    """A raw cell as the file shows it."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@dataclass(frozen=True)
class Choice:
    """An option of the kind on the preview page: a box of radio buttons (one value) or
    of check boxes (`several`: a tuple of the ticked values) for an Options field. The
    page keeps the buttons as page.<attr> {value: button} and the box as page.<box>."""

    field: str  # the Options field it sets
    attr: str
    box: str
    prefix: str  # the buttons' object names: "<prefix>_<value>"
    values: tuple[str, ...]
    default: tuple[str, ...]  # the values checked at first
    texts: Callable[[], tuple[str, dict[str, str]]]  # the box's title, a label per value
    several: bool = False


def _error_texts() -> tuple[str, dict[str, str]]:
    return QCoreApplication.translate("ImportWizard", "Rows with errors"), {
        "skip": QCoreApplication.translate("ImportWizard", "Skip them and list them"),
        "stop": QCoreApplication.translate("ImportWizard", "Stop: import nothing"),
    }


# Every kind's last choice: what rows with errors do (Options.on_error).
ON_ERROR = Choice("on_error", "errors", "error_box", "errors", ERROR_MODES, ("skip",),
                  _error_texts)  # fmt: skip


class KindView:
    """The defaults; a kind's view says what differs."""

    choices: tuple[Choice, ...] = (ON_ERROR,)

    def __init__(self, kind: ImportKind):
        self.kind = kind
        self.fixed: dict = {}  # Options the wizard was opened with (a community import's)

    def option_values(self, chosen: dict) -> dict:
        """The Options fields of the choices made on the preview page (and `fixed`)."""
        return {**chosen, **self.fixed}

    def row_activated(self, parent, plan: Plan, row: RowPlan) -> bool:
        """A preview row double-clicked: a kind may ask something of it (a review);
        True when the plan must be made again."""
        return False

    def run(self, plan: Plan, progress, cancel):
        """Write the plan: the engine's run, unless the kind's module adds to it."""
        return import_engine.run(plan, progress, cancel)

    def window_title(self) -> str:
        raise NotImplementedError

    def targets(self) -> list[tuple[str, str]]:
        """(target, label) of every target a column may go to, "" (none) first."""
        targets = [t for t in self.kind.targets() if t]
        none = QCoreApplication.translate("ImportWizard", "— Don't import —")
        return [(IGNORE, none), *zip(targets, self.titles(targets), strict=True)]

    def titles(self, targets: list[str]) -> list[str]:
        """The targets' names, as the mapping's choices and the preview's columns say."""
        return [field_label(t) for t in targets]

    def mapping_warning(self, mapping: list[str]) -> str:
        """A note on a mapping the engine accepts ("" for none)."""
        return ""

    def summary(self, plan: Plan) -> str:
        """The whole file's counts, one line."""
        raise NotImplementedError

    def outcomes(self, plan: Plan, count: int) -> list[str]:
        """What the import does with each of the first `count` rows."""
        raise NotImplementedError

    def value(self, plan: Plan, index: int, row: RowPlan, target: str) -> str:
        """A row's clean value of a target, as the user reads it."""
        raise NotImplementedError

    def left_out(self, row: RowPlan) -> str:
        """Why a row without errors is not imported (the report's reason)."""
        raise NotImplementedError

    def result_text(self, result) -> str:
        """The counts after the import, a sentence."""
        raise NotImplementedError

    def undo_text(self, report: UndoReport) -> str:
        """What an undo did, a sentence."""
        raise NotImplementedError

    # The history dialog's words for a run of this kind.

    def history_name(self) -> str:
        raise NotImplementedError

    # Fields whose values are numbers or money: right-aligned in the preview.
    numeric_fields: frozenset[str] = frozenset()

    def history_counts(self, run: ImportRun) -> tuple[str, str]:
        """The Created and Updated cells."""
        return formatting.number(run.created), formatting.number(run.updated)

    def undo_question(self) -> str:
        """Asked before an undo; %1 is the file's name."""
        raise NotImplementedError


def problems_text(row: RowPlan) -> str:
    return "; ".join(problem_text(p) for p in row.problems)


def warnings_text(plan: Plan) -> str:
    """A line per column whose values were kept in the notes (or cut)."""
    return "".join("\n⚠ " + column_warning_text(w) for w in plan.column_warnings())


def kept_customers_text(report: UndoReport) -> str:
    """The created customers an undo kept because they were given records since ("" if
    none): how many, and the first few ids."""
    kept = report.customers_kept()
    if not kept:
        return ""
    ids = "、".join(f"#{k['customer']}" for k in kept[:5]) + ("…" if len(kept) > 5 else "")
    return " " + fill(
        QCoreApplication.translate(
            "ImportWizard",
            "%1 customers it created were kept, as they were given follow-ups, contacts, "
            "purchases, complaints or tags since the import (%2).",
        ),
        f"{len(kept):,}",
        ids,
    )
