"""User-defined customer fields (text, number, date, choice) and their values."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

from peewee import (
    BooleanField,
    CharField,
    CompositeKey,
    DoubleField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from models.customers.record import Customer
from models.errors import NotFoundError, ValidationError
from models.storage import audit
from models.storage.base import BaseModel
from models.storage.db import database
from models.values.search_text import text_sort_key

KINDS = ("text", "number", "date", "choice")


class CustomField(BaseModel):
    name = CharField(unique=True)
    kind = CharField(default="text")
    choices = TextField(default="[]")  # JSON list, for kind == "choice"
    position = IntegerField(default=0)
    sort_indexed = BooleanField(default=False)  # the user asked for a sort index (step 14)

    @property
    def choice_list(self) -> list[str]:
        return json.loads(self.choices or "[]")

    @property
    def key(self) -> str:
        return f"cf:{self.id}"


def list_fields() -> list[CustomField]:
    return list(CustomField.select().order_by(CustomField.position, CustomField.id))


def add_field(name: str, kind: str, choices: Iterable[str] = ()) -> CustomField:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError("name", "field_name_required", "a custom field needs a name")
    if kind not in KINDS:
        raise ValidationError("kind", "field_kind_invalid", f"unknown field kind {kind!r}")
    if CustomField.select().where(CustomField.name == name).exists():
        raise ValidationError(
            "name", "field_name_taken", f"a field named {name!r} exists", name=name
        )
    clean_choices = [c.strip() for c in choices if c.strip()]
    if kind == "choice" and not clean_choices:
        raise ValidationError("choices", "field_choices_required", "a choice field needs choices")
    pos = (CustomField.select().count() or 0) + 1
    return CustomField.create(
        name=name, kind=kind, choices=json.dumps(clean_choices, ensure_ascii=False), position=pos
    )


def rename_field(field_id: int, name: str) -> None:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError("name", "field_name_required", "a custom field needs a name")
    clash = CustomField.select().where((CustomField.name == name) & (CustomField.id != field_id))
    if clash.exists():
        raise ValidationError(
            "name", "field_name_taken", f"a field named {name!r} exists", name=name
        )
    CustomField.update(name=name).where(CustomField.id == field_id).execute()


def delete_field(field_id: int) -> None:
    with database.atomic():
        database.execute_sql(f"DROP INDEX IF EXISTS {sort_index_name(int(field_id))}")
        CustomField.delete().where(CustomField.id == field_id).execute()


# Sorting by a custom field walks its values in order: numbers by `number`, the rest
# by `sort_key` (pinyin for text and choices; ISO dates sort as they are). A field the
# user marks gets a partial index of its own: only its values, so a million customers
# with ten fields pay for the one they sort by, and the other fields' writes stay cheap.
# field_id leads it, so it also answers the join's field_id = N (without statistics the
# planner would take the plain field_id index and sort every value instead).


def sort_column(field: CustomField) -> str:
    return "number" if field.kind == "number" else "sort_key"


def sort_index_name(field_id: int) -> str:
    return f"custom_value_sort_{int(field_id)}"


def set_sort_index(field_id: int, indexed: bool) -> None:
    """Build (or drop) the index that sorts the customer list by this field fast."""
    field = CustomField.get_or_none(CustomField.id == field_id)
    if field is None:
        raise NotFoundError(f"no custom field {field_id}", id=field_id)
    name = sort_index_name(field.id)
    with database.atomic():
        if indexed:  # a literal id: partial-index conditions cannot take parameters
            database.execute_sql(
                f"CREATE INDEX IF NOT EXISTS {name} ON custom_value"
                f" (field_id, {sort_column(field)}, customer_id) WHERE field_id = {field.id}"
            )
        else:
            database.execute_sql(f"DROP INDEX IF EXISTS {name}")
        CustomField.update(sort_indexed=indexed).where(CustomField.id == field.id).execute()
        change = audit.changes({"sort_indexed": field.sort_indexed}, {"sort_indexed": indexed})
        if change:
            audit.record("settings", "setting", field.id, detail=f"{field.name}: {change}")


def clean_value(field: CustomField, raw) -> tuple[str, float | None]:
    """(text, number) to store for `raw`, or ValidationError. Empty input is ('', None)."""
    if raw is None:
        return "", None
    if isinstance(raw, dt.date):
        raw = raw.isoformat()
    text = unicodedata.normalize("NFKC", str(raw)).strip()
    if not text:
        return "", None
    if field.kind == "number":
        try:
            num = float(text.replace(",", "").replace("¥", ""))
        except ValueError as exc:
            raise ValidationError(
                field.key,
                "number_invalid",
                f"{field.name}: '{text}' is not a number",
                field_name=field.name,
            ) from exc
        return (str(int(num)) if num.is_integer() else repr(num)), num
    if field.kind == "date":
        try:
            y, m, d = (int(p) for p in text.replace("/", "-").replace(".", "-").split("-"))
            return dt.date(y, m, d).isoformat(), None
        except ValueError as exc:
            raise ValidationError(
                field.key,
                "date_invalid",
                f"{field.name}: '{text}' is not a date",
                field_name=field.name,
            ) from exc
    if field.kind == "choice" and text not in field.choice_list:
        raise ValidationError(
            field.key,
            "choice_invalid",
            f"{field.name}: '{text}' is not one of the choices",
            field_name=field.name,
        )
    return text, None


def value_row(customer_id: int, field_id: int, text: str, number: float | None) -> dict:
    """The custom_value row to insert for a value, with its sort key."""
    return {
        "customer": customer_id,
        "field": field_id,
        "text": text,
        "number": number,
        "sort_key": text_sort_key(text),
    }


def values_of(customer_ids: Iterable[int]) -> dict[int, dict[str, str]]:
    """{customer id: {"cf:<field id>": text}} for a page of customers."""

    ids = list(customer_ids)
    out: dict[int, dict[str, str]] = defaultdict(dict)
    if not ids:
        return out
    query = CustomValue.select(CustomValue.customer_id, CustomValue.field_id, CustomValue.text)
    for cid, fid, text in query.where(CustomValue.customer_id.in_(ids)).tuples():
        out[cid][f"cf:{fid}"] = text
    return out


class CustomValue(BaseModel):
    customer = ForeignKeyField(Customer, on_delete="CASCADE")
    field = ForeignKeyField(CustomField, on_delete="CASCADE")
    text = TextField(default="")
    number = DoubleField(null=True)
    sort_key = TextField(default="")  # text_sort_key(text), kept by every write (value_row)

    class Meta:
        primary_key = CompositeKey("customer", "field")
