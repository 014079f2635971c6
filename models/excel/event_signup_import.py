"""The event sign-ups kind of import (报名表), on the engine (import_engine.py): a list of
sign-ups for ONE event (Options.event) as 问卷星, 金数据 or 腾讯问卷 export it, or as staff
type it.

Columns: 姓名 and 手机 (the question columns of a questionnaire, "1、您的姓名",
"您的手机号", are found by the words they end with), 报名时间 (问卷星's 提交答卷时间,
金数据's 提交时间). The other columns (序号, 所用时间, 来源, 来自IP, 人数, 备注 ...) are not
imported: a sign-up is one customer. A row is matched to a customer by mobile, then
exact name; a name several customers share is ambiguous: an error row naming the
candidates, which the window's preview may resolve (`resolve`). An unmatched row
becomes a new customer (source 活动 event) only with Options.create_customers, else it
is skipped.

Rows left out are DUPLICATE rows with a reason in values["skip"] (SKIPS): already
signed up (or waiting, attended...), a sign-up cancelled earlier (signing them up again
is done by hand), unmatched, the same customer earlier in the file. Places go in the
order of the sign-up time (then the file's order); past the event's capacity the rest
go on the waiting list, as signups.signup does. Undo by the run removes its sign-ups
still as it left them (then the waiting list moves up) and the customers it created.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from models import clock
from models.communities import events, signups
from models.communities.tables import Event, EventSignup
from models.excel import (
    community_member_import,
    customer_writing,
    import_engine,
    import_mapping,
    import_types,
    name_picks,
)
from models.excel.import_engine import tick
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
    Written,
)
from models.excel.record_import import fail, moment, phone, short_text, stamp
from models.storage import audit
from models.storage.bulk import insert_rows

TARGETS = ("name", "mobile", "signed_at")
WORDS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字", "您的姓名", "你的姓名", "真实姓名", "称呼", "您的称呼", "联系人",
             "报名人", "参会人", "参加人", "客户", "客户名称", "name", "your name", "full name",
             "attendee"),
    "mobile": ("手机", "手机号", "手机号码", "您的手机号", "您的手机号码", "你的手机号",
               "联系电话", "联系方式", "电话", "mobile", "phone", "tel", "phone number",
               "mobile number"),
    "signed_at": ("报名时间", "提交答卷时间", "提交时间", "填写时间", "答题时间", "结束答题时间",
                  "报名日期", "signed up", "signed up at", "submitted", "submitted at",
                  "submission time", "time"),
}  # fmt: skip
STRICT = frozenset({"mobile"})
SKIPS = ("already", "cancelled", "unmatched", "same")  # values["skip"] of a DUPLICATE row
SOURCE = "event"  # Customer.source of the customers an import creates (活动)


def event_for_import(event_id) -> Event:
    """The event sign-ups go to: it must exist and be neither ended nor cancelled."""
    row = events.get_row(event_id)
    events.require_open(row)
    return row


@dataclass
class Options(import_types.Options):
    event: int | None = None
    create_customers: bool = False
    # the review of ambiguous names: {line: the customer picked, or None to skip}
    picks: dict[int, int | None] = field(default_factory=dict)

    @property
    def kind(self) -> ImportKind:
        return KIND

    def check(self) -> None:
        event_for_import(self.event)
        super().check()

    def recorded(self) -> dict:
        return {"event": self.event, "create_customers": self.create_customers,
                "picks": {str(k): v for k, v in self.picks.items()},
                "on_error": self.on_error}  # fmt: skip


@dataclass
class Result:
    import_id: int | None
    signed_up: int  # given a place
    waiting: int  # on the waiting list (past capacity)
    already: int  # signed up already (or a sign-up cancelled earlier)
    created: int  # customers created
    skipped: int  # unmatched, the same customer twice in the file
    errors: int  # rows with errors, the ambiguous names among them
    unmatched: int = 0
    ambiguous: int = 0

    def as_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class SignupPlan(Plan):
    taken: dict[int, str] = field(default_factory=dict)  # the file's customers' sign-ups


def skip_counts(plan: Plan) -> dict[str, int]:
    counts = dict.fromkeys(SKIPS, 0)
    for row in plan.rows:
        if row.action == DUPLICATE:
            counts[row.values.get("skip", "same")] += 1
    return counts


ambiguous_rows = name_picks.ambiguous_rows
candidates = name_picks.candidates


def _free(event: Event) -> int | None:
    return None if event.capacity is None else max(0, event.capacity - signups.taken(event.id))


def _in_order(rows: list[RowPlan]) -> list[RowPlan]:
    """Rows to write in the order places are given: by sign-up time, then line."""
    return sorted(rows, key=lambda r: (r.values["signed_at"], r.line))


def outcome(plan: Plan, written: Written | None = None, import_id=None) -> Result:
    """The counts of a plan (a dry run) or of its run (`written`)."""
    counts, skips = plan.counts, skip_counts(plan)
    new = [r for r in plan.rows if r.action == NEW]
    if written is None:
        free = _free(events.get_row(plan.options.event))
        signed = len(new) if free is None else min(free, len(new))
        waiting, created = len(new) - signed, sum(1 for r in new if r.values.get("create"))
    else:
        signed, waiting = written.details["signed"], written.details["waiting"]
        created = written.extra
    return Result(import_id, signed, waiting, skips["already"] + skips["cancelled"], created,
                  skips["unmatched"] + skips["same"], counts[ERROR], skips["unmatched"],
                  len(ambiguous_rows(plan)))  # fmt: skip


def english_reason(row: RowPlan, problem: Problem | None) -> str:
    if problem is not None:
        return problem.message
    return {
        "already": "already signed up for the event",
        "cancelled": "cancelled a sign-up to this event earlier: sign them up by hand",
        "unmatched": "no customer matches (create customers to add them)",
    }.get(row.values.get("skip"), f"same customer as row {row.duplicate_of}")


# ---------------------------------------------------------------- cleaning


def rules(targets: list[str], date1904: bool) -> dict:
    return {
        "name": short_text(200, "name"),
        "mobile": phone,
        "signed_at": lambda value: moment(value, date1904, "signed_at")[0],
    }


# ---------------------------------------------------------------- planning


def _existing(event_id: int, ids: set[int]) -> dict[int, str]:
    """{customer: status} of the event's sign-ups among `ids`."""
    ids_list = sorted(ids)
    found = {}
    for i in range(0, len(ids_list), 900):
        query = EventSignup.select(EventSignup.customer, EventSignup.status).where(
            (EventSignup.event == event_id) & EventSignup.customer.in_(ids_list[i : i + 900]))  # fmt: skip
        found.update(dict(query.tuples()))
    return found


