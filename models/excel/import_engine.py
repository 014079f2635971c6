"""One import engine for every kind of record: read, map, clean, plan, write, undo.

A kind of record (customers, purchases; later others such as community members or
survey answers) is an `ImportKind` (import_types.py, with the plan's other types): a
small description of what its rows become. Everything else is written once, here and
in the modules it names:

- reading: `load()` (models/sheets/sheet_reader.py opens the file; the header row is
  found with the kind's header words), `with_header_row()`;
- header mapping: `proposed_mapping()` (the mapping remembered for these headers, else
  the kind's proposal) and `check_mapping()` (known targets, one column each unless
  the kind joins several, its required targets); import_mapping.py does the work;
- cleaning: every mapped column through the kind's rule for its target, each distinct
  value once (import_cleaning.py holds the rules per kind of cell). A value a strict
  target cannot take makes the row an error; any other target's, a warning: the
  original text is kept ("Column: text", for the record's notes) or cut to fit;
- planning: `plan()` cleans, then the kind's `classify` gives every row its action
  (new, update, duplicate, error). Nothing is written;
- applying: `run()` refuses a plan with errors when the user said stop, backs the
  database up, and in one transaction (cancelled or failed: nothing changes) writes
  the plan through the kind's bulk `write`, records the run (ImportRun, counts with one
  meaning for every kind), remembers the mapping and adds the audit entry; progress
  and cancel all the way;
- history and undo: import_history.py lists the runs and undoes one, in one
  transaction, through its kind's `undo`.

Adding an importable kind takes one new small module, models/excel/<kind>_import.py
(purchase_import.py is the example):
1. its targets with their header words in Chinese and English (`words`), which are
   strict (an unreadable value is an error), which may take several columns
   (`multi`), which must be mapped (`required`);
2. its Options: the shared ones (import_types.Options) plus its own choices, with a
   `kind` property naming the kind; a Plan subclass if its plan carries more than rows;
3. its cleaning `rules` (target -> function of a cell), `classify` (the rows'
   actions), `write` (bulk inserts through models/storage/bulk.py, returning Written)
   and `undo` (removing what its runs wrote), and its `result`;
4. `KIND = ImportKind(...)` at its end, and one line naming it in import_kinds.py.
The window shows a kind through a view in ui/imports/ (a KindView: its words for the
user, in Chinese too, and its choices; one line in ui/imports/kinds.py); the CLI
through a command in desktop/cli.py. docs/architecture.md lists the same steps.
"""

from __future__ import annotations

import json
import threading
from itertools import islice
from operator import itemgetter
from pathlib import Path
from typing import Any

from models import clock
from models.errors import Cancelled, FileRefused, ValidationError
from models.excel import import_cleaning, import_mapping
from models.excel.import_mapping import IGNORE
from models.excel.import_records import ImportRun
from models.excel.import_types import (
    CUT,
    DUPLICATE,
    ERROR,
    ImportKind,
    Options,
    Plan,
    Problem,
    Progress,
    RowPlan,
    Sheet,
    Written,
)
from models.sheets.sheet_reader import open_workbook
from models.storage import audit, backup
from models.storage.base import gc_paused
from models.storage.db import database


def tick(progress: Progress | None, cancel: threading.Event | None, fraction: float) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled("import cancelled")
    if progress is not None:
        progress(fraction)


# ---------------------------------------------------------------- reading and mapping


def load(path: str | Path, options: Options) -> Sheet:
    """Open the file and read a sheet (the chosen one, else the first with data); the
    header row is found with the words of the options' kind, unless chosen."""
    kind = options.kind
    workbook = open_workbook(path, options.encoding, options.delimiter)
    try:
        name, rows = _first_with_data(workbook, options.sheet, Path(path))
    except FileRefused as refused:  # the workbook opened: the user may pick another sheet
        refused.params.setdefault("sheets", list(workbook.sheets))
        refused.params.setdefault("filled_rows", dict(workbook.filled_rows))
        raise
    header_row = options.header_row
    if header_row is None:
        header_row = import_mapping.detect_header_row(rows, kind.index, kind.custom())
    if not -1 <= header_row < len(rows):
        raise ValidationError("header_row", "header_row_invalid", f"no row {header_row + 1}")
    width = max(len(r) for r in rows)
    header_cells = rows[header_row] if header_row >= 0 else []
    return Sheet(workbook, name, rows, header_row, import_mapping.headers_of(header_cells, width))


