"""Stored lead scores (customer.lead_score, lead_grade; schema step 28): read the facts
of some or all leads set-based, score them (models.leads.scoring), write the ones that
changed.

- `explain(id)`: any customer's score and breakdown now (a customer who is not a lead
  is scored too; the stage says so; only live leads keep a stored score).
- `flush()`: rescore the customers step 28's triggers marked (lead_score_dirty) by any
  write that feeds a score; the window after each change and the CLI after each
  command call it (a few ms per customer). Many marked (an import): the bulk path.
- `rescore_all()`: every lead (decay moves scores daily; the model changed), set-based,
  one transaction, audited; `rescore_if_due()` once a day.
- `grade_changes(after_id)`: the grades that changed since, for the automation rules.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass, field

from peewee import DatabaseError as PeeweeDatabaseError

from models import clock
from models.customers.record import live_customer
from models.errors import GuanjiaError
from models.leads import bulk_scores
from models.leads import model as scoring_model
from models.leads.scoring import Facts, Score, Scorer
from models.storage import audit, preferences
from models.storage.db import database

log = logging.getLogger("guanjia")
DAY_KEY = "lead_scores_day"  # the day the last full rescore ran (ISO)
CHUNK = 500
BULK_FROM = 2000  # more marked customers than this: rescore every lead set-based
LIVE_LEAD = "stage = 'lead' AND deleted_at IS NULL"
CONTACT_KINDS = {"store": "store", "price": "price", "download": "download"}


@dataclass(frozen=True)
class GradeChange:
    customer_id: int
    old: str  # '' when the customer had no grade (not a lead before)
    new: str  # '' when the customer is no longer a live lead
    id: int = 0  # its row in lead_grade_change (grade_changes), 0 when just computed
    changed_at: str = ""


@dataclass
class Rescored:
    scored: int = 0  # leads scored
    written: int = 0  # customers whose stored score or grade changed
    changes: list[GradeChange] = field(default_factory=list)  # grades changed


def _rows(sql: str, params=()) -> list[tuple]:
    return database.execute_sql(sql, params).fetchall()


def _custom_fields(model: dict) -> dict[int, str]:
    """{custom field id: 'need' or 'size'} for the model's fields that exist."""
    wanted = {}
    if model["need_field"] and model["need_field"] != "notes":
        wanted[model["need_field"]] = "need"
    if model["size_field"]:
        wanted.setdefault(model["size_field"], "size")
    if not wanted:
        return {}
    names = list(wanted)
    marks = ",".join("?" * len(names))
    found = _rows(f"SELECT id, name FROM custom_field WHERE name IN ({marks})", names)
    return {field_id: wanted[name] for field_id, name in found}


def _gather(where: str, params: tuple, model: dict) -> dict[int, Facts]:
    """The facts of the customers `where` picks (SQL over `customer` aliased c)."""
    facts: dict[int, Facts] = {}
    notes_column = "c.notes" if model["need_field"] == "notes" else "''"
    for cid, stage, title, mobile, city, notes in _rows(
        f"SELECT c.id, c.stage, c.job_title, c.mobile, c.city, {notes_column} FROM customer c"
        f" WHERE {where}",
        params,
    ):
        facts[cid] = Facts(cid, stage, title, mobile, city, notes or "")
    if not facts:
        return facts
    picked = f"customer_id IN (SELECT c.id FROM customer c WHERE {where})"

    def add(name: str, cid: int, day: str, n: int) -> None:
        f = facts.get(cid)
        if f is not None and day:
            days = f.behaviours.setdefault(name, {})
            days[day] = days.get(day, 0) + n

    fields = _custom_fields(model)
    if fields:
        marks = ",".join("?" * len(fields))
        for cid, field_id, text in _rows(
            f"SELECT customer_id, field_id, text FROM custom_value"
            f" WHERE field_id IN ({marks}) AND {picked}",
            (*fields, *params),
        ):
            f = facts.get(cid)
            if f is not None:
                setattr(f, fields[field_id], text or "")
    for cid, day, n in _rows(
        "SELECT customer_id, date(COALESCE(checked_in_at, signed_at)), COUNT(*)"
        " FROM event_signup INDEXED BY lead_signal_events"
        f" WHERE status = 'attended' AND {picked} GROUP BY 1, 2",
        params,
    ):
        add("event", cid, day, n)
    marks = ",".join("?" * len(CONTACT_KINDS))
    for cid, channel, day, n in _rows(
        "SELECT customer_id, channel, date(at), COUNT(*) FROM interaction"
        f" WHERE channel IN ({marks}) AND {picked} GROUP BY 1, 2, 3",
        (*CONTACT_KINDS, *params),
    ):
        add(CONTACT_KINDS[channel], cid, day, n)
    for table in ("survey_answer", "survey_response"):  # NPS / CSAT / CES, custom surveys
        for cid, day, n in _rows(
            f"SELECT customer_id, date(answered_at), COUNT(*) FROM {table}"
            f" WHERE customer_id IS NOT NULL AND {picked} GROUP BY 1, 2",
            params,
        ):
            add("survey", cid, day, n)
    for cid, day in _rows(
        f"SELECT DISTINCT customer_id, day FROM community_activity WHERE {picked}", params
    ):
        add("community", cid, str(day), 1)
    return facts