def _classify(plan: Plan) -> None:
    """Each row's customer by mobile, then exact name; ambiguous names, binned customers
    and sign-up times in the future errors; unmatched skipped or to create; those
    signed up already and the same customer twice skipped."""
    options: Options = plan.options
    n = len(plan.rows)
    empty = [None] * n
    col = {t: plan.columns.get(t, empty) for t in TARGETS}
    mobiles = customer_writing.find("mobile", set(col["mobile"]) - {None, ""})
    names = community_member_import.customers_named(
        {name for name, mobile in zip(col["name"], col["mobile"], strict=True)
         if name and mobile not in mobiles})  # fmt: skip
    now = clock.now()
    customers: list[int | None] = [None] * n
    for i, row in enumerate(plan.rows):
        if row.problems:
            row.action = ERROR
            continue
        signed_at = col["signed_at"][i] or now
        if signed_at > now + dt.timedelta(minutes=1):
            fail(row, "signed_future", "the sign-up time is in the future", "signed_at")
            continue
        row.values["signed_at"] = signed_at
        mobile, name = col["mobile"][i], col["name"][i]
        hit = mobiles.get(mobile) if mobile else None
        if hit is not None:
            if hit[1]:
                fail(row, "in_bin", "the customer is in the recycle bin", id=hit[0])
                continue
            customers[i] = hit[0]
            continue
        candidates = names.get(name, []) if name else []
        if len(candidates) > 1:
            fail(row, "name_ambiguous", f"{len(candidates)} customers are named {name}",
                 "name", name=name, candidates=candidates)  # fmt: skip
        elif candidates:
            customers[i] = candidates[0]
        elif not (name or mobile):
            fail(row, "signup_unnamed", "the row names nobody (no name, no mobile)", "name")
        elif not options.create_customers:
            row.action, row.values["skip"] = DUPLICATE, "unmatched"
        else:
            row.values["create"] = True
    plan.taken = _existing(options.event, {c for c in customers if c})
    seen: dict = {}
    for i, row in enumerate(plan.rows):
        if row.action != NEW:
            continue
        cid = customers[i]
        if cid is not None:
            row.values["customer"] = cid
            key = ("id", cid)
        else:  # a new customer: the same mobile (or name) earlier is the same person
            key = ("new", col["mobile"][i] or col["name"][i])
        _place(row, key, seen, plan.taken)
    name_picks.apply_picks(plan, options.picks, resolve)


def _place(row: RowPlan, key: tuple, seen: dict, taken: dict[int, str]) -> None:
    if key[0] == "id" and key[1] in taken:
        skip = "cancelled" if taken[key[1]] == "cancelled" else "already"
        row.action, row.target, row.values["skip"] = DUPLICATE, key[1], skip
    elif key in seen:
        row.action, row.duplicate_of, row.values["skip"] = DUPLICATE, seen[key], "same"
    else:
        row.action = NEW
        seen[key] = row.line


def resolve(plan: Plan, row: RowPlan, customer_id: int | None) -> None:
    """The review of an ambiguous name: the row becomes that customer's (signed up
    already, or named by an earlier row: skipped), or stays out (None: unmatched)."""
    name_picks.take_pick(row, customer_id)
    if customer_id is None:
        row.action, row.values["skip"] = DUPLICATE, "unmatched"
        return
    row.values["customer"] = customer_id
    seen = {("id", r.values["customer"]): r.line for r in plan.rows
            if r.action == NEW and r.values.get("customer") is not None and r is not row}  # fmt: skip
    plan.taken.update(_existing(plan.options.event, {customer_id}))
    _place(row, ("id", customer_id), seen, plan.taken)


