"""guanjia communities ...: list, add, edit, archive, show, members, join, leave."""

from __future__ import annotations

from desktop.cli.output import print_json, print_rows
from desktop.cli.text import fill, translate

# models/ modules are imported inside the handlers: every command module is imported to
# build the parser, and `--help` and the small commands should not load them all.

PLATFORM_HELP = (
    "微信群, 企业微信客户群, QQ群, 公众号粉丝, 论坛/小程序, 线下俱乐部, 其他 (or a code)"
)
ROLE_HELP = "群主, 管理员, 骨干, 成员 (owner, admin, backbone, member)"
# The community's fields as options: (flag, field, help).
FIELD_OPTIONS = (
    ("--platform", "platform", PLATFORM_HELP),
    ("--capacity", "capacity", "members at most (default 500 for 微信群, 200 for 企业微信)"),
    ("--run-by", "run_by", "会员组织, 粉丝社群, 生态联盟"),
    ("--bond", "bond", "内容型, 社交型"),
    ("--purpose", "purpose", "社交, 倡导, 支持, 洞察"),
    ("--owner", "owner_staff", "the owner (群主) when a staff member"),
    ("--owner-customer", "owner_customer", "the owner (群主) when a customer: their id"),
    ("--stage", "stage", "建立前期, 成长期, 沉淀期 (a new stage starts today)"),
    ("--goal-members", "goal_members", "goal: this many members"),
    ("--goal-active", "goal_active_permille", "goal: active rate in per mille (400 = 40 %%)"),
    ("--goal-by", "goal_by", "goal: by this date (YYYY-MM-DD)"),
    ("--notes", "notes", "notes"),
)


def register(sub) -> None:
    """Adds this module's actions to `guanjia communities`."""
    lst = sub.add_parser("list", help="the communities with members, joined/left this month")
    lst.add_argument("--archived", action="store_true", help="the archived ones too")
    lst.add_argument("--json", action="store_true", help="one JSON object per line")
    lst.set_defaults(handler=_list)
    add = sub.add_parser("add", help="add a community")
    add.add_argument("--name", required=True, help="unique among the communities not archived")
    edit = sub.add_parser("edit", help="change a community's fields")
    edit.add_argument("id", type=int, help="community id")
    edit.add_argument("--name", help="a new name")
    for cmd in (add, edit):
        for flag, _field, text in FIELD_OPTIONS:
            cmd.add_argument(flag, default=None, help=text)
        cmd.add_argument("--json", action="store_true", help="print the community as JSON")
    add.set_defaults(handler=_add)
    edit.set_defaults(handler=_edit)
    arc = sub.add_parser("archive", help="archive a community (its history stays)")
    arc.add_argument("id", type=int, help="community id")
    arc.add_argument("--undo", action="store_true", help="bring it back from the archive")
    arc.add_argument("--json", action="store_true", help="print the community as JSON")
    arc.set_defaults(handler=_archive)
    show = sub.add_parser("show", help="one community")
    show.add_argument("id", type=int, help="community id")
    show.add_argument("--json", action="store_true", help="print it as JSON")
    show.set_defaults(handler=_show)
    mem = sub.add_parser("members", help="a community's members (customers in the bin hidden)")
    mem.add_argument("id", type=int, help="community id")
    mem.add_argument("--role", default="", help=ROLE_HELP)
    mem.add_argument("--level", default="", help="核心, 活跃, 参与, 观望, 沉默")
    mem.add_argument("--left", action="store_true", help="the members who left instead")
    mem.add_argument("--json", action="store_true", help="one JSON object per line")
    mem.set_defaults(handler=_members)
    join = sub.add_parser("join", help="customers join a community")
    join.add_argument("id", type=int, help="community id")
    who = join.add_mutually_exclusive_group(required=True)
    who.add_argument("--customers", type=int, nargs="+", metavar="C", help="customer ids")
    who.add_argument("--search", metavar="Q", help="every live customer the search finds")
    who.add_argument("--tag", metavar="T", help="every live customer with this tag")
    join.add_argument("--role", default="member", help=ROLE_HELP)
    join.add_argument("--invited-by", type=int, metavar="C", help="the inviting customer's id")
    join.add_argument("--came-by", default="", help="二维码, 邀请, 链接, 活动, 门店, 其他")
    join.add_argument("--on", default=None, metavar="DATE", help="join date (default today)")
    join.add_argument("--next-group", action="store_true",
                      help="past capacity: the rest join the next group (XX 2群)")  # fmt: skip
    join.add_argument("--json", action="store_true", help="print the result as JSON")
    join.set_defaults(handler=_join)
    leave = sub.add_parser("leave", help="customers leave a community (the history stays)")
    leave.add_argument("id", type=int, help="community id")
    leave.add_argument("--customers", type=int, nargs="+", required=True, metavar="C",
                       help="customer ids")  # fmt: skip
    leave.add_argument("--on", default=None, metavar="DATE", help="leave date (default today)")
    leave.add_argument("--json", action="store_true", help="print the result as JSON")
    leave.set_defaults(handler=_leave)


