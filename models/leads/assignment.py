"""Assignment (分配) of the pool's leads: by rule (round robin among chosen staff, or by
city, industry or source channel) or by hand, and the rules themselves.

A rule only takes leads from the pool: a lead a staff member found (created with an
owner) stays theirs. Every assignment is recorded in lead_assignment (who, when, by
which rule, by whom), ending the lead's previous one. Only active staff get leads
(team.require_active). A run is planned first (`plan_rule`, `plan_by_hand`: what a
dry run shows) and then applied in one transaction, audited.

An assignment (and a reclaim) leaves the customer's updated_at as it was: the history
says when the owner changed, and not touching that column's index keeps 10,000 leads
under 2 seconds (bench/lead_pool.py)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

from models import clock
from models.customers.record import SOURCES
from models.errors import NotFoundError, ValidationError
from models.leads.pool import LEAD, pool_ids, stamp
from models.leads.tables import RULE_COLUMNS, RULE_KINDS, AssignmentRule, LeadAssignment
from models.storage import audit, bulk
from models.storage.db import database, writable
from models.team import staff as team
from models.values.search_text import text_sort_key

CHUNK = 500
NAME_MAX = 40
HISTORY_FIELDS = (LeadAssignment.customer, LeadAssignment.staff, LeadAssignment.assigned_at,
                  LeadAssignment.rule_id, LeadAssignment.rule, LeadAssignment.by_staff,
                  LeadAssignment.ended_at, LeadAssignment.end_reason)  # fmt: skip


# ---------------------------------------------------------------- rules


def _rule_dict(row: AssignmentRule) -> dict:
    return {"id": row.id, "name": row.name, "kind": row.kind, "staff": json.loads(row.staff),
            "mapping": json.loads(row.mapping), "pointer": row.pointer}  # fmt: skip


def rules() -> list[dict]:
    return [_rule_dict(r) for r in AssignmentRule.select().order_by(AssignmentRule.id)]


def get_rule(ref) -> dict:
    """A rule by its id or its name."""
    text = str(ref).strip()
    row = AssignmentRule.get_or_none(AssignmentRule.name == text)
    if row is None and text.isdigit():
        row = AssignmentRule.get_or_none(AssignmentRule.id == int(text))
    if row is None:
        raise NotFoundError(f"no assignment rule “{text}”", code="rule_not_found", name=text)
    return _rule_dict(row)


def add_rule(name, kind: str, staff=(), mapping: dict | None = None) -> int:
    """Round robin: `staff` (active, in turn order). region / industry / source:
    `mapping` of a city, industry or source channel code to an active staff member."""
    name = team.clean(name)
    if not name:
        raise ValidationError("rule", "required", "a rule needs a name")
    if len(name) > NAME_MAX:
        raise ValidationError("rule", "too_long", f"at most {NAME_MAX} characters", limit=NAME_MAX)
    if kind not in RULE_KINDS:
        raise ValidationError("kind", "invalid", f"a rule's kind is one of {', '.join(RULE_KINDS)}")
    people: list[str] = []
    mapped: dict[str, str] = {}
    if kind == "round_robin":
        for person in staff or ():
            person = team.require_active(person)
            if person not in people:
                people.append(person)
        if not people:
            raise ValidationError(
                "staff", "required", "round robin needs at least one staff member"
            )
    else:
        for key, person in (mapping or {}).items():
            key = team.clean(key)
            if not key:
                raise ValidationError("mapping", "required", "each entry needs a value: 杭州=王芳")
            if kind == "source" and key not in SOURCES:
                raise ValidationError("mapping", "invalid",
                                      f"“{key}” is not a source channel: one of {', '.join(SOURCES[1:])}",
                                      text=key)  # fmt: skip
            mapped[key] = team.require_active(person)
        if not mapped:
            raise ValidationError("mapping", "required", "a rule by value needs at least one entry")
    with database.atomic():
        if AssignmentRule.get_or_none(AssignmentRule.name == name) is not None:
            raise ValidationError("rule", "rule_taken", f"a rule named “{name}” exists already",
                                  name=name)  # fmt: skip
        new_id = AssignmentRule.insert(
            name=name, kind=kind, staff=json.dumps(people, ensure_ascii=False),
            mapping=json.dumps(mapped, ensure_ascii=False), pointer=0, created_at=clock.now(),
        ).execute()  # fmt: skip
        what = ", ".join(people) if people else ", ".join(f"{k}={v}" for k, v in mapped.items())
        audit.record("settings", "lead", new_id, detail=f"rule {name} ({kind}): {what}")
    return new_id


def remove_rule(ref) -> dict:
    rule = get_rule(ref)
    with database.atomic():
        AssignmentRule.delete().where(AssignmentRule.id == rule["id"]).execute()
        audit.record("settings", "lead", rule["id"], detail=f"rule {rule['name']} removed")
    return rule


# ---------------------------------------------------------------- planning


@dataclass
class Plan:
    """Who gets which lead: `pairs` (customer id, staff name) in order; `rule` None by
    hand; `left`: the pool's leads the rule found no one for; `pointer`: a round
    robin's next turn after this run."""

    pairs: list[tuple[int, str]] = field(default_factory=list)
    rule: dict | None = None
    left: int = 0
    pointer: int | None = None

    def by_staff(self) -> dict[str, int]:
        return dict(Counter(person for _cid, person in self.pairs))

    def ids(self) -> list[int]:
        return [cid for cid, _person in self.pairs]


