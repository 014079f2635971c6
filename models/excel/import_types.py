"""The import engine's vocabulary (import_engine.py does the work): ImportKind, a kind
of record described; the options every kind shares; a sheet as read; a row's plan with
its problems and warnings; the plan; what a kind's write did."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from models.errors import ValidationError
from models.excel import import_mapping
from models.excel.import_records import ImportRun, UndoReport
from models.sheets.sheet_reader import Workbook

NEW, UPDATE, DUPLICATE, ERROR = "new", "update", "duplicate", "error"
ERROR_MODES = ("skip", "stop")
KEPT, CUT = "notes", "cut"  # what became of a warned value: kept in the notes, or cut short

Progress = Callable[[float], None]


@dataclass
class Options:
    """What the user chose, for every kind; None means 'detect' or 'propose'. A kind's
    Options add its own choices and name the kind (the `kind` property)."""

    sheet: str | None = None
    header_row: int | None = None  # 0-based; -1: the sheet has no header row
    mapping: list[str] | None = None  # a target per column ("" for none)
    on_error: str = "skip"
    encoding: str | None = None
    delimiter: str | None = None

    @property
    def kind(self) -> ImportKind:
        raise NotImplementedError("a kind's Options name their kind")

    def check(self) -> None:
        if self.on_error not in ERROR_MODES:
            raise ValidationError("on_error", "option_invalid", f"{self.on_error!r}")

    def recorded(self) -> dict:
        """The choices as the import's history keeps them (ImportRun.options)."""
        return {"on_error": self.on_error}

    def loader(self) -> Options:
        """What load() reads the file with: these options (the sheet, header, CSV)."""
        return self


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
        """(line number as Excel shows it, cells) of each non-empty row below the header
        (a cell of spaces only is empty, a 0 is not)."""
        rows = self.rows
        for index in range(self.header_row + 1, len(rows)):
            cells = rows[index]
            head = cells[0] if cells else None
            if (head and (type(head) is not str or head.strip())) or any(
                (c.strip() if type(c) is str else c is not None) for c in cells
            ):  # the usual row decided by its first cell
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
    # The kind's clean values of the row, and "kept": lines "Column: original text" of
    # values no target could take (for the record's notes)
    values: dict
    problems: list[Problem]  # errors: the row is not imported
    action: str = NEW
    target: int | None = None  # the existing record (update, duplicate)
    duplicate_of: int | None = None  # the earlier line in the file
    # Values an optional target could not take; the row is imported all the same.
    # params: "column" (the file's title), "value" (the original text), "kept"
    warnings: list[Problem] = field(default_factory=list)


@dataclass
class ColumnWarning:
    """One kind of warning in one column, over the rows that will be written."""

    field: str
    column: str  # the column's title in the file
    code: str
    kept: str  # where the text went (ImportKind.kept_in) or CUT
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
    """Every row cleaned and classified; a kind may add what it needs (a subclass)."""

    sheet: Sheet
    options: Options
    mapping: list[str]
    rows: list[RowPlan]
    columns: dict[str, list] = field(default_factory=dict)  # target -> clean value per row

    @property
    def kind(self) -> ImportKind:
        return self.options.kind

    def values(self, index: int) -> dict:
        """A row's clean, non-empty values by target, as cleaned (the preview's)."""
        return {t: c[index] for t, c in self.columns.items() if c[index] is not None}

    @property
    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(self.kind.actions, 0)
        for row in self.rows:
            counts[row.action] += 1
        return counts

    def not_imported(self) -> list[RowPlan]:
        """Rows the import leaves out: errors and skipped duplicates (for the report)."""
        return [r for r in self.rows if r.action in (ERROR, DUPLICATE)]

    def column_warnings(self) -> list[ColumnWarning]:
        """Per column, the values kept in the notes (or cut) in the rows to be written."""
        return column_warnings(self.rows, self.kind.written)


@dataclass
class Written:
    """What a kind's write did: its records created and updated, its side count
    (ImportKind.extra) and figures of its own for its result."""

    created: int = 0
    updated: int = 0
    extra: int = 0
    details: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Requirement:
    """One of `targets` must be mapped, else ValidationError(code)."""

    targets: tuple[str, ...]
    code: str
    message: str


@dataclass(frozen=True, eq=False)
class ImportKind:
    """A kind of record the engine imports (see the module's docstring)."""

    name: str  # ImportRun.kind, the history's and the wizard's key
    words: dict[str, tuple[str, ...]]  # target -> header words, normalised
    targets: Callable[[], list[str]]  # every target a column may go to, in order
    options: type[Options]  # the kind's Options (Options.kind is this kind)
    rules: Callable[[list[str], bool], dict[str, Callable]]  # (targets, date1904)
    classify: Callable[[Plan], None]  # the cleaned rows' actions (and their errors)
    write: Callable[[Plan, int, Progress | None, threading.Event | None], Written]
    undo: Callable[[ImportRun, UndoReport], None]  # inside the undo's transaction
    result: Callable[[int | None, Written, dict], Any]  # (import id, written, counts)
    reason: Callable[[RowPlan, Problem | None], str]  # a row left out, in English
    plan_type: type[Plan] = Plan
    actions: tuple[str, ...] = (NEW, UPDATE, DUPLICATE, ERROR)  # Plan.counts' keys
    strict: frozenset[str] = frozenset()  # an unreadable value is an error (else a warning)
    multi: tuple[str, ...] = ()  # targets several columns may feed (joined)
    required: tuple[Requirement, ...] = ()
    custom_words: Callable[[], dict[str, str]] | None = None  # more names, matched exactly
    propose: Callable[[list[str], list[list]], list[str]] | None = None  # else exact words
    keep: Callable | None = None  # the kind's own keep(); else keep() below
    kept_in: str = KEPT  # where an unreadable optional value's text goes
    cut: tuple[str, ...] = ()  # targets whose too long text is cut, not kept
    extra: str = ""  # what ImportRun.extra counts, in English
    outcome: str = "+{created:,} / ~{updated:,}"  # the audit entry's words for the counts
    row_by_row: bool = True  # a row's outcome never depends on the rows below it
    signature_prefix: str | None = None  # remembered mappings' (None: "<name>:")
    finish: Callable[[Written], None] | None = None  # after the transaction
    # the safety backup before a run; a kind whose run is one transaction that its undo
    # takes back exactly (rows marked with their import_run) may go without
    safety_backup: bool = True

    @cached_property
    def index(self) -> dict[str, str]:
        return import_mapping.word_index(self.words)

    @property
    def prefix(self) -> str:
        return f"{self.name}:" if self.signature_prefix is None else self.signature_prefix

    @property
    def written(self) -> tuple[str, ...]:
        """The actions that write a record."""
        return tuple(a for a in self.actions if a not in (DUPLICATE, ERROR))

    def custom(self) -> dict[str, str]:
        return self.custom_words() if self.custom_words is not None else {}
