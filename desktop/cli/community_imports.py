"""guanjia communities ...: import (a member list) and stats import (daily group statistics)."""

from __future__ import annotations


def register(sub) -> None:
    """Adds this module's actions to `guanjia communities`."""
