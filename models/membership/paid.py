"""Paid membership (付费会员): a fee buys a term (a month, a quarter, a year or N days);
a renewal adds the next term, which starts the day after the current one ends (today,
when the customer's last term ended before today). Each term keeps a renewal reminder,
a real follow-up (models/followups, source "paid_membership") due
`renewal_reminder_days` before its end; a renewal cancels the old term's open reminder
and gives the new term its own. A daily pass marks terms past their end expired
(idempotent). Each write one transaction, audited.

Term ends (inclusive): a month from 2026-01-15 ends 2026-02-14; from 01-31 (no 02-31)
the last day of February; a quarter is 3 months, a year 12; N days from D end D+N-1."""

from __future__ import annotations

import calendar
import datetime as dt

from models import clock
from models.customers import record
from models.errors import NotFoundError, ValidationError
from models.followups import followups
from models.membership import settings, wallet
from models.membership.tables import PaidMembership
from models.storage import audit
from models.storage.db import database

TERMS = {"month": 1, "quarter": 3, "year": 12, "days": None}
SOURCE = "paid_membership"
MAX_PLAN = 60
MAX_DAYS = 3660


def term_end(starts_on: dt.date, term: str, days: int | None = None) -> dt.date:
    """The last day of a term starting on `starts_on` (see the module)."""
    if term == "days":
        return starts_on + dt.timedelta(days=days - 1)
    months = TERMS[term]
    index = starts_on.month - 1 + months
    year, month = starts_on.year + index // 12, index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    if starts_on.day > last:  # 01-31 + a month: there is no 02-31
        return dt.date(year, month, last)
    return dt.date(year, month, starts_on.day) - dt.timedelta(days=1)


def _clean(plan, term, days, fee_fen) -> tuple[str, str, int | None, int]:
    plan = " ".join(str(plan or "").split())
    if not plan:
        raise ValidationError("plan", "plan_required", "name the plan (e.g. 年卡会员)")
    if len(plan) > MAX_PLAN:
        raise ValidationError("plan", "too_long", "the plan's name is too long", limit=MAX_PLAN)
    if term not in TERMS:
        raise ValidationError("term", "term_invalid", f"'{term}': month, quarter, year or days",
                              text=str(term))  # fmt: skip
    if term == "days":
        try:
            days = int(str(days).strip())
        except (TypeError, ValueError):
            days = 0
        if days <= 0 or days > MAX_DAYS:
            raise ValidationError("days", "term_days_invalid",
                                  f"a term of days is 1 to {MAX_DAYS} days")  # fmt: skip
    else:
        days = None
    if isinstance(fee_fen, bool) or not isinstance(fee_fen, int) or fee_fen < 0:
        raise ValidationError("fee", "amount_invalid", f"'{fee_fen}' is not a fee in fen")
    if fee_fen >= wallet.MAX_FEN:
        raise ValidationError("fee", "amount_too_large", "the fee is too large")
    return plan, term, days, fee_fen


def _reminder(customer_id: int, term_id: int, plan: str, ends_on: dt.date) -> int:
    """The term's renewal reminder (a follow-up), due N days before its end (today when
    that is past); inside the caller's transaction."""
    due = max(ends_on - dt.timedelta(days=settings.get("renewal_reminder_days")), clock.today())
    row = followups.Followup
    made = row.select().where((row.customer == customer_id)
                              & row.care_key.startswith(f"paid:{term_id}:")).count()  # fmt: skip
    return followups.create(customer_id, due, kind="phone",
                            subject=f"付费会员续费提醒：{plan}，{ends_on.isoformat()} 到期",
                            source=SOURCE, care_key=f"paid:{term_id}:{made + 1}",
                            audited=False)  # fmt: skip


def _cancel_reminder(term: PaidMembership) -> None:
    if term.reminder_followup_id is None:
        return
    row = followups.Followup.get_or_none(followups.Followup.id == term.reminder_followup_id)
    if row is not None and row.status == "open":
        followups.cancel_row(row, skip=False)


def current(customer_id: int, on: dt.date | None = None) -> PaidMembership | None:
    """The customer's latest term not cancelled (expired or not), or None."""
    return (PaidMembership.select().where((PaidMembership.customer_id == int(customer_id))
                                          & (PaidMembership.status.in_(("active", "expired"))))
            .order_by(PaidMembership.ends_on.desc(), PaidMembership.id.desc()).first())  # fmt: skip


def _add(customer, plan, term, days, fee_fen, starts_on, renews_id, receipt_no) -> int:
    ends_on = term_end(starts_on, term, days)
    now = clock.now()
    term_id = PaidMembership.insert(
        customer_id=customer.id, plan=plan, term=term, term_days=days, fee_fen=fee_fen,
        starts_on=starts_on, ends_on=ends_on,
        status="active" if ends_on >= clock.today() else "expired", renews_id=renews_id,
        receipt_no=(receipt_no or "").strip()[:64], staff=audit.staff(), created_at=now,
    ).execute()  # fmt: skip
    reminder = _reminder(customer.id, term_id, plan, ends_on)
    PaidMembership.update(reminder_followup_id=reminder).where(
        PaidMembership.id == term_id).execute()  # fmt: skip
    return term_id


def sell(customer_id: int, plan, term: str, fee_fen: int, *, days=None,
         starts_on: dt.date | None = None, receipt_no: str = "") -> int:  # fmt: skip
    """A first term (or a new one after the last ended); refused while a term is in force
    (renew it instead). Returns the term's id."""
    customer = record.live_customer(customer_id)
    plan, term, days, fee_fen = _clean(plan, term, days, fee_fen)
    starts_on = starts_on or clock.today()
    latest = current(customer.id)
    if latest is not None and latest.ends_on >= starts_on:
        raise ValidationError("customer", "paid_active",
                              f"a term runs until {latest.ends_on.isoformat()}: renew it",
                              until=latest.ends_on.isoformat())  # fmt: skip
    with database.atomic():
        term_id = _add(customer, plan, term, days, fee_fen, starts_on, None, receipt_no)
        audit.record("sell", "paid", term_id,
                     detail=f"{customer.name} {plan} {term} {fee_fen / 100:.2f}")  # fmt: skip
    return term_id


