"""The members of a community: join (one, many, by search or tag), leave, change role,
list them, and a customer's communities. One row per membership period: leaving sets
left_on and keeps the row; rejoining opens a new one. Customers in the recycle bin keep
their history but are hidden from the lists and cannot join or leave."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import SQL, fn

from models import clock
from models.communities import communities
from models.communities.tables import CAME_BY, LEVELS, ROLES, Community, CommunityMember
from models.customers import customer_list
from models.customers.customer_filter import CustomerFilter
from models.customers.record import Customer
from models.errors import NotFoundError, ValidationError
from models.storage import audit
from models.storage.db import database
from models.tags import tags
from models.values import date_input

ROLE_WORDS = {"群主": "owner", "管理员": "admin", "骨干": "backbone", "成员": "member"}
CAME_BY_WORDS = {"二维码": "qr", "邀请": "invite", "链接": "link", "活动": "event",
                 "门店": "store", "其他": "other"}  # fmt: skip
LEVEL_WORDS = {"核心": "core", "活跃": "active", "参与": "participant", "观望": "watcher",
               "沉默": "silent"}  # fmt: skip
NAMES_SHOWN = 5  # names in an audit detail or an error, then "… (+N)"
CHUNK = 500


def role_code(text) -> str:
    code = communities.code_of(text, ROLES, ROLE_WORDS, "role")
    return code or "member"


def level_code(text) -> str:
    return communities.code_of(text, LEVELS, LEVEL_WORDS, "level")


@dataclass
class JoinResult:
    """What a join did: who joined, who was a member already (nothing written for them),
    who did not fit (over capacity: see start_next_group), and the capacity state after."""

    community_id: int
    joined: list[int] = field(default_factory=list)
    already: list[int] = field(default_factory=list)
    overflow: list[int] = field(default_factory=list)
    members: int = 0
    capacity: int | None = None
    capacity_state: str = "ok"
    next_group: int | None = None  # the "XX 2群" the overflow joined (with overflow=True)
    next_group_joined: list[int] = field(default_factory=list)


def _names(ids) -> str:
    ids = list(ids)
    names = dict(Customer.select(Customer.id, Customer.name)
                 .where(Customer.id.in_(ids[:NAMES_SHOWN])).tuples())  # fmt: skip
    shown = ", ".join(names.get(i, f"#{i}") for i in ids[:NAMES_SHOWN])
    return shown + (f", … (+{len(ids) - NAMES_SHOWN})" if len(ids) > NAMES_SHOWN else "")


def _check_customers(ids: list[int]) -> None:
    """Every id a customer not in the recycle bin: NotFoundError or ValidationError."""
    found = {}
    for i in range(0, len(ids), CHUNK):
        part = ids[i : i + CHUNK]
        found.update(Customer.select(Customer.id, Customer.deleted_at)
                     .where(Customer.id.in_(part)).tuples())  # fmt: skip
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFoundError(f"customer {missing[0]} not found", id=missing[0])
    in_bin = [i for i in ids if found[i] is not None]
    if in_bin:
        names = _names(in_bin)
        raise ValidationError("customers", "customer_in_bin",
                              f"in the recycle bin: {names}", names=names)  # fmt: skip


def _open_periods(community_id: int, ids: list[int]) -> dict[int, CommunityMember]:
    out = {}
    for i in range(0, len(ids), CHUNK):
        query = CommunityMember.select().where(
            (CommunityMember.community == community_id) & CommunityMember.left_on.is_null()
            & CommunityMember.customer.in_(ids[i : i + CHUNK]))  # fmt: skip
        out.update({m.customer_id: m for m in query})
    return out


def _day(value, name: str) -> dt.date:
    if value in (None, ""):
        return clock.today()
    if isinstance(value, dt.date):
        return value
    try:
        return date_input.parse_date(str(value))
    except ValidationError as exc:
        exc.field = name
        raise


def join(
    community_id: int,
    customer_ids,
    role: str = "member",
    joined_on=None,
    invited_by: int | None = None,
    came_by: str = "",
    overflow: bool = False,
) -> JoinResult:
    """Joins the customers. Active members already are reported in `already` (nothing
    written for them). Past capacity, the first ones fill the group and the rest are
    in `overflow` (not joined) unless `overflow` is True: then they join the next group
    ("XX 2群", made if needed) and `overflow_group` says which."""
    ids = list(dict.fromkeys(int(i) for i in customer_ids))
    role = role_code(role)
    came_by = communities.code_of(came_by, CAME_BY, CAME_BY_WORDS, "came_by")
    day = _day(joined_on, "joined_on")
    with database.atomic():
        community = communities.get_live(community_id)
        if not ids:
            raise ValidationError("customers", "no_customers", "no customers given")
        _check_customers(ids)
        if invited_by is not None:
            inviter = Customer.get_or_none(Customer.id == invited_by)
            if inviter is None:
                raise NotFoundError(f"customer {invited_by} not found", id=invited_by)
        open_now = _open_periods(community_id, ids)
        result = JoinResult(community_id, capacity=community.capacity)
        result.already = [i for i in ids if i in open_now]
        new = [i for i in ids if i not in open_now]
        count = communities.member_count(community_id)
        if community.capacity is not None and count + len(new) > community.capacity:
            room = max(0, community.capacity - count)
            new, result.overflow = new[:room], new[room:]
        _insert(community_id, new, role, day, invited_by, came_by)
        result.joined = new
        if new:
            audit.record("join", "community", community_id, count=len(new),
                         detail=f"{community.name}: {_names(new)}")  # fmt: skip
        result.members = count + len(new)
        result.capacity_state = communities.capacity_state(result.members, community.capacity)
        if overflow and result.overflow:
            result.next_group, more = start_next_group(
                community_id, result.overflow, role, joined_on, invited_by, came_by)  # fmt: skip
            result.next_group_joined, result.overflow = more.joined, more.overflow
    return result


def overflow_count(community_id: int, customer_ids) -> int:
    """How many of the customers a join would leave out for want of room (to ask first
    whether they should start the next group)."""
    community = communities.get_live(community_id)
    ids = list(dict.fromkeys(int(i) for i in customer_ids))
    if community.capacity is None:
        return 0
    new = len(ids) - len(_open_periods(community_id, ids))
    return max(0, communities.member_count(community_id) + new - community.capacity)


def _insert(community_id, ids, role, day, invited_by, came_by) -> None:
    now = clock.now()
    rows = [dict(community=community_id, customer=i, role=role, joined_on=day,
                 invited_by=invited_by, came_by=came_by, created_at=now) for i in ids]  # fmt: skip
    for i in range(0, len(rows), CHUNK):
        CommunityMember.insert_many(rows[i : i + CHUNK]).execute()


def start_next_group(
    community_id: int,
    customer_ids,
    role: str = "member",
    joined_on=None,
    invited_by: int | None = None,
    came_by: str = "",
) -> tuple[int, JoinResult]:
    """The "start the next group" offer: a new community "XX 2群" like XX (platform,
    kinds, capacity; overflow_of = XX) with the customers joined there, in one transaction."""
    with database.atomic():
        new_id = new_next_group(community_id)
        result = join(new_id, customer_ids, role, joined_on, invited_by, came_by)
    return new_id, result


def new_next_group(community_id: int) -> int:
    """The community "XX 2群" (the next number free) like XX: its platform, kinds, owner
    and capacity, overflow_of = XX; created (and audited) in the caller's transaction.
    A join's overflow and a member import's (community_member_import) start it."""
    community = communities.get_live(community_id)
    return communities.create(
        {"name": communities.next_group_name(community), "platform": community.platform,
         "run_by": community.run_by, "bond": community.bond, "purpose": community.purpose,
         "owner_staff": community.owner_staff, "capacity": community.capacity},
        overflow_of=community.id,
    )  # fmt: skip


def ids_by_search(text: str) -> list[int]:
    """The live customers a search text finds (as the customer list's search does)."""
    if not str(text or "").strip():
        raise ValidationError("search", "required", "give a search text")
    return customer_list.matching_ids(CustomerFilter(search=text))


def ids_by_tag(name: str) -> list[int]:
    """The live customers with the tag (NotFoundError "tag_not_found" for no such tag)."""
    (tag,) = tags.tags_by_name([name])
    return customer_list.matching_ids(CustomerFilter(tags=(tag.id,)))


def leave(community_id: int, customer_ids, left_on=None) -> list[int]:
    """Closes the customers' open periods on `left_on` (default today). Refuses (nothing
    written) a customer who is not a member, in the bin, or a date before the join."""
    ids = list(dict.fromkeys(int(i) for i in customer_ids))
    day = _day(left_on, "left_on")
    with database.atomic():
        community = communities.get_live(community_id)
        if not ids:
            raise ValidationError("customers", "no_customers", "no customers given")
        _check_customers(ids)
        open_now = _open_periods(community_id, ids)
        not_members = [i for i in ids if i not in open_now]
        if not_members:
            names = _names(not_members)
            raise ValidationError("customers", "not_member",
                                  f"not a member of {community.name}: {names}",
                                  names=names, community=community.name)  # fmt: skip
        early = [i for i in ids if open_now[i].joined_on > day]
        if early:
            raise ValidationError("left_on", "leave_before_join",
                                  f"the leave date {day} is before the join date of "
                                  f"{_names(early)}", names=_names(early), text=str(day))  # fmt: skip
        for i in range(0, len(ids), CHUNK):
            CommunityMember.update(left_on=day).where(
                CommunityMember.id.in_([open_now[c].id for c in ids[i : i + CHUNK]])).execute()  # fmt: skip
        audit.record("leave", "community", community_id, count=len(ids),
                     detail=f"{community.name}: {_names(ids)}")  # fmt: skip
    return ids


def set_role(community_id: int, customer_id: int, role: str) -> None:
    role = role_code(role)
    with database.atomic():
        community = communities.get_live(community_id)
        _check_customers([customer_id])
        period = _open_periods(community_id, [customer_id]).get(customer_id)
        if period is None:
            names = _names([customer_id])
            raise ValidationError("customers", "not_member", f"not a member: {names}",
                                  names=names, community=community.name)  # fmt: skip
        if period.role == role:
            return
        CommunityMember.update(role=role).where(CommunityMember.id == period.id).execute()
        audit.record("edit", "community", community_id,
                     detail=f"{community.name}: {_names([customer_id])}: "
                     + audit.changes({"role": period.role}, {"role": role}))  # fmt: skip


def set_roles(community_id: int, customer_ids, role: str) -> None:
    """set_role for several members, all or nothing."""
    with database.atomic():
        for customer_id in customer_ids:
            set_role(community_id, customer_id, role)


def members(
    community_id: int,
    role: str = "",
    level: str = "",
    left: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict]:
    """The members (open periods; with `left` the periods that ended), customers in the
    bin left out, by name. `level` is the engagement level kept by the recompute."""
    communities.find(community_id)
    query = (
        CommunityMember.select(CommunityMember.customer.alias("customer_id"), Customer.name,
                               CommunityMember.role, CommunityMember.joined_on.alias("joined"),
                               CommunityMember.left_on.alias("left"), CommunityMember.level,
                               CommunityMember.level_before, CommunityMember.invited_by,
                               CommunityMember.came_by, CommunityMember.id.alias("period_id"))
        .join(Customer, on=(CommunityMember.customer == Customer.id))
        .where((CommunityMember.community == community_id) & Customer.deleted_at.is_null())
        .order_by(Customer.name_key, Customer.id, CommunityMember.joined_on)
    )  # fmt: skip
    query = query.where(
        CommunityMember.left_on.is_null(False) if left else CommunityMember.left_on.is_null()
    )
    if role:
        query = query.where(CommunityMember.role == role_code(role))
    if level:
        query = query.where(CommunityMember.level == level_code(level))
    if limit is not None:
        query = query.limit(limit).offset(offset)
    return list(query.dicts())


def communities_of(customer_id: int, with_past: bool = False) -> list[dict]:
    """The customer's communities (for the card): open periods, or all with `with_past`.
    One indexed query (community_member's customer index)."""
    query = (
        CommunityMember.select(CommunityMember.community.alias("community_id"), Community.name,
                               CommunityMember.role, CommunityMember.joined_on.alias("joined"),
                               CommunityMember.left_on.alias("left"), CommunityMember.level)
        .join(Community, on=(CommunityMember.community == Community.id))
        .where((CommunityMember.customer == customer_id) & Community.archived_at.is_null())
        .order_by(CommunityMember.joined_on.desc())
    )  # fmt: skip
    if not with_past:
        query = query.where(CommunityMember.left_on.is_null())
    return list(query.dicts())


def member_counts() -> dict[int, int]:
    """{community id: live members} (for a picker)."""
    return dict(
        CommunityMember.select(CommunityMember.community, fn.COUNT(SQL("*")))
        .join(Customer, on=(CommunityMember.customer == Customer.id))
        .where(CommunityMember.left_on.is_null() & Customer.deleted_at.is_null())
        .group_by(CommunityMember.community).tuples()
    )  # fmt: skip


def customer_names(ids) -> dict[int, str]:
    """{id: name} of the given customers (for a picker)."""
    ids = list(ids)
    out = {}
    for i in range(0, len(ids), CHUNK):
        out.update(Customer.select(Customer.id, Customer.name)
                   .where(Customer.id.in_(ids[i : i + CHUNK])).tuples())  # fmt: skip
    return out
