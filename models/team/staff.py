"""The staff list (团队): the people who serve customers, named as the owner (负责人) of
customers, leads, follow-ups, contacts, complaints and communities.

The owner columns stay text holding the staff member's name (not an id): exports,
imports and older code keep working; this module keeps them in step. A rename
rewrites every owner column in one transaction; a deactivated person stays the owner
of what they had (history) but is given no new work: `require_active` is the one
check every new owner passes (the window, the CLI, the assignment of leads, the
automation rules' "assign owner")."""

from __future__ import annotations

import json

from peewee import BooleanField, CharField, DateTimeField, fn

from models import clock
from models.errors import NotFoundError, ValidationError
from models.storage import audit
from models.storage.base import BaseModel
from models.storage.db import database
from models.values.search_text import text_sort_key

NAME_MAX = audit.STAFF_MAX
ROLE_MAX = 40

# (table, column) of every owner text that names a staff member.
OWNER_COLUMNS = (
    ("customer", "owner"),
    ("followup", "owner"),
    ("interaction", "owner"),
    ("complaint", "owner"),
    ("complaint_event", "owner"),
    ("community", "owner_staff"),
    ("lead_assignment", "staff"),
)


class Staff(BaseModel):
    name = CharField(unique=True)
    role = CharField(default="")
    active = BooleanField(default=True)
    created_at = DateTimeField()

    class Meta:
        table_name = "staff"


def clean(name) -> str:
    """A name as kept: trimmed, runs of spaces made one."""
    return " ".join(str(name or "").split())


def _name(name, field: str = "staff") -> str:
    name = clean(name)
    if not name:
        raise ValidationError(field, "required", "a staff member needs a name")
    if len(name) > NAME_MAX:
        raise ValidationError(field, "too_long", f"at most {NAME_MAX} characters",
                              limit=NAME_MAX)  # fmt: skip
    return name


def _role(role) -> str:
    role = clean(role)
    if len(role) > ROLE_MAX:
        raise ValidationError("role", "too_long", f"at most {ROLE_MAX} characters",
                              limit=ROLE_MAX)  # fmt: skip
    return role


# ---------------------------------------------------------------- reading


def find(name) -> Staff | None:
    return Staff.get_or_none(Staff.name == clean(name))


def get(name) -> Staff:
    row = find(name)
    if row is None:
        raise NotFoundError(f"no staff member named “{clean(name)}”", code="staff_not_found",
                            name=clean(name))  # fmt: skip
    return row


def is_empty() -> bool:
    return not Staff.select().exists()


def names(active_only: bool = True) -> list[str]:
    """Names in order of name (the pickers' list)."""
    query = Staff.select(Staff.name).order_by(Staff.name)
    if active_only:
        query = query.where(Staff.active == True)  # noqa: E712
    return [r.name for r in query]


def rows() -> list[dict]:
    """Everyone, active first, with how many customers and leads each owns."""
    # Two index-only passes (customer_sort_owner_key, customer_lead_owner: both partial
    # on live customers), not a scan of the customer table.
    totals = dict(database.execute_sql(
        "SELECT owner_key, COUNT(*) FROM customer WHERE deleted_at IS NULL GROUP BY owner_key"
    ).fetchall())  # fmt: skip
    leads_of = dict(database.execute_sql(
        "SELECT owner, COUNT(*) FROM customer WHERE stage = 'lead' AND deleted_at IS NULL"
        " GROUP BY owner"
    ).fetchall())  # fmt: skip
    out = []
    for row in Staff.select().order_by(Staff.active.desc(), Staff.name):
        total, leads = totals.get(text_sort_key(row.name), 0), leads_of.get(row.name, 0)
        out.append({"id": row.id, "name": row.name, "role": row.role, "active": bool(row.active),
                    "customers": total, "leads": leads or 0})  # fmt: skip
    return out


def require_active(name) -> str:
    """`name` (cleaned) when it is an active staff member; ValidationError "staff_unknown"
    or "staff_inactive" otherwise. Every new owner passes here."""
    name = clean(name)
    row = Staff.get_or_none(Staff.name == name) if name else None
    if row is None:
        raise ValidationError("owner", "staff_unknown",
                              f"“{name}” is not on the staff list: add them to the team first",
                              name=name)  # fmt: skip
    if not row.active:
        raise ValidationError("owner", "staff_inactive",
                              f"“{name}” is no longer active: choose an active staff member",
                              name=name)  # fmt: skip
    return name


def check_owner(name) -> str:
    """An owner as typed in the window or the CLI: "" (nobody) or an active staff member."""
    name = clean(name)
    return require_active(name) if name else ""


# ---------------------------------------------------------------- writing


