"""The Peewee base model every table derives from, bound to the one database proxy."""

from __future__ import annotations

import datetime as dt
import gc
from contextlib import contextmanager

from peewee import Model

from models.storage.db import database


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


def raw_time(value) -> dt.datetime | None:
    """A time selected without Peewee's conversion (aggregates, raw reads of many rows):
    SQLite gives ISO text, PostgreSQL a datetime."""
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(value)


@contextmanager
def gc_paused():
    """Around building hundreds of thousands of objects that live on: the cyclic garbage
    collector would otherwise rescan them all again and again (3x the time)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
