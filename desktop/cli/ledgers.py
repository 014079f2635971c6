"""guanjia points (earn, redeem, adjust, reverse, expire, statement, check) and guanjia
wallet (topup, pay, refund, transfer, reverse, statement, reconcile, liability,
dormant): the members' points and stored-value ledgers (issue 26). Money on the command
line in yuan (up to two decimals), in JSON as integer fen in keys ending `_fen`; a
refused movement exits 1 with one line and writes nothing."""

from __future__ import annotations

import sys

from desktop.cli.options import DAY, day, period, period_options
from desktop.cli.output import print_json, print_rows

# models/ modules are imported inside the handlers (see desktop/cli/purchases.py).


def _customer(parser, required: bool = True) -> None:
    parser.add_argument("--customer", type=int, required=required, metavar="C",
                        help="customer id (a member)")  # fmt: skip


def _json(parser, what: str = "the movement as one JSON object") -> None:
    parser.add_argument("--json", action="store_true", help=what)


def register(commands) -> None:
    pts = commands.add_parser("points", help="members' points (积分): earn, redeem, expire, ...")
    sub = pts.add_subparsers(dest="points_command", metavar="ACTION", required=True)
    earn = sub.add_parser("earn", help="points earned")
    _customer(earn)
    earn.add_argument("--points", required=True, metavar="N", help="points, above 0")
    earn.add_argument("--reason", default="", metavar="R", help="why")
    earn.add_argument("--task", default="", choices=("", "register", "profile", "first_order",
                                                     "review"), help="a task: once per member")  # fmt: skip
    earn.add_argument("--purchase", type=int, metavar="ID", help="the purchase that earned them")
    earn.add_argument("--receipt", default="", metavar="NO", help="receipt number (once)")
    _json(earn)
    earn.set_defaults(handler=_earn)
    red = sub.add_parser("redeem", help="points spent (never expired ones)")
    _customer(red)
    red.add_argument("--points", required=True, metavar="N", help="points, above 0")
    red.add_argument("--reason", default="", metavar="R", help="for what")
    red.add_argument("--purchase", type=int, metavar="ID", help="the purchase they paid toward")
    red.add_argument("--receipt", default="", metavar="NO", help="receipt number (once)")
    _json(red)
    red.set_defaults(handler=_redeem)
    adj = sub.add_parser("adjust", help="a correction by hand, with a reason")
    _customer(adj)
    adj.add_argument("--points", required=True, metavar="N", help="points, e.g. 50 or -20")
    adj.add_argument("--reason", required=True, metavar="R", help="why (required)")
    _json(adj)
    adj.set_defaults(handler=_adjust)
    rev = sub.add_parser("reverse", help="undo a movement by a reversing row")
    rev.add_argument("id", type=int, metavar="ID", help="the movement (a statement line's id)")
    rev.add_argument("--reason", default="", metavar="R", help="why")
    _json(rev)
    rev.set_defaults(handler=_points_reverse)
    exp = sub.add_parser("expire", help="expire the points valid through a day (default"
                         " yesterday), oldest first")  # fmt: skip
    exp.add_argument("--date", metavar="DAY", help="the cut-off day; " + DAY)
    exp.add_argument("--dry-run", action="store_true", help="count; write nothing")
    _json(exp, "the outcome as one JSON object")
    exp.set_defaults(handler=_expire)
    st = sub.add_parser("statement", help="a member's points statement (对账单)")
    _customer(st)
    period_options(st)
    _json(st, "one object per line, then one with opening, balance")
    st.set_defaults(handler=_points_statement)
    chk = sub.add_parser("check", help="every member's points recomputed from the ledger")
    _json(chk, "the outcome as one JSON object")
    chk.set_defaults(handler=_points_check)

    wal = commands.add_parser("wallet", help="stored value (储值): topup, pay, refund, reconcile")
    sub = wal.add_subparsers(dest="wallet_command", metavar="ACTION", required=True)
    top = sub.add_parser("topup", help="a top-up (without --bonus, the bonus tiers apply)")
    _money(top, "paid in, in yuan")
    top.add_argument("--bonus", metavar="B", help="the bonus in yuan (default: the tiers)")
    top.set_defaults(handler=_topup)
    pay = sub.add_parser("pay", help="pay from the balance")
    _money(pay, "in yuan")
    pay.add_argument("--purchase", type=int, metavar="ID", help="the purchase paid")
    pay.set_defaults(handler=_pay)
    ref = sub.add_parser("refund", help="pay back unspent principal (never bonus)")
    _money(ref, "principal in yuan")
    ref.set_defaults(handler=_refund)
    tra = sub.add_parser("transfer", help="move stored value between the customer's cards")
    _customer(tra)
    tra.add_argument("--from-card", required=True, metavar="NO")
    tra.add_argument("--to-card", required=True, metavar="NO")
    tra.add_argument("--amount", metavar="A", help="in yuan (default: all of it)")
    tra.add_argument("--reason", default="", metavar="R")
    _json(tra, "the two movements, one JSON object each")
    tra.set_defaults(handler=_transfer)
    rev = sub.add_parser("reverse", help="undo a movement by a reversing row")
    rev.add_argument("id", type=int, metavar="ID", help="the movement (a statement line's id)")
    rev.add_argument("--reason", default="", metavar="R", help="why")
    _json(rev, "the reversing rows, one JSON object each")
    rev.set_defaults(handler=_wallet_reverse)
    st = sub.add_parser("statement", help="a member's stored-value statement")
    _customer(st)
    st.add_argument("--card", metavar="NO", help="one card only")
    period_options(st)
    _json(st, "one object per line, then principal_fen, bonus_fen, balance_fen")
    st.set_defaults(handler=_wallet_statement)
    rec = sub.add_parser("reconcile", help="a day's reconciliation (--date), or all time and"
                         " every card's balance against the ledger")  # fmt: skip
    rec.add_argument("--date", metavar="DAY", help="the day; " + DAY)
    _json(rec, "keys opening_fen, closing_fen, difference_fen, ...")
    rec.set_defaults(handler=_reconcile)
    lia = sub.add_parser("liability", help="the outstanding liability (余额负债)")
    _json(lia, "one JSON object")
    lia.set_defaults(handler=_liability)
    dor = sub.add_parser("dormant", help="cards holding a balance, unused for N days")
    dor.add_argument("--days", type=int, metavar="N", help="default: the setting (180)")
    _json(dor, "one JSON object per card")
    dor.set_defaults(handler=_dormant)


