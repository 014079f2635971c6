"""guanjia levels (list, add, edit, archive, set-rules, recompute, lock, unlock, history):
member levels (会员等级) and their rules; guanjia earning (task, attend): points for a
task or an event attended (issue 26). Money in yuan on the command line, in JSON as
integer fen in keys ending `_fen`."""

from __future__ import annotations

from desktop.cli.output import fail, print_json, print_rows
from desktop.cli.text import fill, translate

# models/ modules are imported inside the handlers (see desktop/cli/purchases.py).

YES_NO = ("yes", "no")


def _level_options(parser, adding: bool) -> None:
    parser.add_argument("--name", required=adding, metavar="N", help="the level's name")
    parser.add_argument("--rank", type=str, metavar="R",
                        help="0 the lowest; a higher rank is a better level")  # fmt: skip
    parser.add_argument("--basis", choices=("points", "spend"),
                        help="the threshold in points earned or in spend (yuan)")  # fmt: skip
    parser.add_argument("--threshold", metavar="T",
                        help="points earned, or spend in yuan, to reach the level")  # fmt: skip
    parser.add_argument("--period-days", metavar="N",
                        help="measured over the last N days ('' for life)")  # fmt: skip
    parser.add_argument("--valid-days", metavar="N",
                        help="a level reached holds N days at least ('' for none)")  # fmt: skip
    parser.add_argument("--grace-days", metavar="N", help="days of grace before a downgrade")
    parser.add_argument("--discount", metavar="PCT", help="percent off, e.g. 5 or 2.5")
    parser.add_argument("--multiplier", metavar="X", help="points multiplier, e.g. 1.5")
    parser.add_argument("--free-items", metavar="N", help="free items per month")
    parser.add_argument("--birthday-gift", metavar="TEXT", help="the birthday gift")
    parser.add_argument("--priority", choices=YES_NO, help="priority service")
    parser.add_argument("--benefits", metavar="TEXT", help="the benefits (权益) as text")
    parser.add_argument("--json", action="store_true", help="the level as one JSON object")


def register(commands) -> None:
    lv = commands.add_parser("levels", help="member levels (会员等级) and their rules")
    sub = lv.add_subparsers(dest="levels_command", metavar="ACTION")
    lv.set_defaults(handler=_list, json=False, archived=False)
    lst = sub.add_parser("list", help="the levels by rank, with their members")
    lst.add_argument("--archived", action="store_true", help="the archived levels too")
    lst.add_argument("--json", action="store_true", help="one JSON object per line")
    lst.set_defaults(handler=_list)
    add = sub.add_parser("add", help="a new level")
    _level_options(add, True)
    add.set_defaults(handler=_add)
    edit = sub.add_parser("edit", help="change a level")
    edit.add_argument("--level", required=True, metavar="L", help="the level's name or id")
    _level_options(edit, False)
    edit.set_defaults(handler=_edit)
    arc = sub.add_parser("archive", help="archive a level no member holds (or bring it back)")
    arc.add_argument("--level", required=True, metavar="L", help="the level's name or id")
    arc.add_argument("--restore", action="store_true", help="bring it back into use")
    arc.add_argument("--json", action="store_true", help="the level as one JSON object")
    arc.set_defaults(handler=_archive)
    rules = sub.add_parser("set-rules", help="show or change the earning and level rules")
    rules.add_argument("--points-per-yuan", metavar="N", help="points per whole yuan spent")
    for task, word in (("register", "注册"), ("profile", "完善资料"),
                       ("first-order", "首单"), ("review", "评价")):  # fmt: skip
        rules.add_argument(f"--task-{task}", metavar="N", help=f"points for {word}")
    rules.add_argument("--attendance", metavar="N", help="points per event attended")
    rules.add_argument("--tags", choices=YES_NO, help="the level as a live tag (会员等级)")
    rules.add_argument("--after-purchase", choices=YES_NO,
                       help="check the level after every purchase")  # fmt: skip
    rules.add_argument("--json", action="store_true", help="the rules as one JSON object")
    rules.set_defaults(handler=_set_rules)
    rec = sub.add_parser("recompute", help="apply the level rules to every member now")
    rec.add_argument("--customer", type=int, metavar="C", help="only this member")
    rec.add_argument("--dry-run", action="store_true", help="say what would change")
    rec.add_argument("--json", action="store_true", help="counts (and changes) as JSON")
    rec.set_defaults(handler=_recompute)
    lock = sub.add_parser("lock", help="hold a member at a level by hand, with a reason")
    lock.add_argument("--customer", type=int, required=True, metavar="C", help="customer id")
    lock.add_argument("--level", metavar="L", help="the level (default: the one held)")
    lock.add_argument("--reason", required=True, metavar="R", help="why (required)")
    lock.add_argument("--json", action="store_true", help="the member's level as JSON")
    lock.set_defaults(handler=_lock)
    unl = sub.add_parser("unlock", help="give a member's level back to the rules")
    unl.add_argument("--customer", type=int, required=True, metavar="C", help="customer id")
    unl.add_argument("--reason", default="", metavar="R", help="a note")
    unl.add_argument("--json", action="store_true", help="the member's level as JSON")
    unl.set_defaults(handler=_unlock)
    his = sub.add_parser("history", help="a member's level changes and their causes")
    his.add_argument("--customer", type=int, required=True, metavar="C", help="customer id")
    his.add_argument("--json", action="store_true", help="one JSON object per line")
    his.set_defaults(handler=_history)

    earn = commands.add_parser("earning", help="points for a task or an event attended")
    esub = earn.add_subparsers(dest="earning_command", metavar="ACTION", required=True)
    task = esub.add_parser("task", help="points for 注册, 完善资料, 首单 or 评价 (once)")
    task.add_argument("--customer", type=int, required=True, metavar="C", help="customer id")
    task.add_argument("--task", required=True,
                      choices=("register", "profile", "first_order", "review"))  # fmt: skip
    task.add_argument("--json", action="store_true", help="keys customer_id, points, ...")
    task.set_defaults(handler=_task)
    att = esub.add_parser("attend", help="points for an event attended (once per event)")
    att.add_argument("--event", type=int, required=True, metavar="E", help="event id")
    att.add_argument("--customer", type=int, required=True, metavar="C", help="customer id")
    att.add_argument("--json", action="store_true", help="keys customer_id, points, ...")
    att.set_defaults(handler=_attend)


