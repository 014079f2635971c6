"""Importing customers from a spreadsheet: read, map, clean, classify, preview, write.

`load()` reads a sheet and finds its header row; `plan()` cleans every row and sorts it
into new / update / duplicate / error without writing; `run()` writes a plan in one
transaction (cancel or failure: nothing changes) and records it for undo
(models/import_history.py). The wizard, the CLI and the tests share these three calls.

A row is a duplicate when its customer number, mobile or email (each key may be turned
off) matches a customer in the database or an earlier row of the file. A row matching
two different customers is a conflict, an error. On update, only mapped columns with a
value are written: an empty cell never blanks a field.

Only the name (a new customer needs one) and the keys (number, mobile, email) make a row
an error. A value an optional field cannot take (a source, gender or stage it does not
know, a birthday that is not a date, a text too long, a bad custom value) never rejects
the row: the field stays empty, the original text goes into the notes as "Column: text"
and the row carries a warning (`RowPlan.warnings`, summed up per column by
`Plan.column_warnings`).
"""

from __future__ import annotations

import json
import threading
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from pathlib import Path

from models import clock
from models.customers import search_index
from models.customers.custom_fields import CustomValue, clean_value, list_fields
from models.customers.customers import CODE_FIELDS, parse_birthday
from models.customers.record import BULK_FIELDS, DEFAULT_MAX_LENGTH, MAX_LENGTHS, Customer
from models.errors import Cancelled, FileRefused, ValidationError
from models.excel import import_cleaning, import_mapping
from models.excel.import_history import CREATED, TAG_PREFIX, ImportChange, ImportRun
from models.sheets.sheet_reader import Workbook, open_workbook
from models.storage import audit, backup
from models.storage.bulk import indexes_dropped, insert_rows
from models.storage.db import database
from models.tags.tables import CustomerTag, Tag
from models.tags.tags import clean_name, get_or_create_tags, tag_key
from models.values.contact_fields import normalise_email, normalise_phone
from models.values.search_text import name_sort_key

MATCH_KEYS = ("number", "mobile", "email")
DUPLICATE_MODES = ("skip", "update", "create")
ERROR_MODES = ("skip", "stop")
NEW, UPDATE, DUPLICATE, ERROR = "new", "update", "duplicate", "error"
# Fields whose unreadable value makes a row an error; any other field's gives a warning.
STRICT_FIELDS = ("name", "number", "mobile", "email")
KEPT, CUT = "notes", "cut"  # what became of a warned value: kept in the notes, or cut short
CHUNK = 900
BULK_INDEX_REBUILD = 50_000  # new rows above which indexes are rebuilt, not maintained
_NEUTRALISED = ("'=", "'+", "'-", "'@", "'\t", "'\r")  # our exports' formula guard

Progress = Callable[[float], None]


@dataclass
class Options:
    """What the user chose; None means 'detect' or 'propose'."""

    sheet: str | None = None
    header_row: int | None = None  # 0-based; -1: the sheet has no header row
    mapping: list[str] | None = None  # a target per column (import_mapping.valid_targets)
    match_keys: tuple[str, ...] = MATCH_KEYS
    on_duplicate: str = "skip"
    on_error: str = "skip"
    encoding: str | None = None
    delimiter: str | None = None

    def check(self) -> None:
        if self.on_duplicate not in DUPLICATE_MODES:
            raise ValidationError("on_duplicate", "option_invalid", f"{self.on_duplicate!r}")
        if self.on_error not in ERROR_MODES:
            raise ValidationError("on_error", "option_invalid", f"{self.on_error!r}")
        for key in self.match_keys:
            if key not in MATCH_KEYS:
                raise ValidationError("match", "option_invalid", f"unknown match key {key!r}")


@dataclass
class Sheet:
    """One sheet of a file, read: every row, the header row and the column titles."""

    workbook: Workbook
    name: str
    rows: list[list]
    header_row: int
    headers: list[str]

    @property
    def width(self) -> int:
        return len(self.headers)

    def data(self):
        """(line number as Excel shows it, cells) of each non-empty row below the header."""
        for index in range(self.header_row + 1, len(self.rows)):
            cells = self.rows[index]
            if any((c.strip() if type(c) is str else c is not None) for c in cells):
                yield index + 1, cells