def plan_rule(ref, limit: int | None = None) -> Plan:
    """What `ref` would do to the pool now (the oldest `limit` leads, all without it)."""
    if limit is not None and limit < 1:
        raise ValidationError("limit", "invalid", "the limit is a number above 0")
    rule = get_rule(ref)
    if rule["kind"] == "round_robin":
        people = [p for p in rule["staff"] if team.find(p) is not None and team.find(p).active]
        if not people:
            raise ValidationError("staff", "staff_inactive",
                                  f"no one in rule “{rule['name']}” is active: add active staff",
                                  name=rule["name"])  # fmt: skip
        ids = pool_ids(limit)
        start = rule["pointer"] % len(people)
        pairs = [(cid, people[(start + i) % len(people)]) for i, cid in enumerate(ids)]
        return Plan(pairs, rule, 0, (start + len(ids)) % len(people))
    column = RULE_COLUMNS[rule["kind"]]
    mapping = rule["mapping"]
    rows = database.execute_sql(
        f"SELECT c.id, c.{column} FROM customer c WHERE {LEAD} AND c.owner = '' ORDER BY c.id"
    ).fetchall()
    pairs, left, checked = [], 0, set()
    for cid, value in rows:
        person = mapping.get(team.clean(value))
        if person is None:
            left += 1
            continue
        if limit is not None and len(pairs) >= limit:
            break
        if person not in checked:
            team.require_active(person)  # an inactive person in the map: refused
            checked.add(person)
        pairs.append((cid, person))
    return Plan(pairs, rule, left, None)


def plan_by_hand(person, ids) -> Plan:
    """Leads given to `person` by hand (from the pool, or from someone else)."""
    person = team.require_active(person)
    ids = list(dict.fromkeys(int(i) for i in ids))
    if not ids:
        raise ValidationError("ids", "required", "give the ids of the leads to assign")
    found = {}
    for i in range(0, len(ids), CHUNK):
        part = ids[i : i + CHUNK]
        marks = ",".join("?" * len(part))
        for cid, is_lead in database.execute_sql(
            f"SELECT c.id, {LEAD} FROM customer c WHERE c.id IN ({marks})", part
        ):
            found[cid] = bool(is_lead)
    for cid in ids:
        if cid not in found:
            raise NotFoundError(f"no customer with id {cid}", id=cid)
        if not found[cid]:
            raise ValidationError("ids", "not_a_lead", f"customer {cid} is not a lead", id=cid)
    return Plan([(cid, person) for cid in ids])


