"""guanjia purchases (list; add, import), rfm (scores and segments), lifecycle
(stages suggested from purchases)."""

from __future__ import annotations

import sys

from desktop.cli.imports import add_plan_details, print_left_out
from desktop.cli.options import DAY, WHEN, day
from desktop.cli.output import fail, print_json, print_rows
from desktop.cli.text import fill, translate

# models/ modules are imported inside the handlers: every command module is imported to
# build the parser, and `--help` and the small commands should not load them all.


def register(commands) -> None:
    pur = commands.add_parser("purchases", help="list purchases; 'purchases add' records one")
    pur.add_argument("--customer", type=int, metavar="ID", help="only this customer's")
    pur.add_argument("--json", action="store_true", help="one JSON object per line")
    pur.set_defaults(handler=_list)
    sub = pur.add_subparsers(dest="purchases_command", metavar="ACTION")
    add = sub.add_parser("add", help="record a purchase (a negative amount: a refund)")
    add.add_argument("--customer", type=int, required=True, metavar="ID", help="customer id")
    add.add_argument("--amount", required=True, metavar="A", help="amount in yuan, e.g. 128.50")
    add.add_argument("--date", default=None, metavar="WHEN", help="when (default now); " + WHEN)
    add.add_argument("--order", default="", metavar="NO", help="order number (单号), unique")
    add.add_argument(
        "--payment", default="", help="cash 现金, wechat 微信支付, alipay 支付宝, card 银行卡, ..."
    )
    add.add_argument("--note", default="", help="a note")
    add.add_argument(
        "--refund-of", type=int, default=None, metavar="ID", help="the purchase refunded"
    )
    add.add_argument("--json", action="store_true", help="print the purchase as JSON")
    add.set_defaults(handler=_add)
    ref = sub.add_parser(
        "refund", help="refund part or all of a purchase (no more than is left of it)"
    )
    ref.add_argument("id", type=int, metavar="ID", help="the purchase refunded")
    ref.add_argument("--amount", required=True, metavar="A", help="amount in yuan, above 0")
    ref.add_argument("--reason", default="", metavar="R", help="why (kept as the refund's note)")
    ref.add_argument("--json", action="store_true", help="print the refund as JSON")
    ref.set_defaults(handler=_refund)
    void = sub.add_parser(
        "delete", help="void a purchase (kept, out of every total) with a reason; a purchase"
        " with refunds: void the refunds first",
    )  # fmt: skip
    void.add_argument("id", type=int, metavar="ID", help="the purchase or refund")
    void.add_argument("--reason", required=True, metavar="R", help="why (required)")
    void.add_argument("--json", action="store_true", help="print the voided purchase as JSON")
    void.set_defaults(handler=_delete)
    edit = sub.add_parser("edit", help="correct a purchase's amount, time or note")
    edit.add_argument("id", type=int, metavar="ID", help="the purchase or refund")
    edit.add_argument("--amount", default=None, metavar="A", help="amount in yuan, above 0")
    edit.add_argument("--date", default=None, metavar="D", help="when; " + WHEN)
    edit.add_argument("--note", default=None, metavar="N", help="the note")
    edit.add_argument("--reason", default="", metavar="R", help="why (kept in the audit log)")
    edit.add_argument("--json", action="store_true", help="print the purchase as JSON")
    edit.set_defaults(handler=_edit)
    imp = sub.add_parser(
        "import",
        help="import purchases from .xlsx/.xls/.ods/.csv: rows with one order number are one"
        " purchase; one transaction; 'import --undo ID' undoes it",
    )
    imp.add_argument("file", metavar="FILE", help="the spreadsheet to import")
    imp.add_argument("--sheet", metavar="NAME", help="sheet to read (default: the first with data)")
    imp.add_argument("--header-row", type=int, metavar="N", help="header row number (0: none)")
    imp.add_argument("--encoding", metavar="NAME", help="CSV encoding (default: detected)")
    imp.add_argument("--delimiter", metavar="CHAR", help="CSV delimiter (default: detected)")
    imp.add_argument(
        "--unknown-customers", choices=("create", "error"), default="create",
        help="a customer number or name not found: create the customer (default) or list"
        " the row as an error",
    )  # fmt: skip
    imp.add_argument("--on-error", choices=("skip", "stop"), default="skip")
    imp.add_argument("--dry-run", action="store_true", help="check and count; write nothing")
    imp.add_argument("--errors", metavar="XLSX", help="write the rows not imported here")
    imp.add_argument("--json", action="store_true", help="print the outcome as one JSON object")
    imp.set_defaults(handler=_import)

    rfm = commands.add_parser("rfm", help="RFM scores and segments of the customers who bought")
    rfm.add_argument("--days", type=int, default=365, metavar="N", help="the period (default 365)")
    rfm.add_argument("--as-of", default=None, metavar="DAY", help="default today; " + DAY)
    rfm.add_argument("--json", action="store_true", help="one JSON object per line")
    rfm.add_argument(
        "--save", action="store_true",
        help="keep the scores on the customers (the table's RFM columns, --rfm-segment)",
    )  # fmt: skip
    rfm.add_argument(
        "--tags", action="store_true",
        help="--save, then give each customer their segment's tag in the group RFM 分群",
    )  # fmt: skip
    rfm.set_defaults(handler=_rfm)

    life = commands.add_parser(
        "lifecycle", help="lifecycle stages suggested from purchases; --apply accepts them all"
    )
    for flag, help_text in (
        ("--new-days", "first purchase within N days: new (default 90)"),
        ("--active-days", "N+ purchases, the last within N days: active (default 180)"),
        ("--churn-days", "last purchase over N days ago: churned (default 365)"),
        ("--active-purchases", "purchases an active customer has (default 2)"),
    ):
        life.add_argument(flag, type=int, metavar="N", help=help_text + "; kept for next time")
    life.add_argument("--apply", action="store_true", help="accept every suggestion")
    life.add_argument("--json", action="store_true", help="one JSON object")
    life.set_defaults(handler=_lifecycle)


