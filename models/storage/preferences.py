"""Preferences of the business kept in its database (not per PC): care lead days, the
greeting template, ... Small typed values stored as JSON under a key."""

from __future__ import annotations

import json

from peewee import CharField, TextField

from models.storage.base import BaseModel


class Preference(BaseModel):
    key = CharField(primary_key=True)
    value = TextField()


def get(key: str, default=None):
    row = Preference.get_or_none(Preference.key == key)
    if row is None:
        return default
    try:
        return json.loads(row.value)
    except ValueError:
        return default


def put(key: str, value) -> None:
    text = json.dumps(value, ensure_ascii=False)
    Preference.insert(key=key, value=text).on_conflict(
        conflict_target=[Preference.key], update={Preference.value: text}
    ).execute()
