"""The audit log: who did what and when. Every create, edit, delete, merge, import,
undo, backup and restore adds an entry, in the same transaction as the change it
records (a change rolled back leaves no entry). The staff name is chosen in the
settings and kept in the database's preferences."""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from dataclasses import dataclass

from peewee import CharField, DateTimeField, IntegerField, TextField

from models import clock
from models.errors import ValidationError
from models.storage import preferences
from models.storage.base import BaseModel
from models.storage.db import database, per_transaction, written_in_transaction
from models.values.contact_fields import mask_mobile

STAFF_KEY = "staff_name"
STAFF_MAX = 40
DETAIL_MAX = 2000  # a bulk change names its first few, then counts

# action codes (ui/labels.audit_action_label says them in words)
ACTIONS = (
    "create",  # a customer added
    "edit",  # a customer's fields changed
    "delete",  # to the recycle bin
    "undelete",  # back from the recycle bin
    "purge",  # deleted for good
    "tag",  # tags added to / removed from customers in bulk
    "merge",  # tags merged into one
    "import",
    "import_undo",
    "undo",
    "redo",
    "backup",
    "restore",  # the data replaced by a backup's
    "erase",  # a customer's personal data erased
    "privacy",  # the password, idle lock or masking changed
    # issue 24: every write audited (the target says of what)
    "complete",  # a follow-up done (or a complaint step finished)
    "skip",  # a follow-up skipped
    "snooze",  # a follow-up put off
    "reschedule",  # a follow-up moved to another day
    "reassign",  # a follow-up or complaint given to another owner
    "refund",  # money returned against a purchase
    "step",  # a complaint moved through its workflow
    "stage",  # lifecycle stages set
    "score",  # RFM scores and segments recomputed
    "settings",  # a setting that changes data (SLA, categories, stay-in-touch rules)
    # follow-ups (issue 24)
    "cancel",  # a follow-up cancelled (a repeating one ends)
    # issue 25: communities and events
    "join",  # customers joined a community
    "leave",  # customers left a community (the history stays)
    "archive",  # a community archived (or back from the archive)
    "activity",  # community activity recorded
    "signup",  # customers signed up for an event (or the waiting list)
    "checkin",  # attendance at an event checked in (or a walk-in)
    "noshow",  # sign-ups marked as not come
    "feedback",  # an attendee's score and comment
    # issue 26: membership
    "enroll",  # a customer made a member (a card issued)
    "card",  # a member card's status changed (挂失, 停用, back to 正常) or replaced (补卡)
    "earn",  # points earned
    "redeem",  # points redeemed
    "adjust",  # points adjusted by hand (with a reason)
    "expire",  # points expired (a batch)
    "reverse",  # a ledger movement reversed (its undo)
    "topup",  # stored value topped up (with its bonus)
    "pay",  # paid from stored value
    "transfer",  # stored value moved between a customer's cards
    "sell",  # a count card (计次卡) or a paid membership term (付费会员) sold
    "use",  # a count card's visit used
    "renew",  # a paid membership renewed (the next term)
    "refer",  # who introduced a customer (转介绍) recorded or changed
    "reward",  # the referral rewards granted (at the first purchase)
    "level",  # members' levels changed by the rules (会员等级: up, down, grace)
    "lock",  # a member's level locked by hand (with a reason)
    "unlock",  # a member's level back to the rules
    # issue 27: surveys (客户之声)
    "answer",  # a survey answer recorded (typed in; an import is "import")
    # issue 28: the staff list and the lead pool
    "rename",  # a staff member renamed (in every owner column)
    "deactivate",  # a staff member given no new work (stays the owner of the old)
    "activate",  # a staff member active again
    "assign",  # leads given to staff (by hand or by a rule)
    "reclaim",  # leads not contacted in time taken back to the pool (回收)
    # issue 28: the funnel
    "cost",  # a channel's or event's acquisition cost entered, changed or removed
    # issue 28: automation rules
    "rule",  # a rule added, edited, switched on/off (or off by the program), deleted
    "automate",  # a run of the rules (what it did is in the run log)
    # issue 29: duplicate customers ("merge" on a customer: merged into a survivor)
    "not_duplicate",  # customers said not to be the same person (the finder skips them)
)

# what an entry is about (AuditEntry.target; ui/audit_dialog.target_label says them)
TARGETS = ("customer", "tag", "import", "backup", "followup", "interaction", "complaint",
           "purchase", "setting", "community", "event", "member", "points", "wallet",
           "count_card", "paid", "referral", "level", "survey", "staff", "lead",
           "cost", "rule")  # fmt: skip