def _first_with_data(workbook, sheet: str | None, path: Path) -> tuple[str, list[list]]:
    """The chosen sheet, else the first sheet holding any value (an empty sheet first,
    as Excel's new workbooks have, is passed over)."""
    names = [sheet] if sheet is not None else workbook.sheets
    for name in names:
        rows = workbook.read(name)
        if any(any(import_cleaning.text(c) for c in r) for r in rows):
            return name, rows
    if sheet is not None:
        raise FileRefused("sheet_empty", f"sheet {sheet!r} has no data", sheet=sheet)
    raise FileRefused("no_data", f"no sheet of {path.name} has any data", path=str(path))


def with_header_row(sheet: Sheet, header_row: int) -> Sheet:
    """The same sheet read with another header row (-1: none)."""
    if not -1 <= header_row < len(sheet.rows):
        raise ValidationError("header_row", "header_row_invalid", f"no row {header_row + 1}")
    cells = sheet.rows[header_row] if header_row >= 0 else []
    headers = import_mapping.headers_of(cells, sheet.width)
    return Sheet(sheet.workbook, sheet.name, sheet.rows, header_row, headers)


def proposed_mapping(kind: ImportKind, sheet: Sheet) -> list[str]:
    """The mapping last confirmed for these headers, else the kind's proposal."""
    remembered = import_mapping.recall(sheet.headers, set(kind.targets()), kind.prefix)
    if remembered is not None:
        return remembered
    if kind.propose is None:
        return import_mapping.exact_proposal(sheet.headers, kind.index)
    samples = [cells for _line, cells in islice(sheet.data(), 200)]
    return kind.propose(sheet.headers, samples)


def check_mapping(kind: ImportKind, mapping: list[str]) -> None:
    valid = set(kind.targets())
    seen = set()
    for target in mapping:
        if target and target not in valid:
            raise ValidationError("mapping", "mapping_invalid", f"unknown field {target!r}")
        if target and target not in kind.multi and target in seen:
            raise ValidationError(
                "mapping", "mapping_twice", f"two columns go to {target}", target=target
            )
        seen.add(target)
    for need in kind.required:
        if seen.isdisjoint(need.targets):
            raise ValidationError("mapping", need.code, need.message)


# ---------------------------------------------------------------- cleaning and planning


def plan(
    sheet: Sheet,
    options: Options,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    limit: int | None = None,
) -> Plan:
    """Clean and classify every row (or the first `limit`; exact for a kind whose rows
    stand alone, `row_by_row`) for the options' kind; writes nothing."""
    kind = options.kind
    options.check()
    mapping = list(options.mapping or proposed_mapping(kind, sheet))
    mapping += [IGNORE] * (sheet.width - len(mapping))
    check_mapping(kind, mapping)
    with gc_paused():
        data = list(islice(sheet.data(), limit))
        rows = [RowPlan(line, cells, {}, []) for line, cells in data]
        result = kind.plan_type(sheet, options, mapping, rows)
        result.columns = _clean(kind, result, [cells for _line, cells in data], progress, cancel)
        kind.classify(result)
        tick(progress, cancel, 1.0)
    return result


def _clean(kind: ImportKind, plan: Plan, cells: list[list], progress, cancel) -> dict[str, list]:
    """Every mapped target's clean values, a column at a time; problems and warnings
    go to the rows."""
    indexes_of: dict[str, list[int]] = {}
    for index, target in enumerate(plan.mapping):
        if target:
            indexes_of.setdefault(target, []).append(index)
    rules = kind.rules(list(indexes_of), plan.sheet.workbook.date1904)
    headers, rows = plan.sheet.headers, plan.rows
    narrowest = min(map(len, cells), default=0)
    keep_value = kind.keep or keep
    columns = {}
    for number, (target, indexes) in enumerate(indexes_of.items()):
        raw = _raw(cells, indexes, narrowest)
        values, errors = import_cleaning.clean_column(raw, rules[target])
        if errors:
            title = " + ".join(headers[i] if i < len(headers) else target for i in indexes)
            strict = target in kind.strict
            for i, exc in errors.items():
                if strict:
                    rows[i].problems.append(Problem(target, exc.code, str(exc), exc.params))
                else:
                    keep_value(kind, rows[i], values, i, target, title, raw[i], exc)
        columns[target] = values
        tick(progress, cancel, 0.8 * (number + 1) / len(indexes_of))
    return columns


