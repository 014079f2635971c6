"""The community members kind of import, on the engine (import_engine.py): a group's
member list as 企业微信 or an SCRM tool exports it (or as staff type it), into ONE
community (Options.community).

Columns: 昵称, 群昵称, 微信号, 手机, 入群时间, 邀请人, and 企业微信's own 成员类型
(企业成员: the business's staff, skipped and counted, never customers; 外部联系人:
customers) and 入群方式 (由成员邀请入群 -> invite, 通过邀请链接入群 -> link,
通过扫描群二维码入群 -> qr). A member is matched to a customer by mobile, then WeChat id
(Customer.wechat), then exact name (the 昵称); a name several customers share is
ambiguous: an error row naming the candidates (params "candidates"), which the
window's preview may resolve (`resolve`). An unmatched member becomes a new customer
(source community) only with Options.create_customers, else is skipped.

Rows left out are DUPLICATE rows with a reason in values["skip"] (SKIPS): already an
active member, staff, unmatched, the same customer earlier in the file. The engine then
counts them as skipped and the error report lists them with their reason.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from models import clock
from models.communities import engagement
from models.communities.tables import Community, CommunityMember
from models.errors import NotFoundError, ValidationError
from models.excel import community_member_capacity as capacity
from models.excel import (
    customer_writing,
    import_cleaning,
    import_engine,
    import_mapping,
    import_types,
    name_picks,
)
from models.excel.import_engine import tick
from models.excel.import_records import ImportRun, UndoReport
from models.excel.import_types import (
    DUPLICATE,
    ERROR,
    NEW,
    ImportKind,
    Plan,
    Problem,
    Requirement,
    RowPlan,
    Written,
)
from models.excel.record_import import fail, phone, short_text, stamp, undo_rows, word_rule
from models.storage import audit
from models.storage.bulk import insert_rows
from models.storage.db import database
from models.values.search_text import name_sort_key

TARGETS = ("nickname", "group_nickname", "wechat", "mobile", "joined", "inviter",
           "member_type", "came_by")  # fmt: skip
WORDS: dict[str, tuple[str, ...]] = {
    "nickname": ("昵称", "微信昵称", "成员昵称", "名称", "姓名", "成员", "客户", "客户名称",
                 "nickname", "name", "member", "member name", "wechat name"),
    "group_nickname": ("群昵称", "群内昵称", "群名片", "我在本群的昵称", "group nickname",
                       "nickname in group", "display name"),
    "wechat": ("微信号", "微信", "微信id", "wechat", "wechat id", "weixin", "wxid"),
    "mobile": ("手机", "手机号", "手机号码", "电话", "联系电话", "mobile", "phone", "tel",
               "phone number"),
    "joined": ("入群时间", "加入时间", "入群日期", "加入日期", "进群时间", "joined", "join date",
               "joined at", "joined on", "date joined"),
    "inviter": ("邀请人", "邀请者", "邀请成员", "推荐人", "inviter", "invited by", "referrer"),
    "member_type": ("成员类型", "类型", "身份", "member type", "type"),
    "came_by": ("入群方式", "加入方式", "来源", "how joined", "joined by", "join method",
                "came by", "source"),
}  # fmt: skip
MEMBER_TYPES = {
    "staff": ("企业成员", "员工", "内部成员", "本企业成员", "staff", "employee", "member of staff",
              "internal"),
    "customer": ("外部联系人", "客户", "外部成员", "微信用户", "customer", "external",
                 "external contact", "contact"),
}  # fmt: skip
CAME_BY_WORDS = {
    "invite": ("由成员邀请入群", "成员邀请", "邀请", "邀请入群", "invite", "invited", "invitation"),
    "link": ("通过邀请链接入群", "邀请链接", "链接", "link", "invite link", "invitation link"),
    "qr": ("通过扫描群二维码入群", "扫描群二维码", "扫码入群", "二维码", "扫码", "qr", "qr code",
           "scan"),
    "event": ("活动", "通过活动入群", "event"),
    "store": ("门店", "到店", "store", "shop", "walk in"),
    "other": ("其他", "other"),
}  # fmt: skip
STRICT = frozenset({"mobile", "joined"})
SKIPS = ("already", "staff", "unmatched", "same")  # values["skip"] of a DUPLICATE row
SOURCE = "community"  # Customer.source of the customers an import creates


def community_for_import(community_id) -> Community:
    """The community an import writes into: it must exist and not be archived."""
    try:
        found = Community.get_or_none(Community.id == int(community_id))
    except (TypeError, ValueError):
        found = None
    if found is None:
        raise NotFoundError(f"community {community_id} does not exist",
                            code="community_not_found", id=community_id)  # fmt: skip
    if found.archived_at is not None:
        raise ValidationError("community", "community_archived",
                              f"community {found.id} ({found.name}) is archived",
                              id=found.id, name=found.name)  # fmt: skip
    return found


def communities_to_import_into() -> list[tuple[int, str]]:
    """(id, name) of the communities not archived, by name: where an import may go."""
    query = Community.select(Community.id, Community.name).where(Community.archived_at.is_null())
    return list(query.order_by(Community.name, Community.id).tuples())


@dataclass
class Options(import_types.Options):
    community: int | None = None
    create_customers: bool = False
    # the review of ambiguous names: {line: the customer picked, or None to skip}
    picks: dict[int, int | None] = field(default_factory=dict)
    # rows past the community's capacity: refuse the import, next_group, allow
    # (community_member_capacity.py)
    overflow: str = "refuse"

    @property
    def kind(self) -> ImportKind:
        return KIND

    def check(self) -> None:
        community_for_import(self.community)
        self.overflow = capacity.check_overflow(self.overflow)
        super().check()

    def recorded(self) -> dict:
        return {"community": self.community, "create_customers": self.create_customers,
                "picks": {str(k): v for k, v in self.picks.items()},
                "overflow": self.overflow, "on_error": self.on_error}  # fmt: skip


@dataclass
class Result:
    import_id: int | None
    joined: int  # memberships written (existing customers and created ones)
    already: int  # active members already
    created: int  # customers created
    skipped: int  # staff, unmatched, same customer twice in the file
    errors: int  # rows with errors, the ambiguous names among them
    staff: int = 0
    unmatched: int = 0
    ambiguous: int = 0
    capacity: int | None = None  # the community's
    members_before: int = 0  # its members before the import
    overflow: int = 0  # rows to join past the capacity (see Options.overflow)
    next_groups: list[int] = field(default_factory=list)  # the "XX 2群" started for them

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def skip_counts(plan: Plan) -> dict[str, int]:
    counts = dict.fromkeys(SKIPS, 0)
    for row in plan.rows:
        if row.action == DUPLICATE:
            counts[row.values.get("skip", "same")] += 1
    return counts


ambiguous_rows = name_picks.ambiguous_rows
candidates = name_picks.candidates


def outcome(plan: Plan, written: Written | None = None, import_id=None) -> Result:
    """The counts of a plan (a dry run) or of its run (`written`)."""
    counts, skips = plan.counts, skip_counts(plan)
    to_create = sum(1 for r in plan.rows if r.action == NEW and r.values.get("create"))
    joined = counts[NEW] if written is None else written.created
    created = to_create if written is None else written.extra
    return Result(import_id, joined, skips["already"], created,
                  skips["staff"] + skips["unmatched"] + skips["same"], counts[ERROR],
                  skips["staff"], skips["unmatched"], len(ambiguous_rows(plan)),
                  plan.capacity, plan.members, capacity.overflow(plan),
                  written.details.get("next_groups", []) if written is not None else [])  # fmt: skip


def english_reason(row: RowPlan, problem: Problem | None) -> str:
    if problem is not None:
        return problem.message
    return {
        "already": "already a member of the community",
        "staff": "a member of staff (企业成员), not a customer",
        "unmatched": "no customer matches (create customers to add them)",
    }.get(row.values.get("skip"), f"same customer as row {row.duplicate_of}")


# ---------------------------------------------------------------- cleaning


def _wechat(value) -> str:
    text = import_cleaning.code_text(value)
    if len(text) > 200:
        raise ValidationError("wechat", "too_long", "WeChat id is longer than 200 characters",
                              limit=200)  # fmt: skip
    return text


def _joined(date1904: bool):
    def rule(value) -> dt.date:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        text = import_cleaning.date_value(value, date1904)
        return dt.date.fromisoformat(text)

    return rule


def _came_by(value) -> str:
    try:
        return word_rule(CAME_BY_WORDS, "came_by", "came_by_invalid")(value)
    except ValidationError:
        return "other"  # a way 企业微信 adds later: still a member


def rules(targets: list[str], date1904: bool) -> dict:
    return {
        "nickname": short_text(200, "nickname"),
        "group_nickname": short_text(200, "group_nickname"),
        "wechat": _wechat,
        "mobile": phone,
        "joined": _joined(date1904),
        "inviter": short_text(200, "inviter"),
        "member_type": word_rule(MEMBER_TYPES, "member_type", "member_type_invalid"),
        "came_by": _came_by,
    }


# ---------------------------------------------------------------- planning


_NAMES_SQL = ("SELECT id, name FROM customer WHERE deleted_at IS NULL"
              " AND name_key IN (SELECT value FROM json_each(?)) ORDER BY id")  # fmt: skip


def customers_named(names: set[str]) -> dict[str, list[int]]:
    """{name: live customer ids with exactly that name}, through the name_key index (the
    keys handed over as one JSON array: no SQL built per thousand names)."""
    keys = sorted({name_sort_key(name) for name in names})
    found: dict[str, list[int]] = {}
    if not keys:
        return found
    for cid, name in database.execute_sql(_NAMES_SQL, (json.dumps(keys, ensure_ascii=False),)):
        if name in names:
            found.setdefault(name, []).append(cid)
    return found


def _active_members(community: int, ids: set[int]) -> set[int]:
    ids_list = sorted(ids)
    active = set()
    for i in range(0, len(ids_list), 900):
        query = CommunityMember.select(CommunityMember.customer).where(
            (CommunityMember.community == community) & CommunityMember.left_on.is_null()
            & CommunityMember.customer.in_(ids_list[i : i + 900])
        )  # fmt: skip
        active |= {c for (c,) in query.tuples()}
    return active


def _classify(plan: Plan) -> None:
    """Staff skipped; each other row's customer by mobile, WeChat id, then name;
    ambiguous names and binned customers errors; unmatched skipped or to create;
    active members and the same customer twice skipped."""
    options: Options = plan.options
    n = len(plan.rows)
    empty = [None] * n
    col = {t: plan.columns.get(t, empty) for t in TARGETS}
    mobiles = customer_writing.find("mobile", set(col["mobile"]) - {None, ""})
    wechats = customer_writing.find("wechat", set(col["wechat"]) - {None, ""})
    # names only where mobile and WeChat id found nobody: a name's key costs pinyin
    names = customers_named({
        name for name, mobile, wechat, kind in zip(
            col["nickname"], col["mobile"], col["wechat"], col["member_type"], strict=True)
        if name and kind != "staff" and mobile not in mobiles and wechat not in wechats
    })  # fmt: skip
    today = clock.today()
    customers: list[int | None] = [None] * n
    for i, row in enumerate(plan.rows):
        if row.problems:
            row.action = ERROR
            continue
        if col["member_type"][i] == "staff":
            row.action, row.values["skip"] = DUPLICATE, "staff"
            continue
        joined = col["joined"][i] or today
        if joined > today:
            fail(row, "joined_future", "the join date is in the future", "joined")
            continue
        came_by = col["came_by"][i] or ("invite" if col["inviter"][i] else "")
        row.values.update(joined=joined, came_by=came_by)
        hit = None
        for key, found in (("mobile", mobiles), ("wechat", wechats)):
            value = col[key][i]
            if value and value in found:
                hit = found[value]
                break
        if hit is not None:
            if hit[1]:
                fail(row, "in_bin", "the customer is in the recycle bin", id=hit[0])
                continue
            customers[i] = hit[0]
            continue
        name = col["nickname"][i]
        candidates = names.get(name, []) if name else []
        if len(candidates) > 1:
            fail(row, "name_ambiguous", f"{len(candidates)} customers are named {name}",
                 "nickname", name=name, candidates=candidates)  # fmt: skip
        elif candidates:
            customers[i] = candidates[0]
        elif not (name or col["group_nickname"][i] or col["wechat"][i] or col["mobile"][i]):
            fail(row, "member_unnamed", "the row names no member", "nickname")
        elif not options.create_customers:
            row.action, row.values["skip"] = DUPLICATE, "unmatched"
        else:
            row.values["create"] = True
    plan.active = _active_members(options.community, {c for c in customers if c})
    plan.capacity, plan.members, plan.community_name = capacity.facts(options.community)
    seen: dict = {}
    for i, row in enumerate(plan.rows):
        if row.action != NEW:
            continue
        cid = customers[i]
        if cid is not None:
            row.values["customer"] = cid
            key = ("id", cid)
        else:  # a new customer: the same mobile, WeChat id or name earlier is the same
            key = ("new", col["mobile"][i] or col["wechat"][i] or col["nickname"][i]
                   or col["group_nickname"][i])  # fmt: skip
        _place(row, key, seen, plan.active)
    name_picks.apply_picks(plan, options.picks, resolve)


def _place(row: RowPlan, key: tuple, seen: dict, active: set[int]) -> None:
    if key[0] == "id" and key[1] in active:
        row.action, row.target, row.values["skip"] = DUPLICATE, key[1], "already"
    elif key in seen:
        row.action, row.duplicate_of, row.values["skip"] = DUPLICATE, seen[key], "same"
    else:
        row.action = NEW
        seen[key] = row.line


def resolve(plan: Plan, row: RowPlan, customer_id: int | None) -> None:
    """The review of an ambiguous name: the row becomes that customer's (a member
    already, or named by an earlier row: skipped), or stays out (None: skipped as
    unmatched)."""
    name_picks.take_pick(row, customer_id)
    if customer_id is None:
        row.action, row.values["skip"] = DUPLICATE, "unmatched"
        return
    row.values["customer"] = customer_id
    row.values["resolved"] = True
    seen = {
        ("id", r.values["customer"]): r.line
        for r in plan.rows
        if r.action == NEW and r.values.get("customer") is not None and r is not row
    }
    plan.active |= _active_members(plan.options.community, {customer_id})
    _place(row, ("id", customer_id), seen, plan.active)


@dataclass
class MemberPlan(Plan):
    active: set[int] = field(default_factory=set)  # the file's customers already members
    capacity: int | None = None  # the community's capacity and members when planned
    members: int = 0
    community_name: str = ""


# ---------------------------------------------------------------- writing


def _write(plan: Plan, run_id: int, progress, cancel) -> Written:
    options: Options = plan.options
    capacity.refuse_if_over(plan)  # also checked before the engine's run: nothing written
    rows = [r for r in plan.rows if r.action == NEW]
    col = plan.columns
    empty = [None] * len(plan.rows)
    index = {id(r): i for i, r in enumerate(plan.rows)}
    to_create = [r for r in rows if r.values.get("create")]
    created = _create(run_id, to_create, col, index, cancel) if to_create else 0
    tick(progress, cancel, 0.4)
    inviters = _inviters(plan, rows, col, index)
    now = stamp(clock.now())
    nick, group = col.get("nickname", empty), col.get("group_nickname", empty)
    fields = [CommunityMember.community, CommunityMember.customer, CommunityMember.role,
              CommunityMember.joined_on, CommunityMember.invited_by, CommunityMember.came_by,
              CommunityMember.nickname, CommunityMember.import_run,
              CommunityMember.created_at, CommunityMember.level,
              CommunityMember.level_before, CommunityMember.love]  # fmt: skip
    places, groups = capacity.placement(plan, len(rows))
    batch = []
    for row, place in zip(rows, places, strict=True):
        i, cid = index[id(row)], row.values["customer"]
        inviter = inviters.get(i)
        batch.append((place, cid, "member", str(row.values["joined"]),
                      inviter if inviter != cid else None, row.values["came_by"],
                      group[i] or nick[i] or "", run_id, now, "", "", 0.0))  # fmt: skip
    insert_rows(CommunityMember, fields, batch)
    capacity.remember_groups(run_id, groups)
    # the newcomers' levels, in this transaction
    engagement.recompute([options.community, *groups])
    tick(progress, cancel, 0.9)
    for community in (options.community, *groups):
        n = places.count(community)
        audit.record("join", "community", community, count=n,
                     detail=f"import:{run_id}; +{n}; customers +{created}")  # fmt: skip
    return Written(len(batch), 0, created, {"next_groups": groups})


def _create(run_id: int, rows: list[RowPlan], col: dict, index: dict, cancel) -> int:
    empty = [None] * (max(index.values()) + 1)
    get = {t: col.get(t, empty) for t in ("nickname", "group_nickname", "wechat", "mobile")}
    values = []
    for row in rows:
        i = index[id(row)]
        name = (get["nickname"][i] or get["group_nickname"][i] or get["wechat"][i]
                or get["mobile"][i])  # fmt: skip
        item = {"name": name, "source": SOURCE}
        if get["mobile"][i]:
            item["mobile"] = get["mobile"][i]
        if get["wechat"][i]:
            item["wechat"] = get["wechat"][i]
        values.append(item)
    ids = customer_writing.create_customers(run_id, values, cancel)
    for row, cid in zip(rows, ids, strict=True):
        row.values["customer"] = cid
    return len(ids)


def _inviters(plan: Plan, rows: list[RowPlan], col: dict, index: dict) -> dict[int, int]:
    """{row index: the inviting customer} of rows whose 邀请人 names a customer: a member
    of the file by nickname (the usual case: the inviter is in the group), else a live
    customer of exactly that name (one only)."""
    inviter_col = col.get("inviter")
    if inviter_col is None:
        return {}
    by_nick: dict[str, int] = {}
    nick_cols = [col[t] for t in ("nickname", "group_nickname") if t in col]
    for row in plan.rows:
        cid = row.values.get("customer") or row.target
        if cid is None:
            continue
        i = index[id(row)]
        for column in nick_cols:
            name = column[i]
            if name:
                by_nick.setdefault(name, cid)
    wanted = {inviter_col[index[id(r)]] for r in rows} - {None, ""}
    named = customers_named(wanted - set(by_nick))
    found = {}
    for row in rows:
        i = index[id(row)]
        name = inviter_col[i]
        if not name:
            continue
        cid = by_nick.get(name)
        if cid is None and len(named.get(name, ())) == 1:
            cid = named[name][0]
        if cid is not None:
            found[i] = cid
    return found


# ---------------------------------------------------------------- undo


def _undo(run: ImportRun, report: UndoReport) -> None:
    """Remove the run's membership periods (those left since are kept: their history),
    then the customers it created, unless given records since."""
    changed = CommunityMember.left_on.is_null(False)
    touched = [row.community_id for row in CommunityMember.select(CommunityMember.community)
               .where(CommunityMember.import_run == run.id).distinct()]  # fmt: skip
    groups = capacity.started_groups(run)
    undo_rows(CommunityMember, run, report, "community_member", changed)
    customer_writing.undo(run, report)
    removed = capacity.remove_groups(groups)  # the "XX 2群" it started, left empty
    engagement.recompute([c for c in touched if c not in removed])  # among the members left


def _result(import_id: int | None, written: Written, counts: dict) -> Result:
    """The engine's result; `run` adds the skipped rows' reasons from the plan."""
    skipped = counts[DUPLICATE]
    groups = written.details.get("next_groups", [])
    return Result(import_id, written.created, 0, written.extra, skipped, counts[ERROR],
                  next_groups=groups)  # fmt: skip


def run(plan: Plan, progress=None, cancel=None) -> Result:
    """Write the plan (import_engine.run) and say what became of every row. Rows past
    the community's capacity with Options.overflow "refuse": ValidationError
    "over_capacity", nothing written."""
    capacity.refuse_if_over(plan)
    done = import_engine.run(plan, progress, cancel)
    written = Written(done.joined, 0, done.created, {"next_groups": done.next_groups})
    return outcome(plan, written, done.import_id)


KIND = ImportKind(
    name="community_members",
    words=WORDS,
    targets=lambda: list(TARGETS),
    options=Options,
    rules=rules,
    classify=_classify,
    write=_write,
    undo=_undo,
    result=_result,
    reason=english_reason,
    plan_type=MemberPlan,
    propose=lambda headers, samples: import_mapping.propose(headers, samples, KIND.index),
    actions=(NEW, DUPLICATE, ERROR),
    strict=STRICT,
    required=(
        Requirement(
            ("nickname", "group_nickname", "wechat", "mobile"),
            "member_unmapped",
            "map a nickname, WeChat id or mobile column",
        ),
    ),  # fmt: skip
    extra="customers created",
    outcome="+{created:,} members, +{extra:,} customers",
    row_by_row=False,  # the same customer twice: the later row is skipped
    # No safety backup: the run is one transaction (a failure halfway leaves the data as
    # it was) and its undo is exact: the memberships by their import_run, the customers
    # it created by their ImportChange rows, the groups it started likewise. The backup
    # was most of the time and grows with the database (250 s of 259 at 1M customers).
    safety_backup=False,
)