# ---------------------------------------------------------------- writing


def _write(plan: Plan, run_id: int, progress, cancel) -> Written:
    options: Options = plan.options
    event = event_for_import(options.event)
    rows = _in_order([r for r in plan.rows if r.action == NEW])
    to_create = [r for r in rows if r.values.get("create")]
    created = _create(run_id, to_create, plan, cancel) if to_create else 0
    tick(progress, cancel, 0.4)
    free = _free(event)
    fields = [EventSignup.event, EventSignup.customer, EventSignup.status,
              EventSignup.signed_at, EventSignup.walk_in, EventSignup.checked_in_at,
              EventSignup.feedback_score, EventSignup.feedback_comment,
              EventSignup.import_run]  # fmt: skip
    batch, signed = [], 0
    for row in rows:
        status = "signed" if free is None or signed < free else "waiting"
        signed += status == "signed"
        batch.append((event.id, row.values["customer"], status, stamp(row.values["signed_at"]),
                      False, None, None, "", run_id))  # fmt: skip
    insert_rows(EventSignup, fields, batch)
    tick(progress, cancel, 0.9)
    waiting = len(batch) - signed
    detail = f"{event.title}: import:{run_id}; +{signed}"
    if waiting:
        detail += f"; waiting: +{waiting}"
    audit.record("signup", "event", event.id, count=len(batch),
                 detail=detail + f"; customers +{created}")  # fmt: skip
    return Written(len(batch), 0, created, {"signed": signed, "waiting": waiting})


def _create(run_id: int, rows: list[RowPlan], plan: Plan, cancel) -> int:
    index = {id(r): i for i, r in enumerate(plan.rows)}
    empty = [None] * len(plan.rows)
    names, mobiles = plan.columns.get("name", empty), plan.columns.get("mobile", empty)
    values = []
    for row in rows:
        i = index[id(row)]
        item = {"name": names[i] or mobiles[i], "source": SOURCE}
        if mobiles[i]:
            item["mobile"] = mobiles[i]
        values.append(item)
    ids = customer_writing.create_customers(run_id, values, cancel)
    for row, cid in zip(rows, ids, strict=True):
        row.values["customer"] = cid
    return len(ids)


# ---------------------------------------------------------------- undo


def _undo(run: ImportRun, report: UndoReport) -> None:
    """Remove the run's sign-ups still as it left them (signed or waiting; those checked
    in, no-shows or cancelled since are kept, with their history), let the waiting list
    move up, then remove the customers it created, unless given records since."""
    mine = EventSignup.import_run == run.id
    changed = EventSignup.status.not_in(("signed", "waiting"))
    kept = list(EventSignup.select(EventSignup.id, EventSignup.customer)
                .where(mine & changed).tuples())  # fmt: skip
    event_ids = [e for (e,) in EventSignup.select(EventSignup.event).where(mine).distinct()
                 .tuples()]  # fmt: skip
    report.records_removed += EventSignup.delete().where(mine & ~changed).execute()
    report.kept += [{"customer": c, "field": f"event_signup:{i}", "reason": "changed_since"}
                    for i, c in kept]  # fmt: skip
    for event in Event.select().where(Event.id.in_(event_ids)):
        if event.status not in events.CLOSED:
            while signups.promote(event) is not None:
                pass
    customer_writing.undo(run, report)


def _result(import_id: int | None, written: Written, counts: dict) -> Result:
    """The engine's result; `run` adds the skipped rows' reasons from the plan."""
    details = written.details or {"signed": written.created, "waiting": 0}
    return Result(import_id, details["signed"], details["waiting"], 0, written.extra,
                  counts[DUPLICATE], counts[ERROR])  # fmt: skip


def run(plan: Plan, progress=None, cancel=None) -> Result:
    """Write the plan (import_engine.run) and say what became of every row."""
    done = import_engine.run(plan, progress, cancel)
    written = Written(done.signed_up + done.waiting, 0, done.created,
                      {"signed": done.signed_up, "waiting": done.waiting})  # fmt: skip
    return outcome(plan, written, done.import_id)


KIND = ImportKind(
    name="event_signups",
    words=WORDS,
    targets=lambda: list(TARGETS),
    options=Options,
    rules=rules,
    classify=_classify,
    write=_write,
    undo=_undo,
    result=_result,
    reason=english_reason,
    plan_type=SignupPlan,
    propose=lambda headers, samples: import_mapping.propose(headers, samples, KIND.index),
    actions=(NEW, DUPLICATE, ERROR),
    strict=STRICT,
    required=(
        Requirement(("name", "mobile"), "signup_unmapped", "map a name or mobile column"),
    ),  # fmt: skip
    extra="customers created",
    outcome="+{created:,} sign-ups, +{extra:,} customers",
    row_by_row=False,  # the same customer twice: the later row is skipped
)
