"""Customer records: the table, validation, create/edit, the recycle bin and undo snapshots."""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

from lunardate import LunarDate

from models import clock
from models.customers import search_index
from models.customers.custom_fields import (
    CustomField,
    CustomValue,
    clean_value,
    value_row,
    values_of,
)
from models.customers.record import (
    DEFAULT_MAX_LENGTH,
    GENDERS,
    MAX_LENGTHS,
    SOURCES,
    STAGES,
    TEXT_FIELDS,
    Customer,
    with_sort_keys,
)
from models.errors import NotFoundError, ValidationError
from models.followups import care
from models.storage import audit, backup
from models.storage.db import database
from models.tags.tables import CustomerTag
from models.tags.tags import clean_name, get_or_create_tags, tags_of
from models.values.contact_fields import normalise_email, normalise_phone

# ---------------------------------------------------------------- validation


# Fields that are codes: full-width letters and digits become plain ones (NFKC). Free
# text (names, notes, addresses) keeps the user's Chinese punctuation (，is not ,).
CODE_FIELDS = ("number", "wechat", "gender", "source", "stage", "birthday")


def _clean_text(value: Any, field: str = "") -> str:
    text = "" if value is None else str(value)
    if field in CODE_FIELDS or not field:
        text = unicodedata.normalize("NFKC", text)
    return text.strip()


def lunar_date_exists(year: int, month: int, day: int, leap: bool) -> bool:
    """True if the lunar date is real (lunardate's constructor accepts day 30 of a short
    month and leap months a year lacks, so check by converting to solar and back)."""
    try:
        solar = LunarDate(year, month, day, leap).to_solar_date()
        back = LunarDate.from_solar_date(solar.year, solar.month, solar.day)
    except ValueError:
        return False
    return (back.year, back.month, back.day, bool(back.is_leap_month)) == (year, month, day, leap)


def parse_birthday(text: str, lunar: bool = False, leap: bool = False) -> str:
    """'' or the stored form of a birthday ('YYYY-MM-DD' or '--MM-DD'); ValidationError if bad."""
    text = _clean_text(text)
    if not text:
        return ""
    bad = ValidationError("birthday", "birthday_invalid", f"'{text}' is not a date")
    parts = text.replace("/", "-").replace(".", "-").lstrip("-").split("-")
    try:
        nums = [int(p) for p in parts]
    except ValueError:
        raise bad from None
    if len(nums) == 3:
        year, month, day = nums
    elif len(nums) == 2:
        year, (month, day) = None, nums
    else:
        raise bad
    if year is not None and not 1900 <= year <= clock.today().year:
        raise ValidationError(
            "birthday", "birthday_year", f"year {year} is not a plausible birth year"
        )
    try:
        if lunar:
            exists = (
                lunar_date_exists(year, month, day, leap)
                if year is not None
                else 1 <= month <= 12 and 1 <= day <= 30
            )
            if not exists:
                raise ValueError
        else:
            dt.date(year or 2000, month, day)  # 2000 is a leap year: 02-29 is allowed
    except ValueError:
        raise bad from None
    if year is not None and not lunar and dt.date(year, month, day) > clock.today():
        raise ValidationError("birthday", "birthday_future", "a birthday cannot be in the future")
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def validate(data: dict) -> tuple[dict, list[ValidationError]]:
    """Clean a customer's input. Returns (clean values, problems); clean holds only good fields.

    `data` may hold TEXT_FIELDS, birthday_lunar/birthday_leap, "custom" {field id: raw}
    and "tags" (a list of names).
    """
    clean: dict[str, Any] = {}
    errors: list[ValidationError] = []
    for field in TEXT_FIELDS:
        if field in data and field not in ("mobile", "email", "birthday"):
            clean[field] = _clean_text(data[field], field)
            limit = MAX_LENGTHS.get(field, DEFAULT_MAX_LENGTH)
            if len(clean[field]) > limit:
                errors.append(
                    ValidationError(
                        field, "too_long", f"{field} is longer than {limit} characters", limit=limit
                    )
                )
    if "name" in data and not clean.get("name"):
        errors.append(ValidationError("name", "name_required", "a customer needs a name"))
    for field, fn in (("mobile", normalise_phone), ("email", normalise_email)):
        if field in data:
            try:
                clean[field] = fn(data[field])
            except ValidationError as exc:
                errors.append(exc)
    for field, allowed in (("gender", GENDERS), ("source", SOURCES), ("stage", STAGES)):
        if field in clean and clean[field] not in allowed:
            errors.append(
                ValidationError(field, f"{field}_invalid", f"unknown {field} {clean[field]!r}")
            )
    if "birthday_lunar" in data:
        clean["birthday_lunar"] = bool(data["birthday_lunar"])
    if "birthday_leap" in data:
        clean["birthday_leap"] = bool(data["birthday_leap"]) and bool(data.get("birthday_lunar"))
    if "birthday" in data:
        try:
            clean["birthday"] = parse_birthday(
                data["birthday"], bool(data.get("birthday_lunar")), bool(data.get("birthday_leap"))
            )
        except ValidationError as exc:
            errors.append(exc)
    if "custom" in data:
        fields = {f.id: f for f in CustomField.select()}
        custom = {}
        for fid, raw in data["custom"].items():
            field = fields.get(int(fid))
            if field is None:
                continue
            try:
                custom[field.id] = clean_value(field, raw)
            except ValidationError as exc:
                errors.append(exc)
        clean["custom"] = custom
    if "tags" in data:
        names = []
        for raw in data["tags"]:
            if not " ".join(str(raw or "").split()):
                continue
            try:
                names.append(clean_name(raw))
            except ValidationError as exc:
                exc.field = "tags"
                errors.append(exc)
        clean["tags"] = names
    return clean, errors


