"""What a rule may say: its trigger, conditions and actions (JSON), and their validation
on save ("When <trigger> [and <conditions>] then <actions>", issue 28 part 5).

A rule as stored:
  trigger    {"kind": "purchase", "which": "first"}            one of TRIGGERS
  conditions [{"field": "total_spend", "op": "gt", "value": 200000}, ...]   all must hold
  actions    [{"kind": "add_tag", "tag": "新客"}, ...]                      in order

Money is in fen (分). A condition naming a tag, a custom field or a member level that does
not exist (any more) is not refused here when `strict` is False: the runner switches such
a rule off with the reason (conditions.Broken), a rule saved by a person is refused.
"""

from __future__ import annotations

import json

from models.customers.record import STAGES, TEXT_FIELDS
from models.errors import ValidationError
from models.followups.channels import CHANNELS
from models.team import staff

NAME_MAX = 60
TEXT_MAX = 200
MAX_DAYS = 3650
MAX_CONDITIONS = 20
MAX_ACTIONS = 10

# Triggers on an outbox event (the SQLite triggers of schema step 30 write them) and their
# parameters; "params" names the optional ones with their type.
EVENT_TRIGGERS = {
    "customer_created": {},  # created or imported
    "tag_added": {"tag": "text"},
    "tag_removed": {"tag": "text"},
    "stage_changed": {"to": "stage"},
    "segment_changed": {"to": "text"},
    # lead scoring's grade history (lead_grade_change, step 28) feeds it; "to" a grade
    "lead_grade_changed": {"to": "text"},
    "purchase": {"which": "which", "n": "count", "above": "fen"},  # first / Nth / above fen
    "complaint_closed": {},
    "survey_answer": {"category": "category"},
    "community_joined": {"community": "id"},
    "community_left": {"community": "id"},
    "event_attended": {"event": "id"},
    "event_no_show": {"event": "id"},
    "level_changed": {"to": "text"},
    # a ledger row moving the balance across the line (points; stored value in fen)
    "points_below": {"points": "count!"},
    "points_above": {"points": "count!"},
    "balance_below": {"fen": "fen!"},
    "balance_above": {"fen": "fen!"},
}
# Time-based: found by the sweep (start-up and hourly), set-based over the customers.
TIME_TRIGGERS = {
    "no_purchase": {"days": "days!"},
    "no_contact": {"days": "days!"},
    "birthday": {"days": "days!"},  # the (solar) birthday in at most N days
}
TRIGGERS = {**EVENT_TRIGGERS, **TIME_TRIGGERS}
WHICH = ("any", "first", "nth")
CATEGORIES = ("detractor", "passive", "promoter")  # surveys.closed_loop.category

NUMBER_FIELDS = ("total_spend", "purchase_count", "days_since_purchase", "days_since_contact",
                 "tag_count")  # fmt: skip
TEXT_OPS = ("is", "is_not", "contains", "empty", "not_empty")
NUMBER_OPS = ("eq", "ne", "gt", "gte", "lt", "lte")
TAG_OPS = ("has", "lacks")
NO_VALUE_OPS = ("empty", "not_empty")
# field -> its operators; "custom:<name>" (a custom field) takes TEXT_OPS
FIELDS = {
    **{f: TEXT_OPS for f in TEXT_FIELDS},
    **{f: NUMBER_OPS for f in NUMBER_FIELDS},
    "tag": TAG_OPS,
    "segment": ("is", "is_not"),
    "level": ("is", "is_not", "empty", "not_empty"),
}
CUSTOM = "custom:"

ACTIONS = {
    "add_tag": {"tag": "text!"},
    "remove_tag": {"tag": "text!"},
    "followup": {"subject": "text!", "due_days": "days", "channel": "channel", "owner": "text"},
    # the owner (and a follow-up's) must be an active staff member: checked on save and
    # again when the rule acts (models/automation/actions.py), as every new owner is
    "assign_owner": {"owner": "text!"},
    "set_stage": {"stage": "stage!"},
    "join_community": {"community": "id!"},
    # a sign-up of the event (signed, or waiting once it is full): the events model has
    # no separate invited state; the undo takes back the sign-ups the run made
    "invite_event": {"event": "id!"},
    "grant_points": {"points": "count!", "reason": "text"},  # members only
    "note": {"text": "text!"},
}


def _bad(field: str, code: str, message: str, **params) -> ValidationError:
    return ValidationError(field, code, message, **params)


def _value(where: str, name: str, kind: str, value):
    """One parameter checked against its kind ("!" suffix: required)."""
    kind = kind.rstrip("!")
    if kind in ("text", "stage", "channel", "which", "category"):
        if not isinstance(value, str):
            raise _bad(where, "rule_text", f"{where}: {name} must be text", name=name)
        value = " ".join(value.split())
        if len(value) > TEXT_MAX:
            raise _bad(where, "too_long", f"{where}: {name} is longer than {TEXT_MAX}",
                       limit=TEXT_MAX)  # fmt: skip
        choices = {"stage": STAGES[1:], "channel": CHANNELS, "which": WHICH,
                   "category": CATEGORIES}.get(kind)  # fmt: skip
        if choices and value not in choices:
            raise _bad(where, "rule_choice",
                       f"{where}: {name} must be one of {', '.join(choices)}", name=name)  # fmt: skip
        return value
    if isinstance(value, bool) or not isinstance(value, int):
        raise _bad(where, "rule_number", f"{where}: {name} must be a whole number", name=name)
    top = MAX_DAYS if kind == "days" else 10**12
    low = 1 if kind in ("id", "count") else 0
    if not low <= value <= top:
        raise _bad(where, "rule_range", f"{where}: {name} must be between {low} and {top}",
                   name=name)  # fmt: skip
    return value


