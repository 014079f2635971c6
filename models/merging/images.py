"""Row images by raw SQL: the rows of a few (table, condition) parts read just before and
just after a change, their differences kept as JSON and written back to undo it.

storage/row_changes does this for Peewee models; a merge touches some thirty tables,
several without a model on a floor below it (membership's plain customer_id columns,
lead and automation logs), so these images name tables and read raw values: exactly
what SQLite holds (TEXT, INTEGER, REAL, BLOB, NULL), nothing converted, so undo puts
back every byte. Rows are keyed by rowid (every table a merge touches has one).
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass

from models.errors import ValidationError
from models.storage.db import database

CHUNK = 400  # ids per IN (...) list (SQLite allows 999 parameters in old builds)


@dataclass(frozen=True)
class Part:
    """The rows of `table` whose `column` is one of the ids (or `where` with params)."""

    table: str
    column: str = ""
    where: str = ""
    params: tuple = ()


def _columns(table: str) -> list[str]:
    return [row[1] for row in database.execute_sql(f"PRAGMA table_info('{table}')").fetchall()]


def read(part: Part, ids: list[int]) -> dict[int, tuple]:
    """{rowid: (values...)} of the part's rows (columns in table order)."""
    columns = ", ".join(f'"{c}"' for c in _columns(part.table))
    out = {}
    if part.where:
        sql = f'SELECT rowid, {columns} FROM "{part.table}" WHERE {part.where}'
        for row in database.execute_sql(sql, part.params).fetchall():
            out[row[0]] = tuple(row[1:])
        return out
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i : i + CHUNK]
        marks = ", ".join("?" * len(chunk))
        sql = f'SELECT rowid, {columns} FROM "{part.table}" WHERE "{part.column}" IN ({marks})'
        for row in database.execute_sql(sql, chunk).fetchall():
            out[row[0]] = tuple(row[1:])
    return out


def read_all(parts: list[Part], ids: list[int]) -> list[dict[int, tuple]]:
    return [read(part, ids) for part in parts]


def differences(parts: list[Part], before: list[dict], after: list[dict]) -> list[dict]:
    """[{table, columns, rows: [[rowid, before or None, after or None], ...]}] of the
    rows that differ (tables without a difference left out)."""
    out = []
    for part, old, new in zip(parts, before, after, strict=True):
        rows = [[key, _plain(old.get(key)), _plain(new.get(key))]
                for key in sorted(old.keys() | new.keys()) if old.get(key) != new.get(key)]  # fmt: skip
        if rows:
            out.append({"table": part.table, "columns": _columns(part.table), "rows": rows})
    return out


def _plain(row: tuple | None):
    if row is None:
        return None
    return [{"b64": base64.b64encode(v).decode()} if isinstance(v, bytes) else v for v in row]


def _value(v):
    return base64.b64decode(v["b64"]) if isinstance(v, dict) else v


def dumps(images: list[dict]) -> str:
    return json.dumps(images, ensure_ascii=False, separators=(",", ":"))


def loads(text: str) -> list[dict]:
    return json.loads(text)


def counts(images: list[dict]) -> dict[str, int]:
    """{table: rows that were there and changed or went} (what a merge moved, per kind
    of record; rows a trigger added meanwhile are not counted)."""
    out = {image["table"]: sum(row[1] is not None for row in image["rows"]) for image in images}
    return {table: n for table, n in out.items() if n}


def put_back(images: list[dict], to_before: bool = True) -> None:
    """Write every row as its before-image (undo) or after-image, after checking that
    each is still as the change left it: ValidationError "undo_conflict" otherwise.
    Rows the change created are deleted first, then changed rows updated, then removed
    rows inserted again with their rowid (a unique slot is always free when needed)."""
    have, want = (2, 1) if to_before else (1, 2)
    with database.atomic():
        for image in images:
            table, columns = image["table"], image["columns"]
            keys = [row[0] for row in image["rows"]]
            current = {}
            for i in range(0, len(keys), CHUNK):
                chunk = keys[i : i + CHUNK]
                sql = (f'SELECT rowid, {", ".join(chr(34) + c + chr(34) for c in columns)}'
                       f' FROM "{table}" WHERE rowid IN ({", ".join("?" * len(chunk))})')  # fmt: skip
                for row in database.execute_sql(sql, chunk).fetchall():
                    current[row[0]] = [
                        {"b64": base64.b64encode(v).decode()} if isinstance(v, bytes) else v
                        for v in row[1:]
                    ]
            for row in image["rows"]:
                if current.get(row[0]) != row[have]:
                    raise ValidationError(
                        "undo", "undo_conflict",
                        "changed since (elsewhere): undoing would lose that change",
                        table=table,
                    )  # fmt: skip
        for image in images:  # created rows go first
            gone = [row[0] for row in image["rows"] if row[want] is None]
            for i in range(0, len(gone), CHUNK):
                chunk = gone[i : i + CHUNK]
                database.execute_sql(
                    f'DELETE FROM "{image["table"]}" WHERE rowid IN ({", ".join("?" * len(chunk))})',
                    chunk,
                )
        for image in images:
            names = image["columns"]
            sets = ", ".join(f'"{c}" = ?' for c in names)
            for row in image["rows"]:
                if row[want] is not None and row[have] is not None:
                    values = [_value(v) for v in row[want]]
                    database.execute_sql(
                        f'UPDATE "{image["table"]}" SET {sets} WHERE rowid = ?', [*values, row[0]]
                    )
        for image in images:
            names = ", ".join(["rowid", *(f'"{c}"' for c in image["columns"])])
            marks = ", ".join("?" * (len(image["columns"]) + 1))
            for row in image["rows"]:
                if row[have] is None and row[want] is not None:
                    values = [_value(v) for v in row[want]]
                    database.execute_sql(
                        f'INSERT INTO "{image["table"]}" ({names}) VALUES ({marks})',
                        [row[0], *values],
                    )
