"""Community activity recorded by staff: a count per member, community, day and kind
(message = spoke in the group, post, answer, invite, attend / organise an event,
purchase = bought after a community post). Recording adds to the day's count; the
engagement levels of the community are recomputed in the same transaction.

Undo (the window) keeps the before- and after-images of the activity rows a write
touched (models.storage.row_changes): `recording` around the write, `write` to undo or
redo it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models import clock
from models.communities import engagement
from models.communities.tables import ACTIVITY_KINDS, Community, CommunityActivity, CommunityMember
from models.customers.record import Customer
from models.errors import ValidationError
from models.storage import audit, row_changes
from models.storage.db import database, writable
from models.storage.row_changes import RowChanges, Scope

COUNT_MAX = 100_000  # more in one day for one member is a typing slip

# Words users type (CLI, sheets) for each kind, Chinese and English.
KIND_WORDS = {
    "message": ("发言", "消息", "说话", "speak", "messages"),
    "post": ("发帖", "发布", "分享", "posts"),
    "answer": ("答疑", "回答", "解答", "answers"),
    "invite": ("邀请", "拉人", "invites"),
    "attend": ("参加活动", "参加", "出席", "attended"),
    "organise": ("组织活动", "组织", "organize", "organised", "organized"),
    "purchase": ("购买", "下单", "buy", "purchases"),
}
_LOOKUP = {code: code for code in ACTIVITY_KINDS}
_LOOKUP.update({w.lower(): code for code, words in KIND_WORDS.items() for w in words})


def parse_kind(text: str) -> str:
    """The code for a kind word ('发言', 'message'); ValidationError if unknown."""
    code = _LOOKUP.get(str(text or "").strip().lower())
    if code is None:
        raise ValidationError(
            "kind", "activity_kind_invalid",
            f"'{text}' is not one of: " + ", ".join(f"{k} ({KIND_WORDS[k][0]})"
                                                    for k in ACTIVITY_KINDS),
            text=str(text),
        )  # fmt: skip
    return code


@dataclass
class Recorded:
    community_id: int
    kind: str
    day: dt.date
    customer_ids: list[int]
    added: int  # rows new for the day
    updated: int  # rows whose count grew
    count: int  # the total added to the counts


def _check(community_id: int, entries, kind: str, day: dt.date | None):
    """The entries merged per customer ({customer: count}), the kind code and the day;
    ValidationError for anything refused (nothing is written before this passes)."""
    kind = parse_kind(kind)
    day = day or clock.today()
    if day > clock.today():
        raise ValidationError("day", "activity_day_future", f"{day} is in the future",
                              day=day.isoformat())  # fmt: skip
    community = Community.get_or_none(Community.id == community_id)
    if community is None:
        raise ValidationError("community", "community_not_found",
                              f"no community {community_id}", id=community_id)  # fmt: skip
    counts: dict[int, int] = {}
    for customer, count in entries:
        if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= COUNT_MAX:
            raise ValidationError("count", "activity_count_invalid",
                                  f"a count from 1 to {COUNT_MAX}, not {count!r}",
                                  limit=COUNT_MAX)  # fmt: skip
        counts[int(customer)] = counts.get(int(customer), 0) + count
    if not counts:
        raise ValidationError("customers", "activity_no_customers", "no customers given")
    found = {c.id: c for c in Customer.select(Customer.id, Customer.name, Customer.deleted_at)
             .where(Customer.id.in_(list(counts)))}  # fmt: skip
    missing = [i for i in counts if i not in found]
    if missing:
        raise ValidationError("customers", "activity_customer_missing",
                              f"no customer {missing[0]}", id=missing[0])  # fmt: skip
    deleted = [c for c in found.values() if c.deleted_at is not None]
    if deleted:
        raise ValidationError("customers", "activity_customer_deleted",
                              f"{deleted[0].name} (#{deleted[0].id}) is in the recycle bin",
                              id=deleted[0].id, name=deleted[0].name)  # fmt: skip
    members = {m.customer_id for m in CommunityMember.select(CommunityMember.customer).where(
        (CommunityMember.community == community_id)
        & CommunityMember.customer.in_(list(counts))
        & (CommunityMember.joined_on <= day)
        & (CommunityMember.left_on.is_null() | (CommunityMember.left_on >= day)))}  # fmt: skip
    outsiders = [found[i] for i in counts if i not in members]
    if outsiders:
        who = outsiders[0]
        raise ValidationError("customers", "activity_not_member",
                              f"{who.name} (#{who.id}) was not a member of {community.name} "
                              f"on {day}", id=who.id, name=who.name,
                              community=community.name, day=day.isoformat())  # fmt: skip
    return counts, kind, day, found, community


def record(community_id: int, entries, kind: str = "message", day: dt.date | None = None,
           recompute_levels: bool = True) -> Recorded:  # fmt: skip
    """Add `entries` ((customer id, count) pairs) of `kind` on `day` (today) to the
    community's activity: one transaction with its audit entry and (unless told not to)
    the community's levels recomputed. Refused input raises ValidationError and writes
    nothing."""
    counts, kind, day, customers, community = _check(community_id, list(entries), kind, day)
    now = clock.now()
    with database.atomic():
        existing = {a.customer_id: a for a in CommunityActivity.select().where(
            (CommunityActivity.community == community_id) & (CommunityActivity.day == day)
            & (CommunityActivity.kind == kind)
            & CommunityActivity.customer.in_(list(counts)))}  # fmt: skip
        new = [{"community": community_id, "customer": c, "day": day, "kind": kind,
                "count": n, "created_at": now} for c, n in counts.items() if c not in existing]  # fmt: skip
        for i in range(0, len(new), 500):
            CommunityActivity.insert_many(new[i : i + 500]).execute()
        for customer, row in existing.items():
            CommunityActivity.update(count=CommunityActivity.count + counts[customer]).where(
                CommunityActivity.id == row.id).execute()  # fmt: skip
        names = [customers[c].name for c in counts]
        audit.record("activity", "community", community_id, count=len(counts), detail=(
            f"community: {community.name}; kind: {kind}; day: {day.isoformat()}; "
            f"count: {sum(counts.values())}; customers: {audit.names(names)}"))  # fmt: skip
        if recompute_levels:
            engagement.recompute([community_id])
    return Recorded(community_id, kind, day, sorted(counts), len(new), len(existing),
                    sum(counts.values()))  # fmt: skip


# ---------------------------------------------------------------- undo and redo


def recording(community_id: int, customer_ids, kind: str, day: dt.date | None = None):
    """A context manager around `record(...)` with the same arguments: the yielded
    RowChanges holds the activity rows it created or changed."""
    try:
        kind = parse_kind(kind)
    except ValidationError:
        kind = str(kind)  # the write itself refuses it
    day = day or clock.today()
    return row_changes.recording([Scope(CommunityActivity, (
        (CommunityActivity.community == community_id) & (CommunityActivity.day == day)
        & (CommunityActivity.kind == kind)
        & CommunityActivity.customer.in_([int(c) for c in customer_ids])))])  # fmt: skip


def customer_ids(changes: RowChanges) -> list[int]:
    return sorted(changes.touched(CommunityActivity, "customer"))


def write(changes: RowChanges, to_after: bool) -> None:
    """Redo (`to_after`) or undo a recorded write, then recompute the levels of the
    communities it touched; ValidationError "undo_conflict" (nothing written) when a row
    was changed since."""
    with database.atomic():
        changes.write(to_after)
        engagement.recompute(changes.touched(CommunityActivity, "community"))


def describe(changes: RowChanges) -> str:
    """The undo/redo audit entry's detail: which communities, kinds and days."""
    rows = changes.images(CommunityActivity, True) + changes.images(CommunityActivity, False)
    keys = sorted({(r["community"], r["kind"], str(r["day"])) for r in rows})
    return " | ".join(f"community: #{c}; kind: {k}; day: {d}" for c, k, d in keys[:5])


