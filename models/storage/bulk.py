"""Fast bulk writing for imports and demo data: one prepared statement, many rows.

Peewee costs ~28 us a row through insert_many; building the SQL once and handing all
rows to the DB-API's executemany costs a few. Indexes are dropped during a large
load and rebuilt once at the end, which is far cheaper than updating them per row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import contextmanager

from models.storage.db import database, writable


def insert_rows(model, fields: Sequence, rows: Iterable[Sequence]) -> None:
    """INSERT every row (a tuple in `fields` order) with one prepared statement."""
    rows = list(rows)
    if not rows:
        return
    sql, _ = model.insert_many([rows[0]], fields=list(fields)).sql()
    writable()
    database.connection().cursor().executemany(sql, rows)


@contextmanager
def indexes_dropped(model):
    """Drop the non-unique indexes of `model`'s table for a bulk load, rebuild them after."""
    table = model._meta.table_name
    saved = [ix for ix in database.get_indexes(table) if not ix.unique and ix.sql]
    for ix in saved:
        database.execute_sql(f'DROP INDEX IF EXISTS "{ix.name}"')
    try:
        yield
    finally:
        for ix in saved:
            database.execute_sql(ix.sql)
