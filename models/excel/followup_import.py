"""The follow-ups kind of import, on the engine (import_engine.py): follow-ups planned
in another system or a sheet, each for a customer found by number, mobile or email
(record_import.py), due on a date or at a time as typed, with its kind (电话, 微信...),
subject, note, owner and state (open, done or cancelled, with the day it was done).

The same customer, due time and note already recorded (or earlier in the file) is a
duplicate, skipped. An open follow-up already past due is imported as overdue, its
reminder counted as rung: an old sheet does not ring a hundred reminders at once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models import clock
from models.excel import import_types, record_import
from models.excel.import_engine import tick
from models.excel.import_records import ImportRun, UndoReport
from models.excel.import_types import NEW, ImportKind, Plan, Written
from models.excel.record_import import CUSTOMER_WORDS, fail, short_text, stamp
from models.followups import channels
from models.followups.followups import MAX_NOTE, MAX_SUBJECT, Followup, refresh_next
from models.storage.bulk import insert_rows
from models.team import staff

TARGETS = ("customer_number", "mobile", "email", "due", "kind", "subject", "note", "owner",
           "status", "done_at")  # fmt: skip
WORDS: dict[str, tuple[str, ...]] = {
    **CUSTOMER_WORDS,
    "due": (
        "跟进时间", "下次跟进", "下次跟进时间", "跟进日期", "计划时间", "计划日期", "提醒时间",
        "到期", "到期日", "到期时间", "日期", "时间", "due", "due date", "due at", "next follow up",
        "follow up date", "follow up", "date", "when",
    ),
    "kind": ("跟进方式", "方式", "渠道", "联系方式", "类型", "跟进类型", "kind", "type", "channel",
             "method"),
    "subject": ("主题", "事项", "跟进事项", "标题", "subject", "title", "topic"),
    "note": ("备注", "内容", "跟进内容", "说明", "note", "notes", "remark", "remarks", "content",
             "comment"),
    "owner": ("负责人", "跟进人", "归属人", "业务员", "员工", "owner", "assigned to", "staff",
              "sales rep"),
    "status": ("状态", "跟进状态", "完成状态", "status", "state"),
    "done_at": ("完成时间", "完成日期", "跟进完成时间", "done at", "done", "completed",
                "completed at", "done date", "completion date"),
}  # fmt: skip
STATUS_WORDS = {
    "open": ("未完成", "待跟进", "待办", "进行中", "计划中", "未跟进", "open", "pending", "todo",
             "to do", "planned"),
    "done": ("已完成", "完成", "已跟进", "已联系", "done", "completed", "complete", "finished",
             "closed"),
    "cancelled": ("已取消", "取消", "作废", "cancelled", "canceled"),
}  # fmt: skip
STRICT = frozenset({"customer_number", "mobile", "email", "due", "status", "done_at"})
# A kind not known is kept in the note; a too long subject, note or owner is cut.
CUT = ("subject", "note", "owner")


@dataclass
class Options(import_types.Options):
    @property
    def kind(self) -> ImportKind:
        return KIND


def rules(targets: list[str], date1904: bool) -> dict:
    return {
        **record_import.customer_rules(),
        "due": lambda v: record_import.moment(v, date1904, "due"),
        "kind": lambda v: channels.parse(str(v), "kind"),
        "subject": short_text(MAX_SUBJECT, "subject"),
        "note": short_text(MAX_NOTE, "note"),
        "owner": short_text(MAX_SUBJECT, "owner"),
        "status": record_import.word_rule(STATUS_WORDS, "status", "status_invalid"),
        "done_at": record_import.when(date1904, "done_at"),
    }


# ---------------------------------------------------------------- planning


def _classify(plan: Plan) -> None:
    """Each row's customer, due, state and note, then new / duplicate / error."""
    customers = record_import.match_customers(plan)
    n = len(plan.rows)
    empty = [None] * n
    col = {t: plan.columns.get(t, empty) for t in TARGETS}
    now = clock.now()
    keys: list[tuple | None] = []
    for i, row in enumerate(plan.rows):
        keys.append(None)
        if row.problems:
            continue
        due = col["due"][i]
        if due is None:
            fail(row, "required", "the due date is missing", "due")
            continue
        due_at, timed = due
        status = col["status"][i] or ("done" if col["done_at"][i] else "open")
        done_at = None
        if status != "open":
            done_at = col["done_at"][i] or min(due_at, now.replace(second=0, microsecond=0))
            if done_at > now + dt.timedelta(minutes=1):
                fail(row, "done_future", "a follow-up cannot be done in the future", "done_at")
                continue
        note = record_import.kept_note(col["note"][i] or "", row, MAX_NOTE)
        row.values.update(customer=customers[i], due_at=due_at, has_time=timed, status=status,
                          done_at=done_at, note=note)  # fmt: skip
        keys[i] = (customers[i], due_at, note)
    record_import.sort_duplicates(plan, keys, _recorded(customers, keys))


