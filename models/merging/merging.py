"""Merge duplicate customers into one (issue 29 part 2), all or nothing, undoable.

The survivor keeps its id; for each field the value survives that the caller chose
(`choices`: field -> the customer whose value wins), by default the newest non-empty
(the customer updated last that has one). Mobiles, emails and WeChat ids that differ
are never lost: they are added to the survivor's notes ("合并: 手机 …").

Every record of the others moves to the survivor (REFERENCES: every table that points
at a customer). Where a row cannot move because the survivor has the same one (a tag,
a custom field's value, an event sign-up, an open community membership), the
survivor's stays and the other's goes; community activity of the same day and kind
is added up. The summaries the schema's triggers keep (community activity months and
spans, lead score marks) follow by themselves; the customer's kept totals (spend,
purchases, last contact, next follow-up, tag count) are recomputed.

Membership ledgers (points, stored value, count cards, paid terms) are append-only and
their balances live on the one member row of a customer: two members' ledgers cannot be
interleaved without rewriting balances, so a merge of two members is refused
("merge_two_members"; merge their cards by transfers first). When one of them is a
member, their cards and every ledger row move unchanged, so balances stay exact.

RFM scores are relative to the whole base: the survivor's are recomputed at the next
rescore (the stored state is marked stale), not here (a full pass at 1M customers).

The merged-away customers are not deleted: `merged_into` is set (lists, searches and
the duplicate warnings leave them out; `survivor_of` leads an old id to the survivor),
their search index entries go. The before- and after-images of every row touched are
kept in customer_merge; `undo` puts them back exactly (refused if any changed since).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from models import clock
from models.customers import search_index
from models.customers.customers import reindex
from models.customers.record import TEXT_FIELDS, Customer, with_sort_keys
from models.errors import NotFoundError, ValidationError
from models.followups.followups import refresh_next
from models.followups.interactions import refresh_last
from models.leads import scores as lead_scores
from models.merging import images
from models.merging.images import Part
from models.purchases.purchases import refresh_summary
from models.purchases.rfm import STATE_KEY
from models.storage import audit, preferences
from models.storage.db import database

# Tables pointing at a customer, and what a merge does with their rows:
# move: every row moves; unique: moves unless the survivor has the same (then it goes);
# activity: counts of the same community, day and kind are added up; member: moves
# when only one of them has any (else refused).
REFERENCES = (
    ("customer", "merged_into", "move"),  # merged into one of them before: now the survivor
    ("customer_tag", "customer_id", "unique"),
    ("custom_value", "customer_id", "unique"),
    ("followup", "customer_id", "move"),
    ("interaction", "customer_id", "move"),
    ("complaint", "customer_id", "move"),
    ("purchase", "customer_id", "move"),
    ("import_change", "customer", "move"),
    ("community", "owner_customer", "move"),
    ("community_member", "customer_id", "unique"),
    ("community_member", "invited_by", "move"),
    ("community_activity", "customer_id", "activity"),
    ("event_signup", "customer_id", "unique"),
    ("survey_answer", "customer_id", "unique"),
    ("survey_response", "customer_id", "unique"),
    ("lead_assignment", "customer_id", "move"),
    ("lead_grade_change", "customer_id", "move"),
    ("referral", "introduced_by_id", "move"),
    ("member", "customer_id", "member"),
    ("member_card", "customer_id", "member"),
    ("level_history", "customer_id", "member"),
    ("points_entry", "customer_id", "member"),
    ("wallet_entry", "customer_id", "member"),
    ("count_card", "customer_id", "member"),
    ("count_card_entry", "customer_id", "member"),
    ("paid_membership", "customer_id", "member"),
    ("referral", "customer_id", "member"),
)
# What `moved` counts, per kind of record (a table's rows that changed, its name).
KIND_OF = {"customer_tag": "tags", "custom_value": "custom_values", "followup": "followups",
           "interaction": "interactions", "complaint": "complaints", "purchase": "purchases",
           "import_change": "import_history", "community_member": "community_members",
           "community_activity": "community_activity", "event_signup": "event_signups",
           "survey_answer": "survey_answers", "survey_response": "survey_responses",
           "member": "memberships", "member_card": "member_cards",
           "points_entry": "points_entries", "wallet_entry": "wallet_entries",
           "count_card": "count_cards", "count_card_entry": "count_card_entries",
           "paid_membership": "paid_terms", "referral": "referrals",
           "level_history": "level_history", "lead_assignment": "lead_assignments",
           "lead_grade_change": "lead_grades", "community": "communities_owned",
           "touch_rule": "stay_in_touch", "funnel_milestone": "funnel"}  # fmt: skip
# Contact values kept in the notes when they differ from the survivor's (never lost).
KEPT_IN_NOTES = {"mobile": "手机", "email": "邮箱", "wechat": "微信"}
# Fields chosen together (a lunar birthday's flags go with it).
CHOSEN_WITH = {"birthday": ("birthday_lunar", "birthday_leap")}
CHOOSABLE = tuple(f for f in TEXT_FIELDS if f != "notes")


@dataclass
class Merged:
    id: int  # the survivor
    merged: list[int]
    moved: dict[str, int] = field(default_factory=dict)
    merge_id: int = 0

    def to_json(self) -> dict:
        return {"id": self.id, "merged": self.merged, "moved": self.moved}


class CustomerMerge:
    """customer_merge rows (step 36), by raw SQL."""

    @staticmethod
    def insert(keep: int, merged: list[int], moved: dict, data: list[dict]) -> int:
        cursor = database.execute_sql(
            "INSERT INTO customer_merge (keep_id, merged, moved, images, at, staff)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (keep, json.dumps(merged), json.dumps(moved), images.dumps(data),
             clock.now().strftime("%Y-%m-%d %H:%M:%S"), audit.staff()),
        )  # fmt: skip
        return cursor.lastrowid


def _live(customer_id, role: str) -> Customer:
    try:
        cid = int(customer_id)
    except (TypeError, ValueError):
        cid = None
    row = None if cid is None else Customer.get_or_none(Customer.id == cid)
    if row is None:
        raise NotFoundError(f"no customer with id {customer_id}", customer_id=customer_id)
    if row.deleted_at is not None:
        raise ValidationError(role, "merge_binned",
                              f"customer {cid} is in the recycle bin", id=cid)  # fmt: skip
    if row.merged_into is not None:
        raise ValidationError(role, "merge_already_merged",
                              f"customer {cid} was already merged into {row.merged_into}",
                              id=cid, into=row.merged_into)  # fmt: skip
    if row.erased_at is not None:
        raise ValidationError(role, "already_erased", f"customer {cid} was erased", id=cid)
    return row


def check(keep, others) -> tuple[Customer, list[Customer]]:
    """The survivor and the others, refused (nothing written) when a merge cannot be."""
    others = list(others)
    if not others:
        raise ValidationError("merge", "merge_nothing", "name at least one customer to merge")
    survivor = _live(keep, "keep")
    rows, seen = [], {survivor.id}
    for other in others:
        row = _live(other, "other")
        if row.id == survivor.id:
            raise ValidationError("merge", "merge_self",
                                  f"cannot merge customer {row.id} into itself", id=row.id)  # fmt: skip
        if row.id in seen:
            raise ValidationError("merge", "merge_twice", f"customer {row.id} named twice")
        seen.add(row.id)
        rows.append(row)
    ids = [survivor.id, *(r.id for r in rows)]
    members = set()
    for table, column, how in REFERENCES:
        if how == "member":
            marks = ", ".join("?" * len(ids))
            sql = f'SELECT DISTINCT "{column}" FROM "{table}" WHERE "{column}" IN ({marks})'
            members |= {r[0] for r in database.execute_sql(sql, ids).fetchall()}
    if len(members) > 1:
        raise ValidationError("merge", "merge_two_members",
                              "more than one of them is a member: their ledgers cannot be "
                              "joined (transfer the balance first)",
                              ids=sorted(members))  # fmt: skip
    sql = (f"SELECT 1 FROM referral WHERE customer_id IN ({', '.join('?' * len(ids))})"
           f" AND introduced_by_id IN ({', '.join('?' * len(ids))})")  # fmt: skip
    if database.execute_sql(sql, ids + ids).fetchone():
        raise ValidationError("merge", "merge_own_referral",
                              "one introduced the other: the merge would refer to itself")  # fmt: skip
    return survivor, rows


def _parts(ids: list[int]) -> list[Part]:
    marks = ", ".join("?" * len(ids))
    # the customers themselves, and those merged into one of them before (apart: a
    # row in two parts would look created in one of them)
    parts = [Part("customer", "id"),
             Part("customer", where=f"merged_into IN ({marks}) AND id NOT IN ({marks})",
                  params=(*ids, *ids))]  # fmt: skip
    seen = {("customer", "merged_into")}
    for table, column, _how in REFERENCES:
        if (table, column) not in seen:
            seen.add((table, column))
            parts.append(Part(table, column))
    texts = tuple(str(i) for i in ids)
    parts.append(Part("touch_rule", where=f"scope = 'customer' AND target IN "
                      f"({', '.join('?' * len(texts))})", params=texts))  # fmt: skip
    parts.append(Part("preference", where="key = ?", params=(STATE_KEY,)))
    return parts


def _stamp(value) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value)) if value else dt.datetime.min


def field_values(survivor: Customer, others: list[Customer], choices: dict | None) -> dict:
    """The survivor's fields after the merge: chosen, else the newest non-empty."""
    everyone = {c.id: c for c in (survivor, *others)}
    newest = sorted(everyone.values(), key=lambda c: (_stamp(c.updated_at), c.id == survivor.id),
                    reverse=True)  # fmt: skip
    choices = dict(choices or {})
    out = {}
    for name in CHOOSABLE:
        pick = choices.get(name)
        if pick is not None:
            if int(pick) not in everyone:
                raise ValidationError(name, "merge_bad_choice",
                                      f"{name}: customer {pick} is not in the merge")  # fmt: skip
            source = everyone[int(pick)]
        else:
            source = next((c for c in newest if getattr(c, name)), survivor)
        out[name] = getattr(source, name)
        for extra in CHOSEN_WITH.get(name, ()):
            out[extra] = getattr(source, extra)
    kept = []
    for name, label in KEPT_IN_NOTES.items():
        values = [getattr(c, name) for c in (survivor, *others)]
        for value in dict.fromkeys(v for v in values if v and v != out[name]):
            kept.append(f"{label} {value}")
    notes = [n for n in dict.fromkeys(c.notes for c in (survivor, *others)) if n]
    if kept:
        notes.append("合并: " + "; ".join(kept))
    out["notes"] = "\n".join(notes)[:10000]
    return out


