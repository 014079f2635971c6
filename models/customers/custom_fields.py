"""User-defined customer fields (text, number, date, choice) and their values."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

from peewee import CharField, CompositeKey, DoubleField, ForeignKeyField, IntegerField, TextField

from models.customers.record import Customer
from models.errors import ValidationError
from models.storage.base import BaseModel

KINDS = ("text", "number", "date", "choice")


class CustomField(BaseModel):
    name = CharField(unique=True)
    kind = CharField(default="text")
    choices = TextField(default="[]")  # JSON list, for kind == "choice"
    position = IntegerField(default=0)

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
    CustomField.delete().where(CustomField.id == field_id).execute()


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

    class Meta:
        primary_key = CompositeKey("customer", "field")
