"""Sorts that read in parts: the customer list's order for a column whose rows come in
segments, each walked through an index in its own order, one after the other.

- a pinyin-keyed text column (city, company, ...): the texts in pinyin order, then the
  customers without one;
- birthday: the next birthday first: from today's month-day to the year's end, then
  from the year's start to yesterday, then the customers without a birthday;
- a custom field: its values in order (pinyin, number or date), then the customers
  without one.

A descending sort is the exact reverse (the list reads from the end by reversing the
sort). A row's key is (context, segment, *the segment's key values); the context is the
month-day the birthday order starts at (0 for the others), so paging on from a key
made yesterday keeps yesterday's order until the list is read afresh.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from peewee import JOIN, SQL, fn

from models import clock
from models.customers.custom_fields import CustomField, CustomValue, sort_column
from models.customers.record import BIRTHDAY_MONTH_DAY, SORT_KEY_COLUMNS, Customer


@dataclass(frozen=True)
class Segment:
    where: object  # a condition on the joined rows
    keys: tuple  # its order, the customer id last
    join: Callable | None = None  # query -> query with what `where` and `keys` read


@dataclass(frozen=True)
class Segmented:
    context: object
    segments: tuple[Segment, ...]

    def key(self, segment: int, values: tuple) -> tuple:
        return (self.context, segment, *values)


def month_day(day) -> str:
    return f"{day:%m-%d}"


def _pinyin(column: str) -> Segmented:
    key = getattr(Customer, SORT_KEY_COLUMNS[column])
    return Segmented(
        0, (Segment(key != "", (key, Customer.id)), Segment(key == "", (key, Customer.id)))
    )


def _birthday(start: str) -> Segmented:
    md = SQL(BIRTHDAY_MONTH_DAY)  # the indexed expression, written as the index has it
    keys = (md, Customer.id)
    return Segmented(
        start,
        (
            Segment(md >= start, keys),
            Segment((md > "") & (md < start), keys),
            # By id alone: ordered by the expression too, an equal expression still
            # costs SQLite a sort of the whole segment.
            Segment(md == "", (Customer.id,)),
        ),
    )


def _custom(field: CustomField) -> Segmented:
    cv = CustomValue.alias("cv")
    fid = SQL(str(int(field.id)))  # a literal: it matches the field's partial index
    column = getattr(cv, sort_column(field))
    present = column.is_null(False) if field.kind == "number" else column != ""

    def joined(query):
        on = (cv.customer == Customer.id) & (cv.field == fid)
        return query.join(cv, JOIN.INNER, on=on)

    own = CustomValue.alias("own")
    own_column = getattr(own, sort_column(field))
    own_present = own_column.is_null(False) if field.kind == "number" else own_column != ""
    has_value = (
        own.select(SQL("1"))
        .where((own.customer == Customer.id) & (own.field == fid) & own_present)
    )  # fmt: skip
    return Segmented(
        0,
        (
            Segment(present, (column, cv.customer), joined),
            Segment(~fn.EXISTS(has_value), (Customer.id,)),
        ),
    )


def segmented(key: str, after: tuple | None = None) -> Segmented | None:
    """The segments a sort by `key` reads in, or None for a sort by one indexed
    expression. `after`: the key paging continues from (its context is kept)."""
    if key in SORT_KEY_COLUMNS:
        return _pinyin(key)
    if key == "birthday":
        return _birthday(after[0] if after else month_day(clock.today()))
    if key.startswith("cf:"):
        field = CustomField.get_or_none(CustomField.id == int(key[3:]))
        return _custom(field) if field is not None else None
    return None
