"""A rule's conditions as one SQL condition over the customer table (aliased `c`), so the
runner, the sweep and the dry run select the matching customers set-based.

A condition naming a tag, custom field or member level that does not exist raises
Broken: the runner switches the rule off with that reason instead of failing."""

from __future__ import annotations

import datetime as dt

from models import clock
from models.automation.definitions import CUSTOM, NO_VALUE_OPS
from models.storage.db import database
from models.tags.tags import find_tag

SIGNS = {"eq": "=", "ne": "<>", "gt": ">", "gte": ">=", "lt": "<", "lte": "<="}


class Broken(Exception):
    """The rule refers to something that is gone; str() is the reason shown."""


def _tag_id(name: str) -> int:
    tag = find_tag(name)
    if tag is None:
        raise Broken(f"tag {name!r} no longer exists")
    return tag.id


def _custom_field_id(name: str) -> int:
    row = database.execute_sql("SELECT id FROM custom_field WHERE name = ?", [name]).fetchone()
    if row is None:
        raise Broken(f"custom field {name!r} no longer exists")
    return row[0]


def _level_id(name: str) -> int:
    row = database.execute_sql(
        "SELECT id FROM member_level WHERE name = ? AND archived_at IS NULL", [name]
    ).fetchone()
    if row is None:
        raise Broken(f"member level {name!r} no longer exists")
    return row[0]


def _text(column: str, op: str, value) -> tuple[str, list]:
    if op == "is":
        return f"{column} = ?", [value]
    if op == "is_not":
        return f"{column} <> ?", [value]
    if op == "contains":
        return f"instr({column}, ?) > 0", [value]
    if op == "empty":
        return f"{column} = ''", []
    return f"{column} <> ''", []


def _days_since(column: str, today: dt.date) -> str:
    return f"(julianday('{today.isoformat()}') - julianday(date(COALESCE({column}, c.created_at))))"


def one(cond: dict, today: dt.date | None = None) -> tuple[str, list]:
    field, op, value = cond["field"], cond["op"], cond.get("value")
    today = today or clock.today()
    if field == "tag":
        if op == "lacks" and find_tag(value) is None:
            return "1", []  # nobody has a tag that does not exist
        probe = "EXISTS (SELECT 1 FROM customer_tag t WHERE t.customer_id = c.id AND t.tag_id = ?)"
        return (probe if op == "has" else f"NOT {probe}"), [_tag_id(value)]
    if field == "segment":
        return _text("c.rfm_segment", op, value)
    if field == "level":
        level = "(SELECT m.level_id FROM member m WHERE m.customer_id = c.id)"
        if op in NO_VALUE_OPS:
            return (f"{level} IS NULL" if op == "empty" else f"{level} IS NOT NULL"), []
        sign = "IS" if op == "is" else "IS NOT"
        return f"{level} {sign} ?", [_level_id(value)]
    if field.startswith(CUSTOM):
        fid = _custom_field_id(field[len(CUSTOM) :].strip())
        column = f"COALESCE((SELECT v.text FROM custom_value v WHERE v.customer_id = c.id AND v.field_id = {fid}), '')"
        return _text(column, op, value)
    numbers = {
        "total_spend": "c.total_spend_cents",
        "purchase_count": "c.purchase_count",
        "tag_count": "c.tag_count",
        "days_since_purchase": _days_since("c.last_purchase_at", today),
        "days_since_contact": _days_since("c.last_contact_at", today),
    }
    if field in numbers:
        return f"{numbers[field]} {SIGNS[op]} ?", [value]
    return _text(f"c.{field}", op, value)


def where(conditions: list[dict], today: dt.date | None = None) -> tuple[str, list]:
    """All conditions and the customer being live (not in the recycle bin)."""
    parts, params = ["c.deleted_at IS NULL"], []
    for cond in conditions:
        sql, values = one(cond, today)
        parts.append(f"({sql})")
        params += values
    return " AND ".join(parts), params


def check(conditions: list[dict]) -> None:
    """Broken when a condition names something that is gone."""
    where(conditions)
