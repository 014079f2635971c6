"""The undo step of a stay-in-touch rule added, changed or removed (stay_in_touch writes
the rule back with its undo/redo entry in one transaction). The rules dialog pushes it on
the window's stack, found through its parent: the pages that open it keep no stack."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.followups import stay_in_touch
from ui.undo import Command


class RuleChange(Command):
    def __init__(self, rule_id: int, before: dict | None, after_change):
        super().__init__(QCoreApplication.translate("Undo", "Change stay-in-touch rule"),
                         after_change)  # fmt: skip
        self._id = rule_id
        self._before = before
        self._after = stay_in_touch.rule_image(rule_id)

    def empty(self) -> bool:
        return self._before == self._after

    def ids(self):
        return []

    def _recorded(self, action: str, change) -> None:
        change(action)  # the entry is written with the rule

    def apply(self, action: str = "redo"):
        stay_in_touch.write_rule(self._id, self._after, action)

    def revert(self, action: str = "undo"):
        stay_in_touch.write_rule(self._id, self._before, action)


def window_undo(widget):
    """The main window's undo stack (None outside one) and what reads the data again."""
    window = widget.window() if widget is not None else None
    return getattr(window, "undo_stack", None), getattr(window, "refresh_all", lambda: None)