def duplicates_of(mobile: str = "", email: str = "", exclude_id: int | None = None) -> list[dict]:
    """Other customers (bin included) already using this mobile or email: [{id, name, field, in_bin}]."""
    found = []
    for field, value in (("mobile", mobile), ("email", email)):
        if not value:
            continue
        col = getattr(Customer, field)
        query = Customer.select(Customer.id, Customer.name, Customer.deleted_at).where(
            (col == value) & Customer.merged_into.is_null()  # merged away: the survivor has it
        )
        if exclude_id is not None:
            query = query.where(Customer.id != exclude_id)
        for c in query.limit(5):
            found.append(
                {"id": c.id, "name": c.name, "field": field, "in_bin": c.deleted_at is not None}
            )
    return found


# ---------------------------------------------------------------- writing


def check_number_free(number: str, customer_id: int | None) -> None:
    if not number:
        return
    query = Customer.select(Customer.id).where(Customer.number == number)
    if customer_id is not None:
        query = query.where(Customer.id != customer_id)
    if query.exists():
        raise ValidationError(
            "number", "number_taken", f"customer number {number} is already used", number=number
        )


def _write_extras(customer_id: int, clean: dict) -> None:
    if "custom" in clean:
        for fid, (text, num) in clean["custom"].items():
            CustomValue.delete().where(
                (CustomValue.customer == customer_id) & (CustomValue.field == fid)
            ).execute()
            if text:
                CustomValue.insert(value_row(customer_id, fid, text, num)).execute()
    if "tags" in clean:
        CustomerTag.delete().where(CustomerTag.customer == customer_id).execute()
        tags = get_or_create_tags(clean["tags"])
        for tag in tags:
            CustomerTag.insert(customer=customer_id, tag=tag).execute()
        Customer.update(tag_count=len(tags)).where(Customer.id == customer_id).execute()


def reindex(customer_ids) -> None:
    """Rewrite the search index entries of these customers from their rows."""
    rows = Customer.select().where(Customer.id.in_(list(customer_ids))).dicts()
    search_index.index_rows((r["id"], search_index.bodies_for_row(r)) for r in rows)


def _raise_first(errors: list[ValidationError]) -> None:
    if errors:
        raise errors[0]


def create(data: dict) -> int:
    """Validate and insert a customer; returns its id. Raises ValidationError, writing nothing."""
    clean, errors = validate({"name": "", **data})
    _raise_first(errors)
    with database.atomic():
        check_number_free(clean.get("number", ""), None)
        now = clock.now()
        fields = {k: v for k, v in clean.items() if k not in ("custom", "tags")}
        fields = with_sort_keys(fields)
        cid = Customer.insert(created_at=now, updated_at=now, **fields).execute()
        _write_extras(cid, clean)
        reindex([cid])
        audit.record("create", "customer", cid, detail=fields["name"])
    return cid


BIRTHDAY_FIELDS = ("birthday", "birthday_lunar", "birthday_leap")


def update(customer_id: int, data: dict) -> None:
    """Validate and apply changes to one customer. Raises ValidationError/NotFoundError."""
    clean, errors = validate(data)
    _raise_first(errors)
    with database.atomic():
        if not Customer.select().where(Customer.id == customer_id).exists():
            raise NotFoundError(f"customer {customer_id} does not exist", id=customer_id)
        check_number_free(clean.get("number", ""), customer_id)
        fields = {k: v for k, v in clean.items() if k not in ("custom", "tags")}
        before = (
            Customer.select(Customer.name, *[getattr(Customer, k) for k in fields])
            .where(Customer.id == customer_id).dicts().first()
        )  # fmt: skip
        detail = audit.changes(before, fields)
        detail += "".join(f"; {k}" for k in ("custom", "tags") if k in clean)
        fields = with_sort_keys(fields)
        if "name" in fields:
            fields["name_placeholder"] = False  # named by someone now
        fields["updated_at"] = clock.now()
        Customer.update(**fields).where(Customer.id == customer_id).execute()
        if any(before[k] != fields[k] for k in BIRTHDAY_FIELDS if k in fields):
            care.birthday_changed([customer_id])  # its reminders move with it
        _write_extras(customer_id, clean)
        reindex([customer_id])
        audit.record("edit", "customer", customer_id,
                     detail=f"{before['name']}: {detail.lstrip('; ')}")  # fmt: skip


