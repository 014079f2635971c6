"""Undo steps of the communities: a community added, edited or archived, members joined
(and an overflow's next group), left, or their role changed. Each change is made first
by its models/ function (which audits it) inside models.communities.community_changes'
recording; the step keeps the row images and writes one side back on undo and redo,
with an "undo"/"redo" entry (target "community") in the same transaction."""

from __future__ import annotations

from contextlib import contextmanager

from models.communities import community_changes
from ui.undo_rows import RowsCommand


class CommunityChange(RowsCommand):
    def __init__(self, text: str, changes, after_change, refused=None):
        ids = community_changes.customer_ids(changes)
        super().__init__(text, "community", changes, community_changes.write,
                         community_changes.describe, ids, after_change, refused)  # fmt: skip


@contextmanager
def recorded_step(undo_stack, text: str, community_ids, after_change, refused=None):
    """Run the block's change inside a recording and push it as one undo step (nothing
    is pushed when the block raises or changed nothing)."""
    with community_changes.recording(community_ids) as changes:
        yield changes
    if changes:
        undo_stack.push(CommunityChange(text, changes, after_change, refused))
