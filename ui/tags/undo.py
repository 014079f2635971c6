"""Undo steps for deleting and merging tags and deleting groups (Ctrl+Z / Ctrl+Y): undo
brings the tags back (ids, names, colours, groups, positions) on every customer who had
them, with the saved views and stay-in-touch rules the change rewrote; redo does it
again. models.tag_history keeps what changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.tags import tag_history
from ui.undo_rows import RowsCommand


def step_text(action: str) -> str:
    return {
        "delete_tag": QCoreApplication.translate("Undo", "Delete tag"),
        "merge_tags": QCoreApplication.translate("Undo", "Merge tags"),
        "delete_group": QCoreApplication.translate("Undo", "Delete tag group"),
    }[action]


class TagStep(RowsCommand):
    def __init__(self, action: str, changes, after_change, refused=None):
        super().__init__(step_text(action), "tag", changes, tag_history.write,
                         tag_history.describe, [], after_change, refused)  # fmt: skip


class TagRecorder:
    """Runs a tag delete or merge so that it becomes one step on `stack` (None: just runs
    it); `after_change(ids)` refreshes after undo and redo, `refused(error)` says why
    one could not be undone."""

    def __init__(self, stack, after_change, refused=None):
        self.stack = stack
        self._after_change = after_change
        self._refused = refused

    def __call__(self, action: str, work, tag_ids=(), group_ids=()):
        if self.stack is None:
            return work()
        with tag_history.recording(tag_ids, group_ids) as changes:
            result = work()
        if changes:
            self.stack.push(TagStep(action, changes, self._after_change, self._refused))
        return result