def _money(parser, what: str) -> None:
    _customer(parser)
    parser.add_argument("--amount", required=True, metavar="A", help=what)
    parser.add_argument("--card", metavar="NO", help="the card (default: the card in use)")
    parser.add_argument("--receipt", default="", metavar="NO", help="receipt number (once)")
    parser.add_argument("--reason", default="", metavar="R", help="a note")
    _json(parser)


# ---------------------------------------------------------------- points


def _points_out(args, entry_id: int) -> int:
    from models.membership import statements

    obj = statements.points_movement(entry_id)
    if args.json:
        print_json(obj)
    else:
        print(f"{obj['kind']} {obj['points']:+d}: balance {obj['balance']}")
    return 0


def _earn(args) -> int:
    from models.membership import points

    entry = points.earn(args.customer, args.points, reason=args.reason, task=args.task,
                        purchase_id=args.purchase, receipt_no=args.receipt)  # fmt: skip
    return _points_out(args, entry)


def _redeem(args) -> int:
    from models.membership import points

    entry = points.redeem(args.customer, args.points, reason=args.reason,
                          purchase_id=args.purchase, receipt_no=args.receipt)  # fmt: skip
    return _points_out(args, entry)


def _adjust(args) -> int:
    from models.membership import points

    return _points_out(args, points.adjust(args.customer, args.points, args.reason))


def _points_reverse(args) -> int:
    from models.membership import points

    return _points_out(args, points.reverse(args.id, args.reason))


def _expire(args) -> int:
    from models.membership import points_expiry

    done = points_expiry.expire(day(args.date, "--date"), dry_run=args.dry_run)
    obj = {"cutoff": done.cutoff, "members": done.members, "points": done.points,
           "dry_run": done.dry_run}  # fmt: skip
    if args.json:
        print_json(obj)
    else:
        verb = "would expire" if done.dry_run else "expired"
        print(f"{verb} {done.points} points of {done.members} members (valid through"
              f" {done.cutoff.isoformat()})")  # fmt: skip
    return 0


def _points_statement(args) -> int:
    from models.membership import statements

    st = statements.points_statement(args.customer, *period(args))
    print_rows(st.lines, args.json, lambda r: f"{r['id']}\t{r['at']}\t{r['kind']}\t"
               f"{r['points']:+d}\t{r['balance']}\t{r['reason']}")  # fmt: skip
    last = {"customer_id": st.customer_id, "opening": st.opening["points"],
            "balance": st.closing["points"]}  # fmt: skip
    print_json(last) if args.json else print(
        f"opening {last['opening']}\tbalance {last['balance']}"
    )
    return 0


def _check_out(args, result) -> int:
    if args.json:
        print_json({**result.to_json(), "details": result.differences[:100]})
    else:
        print(f"members {result.members}, cards {result.cards}, differences"
              f" {len(result.differences)}")  # fmt: skip
        for diff in result.differences[:100]:
            print(diff)
    return 0 if result.ok else 1