def explain(customer_id, model: dict | None = None) -> Score:
    """The customer's score and its parts now (NotFoundError for no live customer)."""
    customer = live_customer(customer_id)
    model = model or scoring_model.load()
    facts = _gather("c.id = ?", (customer.id,), model)
    return Scorer(model, clock.today()).score(facts[customer.id])


def _chunks(items: list, size: int = CHUNK):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _write(new: dict[int, tuple[int, str]]) -> Rescored:
    """Store `new` {id: (score, grade)} where it differs from what is stored."""
    done = Rescored()
    ids = list(new)
    changed: list[tuple[int, str, int]] = []
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for cid, score, grade in _rows(
            f"SELECT id, lead_score, lead_grade FROM customer WHERE id IN ({marks})", chunk
        ):
            want = new[cid]
            if (score, grade) != want:
                changed.append((want[0], want[1], cid))
                if grade != want[1]:
                    done.changes.append(GradeChange(cid, grade, want[1]))
    if changed:
        database.cursor().executemany(
            "UPDATE customer SET lead_score = ?, lead_grade = ? WHERE id = ?", changed
        )
    done.written = len(changed)
    return done


def _write_all() -> Rescored:
    """Store temp.lead_new where it differs from what is stored: one UPDATE."""
    done = Rescored()
    done.changes = [
        GradeChange(cid, old, new)
        for cid, old, new in _rows(
            "SELECT n.id, c.lead_grade, n.grade FROM temp.lead_new n JOIN customer c"
            " ON c.id = n.id WHERE c.lead_grade <> n.grade ORDER BY n.id"
        )
    ]
    done.written = database.execute_sql(
        "UPDATE customer SET lead_score = n.score, lead_grade = n.grade FROM temp.lead_new n"
        " WHERE customer.id = n.id AND (customer.lead_score <> n.score"
        " OR customer.lead_grade <> n.grade)"
    ).rowcount
    return done


def rescore(ids, model: dict | None = None) -> Rescored:
    """Rescore these customers now (a live lead gets its score, anyone else 0 and '');
    one transaction. What flush and the tests call."""
    ids = sorted({int(i) for i in ids})
    model = model or scoring_model.load()
    scorer = Scorer(model, clock.today())
    new: dict[int, tuple[int, str]] = {i: (0, "") for i in ids}
    scored = 0
    with database.atomic():
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for facts in _gather(f"c.id IN ({marks}) AND {_LIVE_C}", tuple(chunk), model).values():
                s = scorer.score(facts)
                new[facts.customer_id] = (s.score, s.grade)
                scored += 1
        done = _write(new)
        if ids:
            for chunk in _chunks(ids):
                marks = ",".join("?" * len(chunk))
                database.execute_sql(
                    f"DELETE FROM lead_score_dirty WHERE customer_id IN ({marks})", chunk
                )
    done.scored = scored
    return done


_LIVE_C = "c.stage = 'lead' AND c.deleted_at IS NULL"


