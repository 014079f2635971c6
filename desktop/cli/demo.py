"""guanjia demo: realistic demo customers, follow-ups, contacts, complaints, purchases."""

from __future__ import annotations

from desktop.cli.output import fail
from desktop.cli.text import fill, translate

# models/ modules are imported inside the handler: every command module is imported to
# build the parser, and `--help` and the small commands should not load them all.


def register(commands) -> None:
    demo = commands.add_parser("demo", help="fill the database with realistic demo customers")
    demo.add_argument(
        "--customers", type=int, required=True, metavar="N", help="how many customers to add"
    )
    demo.add_argument(
        "--seed", type=int, default=1, metavar="S", help="random seed (same seed, same data)"
    )
    demo.add_argument(
        "--followups", type=int, default=0, metavar="N", help="also N demo follow-ups"
    )
    demo.add_argument(
        "--interactions", type=int, default=0, metavar="N", help="also N more logged contacts"
    )
    demo.add_argument(
        "--complaints", type=int, default=0, metavar="N", help="also N demo complaints (and FAQ)"
    )
    demo.add_argument(
        "--purchases", type=int, default=0, metavar="N", help="also N demo purchases (2 years)"
    )
    demo.add_argument(
        "--communities", action="store_true",
        help="also communities, members, activity, events and sign-ups in proportion to the "
        "customers (per million: 2,000 groups, 300,000 members, 5M activity rows)",
    )  # fmt: skip
    demo.set_defaults(handler=_demo)


def _demo(args) -> int:
    from models.demo import demo

    if args.customers < 0:
        return fail(translate("Cli", "--customers must be 0 or more"))
    if min(args.followups, args.interactions, args.complaints) < 0:
        return fail(
            translate("Cli", "--followups, --interactions and --complaints must be 0 or more")
        )
    n = demo.generate(args.customers, seed=args.seed)
    print(fill(translate("Cli", "added %1 demo customers"), n))
    if args.followups or args.interactions:
        from models.demo.demo_contacts import generate_contacts

        generate_contacts(args.followups, args.interactions, seed=args.seed)
        print(fill(translate("Cli", "added %1 follow-ups and %2 more contacts"), args.followups,
                   args.interactions))  # fmt: skip
    if args.complaints:
        from models.demo.demo_complaints import generate_complaints

        made = generate_complaints(args.complaints, seed=args.seed)
        print(fill(translate("Cli", "added %1 complaints"), made))
    if args.purchases:
        from models.demo.demo_purchases import generate_purchases

        made = generate_purchases(args.purchases, seed=args.seed)
        print(fill(translate("Cli", "added %1 purchases"), made))
    if args.communities:
        from models.demo.demo_communities import generate_communities

        made = generate_communities(seed=args.seed)
        print(fill(translate("Cli", "added %1 communities with %2 members, %3 activity rows, "
                                    "%4 events and %5 sign-ups"),
                   made["communities"], made["memberships"], made["activity"], made["events"],
                   made["signups"]))  # fmt: skip
    return 0
