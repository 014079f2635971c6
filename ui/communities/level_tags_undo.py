"""The undo steps of the live level tags (社群等级) turned on or off from the 社群 page:
turning on tags every member now (in a worker, models.communities.level_tags); undo takes
those tags back and turns the live tags off."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.communities import level_tags
from ui.undo import Command


class LevelTagsOn(Command):
    """`change` (what apply_as_tags did); `run(fn)` runs fn(progress, cancel) in a worker."""

    def __init__(self, change, after_change, run):
        super().__init__(QCoreApplication.translate("Undo", "Keep level tags"), after_change)
        self._change = change
        self._run = run

    def ids(self):
        return []

    def _recorded(self, action: str, change) -> None:
        change(action)  # level_tags writes its entries (settings, tag) with the change

    def apply(self, action: str = "redo"):
        self._change = self._run(lambda p, c: level_tags.apply_as_tags(p, c, action))

    def revert(self, action: str = "undo"):
        self._run(lambda _p, _c: level_tags.undo_apply(self._change, action))


class LevelTagsOff(Command):
    """The live tags turned off (the tags given stay); undo turns them on again, in step."""

    def __init__(self, after_change, run):
        super().__init__(QCoreApplication.translate("Undo", "Stop keeping level tags"),
                         after_change)  # fmt: skip
        self._run = run

    def ids(self):
        return []

    def _recorded(self, action: str, change) -> None:
        change(action)

    def apply(self, action: str = "redo"):
        level_tags.set_on(False, action)

    def revert(self, action: str = "undo"):
        self._run(lambda p, c: level_tags.apply_as_tags(p, c, action))
