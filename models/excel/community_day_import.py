"""The group statistics kind of import, on the engine (import_engine.py): a group's daily
figures as 企业微信 (客户群统计) or an SCRM tool exports them, into ONE community
(Options.community): 日期, 群成员数, 新增, 退群, 发言人数, 消息数 -> CommunityDay.

Idempotent: a day already recorded with the same figures is skipped ("already"); a
day recorded with other figures is a conflict, an error row naming both, and the
figures recorded stay: a second export of the same day differs only when one of them
is wrong or partial, and the user should see which (Options.replace takes the file's
figures instead; the undo puts the old ones back). The same day twice in the file:
the later row is skipped when equal, a conflict when not.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from models import clock
from models.communities.tables import CommunityDay
from models.errors import ValidationError
from models.excel import import_cleaning, import_engine, import_mapping, import_types
from models.excel.community_member_import import community_for_import
from models.excel.import_engine import tick
from models.excel.import_records import ImportChange, ImportRun, UndoReport
from models.excel.import_types import (
    DUPLICATE,
    ERROR,
    NEW,
    UPDATE,
    ImportKind,
    Plan,
    Problem,
    Requirement,
    RowPlan,
    Written,
)
from models.excel.record_import import fail
from models.storage import audit
from models.storage.bulk import insert_rows

FIGURES = ("members", "joined", "left", "speakers", "messages")
TARGETS = ("day", *FIGURES)
WORDS: dict[str, tuple[str, ...]] = {
    "day": ("日期", "统计日期", "时间", "date", "day"),
    "members": ("群成员数", "成员数", "群人数", "成员总数", "总人数", "members", "member count",
                "group members", "total members"),
    "joined": ("新增", "新增成员", "新增成员数", "入群人数", "新增人数", "入群", "joined",
               "new members", "new"),
    "left": ("退群", "退群人数", "退群成员数", "流失", "left", "members left", "quit"),
    "speakers": ("发言人数", "发言成员数", "发言成员", "speakers", "members who spoke",
                 "active speakers"),
    "messages": ("消息数", "发言条数", "消息条数", "发言数", "群消息数", "messages",
                 "message count", "messages sent"),
}  # fmt: skip
CHANGE_FIELD = "community_day"  # ImportChange.field of a day a replacing run overwrote


@dataclass
class Options(import_types.Options):
    community: int | None = None
    replace: bool = False  # a day recorded with other figures takes the file's

    @property
    def kind(self) -> ImportKind:
        return KIND

    def check(self) -> None:
        community_for_import(self.community)
        super().check()

    def recorded(self) -> dict:
        return {"community": self.community, "replace": self.replace, "on_error": self.on_error}


@dataclass
class Result:
    import_id: int | None
    added: int
    already: int  # days recorded with the same figures (or twice in the file)
    replaced: int
    conflicts: int  # days recorded with other figures, kept
    errors: int  # rows with errors, the conflicts among them
    already_days: list[str]
    conflict_days: list[str]

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def english_reason(row: RowPlan, problem: Problem | None) -> str:
    if problem is not None:
        return problem.message
    if row.duplicate_of is not None:
        return f"same day as row {row.duplicate_of}"
    return "this day is recorded already"


# ---------------------------------------------------------------- cleaning


def _count(field: str):
    def rule(value) -> int:
        number = import_cleaning.number(value)
        if number is None or number < 0 or not float(number).is_integer() or number > 1e9:
            raise ValidationError(field, "count_invalid", f"'{value}' is not a count",
                                  value=import_cleaning.text(value))  # fmt: skip
        return int(number)

    return rule


def rules(targets: list[str], date1904: bool) -> dict:
    def day(value) -> dt.date:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        return dt.date.fromisoformat(import_cleaning.date_value(value, date1904))

    return {"day": day, **{f: _count(f) for f in FIGURES}}


# ---------------------------------------------------------------- planning


def _classify(plan: Plan) -> None:
    options: Options = plan.options
    n = len(plan.rows)
    empty = [None] * n
    col = {t: plan.columns.get(t, empty) for t in TARGETS}
    mapped = [f for f in FIGURES if f in plan.columns]
    days = sorted({d for d in col["day"] if d is not None})
    recorded: dict[dt.date, tuple] = {}
    for i in range(0, len(days), 900):
        query = CommunityDay.select(CommunityDay.id, CommunityDay.day,
                                    *(getattr(CommunityDay, f) for f in FIGURES)).where(
            (CommunityDay.community == options.community)
            & CommunityDay.day.in_(days[i : i + 900])
        )  # fmt: skip
        for did, day, *figures in query.tuples():
            recorded[day] = (did, dict(zip(FIGURES, figures, strict=True)))
    today = clock.today()
    seen: dict[dt.date, tuple[int, dict]] = {}
    for i, row in enumerate(plan.rows):
        if row.problems:
            row.action = ERROR
            continue
        day = col["day"][i]
        if day is None:
            fail(row, "required", "the date is missing", "day")
            continue
        if day > today:
            fail(row, "day_future", "the date is in the future", "day")
            continue
        figures = {f: col[f][i] or 0 for f in mapped}
        row.values.update(day=day, figures=figures)
        if day in seen:
            line, before = seen[day]
            if before == figures:
                row.action, row.duplicate_of = DUPLICATE, line
            else:
                fail(row, "day_conflict", f"{day} differs from row {line}", "day",
                     day=str(day), line=line)  # fmt: skip
            continue
        seen[day] = (row.line, figures)
        if day in recorded:
            did, old = recorded[day]
            differs = {f: (old[f], v) for f, v in figures.items() if old[f] != v}
            if not differs:
                row.action, row.target = DUPLICATE, did
            elif options.replace:
                row.action, row.target = UPDATE, did
                row.values["old"] = old
            else:
                shown = ", ".join(f"{f} {a} → {b}" for f, (a, b) in differs.items())
                fail(row, "day_conflict", f"{day} is recorded with other figures ({shown})",
                     "day", day=str(day), differs=differs)  # fmt: skip
        else:
            row.action = NEW


# ---------------------------------------------------------------- writing


def _write(plan: Plan, run_id: int, progress, cancel) -> Written:
    options: Options = plan.options
    new = [r for r in plan.rows if r.action == NEW]
    fields = [CommunityDay.community, CommunityDay.day,
              *(getattr(CommunityDay, f) for f in FIGURES), CommunityDay.import_run]  # fmt: skip
    insert_rows(CommunityDay, fields, [
        (options.community, str(r.values["day"]),
         *(r.values["figures"].get(f, 0) for f in FIGURES), run_id) for r in new
    ])  # fmt: skip
    tick(progress, cancel, 0.6)
    changes = []
    for row in (r for r in plan.rows if r.action == UPDATE):
        figures = row.values["figures"]
        CommunityDay.update(**figures).where(CommunityDay.id == row.target).execute()
        changes.append((run_id, 0, f"{CHANGE_FIELD}:{row.target}",
                        json.dumps(row.values["old"]), json.dumps(figures)))  # fmt: skip
    insert_rows(ImportChange, [ImportChange.run, ImportChange.customer, ImportChange.field,
                               ImportChange.old, ImportChange.new], changes)  # fmt: skip
    audit.record("import", "community", options.community, count=len(new) + len(changes),
                 detail=f"import:{run_id}; days +{len(new)}; replaced {len(changes)}")  # fmt: skip
    return Written(len(new), len(changes))


# ---------------------------------------------------------------- undo


def _undo(run: ImportRun, report: UndoReport) -> None:
    """Remove the days the run added and put back the figures it replaced (a day
    changed again since keeps its figures: reported)."""
    report.records_removed += (
        CommunityDay.delete().where(CommunityDay.import_run == run.id).execute()
    )
    query = ImportChange.select(ImportChange.field, ImportChange.old, ImportChange.new).where(
        (ImportChange.run == run.id) & ImportChange.field.startswith(CHANGE_FIELD + ":")
    )
    for name, old, new in query.tuples():
        day_id = int(name.partition(":")[2])
        row = CommunityDay.get_or_none(CommunityDay.id == day_id)
        if row is None:
            continue
        now = {f: getattr(row, f) for f in json.loads(new)}
        if now != json.loads(new):
            report.kept.append({"customer": 0, "field": name, "reason": "changed_since"})
            continue
        CommunityDay.update(**json.loads(old)).where(CommunityDay.id == day_id).execute()
        report.restored += 1


def _result(import_id: int | None, written: Written, counts: dict) -> Result:
    return Result(import_id, written.created, counts[DUPLICATE], written.updated, 0,
                  counts[ERROR], [], [])  # fmt: skip


def outcome(plan: Plan, result: Result | None = None) -> Result:
    """The counts of a plan (a dry run, `result` None) or of its run, with the days
    already there and the days in conflict named."""
    counts = plan.counts
    already = [str(r.values["day"]) for r in plan.rows if r.action == DUPLICATE]
    conflicts = [str(r.values["day"]) for r in plan.rows
                 if any(p.code == "day_conflict" for p in r.problems)]  # fmt: skip
    if result is None:
        result = Result(None, counts[NEW], 0, counts[UPDATE], 0, counts[ERROR], [], [])
    result.already, result.already_days = len(already), already
    result.conflicts, result.conflict_days = len(conflicts), conflicts
    return result


def run(plan: Plan, progress=None, cancel=None) -> Result:
    return outcome(plan, import_engine.run(plan, progress, cancel))


KIND = ImportKind(
    name="community_days",
    words=WORDS,
    targets=lambda: list(TARGETS),
    options=Options,
    rules=rules,
    classify=_classify,
    write=_write,
    undo=_undo,
    result=_result,
    reason=english_reason,
    propose=lambda headers, samples: import_mapping.propose(headers, samples, KIND.index),
    actions=(NEW, UPDATE, DUPLICATE, ERROR),
    strict=frozenset(TARGETS),
    required=(
        Requirement(("day",), "day_unmapped", "map a date column"),
        Requirement(FIGURES, "figures_unmapped", "map at least one figure column"),
    ),
    outcome="+{created:,} days, ~{updated:,} replaced",
    row_by_row=False,  # the same day twice: the later row decides with the earlier
)
