"""Corrections of the purchase ledger: a refund linked to its purchase, an edit and a
void, each with its reason, its audit entry (the before-image in the detail) written in
the change's transaction, and the customer's kept totals refreshed.

The ledger is append-only in spirit: a void keeps the row (when, why, who) out of every
total, and an undo of a new purchase or refund voids it. What is left of a purchase is
its amount minus its live refunds; a write that would refund more than that, refund a
voided purchase or void a purchase whose refunds still count is refused (voiding a
purchase with refunds: void the refunds first, each with its own reason), and nothing is
written."""

from __future__ import annotations

import datetime as dt

from models import clock
from models.errors import ValidationError
from models.followups import followups
from models.purchases.purchases import (
    Purchase,
    check_refundable,
    describe,
    get,
    get_row,
    refresh_summary,
    refunded_cents,
    to_cents,
)
from models.storage import audit
from models.storage.db import database

REASON_MAX = 500
# The columns a correction changes and an undo puts back.
SNAPSHOT_FIELDS = ("at", "day", "amount_cents", "note", "voided_at", "void_reason", "voided_by")


def positive_cents(value, field: str = "amount") -> int:
    """An amount the user typed as a positive number of yuan, in fen; zero, negative or
    not a number: ValidationError."""
    cents = to_cents(value, field)
    if cents <= 0:
        raise ValidationError(field, "amount_not_positive", f"'{value}' is not above 0")
    return cents


def _reason(reason, required: bool) -> str:
    text = " ".join(str(reason or "").split())
    if required and not text:
        raise ValidationError("reason", "reason_required", "say why (a reason is required)")
    if len(text) > REASON_MAX:
        raise ValidationError("reason", "too_long", "the reason is too long", limit=REASON_MAX)
    return text


def _when(value) -> dt.datetime:
    when = value
    if isinstance(when, str):
        when, _timed = followups.parse_due(when)
    elif isinstance(when, dt.date) and not isinstance(when, dt.datetime):
        when = dt.datetime.combine(when, dt.time())
    if when > clock.now() + dt.timedelta(minutes=1):
        raise ValidationError("at", "time_future", "a purchase cannot be in the future")
    return when.replace(microsecond=0)


def left_cents(purchase_id: int) -> int:
    """What is left to refund of a purchase: its amount minus its live refunds."""
    row = get_row(purchase_id)
    return row.amount_cents - refunded_cents(row.id)


def check_consistent(purchase_id: int) -> None:
    """The ledger rules after a write (inside its transaction, so a refusal undoes it):
    no live refund of a voided purchase or refund, no more refunded than bought."""
    row = get_row(purchase_id)
    original = get_row(row.refund_of) if row.refund_of is not None else row
    refunded = refunded_cents(original.id)
    if original.voided_at is not None and refunded:
        if original is row:
            raise ValidationError("id", "purchase_has_refunds",
                                  "the purchase has refunds: void them first")  # fmt: skip
        raise ValidationError("refund_of", "purchase_voided", "the purchase is voided")
    if refunded > original.amount_cents:
        others = refunded - (-row.amount_cents if row is not original else 0)
        left = max(original.amount_cents - others, 0)
        raise ValidationError("amount", "refund_too_large",
                              f"only {left / 100:.2f} is left of the purchase",
                              left=f"{left / 100:.2f}")  # fmt: skip


# ---------------------------------------------------------------- the user's writes


def refund(purchase_id: int, amount, *, reason: str = "", at=None) -> int:
    """Refund `amount` yuan (positive) of a purchase: a negative row linked to it, with
    the purchase's payment method; returns the refund's id."""
    cents = positive_cents(amount)
    reason = _reason(reason, required=False)
    when = clock.now() if at is None else _when(at)
    with database.atomic():
        original = get_row(purchase_id)
        check_refundable(original, cents)
        new_id = Purchase.insert(
            customer=original.customer_id, at=when.replace(microsecond=0),
            day=when.toordinal(), order_no="", amount_cents=-cents,
            payment=original.payment, note=reason, refund_of=original.id,
            created_at=clock.now(),
        ).execute()  # fmt: skip
        refresh_summary([original.customer_id])
        audit.record("refund", "purchase", new_id, detail=describe(get(new_id)))
    return new_id