def add(name, role="") -> int:
    name, role = _name(name), _role(role)
    with database.atomic():
        if find(name) is not None:
            raise ValidationError("staff", "staff_taken", f"“{name}” is already on the staff list",
                                  name=name)  # fmt: skip
        new_id = Staff.insert(name=name, role=role, active=True, created_at=clock.now()).execute()
        audit.record("create", "staff", new_id, detail=f"{name}" + (f" ({role})" if role else ""))
    return new_id


def adopt(names_seen) -> list[str]:
    """Add the names not on the list yet (active), for an import that brings owners:
    its data is kept whole, and its report says who was added. Call it inside the
    import's transaction (its audit entry covers them)."""
    added = []
    for raw in names_seen:
        name = clean(raw)
        if name and len(name) <= 200 and name not in added and find(name) is None:
            Staff.insert(name=name, role="", active=True, created_at=clock.now()).execute()
            added.append(name)
    return added


def set_role(name, role) -> None:
    row = get(name)
    role = _role(role)
    with database.atomic():
        Staff.update(role=role).where(Staff.id == row.id).execute()
        audit.record("edit", "staff", row.id, detail=f"{row.name}: role {row.role} → {role}")


def set_active(name, active: bool) -> bool:
    """Deactivate (stays the owner of what they had, gets no new work) or activate again.
    False when it was so already (nothing written)."""
    row = get(name)
    if bool(row.active) == bool(active):
        return False
    with database.atomic():
        Staff.update(active=bool(active)).where(Staff.id == row.id).execute()
        audit.record("activate" if active else "deactivate", "staff", row.id, detail=row.name)
    return True


def rename(old, new) -> int:
    """Rename a staff member everywhere they are named (every owner column, the rules,
    the audit name in use), in one transaction; returns how many owner texts changed.
    The audit log's past entries keep the name they were written with."""
    row = get(old)
    new = _name(new)
    if new == row.name:
        return 0
    with database.atomic():
        if find(new) is not None:
            raise ValidationError("staff", "staff_taken", f"“{new}” is already on the staff list",
                                  name=new)  # fmt: skip
        Staff.update(name=new).where(Staff.id == row.id).execute()
        changed = 0
        for table, column in OWNER_COLUMNS:
            sets, values = f"{column} = ?", [new]
            if table == "customer":
                sets += ", owner_key = ?"
                values.append(text_sort_key(new))
            cursor = database.execute_sql(
                f"UPDATE {table} SET {sets} WHERE {column} = ?", (*values, row.name)
            )
            changed += max(cursor.rowcount, 0)
        _rename_in_rules(row.name, new)
        if audit.staff() == row.name:
            audit.set_staff(new)
        audit.record("rename", "staff", row.id, detail=f"{row.name} → {new}", count=max(1, changed))
    return changed


def _rename_in_rules(old: str, new: str) -> None:
    """The assignment rules name staff in their JSON lists and maps."""
    for rule_id, people, mapping in database.execute_sql(
        "SELECT id, staff, mapping FROM assignment_rule"
    ).fetchall():
        people, mapping = json.loads(people), json.loads(mapping)
        people2 = [new if p == old else p for p in people]
        mapping2 = {k: (new if v == old else v) for k, v in mapping.items()}
        if people2 != people or mapping2 != mapping:
            database.execute_sql(
                "UPDATE assignment_rule SET staff = ?, mapping = ? WHERE id = ?",
                (json.dumps(people2, ensure_ascii=False), json.dumps(mapping2, ensure_ascii=False),
                 rule_id),
            )  # fmt: skip


def pick_audit_name(name) -> str:
    """`guanjia staff NAME`: the audit log's name becomes one of the staff ("" for none).
    An unknown name is refused (ValidationError "staff_unknown"), except while the list
    is empty: the first name given starts it."""
    name = clean(name)
    with database.atomic():
        if name:
            _name(name)  # too long or blank-ish: said so first, on any list
            if is_empty():
                # Not audited, as choosing the audit name is not: it is that choice.
                Staff.insert(name=name, role="", active=True, created_at=clock.now()).execute()
            else:
                require_active(name)
        return audit.set_staff(name)


def count_active() -> int:
    return Staff.select(fn.COUNT(Staff.id)).where(Staff.active == True).scalar()  # noqa: E712


def remove_unused(name) -> None:
    """Take a person off the list again (the undo of an add): refused ("undo_conflict")
    once anything names them as its owner."""
    row = get(name)
    with database.atomic():
        for table, column in OWNER_COLUMNS:
            used = database.execute_sql(
                f"SELECT 1 FROM {table} WHERE {column} = ? LIMIT 1", (row.name,)
            ).fetchone()
            if used:
                raise ValidationError("staff", "undo_conflict",
                                      f"“{row.name}” owns records now: not removed",
                                      name=row.name)  # fmt: skip
        Staff.delete().where(Staff.id == row.id).execute()
        audit.record("delete", "staff", row.id, detail=row.name)
