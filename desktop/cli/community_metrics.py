"""guanjia communities ...: metrics."""

from __future__ import annotations


def register(sub) -> None:
    """Adds this module's actions to `guanjia communities`."""