def void(purchase_id: int, reason: str) -> dict:
    """Void a purchase or refund with a reason (required); returns its snapshot from
    before. A purchase whose refunds still count is refused: void those first."""
    reason = _reason(reason, required=True)
    with database.atomic():
        before, image = snapshot(purchase_id), describe(get(purchase_id))
        if before["voided_at"] is not None:
            raise ValidationError("id", "purchase_voided", "the purchase is already voided")
        Purchase.update(voided_at=clock.now(), void_reason=reason,
                        voided_by=audit.staff()).where(Purchase.id == purchase_id).execute()  # fmt: skip
        check_consistent(purchase_id)
        refresh_summary([before["customer_id"]])
        audit.record("delete", "purchase", purchase_id,
                     detail=f"reason: {reason}; {image}")  # fmt: skip
    return before


def edit(purchase_id: int, *, amount=None, at=None, note: str | None = None,
         reason: str = "") -> dict:  # fmt: skip
    """Correct a purchase's amount (yuan, positive; a refund's stays a refund), time or
    note; returns its snapshot from before. A voided row is not corrected; a purchase is
    not lowered below what was refunded of it."""
    changes = {}
    if amount is not None:
        changes["amount_cents"] = positive_cents(amount)
    if at is not None:
        when = _when(at)
        changes.update(at=when, day=when.toordinal())
    if note is not None:
        text = str(note).strip()
        if len(text) > 10000:
            raise ValidationError("note", "too_long", "note is too long", limit=10000)
        changes["note"] = text
    reason = _reason(reason, required=False)
    with database.atomic():
        before, image = snapshot(purchase_id), describe(get(purchase_id))
        if before["voided_at"] is not None:
            raise ValidationError("id", "purchase_voided", "the purchase is voided")
        if "amount_cents" in changes and before["amount_cents"] < 0:
            changes["amount_cents"] = -changes["amount_cents"]  # a refund stays negative
        changes = {k: v for k, v in changes.items() if before[k] != v}
        if not changes:
            return before  # nothing changed: nothing written, no entry
        if changes:
            Purchase.update(**changes).where(Purchase.id == purchase_id).execute()
            check_consistent(purchase_id)
            refresh_summary([before["customer_id"]])
        shown = {k: before[k] for k in changes if k != "day"}
        after = {k: v for k, v in changes.items() if k != "day"}
        detail = audit.changes(shown, after) or "-"
        audit.record("edit", "purchase", purchase_id,
                     detail=f"{detail}; reason: {reason}; before: {image}")  # fmt: skip
    return before


# ---------------------------------------------------------------- undo and redo


def snapshot(purchase_id: int) -> dict:
    """The columns a correction changes (and the customer), as they are now."""
    row = get(purchase_id)
    return {"id": row["id"], "customer_id": row["customer_id"], "refund_of": row["refund_of"],
            **{k: row[k] for k in SNAPSHOT_FIELDS}}  # fmt: skip


def voided_snapshot(snap: dict, reason: str) -> dict:
    """`snap` voided now (an undone new purchase or refund)."""
    return {**snap, "voided_at": clock.now(), "void_reason": reason, "voided_by": audit.staff()}


def restore(snap: dict) -> None:
    """Put a purchase back as `snap` saw it (undo and redo; the caller writes the audit
    entry in the same transaction). Refused, writing nothing, when the ledger moved on
    meanwhile so that it would break a rule (e.g. a redone refund over what is left)."""
    with database.atomic():
        get_row(snap["id"])
        Purchase.update(**{k: snap[k] for k in SNAPSHOT_FIELDS}).where(
            Purchase.id == snap["id"]
        ).execute()
        check_consistent(snap["id"])
        refresh_summary([snap["customer_id"]])
