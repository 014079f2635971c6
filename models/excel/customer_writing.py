"""What a customer import does to the customer tables, and how it is undone: customers
found by their keys, created in bulk, updated field by field (each change recorded in
ImportChange), and, on undo, removed or put back.

Writes run inside the engine's transaction (import_engine.run, import_history.undo). An
undo keeps whatever the user changed since and reports it: a created customer edited
since goes to the recycle bin instead of being removed, a field edited since keeps its
new value.
"""

from __future__ import annotations

import json
from collections import defaultdict
from contextlib import nullcontext

from models import clock
from models.customers import search_index
from models.customers.custom_fields import CustomValue, value_row
from models.customers.customers import BIRTHDAY_FIELDS
from models.customers.record import BULK_COLUMNS, MAX_LENGTHS, Customer, bulk_row, with_sort_keys
from models.excel.customer_records import received_since, tags_text
from models.excel.import_engine import tick
from models.excel.import_records import CREATED, TAG_PREFIX, ImportChange, ImportRun, UndoReport
from models.excel.import_types import RowPlan
from models.followups import care
from models.storage.bulk import indexes_dropped, insert_rows
from models.storage.db import database
from models.tags.tables import CustomerTag, Tag
from models.tags.tags import get_or_create_tags, tag_key
from models.values.search_text import name_sort_key, text_sort_key

CHUNK = 900
BULK_INDEX_REBUILD = 50_000  # new rows above which indexes are rebuilt, not maintained
_FIND_SQL: dict[tuple[str, int, bool], str] = {}


def find(key: str, values: set[str]) -> dict[str, tuple[int, bool]]:
    """{value: (customer id, in recycle bin)} for customers with these values of `key`
    (number, mobile, email)."""
    found: dict[str, tuple[int, bool]] = {}
    column = getattr(Customer, key)
    values = sorted(values)
    for i in range(0, len(values), CHUNK):
        chunk = values[i : i + CHUNK]
        # Live and binned customers apart: each then uses its own partial index.
        for live in (True, False):
            sql = _FIND_SQL.get((key, len(chunk), live))
            if sql is None:  # Peewee builds the SQL once per shape: building costs ~10 ms
                where = Customer.deleted_at.is_null(live) & column.in_(chunk)
                query = Customer.select(Customer.id, column, Customer.deleted_at,
                                        Customer.merged_into).where(where)  # fmt: skip
                sql = _FIND_SQL[(key, len(chunk), live)] = query.sql()[0]
            for cid, value, deleted, merged_into in database.execute_sql(sql, chunk):
                # merged away (models/merging): the survivor stands for it
                found.setdefault(value, (merged_into or cid, deleted is not None))
    return found


def with_kept(notes: str, kept: list[str] | None) -> str:
    """The notes with the kept lines added (those not already in them: importing the
    same file again adds nothing), within the notes' length."""
    notes = notes or ""
    lines = [line for line in kept or () if line not in notes]
    if not lines:
        return notes
    joined = "\n".join([notes, *lines] if notes else lines)
    return joined[: MAX_LENGTHS["notes"]]


# ---------------------------------------------------------------- writing


def tag_ids(rows: list[RowPlan]) -> dict[str, int]:
    """{tag key: id} for every tag the rows name, creating missing ones (in the txn)."""
    names, seen = [], set()
    for row in rows:
        for name in row.values.get("tags", ()):
            key = tag_key(name)
            if key not in seen:
                seen.add(key)
                names.append(name)
    known = {t.name_key: t.id for t in Tag.select(Tag.id, Tag.name_key)}
    missing = [n for n in names if tag_key(n) not in known]
    for tag in get_or_create_tags(missing):
        known[tag.name_key] = tag.id
    return known


