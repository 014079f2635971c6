"""Undo and redo of the lead pool's writes (assign, reclaim) as row images
(models.storage.row_changes): the leads' customer rows, their assignment history and
the rules (a round robin's pointer moves with a run)."""

from __future__ import annotations

from models.customers.record import Customer
from models.leads.tables import AssignmentRule, LeadAssignment
from models.storage import row_changes
from models.storage.row_changes import RowChanges, Scope


def scopes(ids) -> list[Scope]:
    ids = list(ids)
    return [
        Scope(Customer, Customer.id.in_(ids)),
        Scope(LeadAssignment, LeadAssignment.customer.in_(ids)),
        Scope(AssignmentRule),
    ]


def recording(ids):
    """`with recording(ids) as changes:` around an assign or a reclaim of those leads."""
    return row_changes.recording(scopes(ids))


def write(changes: RowChanges, to_after: bool) -> None:
    changes.write(to_after)


def describe(changes: RowChanges) -> str:
    ids = sorted(changes.touched(Customer, "id"))
    return (
        f"{len(ids)} leads: " + ", ".join(str(i) for i in ids[:5]) + ("…" if len(ids) > 5 else "")
    )