def merge(keep, others, choices: dict | None = None) -> Merged:
    """Merge `others` into `keep` in one transaction; returns what moved. Refuses
    (nothing written) an unknown, binned, erased or already merged id, the survivor
    among the others, or two members (see the module's note)."""
    with database.atomic():
        survivor, rows = check(keep, others)
        values = field_values(survivor, rows, choices)
        ids = [survivor.id, *(r.id for r in rows)]
        other_ids = ids[1:]
        parts = _parts(ids)
        before = images.read_all(parts, ids)
        _move(survivor.id, other_ids)
        _write_fields(survivor, rows, values)
        after = images.read_all(parts, ids)
        data = images.differences(parts, before, after)
        moved = {}
        for table, n in images.counts(data).items():
            kind = KIND_OF.get(table)
            if kind:
                moved[kind] = moved.get(kind, 0) + n
        merge_id = CustomerMerge.insert(survivor.id, other_ids, moved, data)
        audit.record("merge", "customer", survivor.id, count=len(other_ids),
                     detail=f"merged {len(other_ids)} into 1: {', '.join(map(str, other_ids))}"
                     f" → {survivor.id} ({survivor.name}); merge #{merge_id}")  # fmt: skip
    return Merged(survivor.id, other_ids, moved, merge_id)


def _in(ids: list[int]) -> str:
    return ", ".join(str(int(i)) for i in ids)


