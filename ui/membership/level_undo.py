"""Undoable level definitions (the window's Ctrl+Z / Ctrl+Y): a level added, edited or
archived in the Levels dialog. The change is made first (models.membership.levels
writes its audit entry); undo and redo call levels again with an "undo"/"redo" entry
in the same transaction. A level is never deleted: the undo of an added level archives
it. A step the data has moved past (archiving a level members now hold) is refused,
said through `refused`, and dropped from the stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from models.errors import GuanjiaError
from models.membership import levels
from models.storage import audit
from ui.undo import Command


class LevelCommand(Command):
    def __init__(self, text: str, level_id: int, after_change,
                 refused: Callable[[Exception], None] | None = None):  # fmt: skip
        super().__init__(text, after_change)
        self.level_id = level_id
        self._refused = refused

    def ids(self):
        return []

    def _entry(self, action: str):
        return audit.recorded(action, "level", self.level_id, detail=self.text())

    def redo(self):
        self._guarded(super().redo)

    def undo(self):
        self._guarded(super().undo)

    def _guarded(self, step) -> None:
        try:
            step()
        except GuanjiaError as exc:
            self.setObsolete(True)
            if self._refused is not None:
                self._refused(exc)


class AddLevel(LevelCommand):
    def __init__(self, level_id: int, after_change, refused=None):
        super().__init__(QCoreApplication.translate("Undo", "Add level"), level_id,
                         after_change, refused)  # fmt: skip

    def apply(self):
        levels.archive(self.level_id, archived=False)

    def revert(self):
        levels.archive(self.level_id, archived=True)


class EditLevel(LevelCommand):
    def __init__(self, level_id: int, before: dict, after_change, refused=None):
        super().__init__(QCoreApplication.translate("Undo", "Edit level"), level_id,
                         after_change, refused)  # fmt: skip
        self._before = before
        level = levels.get(level_id)
        self._after = {key: getattr(level, key) for key in levels.FIELDS}

    def apply(self):
        levels.edit(self.level_id, self._after)

    def revert(self):
        levels.edit(self.level_id, self._before)


class ArchiveLevel(LevelCommand):
    def __init__(self, level_id: int, archived: bool, after_change, refused=None):
        text = (QCoreApplication.translate("Undo", "Archive level") if archived
                else QCoreApplication.translate("Undo", "Restore level"))  # fmt: skip
        super().__init__(text, level_id, after_change, refused)
        self._archived = archived

    def apply(self):
        levels.archive(self.level_id, archived=self._archived)

    def revert(self):
        levels.archive(self.level_id, archived=not self._archived)
