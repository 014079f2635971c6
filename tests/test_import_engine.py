"""The import engine takes a new kind from one small description: a toy kind (tags from
a sheet) is read, mapped, cleaned, planned, written, recorded and undone by the engine
alone, as a community-members or survey-answers kind would be (import_engine.py lists
the steps). Real .xlsx files, a real database file."""

from __future__ import annotations

import threading
from dataclasses import dataclass

import openpyxl
import pytest

from models.errors import Cancelled, ValidationError
from models.excel import (
    import_cleaning,
    import_engine,
    import_history,
    import_kinds,
    import_mapping,
    import_types,
)
from models.excel.import_types import DUPLICATE, ERROR, NEW, ImportKind, Requirement, Written
from models.storage.audit import AuditEntry
from models.tags.tables import Tag
from models.tags.tags import clean_color, clean_name, create_tag, tag_key

# ---------------------------------------------------------------- the kind: one module's worth

WORDS = {"name": ("标签", "标签名", "tag", "tag name"), "color": ("颜色", "color", "colour")}
CREATED_BY_RUN: dict[int, list[int]] = {}  # a real kind keeps this in its table


@dataclass
class Options(import_types.Options):
    @property
    def kind(self) -> ImportKind:
        return KIND


def _rules(targets, date1904):
    return {
        "name": lambda v: clean_name(import_cleaning.text(v)),
        "color": lambda v: clean_color(import_cleaning.text(v)),
    }


def _classify(plan) -> None:
    known = {t.name_key for t in Tag.select(Tag.name_key)}
    seen = {}
    names, colors = plan.columns["name"], plan.columns.get("color", [None] * len(plan.rows))
    for i, row in enumerate(plan.rows):
        row.values = {"name": names[i], "color": colors[i] or "", **row.values}
        if not row.problems and names[i] is None:
            row.problems.append(import_types.Problem("name", "required", "no name"))
        if row.problems:
            row.action = ERROR
        elif tag_key(names[i]) in known or tag_key(names[i]) in seen:
            row.action, row.duplicate_of = DUPLICATE, seen.get(tag_key(names[i]))
        else:
            seen[tag_key(names[i])] = row.line
            row.action = NEW


def _write(plan, run_id, progress, cancel) -> Written:
    made = []
    new = [r for r in plan.rows if r.action == NEW]
    for n, row in enumerate(new, 1):
        made.append(create_tag(row.values["name"], color=row.values["color"]).id)
        import_engine.tick(progress, cancel, n / len(new))
    CREATED_BY_RUN[run_id] = made
    return Written(created=len(made))


def _undo(run, report) -> None:
    report.removed = Tag.delete().where(Tag.id.in_(CREATED_BY_RUN.pop(run.id))).execute()


KIND = ImportKind(
    name="tags",
    words=WORDS,
    targets=lambda: ["name", "color"],
    options=Options,
    rules=_rules,
    classify=_classify,
    write=_write,
    undo=_undo,
    result=lambda import_id, written, counts: (import_id, written.created),
    reason=lambda row, problem: problem.message if problem else "exists",
    actions=(NEW, DUPLICATE, ERROR),
    strict=frozenset({"name"}),
    required=(Requirement(("name",), "name_unmapped", "map a name column"),),
    outcome="+{created:,} tags",
)

# ---------------------------------------------------------------- the engine with it


@pytest.fixture
def sheet_path(db, tmp_path):
    create_tag("老标签")
    book = openpyxl.Workbook()
    for row in (
        ["标签清单"],  # a title above the header
        ["标签", "颜色", "说明"],
        ["常客", "#FF0000", "红"],
        ["常客", "", ""],  # again in the file
        ["老标签", "", ""],  # already there
        ["", "#00ff00", "没有名字"],
        ["新品", "红色", ""],  # not a colour: a warning, the tag is imported
    ):
        book.active.append(row)
    book.save(tmp_path / "tags.xlsx")
    return tmp_path / "tags.xlsx"


def test_a_new_kind_is_planned_written_recorded_and_undone_by_the_engine(sheet_path, monkeypatch):
    sheet = import_engine.load(sheet_path, Options())
    assert sheet.header_row == 1  # found by the kind's own words
    plan = import_engine.plan(sheet, Options())
    assert plan.mapping == ["name", "color", ""]
    assert plan.counts == {"new": 2, "duplicate": 2, "error": 1}
    assert [r.action for r in plan.rows] == [NEW, DUPLICATE, DUPLICATE, ERROR, NEW]
    assert plan.rows[1].duplicate_of == 3
    (warning,) = plan.column_warnings()
    assert (warning.column, warning.code, warning.examples) == ("颜色", "color_invalid", ["红色"])

    import_id, created = import_engine.run(plan)
    assert created == 2
    colors = {t.name: t.color for t in Tag.select()}
    assert (colors["常客"], colors["新品"]) == ("#ff0000", "")
    run = import_history.get_run(import_id)
    assert (run.kind, run.created, run.updated, run.skipped, run.errors, run.extra) == (
        "tags", 2, 0, 2, 1, 0,
    )  # fmt: skip
    entry = AuditEntry.select().where(AuditEntry.action == "import").get()
    assert entry.detail == "tags.xlsx: +2 tags" and entry.count == 2
    remembered = import_mapping.recall(sheet.headers, {"name", "color"}, "tags:")
    assert remembered == ["name", "color", ""]
    assert import_mapping.recall(sheet.headers, {"name", "color"}) is None  # not a customer's

    monkeypatch.setitem(import_kinds.KINDS, "tags", KIND)
    report = import_history.undo(import_id)
    assert report.removed == 2
    assert [t.name for t in Tag.select()] == ["老标签"]
    assert import_history.get_run(import_id).undone_at is not None


def test_a_new_kind_gets_the_engine_checks_cancel_and_stop(sheet_path):
    sheet = import_engine.load(sheet_path, Options())
    with pytest.raises(ValidationError) as refused:
        import_engine.plan(sheet, Options(mapping=["", "color", ""]))
    assert refused.value.code == "name_unmapped"
    with pytest.raises(ValidationError) as twice:
        import_engine.plan(sheet, Options(mapping=["name", "name", ""]))
    assert twice.value.code == "mapping_twice"
    before = [t.name for t in Tag.select()]
    with pytest.raises(ValidationError) as stop:
        import_engine.run(import_engine.plan(sheet, Options(on_error="stop")))
    assert stop.value.code == "import_has_errors"
    cancel = threading.Event()
    with pytest.raises(Cancelled):
        import_engine.run(import_engine.plan(sheet, Options()), lambda f: cancel.set(), cancel)
    assert [t.name for t in Tag.select()] == before  # nothing written
    assert import_history.list_runs() == []