@dataclass
class Problem:
    field: str  # a target ("mobile", "cf:3", "tags") or "row"
    code: str
    message: str
    params: dict = field(default_factory=dict)


@dataclass
class RowPlan:
    line: int
    cells: list
    # clean non-empty values: fields, "custom" {id: (text, number)}, "tags", and "kept"
    # (lines "Column: original text" of values no field could take, for the notes)
    values: dict
    problems: list[Problem]  # errors: the row is not imported
    action: str = NEW
    target: int | None = None  # the existing customer (update, duplicate)
    duplicate_of: int | None = None  # the earlier line in the file
    # Values an optional field could not take; the row is imported all the same.
    # params: "column" (the file's title), "value" (the original text), "kept" (KEPT/CUT)
    warnings: list[Problem] = field(default_factory=list)


@dataclass
class ColumnWarning:
    """One kind of warning in one column, over the rows that will be written."""

    field: str
    column: str  # the column's title in the file
    code: str
    kept: str  # KEPT or CUT
    rows: int
    first_row: int  # its line, as Excel shows it
    examples: list[str]  # up to three distinct original values
    message: str  # the first row's message (English, for logs and the CLI)
    params: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {
            "column": self.column, "field": self.field, "code": self.code, "kept": self.kept,
            "rows": self.rows, "first_row": self.first_row, "examples": self.examples,
            "message": self.message,
        }  # fmt: skip


def column_warnings(rows: list[RowPlan], written: tuple[str, ...]) -> list[ColumnWarning]:
    """The rows' warnings summed up per column and kind, counting the rows whose action
    is in `written` (the others are not imported, so nothing of them is kept)."""
    out: dict[tuple[str, str, str], ColumnWarning] = {}
    for row in rows:
        if row.action not in written:
            continue
        for p in row.warnings:
            column = p.params.get("column", p.field)
            key = (column, p.field, p.code)
            found = out.get(key)
            if found is None:
                found = out[key] = ColumnWarning(
                    p.field, column, p.code, p.params.get("kept", KEPT), 0, row.line, [],
                    p.message, p.params,
                )  # fmt: skip
            found.rows += 1
            value = p.params.get("value", "")
            if value and len(found.examples) < 3 and value not in found.examples:
                found.examples.append(value)
    return list(out.values())


@dataclass
class Plan:
    sheet: Sheet
    options: Options
    mapping: list[str]
    rows: list[RowPlan]

    @property
    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys((NEW, UPDATE, DUPLICATE, ERROR), 0)
        for row in self.rows:
            counts[row.action] += 1
        return counts

    def not_imported(self) -> list[RowPlan]:
        """Rows the import leaves out: errors and skipped duplicates (for the report)."""
        return [r for r in self.rows if r.action in (ERROR, DUPLICATE)]

    def column_warnings(self) -> list[ColumnWarning]:
        """Per column, the values kept in the notes (or cut) in the rows to be written."""
        return column_warnings(self.rows, (NEW, UPDATE))


@dataclass
class Result:
    import_id: int
    created: int
    updated: int
    skipped: int
    errors: int

    def as_dict(self) -> dict:
        return {
            "import_id": self.import_id,
            "created": self.created,
            "updated": self.updated,
            "skipped": self.skipped,
            "errors": self.errors,
        }


# ---------------------------------------------------------------- reading


def load(path: str | Path, options: Options | None = None) -> Sheet:
    """Open the file and read a sheet (the chosen one, else the first with data)."""
    options = options or Options()
    workbook = open_workbook(path, options.encoding, options.delimiter)
    names = [options.sheet] if options.sheet is not None else workbook.sheets
    rows, name = [], names[0]
    for name in names:
        rows = workbook.read(name)
        if any(any(import_cleaning.text(c) for c in r) for r in rows):
            break
    else:
        raise FileRefused("sheet_empty", f"sheet {name!r} has no data", sheet=name)
    header_row = options.header_row
    if header_row is None:
        header_row = import_mapping.detect_header_row(rows)
    if not -1 <= header_row < len(rows):
        raise ValidationError("header_row", "header_row_invalid", f"no row {header_row + 1}")
    width = max(len(r) for r in rows)
    header_cells = rows[header_row] if header_row >= 0 else []
    return Sheet(workbook, name, rows, header_row, import_mapping.headers_of(header_cells, width))