def get(customer_id: int) -> dict:
    """Everything about one customer as a dict (with "custom" and "tags")."""
    row = Customer.select().where(Customer.id == customer_id).dicts().first()
    if row is None:
        raise NotFoundError(f"customer {customer_id} does not exist", id=customer_id)

    row["custom"] = values_of([customer_id]).get(customer_id, {})
    row["tags"] = tags_of([customer_id]).get(customer_id, [])
    return row


def move_to_bin(ids) -> int:
    """Soft-delete: the customers go to the recycle bin. Returns how many moved."""
    ids = list(ids)
    with database.atomic():
        moved = _names_where(Customer.id.in_(ids) & Customer.deleted_at.is_null())
        count = (
            Customer.update(deleted_at=clock.now())
            .where(Customer.id.in_(ids) & Customer.deleted_at.is_null())
            .execute()
        )
        _audit_many("delete", moved, count)
        return count


def restore_from_bin(ids) -> int:
    ids = list(ids)
    with database.atomic():
        back = _names_where(Customer.id.in_(ids) & Customer.deleted_at.is_null(False))
        count = (
            Customer.update(deleted_at=None)
            .where(Customer.id.in_(ids) & Customer.deleted_at.is_null(False))
            .execute()
        )
        _audit_many("undelete", back, count)
        return count


def _names_where(cond, shown: int = 5) -> list[tuple[int, str]]:
    """(id, name) of the first few customers a bulk change touches, for its audit entry."""
    return [(c.id, c.name) for c in Customer.select(Customer.id, Customer.name).where(cond)
            .order_by(Customer.id).limit(shown + 1)]  # fmt: skip


def _audit_many(action: str, first: list[tuple[int, str]], count: int) -> None:
    if count:
        target_id = first[0][0] if count == 1 else None
        detail = audit.names([name for _id, name in first], total=count)
        audit.record(action, "customer", target_id, detail=detail, count=count)


def purge(ids) -> int:
    """Remove customers for good (only from the bin), with their tags and custom values.
    More than one at a time: the database is backed up first."""
    ids = list(ids)
    if len(ids) > 1:
        backup.before("bulk_delete")
    with database.atomic():
        in_bin = [
            c.id
            for c in Customer.select(Customer.id).where(
                Customer.id.in_(ids) & Customer.deleted_at.is_null(False)
            )
        ]
        if not in_bin:
            return 0
        _audit_many("purge", _names_where(Customer.id.in_(in_bin[:6])), len(in_bin))
        for chunk in _chunks(in_bin, 500):
            CustomValue.delete().where(CustomValue.customer.in_(chunk)).execute()
            CustomerTag.delete().where(CustomerTag.customer.in_(chunk)).execute()
            Customer.delete().where(Customer.id.in_(chunk)).execute()
            search_index.remove(chunk)
        return len(in_bin)


def bin_ids() -> list[int]:
    return [c.id for c in Customer.select(Customer.id).where(Customer.deleted_at.is_null(False))]


def _chunks(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i : i + size]


# ---------------------------------------------------------------- undo snapshots


def snapshot(customer_id: int) -> dict:
    """A complete copy of one customer (for undo); write_snapshot() puts it back as it was."""
    snap = get(customer_id)
    snap["custom"] = {
        cv.field_id: (cv.text, cv.number)
        for cv in CustomValue.select().where(CustomValue.customer == customer_id)
    }
    return snap


def write_snapshot(snap: dict) -> None:
    """Recreate or overwrite the customer with snap["id"] exactly as snapshot() saw it."""
    # The contact summary follows the follow-ups and interactions, not the snapshot.
    kept = ("custom", "tags", "tag_count", "last_contact_at", "next_followup_at",
            "total_spend_cents", "purchase_count", "last_purchase_at", "rfm_segment",
            "rfm_score", "lead_score", "lead_grade")  # fmt: skip
    fields = {k: v for k, v in snap.items() if k not in kept}
    with database.atomic():
        before = Customer.select(*[getattr(Customer, k) for k in BIRTHDAY_FIELDS]).where(
            Customer.id == snap["id"]
        ).dicts().first()  # fmt: skip
        if before is not None:
            Customer.update(**fields).where(Customer.id == snap["id"]).execute()
        else:
            Customer.insert(**fields).execute()
        if before is not None and any(before[k] != fields.get(k) for k in BIRTHDAY_FIELDS):
            care.birthday_changed([snap["id"]])
        CustomValue.delete().where(CustomValue.customer == snap["id"]).execute()
        known = {f.id for f in CustomField.select(CustomField.id)}
        for fid, (text, num) in snap.get("custom", {}).items():
            if int(fid) in known:
                CustomValue.insert(value_row(snap["id"], fid, text, num)).execute()
        _write_extras(snap["id"], {"tags": snap.get("tags", [])})
        reindex([snap["id"]])


def delete_for_good(customer_id: int) -> None:
    """Remove a customer whatever its state (undo of an add)."""
    with database.atomic():
        Customer.update(deleted_at=clock.now()).where(Customer.id == customer_id).execute()
        purge([customer_id])