# ---------------------------------------------------------------- applying


def apply(plan: Plan) -> int:
    """Give the leads as planned, in one transaction, audited; ends each lead's earlier
    assignment. Returns how many were assigned."""
    if not plan.pairs:
        return 0
    now = clock.now()
    by = audit.staff()
    groups: dict[str, list[int]] = {}
    for cid, person in plan.pairs:
        groups.setdefault(person, []).append(cid)
    rule = plan.rule or {}
    with database.atomic():
        for person in groups:
            team.require_active(person)
        cursor = database.connection().cursor()
        writable()
        # One pass in id order over the customers (not one per person: round robin
        # interleaves them), and only the open assignments there are.
        keys = _owner_keys(groups)
        cursor.executemany(
            "UPDATE customer SET owner = ?, owner_key = ? WHERE id = ?",
            [(person, keys[person], cid) for cid, person in sorted(plan.pairs)],
        )
        ids = sorted(cid for cid, _person in plan.pairs)
        open_ones: list[int] = []
        for i in range(0, len(ids), CHUNK):
            part = ids[i : i + CHUNK]
            open_ones += [r[0] for r in cursor.execute(
                "SELECT id FROM lead_assignment INDEXED BY lead_assignment_current"
                f" WHERE ended_at IS NULL AND customer_id IN ({','.join('?' * len(part))})",
                part)]  # fmt: skip
        open_ones.sort()
        for i in range(0, len(open_ones), CHUNK):
            part = open_ones[i : i + CHUNK]
            cursor.execute(
                "UPDATE lead_assignment SET ended_at = ?, end_reason = 'reassigned'"
                f" WHERE id IN ({','.join('?' * len(part))})",
                (stamp(now), *part),
            )
        bulk.insert_rows(LeadAssignment, HISTORY_FIELDS, (
            (cid, person, stamp(now), rule.get("id"), rule.get("name", ""), by, None, "")
            for cid, person in plan.pairs
        ))  # fmt: skip
        if plan.pointer is not None and rule:
            AssignmentRule.update(pointer=plan.pointer).where(
                AssignmentRule.id == rule["id"]
            ).execute()
        counts = ", ".join(f"{p} {n}" for p, n in plan.by_staff().items())
        how = f"rule {rule['name']}" if rule else "by hand"
        target = plan.pairs[0][0] if len(plan.pairs) == 1 else None
        audit.record("assign", "lead", target, detail=f"{how}: {counts}", count=len(plan.pairs))
    return len(plan.pairs)


def _owner_keys(people) -> dict[str, str]:
    """Each person's owner sort key: as their leads already store it (text_sort_key
    loads the pinyin tables, ~0.5 s, the first time in a process), else computed."""
    keys = {}
    for person in people:
        row = database.execute_sql(
            "SELECT c.owner_key FROM customer c INDEXED BY customer_lead_owner"
            f" WHERE {LEAD} AND c.owner = ? AND c.owner_key <> '' LIMIT 1",
            (person,),
        ).fetchone()
        keys[person] = row[0] if row else text_sort_key(person)
    return keys


def assign_rule(ref, limit: int | None = None, dry_run: bool = False) -> Plan:
    """Plan and (unless `dry_run`) apply a rule, in one transaction."""
    with database.atomic():
        plan = plan_rule(ref, limit)
        if not dry_run:
            apply(plan)
    return plan


def assign_by_hand(person, ids, dry_run: bool = False) -> Plan:
    with database.atomic():
        plan = plan_by_hand(person, ids)
        if not dry_run:
            apply(plan)
    return plan


def history(customer_id: int) -> list[dict]:
    """A lead's assignments, oldest first."""
    return list(
        LeadAssignment.select().where(LeadAssignment.customer == customer_id)
        .order_by(LeadAssignment.assigned_at, LeadAssignment.id).dicts()
    )  # fmt: skip