def create(run_id, rows, tag_ids, progress, cancel) -> int:
    """Insert the rows' customers (ids in row.target), their tags and custom values,
    index them for search and record them for undo."""
    if not rows:
        return 0
    now = clock.now()
    start = (Customer.select(Customer.id).order_by(Customer.id.desc()).scalar() or 0) + 1
    # Rebuilding every index costs in proportion to the whole table, keeping them up to
    # date in proportion to the new rows: rebuild only for a load much larger than the
    # table (measured at 100k into 100k: keeping them is 20% faster).
    existing = Customer.select().count() if len(rows) > BULK_INDEX_REBUILD else 0
    big = len(rows) > BULK_INDEX_REBUILD and len(rows) > 2 * existing
    with (
        indexes_dropped(Customer) if big else nullcontext(),
        indexes_dropped(CustomerTag) if big else nullcontext(),
    ):
        for begin in range(0, len(rows), 5000):
            batch = rows[begin : begin + 5000]
            customers, links, customs, bodies, changes = [], [], [], [], []
            for offset, row in enumerate(batch):
                cid = row.target = start + begin + offset
                v = row.values
                tags = sorted({tag_ids[tag_key(n)] for n in v.get("tags", ())})
                name = v["name"]
                if "kept" in v:
                    v = {**v, "notes": with_kept(v.get("notes", ""), v["kept"])}
                customers.append(
                    (
                        cid, v.get("number", ""), name, name_sort_key(name), v.get("mobile", ""),
                        v.get("wechat", ""), v.get("email", ""), v.get("company", ""),
                        v.get("job_title", ""), v.get("industry", ""), v.get("city", ""),
                        v.get("address", ""), v.get("gender", ""), v.get("birthday", ""),
                        bool(v.get("birthday_lunar")), bool(v.get("birthday_leap")),
                        v.get("source", ""), v.get("owner", ""), v.get("stage", ""),
                        v.get("notes", ""), now, now, len(tags),
                    )
                )  # fmt: skip
                links += [(cid, t) for t in tags]
                customs += [
                    (cid, fid, t, n, text_sort_key(t))
                    for fid, (t, n) in v.get("custom", {}).items()
                ]
                bodies.append((cid, search_index.bodies_for_row(v)))
                changes.append((run_id, cid, CREATED, None, tags_text(tags)))
            insert_rows(
                Customer, [getattr(Customer, f) for f in BULK_COLUMNS], map(bulk_row, customers)
            )
            insert_rows(CustomerTag, [CustomerTag.customer, CustomerTag.tag], links)
            insert_rows(
                CustomValue,
                [
                    CustomValue.customer,
                    CustomValue.field,
                    CustomValue.text,
                    CustomValue.number,
                    CustomValue.sort_key,
                ],  # fmt: skip
                customs,
            )
            search_index.index_rows(bodies, new=True)
            _write_changes(changes)
            tick(progress, cancel, 0.05 + 0.75 * (begin + len(batch)) / len(rows))
    return len(rows)


def create_customers(run_id: int, values: list[dict], cancel=None) -> list[int]:
    """Create customers from clean values ({"name": ..., "number": ...}) as part of import
    `run_id` (undo removes them); returns their ids in order. Inside the caller's
    transaction: the purchase import creates unknown customers this way."""
    rows = [RowPlan(0, [], v, []) for v in values]
    create(run_id, rows, {}, None, cancel)
    return [row.target for row in rows]


def _write_changes(changes: list[tuple]) -> None:
    fields = [ImportChange.run, ImportChange.customer, ImportChange.field, ImportChange.old,
              ImportChange.new]  # fmt: skip
    insert_rows(ImportChange, fields, changes)


