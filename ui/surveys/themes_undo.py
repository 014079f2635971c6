"""Undo steps of the survey themes: a theme pinned or unpinned (models/surveys/
theme_pins.py did it, audited). Undo and redo write the row back or remove it again,
with an "undo"/"redo" entry (record survey) in the same transaction. A step that can
no longer be replayed (a theme of that name pinned since, the survey gone) leaves the
stack and `refused(error)` says why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.errors import GuanjiaError
from models.storage import audit
from models.surveys import theme_pins
from ui.text import fill
from ui.undo import Command


class _ThemeStep(Command):
    def __init__(self, text: str, snap: dict, after_change, refused=None):
        super().__init__(text, after_change)
        self.snap = snap
        self._refused = refused

    def ids(self):
        return []

    def _entry(self, action: str):
        return audit.recorded(action, "survey", self.snap["survey_id"],
                              detail=f"theme {self.snap['name']}: {self.snap['terms']}")  # fmt: skip

    def redo(self):
        try:
            super().redo()
        except GuanjiaError as exc:
            self._refuse(exc)

    def undo(self):
        try:
            super().undo()
        except GuanjiaError as exc:
            self._refuse(exc)

    def _refuse(self, exc: GuanjiaError) -> None:
        self.setObsolete(True)
        if self._refused is not None:
            self._refused(exc)


class PinTheme(_ThemeStep):
    """A theme pinned: undo removes it, redo writes it back."""

    def __init__(self, snap: dict, after_change, refused=None):
        text = fill(QCoreApplication.translate("Undo", "Pin theme %1"), snap["name"])
        super().__init__(text, snap, after_change, refused)

    def apply(self):
        theme_pins.restore(self.snap)

    def revert(self):
        theme_pins.drop(self.snap["id"])


class UnpinTheme(_ThemeStep):
    """A theme unpinned: undo writes it back, redo removes it again."""

    def __init__(self, snap: dict, after_change, refused=None):
        text = fill(QCoreApplication.translate("Undo", "Remove theme %1"), snap["name"])
        super().__init__(text, snap, after_change, refused)

    def apply(self):
        theme_pins.drop(self.snap["id"])

    def revert(self):
        theme_pins.restore(self.snap)
