"""Stay in touch (定期沟通): "contact every N days" for a tag, a lifecycle stage or one
customer. The clock runs from the customer's last logged contact (or, never contacted,
from when the customer was added); any interaction restarts it. A customer under
several rules follows the shortest interval."""

from __future__ import annotations

import datetime as dt
import heapq
from dataclasses import dataclass

from peewee import SQL, CharField, DateTimeField, IntegerField, Tuple, fn

from models import clock
from models.customers.record import STAGES, TOUCH_CLOCK, Customer, live_customer
from models.errors import NotFoundError, ValidationError
from models.storage import audit
from models.storage.base import BaseModel
from models.storage.db import database
from models.tags.tables import CustomerTag, Tag, get_tag

SCOPES = ("tag", "stage", "customer")
MAX_DAYS = 3650


class TouchRule(BaseModel):
    scope = CharField()  # "tag", "stage" or "customer"
    target = CharField()  # tag id, stage code or customer id, as text
    every_days = IntegerField()
    created_at = DateTimeField()

    class Meta:
        indexes = ((("scope", "target"), True),)


@dataclass(frozen=True)
class Rule:
    id: int
    scope: str
    target: str
    every_days: int


def _check_target(scope: str, target) -> str:
    if scope == "tag":
        return str(get_tag(int(target)).id)
    if scope == "stage":
        if target not in STAGES or not target:
            raise ValidationError("stage", "choice_invalid", f"'{target}' is not a stage")
        return target
    if scope == "customer":
        return str(live_customer(target).id)
    raise ValidationError("scope", "scope_invalid", f"'{scope}' is not one of {SCOPES}")


def set_rule(scope: str, target, every_days: int) -> int:
    """Contact the tag's / stage's / customer's customers every `every_days` days (one
    rule per target: setting it again changes the interval). Returns the rule id."""
    target = _check_target(scope, target)
    try:
        every_days = int(every_days)
    except (TypeError, ValueError):
        every_days = 0
    if not 1 <= every_days <= MAX_DAYS:
        raise ValidationError(
            "every_days", "every_days_invalid", f"the interval must be 1 to {MAX_DAYS} days"
        )
    with database.atomic():
        existing = TouchRule.get_or_none((TouchRule.scope == scope) & (TouchRule.target == target))
        if existing is not None:
            if existing.every_days == every_days:
                return existing.id  # nothing changed: no entry
            TouchRule.update(every_days=every_days).where(TouchRule.id == existing.id).execute()
            audit.record("edit", "setting", existing.id, detail=_rule_detail(
                scope, target, f"{existing.every_days} → {every_days}"))  # fmt: skip
            return existing.id
        new_id = TouchRule.insert(
            scope=scope, target=target, every_days=every_days, created_at=clock.now()
        ).execute()
        audit.record("create", "setting", new_id, detail=_rule_detail(scope, target, every_days))
        return new_id


def remove_rule(rule_id: int) -> None:
    with database.atomic():
        row = TouchRule.get_or_none(TouchRule.id == rule_id)
        if row is None:
            raise NotFoundError(f"no rule with id {rule_id}", code="rule_not_found")
        row.delete_instance()
        audit.record("delete", "setting", rule_id,
                     detail=_rule_detail(row.scope, row.target, row.every_days))  # fmt: skip


def _rule_detail(scope: str, target: str, every) -> str:
    """'rule: tag VIP; every_days: 30 → 60' (the audit detail: the rule by name)."""
    name = target
    if scope == "tag":
        tag = Tag.get_or_none(Tag.id == int(target))
        name = tag.name if tag is not None else target
    elif scope == "customer":
        customer = Customer.get_or_none(Customer.id == int(target))
        name = customer.name if customer is not None else target
    return f"rule: {scope} {name}; every_days: {every}"


# ---------------------------------------------------------------- undo


def rule_image(rule_id: int) -> dict | None:
    """A rule as stored (None: there is none), for undo."""
    return TouchRule.select().where(TouchRule.id == rule_id).dicts().first()


def write_rule(rule_id: int, image: dict | None, action: str) -> None:
    """Put rule `rule_id` back as `image` shows it (None: remove it), with its audit entry
    (`action`: undo or redo) in the same transaction."""
    with database.atomic():
        now = rule_image(rule_id)
        if image is None:
            TouchRule.delete().where(TouchRule.id == rule_id).execute()
        elif now is None:
            TouchRule.insert(**image).execute()
        else:
            TouchRule.update(every_days=image["every_days"]).where(
                TouchRule.id == rule_id
            ).execute()
        shown = image or now
        if shown is not None:
            old = now["every_days"] if now else ""
            new = image["every_days"] if image else ""
            audit.record(action, "setting", rule_id, detail=_rule_detail(
                shown["scope"], shown["target"], f"{old} → {new}"))  # fmt: skip


def list_rules() -> list[Rule]:
    query = TouchRule.select().order_by(TouchRule.scope, TouchRule.target)
    return [Rule(r.id, r.scope, r.target, r.every_days) for r in query]


def rules_for_customer(customer_id: int) -> list[Rule]:
    """The rules that apply to a customer (its own, its tags', its stage's)."""
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        return []
    tag_ids = {
        str(t) for (t,) in CustomerTag.select(CustomerTag.tag).where(
            CustomerTag.customer == customer_id
        ).tuples()
    }  # fmt: skip
    return [
        r
        for r in list_rules()
        if (r.scope == "customer" and r.target == str(customer_id))
        or (r.scope == "stage" and r.target == customer.stage)
        or (r.scope == "tag" and r.target in tag_ids)
    ]


