"""guanjia cards (sell, use, refund, list, show, reverse, expire): count cards (计次卡,
issue 26). Money on the command line in yuan (up to two decimals), in JSON as integer
fen in keys ending `_fen`; a refused movement exits 1 with one line, nothing written."""

from __future__ import annotations

from desktop.cli.options import DAY, day
from desktop.cli.output import print_json, print_rows

# models/ modules are imported inside the handlers (see desktop/cli/purchases.py).


def register(commands) -> None:
    cc = commands.add_parser("cards", help="count cards (计次卡): sell, use a visit, refund")
    sub = cc.add_subparsers(dest="cards_command", metavar="ACTION", required=True)
    sell = sub.add_parser("sell", help="sell a card of N visits of a service")
    sell.add_argument("--customer", type=int, required=True, metavar="C", help="customer id")
    sell.add_argument("--service", required=True, metavar="S", help="the service, e.g. 洗剪吹")
    sell.add_argument("--visits", required=True, metavar="N", help="visits, from 1")
    sell.add_argument("--price", required=True, metavar="A", help="the price in yuan")
    sell.add_argument("--expires", metavar="DAY", help="the last day it can be used; " + DAY)
    sell.add_argument("--pay", default="cash", choices=("cash", "wallet"),
                      help="paid in cash (default) or from stored value")  # fmt: skip
    sell.add_argument("--card", metavar="NO", help="the member card paying (default: in use)")
    sell.add_argument("--receipt", default="", metavar="NO", help="receipt number (once)")
    sell.add_argument("--json", action="store_true", help="the card as one JSON object")
    sell.set_defaults(handler=_sell)
    use = sub.add_parser("use", help="use one visit")
    use.add_argument("id", metavar="ID", help="the count card")
    use.add_argument("--note", default="", metavar="N", help="a note")
    use.add_argument("--json", action="store_true", help="the card as one JSON object")
    use.set_defaults(handler=_use)
    ref = sub.add_parser("refund", help="refund the unused visits pro rata (rounded down)")
    ref.add_argument("id", metavar="ID", help="the count card")
    ref.add_argument("--reason", default="", metavar="R", help="why")
    ref.add_argument("--json", action="store_true", help="the card and refund_fen")
    ref.set_defaults(handler=_refund)
    lst = sub.add_parser("list", help="count cards, oldest first")
    lst.add_argument("--customer", type=int, metavar="C", help="one customer's")
    lst.add_argument("--usable", action="store_true", help="only cards with visits to use")
    lst.add_argument("--json", action="store_true", help="one JSON object per card")
    lst.set_defaults(handler=_list)
    show = sub.add_parser("show", help="a card and its movements")
    show.add_argument("id", metavar="ID", help="the count card")
    show.add_argument("--json", action="store_true", help="one object per movement, then the card")
    show.set_defaults(handler=_show)
    rev = sub.add_parser("reverse", help="undo a movement by a reversing row")
    rev.add_argument("entry", type=int, metavar="ENTRY", help="the movement (see show)")
    rev.add_argument("--reason", default="", metavar="R", help="why")
    rev.add_argument("--json", action="store_true", help="the card as one JSON object")
    rev.set_defaults(handler=_reverse)
    exp = sub.add_parser("expire", help="cards past their expiry lose their unused visits")
    exp.add_argument("--date", metavar="DAY", help="as of this day (default today); " + DAY)
    exp.add_argument("--dry-run", action="store_true", help="count; write nothing")
    exp.add_argument("--json", action="store_true", help="the outcome as one JSON object")
    exp.set_defaults(handler=_expire)


def _out(args, card_id, **more) -> int:
    from models.membership import count_cards

    obj = {**count_cards.get(card_id), **more}
    if args.json:
        print_json(obj)
    else:
        print(_line(obj) + "".join(f"\t{k} {v}" for k, v in more.items()))
    return 0


def _line(c: dict) -> str:
    expires = c["expires_on"].isoformat() if c["expires_on"] else "-"
    return (f"{c['id']}\t{c['customer_id']}\t{c['service']}\t{c['visits_left']}/"
            f"{c['visits_total']}\t{c['price_fen'] / 100:.2f}\t{expires}\t{c['status']}")  # fmt: skip


def _sell(args) -> int:
    from models.membership import count_cards, wallet

    card_id = count_cards.sell(
        args.customer, args.service, args.visits,
        wallet.parse_yuan(args.price, "price", allow_zero=True),
        expires_on=day(args.expires, "--expires"), pay=args.pay, card_no=args.card,
        receipt_no=args.receipt,
    )  # fmt: skip
    return _out(args, card_id)


def _use(args) -> int:
    from models.membership import count_cards

    entry = count_cards.use(args.id, note=args.note)
    return _out(args, args.id, entry_id=entry)


def _refund(args) -> int:
    from models.membership import count_cards

    quote = count_cards.refund_quote(args.id)
    entry = count_cards.refund(args.id, reason=args.reason)
    return _out(args, args.id, entry_id=entry, refund_fen=quote["refund_fen"])


def _list(args) -> int:
    from models.membership import count_cards

    print_rows(count_cards.listing(args.customer, usable_only=args.usable), args.json, _line)
    return 0


def _show(args) -> int:
    from models.membership import count_cards

    card = count_cards.get(args.id)
    print_rows(count_cards.movements(args.id), args.json,
               lambda m: f"{m['id']}\t{m['at']}\t{m['kind']}\t{m['visits']:+d}\t"
               f"{m['amount_fen'] / 100:.2f}\t{m['staff']}\t{m['reason']}")  # fmt: skip
    print_json(card) if args.json else print(_line(card))
    return 0


def _reverse(args) -> int:
    from models.membership import count_cards

    entry = count_cards.reverse(args.entry, args.reason)
    return _out(args, count_cards.card_of_entry(entry), entry_id=entry)


def _expire(args) -> int:
    from models.membership import count_cards

    done = count_cards.expire(day(args.date, "--date"), dry_run=args.dry_run)
    if args.json:
        print_json(done)
    else:
        verb = "would expire" if done["dry_run"] else "expired"
        print(f"{verb} {done['visits']} visits of {done['cards']} count cards")
    return 0