def community_json(row: dict) -> dict:
    keys = ("id", "name", "platform", "run_by", "bond", "purpose", "owner_customer",
            "owner_staff", "stage", "stage_since", "capacity", "members", "joined_month",
            "left_month", "active", "active_rate", "capacity_state", "goal_members",
            "goal_active_permille", "goal_by", "progress", "notes", "overflow_of", "archived")  # fmt: skip
    return {k: row.get(k) for k in keys}


def _line(row: dict) -> str:
    capacity = f"/{row['capacity']}" if row["capacity"] else ""
    progress = "" if row["progress"] is None else f"\t{round(row['progress'] * 100)}%"
    return (f"{row['id']}\t{row['name']}\t{row['members']}{capacity}\t+{row['joined_month']}"
            f"\t-{row['left_month']}\t{round(row['active_rate'] * 100)}%{progress}")  # fmt: skip


def _list(args) -> int:
    from models.communities import communities

    rows = communities.list_communities(include_archived=args.archived)
    print_rows((community_json(r) for r in rows), args.json, lambda r: _line(r))
    return 0


def _print_one(community_id: int, as_json: bool) -> int:
    from models.communities import communities

    row = community_json(communities.get(community_id))
    if as_json:
        print_json(row)
    else:
        for key, value in row.items():
            print(f"{key}\t{'' if value is None else value}")
    return 0


def _fields(args) -> dict:
    data = {field: getattr(args, field_dest(flag)) for flag, field, _t in FIELD_OPTIONS}
    data = {k: v for k, v in data.items() if v is not None}
    if getattr(args, "name", None) is not None:
        data["name"] = args.name
    return data


def field_dest(flag: str) -> str:
    return flag.lstrip("-").replace("-", "_")


def _add(args) -> int:
    from models.communities import communities

    return _print_one(communities.create(_fields(args)), args.json)


def _edit(args) -> int:
    from models.communities import communities

    communities.edit(args.id, _fields(args))
    return _print_one(args.id, args.json)


def _archive(args) -> int:
    from models.communities import communities

    communities.archive(args.id, archived=not args.undo)
    return _print_one(args.id, args.json)


def _show(args) -> int:
    return _print_one(args.id, args.json)


def _members(args) -> int:
    from models.communities import members

    rows = [{"customer_id": m["customer_id"], "name": m["name"], "role": m["role"],
             "joined": m["joined"], "left": m["left"], "level": m["level"]}
            for m in members.members(args.id, role=args.role, level=args.level, left=args.left)]  # fmt: skip
    print_rows(rows, args.json, lambda m: f"{m['customer_id']}\t{m['name']}\t{m['role']}"
               f"\t{m['joined']}\t{m['left'] or ''}\t{m['level']}")  # fmt: skip
    return 0


def _join(args) -> int:
    from models.communities import members

    if args.customers:
        ids = args.customers
    elif args.search is not None:
        ids = members.ids_by_search(args.search)
    else:
        ids = members.ids_by_tag(args.tag)
    result = members.join(args.id, ids, role=args.role, joined_on=args.on,
                          invited_by=args.invited_by, came_by=args.came_by,
                          overflow=args.next_group)  # fmt: skip
    next_group = result.next_group
    out = {"community": args.id, "joined": result.joined, "already": result.already,
           "overflow": result.overflow, "next_group": next_group,
           "next_group_joined": result.next_group_joined, "members": result.members,
           "capacity": result.capacity, "capacity_state": result.capacity_state}  # fmt: skip
    if args.json:
        print_json(out)
        return 0
    print(fill(translate("Cli", "joined: %1; already members: %2"), len(result.joined),
               len(result.already)))  # fmt: skip
    if result.already:
        print(fill(translate("Cli", "already members (nothing changed): %1"),
                   ", ".join(map(str, result.already))))  # fmt: skip
    if next_group:
        print(fill(translate("Cli", "the group is full: %1 joined the next group (id %2)"),
                   len(out["next_group_joined"]), next_group))  # fmt: skip
    elif result.overflow:
        print(fill(translate("Cli", "the group is full: %1 did not join (add --next-group to "
                             "start the next group for them): %2"), len(result.overflow),
                   ", ".join(map(str, result.overflow))))  # fmt: skip
    elif result.capacity_state == "near":
        print(fill(translate("Cli", "the group is nearly full: %1 of %2"), result.members,
                   result.capacity))  # fmt: skip
    return 0


def _leave(args) -> int:
    from models.communities import members

    left = members.leave(args.id, args.customers, left_on=args.on)
    if args.json:
        print_json({"community": args.id, "left": left})
    else:
        print(fill(translate("Cli", "left: %1"), len(left)))
    return 0
