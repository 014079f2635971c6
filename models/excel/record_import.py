"""What the imports of a customer's records share (follow-ups, contacts, complaints:
followup_import.py, interaction_import.py, complaint_import.py): the customer found by
number, mobile or email (an unknown one is an error row: these imports create no
customers), the time cells, duplicates (the same record already there or earlier in the
file: skipped), the result, and the undo of a run's rows.

A record names its customer; a row whose customer is not found, is in the recycle bin,
or whose keys name two customers, is an error, and nothing of it is written.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from models import clock
from models.errors import ValidationError
from models.excel import customer_writing, import_cleaning, import_mapping, import_types
from models.excel.import_records import ImportRun, UndoReport
from models.excel.import_types import (
    DUPLICATE,
    ERROR,
    NEW,
    ImportKind,
    Plan,
    Problem,
    Requirement,
    RowPlan,
)
from models.values import date_input
from models.values.contact_fields import normalise_email, normalise_phone

CUSTOMER_KEYS = ("customer_number", "mobile", "email")  # in the order they are tried
CUSTOMER_WORDS: dict[str, tuple[str, ...]] = {
    "customer_number": (
        "客户编号", "客户号", "客户id", "会员号", "会员编号", "会员卡号", "卡号", "编号",
        "customer id", "customerid", "customer no", "customer number", "member id",
        "client id",
    ),
    "mobile": ("手机", "手机号", "手机号码", "电话", "联系电话", "客户手机", "mobile", "phone",
               "mobile phone", "tel", "phone number"),
    "email": ("邮箱", "电子邮件", "email", "e mail", "email address"),
}  # fmt: skip
CUSTOMER_REQUIRED = Requirement(
    CUSTOMER_KEYS, "customer_key_unmapped", "map a customer number, mobile or email column"
)
_TIME_TAIL = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$")


@dataclass
class Result:
    """The outcome of a records import; its as_dict has the customer import's keys."""

    import_id: int | None
    created: int
    updated: int
    skipped: int  # duplicates: already recorded, or earlier in the file
    errors: int  # rows

    def as_dict(self) -> dict:
        return {"import_id": self.import_id, "created": self.created, "updated": self.updated,
                "skipped": self.skipped, "errors": self.errors}  # fmt: skip


def result(import_id: int | None, written: import_types.Written, counts: dict) -> Result:
    return Result(import_id, written.created, written.updated, counts[DUPLICATE], counts[ERROR])


def english_reason(row: RowPlan, problem: Problem | None) -> str:
    if problem is not None:
        return problem.message
    if row.duplicate_of is not None:
        return f"same as row {row.duplicate_of}"
    return "already recorded"


# ---------------------------------------------------------------- cleaning


def phone(value) -> str:
    return normalise_phone(import_cleaning.phone_text(value))


def email(value) -> str:
    return normalise_email(import_cleaning.text(value))


def customer_rules() -> dict:
    return {"customer_number": import_cleaning.identifier, "mobile": phone, "email": email}


def moment(value, date1904: bool, field: str) -> tuple[dt.datetime, bool]:
    """(time, whether a time of day was given) of a date or date-and-time cell: a date
    or datetime cell, an Excel serial (its fraction the time), or text as staff type it
    (models/values/date_input: 2026-12-01 09:30, 2026/12/1, 12月1日 9:30, 明天...)."""
    if isinstance(value, dt.datetime):
        value = value.replace(second=0, microsecond=0)
        return value, value.time() != dt.time()
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time()), False
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        day = dt.date.fromisoformat(import_cleaning.date_value(value, date1904))
        minutes = round((float(value) % 1) * 1440)
        at = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minutes)
        return at, minutes != 0
    text = import_cleaning.code_text(value)
    try:
        return date_input.parse(text)
    except ValidationError:
        pass
    try:  # 20240105, 2024.1.5 14:30 and the other forms of an exported sheet
        day = dt.date.fromisoformat(import_cleaning.date_value(text, date1904))
    except ValidationError:
        raise ValidationError(
            field, "date_invalid", f"'{text}' is not a date", value=text
        ) from None
    tail = _TIME_TAIL.search(text)
    if tail is None:
        return dt.datetime.combine(day, dt.time()), False
    hour, minute, _second = (int(g or 0) for g in tail.groups())
    if hour > 23 or minute > 59:
        raise ValidationError(field, "date_invalid", f"'{text}' is not a time", value=text)
    return dt.datetime.combine(day, dt.time(hour, minute)), True


def when(date1904: bool, field: str):
    """The rule of a time target: its datetime (a date alone is midnight)."""
    return lambda value: moment(value, date1904, field)[0]


def short_text(limit: int, field: str):
    """The rule of a text target: too long raises too_long (the engine cuts it when the
    kind lists the target in `cut`)."""

    def rule(value) -> str:
        text = import_cleaning.text(value)
        if len(text) > limit:
            raise ValidationError(field, "too_long", f"{field} is longer than {limit} "
                                  "characters", limit=limit)  # fmt: skip
        return text

    return rule


