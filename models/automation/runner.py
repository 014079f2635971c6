"""Rules at work: `process_pending` takes the outbox's new events, `sweep` the time-based
rules, `dry_run` says whom a rule would touch now.

One run = one transaction. Inside it each rule's firing on its batch of customers is a
savepoint: a rule whose action fails (a community archived, a customer gone ...) or whose
condition names something deleted is rolled back alone, switched off with the reason, and
named in the run log's warnings; the other rules' work is kept (per-rule all-or-nothing).

Loop guard: a rule fires once per (customer, triggering event) (rule_fired); the events a
rule's actions cause carry depth + 1 (rule_context, read by the outbox triggers), and
events deeper than MAX_DEPTH are not acted on: the run log says which rule was stopped.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from models import clock
from models.automation import actions as acting
from models.automation import bulk, conditions, rules
from models.automation.definitions import EVENT_TRIGGERS
from models.automation.tables import RuleRun, RuleRunItem
from models.errors import GuanjiaError, ValidationError
from models.storage import audit, preferences
from models.storage.bulk import insert_rows
from models.storage.db import database
from models.surveys.closed_loop import category as survey_category

MAX_DEPTH = 5
UNDO_DEPTH = bulk.UNDO_DEPTH  # events written while a run is undone: never acted on
CURSOR_KEY = "automation_cursor"
SWEEP_KEY = "automation_last_sweep"
SWEEP_EVERY = dt.timedelta(hours=1)
CHUNK = 900
SAMPLE = 10


def event_kind(trigger: dict) -> str:
    """The outbox kind a trigger listens to (the ledger thresholds read the ledger rows)."""
    kind = trigger["kind"]
    if kind.startswith("points_"):
        return "points"
    if kind.startswith("balance_"):
        return "wallet"
    return kind


@dataclass
class RunSummary:
    id: int | None
    cause: str
    customers: int = 0
    actions: int = 0
    warnings: list[str] = field(default_factory=list)
    by_rule: dict[int, int] = field(default_factory=dict)  # rule id -> customers touched

    def to_json(self) -> dict:
        return {"run": self.id, "cause": self.cause, "customers": self.customers,
                "actions": self.actions, "warnings": self.warnings,
                "rules": [{"rule": r, "customers": n} for r, n in sorted(self.by_rule.items())]}  # fmt: skip


class _Run:
    def __init__(self, cause: str):
        self.summary = RunSummary(None, cause)
        database.execute_sql(
            "CREATE TEMP TABLE IF NOT EXISTS auto_touched (id INTEGER PRIMARY KEY)"
        )
        database.execute_sql("DELETE FROM temp.auto_touched")  # the customers the run touched

    @property
    def id(self) -> int:
        if self.summary.id is None:
            self.summary.id = RuleRun.insert(at=clock.now(), cause=self.summary.cause).execute()
        return self.summary.id

    def warn(self, text: str) -> None:
        if text not in self.summary.warnings:
            self.summary.warnings.append(text)

    def finish(self) -> RunSummary | None:
        s = self.summary
        s.customers = database.execute_sql("SELECT COUNT(*) FROM temp.auto_touched").fetchone()[0]
        if s.id is None and s.warnings:
            _ = self.id
        if s.id is None:
            return None
        if not s.actions and not s.warnings:
            RuleRun.delete().where(RuleRun.id == s.id).execute()
            return None
        RuleRun.update(customers=s.customers, actions=s.actions,
                       warnings="\n".join(s.warnings)).where(RuleRun.id == s.id).execute()  # fmt: skip
        audit.record("automate", "rule", s.id, detail=f"run {s.id}: {s.actions} actions",
                     count=max(s.customers, 1))  # fmt: skip
        return s


def _set_depth(depth: int) -> None:
    database.execute_sql("UPDATE rule_context SET depth = ? WHERE id = 1", [depth])


_MATCH = "temp.auto_match"
SET_BASED = ("add_tag", "remove_tag", "followup")  # actions written by one statement each


def _match_table() -> None:
    database.execute_sql("CREATE TEMP TABLE IF NOT EXISTS auto_match (id INTEGER, key TEXT)")
    database.execute_sql(f"DELETE FROM {_MATCH}")


def _match_pairs(pairs: list[tuple[int, str]]) -> None:
    _match_table()
    database.cursor().executemany(f"INSERT INTO {_MATCH} (id, key) VALUES (?, ?)", pairs)


def _match_sql(select: str, params: list) -> None:
    _match_table()
    database.execute_sql(f"INSERT INTO {_MATCH} (id, key) {select}", params)


def _log_done(run: _Run, rule, action: str) -> None:
    """The run log's items of a set-based action: temp.auto_done, in one statement."""
    database.execute_sql(
        "INSERT INTO rule_run_item (run_id, rule_id, customer_id, action, ref, before, after)"
        " SELECT ?, ?, id, ?, ref, '', '' FROM temp.auto_done ORDER BY n",
        [run.id, rule.id, action])  # fmt: skip


