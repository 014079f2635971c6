"""The Peewee base model every table derives from, bound to the one database proxy."""

from __future__ import annotations

from peewee import Model

from models.db import database


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False
