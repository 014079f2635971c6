"""What a follow-up write puts in the audit log: the customer, the follow-up's id and its
fields as `field: before → after` (audit.changes' form; a deleted one's after is empty,
a new one's before is), so the entry keeps the before-image. Bulk writes: one entry with
the count, naming the first few."""

from __future__ import annotations

from models.customers.record import Customer
from models.storage import audit

FIELDS = ("due", "kind", "subject", "note", "owner", "status", "every", "outcome")
SHOWN = 5


def image(row) -> dict:
    """The audited fields of a follow-up (a Followup row or its dict)."""
    get = row.get if isinstance(row, dict) else lambda name: getattr(row, name)
    due_at = get("due_at")
    due = due_at.strftime("%Y-%m-%dT%H:%M") if get("has_time") else due_at.date().isoformat()
    return {"due": due, **{name: get(name) for name in FIELDS[1:]}}


def record(action: str, items: list[tuple[int, int, dict | None, dict | None]],
           extra: str = "") -> None:  # fmt: skip
    """One entry for `items` (follow-up id, customer id, image before, image after; None
    for none), inside the caller's transaction."""
    if not items:
        return
    ids = list({customer_id for _f, customer_id, _b, _a in items[:SHOWN]})
    names = dict(Customer.select(Customer.id, Customer.name).where(Customer.id.in_(ids)).tuples())
    parts = []
    for followup_id, customer_id, before, after in items[:SHOWN]:
        empty = dict.fromkeys(FIELDS)
        fields = audit.changes(before or empty, after or empty)
        parts.append(f"{names.get(customer_id, customer_id)} #{followup_id}: {fields}")
    detail = " | ".join(parts)
    if len(items) > SHOWN:
        detail += f" | … (+{len(items) - SHOWN})"
    if extra:
        detail += f" | {extra}"
    target_id = items[0][0] if len(items) == 1 else None
    audit.record(action, "followup", target_id, detail=detail, count=len(items))