def word_rule(words: dict[str, tuple[str, ...]], field: str, code: str):
    """The rule of a coded choice written as a word in Chinese or English (or its code)."""
    index = {}
    for value, names in words.items():
        for name in (value, *names):
            index[import_cleaning.code_text(name).casefold()] = value

    def rule(value) -> str:
        text = import_cleaning.code_text(value)
        found = index.get(text.casefold())
        if found is None:
            raise ValidationError(field, code, f"unknown {field} {text!r}", value=text)
        return found

    return rule


# ---------------------------------------------------------------- planning


def match_customers(plan: Plan) -> list[int | None]:
    """Each row's customer id; a row without one becomes an error (customer_missing,
    customer_unknown, in_bin, conflict)."""
    n = len(plan.rows)
    empty = [None] * n
    columns = {k: plan.columns.get(k, empty) for k in CUSTOMER_KEYS}
    found = {
        key: customer_writing.find("number" if key == "customer_number" else key,
                                   set(column) - {None})
        for key, column in columns.items() if column is not empty
    }  # fmt: skip
    ids: list[int | None] = [None] * n
    for i, row in enumerate(plan.rows):
        if row.problems:
            continue
        values = [(k, columns[k][i]) for k in CUSTOMER_KEYS if columns[k][i] is not None]
        if not values:
            fail(row, "customer_missing", "the row names no customer", "customer_number")
            continue
        hits = set()
        for key, value in values:
            hit = found[key].get(value)
            if hit is not None:
                if hit[1]:
                    fail(row, "in_bin", "the customer is in the recycle bin", id=hit[0])
                    break
                hits.add(hit[0])
        if row.problems:
            continue
        if len(hits) > 1:
            fail(row, "conflict", f"matches customers {sorted(hits)}", ids=sorted(hits))
        elif not hits:
            shown = values[0][1]
            fail(row, "customer_unknown", f"no customer {shown}", values[0][0], value=shown)
        else:
            ids[i] = hits.pop()
    return ids


def fail(row: RowPlan, code: str, message: str, field: str = "row", **params) -> None:
    row.problems.append(Problem(field, code, message, params))
    row.action, row.target = ERROR, None


def not_future(plan: Plan, field: str, code: str, message: str) -> None:
    """Rows whose `field` is later than now (a minute's slack) become errors."""
    limit = clock.now() + dt.timedelta(minutes=1)
    for row, value in zip(plan.rows, plan.columns.get(field, ()), strict=False):
        if value is not None and value > limit and not row.problems:
            fail(row, code, message, field)


def sort_duplicates(plan: Plan, keys: list[tuple | None], existing: dict[tuple, int]) -> None:
    """Rows without problems are new, unless their key is `existing` ({key: record id})
    or an earlier row's: then duplicates (skipped)."""
    seen: dict[tuple, int] = {}
    for row, key in zip(plan.rows, keys, strict=True):
        if row.problems:
            row.action = ERROR
            continue
        if key in existing:
            row.action, row.target = DUPLICATE, existing[key]
        elif key in seen:
            row.action, row.duplicate_of = DUPLICATE, seen[key]
        else:
            row.action = NEW
            seen[key] = row.line


def stamp(value: dt.datetime | None) -> str | None:
    """A time as SQLite keeps it (text), for the bulk inserts."""
    return None if value is None else str(value)


def kept_note(text: str, row: RowPlan, limit: int) -> str:
    """A text with the row's values no target could take ("Column: text") added."""
    kept = row.values.get("kept")
    if not kept:
        return text
    return "\n".join([text, *kept] if text else kept)[:limit]


# ---------------------------------------------------------------- undo


def undo_rows(model, run: ImportRun, report: UndoReport, name: str, changed=None) -> set[int]:
    """Delete the run's rows of `model`, but those `changed` (a condition) since the run:
    kept and reported ("<name>:<id>"). Returns the customers of the rows deleted."""
    mine = model.import_run == run.id
    kept = []
    if changed is not None:
        kept = list(model.select(model.id, model.customer).where(mine & changed).tuples())
    keep_ids = [k for k, _c in kept]
    gone = mine if not keep_ids else mine & model.id.not_in(keep_ids)
    customers = {c for (c,) in model.select(model.customer).where(gone).distinct().tuples()}
    report.records_removed += model.delete().where(gone).execute()
    report.kept += [{"customer": c, "field": f"{name}:{i}", "reason": "changed_since"}
                    for i, c in kept]  # fmt: skip
    return customers


def record_kind(name: str, words: dict, targets, required: tuple, **fields) -> ImportKind:
    """The ImportKind of a customer's records (follow-ups, contacts, complaints): what the
    three share (customer required, new/duplicate/error rows, values kept in the note,
    columns proposed from header words and words inside headers, the shared result)."""

    def propose(headers, samples):
        return import_mapping.propose(headers, samples, kind.index)

    kind = ImportKind(
        name=name, words=words, targets=lambda: list(targets), result=result,
        reason=english_reason, propose=propose, actions=(NEW, DUPLICATE, ERROR),
        required=(CUSTOMER_REQUIRED, *required), kept_in="record_note", **fields,
    )  # fmt: skip
    return kind