def _raw(cells: list[list], indexes: list[int], narrowest: int) -> list:
    """A column's cells (None past a short row); the cells of several as tuples."""
    if len(indexes) == 1:
        i = indexes[0]
        if i < narrowest:
            return list(map(itemgetter(i), cells))
        return [r[i] if i < len(r) else None for r in cells]
    parts = [[r[i] if i < len(r) else "" for r in cells] for i in indexes]
    return list(zip(*parts, strict=True))


def keep(kind, row: RowPlan, column: list, i: int, target: str, title: str, raw,
         exc: ValidationError, original: str | None = None) -> None:  # fmt: skip
    """A value an optional target cannot take: a too long text of a `cut` target is cut
    to fit; any other is left out, "Column: text" kept for the record's notes
    (row.values["kept"]). A warning on the row either way."""
    original = import_cleaning.text(raw) if original is None else original
    params = {k: v for k, v in exc.params.items() if k not in ("names", "rejected")}
    params.update(column=title, value=sample(original), kept=kind.kept_in)
    if exc.code == "too_long" and target in kind.cut:
        column[i] = original[: exc.params["limit"]]
        params["kept"] = CUT
    else:
        row.values.setdefault("kept", []).append(f"{title}: {original}")
    row.warnings.append(Problem(target, exc.code, str(exc), params))


def sample(text: str, limit: int = 60) -> str:
    """An original value as a warning quotes it: one line, at most `limit` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------- applying


def run(
    plan: Plan,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Any:
    """Write the plan in one transaction and record it for undo; returns the kind's
    result. Raises Cancelled (nothing written), ValidationError 'import_has_errors' when
    errors stop the import. A run that adds and changes nothing records nothing (no
    ImportRun, no audit entry, no remembered mapping, no backup): its import id is None."""
    kind = plan.kind
    counts = plan.counts
    if plan.options.on_error == "stop" and counts[ERROR]:
        raise ValidationError(
            "import", "import_has_errors", f"{counts[ERROR]} rows have errors", count=counts[ERROR]
        )
    if not any(counts[action] for action in kind.written):
        tick(progress, cancel, 1.0)
        return kind.result(None, Written(), counts)

    if kind.safety_backup:
        progress = backup.before("import", progress, cancel)
    started = clock.now()
    sheet = plan.sheet
    with database.atomic(), gc_paused():
        record = ImportRun.create(
            kind=kind.name,
            file_name=sheet.workbook.path.name,
            file_path=str(sheet.workbook.path),
            sheet=sheet.name if sheet.workbook.kind != "csv" else "",
            started_at=started,
            finished_at=started,
            mapping=json.dumps(
                {h: t for h, t in zip(sheet.headers, plan.mapping, strict=False) if t},
                ensure_ascii=False,
            ),
            options=json.dumps(plan.options.recorded()),
        )
        written = kind.write(plan, record.id, progress, cancel)
        if not (written.created or written.updated or written.extra):
            # every row to write turned out to change nothing (an update to the same
            # values): the run is not worth a line in the history, nor an undo
            record.delete_instance()
            tick(progress, cancel, 1.0)
            return kind.result(None, written, counts)
        record.created, record.updated, record.extra = (
            written.created, written.updated, written.extra,
        )  # fmt: skip
        record.skipped, record.errors = counts[DUPLICATE], counts[ERROR]
        record.finished_at = clock.now()
        record.save()
        import_mapping.remember(sheet.headers, plan.mapping, kind.prefix)
        words = kind.outcome.format(created=written.created, updated=written.updated,
                                    extra=written.extra)  # fmt: skip
        audit.record("import", "import", record.id, count=written.created + written.updated,
                     detail=f"{record.file_name}: {words}")  # fmt: skip
        tick(progress, cancel, 1.0)
    if kind.finish is not None:
        kind.finish(written)
    return kind.result(record.id, written, counts)