def _act(run: _Run, rule, action: dict) -> None:
    """One action of the rule on the customers of temp.auto_match."""
    kind = action["kind"]
    if kind not in SET_BASED:
        ids = [c for (c,) in database.execute_sql(f"SELECT DISTINCT id FROM {_MATCH} ORDER BY id")]
        items = acting.perform(action, ids)
        insert_rows(RuleRunItem, [RuleRunItem.run_id, RuleRunItem.rule_id,
                                  RuleRunItem.customer_id, RuleRunItem.action,
                                  RuleRunItem.ref, RuleRunItem.before, RuleRunItem.after],
                    [(run.id, rule.id, i.customer_id, i.action, i.ref, i.before, i.after)
                     for i in items])  # fmt: skip
        return
    bulk.load_sql(f"SELECT id FROM {_MATCH} ORDER BY id", [])
    if acting.perform_loaded(action):
        _log_done(run, rule, kind)


def _fire(run: _Run, rule, depth: int) -> None:
    """The rule's actions for the customers of temp.auto_match (customer, key), once each:
    the keys go to rule_fired, each action is written set-based where it can be, and the
    run log's items in one statement per action."""
    if database.execute_sql(f"SELECT 1 FROM {_MATCH} LIMIT 1").fetchone() is None:
        return
    start = database.execute_sql("SELECT COALESCE(MAX(id), 0) FROM rule_run_item").fetchone()[0]
    run_id = run.id  # the run's row outside the savepoint: a rolled back rule keeps it
    try:
        with database.atomic():  # a savepoint: this rule's work alone rolls back
            database.execute_sql(
                "INSERT OR IGNORE INTO rule_fired (rule_id, customer_id, key, run_id)"
                f" SELECT ?, id, key, ? FROM {_MATCH}", [rule.id, run_id])  # fmt: skip
            _set_depth(depth)
            for action in rule.actions:
                _act(run, rule, action)
            _set_depth(0)
            actions, touched = database.execute_sql(
                "SELECT COUNT(*), COUNT(DISTINCT customer_id) FROM rule_run_item WHERE id > ?",
                [start]).fetchone()  # fmt: skip
            database.execute_sql(
                "INSERT OR IGNORE INTO temp.auto_touched (id)"
                " SELECT customer_id FROM rule_run_item WHERE id > ?", [start])  # fmt: skip
    except (GuanjiaError, conditions.Broken) as exc:
        _set_depth(0)
        reason = str(exc)
        rules.disable_broken(rule.id, reason)
        run.warn(f"rule {rule.id} {rule.name}: switched off: {reason}")
        return
    run.summary.actions += actions
    if touched:
        run.summary.by_rule[rule.id] = run.summary.by_rule.get(rule.id, 0) + touched


