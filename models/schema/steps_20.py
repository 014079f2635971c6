"""Schema step 20 (frozen once released): membership (会员体系): cards, levels, the
points, stored-value and count-card ledgers, paid membership, referrals (reserved;
filled by the work on issue 26)."""

from __future__ import annotations


def step_20_membership(db) -> None:
    """Nothing yet."""