def _level_json(level) -> dict:
    from models.membership import levels

    obj = levels.to_json(level)
    threshold = obj.pop("threshold")
    obj["threshold_points"] = threshold if level.basis == "points" else None
    obj["threshold_fen"] = threshold if level.basis == "spend" else None
    return obj


def _level_line(obj: dict) -> str:
    threshold = (f"{obj['threshold_fen'] / 100:.2f}" if obj["threshold_fen"] is not None
                 else str(obj["threshold_points"]))  # fmt: skip
    period = obj["period_days"] or "-"
    return (f"{obj['id']}\t{obj['rank']}\t{obj['name']}\t{obj['basis']}\t{threshold}\t"
            f"{period}\t{obj['members']}" + ("\tarchived" if obj["archived"] else ""))  # fmt: skip


def _list(args) -> int:
    from models.membership import levels

    rows = (_level_json(lv) for lv in levels.list_levels(archived=args.archived))
    print_rows(rows, args.json, _level_line)
    return 0


def _fields(args, basis: str) -> dict:
    from models.membership import levels
    from models.purchases.purchases import to_cents

    fields = {}
    for key in ("name", "rank", "basis", "period_days", "valid_days", "grace_days",
                "birthday_gift", "benefits"):  # fmt: skip
        if getattr(args, key) is not None:
            fields[key] = getattr(args, key)
    if args.threshold is not None:
        spend = (args.basis or basis) == "spend"
        fields["threshold"] = to_cents(args.threshold, "threshold") if spend else args.threshold
    if args.discount is not None:
        fields["discount_permille"] = levels.permille(args.discount, "discount_permille")
    if args.multiplier is not None:
        fields["points_multiplier_permille"] = levels.permille(
            args.multiplier, "points_multiplier_permille", 1000)  # fmt: skip
    if args.free_items is not None:
        fields["free_items_month"] = args.free_items
    if args.priority is not None:
        fields["priority_service"] = args.priority == "yes"
    return fields


def _show_level(args, level_id: int, said: str) -> int:
    from models.membership import levels

    obj = _level_json(levels.get(level_id))
    print_json(obj) if args.json else print(fill(said, obj["name"]))
    return 0