# ---------------------------------------------------------------- from event check-ins


def members_on(community_id: int, customer_ids, day: dt.date) -> set[int]:
    """Those of `customer_ids` who were members of the community on `day` (a period
    open that day)."""
    ids = sorted({int(c) for c in customer_ids})
    found: set[int] = set()
    for i in range(0, len(ids), 900):
        query = CommunityMember.select(CommunityMember.customer).where(
            (CommunityMember.community == community_id)
            & CommunityMember.customer.in_(ids[i : i + 900])
            & (CommunityMember.joined_on <= day)
            & (CommunityMember.left_on.is_null() | (CommunityMember.left_on >= day)))  # fmt: skip
        found |= {c for (c,) in query.tuples()}
    return found


def adjust(community_id: int, deltas, recompute_levels: bool = True) -> None:
    """Add (or, negative, take back) counts: `deltas` are (customer, day, kind, delta).
    A count brought to 0 removes its row; below 0 (someone took it away meanwhile) is
    refused: ValidationError "undo_conflict", nothing written. The caller audits (an
    event check-in, its undo); the community's levels are recomputed in the same
    transaction. Counts added by others the same day stay: only the delta moves. One
    read, one insert, one update and one delete per day and kind (500 at a time)."""
    groups: dict[tuple, dict[int, int]] = {}
    for customer, day, kind, delta in deltas:
        if delta:
            group = groups.setdefault((day, kind), {})
            group[int(customer)] = group.get(int(customer), 0) + int(delta)
    if not groups:
        return
    now = clock.now()
    with database.atomic():
        for (day, kind), by_customer in groups.items():
            ids = sorted(by_customer)
            for i in range(0, len(ids), 500):
                _adjust_chunk(community_id, day, kind, {c: by_customer[c] for c in ids[i : i + 500]},
                              now)  # fmt: skip
        if recompute_levels:
            engagement.recompute([community_id])


