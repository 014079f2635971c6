"""Undo and redo by rows: a change kept as the before- and after-image of every row it
touched, read from a few tables (scopes) just before and just after it was made.

Undo puts the before-images back (rows the change created are deleted, rows it deleted
are inserted again with their ids), redo the after-images. Either refuses (ValidationError
"undo_conflict", nothing written) when a row is no longer as the change left it: someone
changed or removed it since (another window, the CLI), and writing over that would lose
their work.
"""

from __future__ import annotations

from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field

from peewee import IntegrityError, fn

from models.errors import ValidationError
from models.storage.db import database

CHUNK = 500


@dataclass(frozen=True)
class Scope:
    """The rows of `table` matching `where` (a peewee expression; None: every row).
    Parent tables come first in a list of scopes: inserts and updates run in that
    order, then deletes the other way round."""

    table: type
    where: object = None
    ignore: tuple[str, ...] = ()  # columns that may change meanwhile (a reminder rang)

    def key_names(self) -> tuple[str, ...]:
        pk = self.table._meta.primary_key
        names = getattr(pk, "field_names", None)
        return tuple(names) if names else (pk.name,)

    def read(self) -> dict[tuple, dict]:
        query = self.table.select()
        if self.where is not None:
            query = query.where(self.where)
        names = self.key_names()
        rows = {}
        for row in query.dicts().iterator():
            rows[tuple(row[n] for n in names)] = row
        return rows

    def same(self, a: dict | None, b: dict | None) -> bool:
        if a is None or b is None:
            return a is b
        return {k: v for k, v in a.items() if k not in self.ignore} == {
            k: v for k, v in b.items() if k not in self.ignore
        }


def newer_than_now(table):
    """The condition "created after this moment" (ids above the largest one now)."""
    top = table.select(fn.MAX(table._meta.primary_key)).scalar() or 0
    return table._meta.primary_key > top


@dataclass
class RowChanges:
    """Each scope's rows as (before, after); None where the row did not exist."""

    scopes: list[Scope]
    rows: list[dict[tuple, tuple[dict | None, dict | None]]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return any(self.rows)

    def images(self, table, after: bool = True) -> list[dict]:
        """The rows of `table` on one side of the change (those that exist there)."""
        out = []
        for scope, rows in zip(self.scopes, self.rows, strict=True):
            if scope.table is table:
                out += [pair[after] for pair in rows.values() if pair[after] is not None]
        return out

    def touched(self, table, column: str) -> set:
        """`column`'s values in `table`'s rows on either side (e.g. the customers)."""
        return {
            image[column]
            for scope, rows in zip(self.scopes, self.rows, strict=True)
            if scope.table is table
            for pair in rows.values()
            for image in pair
            if image is not None
        }

    def write(self, to_after: bool) -> None:
        """Put every row as its after-image (redo) or before-image (undo), after checking
        that each is still as the other side: ValidationError "undo_conflict" otherwise."""
        with database.atomic():
            for scope, rows in zip(self.scopes, self.rows, strict=True):
                current = scope.read() if rows else {}
                for key, pair in rows.items():
                    expected = pair[0] if to_after else pair[1]
                    if not scope.same(current.get(key), expected):
                        raise ValidationError(
                            "undo", "undo_conflict",
                            "changed since (elsewhere): undoing would lose that change",
                            table=scope.table._meta.table_name,
                        )  # fmt: skip
            try:
                # Inserts parent tables first, then updates (a tag moving into a group
                # inserted just now), then deletes child tables first: a row is never
                # removed by a cascade before it has moved away.
                pairs = list(zip(self.scopes, self.rows, strict=True))
                for scope, rows in pairs:
                    new, changed = [], []
                    for pair in rows.values():
                        old, put = (pair[0], pair[1]) if to_after else (pair[1], pair[0])
                        if put is not None:
                            (new if old is None else changed).append(put)
                    for i in range(0, len(new), CHUNK):
                        scope.table.insert_many(new[i : i + CHUNK]).execute()
                    _update(scope, changed)
                for scope, rows in reversed(pairs):
                    gone = [k for k, p in rows.items() if p[1 if to_after else 0] is None
                            and p[0 if to_after else 1] is not None]  # fmt: skip
                    _delete(scope, gone)
            except IntegrityError:  # a row it points at is gone (a customer purged)
                raise ValidationError(
                    "undo", "undo_conflict", "it clashes with a change made since"
                ) from None


def _delete(scope: Scope, keys: list[tuple]) -> None:
    names = scope.key_names()
    columns = [scope.table._meta.fields[n] for n in names]
    if len(columns) == 1:
        ids = [k[0] for k in keys]
        for i in range(0, len(ids), CHUNK):
            scope.table.delete().where(columns[0].in_(ids[i : i + CHUNK])).execute()
        return
    by_last = defaultdict(list)  # composite keys: one statement per value of the last
    for key in keys:
        by_last[key[-1]].append(key)
    for last, group in by_last.items():
        for i in range(0, len(group), CHUNK):
            cond = columns[-1] == last
            part = group[i : i + CHUNK]
            if len(columns) == 2:
                cond &= columns[0].in_([k[0] for k in part])
                scope.table.delete().where(cond).execute()
            else:
                for key in part:
                    exact = cond
                    for column, value in zip(columns, key, strict=True):
                        exact &= column == value
                    scope.table.delete().where(exact).execute()


def _update(scope: Scope, images: list[dict]) -> None:
    names = scope.key_names()
    for image in images:
        cond = None
        for n in names:
            term = scope.table._meta.fields[n] == image[n]
            cond = term if cond is None else cond & term
        values = {k: v for k, v in image.items() if k not in names}
        scope.table.update(**values).where(cond).execute()


@contextmanager
def recording(scopes: list[Scope]):
    """Read the scopes, run the block (the change), read them again: the yielded
    RowChanges then holds every row that differs. An error in the block propagates and
    leaves the RowChanges empty."""
    changes = RowChanges(list(scopes))
    before = [scope.read() for scope in changes.scopes]
    yield changes
    for scope, old in zip(changes.scopes, before, strict=True):
        new = scope.read()
        changes.rows.append(
            {key: (old.get(key), new.get(key)) for key in old.keys() | new.keys()
             if old.get(key) != new.get(key)}
        )  # fmt: skip
