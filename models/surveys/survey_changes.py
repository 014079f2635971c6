"""Undo and redo of a survey's own writes (add, edit, archive, delete) in the window:
kept as the survey rows' before- and after-images (models.storage.row_changes)."""

from __future__ import annotations

from models.storage import row_changes
from models.storage.row_changes import RowChanges, Scope, newer_than_now
from models.surveys.tables import Survey


def recording(survey_ids=()):
    """A context manager around a write to `survey_ids` (or a new survey)."""
    ids = [int(i) for i in survey_ids]
    return row_changes.recording([Scope(Survey, Survey.id.in_(ids) | newer_than_now(Survey))])


def write(changes: RowChanges, to_after: bool) -> None:
    """Redo (`to_after`) or undo; "undo_conflict" when the survey changed since (a
    survey deleted on undo of its add once answers came in: they would lose it)."""
    changes.write(to_after)


def describe(changes: RowChanges) -> str:
    return ", ".join(sorted(changes.touched(Survey, "name")))