def _list(args) -> int:
    from models.customers import record
    from models.purchases import purchases

    if args.customer is not None:
        record.live_customer(args.customer)
    rows = (purchases.to_json(row) for row in purchases.listing(args.customer))
    print_rows(rows, args.json, _line)
    return 0


def _line(obj: dict) -> str:
    return (f"{obj['id']}\t{obj['at']}\t{obj['customer_id']}\t{obj['amount']:.2f}\t"
            f"{obj['order_no']}")  # fmt: skip


def _points(obj: dict, earned: dict) -> dict:
    """A member's purchase says what it earned or gave back (a non-member's: nothing)."""
    if earned.get("member"):
        obj["points"] = earned["points"] + earned["first_order_points"] - earned["reversed"]
    return obj


def _add(args) -> int:
    from models.membership import recording
    from models.purchases import purchases

    new_id, earned = recording.add_purchase(
        args.customer, args.amount, at=args.date, order_no=args.order,
        payment=args.payment, note=args.note, refund_of=args.refund_of,
    )  # fmt: skip
    obj = _points(purchases.to_json(purchases.get(new_id)), earned)
    print_json(obj) if args.json else print(f"added purchase {new_id}")
    return 0


def _refund(args) -> int:
    from models.membership import recording
    from models.purchases import purchases

    new_id, earned = recording.refund(args.id, args.amount, reason=args.reason)
    row = purchases.get(new_id)
    obj = {**purchases.to_json(row), "purchase_id": args.id, "amount_fen": -row["amount_cents"]}
    obj = _points(obj, earned)
    if args.json:
        print_json(obj)
    else:
        print(fill(translate("Cli", "refund %1 of purchase %2: %3"), new_id, args.id,
                   f"{-row['amount_cents'] / 100:.2f}"))  # fmt: skip
    return 0


def _delete(args) -> int:
    from models.membership import recording
    from models.purchases import purchases

    _before, earned = recording.void(args.id, args.reason)
    row = purchases.get(args.id)
    obj = {**purchases.to_json(row), "voided_at": row["voided_at"].isoformat(timespec="seconds"),
           "void_reason": row["void_reason"]}  # fmt: skip
    obj = _points(obj, earned)
    if args.json:
        print_json(obj)
    else:
        print(fill(translate("Cli", "voided purchase %1 (kept, out of every total)"), args.id))
    return 0


