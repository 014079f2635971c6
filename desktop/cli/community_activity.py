"""guanjia communities ...: activity add (record members' activity), levels (engagement
levels per community, recomputed on demand)."""

from __future__ import annotations

from desktop.cli.output import fail, print_json, print_rows
from desktop.cli.text import fill, translate

# models/ modules are imported inside the handlers (see desktop/cli/followups.py).

KINDS_HELP = ("message 发言 (spoke in the group), post 发帖, answer 答疑, invite 邀请, "
              "attend 参加活动, organise 组织活动, purchase 购买 (bought after a community post)")  # fmt: skip


def register(sub) -> None:
    """Adds this module's actions to `guanjia communities`."""
    act = sub.add_parser("activity", help="record members' activity (activity add)")
    actions = act.add_subparsers(dest="activity_command", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add", help="add activity of members of a community on one day (adds to the day's "
        "count; the community's engagement levels are recomputed)",
    )  # fmt: skip
    add.add_argument("--community", type=int, required=True, metavar="ID", help="community id")
    add.add_argument(
        "--customers", nargs="+", required=True, metavar="ID[:N]",
        help="customer ids, space-separated; ID:N gives that customer N (instead of --count)",
    )  # fmt: skip
    add.add_argument("--kind", default="message", help=KINDS_HELP + " (default message)")
    add.add_argument("--count", type=int, default=1, metavar="N",
                     help="how many for each customer (default 1)")  # fmt: skip
    add.add_argument("--day", default="", metavar="D",
                     help="the day (default today; not in the future)")  # fmt: skip
    add.add_argument("--json", action="store_true", help="print the result as one JSON object")
    add.set_defaults(handler=_add)

    lev = sub.add_parser(
        "levels", help="members per engagement level (核心 活跃 参与 观望 沉默) per community"
    )
    lev.add_argument("ids", type=int, nargs="*", metavar="ID", help="communities (default all)")
    lev.add_argument("--recompute", action="store_true",
                     help="recompute the levels first (of the communities given, or all)")  # fmt: skip
    lev.add_argument("--as-tags", action="store_true",
                     help="keep the tags of the group 社群等级 (核心 活跃 参与 观望 沉默) in "
                     "step with each member's best level, from now on after every recompute; "
                     "prints one line (JSON keys added, removed) instead of the levels")  # fmt: skip
    lev.add_argument(
        "--no-tags",
        action="store_true",
        help="stop keeping the level tags in step (the tags given stay)",
    )
    lev.add_argument("--if-due", action="store_true",
                     help="with --recompute: the day's recompute of every community (for a "
                     "scheduled task), only when not done today (by the window or a run before)")  # fmt: skip
    lev.add_argument("--json", action="store_true", help="one JSON object per community per line")
    lev.set_defaults(handler=_levels)


def _entries(args) -> list[tuple[int, int]] | None:
    out = []
    for item in args.customers:
        customer, _, count = str(item).partition(":")
        try:
            out.append((int(customer), int(count) if count else args.count))
        except ValueError:
            return None
    return out


def _add(args) -> int:
    from models.communities import activity
    from models.values import date_input

    entries = _entries(args)
    if entries is None:
        return fail(translate("Cli", "--customers takes customer ids, or ID:COUNT pairs"))
    day = date_input.parse_date(args.day) if args.day else None
    done = activity.record(args.community, entries, args.kind, day)
    if args.json:
        print_json({"community_id": done.community_id, "kind": done.kind, "day": done.day,
                    "customers": done.customer_ids, "added": done.added,
                    "updated": done.updated, "count": done.count})  # fmt: skip
    else:
        print(fill(translate("Cli", "recorded %1 × %2 on %3 for %4 members of community %5"),
                   done.count, done.kind, done.day.isoformat(), len(done.customer_ids),
                   done.community_id))  # fmt: skip
    return 0


def _levels(args) -> int:
    from models.communities import engagement

    ids = sorted(set(args.ids)) or None
    if args.as_tags and args.no_tags:
        return fail(translate("Cli", "--as-tags and --no-tags cannot go together"))
    rows = engagement.level_rows(ids)  # refuses an unknown id before any work
    if args.as_tags or args.no_tags:
        return _level_tags(args, ids)
    if args.if_due:
        if not args.recompute:
            return fail(translate("Cli", "--if-due goes with --recompute"))
        done = engagement.recompute_if_due()  # every community: the day's job
        rows = [{**row, "recomputed": done is not None} for row in engagement.level_rows(ids)]
        if not args.json:
            print(translate("Cli", "levels recomputed for today") if done is not None
                  else translate("Cli", "levels already recomputed today"))  # fmt: skip
    elif args.recompute:
        engagement.recompute(ids)
        rows = engagement.level_rows(ids)
    print_rows(rows, args.json, _line)
    return 0


def _level_tags(args, ids) -> int:
    from models.communities import engagement, level_tags

    if args.no_tags:
        level_tags.set_on(False)
        out = {"added": 0, "removed": 0}
    else:
        if args.recompute:
            engagement.recompute(ids)
        change = level_tags.apply_as_tags()
        out = {"added": sum(len(v) for v in change.added.values()),
               "removed": sum(len(v) for v in change.removed.values())}  # fmt: skip
    if args.json:
        print_json(out)
    elif args.no_tags:
        print(translate("Cli", "level tags no longer kept in step"))
    else:
        print(fill(translate("Cli", "level tags (社群等级): %1 given, %2 taken away; kept in step "
                                    "from now on"), out["added"], out["removed"]))  # fmt: skip
    return 0


def _line(obj: dict) -> str:
    return fill(translate("Cli", "%1 %2: %3 members; core %4, active %5, participant %6, "
                                 "watcher %7, silent %8; up %9, down %10"),
                obj["community_id"], obj["name"], obj["members"], obj["core"], obj["active"],
                obj["participant"], obj["watcher"], obj["silent"], obj["up"], obj["down"])  # fmt: skip