def _adjust_chunk(community_id: int, day, kind: str, deltas: dict[int, int], now) -> None:
    rows = {c: (rid, n) for rid, c, n in CommunityActivity.select(
        CommunityActivity.id, CommunityActivity.customer, CommunityActivity.count).where(
        (CommunityActivity.community == community_id) & (CommunityActivity.day == day)
        & (CommunityActivity.kind == kind)
        & CommunityActivity.customer.in_(list(deltas))).tuples()}  # fmt: skip
    new, changed, gone = [], [], []
    for customer, delta in deltas.items():
        rid, count = rows.get(customer, (None, 0))
        count += delta
        if count < 0:
            raise ValidationError("undo", "undo_conflict",
                                  "the activity was changed since (elsewhere)",
                                  table="community_activity")  # fmt: skip
        if rid is None:
            if count:
                new.append({"community": community_id, "customer": customer, "day": day,
                            "kind": kind, "count": count, "import_run": None,
                            "created_at": now})  # fmt: skip
        elif count == 0:
            gone.append(rid)
        else:
            changed.append((count, rid))
    if new:
        CommunityActivity.insert_many(new).execute()
    if changed:
        writable()  # the raw executemany bypasses the integrity gate's own wait
        database.cursor().executemany(
            "UPDATE community_activity SET count = ? WHERE id = ?", changed)  # fmt: skip
    if gone:
        CommunityActivity.delete().where(CommunityActivity.id.in_(gone)).execute()


def counts_of(community_id: int, kinds=("attend", "organise")) -> dict[tuple, int]:
    """{(customer, day, kind): count} of the community's rows of `kinds` (what an event
    write's undo compares before and after)."""
    query = CommunityActivity.select(CommunityActivity.customer, CommunityActivity.day,
                                     CommunityActivity.kind, CommunityActivity.count).where(
        (CommunityActivity.community == community_id) & CommunityActivity.kind.in_(list(kinds)))  # fmt: skip
    return {(c, d, k): n for c, d, k, n in query.tuples()}