def with_header_row(sheet: Sheet, header_row: int) -> Sheet:
    """The same sheet read with another header row (-1: none)."""
    if not -1 <= header_row < len(sheet.rows):
        raise ValidationError("header_row", "header_row_invalid", f"no row {header_row + 1}")
    cells = sheet.rows[header_row] if header_row >= 0 else []
    headers = import_mapping.headers_of(cells, sheet.width)
    return Sheet(sheet.workbook, sheet.name, sheet.rows, header_row, headers)


def proposed_mapping(sheet: Sheet) -> list[str]:
    samples = [cells for _line, cells in islice(sheet.data(), 200)]
    return import_mapping.propose(sheet.headers, samples)


# ---------------------------------------------------------------- cleaning


class _Cleaner:
    """Cleans rows into customers' values, per the mapping, a column at a time.

    Column by column, each target's rule is looked up once, and values that repeat
    (dates, choices, tag lists, custom choices) are cleaned once per distinct value:
    100k rows x 12 columns is over a million cells. The rules are the ones
    customers.validate() applies to the form (tests hold them equal)."""

    def __init__(self, mapping: list[str], date1904: bool, headers: list[str] = ()):
        self.date1904 = date1904
        self.columns: dict[str, list[int]] = defaultdict(list)
        for index, target in enumerate(mapping):
            if target:
                self.columns[target].append(index)
        self.titles = {  # the file's own column titles, for the notes and the warnings
            target: " + ".join(headers[i] if i < len(headers) else target for i in indexes)
            for target, indexes in self.columns.items()
        }
        fields = {f.key: f for f in list_fields()}
        self.custom = {key: fields[key] for key in self.columns if key.startswith("cf:")}
        self._memos: dict[str, dict] = {}  # per target: raw value -> clean value or error

    def clean_rows(
        self, rows: list[list]
    ) -> tuple[list[dict], list[list[Problem]], list[list[Problem]]]:
        """(values, errors, warnings) per row."""
        values: list[dict] = [{} for _ in rows]
        problems: list[list[Problem]] = [[] for _ in rows]
        warnings: list[list[Problem]] = [[] for _ in rows]
        for target, indexes in self.columns.items():
            rule = self._rule(target)
            memo = self._memos.setdefault(target, {}) if self._repeats(target) else None
            single = indexes[0] if len(indexes) == 1 else None
            for r, cells in enumerate(rows):
                if single is not None:
                    raw = cells[single] if single < len(cells) else ""
                    if raw == "" or raw is None:
                        continue
                    if type(raw) is str and raw[:1] == "'":
                        raw = _unguard(raw)
                else:
                    raw = tuple(_unguard(cells[i]) if i < len(cells) else "" for i in indexes)
                try:
                    if memo is None:
                        value = rule(raw)
                    else:
                        key = (type(raw), raw)
                        value = memo.get(key, _MISSING)
                        if value is _MISSING:
                            try:
                                value = memo[key] = rule(raw)
                            except ValidationError as exc:
                                memo[key] = exc
                                raise
                        elif type(value) is ValidationError:
                            raise value
                except ValidationError as exc:
                    if target in STRICT_FIELDS:
                        problems[r].append(Problem(target, exc.code, str(exc), exc.params))
                    else:
                        warnings[r].append(self._keep(values[r], target, raw, exc))
                    continue
                if not value:
                    continue
                if target == "birthday":
                    row = values[r]
                    row["birthday"], row["birthday_lunar"], row["birthday_leap"] = value
                elif target in self.custom:
                    if value[0]:
                        values[r].setdefault("custom", {})[self.custom[target].id] = value
                else:
                    values[r][target] = value
        return values, problems, warnings

    def _keep(self, row: dict, target: str, raw, exc: ValidationError) -> Problem:
        """What becomes of a value an optional field cannot take: the notes get it as
        "Column: text" (too long notes are cut instead); the warning says so."""
        title = self.titles[target]
        if target == "tags" and "names" in exc.params:  # the readable tags are kept
            if exc.params["names"]:
                row["tags"] = exc.params["names"]
            original = exc.params["rejected"]
        else:
            original = _joined(target, raw)
        params = {k: v for k, v in exc.params.items() if k not in ("names", "rejected")}
        params.update(column=title, value=_sample(original), kept=KEPT)
        if target == "notes":
            limit = MAX_LENGTHS["notes"]
            row["notes"] = original[:limit]
            params["kept"] = CUT
        else:
            row.setdefault("kept", []).append(f"{title}: {original}")
        return Problem(target, exc.code, str(exc), params)

    def _repeats(self, target: str) -> bool:
        return target in _REPEATING or target in self.custom

    def _rule(self, target: str) -> Callable:
        c = import_cleaning
        if target in self.custom:
            return partial(_custom_value, self.custom[target], self.date1904)
        if target == "tags":
            return _tag_names
        if target == "birthday":
            return partial(_birthday, self.date1904)
        if target == "mobile":
            return lambda raw: normalise_phone(c.phone_text(raw))
        if target == "email":
            return lambda raw: normalise_email(c.code_text(raw))
        if target in ("gender", "source", "stage"):
            return partial(_choice, target)
        return partial(_text_field, target)