def _add(args) -> int:
    from models.membership import levels

    level_id = levels.add(_fields(args, "points"))
    return _show_level(args, level_id, translate("Cli", "added level %1"))


def _edit(args) -> int:
    from models.membership import levels

    level = levels.find(args.level)
    fields = _fields(args, level.basis)
    if not fields:
        return fail(translate("Cli", "nothing to change: give --name, --threshold, ..."))
    levels.edit(level.id, fields)
    return _show_level(args, level.id, translate("Cli", "changed level %1"))


def _archive(args) -> int:
    from models.membership import levels

    level = levels.find(args.level)
    levels.archive(level.id, archived=not args.restore)
    said = translate("Cli", "level %1 back in use") if args.restore else translate(
        "Cli", "archived level %1")  # fmt: skip
    return _show_level(args, level.id, said)


RULE_KEYS = {"points_per_yuan": "points_per_yuan", "task_register": "points_task_register",
             "task_profile": "points_task_profile",
             "task_first_order": "points_task_first_order", "task_review": "points_task_review",
             "attendance": "points_attendance"}  # fmt: skip


def _set_rules(args) -> int:
    from models.membership import level_rules

    changes = {key: getattr(args, arg) for arg, key in RULE_KEYS.items()
               if getattr(args, arg) is not None}  # fmt: skip
    if args.tags is not None:
        changes["level_tags"] = args.tags == "yes"
    if args.after_purchase is not None:
        changes["level_after_purchase"] = args.after_purchase == "yes"
    rules = level_rules.set_rules(changes) if changes else level_rules.rules()
    if args.json:
        print_json(rules)
    else:
        for key, value in rules.items():
            print(f"{key}\t{value}")
    return 0


def _recompute(args) -> int:
    from models.membership import cards, level_rules

    ids = None
    if args.customer is not None:
        ids = [cards.member_of(args.customer).customer_id]
    found = level_rules.recompute(ids, dry_run=args.dry_run)
    if args.json:
        print_json(found)
        return 0
    for change in found["changes"]:
        print(f"{change['customer_id']}\t{change['kind']}\t{change['from_level']}\t"
              f"{change['to_level']}")  # fmt: skip
    said = (translate("Cli", "would change: %1 up, %2 down, %3 grace started, %4 grace ended")
            if args.dry_run else
            translate("Cli", "changed: %1 up, %2 down, %3 grace started, %4 grace ended"))  # fmt: skip
    print(fill(said, found["up"], found["down"], found["grace"], found["kept"]))
    return 0


def _state_out(args, state: dict) -> int:
    if args.json:
        print_json(state)
    else:
        locked = translate("Cli", "locked") if state["locked"] else ""
        print(f"{state['customer_id']}\t{state['level'] or '-'}\t{locked}".rstrip())
    return 0


def _lock(args) -> int:
    from models.membership import level_rules, levels

    level_id = levels.find(args.level).id if args.level else None
    return _state_out(args, level_rules.lock(args.customer, level_id, args.reason))


def _unlock(args) -> int:
    from models.membership import level_rules

    return _state_out(args, level_rules.unlock(args.customer, args.reason))


def _history(args) -> int:
    from models.membership import level_rules

    print_rows(level_rules.history(args.customer), args.json,
               lambda h: f"{h['at']:%Y-%m-%d %H:%M}\t{h['from_level'] or '-'}\t"
               f"{h['to_level'] or '-'}\t{h['cause']}\t{h['reason']}".rstrip())  # fmt: skip
    return 0


def _earned(args, entry_id: int) -> int:
    from models.membership import earning

    obj = earning.entry_json(entry_id)
    if args.json:
        print_json(obj)
    else:
        print(fill(translate("Cli", "+%1 points (balance %2)"), obj["points"], obj["balance"]))
    return 0


def _task(args) -> int:
    from models.membership import earning

    return _earned(args, earning.earn_for_task(args.customer, args.task))


def _attend(args) -> int:
    from models.communities import signups
    from models.membership import earning

    came = any(r["customer_id"] == args.customer and r["status"] == "attended"
               for r in signups.listing(args.event))  # fmt: skip
    if not came:
        return fail(fill(translate("Cli", "customer %1 did not attend event %2"),
                         args.customer, args.event))  # fmt: skip
    return _earned(args, earning.earn_for_attendance(args.event, args.customer))