def _edit(args) -> int:
    from models.membership import recording
    from models.purchases import purchases

    if args.amount is None and args.date is None and args.note is None:
        return fail(translate("Cli", "nothing to change: give --amount, --date or --note"))
    recording.edit(args.id, amount=args.amount, at=args.date, note=args.note,
                   reason=args.reason)  # fmt: skip
    obj = purchases.to_json(purchases.get(args.id))
    print_json(obj) if args.json else print(fill(translate("Cli", "edited purchase %1"), args.id))
    return 0


def _import(args) -> int:
    from models.excel import importer, purchase_import
    from models.excel.import_report import write_error_report

    options = purchase_import.Options(
        sheet=args.sheet, header_row=None if args.header_row is None else args.header_row - 1,
        unknown_customers=args.unknown_customers, on_error=args.on_error,
        encoding=args.encoding, delimiter=args.delimiter,
    )  # fmt: skip
    options.check()
    sheet = importer.load(args.file, options.loader())
    plan = purchase_import.plan(sheet, options)
    if args.errors:
        write_error_report(args.errors, plan, reason_text=purchase_import.english_reason)
    if args.dry_run:
        orders = plan.new_orders
        counts = plan.counts
        outcome = purchase_import.Result(
            None, len(orders), sum(1 for o in orders if o.cents < 0), None,
            plan.new_customers, counts["duplicate"], counts["error"],
        ).as_dict()  # fmt: skip
    else:
        outcome = purchase_import.run(plan).as_dict()
    outcome["rows"] = len(plan.rows)
    outcome["dry_run"] = bool(args.dry_run)
    add_plan_details(outcome, sheet, plan)
    if args.json:
        print_json(outcome)
        return 0
    counts = [outcome[k] for k in ("purchases", "refunds", "rows", "customers_created",
                                   "skipped", "errors")]  # fmt: skip
    if args.dry_run:
        print(fill(translate("Cli", "would import %1 purchases (%2 refunds) from %3 rows, %4 new "
                             "customers; skipped %5 rows already recorded, %6 rows with errors"),
                   *counts))  # fmt: skip
    else:
        print(fill(translate("Cli", "imported %1 purchases (%2 refunds) from %3 rows, %4 new "
                             "customers; skipped %5 rows already recorded, %6 rows with errors "
                             "(import %7; undo: import --undo ID)"),
                   *counts, outcome["import_id"]))  # fmt: skip
    print_left_out(outcome["error_rows"], plan)
    return 0


def _rfm(args) -> int:
    from models import clock
    from models.purchases import rfm

    as_of = day(args.as_of, "--as-of")
    scores = rfm.compute(args.days, as_of)
    if args.save or args.tags:
        rfm.store(scores, args.days, as_of or clock.today())
    if args.tags:
        change = rfm.apply_as_tags()
        gained = sum(len(v) for v in change.added.values())
        lost = sum(len(v) for v in change.removed.values())
        print(fill(translate("Cli", "RFM tags: %1 given, %2 taken off"), gained, lost),
              file=sys.stderr)  # fmt: skip
    print_rows((score.to_json() for score in scores), args.json, _rfm_line)
    return 0


def _rfm_line(obj: dict) -> str:
    return (
        f"{obj['customer_id']}\t{obj['customer_number']}\t{obj['r']}\t{obj['f']}\t"
        f"{obj['m']:.2f}\t{obj['r_score']}{obj['f_score']}{obj['m_score']}\t"
        f"{obj['segment']}"
    )


def _lifecycle(args) -> int:
    from dataclasses import replace

    from models.purchases import lifecycle

    rules = lifecycle.rules()
    given = {k: getattr(args, k) for k in ("new_days", "active_days", "churn_days",
                                           "active_purchases") if getattr(args, k) is not None}  # fmt: skip
    if given:
        rules = replace(rules, **given)
        lifecycle.set_rules(rules)
    found = lifecycle.suggestions(rules)
    applied = len(lifecycle.accept(found)) if args.apply else 0
    moves = [{"from": old, "to": new, "count": n} for (old, new), n in found.counts.items()]
    if args.json:
        print_json({"rules": rules.__dict__, "transitions": moves, "applied": applied})
        return 0
    for move in moves:
        print(f"{move['from'] or '-'} -> {move['to']}: {move['count']}")
    if args.apply:
        print(fill(translate("Cli", "%1 suggestions, %2 applied"), found.total, applied))
    else:
        print(fill(translate("Cli", "%1 suggestions (--apply accepts them)"), found.total))
    return 0