def _matching(ids: list[int], conds: list[dict]) -> set[int]:
    where, params = conditions.where(conds)
    found = set()
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i : i + CHUNK]
        marks = ",".join("?" * len(chunk))
        found.update(c for (c,) in database.execute_sql(
            f"SELECT c.id FROM customer c WHERE c.id IN ({marks}) AND {where}",
            [*chunk, *params]).fetchall())  # fmt: skip
    return found


# ---------------------------------------------------------------- events


def _by_id(sql: str, ids: list) -> dict:
    out = {}
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i : i + CHUNK]
        marks = ",".join("?" * len(chunk))
        for row in database.execute_sql(sql.format(marks=marks), chunk).fetchall():
            out[row[0]] = row[1:]
    return out


def _ref_id(sql: str, value: str, what: str) -> str:
    row = database.execute_sql(sql, [value]).fetchone()
    if row is None:
        raise conditions.Broken(f"{what} {value!r} no longer exists")
    return str(row[0])


def _event_filter(trigger: dict, events: list[tuple]):
    """The events (id, kind, customer, detail, depth) the trigger's settings accept."""
    kind = trigger["kind"]
    if kind in ("tag_added", "tag_removed") and trigger.get("tag"):
        tag = str(conditions._tag_id(trigger["tag"]))
        return [e for e in events if e[3] == tag]
    if kind in ("stage_changed", "segment_changed", "lead_grade_changed") and trigger.get("to"):
        return [e for e in events if e[3].split(">")[-1] == trigger["to"]]
    if kind == "level_changed" and trigger.get("to"):
        level = _ref_id("SELECT id FROM member_level WHERE name = ?", trigger["to"], "level")
        return [e for e in events if e[3].split(">")[-1] == level]
    if kind in ("community_joined", "community_left", "event_attended", "event_no_show"):
        ref = trigger.get("community", trigger.get("event"))
        return events if ref is None else [e for e in events if e[3] == str(ref)]
    if kind == "purchase":
        return _purchases(trigger, events)
    if kind == "survey_answer":
        if not trigger.get("category"):
            return events
        kinds = dict(database.execute_sql("SELECT id, kind FROM survey").fetchall())
        out = []
        for e in events:
            survey, score = (int(x) for x in e[3].split(":"))
            if survey_category(kinds.get(survey, "nps"), score) == trigger["category"]:
                out.append(e)
        return out
    if kind.startswith(("points_", "balance_")):
        return _crossings(trigger, events)
    return events


def _purchases(trigger: dict, events: list[tuple]) -> list[tuple]:
    live = "q.amount_cents > 0 AND q.refund_of IS NULL AND q.voided_at IS NULL"
    facts = _by_id(
        "SELECT p.id, p.amount_cents, p.voided_at IS NULL, (SELECT COUNT(*) FROM purchase q"
        f" WHERE q.customer_id = p.customer_id AND q.id <= p.id AND {live})"
        " FROM purchase p WHERE p.id IN ({marks})", [int(e[3]) for e in events])  # fmt: skip
    which, n, above = trigger.get("which", "any"), trigger.get("n"), trigger.get("above")
    out = []
    for e in events:
        amount, live_now, nth = facts.get(int(e[3]), (0, 0, 0))
        if not live_now:
            continue
        if which == "first" and nth != 1 or which == "nth" and nth != n:
            continue
        if above is not None and amount <= above:
            continue
        out.append(e)
    return out


def _crossings(trigger: dict, events: list[tuple]) -> list[tuple]:
    """Ledger rows that moved the balance across the line (below: from at or above it
    to under it; above: from at or under it to over it)."""
    if trigger["kind"].startswith("points_"):
        line = trigger["points"]
        facts = _by_id(
            "SELECT e.id, e.points, (SELECT SUM(x.points) FROM points_entry x WHERE"
            " x.customer_id = e.customer_id AND x.id <= e.id) FROM points_entry e"
            " WHERE e.id IN ({marks})", [int(e[3]) for e in events])  # fmt: skip
    else:
        line = trigger["fen"]
        facts = _by_id(
            "SELECT e.id, e.principal_fen + e.bonus_fen, (SELECT SUM(x.principal_fen +"
            " x.bonus_fen) FROM wallet_entry x WHERE x.customer_id = e.customer_id AND"
            " x.id <= e.id) FROM wallet_entry e WHERE e.id IN ({marks})",
            [int(e[3]) for e in events])  # fmt: skip
    below = trigger["kind"].endswith("_below")
    out = []
    for e in events:
        delta, after = facts.get(int(e[3]), (0, 0))
        before = after - delta
        if (below and after < line <= before) or (not below and before <= line < after):
            out.append(e)
    return out


