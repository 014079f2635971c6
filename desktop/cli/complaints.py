"""guanjia complaints: list (most urgent first); add, the steps of handling one
(respond, start, resolve, visit, reopen), show, metrics."""

from __future__ import annotations

from desktop.cli.options import WHEN, period, period_options
from desktop.cli.output import json_text, print_json, print_rows
from desktop.cli.text import fill, translate

# models/ modules are imported inside the handlers: every command module is imported to
# build the parser, and `--help` and the small commands should not load them all.


def register(commands) -> None:
    com = commands.add_parser(
        "complaints", help="list complaints, most urgent first (escalated, high-value, deadline)"
    )
    com.add_argument(
        "--status",
        metavar="S",
        help="new, responded, in_progress, resolved, return_visited (or 新建, 处理中, ...),"
        " open or closed",
    )
    com.add_argument("--overdue", action="store_true", help="only open ones past a deadline")
    com.add_argument("--customer", type=int, metavar="ID", help="only this customer's")
    com.add_argument("--json", action="store_true", help="one JSON object per line")
    com.set_defaults(handler=_list)
    sub = com.add_subparsers(dest="complaints_command", metavar="ACTION")
    add = sub.add_parser("add", help="record a complaint")
    add.add_argument("--customer", type=int, required=True, metavar="ID", help="customer id")
    add.add_argument("--category", required=True, help="quality 产品质量, service 服务态度, ...")
    add.add_argument("--description", required=True, help="what the customer said")
    add.add_argument("--severity", default="normal", help="normal 一般, serious 严重, urgent 紧急")
    add.add_argument(
        "--channel",
        default="phone",
        help="phone 电话, store 门店, wechat 微信, email 邮件, online 网络",
    )
    add.add_argument("--owner", default=None, help="who handles it (default: the customer's owner)")
    add.add_argument("--received", default=None, metavar="WHEN", help="default now; " + WHEN)
    add.add_argument("--json", action="store_true", help="print the complaint as JSON")
    add.set_defaults(handler=_add)
    for action, text in (
        ("respond", "record the first response"),
        ("start", "start handling it (the plan: --owner and --deadline)"),
        ("resolve", "resolve it (--root-cause and --solution); plans the return visit"),
        ("visit", "record the return visit (--satisfaction 1-5, --comment)"),
        ("reopen", "reopen it (--note: why)"),
    ):
        cmd = sub.add_parser(action, help=text)
        cmd.add_argument("id", type=int, help="complaint id")
        cmd.add_argument("--note", default="", help="a note for the history")
        cmd.add_argument("--at", default=None, metavar="WHEN", help="default now; " + WHEN)
        cmd.add_argument("--json", action="store_true", help="print the complaint as JSON")
        if action == "start":
            cmd.add_argument("--owner", default=None, help="the person responsible")
            cmd.add_argument("--deadline", default=None, metavar="WHEN", help=WHEN)
        if action == "resolve":
            cmd.add_argument("--root-cause", required=True, help="why it happened")
            cmd.add_argument("--solution", required=True, help="what was done")
        if action == "visit":
            cmd.add_argument("--satisfaction", required=True, help="1 to 5")
            cmd.add_argument("--comment", default="", help="what the customer said")
        cmd.set_defaults(handler=_step)
    show = sub.add_parser("show", help="one complaint with its history")
    show.add_argument("id", type=int, help="complaint id")
    show.add_argument("--json", action="store_true", help="print as JSON")
    show.set_defaults(handler=_show)
    metrics = sub.add_parser("metrics", help="counts, response and resolution times, satisfaction")
    period_options(metrics, "received from", "received up to")
    metrics.add_argument("--json", action="store_true", help="print one JSON object")
    metrics.set_defaults(handler=_metrics)


def _list(args) -> int:
    from models.complaints import complaint_list, vocabulary
    from models.customers import record

    if args.customer is not None:
        record.live_customer(args.customer)
    status = args.status
    if status and status not in ("open", "closed"):
        status = vocabulary.parse("status", status)
    condition = complaint_list.where(status=status, overdue=args.overdue, customer_id=args.customer)
    print_rows((complaint_list.to_json(row) for row in _batches(condition)), args.json, _line)
    return 0


def _batches(condition):
    """The complaints `condition` selects, read 1,000 at a time."""
    from models.complaints import complaint_list

    offset = 0
    while True:
        batch = complaint_list.rows(condition, limit=1000, offset=offset)
        yield from batch
        if len(batch) < 1000:
            return
        offset += len(batch)


def _line(obj: dict) -> str:
    flags = ("!" if obj["escalated"] else "") + ("*" if obj["high_value"] else "")
    return (
        f"{obj['id']}{flags}\t{obj['received_at']}\t{obj['status']}\t{obj['severity']}\t"
        f"{obj['category']}\t{obj['customer_id']} {obj['customer_name']}\t"
        f"{(obj['description'].splitlines() or [''])[0]}"
    )


def _add(args) -> int:
    from models.complaints import complaint_list, complaints
    from models.team import staff

    if args.owner:  # an owner given here is an active staff member (team list)
        args.owner = staff.check_owner(args.owner)
    new_id = complaints.create(
        args.customer, category=args.category, description=args.description,
        severity=args.severity, channel=args.channel, owner=args.owner,
        received_at=args.received,
    )  # fmt: skip
    obj = complaint_list.to_json(complaint_list.get(new_id))
    print_json(obj) if args.json else print(fill(translate("Cli", "added complaint %1"), new_id))
    return 0


def _step(args) -> int:
    from models.complaints import complaint_list, complaints
    from models.team import staff

    if getattr(args, "owner", None):  # a new owner is an active staff member (team list)
        args.owner = staff.check_owner(args.owner)
    options = {"note": args.note, "at": args.at}
    for name in ("owner", "deadline", "root_cause", "solution", "comment", "satisfaction"):
        if hasattr(args, name):
            options[name] = getattr(args, name)
    result = complaints.step(args.id, args.complaints_command, **options)
    if args.json:
        print_json(complaint_list.to_json(complaint_list.get(args.id)))
    else:
        extra = fill(translate("Cli", "; return visit planned: follow-up %1"),
                     result["followup_id"]) if result["followup_id"] else ""  # fmt: skip
        print(fill(translate("Cli", "complaint %1 is now %2"), args.id, result["status"]) + extra)
    return 0


def _show(args) -> int:
    from models.complaints import complaint_list

    obj = complaint_list.to_json(complaint_list.get(args.id))
    obj["history"] = [
        {k: e[k] for k in ("at", "action", "from_status", "to_status", "note", "owner")}
        for e in complaint_list.events(args.id)
    ]
    if args.json:
        print_json(obj)
    else:
        print(_line(obj))
        for e in obj["history"]:
            print(f"  {e['at']:%Y-%m-%d %H:%M}\t{e['action']}\t{e['to_status']}\t{e['note']}")
    return 0


def _metrics(args) -> int:
    from models.complaints import complaint_metrics

    start, end = period(args)
    metrics = complaint_metrics.compute(start, end).to_json()
    if args.json:
        print_json(metrics)
    else:
        for key, value in metrics.items():
            print(f"{key}\t{json_text(value)}")
    return 0
