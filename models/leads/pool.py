"""The lead pool (公海) and the leads' lists: a lead is a customer at stage 'lead', not
deleted; the pool is the leads without an owner. One person's leads are those they
own, found by them (created with their name) or assigned to them.

Lists read through step 27's partial indexes (customer_lead_pool, customer_lead_owner)
and page by id (keyset), so a page costs the same at 200,000 leads as at 200."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models import clock
from models.errors import ValidationError
from models.storage import preferences
from models.storage.base import raw_time
from models.storage.db import database
from models.team import staff as team

DAYS_KEY = "lead_reclaim_days"
DEFAULT_DAYS = 7
MAX_DAYS = 365
GRADES = ("A", "B", "C", "D")
SORTS = ("id", "first_contact", "grade")
LEAD = "c.stage = 'lead' AND c.deleted_at IS NULL"  # the partial indexes' condition

# What a lead row holds (the CLI's `leads list --json` keys, then the window's extras).
KEYS = ("id", "name", "owner", "assigned_at", "last_contact_at", "source", "city")


def stamp(at: dt.datetime) -> str:
    """A time as the database keeps it (raw SQL parameters)."""
    return at.strftime("%Y-%m-%d %H:%M:%S")


def reclaim_days() -> int:
    """A lead assigned from the pool must be contacted within this many days."""
    value = preferences.get(DAYS_KEY, DEFAULT_DAYS)
    return value if isinstance(value, int) and 0 < value <= MAX_DAYS else DEFAULT_DAYS


@dataclass
class LeadQuery:
    pool: bool = False  # only the leads without an owner
    owner: str | None = None  # only this person's
    grade: str = ""  # "" for all; A-D (models.leads.scores)
    sort: str = "id"  # id: oldest first; first_contact: not contacted yet, oldest first
    limit: int = 200
    after: tuple | None = None  # keyset: the last row's sort key (id sort only)

    def check(self) -> None:
        if self.pool and self.owner:
            raise ValidationError("owner", "pool_and_owner",
                                  "the pool has no owner: give --pool or --owner, not both")  # fmt: skip
        if self.owner is not None:
            team.get(self.owner)  # NotFoundError for a name not on the list
        if self.grade and self.grade.upper() not in GRADES:
            raise ValidationError("grade", "invalid", "a grade is one of A, B, C, D")
        if self.sort not in SORTS:
            raise ValidationError("sort", "invalid", f"sort by one of {', '.join(SORTS)}")
        if self.limit < 1:
            raise ValidationError("limit", "invalid", "the limit is a number above 0")

    def where(self) -> tuple[str, list]:
        sql, params = LEAD, []
        if self.pool:
            sql += " AND c.owner = ''"
        elif self.owner is not None:
            sql += " AND c.owner = ?"
            params.append(team.clean(self.owner))
        if self.grade:
            sql += " AND c.lead_grade = ?"
            params.append(self.grade.upper())
        return sql, params


# Contacted since the current assignment (its contacted_at, kept by a trigger, says the same).
CONTACTED = (
    "(c.last_contact_at IS NOT NULL AND la.assigned_at IS NOT NULL"
    " AND c.last_contact_at >= la.assigned_at)"
)


def leads(query: LeadQuery | None = None) -> list[dict]:
    """A page of leads, each with KEYS and `contact_by` (the last day of its first
    contact, None when not assigned from the pool), `contacted` (since its assignment),
    `rule` (the rule that assigned it, '' by hand), `lead_score` and `lead_grade`."""
    query = query or LeadQuery()
    query.check()
    where, params = query.where()
    order = "c.id"
    if query.sort == "id" and query.after:
        where += " AND c.id > ?"
        params.append(query.after[0])
    elif query.sort == "first_contact":
        # Ordered from the indexes alone (customer_lead_owner, lead_assignment_current
        # covers the rest), then the page's rows read by id: a person's thousands of
        # leads are not read whole to be sorted.
        order = "la.contacted_at IS NOT NULL, la.assigned_at IS NULL, la.assigned_at, c.id"
        ids = [r[0] for r in database.execute_sql(
            "SELECT c.id FROM customer c LEFT JOIN lead_assignment la ON la.customer_id = c.id"
            f" AND la.ended_at IS NULL WHERE {where} ORDER BY {order} LIMIT ?",
            (*params, query.limit))]  # fmt: skip
        where, params = f"c.id IN ({','.join('?' * len(ids))})" if ids else "0", ids
    elif query.sort == "grade":
        order = "c.lead_grade = '', c.lead_grade, c.lead_score DESC, c.id"
    sql = (
        "SELECT c.id, c.name, c.owner, la.assigned_at, c.last_contact_at, c.source, c.city,"
        f" c.industry, c.mobile, la.rule, {CONTACTED}, c.lead_score, c.lead_grade FROM customer c"
        " LEFT JOIN lead_assignment la ON la.customer_id = c.id AND la.ended_at IS NULL"
        f" WHERE {where} ORDER BY {order} LIMIT ?"
    )
    days = reclaim_days()
    out = []
    for row in database.execute_sql(sql, (*params, query.limit)).fetchall():
        assigned = raw_time(row[3])
        item = dict(zip(KEYS, (row[0], row[1], row[2], assigned, raw_time(row[4]), row[5], row[6]),
                        strict=True))  # fmt: skip
        item.update(industry=row[7], mobile=row[8], rule=row[9] or "", contacted=bool(row[10]),
                    contact_by=(assigned.date() + dt.timedelta(days=days - 1)) if assigned else None)  # fmt: skip
        item.update(lead_score=row[11], lead_grade=row[12])
        out.append(item)
    return out


def count(query: LeadQuery | None = None) -> int:
    query = query or LeadQuery()
    query.check()
    where, params = query.where()
    return database.execute_sql(
        f"SELECT COUNT(*) FROM customer c WHERE {where}", params
    ).fetchone()[0]


def pool_ids(limit: int | None = None) -> list[int]:
    """The pool's leads, oldest first (the order rules hand them out in)."""
    sql = f"SELECT c.id FROM customer c WHERE {LEAD} AND c.owner = '' ORDER BY c.id"
    params: tuple = ()
    if limit is not None:
        sql += " LIMIT ?"
        params = (limit,)
    return [r[0] for r in database.execute_sql(sql, params)]


def overdue_first_contacts(owner: str | None = None, on: dt.date | None = None) -> int:
    """Leads assigned from the pool and not contacted since, whose reclaim day is
    tomorrow or sooner (the per-staff view puts them first)."""
    on = on or clock.today()
    cutoff = dt.datetime.combine(on - dt.timedelta(days=reclaim_days() - 2), dt.time())
    sql = (
        "SELECT COUNT(*) FROM lead_assignment la JOIN customer c ON c.id = la.customer_id"
        f" WHERE la.ended_at IS NULL AND la.assigned_at < ? AND {LEAD} AND c.owner = la.staff"
        f" AND NOT {CONTACTED}"
    )
    params: list = [stamp(cutoff)]
    if owner is not None:
        sql += " AND la.staff = ?"
        params.append(team.clean(owner))
    return database.execute_sql(sql, params).fetchone()[0]
