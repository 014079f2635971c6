"""The lead pool's tables (schema step 27): the assignment history and the rules."""

from __future__ import annotations

from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from models.customers.record import Customer
from models.storage.base import BaseModel

RULE_KINDS = ("round_robin", "region", "industry", "source")
# The customer column a map rule reads.
RULE_COLUMNS = {"region": "city", "industry": "industry", "source": "source"}
END_REASONS = ("reassigned", "reclaimed", "unassigned")


class LeadAssignment(BaseModel):
    """A lead given to someone: who, when, by which rule ('' by hand), by whom (the
    audit name); `ended_at` set when it was reassigned or reclaimed. The open row is
    the current assignment (a lead found by staff, created with an owner, has none)."""

    customer = ForeignKeyField(Customer, on_delete="CASCADE", index=False)
    staff = CharField()
    assigned_at = DateTimeField()
    rule_id = IntegerField(null=True)
    rule = CharField()  # the rule's name then ('' by hand)
    by_staff = CharField()
    ended_at = DateTimeField(null=True)
    end_reason = CharField()
    # The customer's last contact since this assignment (a trigger keeps it, step 27).
    contacted_at = DateTimeField(null=True)

    class Meta:
        table_name = "lead_assignment"


class AssignmentRule(BaseModel):
    """Round robin among `staff` (a JSON list; `pointer`: whose turn is next, kept so
    successive runs continue), or a map (`mapping`, JSON) of city / industry / source
    channel to a staff member."""

    name = CharField(unique=True)
    kind = CharField()
    staff = TextField()
    mapping = TextField()
    pointer = IntegerField()
    created_at = DateTimeField()

    class Meta:
        table_name = "assignment_rule"
