"""Every import, remembered: what it read, what it did, and how to undo it later.

An undo removes the customers the import created and puts back the fields it changed.
Whatever the user changed since is kept and reported: a created customer edited since
goes to the recycle bin instead of being removed, and a field edited since keeps its
new value.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field

from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from models import clock
from models.customers import search_index
from models.customers.custom_fields import CustomValue
from models.customers.record import Customer
from models.errors import NotFoundError, ValidationError
from models.purchases.purchases import Purchase, PurchaseItem, refresh_summary
from models.storage import audit, backup
from models.storage.base import BaseModel
from models.storage.db import database
from models.tags.tables import CustomerTag, Tag
from models.values.search_text import name_sort_key

CREATED = "+"  # ImportChange.field of a customer the import created
TAG_PREFIX = "tag:"  # ImportChange.field of a tag the import added to a customer
CHUNK = 900


class ImportRun(BaseModel):
    file_name = CharField()
    file_path = TextField(default="")
    sheet = CharField(default="")
    started_at = DateTimeField()
    finished_at = DateTimeField()
    mapping = TextField(default="{}")  # JSON {column title: target}
    options = TextField(default="{}")  # JSON: match keys, duplicate and error modes
    created = IntegerField(default=0)
    updated = IntegerField(default=0)
    skipped = IntegerField(default=0)
    errors = IntegerField(default=0)
    undone_at = DateTimeField(null=True)

    @property
    def kind(self) -> str:
        """ "customers" or "purchases" (a purchase import counts purchases in `created`
        and the customers it created in `updated`)."""
        return json.loads(self.options or "{}").get("kind", "customers")


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
    removed: int = 0
    restored: int = 0  # customers whose fields were put back
    kept: list[dict] = field(default_factory=list)  # {customer, field, reason}
    purchases_removed: int = 0

    def as_dict(self) -> dict:
        return {"removed": self.removed, "restored": self.restored, "kept": self.kept,
                "purchases_removed": self.purchases_removed}  # fmt: skip


def list_runs(limit: int = 200) -> list[ImportRun]:
    return list(ImportRun.select().order_by(ImportRun.id.desc()).limit(limit))


def get_run(run_id: int) -> ImportRun:
    run = ImportRun.get_or_none(ImportRun.id == run_id)
    if run is None:
        raise NotFoundError(f"import {run_id} does not exist", code="import_not_found", id=run_id)
    return run


def run_mapping(run: ImportRun) -> dict:
    return json.loads(run.mapping or "{}")


def _chunks(items: list, size: int = CHUNK):
    for i in range(0, len(items), size):
        yield items[i : i + size]


def undo(run_id: int) -> UndoReport:
    """Undo an import in one transaction (after a backup: it removes customers in bulk);
    raises ValidationError if it was undone already."""

    if get_run(run_id).undone_at is None:
        backup.before("bulk_delete")
    report = UndoReport()
    with database.atomic():
        run = get_run(run_id)
        if run.undone_at is not None:
            raise ValidationError(
                "import", "import_undone", f"import {run_id} was already undone", id=run_id
            )
        changes = defaultdict(list)
        for cid, fname, old, new in (
            ImportChange.select(
                ImportChange.customer, ImportChange.field, ImportChange.old, ImportChange.new
            )
            .where(ImportChange.run == run_id)
            .tuples()
        ):
            changes[cid].append((fname, old, new))
        report.purchases_removed = _remove_purchases(run_id)
        created = [cid for cid, items in changes.items() if items[0][0] == CREATED]
        _remove_created(created, run, report)
        updated = {cid: items for cid, items in changes.items() if items[0][0] != CREATED}
        _restore_updated(updated, report)
        run.undone_at = clock.now()
        run.save()
        audit.record("import_undo", "import", run_id,
                     count=report.removed + report.restored + report.purchases_removed,
                     detail=f"{run.file_name}: -{report.removed:,} customers, "
                            f"{report.restored:,} restored, "
                            f"-{report.purchases_removed:,} purchases")  # fmt: skip
    return report


def _remove_purchases(run_id: int) -> int:
    """Remove the purchases the import wrote (their items with them) and recount the
    spend of their customers."""

    ids = [p for (p,) in Purchase.select(Purchase.id).where(Purchase.import_run == run_id).tuples()]
    if not ids:
        return 0
    customers = {c for (c,) in Purchase.select(Purchase.customer).distinct()
                 .where(Purchase.import_run == run_id).tuples()}  # fmt: skip
    for chunk in _chunks(ids):
        PurchaseItem.delete().where(PurchaseItem.purchase.in_(chunk)).execute()
    Purchase.delete().where(Purchase.import_run == run_id).execute()
    refresh_summary(customers)
    return len(ids)


def _remove_created(ids: list[int], run: ImportRun, report: UndoReport) -> None:
    edited = set()
    for chunk in _chunks(ids):
        edited |= {
            c
            for (c,) in Customer.select(Customer.id)
            .where(Customer.id.in_(chunk) & (Customer.updated_at > run.finished_at))
            .tuples()
        }
    gone = [cid for cid in ids if cid not in edited]
    for chunk in _chunks(gone):
        CustomValue.delete().where(CustomValue.customer.in_(chunk)).execute()
        CustomerTag.delete().where(CustomerTag.customer.in_(chunk)).execute()
        report.removed += Customer.delete().where(Customer.id.in_(chunk)).execute()
        search_index.remove(chunk)
    kept = sorted(edited)
    for chunk in _chunks(kept):
        Customer.update(deleted_at=clock.now()).where(
            Customer.id.in_(chunk) & Customer.deleted_at.is_null()
        ).execute()
    report.kept += [{"customer": c, "field": CREATED, "reason": "edited_since"} for c in kept]


def _restore_updated(updated: dict[int, list], report: UndoReport) -> None:
    ids = list(updated)
    current = {}
    for chunk in _chunks(ids):
        for row in Customer.select().where(Customer.id.in_(chunk)).dicts():
            current[row["id"]] = row
    reindex = []
    for cid, items in updated.items():
        row = current.get(cid)
        if row is None:
            report.kept.append({"customer": cid, "field": "*", "reason": "deleted_since"})
            continue
        fields, restored = {}, False
        for fname, old, new in items:
            if fname.startswith(TAG_PREFIX):
                restored |= _restore_tag(cid, int(fname[len(TAG_PREFIX) :]), added=new == "1")
                continue
            if fname.startswith("cf:"):
                restored |= _restore_custom(cid, int(fname[3:]), old, new, report)
                continue
            if (row.get(fname) or "") != (new or ""):
                report.kept.append({"customer": cid, "field": fname, "reason": "changed_since"})
                continue
            fields[fname] = old or ""
        if fields:
            if "name" in fields:
                fields["name_key"] = name_sort_key(fields["name"])
            fields["updated_at"] = clock.now()
            Customer.update(**fields).where(Customer.id == cid).execute()
            restored = True
            reindex.append(cid)
        report.restored += int(restored)
    for chunk in _chunks(reindex):
        rows = Customer.select().where(Customer.id.in_(chunk)).dicts()
        search_index.index_rows((r["id"], search_index.bodies_for_row(r)) for r in rows)


def _restore_tag(cid: int, tag_id: int, added: bool) -> bool:
    """Take off a tag the import added, or put back one it took off (if still so)."""
    link = (CustomerTag.customer == cid) & (CustomerTag.tag == tag_id)
    if added:
        changed = CustomerTag.delete().where(link).execute()
    elif CustomerTag.select().where(link).exists() or not Tag.get_or_none(Tag.id == tag_id):
        changed = 0
    else:
        changed = CustomerTag.insert(customer=cid, tag=tag_id).execute() and 1
    if changed:
        delta = -1 if added else 1
        Customer.update(tag_count=Customer.tag_count + delta).where(Customer.id == cid).execute()
    return bool(changed)


def _restore_custom(cid: int, fid: int, old, new, report: UndoReport) -> bool:
    where = (CustomValue.customer == cid) & (CustomValue.field == fid)
    now_value = CustomValue.select(CustomValue.text).where(where).scalar() or ""
    if now_value != (new or ""):
        report.kept.append({"customer": cid, "field": f"cf:{fid}", "reason": "changed_since"})
        return False
    CustomValue.delete().where(where).execute()
    if old:
        previous = json.loads(old)
        CustomValue.insert(customer=cid, field=fid, text=previous[0], number=previous[1]).execute()
    return True