_MISSING = object()
_REPEATING = ("birthday", "gender", "source", "stage", "tags", "city", "industry", "owner")


def _joined(target: str, raw) -> str:
    if not isinstance(raw, tuple):
        return import_cleaning.text(raw)
    parts = [p for p in (import_cleaning.text(v) for v in raw) if p]
    joiner = "\n" if target == "notes" else "" if _all_cjk(parts) else " "
    return joiner.join(parts)


def _text_field(target: str, raw) -> str:
    value = import_cleaning.identifier(raw) if target == "number" else _joined(target, raw)
    if target in CODE_FIELDS and not value.isascii():
        value = unicodedata.normalize("NFKC", value).strip()
    limit = MAX_LENGTHS.get(target, DEFAULT_MAX_LENGTH)
    if len(value) > limit:
        raise ValidationError(
            target, "too_long", f"{target} is longer than {limit} characters", limit=limit
        )
    return value


def _choice(target: str, raw) -> str:
    return import_cleaning.choice(raw, target)


def _tag_names(raw) -> list[str]:
    """The tags named in the cell(s). A part that is no tag name (too long) raises, with
    the readable names in params "names" and the rest as text in "rejected"."""
    names, keys, rejected, first = [], set(), [], None
    for cell in raw if isinstance(raw, tuple) else (raw,):
        for part in import_cleaning.tags(cell):
            try:
                name = clean_name(part)
            except ValidationError as exc:
                rejected.append(part)
                first = first or exc
                continue
            if tag_key(name) not in keys:
                keys.add(tag_key(name))
                names.append(name)
    if first is not None:
        raise ValidationError("tags", first.code, str(first), **first.params, names=names,
                              rejected=" ".join(rejected))  # fmt: skip
    return names


def _custom_value(field, date1904: bool, raw) -> tuple[str, float | None]:
    c = import_cleaning
    if isinstance(raw, tuple):
        raw = raw[0]
    if field.kind == "date":
        raw = c.date_value(raw, date1904)
    elif field.kind == "number":
        raw = c.number(raw)
    else:
        raw = c.text(raw)
    return clean_value(field, raw)