def renew(customer_id: int, fee_fen: int, *, plan=None, term: str | None = None, days=None,
          receipt_no: str = "") -> int:  # fmt: skip
    """The next term, from the day after the current one ends (the plan and term of the
    current one unless given); the old reminder cancelled, the new term's made."""
    customer = record.live_customer(customer_id)
    latest = current(customer.id)
    if latest is None:
        raise ValidationError("customer", "paid_none", "no paid membership to renew: sell one")
    plan, term, days, fee_fen = _clean(plan or latest.plan, term or latest.term,
                                       days if days is not None else latest.term_days, fee_fen)  # fmt: skip
    starts_on = max(latest.ends_on + dt.timedelta(days=1), clock.today())
    with database.atomic():
        _cancel_reminder(latest)
        term_id = _add(customer, plan, term, days, fee_fen, starts_on, latest.id, receipt_no)
        audit.record("renew", "paid", term_id,
                     detail=f"{customer.name} {plan} {starts_on.isoformat()}"
                     f" {fee_fen / 100:.2f}")  # fmt: skip
    return term_id


def cancel(term_id: int, reason: str = "") -> None:
    """Undo of a sale or renewal: the term cancelled (kept), its reminder cancelled; the
    term it renewed gets a reminder again."""
    term = get_term(term_id)
    if term.status == "cancelled":
        raise ValidationError("term", "paid_cancelled", f"term {term_id} is cancelled already")
    later = PaidMembership.select().where((PaidMembership.renews_id == term.id)
                                          & (PaidMembership.status != "cancelled"))  # fmt: skip
    if later.exists():
        raise ValidationError("term", "paid_renewed", f"term {term_id} was renewed since")
    with database.atomic():
        _cancel_reminder(term)
        PaidMembership.update(status="cancelled").where(PaidMembership.id == term.id).execute()
        if term.renews_id is not None:
            before = PaidMembership.get_by_id(term.renews_id)
            if before.status == "active":
                reminder = _reminder(before.customer_id, before.id, before.plan, before.ends_on)
                PaidMembership.update(reminder_followup_id=reminder).where(
                    PaidMembership.id == before.id).execute()  # fmt: skip
        audit.record("cancel", "paid", term.id, detail=f"{term.plan} {reason}".strip())


def expire(on: dt.date | None = None, *, dry_run: bool = False) -> dict:
    """Terms past their end (ends_on before `on`, default today) that are not renewed
    become expired; a second run finds nothing."""
    today = on or clock.today()
    due = list(PaidMembership.select(PaidMembership.id, PaidMembership.customer_id).where(
        (PaidMembership.status == "active") & (PaidMembership.ends_on < today)))  # fmt: skip
    if due and not dry_run:
        with database.atomic():
            PaidMembership.update(status="expired").where(
                PaidMembership.id.in_([t.id for t in due])).execute()  # fmt: skip
            audit.record("expire", "paid", detail=f"{len(due)} paid memberships",
                         count=len(due))  # fmt: skip
    return {"date": today, "terms": len(due), "customers": len({t.customer_id for t in due}),
            "dry_run": dry_run}  # fmt: skip


def get_term(term_id) -> PaidMembership:
    try:
        key = int(term_id)
    except (TypeError, ValueError):
        key = -1
    term = PaidMembership.get_or_none(PaidMembership.id == key)
    if term is None:
        raise NotFoundError(f"no paid membership {term_id}", code="paid_not_found",
                            id=str(term_id))  # fmt: skip
    return term


def status_of(term: PaidMembership, today: dt.date | None = None) -> str:
    today = today or clock.today()
    if term.status == "active" and term.ends_on < today:
        return "expired"
    if term.status == "active" and term.starts_on > today:
        return "upcoming"  # paid ahead: starts when the current ends
    return term.status


def term_json(term: PaidMembership) -> dict:
    return {
        "id": term.id, "customer_id": term.customer_id, "plan": term.plan, "term": term.term,
        "term_days": term.term_days, "fee_fen": term.fee_fen, "starts_on": term.starts_on,
        "ends_on": term.ends_on, "status": status_of(term), "renews_id": term.renews_id,
        "reminder_followup_id": term.reminder_followup_id,
    }  # fmt: skip


def get(term_id) -> dict:
    return term_json(get_term(term_id))


def listing(customer_id: int | None = None, *, status: str | None = None) -> list[dict]:
    query = PaidMembership.select().order_by(PaidMembership.customer_id, PaidMembership.starts_on,
                                             PaidMembership.id)  # fmt: skip
    if customer_id is not None:
        query = query.where(PaidMembership.customer_id == int(customer_id))
    rows = [term_json(t) for t in query]
    return [r for r in rows if r["status"] == status] if status else rows


def current_term(customer_id: int) -> dict | None:
    """The customer's latest term not cancelled, as a dict (None: never paid)."""
    term = current(customer_id)
    return None if term is None else term_json(term)


def paid_until(customer_id: int) -> dt.date | None:
    """The last day the customer's paid membership runs (renewals counted), or None
    when it is not in force today."""
    today = clock.today()
    terms = [t for t in listing(customer_id) if t["status"] in ("active", "upcoming")]
    return max(t["ends_on"] for t in terms) if terms and today >= min(
        t["starts_on"] for t in terms) else None  # fmt: skip
