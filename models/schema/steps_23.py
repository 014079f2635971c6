"""Schema step 23: held for another change of issue 27 being written beside the survey
themes (step 24); it changes nothing, so a database that ran it is the same as one that
did not. Frozen once released."""

from __future__ import annotations


def step_23_reserved(db) -> None:
    """Nothing: the number is kept so that step 24 follows 22 in order."""