def _birthday(date1904: bool, raw) -> tuple[str, bool, bool] | str:
    """(stored date, lunar, leap); '农历 1990-05-03' / 'Lunar leap 1990-04-01' are lunar."""
    if isinstance(raw, tuple):
        raw = raw[0]
    text = import_cleaning.code_text(raw)
    lunar = leap = False
    for prefix in ("农历", "阴历", "lunar"):
        if text.casefold().startswith(prefix):
            lunar, text = True, text[len(prefix) :].strip()
    for prefix in ("闰", "leap"):
        if lunar and text.casefold().startswith(prefix):
            leap, text = True, text[len(prefix) :].strip()
    if not text:
        return ""
    try:
        date = import_cleaning.date_value(text if lunar else raw, date1904, allow_no_year=True)
    except ValidationError as exc:
        raise ValidationError("birthday", "birthday_invalid", str(exc), **exc.params) from None
    return parse_birthday(date, lunar, leap), lunar, leap


def _sample(text: str, limit: int = 60) -> str:
    """An original value as a warning quotes it: one line, at most `limit` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def with_kept(notes: str, kept: list[str] | None) -> str:
    """The notes with the kept lines added (those not already in them: importing the
    same file again adds nothing), within the notes' length."""
    notes = notes or ""
    lines = [line for line in kept or () if line not in notes]
    if not lines:
        return notes
    joined = "\n".join([notes, *lines] if notes else lines)
    return joined[: MAX_LENGTHS["notes"]]


def _all_cjk(parts: list[str]) -> bool:
    return bool(parts) and all(not p.isascii() for p in parts)


def _unguard(value):
    """Undo the quote our exports put before = + - @ (formula guard)."""
    if isinstance(value, str) and value.startswith(_NEUTRALISED):
        return value[1:]
    return value


# ---------------------------------------------------------------- planning


def plan(
    sheet: Sheet,
    options: Options | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    limit: int | None = None,
) -> Plan:
    """Clean and classify every row (or the first `limit`: a row's outcome never depends
    on rows below it, so a quick preview of the first rows is exact); writes nothing."""
    options = options or Options()
    options.check()
    mapping = list(options.mapping or proposed_mapping(sheet))
    if len(mapping) < sheet.width:
        mapping += [import_mapping.IGNORE] * (sheet.width - len(mapping))
    _check_mapping(mapping)
    cleaner = _Cleaner(mapping, sheet.workbook.date1904, sheet.headers)
    rows: list[RowPlan] = []
    data = list(sheet.data()) if limit is None else list(islice(sheet.data(), limit))
    for begin in range(0, len(data), 20000):
        batch = data[begin : begin + 20000]
        values, problems, warnings = cleaner.clean_rows([cells for _line, cells in batch])
        for (line, cells), v, p, w in zip(batch, values, problems, warnings, strict=True):
            rows.append(RowPlan(line, cells, v, p, warnings=w))
        _tick(progress, cancel, 0.8 * (begin + len(batch)) / len(data))
    keys = [k for k in options.match_keys if k in mapping]
    _classify(rows, keys, options.on_duplicate)
    _tick(progress, cancel, 1.0)
    return Plan(sheet, options, mapping, rows)


def _check_mapping(mapping: list[str]) -> None:
    valid = set(import_mapping.valid_targets())
    seen = set()
    for target in mapping:
        if target not in valid:
            raise ValidationError("mapping", "mapping_invalid", f"unknown field {target!r}")
        if target and target not in import_mapping.MULTI and target in seen:
            raise ValidationError(
                "mapping", "mapping_twice", f"two columns go to {target}", target=target
            )
        seen.add(target)


def _tick(progress, cancel, fraction: float) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled("import cancelled")
    if progress is not None:
        progress(fraction)


def _existing(key: str, values: set[str]) -> dict[str, tuple[int, bool]]:
    """{value: (customer id, in recycle bin)} for customers with these key values."""
    found: dict[str, tuple[int, bool]] = {}
    column = getattr(Customer, key)
    values = sorted(values)
    statements: dict[tuple[int, bool], str] = {}
    for i in range(0, len(values), CHUNK):
        chunk = values[i : i + CHUNK]
        # Live and binned customers apart: each then uses its own partial index.
        for live in (True, False):
            sql = statements.get((len(chunk), live))
            if sql is None:  # Peewee builds the SQL once per shape: building costs ~10 ms
                where = Customer.deleted_at.is_null(live)
                query = Customer.select(Customer.id, column, Customer.deleted_at)
                sql = statements[(len(chunk), live)] = query.where(where & column.in_(chunk)).sql()[
                    0
                ]
            for cid, value, deleted in database.execute_sql(sql, chunk):
                found.setdefault(value, (cid, deleted is not None))
    return found