def _dispatch(run: _Run, event_rules: list, rows: list[tuple]) -> None:
    by_kind = defaultdict(list)
    for row in rows:
        by_kind[row[1]].append(row)
    for rule in event_rules:
        events = by_kind.get(event_kind(rule.trigger), [])
        if not events:
            continue
        events = [e for e in events if e[4] < UNDO_DEPTH and e[0] > rule.from_event]
        deep = [e for e in events if e[4] > MAX_DEPTH]
        if deep:
            run.warn(f"rule {rule.id} {rule.name}: stopped: a chain of rules deeper than"
                     f" {MAX_DEPTH} ({len(deep)} events)")  # fmt: skip
        events = [e for e in events if e[4] <= MAX_DEPTH]
        try:
            events = _event_filter(rule.trigger, events)
            matching = _matching(sorted({e[2] for e in events}), rule.conditions)
        except conditions.Broken as exc:
            rules.disable_broken(rule.id, str(exc))
            run.warn(f"rule {rule.id} {rule.name}: switched off: {exc}")
            continue
        pairs = [(e[2], f"e{e[0]}") for e in events if e[2] in matching]
        depth = max((e[4] for e in events if e[2] in matching), default=0) + 1
        _match_pairs(pairs)
        _fire(run, rule, depth)


def pending() -> int:
    """Events not processed yet (a quick look: the window's timer asks it)."""
    top = database.execute_sql("SELECT MAX(id) FROM rule_event").fetchone()[0] or 0
    return max(0, top - int(preferences.get(CURSOR_KEY, 0) or 0))


def process_pending() -> RunSummary | None:
    """Act on the outbox's new events; None when nothing was done. The events are
    removed once read (the cursor remembers how far)."""
    with database.atomic():
        cursor = int(preferences.get(CURSOR_KEY, 0) or 0)
        top = database.execute_sql("SELECT MAX(id) FROM rule_event").fetchone()[0] or 0
        if top <= cursor:
            return None
        event_rules = [r for r in rules.enabled_rules() if r.trigger["kind"] in EVENT_TRIGGERS]
        kinds = sorted({event_kind(r.trigger) for r in event_rules})
        run = _Run("events")
        while cursor < top:
            if kinds:
                marks = ",".join("?" * len(kinds))
                rows = database.execute_sql(
                    "SELECT e.id, e.kind, e.customer_id, e.detail, e.depth FROM rule_event e"
                    f" WHERE e.id > ? AND e.id <= ? AND e.kind IN ({marks}) ORDER BY e.id",
                    [cursor, top, *kinds]).fetchall()  # fmt: skip
                _dispatch(run, event_rules, rows)
                event_rules = [r for r in rules.enabled_rules()
                               if r.trigger["kind"] in EVENT_TRIGGERS]  # fmt: skip
            cursor = top
            top = database.execute_sql("SELECT MAX(id) FROM rule_event").fetchone()[0] or 0
        database.execute_sql("DELETE FROM rule_event WHERE id <= ?", [cursor])
        preferences.put(CURSOR_KEY, cursor)
        return run.finish()


# ---------------------------------------------------------------- time


_MD = "substr(c.birthday, length(c.birthday) - 4)"  # the month-day (index customer_birthday_md)
_NEVER = "'0001-01-01 00:00:00'"  # customer_sort_last_purchase_at's blank


