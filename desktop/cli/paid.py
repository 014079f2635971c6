"""guanjia paid (sell, renew, list, expire, cancel): paid membership (付费会员, issue 26).
The fee on the command line in yuan, in JSON as `fee_fen`; dates ISO 8601."""

from __future__ import annotations

from desktop.cli.options import DAY, day
from desktop.cli.output import print_json, print_rows

# models/ modules are imported inside the handlers (see desktop/cli/purchases.py).

TERMS = ("month", "quarter", "year", "days")


def register(commands) -> None:
    pm = commands.add_parser("paid", help="paid membership (付费会员): sell, renew, expire")
    sub = pm.add_subparsers(dest="paid_command", metavar="ACTION", required=True)
    sell = sub.add_parser("sell", help="a first term (refused while one is in force)")
    sell.add_argument("--customer", type=int, required=True, metavar="C", help="customer id")
    sell.add_argument("--plan", required=True, metavar="P", help="the plan, e.g. 年卡会员")
    _term(sell, required=True)
    sell.add_argument("--start", metavar="DAY", help="the first day (default today); " + DAY)
    sell.set_defaults(handler=_sell)
    ren = sub.add_parser("renew", help="the next term, from the day after the current ends")
    ren.add_argument("--customer", type=int, required=True, metavar="C", help="customer id")
    ren.add_argument("--plan", metavar="P", help="default: the current term's plan")
    _term(ren, required=False)
    ren.set_defaults(handler=_renew)
    lst = sub.add_parser("list", help="terms, by customer and start")
    lst.add_argument("--customer", type=int, metavar="C", help="one customer's")
    lst.add_argument("--status", choices=("active", "upcoming", "expired", "cancelled"))
    lst.add_argument("--json", action="store_true", help="one JSON object per term")
    lst.set_defaults(handler=_list)
    exp = sub.add_parser("expire", help="terms past their end become expired (daily)")
    exp.add_argument("--date", metavar="DAY", help="as of this day (default today); " + DAY)
    exp.add_argument("--dry-run", action="store_true", help="count; write nothing")
    exp.add_argument("--json", action="store_true", help="the outcome as one JSON object")
    exp.set_defaults(handler=_expire)
    can = sub.add_parser("cancel", help="cancel a term sold or renewed by mistake")
    can.add_argument("id", metavar="ID", help="the term")
    can.add_argument("--reason", default="", metavar="R", help="why")
    can.add_argument("--json", action="store_true", help="the term as one JSON object")
    can.set_defaults(handler=_cancel)
    rem = sub.add_parser("reminders", help="show or change the renewal reminders' lead days")
    rem.add_argument("--days", type=int, metavar="N", help="days before a term ends (default 7)")
    rem.add_argument("--json", action="store_true", help="renewal_reminder_days as JSON")
    rem.set_defaults(handler=_reminders)


def _term(parser, required: bool) -> None:
    parser.add_argument("--term", required=required, choices=TERMS,
                        help="a month, a quarter, a year or --days N days")  # fmt: skip
    parser.add_argument("--days", metavar="N", help="the days of a --term days")
    parser.add_argument("--fee", required=True, metavar="A", help="the fee in yuan")
    parser.add_argument("--receipt", default="", metavar="NO", help="receipt number")
    parser.add_argument("--json", action="store_true", help="the term as one JSON object")


def _line(t: dict) -> str:
    return (f"{t['id']}\t{t['customer_id']}\t{t['plan']}\t{t['starts_on'].isoformat()}\t"
            f"{t['ends_on'].isoformat()}\t{t['fee_fen'] / 100:.2f}\t{t['status']}")  # fmt: skip


def _out(args, term_id) -> int:
    from models.membership import paid

    term = paid.get(term_id)
    print_json(term) if args.json else print(_line(term))
    return 0


def _sell(args) -> int:
    from models.membership import paid, wallet

    term_id = paid.sell(args.customer, args.plan, args.term,
                        wallet.parse_yuan(args.fee, "fee", allow_zero=True), days=args.days,
                        starts_on=day(args.start, "--start"), receipt_no=args.receipt)  # fmt: skip
    return _out(args, term_id)


def _renew(args) -> int:
    from models.membership import paid, wallet

    term_id = paid.renew(args.customer, wallet.parse_yuan(args.fee, "fee", allow_zero=True),
                         plan=args.plan, term=args.term, days=args.days,
                         receipt_no=args.receipt)  # fmt: skip
    return _out(args, term_id)


def _list(args) -> int:
    from models.membership import paid

    print_rows(paid.listing(args.customer, status=args.status), args.json, _line)
    return 0


def _expire(args) -> int:
    from models.membership import paid

    done = paid.expire(day(args.date, "--date"), dry_run=args.dry_run)
    if args.json:
        print_json(done)
    else:
        verb = "would expire" if done["dry_run"] else "expired"
        print(f"{verb} {done['terms']} terms of {done['customers']} customers")
    return 0


def _cancel(args) -> int:
    from models.membership import paid

    paid.cancel(args.id, args.reason)
    return _out(args, args.id)


def _reminders(args) -> int:
    from models.membership import settings

    if args.days is not None:
        settings.update({"renewal_reminder_days": args.days})
    days = settings.get("renewal_reminder_days")
    print_json({"renewal_reminder_days": days}) if args.json else print(days)
    return 0