def _classify(rows: list[RowPlan], keys: list[str], on_duplicate: str) -> None:
    lookup_keys = set(keys) | {"number"}  # numbers are unique whether or not a match key
    wanted = {k: {r.values[k] for r in rows if k in r.values} for k in lookup_keys}
    existing = {k: _existing(k, vals) for k, vals in wanted.items()}
    in_file: dict[tuple[str, str], RowPlan] = {}
    numbers_created: dict[str, int] = {}
    for row in rows:
        if row.problems:
            row.action = ERROR
            continue
        matches = {existing[k][row.values[k]] for k in keys if row.values.get(k) in existing[k]}
        earlier = [
            in_file[(k, row.values.get(k))] for k in keys if (k, row.values.get(k)) in in_file
        ]
        ids = {cid for cid, _bin in matches}
        if len(ids) > 1:
            _error(row, "conflict", f"matches customers {sorted(ids)}", ids=sorted(ids))
            continue
        if any(in_bin for _cid, in_bin in matches) and on_duplicate != "create":
            _error(row, "in_bin", "matches a customer in the recycle bin", id=next(iter(ids)))
            continue
        target = next(iter(ids), None)
        if earlier and on_duplicate != "create":
            first = earlier[0]
            if first.action == UPDATE and target is not None and first.target != target:
                _error(row, "conflict", "matches two customers", ids=sorted({first.target, target}))
                continue
            row.action, row.target, row.duplicate_of = DUPLICATE, target, first.line
        elif target is not None and on_duplicate == "skip":
            row.action, row.target = DUPLICATE, target
        elif target is not None and on_duplicate == "update":
            row.action, row.target = UPDATE, target
        else:
            row.action = NEW
        number = row.values.get("number")
        if row.action == NEW:
            if not row.values.get("name"):
                _error(row, "name_required", "a new customer needs a name", field="name")
                continue
            if number and (number in existing["number"] or number in numbers_created):
                owner = existing["number"].get(number, (None,))[0]
                line = numbers_created.get(number)
                _error(row, "number_taken", "customer number in use", number=number, id=owner,
                       line=line)  # fmt: skip
                continue
            if number:
                numbers_created[number] = row.line
        elif row.action == UPDATE and number:
            owner = existing["number"].get(number)
            if (owner and owner[0] != row.target) or number in numbers_created:
                _error(row, "number_taken", "customer number in use", number=number)
                continue
        for k in keys:
            if k in row.values:
                in_file.setdefault((k, row.values[k]), row)


def _error(row: RowPlan, code: str, message: str, field: str = "row", **params) -> None:
    row.problems.append(Problem(field, code, message, params))
    row.action, row.target = ERROR, None


# ---------------------------------------------------------------- writing