def _params(where: str, given: dict, spec: dict, skip: tuple = ("kind",)) -> dict:
    unknown = sorted(set(given) - set(spec) - set(skip))
    if unknown:
        raise _bad(where, "rule_unknown", f"{where}: unknown setting {unknown[0]!r}",
                   name=unknown[0])  # fmt: skip
    out = {}
    for name, kind in spec.items():
        if given.get(name) in (None, ""):
            if kind.endswith("!"):
                raise _bad(where, "rule_missing", f"{where}: {name} is required", name=name)
            continue
        out[name] = _value(where, name, kind, given[name])
    return out


def clean_trigger(trigger) -> dict:
    if not isinstance(trigger, dict) or trigger.get("kind") not in TRIGGERS:
        raise _bad("trigger", "rule_trigger",
                   "trigger: kind must be one of " + ", ".join(TRIGGERS))  # fmt: skip
    kind = trigger["kind"]
    out = {"kind": kind, **_params("trigger", trigger, TRIGGERS[kind])}
    if kind == "purchase" and out.get("which") == "nth" and "n" not in out:
        raise _bad("trigger", "rule_missing", "trigger: n is required", name="n")
    return out


def clean_condition(cond) -> dict:
    if not isinstance(cond, dict):
        raise _bad("conditions", "rule_condition", "conditions: each must be an object")
    field = cond.get("field")
    if not isinstance(field, str) or not field:
        raise _bad("conditions", "rule_missing", "conditions: field is required", name="field")
    ops = (
        TEXT_OPS if field.startswith(CUSTOM) and field[len(CUSTOM) :].strip() else FIELDS.get(field)
    )
    if ops is None:
        raise _bad("conditions", "rule_field", f"conditions: unknown field {field!r}", name=field)
    op = cond.get("op")
    if op not in ops:
        raise _bad("conditions", "rule_op",
                   f"conditions: {field} takes {', '.join(ops)}", name=field)  # fmt: skip
    extra = sorted(set(cond) - {"field", "op", "value"})
    if extra:
        raise _bad("conditions", "rule_unknown", f"conditions: unknown setting {extra[0]!r}",
                   name=extra[0])  # fmt: skip
    out = {"field": field, "op": op}
    if op in NO_VALUE_OPS:
        return out
    kind = "count" if field in NUMBER_FIELDS else "text!"
    if kind == "count":
        if "value" not in cond:
            raise _bad("conditions", "rule_missing", "conditions: value is required", name="value")
        out["value"] = _value("conditions", "value", "fen", cond["value"])
    else:
        value = cond.get("value")
        if value in (None, ""):
            raise _bad("conditions", "rule_missing", "conditions: value is required", name="value")
        out["value"] = _value("conditions", "value", kind, value)
    return out


def clean_action(action) -> dict:
    if not isinstance(action, dict) or action.get("kind") not in ACTIONS:
        raise _bad("actions", "rule_action", "actions: kind must be one of " + ", ".join(ACTIONS))
    kind = action["kind"]
    clean = {"kind": kind, **_params("actions", action, ACTIONS[kind])}
    if clean.get("owner"):
        clean["owner"] = staff.require_active(clean["owner"])
    return clean


def clean_name(name) -> str:
    name = " ".join(str(name or "").split())
    if not name:
        raise _bad("name", "required", "name: a rule needs a name")
    if len(name) > NAME_MAX:
        raise _bad("name", "too_long", f"name: at most {NAME_MAX} characters", limit=NAME_MAX)
    return name


def clean(name, trigger, conditions, actions) -> dict:
    """The rule as it will be stored, or ValidationError naming the first mistake."""
    if not isinstance(conditions, list) or len(conditions) > MAX_CONDITIONS:
        raise _bad("conditions", "rule_condition",
                   f"conditions: a list of at most {MAX_CONDITIONS}")  # fmt: skip
    if not isinstance(actions, list) or not actions or len(actions) > MAX_ACTIONS:
        raise _bad("actions", "rule_no_action", f"actions: between 1 and {MAX_ACTIONS} actions")
    return {
        "name": clean_name(name),
        "trigger": clean_trigger(trigger),
        "conditions": [clean_condition(c) for c in conditions],
        "actions": [clean_action(a) for a in actions],
    }


def parse(text: str) -> dict:
    """A rule from JSON text (name, trigger, conditions, actions), validated."""
    try:
        data = json.loads(text)
    except (TypeError, ValueError) as exc:
        raise _bad("rule", "rule_json", f"not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise _bad("rule", "rule_json", "a rule is a JSON object")
    return clean(data.get("name"), data.get("trigger"), data.get("conditions", []),
                 data.get("actions"))  # fmt: skip


def is_time_based(trigger: dict) -> bool:
    return trigger.get("kind") in TIME_TRIGGERS
