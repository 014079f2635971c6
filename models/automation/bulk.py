"""Set-based writes for rules touching hundreds of thousands of customers at once.

The customers go to a temporary table (temp.auto_ids) and every write is one INSERT ...
SELECT / UPDATE / DELETE over it; what changed is left in temp.auto_done (customer,
ref), from which the runner writes its run log in one statement too.

Why not one prepared statement run per row (executemany): with temp_store = memory,
SQLite (3.40) keeps a savepoint's sub-journal in memory and, at the end of every
statement inside a savepoint, truncates it by walking its chunks from the start; a
rule's firing is a savepoint, so each of 50,000 row inserts walked a sub-journal grown
by the rules before it (the second broad rule of a first sweep at 100,000 customers:
44-200 s for its tags, against 3 s for the first). One statement ends once.

The outbox: while the tag rows go in, rule_context.quiet (schema step 35) keeps the
customer_tag triggers from writing one rule_event a row; the same rows (kind, customer,
tag, time, the rule's depth) are then written in one statement, and only when an
enabled rule listens to that kind: nobody else reads them (a rule switched on later acts
on events after that only), so 900,000 rows written to be deleted unread are not.
tag_count moves in one UPDATE; one audit entry per call, as tagging's."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable

from models import clock
from models.followups import channels, followup_audit, followups
from models.followups.followup_audit import SHOWN
from models.followups.followups import Followup
from models.storage import audit
from models.storage.db import database, writable
from models.tags.tables import get_tag
from models.tags.tag_filter import forget_estimates

_IDS = "temp.auto_ids"
_DONE = "temp.auto_done"
_NOW = "strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')"  # the outbox triggers' time
_DEPTH = "COALESCE((SELECT depth FROM rule_context WHERE id = 1), 0)"
UNDO_DEPTH = 1000  # events written while a run is undone: never acted on (runner's too)


def _tables() -> None:
    writable()
    database.execute_sql("CREATE TEMP TABLE IF NOT EXISTS auto_ids (id INTEGER PRIMARY KEY)")
    database.execute_sql(
        "CREATE TEMP TABLE IF NOT EXISTS auto_done (n INTEGER PRIMARY KEY, id INTEGER, ref TEXT)"
    )


def load(ids: Iterable[int]) -> None:
    """The customers the next set-based write is about (a list from Python)."""
    _tables()
    database.execute_sql(f"DELETE FROM {_IDS}")
    database.cursor().executemany(
        f"INSERT OR IGNORE INTO {_IDS} (id) VALUES (?)", ((i,) for i in ids)
    )


def load_sql(select: str, params: list) -> None:
    """The customers the next set-based write is about: the ids `select` gives."""
    _tables()
    database.execute_sql(f"DELETE FROM {_IDS}")
    database.execute_sql(f"INSERT OR IGNORE INTO {_IDS} (id) {select}", params)


def _done(select: str, params: list) -> int:
    """temp.auto_done := (customer, ref) rows of `select`, in its order; how many."""
    database.execute_sql(f"DELETE FROM {_DONE}")
    database.execute_sql(f"INSERT INTO {_DONE} (id, ref) {select}", params)
    return database.execute_sql(f"SELECT COUNT(*) FROM {_DONE}").fetchone()[0]


def done_ids() -> list[int]:
    return [c for (c,) in database.execute_sql(f"SELECT id FROM {_DONE} ORDER BY n")]


def listened(kind: str) -> bool:
    """Whether an enabled rule acts on outbox events of `kind`."""
    for (trigger,) in database.execute_sql("SELECT trigger FROM rule WHERE enabled = 1"):
        try:
            if json.loads(trigger).get("kind") == kind:
                return True
        except (ValueError, AttributeError):
            continue
    return False


def _quiet(on: bool) -> None:
    database.execute_sql("UPDATE rule_context SET quiet = ? WHERE id = 1", [int(on)])


def _events(kind: str, tag_id: int) -> None:
    """The outbox rows the quiet triggers did not write, when someone listens."""
    depth = database.execute_sql(f"SELECT {_DEPTH}").fetchone()[0]
    if depth < UNDO_DEPTH and listened(kind):
        database.execute_sql(
            "INSERT INTO rule_event (kind, customer_id, detail, at, depth)"
            f" SELECT ?, id, ?, {_NOW}, {_DEPTH} FROM {_DONE} ORDER BY n",
            [kind, str(tag_id)],
        )


def _bump(delta: int) -> None:
    database.execute_sql(
        f"UPDATE customer SET tag_count = tag_count + ? WHERE id IN (SELECT id FROM {_DONE})",
        [delta],
    )


def _audit(tag_id: int, sign: str, count: int) -> None:
    if count:
        only = None
        if count == 1:
            only = database.execute_sql(f"SELECT id FROM {_DONE}").fetchone()[0]
        audit.record("tag", "customer", only, detail=f"{sign}{get_tag(tag_id).name} {count:,}",
                     count=count)  # fmt: skip


def tag_loaded(tag_id: int, add: bool) -> int:
    """Tag (add) or untag the customers of temp.auto_ids (existing ones lacking it /
    having it); those that changed are left in temp.auto_done (ref: the tag); how many."""
    with database.atomic():
        get_tag(tag_id)
        if add:
            count = _done(
                f"SELECT a.id, ? FROM {_IDS} a JOIN customer c ON c.id = a.id WHERE NOT EXISTS"
                " (SELECT 1 FROM customer_tag t WHERE t.customer_id = a.id AND t.tag_id = ?)"
                " ORDER BY a.id", [str(tag_id), tag_id])  # fmt: skip
        else:
            count = _done(
                f"SELECT t.customer_id, ? FROM customer_tag t JOIN {_IDS} a ON a.id = t.customer_id"
                " WHERE t.tag_id = ? ORDER BY t.customer_id", [str(tag_id), tag_id])  # fmt: skip
        if count:
            _quiet(True)
            try:
                if add:
                    database.execute_sql(
                        "INSERT INTO customer_tag (customer_id, tag_id)"
                        f" SELECT id, ? FROM {_DONE} ORDER BY n", [tag_id])  # fmt: skip
                else:
                    database.execute_sql(
                        "DELETE FROM customer_tag WHERE tag_id = ? AND customer_id IN"
                        f" (SELECT id FROM {_DONE})", [tag_id])  # fmt: skip
            finally:
                _quiet(False)
            _events("tag_added" if add else "tag_removed", tag_id)
            _bump(+1 if add else -1)
        _audit(tag_id, "+" if add else "-", count)
    forget_estimates()
    return count


def add_tag(tag_id: int, ids: Iterable[int]) -> list[int]:
    """Tag the existing customers of `ids` lacking it; the ones that gained it (sorted)."""
    load(ids)
    tag_loaded(tag_id, True)
    return done_ids()


def remove_tag(tag_id: int, ids: Iterable[int]) -> list[int]:
    """Untag the customers of `ids` having it; the ones that lost it (sorted)."""
    load(ids)
    tag_loaded(tag_id, False)
    return done_ids()


def missing_tags(pairs: list[tuple[int, int]]) -> int:
    """How many of the (customer, tag) pairs no longer exist (set-based: the undo's check)."""
    database.execute_sql(
        "CREATE TEMP TABLE IF NOT EXISTS auto_pairs (customer_id INTEGER, tag_id INTEGER)"
    )
    database.execute_sql("DELETE FROM temp.auto_pairs")
    writable()
    database.cursor().executemany("INSERT INTO temp.auto_pairs VALUES (?, ?)", pairs)
    return database.execute_sql(
        "SELECT COUNT(*) FROM temp.auto_pairs p WHERE NOT EXISTS (SELECT 1 FROM customer_tag t"
        " WHERE t.customer_id = p.customer_id AND t.tag_id = p.tag_id)"
    ).fetchone()[0]


def followups_loaded(due: dt.date, kind: str, subject: str, owner: str | None,
                     source: str) -> int:  # fmt: skip
    """One open follow-up per live customer of temp.auto_ids, due on `due` (no time), in
    one INSERT ... SELECT, next_followup_at kept in one UPDATE, one audit entry; the
    (customer, follow-up) pairs are left in temp.auto_done; how many."""
    kind = channels.parse(kind, "kind")
    subject = followups.clean_text(subject, "subject", followups.MAX_SUBJECT)
    if owner is not None:
        owner = followups.clean_text(owner, "owner", followups.MAX_SUBJECT)
    F = Followup
    due_at = F.due_at.db_value(dt.datetime.combine(due, dt.time()))
    now = F.created_at.db_value(clock.now())
    with database.atomic():
        top = database.execute_sql("SELECT COALESCE(MAX(id), 0) FROM followup").fetchone()[0]
        database.execute_sql(
            "INSERT INTO followup (customer_id, kind, due_at, has_time, subject, note, owner,"
            " status, every, anchor, source, care_key, outcome, created_at)"
            " SELECT c.id, ?, ?, 0, ?, '', COALESCE(?, c.owner, ''), 'open', '', NULL, ?, '',"
            f" '', ? FROM {_IDS} a JOIN customer c ON c.id = a.id WHERE c.deleted_at IS NULL"
            " ORDER BY c.id", [kind, due_at, subject, owner, source, now])  # fmt: skip
        count = _done("SELECT customer_id, CAST(id AS TEXT) FROM followup WHERE id > ?"
                      " ORDER BY id", [top])  # fmt: skip
        database.execute_sql(
            "UPDATE customer SET next_followup_at = (SELECT MIN(f.due_at) FROM followup f"
            " WHERE f.customer_id = customer.id AND f.status = 'open')"
            f" WHERE id IN (SELECT id FROM {_DONE})")  # fmt: skip
        made = database.execute_sql(
            "SELECT id, customer_id FROM followup WHERE id > ? ORDER BY id", [top]).fetchall()  # fmt: skip
        shown = {r.id: r for r in F.select().where(F.id.in_([f for f, _c in made[:SHOWN]]))}
        followup_audit.record("create", [(f, c, None, followup_audit.image(shown[f])
                                          if f in shown else None) for f, c in made])  # fmt: skip
    return count


def plan_followups(ids: list[int], due: dt.date, kind: str, subject: str,
                   owner: str | None, source: str) -> list[tuple[int, int]]:  # fmt: skip
    """followups_loaded for a list of ids; (customer, follow-up) pairs."""
    load(ids)
    followups_loaded(due, kind, subject, owner, source)
    return [(c, int(f)) for c, f in database.execute_sql(f"SELECT id, ref FROM {_DONE} ORDER BY n")]


def _load_refs(refs: Iterable[int]) -> None:
    _tables()
    database.execute_sql("CREATE TEMP TABLE IF NOT EXISTS auto_refs (id INTEGER PRIMARY KEY)")
    database.execute_sql("DELETE FROM temp.auto_refs")
    database.cursor().executemany(
        "INSERT OR IGNORE INTO temp.auto_refs (id) VALUES (?)", ((i,) for i in refs)
    )


def followups_not_open(followup_ids: list[int]) -> int:
    """How many of the follow-ups are gone or no longer open (the undo's check)."""
    _load_refs(followup_ids)
    return database.execute_sql(
        "SELECT COUNT(*) FROM temp.auto_refs r WHERE NOT EXISTS (SELECT 1 FROM followup f"
        " WHERE f.id = r.id AND f.status = 'open')").fetchone()[0]  # fmt: skip


def delete_followups(followup_ids: list[int]) -> None:
    """Delete the follow-ups in one statement, next_followup_at kept for their customers,
    one audit entry keeping the first few as they were (the undo of a run)."""
    with database.atomic():
        _load_refs(followup_ids)
        load(c for (c,) in database.execute_sql(
            "SELECT DISTINCT customer_id FROM followup WHERE id IN (SELECT id FROM temp.auto_refs)"))  # fmt: skip
        rows = database.execute_sql(
            "SELECT id, customer_id FROM followup WHERE id IN (SELECT id FROM temp.auto_refs)"
            " ORDER BY id").fetchall()  # fmt: skip
        shown = {
            r.id: r for r in Followup.select().where(Followup.id.in_([f for f, _c in rows[:SHOWN]]))
        }
        database.execute_sql("DELETE FROM followup WHERE id IN (SELECT id FROM temp.auto_refs)")
        database.execute_sql(
            "UPDATE customer SET next_followup_at = (SELECT MIN(f.due_at) FROM followup f"
            " WHERE f.customer_id = customer.id AND f.status = 'open')"
            f" WHERE id IN (SELECT id FROM {_IDS})")  # fmt: skip
        followup_audit.record("delete", [(f, c, followup_audit.image(shown[f]) if f in shown
                                          else None, None) for f, c in rows])  # fmt: skip
