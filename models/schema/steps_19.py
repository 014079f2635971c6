"""Schema step 19 (frozen once released): what community metrics over all groups need
to be fast (reserved; filled by the work on issue 25)."""

from __future__ import annotations


def step_19_community_metrics(db) -> None:
    """Nothing yet."""
