"""Undo and redo of community writes (create, edit, archive, join, leave, role): each
write is kept as the before- and after-images of the community rows and membership
periods it touched or created (models.storage.row_changes), so undo puts back exactly
what was there (a join's new periods go, a leave's periods open again, the "2群" made
for an overflow goes with its members) and redo makes the change again."""

from __future__ import annotations

from models.communities.tables import Community, CommunityMember
from models.storage import row_changes
from models.storage.row_changes import RowChanges, Scope, newer_than_now

# Columns the engagement recompute rewrites meanwhile: no conflict with an undo.
RECOMPUTED = ("level", "level_before", "love")


def recording(community_ids=()):
    """A context manager around a write to `community_ids`: the yielded RowChanges holds
    what it changed among their rows and the communities and periods it created."""
    ids = list(community_ids)
    scopes = [
        Scope(Community, Community.id.in_(ids) | newer_than_now(Community)),
        Scope(CommunityMember, CommunityMember.community.in_(ids)
              | newer_than_now(CommunityMember), ignore=RECOMPUTED),
    ]  # fmt: skip
    return row_changes.recording(scopes)


def customer_ids(changes: RowChanges) -> list[int]:
    return sorted(changes.touched(CommunityMember, "customer"))


def write(changes: RowChanges, to_after: bool) -> None:
    """Redo (`to_after`) or undo; ValidationError "undo_conflict" and nothing written when
    a row was changed since."""
    changes.write(to_after)


def describe(changes: RowChanges) -> str:
    """The undo/redo audit entry's detail: which communities and how many periods."""
    ids = changes.touched(Community, "id") | changes.touched(CommunityMember, "community")
    names = sorted(n for (n,) in Community.select(Community.name)
                   .where(Community.id.in_(list(ids))).tuples())  # fmt: skip
    periods = len(changes.touched(CommunityMember, "id"))
    parts = [", ".join(names[:5])] if names else []
    if periods:
        parts.append(f"members: {periods}")
    return " | ".join(parts)