class AuditEntry(BaseModel):
    at = DateTimeField()  # indexed (audit_entry_at, schema step 10)
    staff = CharField(default="")
    action = CharField()
    target = CharField(default="")  # customer, tag, import, backup
    target_id = IntegerField(null=True)
    count = IntegerField(default=1)  # how many records the action touched
    detail = TextField(default="")

    class Meta:
        table_name = "audit_entry"


# ---------------------------------------------------------------- who


def staff() -> str:
    """The name written with every entry (read once per transaction: a sale writes
    several rows and entries)."""
    return per_transaction(STAFF_KEY, _read_staff)


def _read_staff() -> str:
    return preferences.get(STAFF_KEY, "") or ""


def set_staff(name: str) -> str:
    """The name written with every entry from now on ("" for none)."""
    name = " ".join(str(name or "").split())
    if len(name) > STAFF_MAX:
        raise ValidationError("staff", "too_long", f"at most {STAFF_MAX} characters",
                              limit=STAFF_MAX)  # fmt: skip
    written_in_transaction(STAFF_KEY)
    preferences.put(STAFF_KEY, name)
    return name


# ---------------------------------------------------------------- writing


def record(action: str, target: str = "", target_id: int | None = None, *,
           detail: str = "", count: int = 1) -> None:  # fmt: skip
    """One entry; call it inside the transaction of the change."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    AuditEntry.insert(at=clock.now(), staff=staff(), action=action, target=target,
                      target_id=target_id, count=count,
                      detail=detail[:DETAIL_MAX]).execute()  # fmt: skip


@contextmanager
def recorded(action: str, target: str = "", target_id: int | None = None, *,
             detail: str = "", count: int = 1):  # fmt: skip
    """The change made in the `with` block and its entry, in one transaction: an error
    in either (or before the entry is written) leaves neither. Undo and redo use it."""
    with database.atomic():
        yield
        record(action, target, target_id, detail=detail, count=count)


def names(items: list[str], total: int | None = None, shown: int = 5) -> str:
    """'张三, 李四, … (+12)' for a bulk change's detail (`total`: of which `items` are
    the first)."""
    total = len(items) if total is None else total
    head = ", ".join(str(i) for i in items[:shown])
    return head + (f", … (+{total - shown})" if total > shown else "")


def changes(before: dict, after: dict) -> str:
    """'mobile: 138****0001 → 139****0002; notes: … → …' for the fields that changed
    (mobiles masked: the log says that a number changed without keeping it)."""
    parts = []
    for key, new in after.items():
        old = before.get(key)
        if (old or "") != (new or "") and old != new:
            if key == "mobile":
                old, new = mask_mobile(old or ""), mask_mobile(new or "")
            parts.append(f"{key}: {_short(old)} → {_short(new)}")
    return "; ".join(parts)


def _short(value) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= 60 else text[:57] + "…"


# ---------------------------------------------------------------- reading


@dataclass
class AuditQuery:
    since: dt.date | None = None
    until: dt.date | None = None  # inclusive
    action: str = ""  # "" for all
    target: str = ""  # "" for all: one of TARGETS
    staff: str | None = None  # None for all; "" for entries without a name
    text: str = ""  # in the detail

    def where(self):
        cond = AuditEntry.id > 0
        if self.since:
            cond &= AuditEntry.at >= dt.datetime.combine(self.since, dt.time())
        if self.until:
            cond &= AuditEntry.at < dt.datetime.combine(self.until + dt.timedelta(days=1),
                                                        dt.time())  # fmt: skip
        if self.action:
            cond &= AuditEntry.action == self.action
        if self.target:
            cond &= AuditEntry.target == self.target
        if self.staff is not None:
            cond &= AuditEntry.staff == self.staff
        if self.text.strip():
            cond &= AuditEntry.detail.contains(self.text.strip())
        return cond


def entries(query: AuditQuery | None = None, limit: int = 1000, offset: int = 0) -> list[dict]:
    """Newest first."""
    query = query or AuditQuery()
    return list(
        AuditEntry.select().where(query.where())
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(limit).offset(offset).dicts()
    )  # fmt: skip


def count(query: AuditQuery | None = None) -> int:
    return AuditEntry.select().where((query or AuditQuery()).where()).count()


def staff_names() -> list[str]:
    rows = AuditEntry.select(AuditEntry.staff).distinct().order_by(AuditEntry.staff)
    return [r.staff for r in rows]


COLUMNS = ("at", "staff", "action", "target", "target_id", "count", "detail")


def rows_newest_first(query: AuditQuery | None = None):
    """Every entry the query selects, newest first, as dicts, read as they are used."""
    query = query or AuditQuery()
    return (
        AuditEntry.select().where(query.where())
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).dicts().iterator()
    )  # fmt: skip