def many_marked() -> bool:
    """More marked than a flush does one by one (an import): the set-based rescore,
    which the window runs in a worker."""
    return bool(_rows(f"SELECT 1 FROM lead_score_dirty LIMIT 1 OFFSET {BULK_FROM}"))


def dirty_count() -> int:
    return _rows("SELECT COUNT(*) FROM lead_score_dirty")[0][0]


def flush() -> Rescored:
    """Rescore the customers marked since the last flush (none: one cheap query)."""
    marked = [
        r[0] for r in _rows(f"SELECT customer_id FROM lead_score_dirty LIMIT {BULK_FROM + 1}")
    ]
    if not marked:
        return Rescored()
    if len(marked) > BULK_FROM:
        return rescore_all(action="")
    return rescore(marked)


def rescore_all(model: dict | None = None, *, action: str = "score") -> Rescored:
    """Every live lead scored set-based, and anyone else's stored score cleared; one
    transaction, with an audit entry (`action`; "" for none: a flush of an import's
    rows, which the import's own entry covers)."""
    model = model or scoring_model.load()
    scorer = Scorer(model, clock.today())
    with database.atomic():
        scored = bulk_scores.score_all(scorer)
        # a stored score always has its grade: the grade index finds them
        database.execute_sql(
            "INSERT INTO temp.lead_new (id, score, grade) SELECT id, 0, '' FROM customer"
            f" WHERE lead_grade IN ('A', 'B', 'C', 'D') AND NOT ({LIVE_LEAD})"
        )
        done = _write_all()
        done.scored = scored
        bulk_scores.drop_temp_tables()
        database.execute_sql("DELETE FROM lead_score_dirty")
        preferences.put(DAY_KEY, clock.today().isoformat())
        if action:
            audit.record(action, "lead_scores", count=done.written,
                         detail=f"lead scores: {done.scored} leads scored, {done.written} changed,"
                         f" {len(done.changes)} grades changed")  # fmt: skip
    return done


def apply_model(new_model: dict, *, action: str = "settings") -> Rescored:
    """Save the scoring model (model.save: refused settings raise ValidationError and
    write nothing) and rescore every lead with it, in one transaction."""
    with database.atomic():
        stored = scoring_model.save(new_model, action=action)
        return rescore_all(stored, action="")


def due(today: dt.date | None = None) -> bool:
    today = today or clock.today()
    return preferences.get(DAY_KEY) != today.isoformat() or dirty_count() > 0


def rescore_if_due() -> Rescored | None:
    """The day's full rescore (decay), unless done today and nothing is marked."""
    if preferences.get(DAY_KEY) == clock.today().isoformat():
        return flush() if dirty_count() else None
    return rescore_all()


def grade_changes(after_id: int = 0, limit: int = 10000) -> list[GradeChange]:
    """The grade changes recorded after the one with `after_id` (0: from the first),
    oldest first: what automation rules on "lead grade changed" read, keeping the last
    id they saw. `old` '' is a new lead; `new` '' a lead no longer (converted, deleted)."""
    return [
        GradeChange(cid, old, new, rid, at)
        for rid, cid, old, new, at in _rows(
            "SELECT id, customer_id, old, new, changed_at FROM lead_grade_change"
            " WHERE id > ? ORDER BY id LIMIT ?",
            (int(after_id), int(limit)),
        )
    ]


def customer_ref(text) -> int:
    """The live customer a reference names: a customer number (客户编号) first, else an
    id; NotFoundError otherwise."""
    ref = str(text or "").strip()
    if ref:
        row = _rows(
            "SELECT id FROM customer WHERE number = ? AND number <> '' AND deleted_at IS NULL",
            (ref,),
        )
        if row:
            return row[0][0]
    return live_customer(ref).id


def flush_quietly() -> Rescored | None:
    """flush, for the end of a command: a database that cannot be written now (read
    only, busy, damaged) keeps its marks for the next writer instead of failing a
    command that did its work."""
    try:
        return flush()
    except (GuanjiaError, PeeweeDatabaseError, sqlite3.Error) as exc:
        log.warning("lead scores not rescored now: %s", exc)
        return None
