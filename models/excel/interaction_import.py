"""The contacts kind of import, on the engine (import_engine.py): the contact history of
an old system or a sheet (互动记录), each contact with a customer found by number,
mobile or email (record_import.py), when it happened (never in the future), its channel
(电话, 微信...), what was said and who made it.

The same customer, time and summary already recorded (or earlier in the file) is a
duplicate, skipped. Each customer's last contact is counted again after the import and
its undo (the stay-in-touch clock follows it).
"""

from __future__ import annotations

from dataclasses import dataclass

from models import clock
from models.excel import import_types, record_import
from models.excel.import_engine import tick
from models.excel.import_records import ImportRun, UndoReport
from models.excel.import_types import NEW, ImportKind, Plan, Written
from models.excel.record_import import CUSTOMER_WORDS, fail, short_text, stamp
from models.followups import channels
from models.followups.followups import MAX_SUBJECT
from models.followups.interactions import MAX_SUMMARY, Interaction, refresh_last
from models.storage.bulk import insert_rows

TARGETS = ("customer_number", "mobile", "email", "contacted_at", "channel", "summary", "owner")
WORDS: dict[str, tuple[str, ...]] = {
    **CUSTOMER_WORDS,
    "contacted_at": (
        "联系时间", "互动时间", "沟通时间", "跟进时间", "拜访时间", "时间", "日期", "联系日期",
        "contacted at", "contact date", "contact time", "date", "time", "when", "at",
    ),
    "channel": ("渠道", "方式", "联系方式", "沟通方式", "跟进方式", "类型", "channel", "method",
                "type", "kind"),
    "summary": ("内容", "沟通内容", "联系内容", "跟进内容", "摘要", "记录", "备注", "summary",
                "note", "notes", "content", "details", "comment"),
    "owner": ("负责人", "跟进人", "联系人员", "员工", "业务员", "owner", "staff", "by",
              "sales rep"),
}  # fmt: skip
STRICT = frozenset({"customer_number", "mobile", "email", "contacted_at"})
CUT = ("summary", "owner")


@dataclass
class Options(import_types.Options):
    @property
    def kind(self) -> ImportKind:
        return KIND


def rules(targets: list[str], date1904: bool) -> dict:
    return {
        **record_import.customer_rules(),
        "contacted_at": record_import.when(date1904, "contacted_at"),
        "channel": lambda v: channels.parse(str(v)),
        "summary": short_text(MAX_SUMMARY, "summary"),
        "owner": short_text(MAX_SUBJECT, "owner"),
    }


def _classify(plan: Plan) -> None:
    customers = record_import.match_customers(plan)
    record_import.not_future(plan, "contacted_at", "at_future",
                             "a contact cannot be logged in the future")  # fmt: skip
    empty = [None] * len(plan.rows)
    times = plan.columns.get("contacted_at", empty)
    summaries = plan.columns.get("summary", empty)
    keys: list[tuple | None] = []
    for i, row in enumerate(plan.rows):
        keys.append(None)
        if row.problems:
            continue
        if times[i] is None:
            fail(row, "required", "the time of the contact is missing", "contacted_at")
            continue
        summary = record_import.kept_note(summaries[i] or "", row, MAX_SUMMARY)
        row.values.update(customer=customers[i], summary=summary)
        keys[i] = (customers[i], times[i], summary)
    record_import.sort_duplicates(plan, keys, _recorded(customers, keys))


def _recorded(customers: list[int | None], keys: list[tuple | None]) -> dict[tuple, int]:
    wanted = {k for k in keys if k is not None}
    ids = sorted({c for c in customers if c is not None})
    found = {}
    for i in range(0, len(ids), 900):
        query = Interaction.select(Interaction.id, Interaction.customer, Interaction.at,
                                   Interaction.summary)  # fmt: skip
        for iid, cid, at, summary in query.where(
            Interaction.customer.in_(ids[i : i + 900])
        ).tuples():
            if (cid, at, summary) in wanted:
                found.setdefault((cid, at, summary), iid)
    return found


def _write(plan: Plan, run_id: int, progress, cancel) -> Written:
    now = clock.now()
    empty = [None] * len(plan.rows)
    times = plan.columns.get("contacted_at", empty)
    chosen = plan.columns.get("channel", empty)
    owners = plan.columns.get("owner", empty)
    fields = [Interaction.customer, Interaction.channel, Interaction.at, Interaction.summary,
              Interaction.owner, Interaction.created_at, Interaction.import_run]  # fmt: skip
    batch = [
        (row.values["customer"], chosen[i] or "other", stamp(times[i]), row.values["summary"],
         owners[i] or "", stamp(now), run_id)
        for i, row in enumerate(plan.rows) if row.action == NEW
    ]  # fmt: skip
    tick(progress, cancel, 0.3)
    insert_rows(Interaction, fields, batch)
    tick(progress, cancel, 0.8)
    refresh_last({b[0] for b in batch})
    return Written(len(batch))


def _undo(run: ImportRun, report: UndoReport) -> None:
    refresh_last(record_import.undo_rows(Interaction, run, report, "interaction"))


KIND = record_import.record_kind(
    "interactions",
    WORDS,
    TARGETS,
    (import_types.Requirement(("contacted_at",), "time_unmapped", "map a time column"),),
    options=Options,
    rules=rules,
    classify=_classify,
    write=_write,
    undo=_undo,
    strict=STRICT,
    cut=CUT,
    outcome="+{created:,} contacts",
)
