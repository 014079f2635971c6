"""Set-based tag writes for rules touching hundreds of thousands of customers at once.

tagging.apply bumps tag_count after each chunk of inserted rows; interleaving those
customer updates with the customer_tag inserts (and the outbox rows their trigger
writes) made a large first sweep grow quadratically (chunk after chunk slower: 100,000
customers 77 s, 1,000,000 over 10 minutes). Here the ids go to a temporary table, the
rows are inserted in one prepared statement (the outbox trigger still writes one
rule_event per row, in the same transaction: the loop guard sees every tag a rule
added), then tag_count moves in one UPDATE. One audit entry per call, as tagging's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from models import clock
from models.followups import channels, followup_audit, followups
from models.followups.followup_audit import SHOWN
from models.followups.followups import Followup
from models.storage import audit
from models.storage.bulk import insert_rows
from models.storage.db import database, writable
from models.tags.tables import CustomerTag, get_tag
from models.tags.tag_filter import forget_estimates

_IDS = "temp.auto_ids"


def _load(ids: Iterable[int]) -> None:
    writable()
    database.execute_sql("CREATE TEMP TABLE IF NOT EXISTS auto_ids (id INTEGER PRIMARY KEY)")
    database.execute_sql(f"DELETE FROM {_IDS}")
    database.cursor().executemany(
        f"INSERT OR IGNORE INTO {_IDS} (id) VALUES (?)", ((i,) for i in ids)
    )


def _bump(delta: int) -> None:
    database.execute_sql(
        f"UPDATE customer SET tag_count = tag_count + ? WHERE id IN (SELECT id FROM {_IDS})",
        [delta],
    )


def _audit(tag_id: int, sign: str, ids: list[int]) -> None:
    if ids:
        only = ids[0] if len(ids) == 1 else None
        audit.record("tag", "customer", only, detail=f"{sign}{get_tag(tag_id).name} {len(ids):,}",
                     count=len(ids))  # fmt: skip


def add_tag(tag_id: int, ids: Iterable[int]) -> list[int]:
    """Tag the existing customers of `ids` lacking it; the ones that gained it (sorted)."""
    with database.atomic():
        get_tag(tag_id)
        _load(ids)
        todo = [c for (c,) in database.execute_sql(
            f"SELECT a.id FROM {_IDS} a JOIN customer c ON c.id = a.id WHERE NOT EXISTS"
            " (SELECT 1 FROM customer_tag t WHERE t.customer_id = a.id AND t.tag_id = ?)"
            " ORDER BY a.id", [tag_id]).fetchall()]  # fmt: skip
        _load(todo)
        insert_rows(CustomerTag, [CustomerTag.customer, CustomerTag.tag],
                    [(cid, tag_id) for cid in todo])  # fmt: skip
        _bump(+1)
        _audit(tag_id, "+", todo)
    forget_estimates()
    return todo


def remove_tag(tag_id: int, ids: Iterable[int]) -> list[int]:
    """Untag the customers of `ids` having it; the ones that lost it (sorted)."""
    with database.atomic():
        get_tag(tag_id)
        _load(ids)
        todo = [c for (c,) in database.execute_sql(
            f"SELECT t.customer_id FROM customer_tag t JOIN {_IDS} a ON a.id = t.customer_id"
            " WHERE t.tag_id = ? ORDER BY t.customer_id", [tag_id]).fetchall()]  # fmt: skip
        _load(todo)
        database.execute_sql(
            f"DELETE FROM customer_tag WHERE tag_id = ? AND customer_id IN (SELECT id FROM {_IDS})",
            [tag_id],
        )
        _bump(-1)
        _audit(tag_id, "-", todo)
    forget_estimates()
    return todo


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


def plan_followups(ids: list[int], due: dt.date, kind: str, subject: str,
                   owner: str | None, source: str) -> list[tuple[int, int]]:  # fmt: skip
    """One open follow-up per customer of `ids` (live ones), due on `due` (no time), in
    one prepared statement, next_followup_at kept, one audit entry; (customer, follow-up)."""
    kind = channels.parse(kind, "kind")
    subject = followups.clean_text(subject, "subject", followups.MAX_SUBJECT)
    if owner is not None:
        owner = followups.clean_text(owner, "owner", followups.MAX_SUBJECT)
    due_at = dt.datetime.combine(due, dt.time())
    now = clock.now()
    with database.atomic():
        _load(ids)
        owners = database.execute_sql(
            f"SELECT c.id, c.owner FROM {_IDS} a JOIN customer c ON c.id = a.id"
            " WHERE c.deleted_at IS NULL ORDER BY c.id").fetchall()  # fmt: skip
        top = database.execute_sql("SELECT COALESCE(MAX(id), 0) FROM followup").fetchone()[0]
        F = Followup
        insert_rows(F, [F.customer, F.kind, F.due_at, F.has_time, F.subject, F.note, F.owner,
                        F.status, F.every, F.anchor, F.source, F.care_key, F.outcome,
                        F.created_at],
                    [(cid, kind, due_at, False, subject, "", owner if owner is not None
                      else (their or ""), "open", "", None, source, "", "", now)
                     for cid, their in owners])  # fmt: skip
        made = database.execute_sql(
            "SELECT customer_id, id FROM followup WHERE id > ? ORDER BY id", [top]).fetchall()  # fmt: skip
        followups.refresh_next([c for c, _f in made])
        shown = {r.id: r for r in F.select().where(F.id.in_([f for _c, f in made[:SHOWN]]))}
        followup_audit.record("create", [(f, c, None, followup_audit.image(shown[f])
                                          if f in shown else None) for c, f in made])  # fmt: skip
    return made
