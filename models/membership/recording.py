"""Purchases recorded with their membership effects: the purchase (or refund, void,
edit, undo/redo) and the points it earns or gives back, with the level check, in ONE
transaction. The window (ui/purchases) and the CLI (guanjia purchases add, refund,
delete, edit) call these; models/purchases sits below membership and knows nothing of
it. The purchase import does not come here: historic purchases earn nothing."""

from __future__ import annotations

from models.membership import earning
from models.purchases import corrections, purchases
from models.storage.db import database


def add_purchase(customer_id: int, amount=None, **fields) -> tuple[int, dict]:
    """purchases.add and the hook; returns (the purchase id, what it earned)."""
    with database.atomic():
        new_id = purchases.add(customer_id, amount, **fields)
        return new_id, earning.after_purchase(new_id)


def refund(purchase_id: int, amount, **fields) -> tuple[int, dict]:
    """corrections.refund and the reversal of the refunded share's points."""
    with database.atomic():
        new_id = corrections.refund(purchase_id, amount, **fields)
        return new_id, earning.after_refund(new_id)


def void(purchase_id: int, reason: str) -> tuple[dict, dict]:
    """corrections.void and the reversal; returns (the snapshot from before, what moved)."""
    with database.atomic():
        before = corrections.void(purchase_id, reason)
        return before, earning.after_void(purchase_id)


def edit(purchase_id: int, **fields) -> tuple[dict, dict]:
    """corrections.edit; a refund's new amount moves its reversal with it."""
    with database.atomic():
        before = corrections.edit(purchase_id, **fields)
        return before, earning.settle(purchase_id)


def restore(snap: dict) -> dict:
    """corrections.restore (undo and redo) and the points settled to match."""
    with database.atomic():
        corrections.restore(snap)
        return earning.settle(snap["id"])
