"""Stay in touch (定期沟通): "contact every N days" for a tag, a lifecycle stage or one
customer. The clock runs from the customer's last logged contact (or, never contacted,
from when the customer was added); any interaction restarts it. A customer under
several rules follows the shortest interval."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import CharField, DateTimeField, IntegerField

from models import clock
from models.base import BaseModel
from models.customers import STAGES, Customer, CustomerTag
from models.db import database
from models.errors import NotFoundError, ValidationError

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
    from models import tags
    from models.followups import live_customer

    if scope == "tag":
        return str(tags.get_tag(int(target)).id)
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
            TouchRule.update(every_days=every_days).where(TouchRule.id == existing.id).execute()
            return existing.id
        return TouchRule.insert(
            scope=scope, target=target, every_days=every_days, created_at=clock.now()
        ).execute()


def remove_rule(rule_id: int) -> None:
    if not TouchRule.delete().where(TouchRule.id == rule_id).execute():
        raise NotFoundError(f"no rule with id {rule_id}", code="rule_not_found")


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


def due(today: dt.date | None = None) -> list[dict]:
    """Customers whose interval has run out by `today`, most overdue first: dicts with
    customer_id, customer_name, customer_mobile, owner, last_contact_at, every_days,
    due (a date) and overdue_days (0: due today)."""
    today = today or clock.today()
    best: dict[int, dict] = {}
    for rule in list_rules():
        # clock day + N <= today  <=>  clock < midnight of (today - N + 1)
        bound = dt.datetime.combine(today - dt.timedelta(days=rule.every_days - 1), dt.time())
        query = Customer.select(
            Customer.id, Customer.name, Customer.mobile, Customer.owner,
            Customer.last_contact_at, Customer.created_at,
        ).where(
            Customer.deleted_at.is_null()
            & _target_condition(rule)
            & (
                (Customer.last_contact_at < bound)
                | (Customer.last_contact_at.is_null() & (Customer.created_at < bound))
            )
        )  # fmt: skip
        for cid, name, mobile, owner, last, created in query.tuples():
            since = (last or created).date()
            due_day = since + dt.timedelta(days=rule.every_days)
            known = best.get(cid)
            if known is None or due_day < known["due"]:
                best[cid] = {
                    "type": "touch",
                    "customer_id": cid,
                    "customer_name": name,
                    "customer_mobile": mobile,
                    "owner": owner,
                    "last_contact_at": last,
                    "every_days": rule.every_days,
                    "rule_id": rule.id,
                    "due": due_day,
                    "overdue_days": (today - due_day).days,
                }
    return sorted(best.values(), key=lambda r: (r["due"], r["customer_id"]))