def _recorded(customers: list[int | None], keys: list[tuple | None]) -> dict[tuple, int]:
    """{(customer, due, note): id} of the follow-ups already recorded for the file's
    customers, as far as the file's keys could match them."""
    wanted = {k for k in keys if k is not None}
    ids = sorted({c for c in customers if c is not None})
    found = {}
    for i in range(0, len(ids), 900):
        query = Followup.select(Followup.id, Followup.customer, Followup.due_at, Followup.note)
        for fid, cid, due_at, note in query.where(Followup.customer.in_(ids[i : i + 900])).tuples():
            key = (cid, due_at, note)
            if key in wanted:
                found.setdefault(key, fid)
    return found


# ---------------------------------------------------------------- writing


def _write(plan: Plan, run_id: int, progress, cancel) -> Written:
    rows = [r for r in plan.rows if r.action == NEW]
    now = clock.now()
    col = plan.columns
    empty = [None] * len(plan.rows)
    kinds, subjects = col.get("kind", empty), col.get("subject", empty)
    owners = col.get("owner", empty)
    index = {id(r): i for i, r in enumerate(plan.rows)}
    staff.adopt({owners[index[id(r)]] for r in rows if owners[index[id(r)]]})  # on the team
    fields = [Followup.customer, Followup.kind, Followup.due_at, Followup.has_time,
              Followup.subject, Followup.note, Followup.owner, Followup.status, Followup.every,
              Followup.source, Followup.care_key, Followup.outcome, Followup.created_at,
              Followup.done_at, Followup.notified_at, Followup.import_run]  # fmt: skip
    batch = []
    for row in rows:
        i, v = index[id(row)], row.values
        # past due and open: imported as overdue, its reminder counted as rung
        rung = now if v["status"] == "open" and v["due_at"] <= now else None
        batch.append((v["customer"], kinds[i] or "other", stamp(v["due_at"]), v["has_time"],
                      subjects[i] or "", v["note"], owners[i] or "", v["status"], "", "", "",
                      "", stamp(now), stamp(v["done_at"]), stamp(rung), run_id))  # fmt: skip
    tick(progress, cancel, 0.3)
    insert_rows(Followup, fields, batch)
    tick(progress, cancel, 0.8)
    refresh_next({v[0] for v in batch})
    return Written(len(batch))


def _undo(run: ImportRun, report: UndoReport) -> None:
    """Remove the run's follow-ups, but those completed or cancelled since (their
    contact is logged): kept and reported."""
    changed = Followup.done_at > run.finished_at
    refresh_next(record_import.undo_rows(Followup, run, report, "followup", changed))


KIND = record_import.record_kind(
    "followups",
    WORDS,
    TARGETS,
    (import_types.Requirement(("due",), "due_unmapped", "map a due date column"),),
    options=Options,
    rules=rules,
    classify=_classify,
    write=_write,
    undo=_undo,
    strict=STRICT,
    cut=CUT,
    outcome="+{created:,} follow-ups",
)
