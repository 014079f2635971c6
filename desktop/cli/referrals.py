"""guanjia referrals (set, clear, tree, stats): who introduced whom (转介绍, issue 26)."""

from __future__ import annotations

from desktop.cli.options import period, period_options
from desktop.cli.output import print_json, print_rows

# models/ modules are imported inside the handlers (see desktop/cli/purchases.py).


def register(commands) -> None:
    ref = commands.add_parser("referrals", help="referrals (转介绍): who introduced whom")
    sub = ref.add_subparsers(dest="referrals_command", metavar="ACTION", required=True)
    put = sub.add_parser("set", help="record (or change) who introduced a customer")
    put.add_argument("--customer", type=int, required=True, metavar="C", help="customer id")
    put.add_argument("--by", type=int, required=True, metavar="R", help="the introducer's id")
    put.add_argument("--note", default="", metavar="N", help="a note")
    put.add_argument("--json", action="store_true", help="customer_id, introduced_by, before")
    put.set_defaults(handler=_set)
    clr = sub.add_parser("clear", help="no introducer (refused once rewarded)")
    clr.add_argument("--customer", type=int, required=True, metavar="C", help="customer id")
    clr.set_defaults(handler=_clear)
    tree = sub.add_parser("tree", help="who the customer brought, level by level")
    tree.add_argument("customer", type=int, metavar="C", help="customer id")
    tree.add_argument("--depth", type=int, default=10, metavar="N", help="levels (default 10)")
    tree.add_argument("--json", action="store_true", help="one nested JSON object")
    tree.set_defaults(handler=_tree)
    st = sub.add_parser("stats", help="counts per referrer and the referral rate")
    period_options(st, "customers new from")
    st.add_argument("--json", action="store_true",
                    help="one object per referrer, then new_customers, introduced, rate")  # fmt: skip
    st.set_defaults(handler=_stats)
    rules = sub.add_parser(
        "rules", help="show or change the rewards (granted at the first purchase)"
    )
    for side in ("referrer", "referred"):
        rules.add_argument(f"--{side}-points", type=int, metavar="N", help=f"points to the {side}")
        rules.add_argument(f"--{side}-bonus", metavar="A",
                           help=f"a stored-value bonus in yuan to the {side}")  # fmt: skip
        rules.add_argument(f"--{side}-visits", type=int, metavar="N",
                           help=f"visits of a count card to the {side}")  # fmt: skip
    rules.add_argument("--visit-service", metavar="S", help="the service of those visits")
    rules.add_argument("--json", action="store_true", help="the rules as one JSON object")
    rules.set_defaults(handler=_rules)


def _set(args) -> int:
    from models.membership import referrals

    before = referrals.set_introducer(args.customer, args.by, args.note)
    obj = {"customer_id": args.customer, "introduced_by": args.by, "before": before}
    print_json(obj) if args.json else print(f"{args.customer}\t{args.by}")
    return 0


def _clear(args) -> int:
    from models.membership import referrals

    referrals.clear(args.customer)
    return 0


def _tree_lines(node: dict, indent: int = 0):
    mark = " *" if node["converted"] else ""
    yield f"{'  ' * indent}{node['customer_id']}\t{node['name']}{mark}"
    for child in node["children"]:
        yield from _tree_lines(child, indent + 1)


def _tree(args) -> int:
    from models.membership import referrals

    tree = referrals.tree(args.customer, depth=max(1, args.depth))
    if args.json:
        print_json(tree)
    else:
        for line in _tree_lines(tree):
            print(line)
    return 0


def _stats(args) -> int:
    from models.membership import referrals

    st = referrals.stats(*period(args))
    print_rows(st.pop("referrers"), args.json,
               lambda r: f"{r['customer_id']}\t{r['name']}\t{r['direct']}\t{r['all_levels']}\t"
               f"{r['converted']}")  # fmt: skip
    if args.json:
        print_json(st)
    else:
        shown = "-" if st["rate"] is None else f"{st['rate']:.1%}"
        print(f"new {st['new_customers']}\tintroduced {st['introduced']}\trate {shown}")
    return 0


def _rules(args) -> int:
    from models.membership import settings, wallet

    changes = {}
    for side in ("referrer", "referred"):
        for what in ("points", "visits"):
            value = getattr(args, f"{side}_{what}")
            if value is not None:
                changes[f"referral_{what}_{side}"] = value
        bonus = getattr(args, f"{side}_bonus")
        if bonus is not None:
            changes[f"referral_bonus_{side}_fen"] = wallet.parse_yuan(bonus, "bonus", True)
    if args.visit_service is not None:
        changes["referral_visit_service"] = args.visit_service
    values = settings.update(changes) if changes else settings.all_settings()
    rules = {k: v for k, v in values.items() if k.startswith("referral_")}
    if args.json:
        print_json(rules)
    else:
        for key, value in rules.items():
            print(f"{key}\t{value}")
    return 0
