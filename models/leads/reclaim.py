"""Reclaim (回收): a lead assigned from the pool that has no logged contact within N days
of its assignment (a setting, default 7) goes back to the pool, audited; the day before,
it is a warning (Today, the reminders, `guanjia leads reclaim --dry-run`).

Assigned on day D with N days: contact on days D .. D+N-1 keeps it; the warning is on
day D+N-1; on day D+N (from its first second) the sweep takes it back. A contact is
anything that sets the customer's last_contact_at (a logged interaction, a follow-up
done) at or after the assignment. A lead a staff member found (no assignment from the
pool), a lead given to someone else since (its owner is no longer the assignee), and a
lead that is no longer a lead, are never reclaimed."""

from __future__ import annotations

import datetime as dt

from models import clock
from models.errors import ValidationError
from models.leads.pool import CONTACTED, DAYS_KEY, LEAD, MAX_DAYS, reclaim_days, stamp
from models.storage import audit, preferences
from models.storage.base import raw_time
from models.storage.db import database, writable
from models.values.search_text import text_sort_key

CHUNK = 500


def set_reclaim_days(days) -> int:
    try:
        days = int(days)
    except (TypeError, ValueError):
        days = 0
    if not 0 < days <= MAX_DAYS:
        raise ValidationError("days", "invalid", f"days to first contact: 1 to {MAX_DAYS}",
                              limit=MAX_DAYS)  # fmt: skip
    with database.atomic():
        old = reclaim_days()
        preferences.put(DAYS_KEY, days)
        audit.record("settings", "lead", detail=f"reclaim after {old} → {days} days")
    return days


def _start(day: dt.date) -> str:
    return stamp(dt.datetime.combine(day, dt.time()))


def _select(since: str | None, before: str, owner: str | None = None) -> list[dict]:
    sql = (
        "SELECT la.id, c.id, c.name, la.staff, la.assigned_at, la.rule FROM lead_assignment la"
        " JOIN customer c ON c.id = la.customer_id"
        " WHERE la.ended_at IS NULL AND la.contacted_at IS NULL AND la.assigned_at < ?"
        f" AND {LEAD} AND c.owner = la.staff AND NOT {CONTACTED}"
    )
    params: list = [before]
    if since is not None:
        sql += " AND la.assigned_at >= ?"
        params.append(since)
    if owner is not None:
        sql += " AND la.staff = ?"
        params.append(owner)
    sql += " ORDER BY la.assigned_at, c.id"
    return [
        {"assignment": r[0], "id": r[1], "name": r[2], "owner": r[3],
         "assigned_at": raw_time(r[4]), "rule": r[5]}
        for r in database.execute_sql(sql, params).fetchall()
    ]  # fmt: skip


def due(on: dt.date | None = None) -> list[dict]:
    """The leads the sweep takes back on day `on` (today): assigned on or before
    `on` - N days and not contacted since."""
    on = on or clock.today()
    return _select(None, _start(on - dt.timedelta(days=reclaim_days() - 1)))


def warnings(on: dt.date | None = None, owner: str | None = None) -> list[dict]:
    """The leads that go back to the pool tomorrow unless contacted today."""
    on = on or clock.today()
    first = on - dt.timedelta(days=reclaim_days() - 1)
    return _select(_start(first), _start(first + dt.timedelta(days=1)), owner)


def sweep(on: dt.date | None = None, dry_run: bool = False) -> list[dict]:
    """Take the due leads back to the pool (one transaction, one audit entry)."""
    with database.atomic():
        rows = due(on)
        if dry_run or not rows:
            return rows
        now = stamp(clock.now())
        blank = text_sort_key("")
        writable()
        cursor = database.connection().cursor()
        # In id order, each table in one pass: the rows and index entries a chunk
        # touches lie together, so each page is written once (not once per chunk).
        customers = sorted(r["id"] for r in rows)
        for i in range(0, len(customers), CHUNK):
            part = customers[i : i + CHUNK]
            cursor.execute(
                "UPDATE customer SET owner = '', owner_key = ?"
                f" WHERE id IN ({','.join('?' * len(part))})",
                (blank, *part),
            )
        assignments = sorted(r["assignment"] for r in rows)
        for i in range(0, len(assignments), CHUNK):
            part = assignments[i : i + CHUNK]
            cursor.execute(
                "UPDATE lead_assignment SET ended_at = ?, end_reason = 'reclaimed'"
                f" WHERE id IN ({','.join('?' * len(part))})",
                (now, *part),
            )
        counts: dict[str, int] = {}
        for r in rows:
            counts[r["owner"]] = counts.get(r["owner"], 0) + 1
        detail = "no contact in time: " + ", ".join(f"{p} {n}" for p, n in counts.items())
        target = rows[0]["id"] if len(rows) == 1 else None
        audit.record("reclaim", "lead", target, detail=detail, count=len(rows))
    return rows


def unassign(ids) -> int:
    """Put leads back into the pool by hand (回收 now), ending their assignments."""
    ids = list(dict.fromkeys(int(i) for i in ids))
    if not ids:
        raise ValidationError("ids", "required", "give the ids of the leads to put back")
    with database.atomic():
        marks = ",".join("?" * len(ids))
        leads = {cid: owner for cid, owner, is_lead in database.execute_sql(
            f"SELECT c.id, c.owner, {LEAD} FROM customer c WHERE c.id IN ({marks})", ids)
            if is_lead}  # fmt: skip
        for cid in ids:
            if cid not in leads:
                raise ValidationError("ids", "not_a_lead", f"customer {cid} is not a lead", id=cid)
        now = stamp(clock.now())
        writable()
        cursor = database.connection().cursor()
        for i in range(0, len(ids), CHUNK):
            part = ids[i : i + CHUNK]
            marks = ",".join("?" * len(part))
            cursor.execute(
                f"UPDATE customer SET owner = '', owner_key = ? WHERE id IN ({marks})",
                (text_sort_key(""), *part),
            )
            cursor.execute(
                "UPDATE lead_assignment SET ended_at = ?, end_reason = 'unassigned'"
                f" WHERE ended_at IS NULL AND customer_id IN ({marks})",
                (now, *part),
            )
        owners = sorted({o for o in leads.values() if o})
        audit.record("reclaim", "lead", ids[0] if len(ids) == 1 else None,
                     detail="by hand: " + ", ".join(owners), count=len(ids))  # fmt: skip
    return len(ids)