def _time_sql(trigger: dict, today: dt.date) -> tuple[str, str, list]:
    """(condition, key expression, params) of a time-based trigger over customer c, each
    condition the expression of an index of the customer table (schema steps 13-17)."""
    kind, days = trigger["kind"], trigger["days"]
    cutoff = (today - dt.timedelta(days=days)).isoformat() + " 00:00:00"
    if kind == "no_contact":  # never contacted: counted from when the customer was added
        return ("COALESCE(c.last_contact_at, c.created_at) < ?",
                "'c:' || COALESCE(c.last_contact_at, '')", [cutoff])  # fmt: skip
    if kind == "no_purchase":  # customers who bought, and not since the cutoff
        last = f"COALESCE(c.last_purchase_at, {_NEVER})"
        return (f"{last} > {_NEVER} AND {last} < ?", f"'p:' || {last}", [cutoff])
    # birthday: the month-day of a (solar) birthday falls in the next `days` days; once a year
    window = [today + dt.timedelta(days=k) for k in range(days + 1)]
    cases = " ".join(f"WHEN '{d:%m-%d}' THEN '{d.year}'" for d in window)
    marks = ",".join(f"'{d:%m-%d}'" for d in window)
    return (f"c.birthday_lunar = 0 AND {_MD} IN ({marks}) AND c.birthday <> ''",
            f"'bd:' || CASE {_MD} {cases} END", [])  # fmt: skip


def _time_query(rule, today: dt.date, select: str, fired: bool = True,
                scan: bool = False) -> tuple[str, list]:  # fmt: skip
    """The customers the sweep would act on; `fired` False: those it acted on already are
    not left out (a rule that never fired has none: the count then reads an index only);
    `scan`: the customer table in id order (NOT INDEXED), for a condition holding for
    many: the rule_fired and tag probes then go in key order, not at random."""
    cond, key, params = _time_sql(rule.trigger, today)
    where, more = conditions.where(rule.conditions, today)
    not_fired, extra = "", []
    if fired:
        not_fired = (" AND NOT EXISTS (SELECT 1 FROM rule_fired f WHERE f.rule_id = ? AND"
                     f" f.customer_id = c.id AND f.key = {key})")  # fmt: skip
        extra = [rule.id]
    select = select.format(key=key)
    table = "customer c NOT INDEXED" if scan else "customer c"
    return (f"SELECT {select} FROM {table} WHERE {cond} AND {where}{not_fired}",
            [*params, *more, *extra])  # fmt: skip


BROAD = 4  # the sweep scans in id order when over 1 customer in BROAD meets the time condition


def _broad(rule, today: dt.date) -> bool:
    """Whether the rule's time condition holds for many customers (one index count; at
    1M, the steady sweep of "no contact for 30 days" (932,069): 4.7 s CPU probing in the
    index's order, 1.8 s in id order; of "no purchase for 90 days" (541,603) 2.7 / 1.0 s)."""
    if rule.trigger["kind"] == "birthday":
        return False  # a few days' birthdays: always few
    cond, _key, params = _time_sql(rule.trigger, today)
    enough = database.execute_sql("SELECT COALESCE(MAX(id), 0) FROM customer").fetchone()[0]
    enough = enough // BROAD + 1
    many = database.execute_sql(
        f"SELECT COUNT(*) FROM (SELECT 1 FROM customer c WHERE {cond} LIMIT {enough})", params
    ).fetchone()[0]  # stops at `enough`
    return many >= enough


def time_matches(rule, today: dt.date | None = None) -> list[tuple[int, str]]:
    """(customer, key) the sweep would act on now."""
    sql, params = _time_query(rule, today or clock.today(), "c.id, {key}")
    return database.execute_sql(sql, params).fetchall()


