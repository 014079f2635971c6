"""Rules as stored: add, edit, switch on/off, delete, list; the rules that come with the
program (off until switched on). Every write audited ("rule")."""

from __future__ import annotations

import json
from dataclasses import dataclass

from models import clock
from models.automation import conditions
from models.automation.definitions import clean, is_time_based
from models.automation.tables import Rule, numbered
from models.errors import ValidationError
from models.storage import audit
from models.storage.db import database


@dataclass
class RuleInfo:
    id: int
    name: str
    trigger: dict
    conditions: list
    actions: list
    enabled: bool
    shipped: str
    disabled_reason: str
    from_event: int = 0

    @property
    def time_based(self) -> bool:
        return is_time_based(self.trigger)

    def to_json(self) -> dict:
        return {"id": self.id, "name": self.name, "enabled": self.enabled,
                "trigger": self.trigger, "conditions": self.conditions,
                "actions": self.actions, "shipped": self.shipped,
                "disabled_reason": self.disabled_reason}  # fmt: skip


def _info(row: Rule) -> RuleInfo:
    return RuleInfo(row.id, row.name, json.loads(row.trigger), json.loads(row.conditions),
                    json.loads(row.actions), bool(row.enabled), row.shipped,
                    row.disabled_reason, row.from_event)  # fmt: skip


def get(rule_id) -> RuleInfo:
    return _info(numbered(Rule, rule_id, "rule"))


def listing() -> list[RuleInfo]:
    """Every rule, the shipped ones (schema step 30 wrote them, off) first."""
    return [_info(r) for r in Rule.select().order_by(Rule.id)]


def enabled_rules() -> list[RuleInfo]:
    return [_info(r) for r in Rule.select().where(Rule.enabled == 1).order_by(Rule.id)]


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def add(name, trigger, conds, actions) -> int:
    """A new rule, off; refused (ValidationError) unless valid and everything it names
    exists."""
    rule = clean(name, trigger, conds, actions)
    _names_exist(rule)
    now = clock.now()
    with database.atomic():
        rid = Rule.insert(name=rule["name"], trigger=_dumps(rule["trigger"]),
                          conditions=_dumps(rule["conditions"]), actions=_dumps(rule["actions"]),
                          enabled=0, created_at=now, updated_at=now).execute()  # fmt: skip
        audit.record("rule", "rule", rid, detail=f"+{rule['name']}")
    return rid


def edit(rule_id, name, trigger, conds, actions) -> None:
    current = get(rule_id)
    rule = clean(name, trigger, conds, actions)
    _names_exist(rule)
    with database.atomic():
        Rule.update(name=rule["name"], trigger=_dumps(rule["trigger"]),
                    conditions=_dumps(rule["conditions"]), actions=_dumps(rule["actions"]),
                    disabled_reason="", updated_at=clock.now()
                    ).where(Rule.id == current.id).execute()  # fmt: skip
        audit.record("rule", "rule", current.id, detail=f"{current.name}: edited")


def _names_exist(rule: dict) -> None:
    try:
        conditions.check(rule["conditions"])
    except conditions.Broken as exc:
        raise ValidationError("conditions", "rule_gone", f"conditions: {exc}") from None


def set_enabled(rule_id, on: bool) -> RuleInfo:
    """Switch a rule on or off (on: refused while it names something gone)."""
    rule = get(rule_id)
    if on:
        _names_exist({"conditions": rule.conditions})
    with database.atomic():
        changes = {"enabled": int(on), "disabled_reason": "", "updated_at": clock.now()}
        if on and not rule.enabled:  # what happened before it was on is not its business
            last = database.execute_sql("SELECT MAX(id) FROM rule_event").fetchone()[0]
            changes["from_event"] = last or 0
        Rule.update(**changes).where(Rule.id == rule.id).execute()
        audit.record("rule", "rule", rule.id, detail=f"{rule.name}: {'on' if on else 'off'}")
    return get(rule.id)


def disable_broken(rule_id: int, reason: str) -> None:
    """Switched off by the program, with the reason shown (inside the run's transaction)."""
    Rule.update(enabled=0, disabled_reason=reason[:500], updated_at=clock.now()).where(
        Rule.id == rule_id
    ).execute()
    audit.record("rule", "rule", rule_id, detail=f"off: {reason}"[:500])


def delete(rule_id) -> None:
    rule = get(rule_id)
    with database.atomic():
        Rule.delete().where(Rule.id == rule.id).execute()
        database.execute_sql("DELETE FROM rule_fired WHERE rule_id = ?", [rule.id])
        audit.record("rule", "rule", rule.id, detail=f"-{rule.name}")
