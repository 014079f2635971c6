"""The rule tables of schema step 30 (rule_event, rule_context and rule_fired are written
by SQL only: the outbox triggers and the runner)."""

from __future__ import annotations

from peewee import CharField, DateTimeField, IntegerField, TextField

from models.errors import NotFoundError, ValidationError
from models.storage.base import BaseModel


class Rule(BaseModel):
    name = CharField()
    trigger = TextField()  # JSON, definitions.clean_trigger
    conditions = TextField(default="[]")
    actions = TextField(default="[]")
    enabled = IntegerField(default=0)
    shipped = CharField(default="")  # the key of a rule that came with the program
    disabled_reason = TextField(default="")  # why the program switched it off
    from_event = IntegerField(default=0)  # acts on outbox events after this id (switched on)
    created_at = DateTimeField()
    updated_at = DateTimeField()

    class Meta:
        table_name = "rule"


class RuleRun(BaseModel):
    at = DateTimeField()
    cause = CharField()  # events, sweep
    customers = IntegerField(default=0)
    actions = IntegerField(default=0)
    warnings = TextField(default="")  # one a line
    undone_at = DateTimeField(null=True)

    class Meta:
        table_name = "rule_run"


class RuleRunItem(BaseModel):
    """One action on one customer: enough (ref, before, after) to undo it."""

    run_id = IntegerField()
    rule_id = IntegerField()
    customer_id = IntegerField()
    action = CharField()
    ref = CharField(default="")
    before = TextField(default="")
    after = TextField(default="")

    class Meta:
        table_name = "rule_run_item"


def numbered(model: type[BaseModel], value, kind: str):
    """The row of `model` whose id `value` names (a number, or its text as typed):
    ValidationError "<kind>_id" for what is no number, NotFoundError "<kind>_not_found"
    for no such row (rules.get, runs.get)."""
    try:
        row_id = int(value)
    except (TypeError, ValueError):
        raise ValidationError(kind, f"{kind}_id", f"{value!r} is not a {kind} number") from None
    row = model.get_or_none(model.id == row_id)
    if row is None:
        raise NotFoundError(f"no {kind} {row_id}", f"{kind}_not_found", id=row_id)
    return row