def tag_merged(source_id: int, target_id: int | None) -> None:
    """Keep rules right when a tag is merged into another (None: deleted)."""
    source = TouchRule.get_or_none(
        (TouchRule.scope == "tag") & (TouchRule.target == str(source_id))
    )
    if source is None:
        return
    taken = TouchRule.get_or_none((TouchRule.scope == "tag") & (TouchRule.target == str(target_id)))
    if target_id is None or taken is not None:
        if taken is not None and source.every_days < taken.every_days:
            TouchRule.update(every_days=source.every_days).where(TouchRule.id == taken.id).execute()
        source.delete_instance()
    else:
        TouchRule.update(target=str(target_id)).where(TouchRule.id == source.id).execute()


def _target_condition(rule: Rule):
    if rule.scope == "tag":
        linked = CustomerTag.select(CustomerTag.customer).where(CustomerTag.tag == int(rule.target))
        return Customer.id.in_(linked)
    if rule.scope == "stage":
        return Customer.stage == rule.target
    return Customer.id == int(rule.target)


# The clock each rule runs on, written exactly as the customer_touch_* indexes are.
_CLOCK = SQL(TOUCH_CLOCK)


def _bound(today: dt.date, rule: Rule) -> SQL:
    """Due by `today` <=> clock day + N <= today <=> clock < midnight of (today - N + 1).
    A literal, not a parameter, like the clock itself (index matching)."""
    bound = dt.datetime.combine(today - dt.timedelta(days=rule.every_days - 1), dt.time())
    return SQL(f"'{bound:%Y-%m-%d %H:%M:%S}'")


def _due_query(rule: Rule, today: dt.date, *selection):
    return Customer.select(*selection).where(
        Customer.deleted_at.is_null() & _target_condition(rule) & (_bound(today, rule) > _CLOCK)
    )


def count_due(today: dt.date | None = None) -> int:
    """How many customers are due a contact by `today` (each once, whatever its rules)."""
    today = today or clock.today()
    rules = list_rules()
    if not rules:
        return 0
    if len(rules) == 1:
        return _due_query(rules[0], today, fn.COUNT(Customer.id)).scalar() or 0
    union = _due_query(rules[0], today, Customer.id)
    for rule in rules[1:]:
        union = union | _due_query(rule, today, Customer.id)  # UNION: each customer once
    return Customer.select(fn.COUNT(SQL("*"))).from_(union.alias("due")).scalar() or 0


class DueStream:
    """The due customers in due order (most overdue first), read a batch at a time:
    each rule's customers come in clock order from its index, and a merge by due date
    interleaves the rules. A customer under several rules comes once, at its earliest
    due date (its shortest interval)."""

    BATCH = 500

    def __init__(self, today: dt.date | None = None):
        self.today = today or clock.today()
        self._rules = list_rules()
        self._after: dict[int, tuple | None] = {r.id: None for r in self._rules}
        self._done: set[int] = set()
        self._buffers: dict[int, list[dict]] = {}
        self._heap: list[tuple] = []
        self._in_heap: dict[int, int] = {r.id: 0 for r in self._rules}
        self._seen: set[int] = set()
        for rule in self._rules:
            self._refill(rule)

    def _refill(self, rule: Rule) -> None:
        if rule.id in self._done:
            return
        query = _due_query(
            rule, self.today, Customer.id, Customer.name, Customer.mobile, Customer.owner,
            Customer.last_contact_at, _CLOCK.alias("since"),
        )  # fmt: skip
        after = self._after[rule.id]
        if after is not None:
            query = query.where(Tuple(_CLOCK, Customer.id) > Tuple(*after))
        rows = list(query.order_by(_CLOCK, Customer.id).limit(self.BATCH).dicts())
        if len(rows) < self.BATCH:
            self._done.add(rule.id)
        if rows:
            self._after[rule.id] = (rows[-1]["since"], rows[-1]["id"])
        for row in rows:
            since = row["since"]
            if isinstance(since, str):  # SQLite gives the COALESCE as text
                since = dt.datetime.fromisoformat(since)
            due_day = since.date() + dt.timedelta(days=rule.every_days)
            heapq.heappush(self._heap, (due_day, row["id"], rule.id, rule, row))
            self._in_heap[rule.id] += 1

    def fetch(self, n: int) -> list[dict]:
        out: list[dict] = []
        while len(out) < n and self._heap:
            due_day, cid, _rid, rule, row = heapq.heappop(self._heap)
            self._in_heap[rule.id] -= 1
            # Keep every rule's next row in the heap, so the smallest due is known.
            if not self._in_heap[rule.id]:
                self._refill(rule)
            if cid in self._seen:
                continue
            self._seen.add(cid)
            out.append({
                "type": "touch", "customer_id": cid, "customer_name": row["name"],
                "customer_mobile": row["mobile"], "owner": row["owner"],
                "last_contact_at": row["last_contact_at"], "every_days": rule.every_days,
                "rule_id": rule.id, "due": due_day,
                "overdue_days": (self.today - due_day).days,
            })  # fmt: skip
        return out

    @property
    def exhausted(self) -> bool:
        return not self._heap


def due(today: dt.date | None = None) -> list[dict]:
    """Every customer due a contact by `today`, most overdue first: dicts with
    customer_id, customer_name, customer_mobile, owner, last_contact_at, every_days,
    due (a date) and overdue_days (0: due today)."""
    stream = DueStream(today)
    rows: list[dict] = []
    while not stream.exhausted:
        rows += stream.fetch(5000)
    return rows