def time_count(rule, today: dt.date | None = None) -> tuple[int, list[int]]:
    """How many the sweep would act on now, and the first few ids (the dry run)."""
    today = today or clock.today()
    fired = database.execute_sql("SELECT 1 FROM rule_fired WHERE rule_id = ? LIMIT 1",
                                 [rule.id]).fetchone() is not None  # fmt: skip
    if not fired:  # the count reads an index only; the sample stops at SAMPLE
        sql, params = _time_query(rule, today, "COUNT(*)", fired)
        count = database.execute_sql(sql, params).fetchone()[0]
        sql, params = _time_query(rule, today, "c.id", fired)
        ids = [c for (c,) in database.execute_sql(f"{sql} LIMIT {SAMPLE}", params).fetchall()]
        return count, ids
    # fired: one pass, as the sweep makes it (in id order when broad), counted here: a
    # rule that fired for most of its 932,069 matches at 1M left few or none, and a
    # sample query would scan them all again (6.6 s -> about 2 s of CPU)
    sql, params = _time_query(rule, today, "c.id", fired, scan=_broad(rule, today))
    count, ids = 0, []
    for (customer,) in database.execute_sql(sql, params):
        if count < SAMPLE:
            ids.append(customer)
        count += 1
    return count, ids


def sweep(today: dt.date | None = None) -> RunSummary | None:
    """Every enabled time-based rule over all customers, in one transaction. Days the PC
    was off are caught up by the state itself (no contact for N days still holds, the
    birthday window reaches back to today) and once only (rule_fired's keys)."""
    today = today or clock.today()
    with database.atomic():
        run = _Run("sweep")
        for rule in rules.enabled_rules():
            if not rule.time_based:
                continue
            try:
                _match_sql(*_time_query(rule, today, "c.id, {key}", scan=_broad(rule, today)))
            except conditions.Broken as exc:
                rules.disable_broken(rule.id, str(exc))
                run.warn(f"rule {rule.id} {rule.name}: switched off: {exc}")
                continue
            _fire(run, rule, 1)
        preferences.put(SWEEP_KEY, clock.now().isoformat(sep=" "))
        return run.finish()


def sweep_due(now: dt.datetime | None = None) -> bool:
    now = now or clock.now()
    last = preferences.get(SWEEP_KEY, "")
    if not last:
        return True
    last = dt.datetime.fromisoformat(last)
    return now - last >= SWEEP_EVERY or last.date() != now.date() or last > now


def sweep_if_due() -> RunSummary | None:
    return sweep() if sweep_due() else None


def run_all() -> list[RunSummary]:
    """The outbox, then the sweep (whether due or not): what `rules run` does."""
    return [s for s in (process_pending(), sweep()) if s is not None]


# ---------------------------------------------------------------- dry run


@dataclass
class DryRun:
    rule: int
    customers: int
    sample: list[dict]

    def to_json(self) -> dict:
        return {"rule": self.rule, "customers": self.customers, "sample": self.sample}


def _names(ids: list[int]) -> list[dict]:
    rows = _by_id("SELECT id, name FROM customer WHERE id IN ({marks})", ids)
    return [{"id": i, "name": rows[i][0]} for i in ids if i in rows]


def dry_run(rule_id, today: dt.date | None = None) -> DryRun:
    """How many customers the rule would touch now, and a sample (nothing written).
    Time-based: those the sweep would act on. On an event: those meeting the conditions
    now (whom it would act on if the event happened to them). A rule naming something
    gone: ValidationError with the reason."""
    rule = rules.get(rule_id)
    try:
        if rule.time_based:
            count, ids = time_count(rule, today)
            return DryRun(rule.id, count, _names(ids))
        where, params = conditions.where(rule.conditions, today)
        count = database.execute_sql(f"SELECT COUNT(*) FROM customer c WHERE {where}",
                                     params).fetchone()[0]  # fmt: skip
        ids = [c for (c,) in database.execute_sql(
            f"SELECT c.id FROM customer c WHERE {where} ORDER BY c.id LIMIT {SAMPLE}",
            params).fetchall()]  # fmt: skip
        return DryRun(rule.id, count, _names(ids))
    except conditions.Broken as exc:
        raise ValidationError("rule", "rule_gone", str(exc)) from None