def _points_check(args) -> int:
    from models.membership import check

    return _check_out(args, check.check_points())


# ---------------------------------------------------------------- stored value


def _wallet_out(args, ids: list[int]) -> int:
    from models.membership import statements

    for entry_id in ids:
        obj = statements.wallet_movement(entry_id)
        if args.json:
            print_json(obj)
        else:
            print(f"{obj['kind']} {obj['card']} {obj['amount_fen'] / 100:+.2f}: balance"
                  f" {obj['balance_fen'] / 100:.2f}")  # fmt: skip
    return 0


def _topup(args) -> int:
    from models.membership import wallet

    bonus = None if args.bonus is None else wallet.parse_yuan(args.bonus, "bonus", True)
    entry = wallet.topup(args.customer, wallet.parse_yuan(args.amount), bonus_fen=bonus,
                         card_no=args.card, receipt_no=args.receipt, reason=args.reason)  # fmt: skip
    return _wallet_out(args, [entry])


def _pay(args) -> int:
    from models.membership import wallet

    entry = wallet.pay(args.customer, wallet.parse_yuan(args.amount), card_no=args.card,
                       receipt_no=args.receipt, purchase_id=args.purchase,
                       reason=args.reason)  # fmt: skip
    return _wallet_out(args, [entry])


def _refund(args) -> int:
    from models.membership import wallet

    entry = wallet.refund(args.customer, wallet.parse_yuan(args.amount), card_no=args.card,
                          receipt_no=args.receipt, reason=args.reason)  # fmt: skip
    return _wallet_out(args, [entry])


def _transfer(args) -> int:
    from models.membership import wallet

    amount = None if args.amount is None else wallet.parse_yuan(args.amount)
    ids = wallet.transfer(args.customer, args.from_card, args.to_card, amount,
                          reason=args.reason)  # fmt: skip
    return _wallet_out(args, list(ids))


def _wallet_reverse(args) -> int:
    from models.membership import wallet

    return _wallet_out(args, wallet.reverse(args.id, args.reason))


def _wallet_statement(args) -> int:
    from models.membership import statements

    st = statements.wallet_statement(args.customer, *period(args), card_no=args.card)
    print_rows(st.lines, args.json, lambda r: f"{r['id']}\t{r['at']}\t{r['kind']}\t{r['card']}\t"
               f"{r['amount_fen'] / 100:+.2f}\t{r['balance_fen'] / 100:.2f}")  # fmt: skip
    last = {"customer_id": st.customer_id, "opening_fen": st.opening["balance_fen"],
            **st.closing}  # fmt: skip
    if args.json:
        print_json(last)
    else:
        print(f"principal {last['principal_fen'] / 100:.2f}\tbonus {last['bonus_fen'] / 100:.2f}"
              f"\tbalance {last['balance_fen'] / 100:.2f}")  # fmt: skip
    return 0


def _reconcile(args) -> int:
    from models.membership import check, reconcile

    when = day(args.date, "--date")
    rec = reconcile.reconcile_day(when) if when else reconcile.reconcile_all()
    obj = rec.to_json()
    if when is None:  # all time: every card's kept balance against its rows too
        found = check.check_wallet()
        obj["cards"], obj["card_differences"] = found.cards, found.differences[:100]
    if args.json:
        print_json(obj)
    else:
        print(f"opening {obj['opening_fen'] / 100:.2f} + topups {obj['topups_fen'] / 100:.2f}"
              f" + bonuses {obj['bonuses_fen'] / 100:.2f} - payments"
              f" {obj['payments_fen'] / 100:.2f} - refunds"
              f" {(obj['refunds_fen'] + obj['refunds_bonus_fen']) / 100:.2f} = closing"
              f" {obj['closing_fen'] / 100:.2f}; difference {obj['difference_fen'] / 100:.2f}")  # fmt: skip
    bad = obj["difference_fen"] or obj["day_figures_differ"] or obj.get("card_differences")
    if bad:
        print("guanjia: error: the stored-value ledger and the balances differ", file=sys.stderr)
    return 1 if bad else 0


def _liability(args) -> int:
    from models.membership import reconcile

    obj = reconcile.liability()
    print_json(obj) if args.json else print(f"{obj['balance_fen'] / 100:.2f} on {obj['cards']}")
    return 0


def _dormant(args) -> int:
    from models.membership import reconcile

    print_rows(reconcile.dormant(args.days), args.json,
               lambda r: f"{r['card']}\t{r['customer_id']}\t{r['balance_fen'] / 100:.2f}\t"
               f"{r['last_used_at']}")  # fmt: skip
    return 0