def run(
    plan: Plan,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Result:
    """Write the plan in one transaction and record it. Raises Cancelled (nothing
    written), ValidationError 'import_has_errors' when errors stop the import."""
    counts = plan.counts
    if plan.options.on_error == "stop" and counts[ERROR]:
        raise ValidationError(
            "import", "import_has_errors", f"{counts[ERROR]} rows have errors", count=counts[ERROR]
        )

    progress = backup.before("import", progress, cancel)
    started = clock.now()
    new_rows = [r for r in plan.rows if r.action == NEW]
    update_rows = [r for r in plan.rows if r.action == UPDATE]
    with database.atomic():
        record = ImportRun.create(
            file_name=plan.sheet.workbook.path.name,
            file_path=str(plan.sheet.workbook.path),
            sheet=plan.sheet.name if plan.sheet.workbook.kind != "csv" else "",
            started_at=started,
            finished_at=started,
            mapping=json.dumps(
                {h: t for h, t in zip(plan.sheet.headers, plan.mapping, strict=False) if t},
                ensure_ascii=False,
            ),
            options=json.dumps(
                {
                    "match": list(plan.options.match_keys),
                    "on_duplicate": plan.options.on_duplicate,
                    "on_error": plan.options.on_error,
                }
            ),
        )
        tag_ids = _tag_ids(new_rows + update_rows)
        _tick(progress, cancel, 0.05)
        created = _create(record.id, new_rows, tag_ids, progress, cancel)
        updated = _update(record.id, update_rows, tag_ids, progress, cancel)
        record.created, record.updated = created, updated
        record.skipped, record.errors = counts[DUPLICATE], counts[ERROR]
        record.finished_at = clock.now()
        record.save()
        import_mapping.remember(plan.sheet.headers, plan.mapping)
        audit.record("import", "import", record.id, count=created + updated,
                     detail=f"{record.file_name}: +{created:,} / ~{updated:,}")  # fmt: skip
        _tick(progress, cancel, 1.0)
    if created > BULK_INDEX_REBUILD:
        search_index.optimize()
    return Result(record.id, created, updated, counts[DUPLICATE], counts[ERROR])


def _tag_ids(rows: list[RowPlan]) -> dict[str, int]:
    """{tag key: id} for every tag the rows name, creating missing ones (in the txn)."""
    names, seen = [], set()
    for row in rows:
        for name in row.values.get("tags", ()):
            key = tag_key(name)
            if key not in seen:
                seen.add(key)
                names.append(name)
    known = {t.name_key: t.id for t in Tag.select(Tag.id, Tag.name_key)}
    missing = [n for n in names if tag_key(n) not in known]
    for tag in get_or_create_tags(missing):
        known[tag.name_key] = tag.id
    return known


def _create(run_id, rows, tag_ids, progress, cancel) -> int:
    if not rows:
        return 0
    now = clock.now()
    start = (Customer.select(Customer.id).order_by(Customer.id.desc()).scalar() or 0) + 1
    # Rebuilding every index costs in proportion to the whole table, keeping them up to
    # date in proportion to the new rows: rebuild only for a load much larger than the
    # table (measured at 100k into 100k: keeping them is 20% faster).
    existing = Customer.select().count() if len(rows) > BULK_INDEX_REBUILD else 0
    big = len(rows) > BULK_INDEX_REBUILD and len(rows) > 2 * existing
    with (
        indexes_dropped(Customer) if big else nullcontext(),
        indexes_dropped(CustomerTag) if big else nullcontext(),
    ):
        for begin in range(0, len(rows), 5000):
            batch = rows[begin : begin + 5000]
            customers, links, customs, bodies, changes = [], [], [], [], []
            for offset, row in enumerate(batch):
                cid = row.target = start + begin + offset
                v = row.values
                tags = sorted({tag_ids[tag_key(n)] for n in v.get("tags", ())})
                name = v["name"]
                if "kept" in v:
                    v = {**v, "notes": with_kept(v.get("notes", ""), v["kept"])}
                customers.append(
                    (
                        cid, v.get("number", ""), name, name_sort_key(name), v.get("mobile", ""),
                        v.get("wechat", ""), v.get("email", ""), v.get("company", ""),
                        v.get("job_title", ""), v.get("industry", ""), v.get("city", ""),
                        v.get("address", ""), v.get("gender", ""), v.get("birthday", ""),
                        bool(v.get("birthday_lunar")), bool(v.get("birthday_leap")),
                        v.get("source", ""), v.get("owner", ""), v.get("stage", ""),
                        v.get("notes", ""), now, now, len(tags),
                    )
                )  # fmt: skip
                links += [(cid, t) for t in tags]
                customs += [(cid, fid, t, n) for fid, (t, n) in v.get("custom", {}).items()]
                bodies.append((cid, search_index.bodies_for_row(v)))
                changes.append((run_id, cid, CREATED, None, None))
            insert_rows(Customer, [getattr(Customer, f) for f in BULK_FIELDS], customers)
            insert_rows(CustomerTag, [CustomerTag.customer, CustomerTag.tag], links)
            insert_rows(
                CustomValue,
                [CustomValue.customer, CustomValue.field, CustomValue.text, CustomValue.number],
                customs,
            )
            search_index.index_rows(bodies, new=True)
            _write_changes(changes)
            _tick(progress, cancel, 0.05 + 0.75 * (begin + len(batch)) / len(rows))
    return len(rows)


def create_customers(run_id: int, values: list[dict], cancel=None) -> list[int]:
    """Create customers from clean values ({"name": ..., "number": ...}) as part of import
    `run_id` (undo removes them); returns their ids in order. Inside the caller's
    transaction: the purchase import creates unknown customers this way."""
    rows = [RowPlan(0, [], v, []) for v in values]
    _create(run_id, rows, {}, None, cancel)
    return [row.target for row in rows]


def _write_changes(changes: list[tuple]) -> None:
    insert_rows(
        ImportChange,
        [
            ImportChange.run,
            ImportChange.customer,
            ImportChange.field,
            ImportChange.old,
            ImportChange.new,
        ],
        changes,
    )


def _update(run_id, rows, tag_ids, progress, cancel) -> int:
    """Write each row's mapped, non-empty values that differ from what is stored."""
    updated = 0
    now = clock.now()
    for begin in range(0, len(rows), CHUNK):
        batch = rows[begin : begin + CHUNK]
        ids = [r.target for r in batch]
        current = {r["id"]: r for r in Customer.select().where(Customer.id.in_(ids)).dicts()}
        links = defaultdict(set)
        for cid, tid in (
            CustomerTag.select(CustomerTag.customer_id, CustomerTag.tag_id)
            .where(CustomerTag.customer_id.in_(ids))
            .tuples()
        ):
            links[cid].add(tid)
        customs = {
            (cv.customer_id, cv.field_id): (cv.text, cv.number)
            for cv in CustomValue.select().where(CustomValue.customer_id.in_(ids))
        }
        changes, reindex = [], []
        for row in batch:
            cid, old, v = row.target, current[row.target], row.values
            if "kept" in v:  # added to the notes (the file's, else the customer's)
                v = {**v, "notes": with_kept(v.get("notes", old["notes"]), v["kept"])}
            fields = {
                k: val
                for k, val in v.items()
                if k not in ("custom", "tags", "kept") and old.get(k) != val
            }
            row_changes = [
                (run_id, cid, k, _as_text(old[k]), _as_text(val)) for k, val in fields.items()
            ]
            for fid, (text, number) in v.get("custom", {}).items():
                before = customs.get((cid, fid))
                if before is not None and before[0] == text:
                    continue
                where = (CustomValue.customer == cid) & (CustomValue.field == fid)
                CustomValue.delete().where(where).execute()
                CustomValue.insert(customer=cid, field=fid, text=text, number=number).execute()
                row_changes.append(
                    (run_id, cid, f"cf:{fid}", json.dumps(before) if before else None, text)
                )
            if "tags" in v:
                wanted = {tag_ids[tag_key(n)] for n in v["tags"]}
                add, remove = wanted - links[cid], links[cid] - wanted
                for tid in add:
                    CustomerTag.insert(customer=cid, tag=tid).execute()
                for tid in remove:
                    CustomerTag.delete().where(
                        (CustomerTag.customer == cid) & (CustomerTag.tag == tid)
                    ).execute()
                row_changes += [(run_id, cid, f"{TAG_PREFIX}{t}", None, "1") for t in add]
                row_changes += [(run_id, cid, f"{TAG_PREFIX}{t}", "1", None) for t in remove]
                if add or remove:
                    fields["tag_count"] = len(wanted)
            if not row_changes:
                continue
            if "name" in fields:
                fields["name_key"] = name_sort_key(fields["name"])
            fields["updated_at"] = now
            Customer.update(**fields).where(Customer.id == cid).execute()
            changes += row_changes
            reindex.append(cid)
            updated += 1
        _write_changes(changes)
        if reindex:
            fresh = Customer.select().where(Customer.id.in_(reindex)).dicts()
            search_index.index_rows((r["id"], search_index.bodies_for_row(r)) for r in fresh)
        _tick(progress, cancel, 0.8 + 0.18 * (begin + len(batch)) / max(1, len(rows)))
    return updated


def _as_text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)