def update(run_id, rows, tag_ids, progress, cancel) -> int:
    """Write each row's mapped, non-empty values that differ from what is stored."""
    updated = 0
    now = clock.now()
    for begin in range(0, len(rows), CHUNK):
        batch = rows[begin : begin + CHUNK]
        ids = [r.target for r in batch]
        current = {r["id"]: r for r in Customer.select().where(Customer.id.in_(ids)).dicts()}
        links = defaultdict(set)
        for cid, tid in (
            CustomerTag.select(CustomerTag.customer_id, CustomerTag.tag_id)
            .where(CustomerTag.customer_id.in_(ids))
            .tuples()
        ):
            links[cid].add(tid)
        customs = {
            (cv.customer_id, cv.field_id): (cv.text, cv.number)
            for cv in CustomValue.select().where(CustomValue.customer_id.in_(ids))
        }
        changes, reindex, born = [], [], []
        for row in batch:
            cid, old, v = row.target, current[row.target], row.values
            if "kept" in v:  # added to the notes (the file's, else the customer's)
                v = {**v, "notes": with_kept(v.get("notes", old["notes"]), v["kept"])}
            fields = {
                k: val
                for k, val in v.items()
                if k not in ("custom", "tags", "kept") and old.get(k) != val
            }
            row_changes = [
                (run_id, cid, k, _as_text(old[k]), _as_text(val)) for k, val in fields.items()
            ]
            for fid, (text, number) in v.get("custom", {}).items():
                before = customs.get((cid, fid))
                if before is not None and before[0] == text:
                    continue
                where = (CustomValue.customer == cid) & (CustomValue.field == fid)
                CustomValue.delete().where(where).execute()
                CustomValue.insert(value_row(cid, fid, text, number)).execute()
                row_changes.append(
                    (run_id, cid, f"cf:{fid}", json.dumps(before) if before else None, text)
                )
            if "tags" in v:
                wanted = {tag_ids[tag_key(n)] for n in v["tags"]}
                add, remove = wanted - links[cid], links[cid] - wanted
                for tid in add:
                    CustomerTag.insert(customer=cid, tag=tid).execute()
                for tid in remove:
                    CustomerTag.delete().where(
                        (CustomerTag.customer == cid) & (CustomerTag.tag == tid)
                    ).execute()
                row_changes += [(run_id, cid, f"{TAG_PREFIX}{t}", None, "1") for t in add]
                row_changes += [(run_id, cid, f"{TAG_PREFIX}{t}", "1", None) for t in remove]
                if add or remove:
                    fields["tag_count"] = len(wanted)
            if not row_changes:
                continue
            fields = with_sort_keys(fields)
            fields["updated_at"] = now
            Customer.update(**fields).where(Customer.id == cid).execute()
            changes += row_changes
            reindex.append(cid)
            born += [cid] if any(k in fields for k in BIRTHDAY_FIELDS) else []
            updated += 1
        _write_changes(changes)
        care.birthday_changed(born)  # their open birthday reminders move with them
        if reindex:
            fresh = Customer.select().where(Customer.id.in_(reindex)).dicts()
            search_index.index_rows((r["id"], search_index.bodies_for_row(r)) for r in fresh)
        tick(progress, cancel, 0.8 + 0.18 * (begin + len(batch)) / max(1, len(rows)))
    return updated


def _as_text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


# ---------------------------------------------------------------- undo


def undo(run: ImportRun, report: UndoReport) -> None:
    """Remove the customers the run created and put back the fields it changed."""
    changes = defaultdict(list)
    for cid, fname, old, new in (
        ImportChange.select(
            ImportChange.customer, ImportChange.field, ImportChange.old, ImportChange.new
        )
        .where(ImportChange.run == run.id)
        .tuples()
    ):
        changes[cid].append((fname, old, new))
    created = {cid: items[0][2] for cid, items in changes.items() if items[0][0] == CREATED}
    _remove_created(created, run, report)
    updated = {cid: items for cid, items in changes.items() if items[0][0] != CREATED}
    _restore_updated(updated, report)


def _chunks(items: list, size: int = CHUNK):
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _remove_created(created: dict[int, str | None], run: ImportRun, report: UndoReport) -> None:
    """Remove the customers the run created ({id: their tags then}), but those given
    records since (a follow-up, contact, purchase, complaint, other tags): they stay as
    they are, and those edited since: they go to the recycle bin. Both are reported."""
    ids = list(created)
    receiving = received_since(created)
    edited = set()
    for chunk in _chunks(ids):
        edited |= {
            c
            for (c,) in Customer.select(Customer.id)
            .where(Customer.id.in_(chunk) & (Customer.updated_at > run.finished_at))
            .tuples()
        }
    edited -= set(receiving)
    gone = [cid for cid in ids if cid not in edited and cid not in receiving]
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
    report.kept += [
        {"customer": c, "field": CREATED, "reason": "records_since", "records": receiving[c]}
        for c in sorted(receiving)
    ]


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
            fields = with_sort_keys(fields)
            fields["updated_at"] = clock.now()
            Customer.update(**fields).where(Customer.id == cid).execute()
            restored = True
            reindex.append(cid)
        report.restored += int(restored)
    care.birthday_changed(  # the birthdays put back take their reminders along
        [cid for cid, items in updated.items() if any(f in BIRTHDAY_FIELDS for f, _o, _n in items)]
    )
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
        CustomValue.insert(value_row(cid, fid, previous[0], previous[1])).execute()
    return True