def _move(keep: int, others: list[int]) -> None:
    run = database.execute_sql
    them = _in(others)
    for table, column, how in REFERENCES:
        where = f'"{column}" IN ({them})'
        if how == "activity":  # the same community, day and kind: add the counts up
            run(f"UPDATE community_activity SET count = count + (SELECT SUM(o.count) FROM"
                f" community_activity o WHERE o.customer_id IN ({them}) AND"
                f" o.community_id = community_activity.community_id AND o.day ="
                f" community_activity.day AND o.kind = community_activity.kind) WHERE"
                f" customer_id = {keep} AND EXISTS (SELECT 1 FROM community_activity o WHERE"
                f" o.customer_id IN ({them}) AND o.community_id ="
                f" community_activity.community_id AND o.day = community_activity.day AND"
                f" o.kind = community_activity.kind)")  # fmt: skip
            run(f"DELETE FROM community_activity WHERE customer_id IN ({them}) AND EXISTS"
                f" (SELECT 1 FROM community_activity k WHERE k.customer_id = {keep} AND"
                f" k.community_id = community_activity.community_id AND k.day ="
                f" community_activity.day AND k.kind = community_activity.kind)")  # fmt: skip
        if how in ("unique", "activity"):
            run(f'UPDATE OR IGNORE "{table}" SET "{column}" = {keep} WHERE {where}')
            run(f'DELETE FROM "{table}" WHERE {where}')  # the survivor has the same one
        else:
            run(f'UPDATE "{table}" SET "{column}" = {keep} WHERE {where}')
    rules = [str(keep), *(str(o) for o in others)]
    marks = ", ".join("?" * len(rules))
    found = run(f"SELECT id, target FROM touch_rule WHERE scope = 'customer' AND target IN"
                f" ({marks}) ORDER BY target = ? DESC, id", [*rules, str(keep)]).fetchall()  # fmt: skip
    if found:  # the survivor's rule, else the first other's, now the survivor's
        run("UPDATE touch_rule SET target = ? WHERE id = ?", (str(keep), found[0][0]))
        for rule_id, _target in found[1:]:
            run("DELETE FROM touch_rule WHERE id = ?", (rule_id,))
    if preferences.get(STATE_KEY) is not None:  # RFM: rescored at the next look
        state = dict(preferences.get(STATE_KEY))
        state["purchases"] = None
        preferences.put(STATE_KEY, state)


