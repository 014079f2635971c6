"""Undo and redo of follow-up and contact writes (the window's Ctrl+Z / Ctrl+Y): each
write is kept as the before- and after-images of the follow-ups and interactions it
touched or created (models.storage.row_changes), so undo puts back exactly what was
there (a completed repeat's next occurrence and the logged contact go too) and redo
puts the change back again. The customers' next follow-up and last contact follow."""

from __future__ import annotations

from models.followups import interactions
from models.followups.followups import Followup, refresh_next
from models.followups.interactions import Interaction
from models.storage import row_changes
from models.storage.db import database
from models.storage.row_changes import RowChanges, Scope, newer_than_now


def recording(followup_ids=(), interaction_ids=()):
    """A context manager around a write: the yielded RowChanges holds what it changed
    among `followup_ids`, `interaction_ids` and the rows it created."""
    scopes = [
        Scope(Followup, Followup.id.in_(list(followup_ids)) | newer_than_now(Followup),
              ignore=("notified_at",)),  # a reminder ringing meanwhile is no conflict
        Scope(Interaction, Interaction.id.in_(list(interaction_ids))
              | newer_than_now(Interaction)),
    ]  # fmt: skip
    return row_changes.recording(scopes)


def customer_ids(changes: RowChanges) -> list[int]:
    return sorted(changes.touched(Followup, "customer") | changes.touched(Interaction, "customer"))


def write(changes: RowChanges, to_after: bool) -> None:
    """Redo (`to_after`) or undo; ValidationError "undo_conflict" and nothing written when
    a row was changed since."""
    with database.atomic():
        changes.write(to_after)
        ids = customer_ids(changes)
        refresh_next(ids)
        interactions.refresh_last(ids)


def describe(changes: RowChanges) -> str:
    """The undo/redo audit entry's detail: which follow-ups and contacts."""
    parts = []
    for name, table in (("followup", Followup), ("interaction", Interaction)):
        ids = sorted(changes.touched(table, "id"))
        if ids:
            parts.append(f"{name}: " + ", ".join(f"#{i}" for i in ids[:20])
                         + (f", … (+{len(ids) - 20})" if len(ids) > 20 else ""))  # fmt: skip
    return " | ".join(parts)
