"""Communities (社群): add, edit, archive, get and list them, with the capacity rule
(500 for a WeChat group, 200 for a 企业微信 group, a warning at 90 %) and the SMART
goal's progress. The members themselves are in members.py."""

from __future__ import annotations

import datetime as dt

from peewee import fn

from models import clock
from models.communities.live import not_binned
from models.communities.tables import (
    BONDS,
    DEFAULT_CAPACITY,
    PLATFORMS,
    PURPOSES,
    RUN_BY,
    STAGES,
    Community,
)
from models.customers.record import Customer
from models.errors import NotFoundError, ValidationError
from models.storage import audit
from models.storage.db import database
from models.values import date_input

# The Chinese words the CLI and the imports accept besides the codes.
PLATFORM_WORDS = {"微信群": "wechat_group", "企业微信客户群": "wecom_group",
                  "企业微信群": "wecom_group", "企业微信": "wecom_group", "QQ群": "qq_group",
                  "公众号粉丝": "fans", "论坛/小程序": "forum", "论坛": "forum",
                  "小程序": "forum", "线下俱乐部": "club", "其他": "other"}  # fmt: skip
STAGE_WORDS = {"建立前期": "start", "成长期": "growth", "沉淀期": "mature"}
RUN_BY_WORDS = {"会员组织": "member_org", "粉丝社群": "fans", "生态联盟": "alliance"}
BOND_WORDS = {"内容型": "content", "社交型": "social"}
PURPOSE_WORDS = {"社交": "social", "倡导": "advocacy", "支持": "support", "洞察": "insight"}
NEAR_FULL = 0.9  # warn when a group is this full
ACTIVE_DAYS = 30  # "active": any activity row in the last 30 days

# The fields edit() takes (and create(); "name" is required there).
FIELDS = ("name", "platform", "run_by", "bond", "purpose", "owner_customer", "owner_staff",
          "stage", "capacity", "goal_members", "goal_active_permille", "goal_by", "notes")  # fmt: skip


def code_of(text, codes: tuple[str, ...], words: dict[str, str], field: str, code: str = "") -> str:
    """A code from its code or its Chinese word; "" stays ""; ValidationError otherwise."""
    value = ("" if text is None else str(text)).strip()
    if value == "" or value in codes:
        return value
    if value in words:
        return words[value]
    lowered = {k.lower(): v for k, v in words.items()}
    if value.lower() in lowered:
        return lowered[value.lower()]
    raise ValidationError(
        field, code or f"{field}_invalid", f"unknown {field} {value!r}", text=value
    )


def _whole(value, field: str) -> int | None:
    if value in (None, ""):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValidationError(field, "not_a_number", f"{field} must be a whole number",
                              text=str(value)) from None  # fmt: skip
    if number < 0 or (field == "capacity" and number == 0):
        raise ValidationError(field, "out_of_range", f"{field} must be above 0", text=str(value))
    return number


