"""The record of every import: the run (ImportRun), what it did to each customer
(ImportChange), and the report of its undo. The engine (import_engine.py) writes them,
the kinds add their changes, import_history.py lists and undoes them.

The counts of a run mean the same for every kind of import (schema step 12): `created`
and `updated` count the kind's own records, `skipped` and `errors` the rows of the file
left out (duplicates, rows with errors), and `extra` the one side count a kind names in
its ImportKind.extra (a purchase import: the customers it created for its purchases).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from models.storage.base import BaseModel

CREATED = "+"  # ImportChange.field of a customer the import created
TAG_PREFIX = "tag:"  # ImportChange.field of a tag the import added to a customer


class ImportRun(BaseModel):
    kind = CharField(default="customers")  # ImportKind.name
    file_name = CharField()
    file_path = TextField(default="")
    sheet = CharField(default="")
    started_at = DateTimeField()
    finished_at = DateTimeField()
    mapping = TextField(default="{}")  # JSON {column title: target}
    options = TextField(default="{}")  # JSON: the kind's choices (Options.recorded)
    created = IntegerField(default=0)  # the kind's records created
    updated = IntegerField(default=0)  # the kind's records updated
    skipped = IntegerField(default=0)  # rows left out: duplicates, already recorded
    errors = IntegerField(default=0)  # rows left out with errors
    extra = IntegerField(default=0)  # the kind's side count (ImportKind.extra)
    undone_at = DateTimeField(null=True)


class ImportChange(BaseModel):
    """One thing an import did to one customer. `customer` is a plain id: the customer
    may be deleted for good later, and the history must survive that."""

    run = ForeignKeyField(ImportRun, on_delete="CASCADE")
    customer = IntegerField()
    field = CharField()  # CREATED, a text field, "cf:<id>" or "tag:<id>"
    old = TextField(null=True)
    new = TextField(null=True)


@dataclass
class UndoReport:
    """What an undo did. `kept`: what it left as it is, each {customer, field, reason}:
    a field changed since ("changed_since"), a created customer edited since (to the
    recycle bin, "edited_since") or given records since (kept as it is,
    "records_since", with "records": their kinds), a record of the run changed since
    (field "followup:<id>", "complaint:<id>"; "changed_since")."""

    removed: int = 0  # customers removed
    restored: int = 0  # customers whose fields were put back
    kept: list[dict] = field(default_factory=list)  # {customer, field, reason}
    purchases_removed: int = 0
    records_removed: int = 0  # follow-ups, contacts or complaints removed
    membership: dict = field(default_factory=dict)  # a member import's reversed openings

    def as_dict(self) -> dict:
        return {"removed": self.removed, "restored": self.restored, "kept": self.kept,
                "purchases_removed": self.purchases_removed,
                "records_removed": self.records_removed,
                **({"membership": self.membership} if self.membership else {})}  # fmt: skip

    def customers_kept(self) -> list[dict]:
        """The created customers kept because they were given records since."""
        return [k for k in self.kept if k["reason"] == "records_since"]