def _write_fields(survivor: Customer, rows: list[Customer], values: dict) -> None:
    now = clock.now()
    if values.get("number"):  # the number moves to the survivor (it is unique)
        Customer.update(number="").where(
            Customer.id.in_([r.id for r in rows]) & (Customer.number == values["number"])
        ).execute()  # fmt: skip
    Customer.update(**with_sort_keys(values), updated_at=now).where(
        Customer.id == survivor.id
    ).execute()  # fmt: skip
    other_ids = [r.id for r in rows]
    Customer.update(merged_into=survivor.id, updated_at=now, tag_count=0).where(
        Customer.id.in_(other_ids)
    ).execute()  # fmt: skip
    tags = database.execute_sql(
        "SELECT COUNT(*) FROM customer_tag WHERE customer_id = ?", (survivor.id,)
    ).fetchone()[0]
    Customer.update(tag_count=tags).where(Customer.id == survivor.id).execute()
    everyone = [survivor.id, *other_ids]
    refresh_summary(everyone)
    refresh_next(everyone)
    refresh_last(everyone)
    reindex([survivor.id])
    search_index.remove(other_ids)
    # Lead scores now, inside the images: the window's and the CLI's flush after the
    # change would otherwise rescore the survivor outside them (and undo would refuse).
    lead_scores.rescore(everyone)


# ---------------------------------------------------------------- undo and reading


@dataclass
class Undone:
    id: int  # the survivor
    merged: list[int]  # back as they were
    merge_id: int

    def to_json(self) -> dict:
        return {"id": self.id, "unmerged": self.merged, "merge": self.merge_id}


def last_merge(keep) -> int | None:
    """The newest merge into `keep` not undone yet (its customer_merge id), or None."""
    row = database.execute_sql(
        "SELECT id FROM customer_merge WHERE keep_id = ? AND undone_at IS NULL"
        " ORDER BY id DESC LIMIT 1", (int(keep),),
    ).fetchone()  # fmt: skip
    return row[0] if row else None


def undo(merge_id: int) -> Undone:
    """Put every row the merge touched back as it was, in one transaction; refused
    ("undo_conflict", nothing written) when one of them changed since."""
    with database.atomic():
        row = database.execute_sql(
            "SELECT keep_id, merged, images, undone_at FROM customer_merge WHERE id = ?",
            (int(merge_id),),
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no merge #{merge_id}", merge=merge_id)
        keep, merged, data, undone_at = row[0], json.loads(row[1]), row[2], row[3]
        if undone_at is not None:
            raise ValidationError("merge", "merge_undone", f"merge #{merge_id} was undone already")
        images.put_back(images.loads(data))
        reindex([keep, *merged])
        database.execute_sql(
            "UPDATE customer_merge SET undone_at = ? WHERE id = ?",
            (clock.now().strftime("%Y-%m-%d %H:%M:%S"), int(merge_id)),
        )
        audit.record("undo", "customer", keep, count=len(merged),
                     detail=f"merge #{merge_id} undone: {', '.join(map(str, merged))}"
                     f" apart from {keep} again")  # fmt: skip
    return Undone(keep, merged, int(merge_id))


def undo_last(keep) -> Undone:
    """Undo the newest merge into `keep` (guanjia merge --undo KEEP)."""
    _found = Customer.get_or_none(Customer.id == _id(keep))
    if _found is None:
        raise NotFoundError(f"no customer with id {keep}", customer_id=keep)
    merge_id = last_merge(_found.id)
    if merge_id is None:
        raise ValidationError("merge", "merge_none", f"nothing was merged into {keep}", id=keep)
    return undo(merge_id)


def _id(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1


def survivor_of(customer_id) -> int | None:
    """The customer an id now stands for: itself, or the survivor it was merged into
    (followed through merges of merges); None when there is no such customer."""
    cid, seen = _id(customer_id), set()
    while cid not in seen:
        seen.add(cid)
        row = Customer.get_or_none(Customer.id == cid)
        if row is None:
            return None
        if row.merged_into is None:
            return row.id
        cid = row.merged_into
    return None


def merges(limit: int = 50) -> list[dict]:
    """The newest merges: {id, keep, merged, moved, at, staff, undone}."""
    rows = database.execute_sql(
        "SELECT id, keep_id, merged, moved, at, staff, undone_at FROM customer_merge"
        " ORDER BY id DESC LIMIT ?", (limit,),
    ).fetchall()  # fmt: skip
    return [{"id": r[0], "keep": r[1], "merged": json.loads(r[2]), "moved": json.loads(r[3]),
             "at": r[4], "staff": r[5], "undone": r[6] is not None} for r in rows]  # fmt: skip