def _day(value, field: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return date_input.parse_date(str(value))
    except ValidationError as exc:
        exc.field = field
        raise


def get_live(community_id: int) -> Community:
    """The community, refusing an unknown one (NotFoundError) or an archived one."""
    community = Community.get_or_none(Community.id == community_id)
    if community is None:
        raise NotFoundError(f"no community {community_id}", "community_not_found", id=community_id)
    if community.archived_at is not None:
        raise ValidationError("community", "community_archived",
                              f"community {community.name!r} is archived", name=community.name)  # fmt: skip
    return community


def find(community_id: int) -> Community:
    """The community, archived or not (NotFoundError for an unknown one)."""
    community = Community.get_or_none(Community.id == community_id)
    if community is None:
        raise NotFoundError(f"no community {community_id}", "community_not_found", id=community_id)
    return community


def _clean(data: dict, current: dict) -> dict:
    """The changed values, checked; `current` the row as it is (empty for a new one)."""
    clean = {}
    for key in data:
        if key not in FIELDS:
            raise ValidationError(key, "unknown_field", f"no community field {key!r}")
    if "name" in data:
        name = " ".join(str(data["name"] or "").split())
        if not name:
            raise ValidationError("name", "required", "a community needs a name")
        if len(name) > 100:
            raise ValidationError("name", "too_long", "the name is longer than 100 characters")
        clean["name"] = name
    words = {"platform": (PLATFORMS, PLATFORM_WORDS), "run_by": (RUN_BY, RUN_BY_WORDS),
             "bond": (BONDS, BOND_WORDS), "purpose": (PURPOSES, PURPOSE_WORDS),
             "stage": (STAGES, STAGE_WORDS)}  # fmt: skip
    for key, (codes, zh) in words.items():
        if key in data:  # "stage_invalid" is the lifecycle stage's code
            code = "community_stage_invalid" if key == "stage" else ""
            clean[key] = code_of(data[key], codes, zh, key, code)
    if clean.get("stage") == "":
        clean["stage"] = "start"
    for key in ("capacity", "goal_members", "goal_active_permille", "owner_customer"):
        if key in data:
            clean[key] = _whole(data[key], key)
    if (clean.get("goal_active_permille") or 0) > 1000:
        raise ValidationError(
            "goal_active_permille", "out_of_range", "an active rate is at most 100 %"
        )
    if clean.get("owner_customer") is not None:
        owner = Customer.get_or_none(Customer.id == clean["owner_customer"])
        if owner is None or owner.deleted_at is not None:
            raise NotFoundError(f"customer {clean['owner_customer']} not found",
                                id=clean["owner_customer"])  # fmt: skip
    if "goal_by" in data:
        clean["goal_by"] = _day(data["goal_by"], "goal_by")
    for key in ("owner_staff", "notes"):
        if key in data:
            clean[key] = str(data[key] or "").strip()
    name = clean.get("name")
    if name and name != current.get("name"):
        _check_name_free(name, current.get("id"))
    return clean


def _check_name_free(name: str, community_id: int | None) -> None:
    query = Community.select(Community.id).where(
        (fn.LOWER(Community.name) == name.lower()) & Community.archived_at.is_null()
    )
    if community_id is not None:
        query = query.where(Community.id != community_id)
    if query.exists():
        raise ValidationError("name", "community_name_taken",
                              f"a community named {name!r} exists already", name=name)  # fmt: skip


def create(data: dict, overflow_of: int | None = None) -> int:
    """A new community; its id. The capacity defaults by platform (500, 200)."""
    if not str(data.get("name") or "").strip():
        raise ValidationError("name", "required", "a community needs a name")
    with database.atomic():
        clean = _clean(data, {})
        if clean.get("capacity") is None:
            clean["capacity"] = DEFAULT_CAPACITY.get(clean.get("platform", ""))
        now = clock.now()
        clean.setdefault("stage", "start")
        community_id = Community.insert(**clean, stage_since=clock.today(), overflow_of=overflow_of,
                                        created_at=now, updated_at=now).execute()  # fmt: skip
        audit.record("create", "community", community_id, detail=clean["name"])
    return community_id


def edit(community_id: int, data: dict) -> dict:
    """Changes the given fields; a new stage starts today. The changed fields
    {field: (old, new)}."""
    with database.atomic():
        community = find(community_id)
        current = Community.select().where(Community.id == community_id).dicts().get()
        clean = _clean(data, current)
        if "stage" in clean and clean["stage"] != current["stage"]:
            clean["stage_since"] = clock.today()
        changed = {k: (current[k], v) for k, v in clean.items() if current[k] != v}
        if not changed:
            return {}
        Community.update(**{k: v for k, (_, v) in changed.items()}, updated_at=clock.now()).where(
            Community.id == community_id).execute()  # fmt: skip
        detail = audit.changes({k: o for k, (o, _) in changed.items()},
                               {k: n for k, (_, n) in changed.items()})  # fmt: skip
        audit.record("edit", "community", community_id, detail=f"{community.name}: {detail}")
    return changed


def archive(community_id: int, archived: bool = True) -> None:
    """Archives the community (kept with its members and history, gone from the list)
    or brings it back (`archived` False; its name must be free among the live ones)."""
    with database.atomic():
        community = find(community_id)
        if (community.archived_at is not None) == archived:
            return
        if not archived:
            _check_name_free(community.name, community_id)
        now = clock.now()
        Community.update(archived_at=now if archived else None, updated_at=now).where(
            Community.id == community_id).execute()  # fmt: skip
        audit.record("archive", "community", community_id, detail=f"{community.name}: "
                     + audit.changes({"archived": not archived}, {"archived": archived}))  # fmt: skip


def member_count(community_id: int) -> int:
    """Live members now (open periods of customers not in the recycle bin)."""
    sql = f"SELECT COUNT(*) FROM community_member WHERE community_id = ? AND left_on IS NULL AND {not_binned()}"
    return database.execute_sql(sql, [community_id]).fetchone()[0]


def capacity_state(members: int, capacity: int | None) -> str:
    """ "ok", "near" (90 % or more) or "full"."""
    if not capacity:
        return "ok"
    if members >= capacity:
        return "full"
    return "near" if members >= NEAR_FULL * capacity else "ok"


def get(community_id: int) -> dict:
    community = find(community_id)
    rows = list_communities(include_archived=True, ids=[community.id])
    return rows[0]


def _month_start(today: dt.date) -> dt.date:
    return today.replace(day=1)


def _counts(month: dt.date, since: dt.date, ids=None) -> tuple[dict, dict, dict, dict]:
    """community -> live members now, joined this month, left this month, active members
    (open members with activity since `since`): one grouped pass over the covering index
    community_member_open (schema step 19) for the first three, and the active ones from
    the summary community_activity_last (step 21: a row per group and customer with their
    last day of activity) probing the open membership; the recycle bin left out by
    live.not_binned (no lookup into the customer table)."""
    scope, params = "", []
    if ids is not None:
        scope = f" AND community_id IN ({','.join('?' * len(ids))})"
        params = [int(i) for i in ids]
    live = not_binned()
    sql = (
        "SELECT community_id, SUM(left_on IS NULL), SUM(joined_on >= ?), SUM(left_on >= ?)"
        f" FROM community_member INDEXED BY community_member_open WHERE 1{scope} AND {live}"
        " GROUP BY community_id"
    )
    members, joined, left = {}, {}, {}
    for cid, n, j, lft in database.execute_sql(sql, [str(month), str(month), *params]):
        members[cid], joined[cid], left[cid] = n, j, lft or 0
    members = {c: n for c, n in members.items() if n}
    joined = {c: n for c, n in joined.items() if n}
    left = {c: n for c, n in left.items() if n}
    sql = (
        "SELECT l.community_id, COUNT(*) FROM community_activity_last l"
        f" WHERE l.last_day >= ?{scope.replace('community_id', 'l.community_id')}"
        f" AND {not_binned('l.customer_id')} AND EXISTS (SELECT 1 FROM community_member m"
        " WHERE m.community_id = l.community_id AND m.customer_id = l.customer_id"
        " AND m.left_on IS NULL) GROUP BY l.community_id"
    )
    active = dict(database.execute_sql(sql, [str(since), *params]).fetchall())
    return members, joined, left, active


def list_communities(include_archived: bool = False, ids=None) -> list[dict]:
    """Each community with members (open periods, customers not in the bin), joined and
    left this month, active members (any activity in the last 30 days), capacity state
    and goal progress. A few grouped queries for all of them, none per community."""
    query = Community.select().order_by(Community.name, Community.id)
    if not include_archived:
        query = query.where(Community.archived_at.is_null())
    if ids is not None:
        query = query.where(Community.id.in_(list(ids)))
    rows = list(query.dicts())
    if not rows:
        return []
    today = clock.today()
    since = today - dt.timedelta(days=ACTIVE_DAYS - 1)
    scope = None if ids is None else [row["id"] for row in rows]
    members, joined, left, active = _counts(_month_start(today), since, scope)
    for row in rows:
        cid = row["id"]
        n = members.get(cid, 0)
        row["members"] = n
        row["joined_month"] = joined.get(cid, 0)
        row["left_month"] = left.get(cid, 0)
        row["active"] = active.get(cid, 0)
        row["active_rate"] = round(row["active"] / n, 4) if n else 0.0
        row["capacity_state"] = capacity_state(n, row["capacity"])
        row["archived"] = row["archived_at"] is not None
        row["progress"] = goal_progress(row, n, row["active_rate"])
    return rows


def goal_progress(row: dict, members: int, active_rate: float) -> float | None:
    """How far to the goal, 0..1 (the lesser of members and active rate when both are
    set); None without a goal."""
    parts = []
    if row.get("goal_members"):
        parts.append(min(1.0, members / row["goal_members"]))
    if row.get("goal_active_permille"):
        parts.append(min(1.0, active_rate * 1000 / row["goal_active_permille"]))
    return round(min(parts), 4) if parts else None


def next_group_name(community: Community) -> str:
    """ "XX 2群" for XX (or the next number free among the live communities)."""
    root = community
    while root.overflow_of is not None:
        parent = Community.get_or_none(Community.id == root.overflow_of)
        if parent is None:
            break
        root = parent
    n = 2
    while True:
        name = f"{root.name} {n}群"
        taken = Community.select().where(
            (fn.LOWER(Community.name) == name.lower()) & Community.archived_at.is_null()
        ).exists()  # fmt: skip
        if not taken:
            return name
        n += 1


def names(include_archived: bool = False) -> list[tuple[int, str]]:
    """(id, name) of the communities by name, cheaply (the customer list's filter menu:
    no counts)."""
    query = Community.select(Community.id, Community.name).order_by(Community.name, Community.id)
    if not include_archived:
        query = query.where(Community.archived_at.is_null())
    return list(query.tuples())
