"""guanjia funnel: the acquisition funnel (获客 -> 识别 -> 培育 -> 转化 -> 经营 -> 裂变) of a
period's new customers, its costs per channel or event, and the ROI (issue 28)."""

from __future__ import annotations

from desktop.cli.options import period, period_options
from desktop.cli.output import print_json, print_rows
from desktop.cli.text import translate

# models/ modules are imported inside the handlers (see desktop/cli/purchases.py).

SPLITS = "channel, staff, event or community"


def register(commands) -> None:
    fun = commands.add_parser("funnel", help="the acquisition funnel, its costs and ROI")
    period_options(fun, "customers entered from")
    fun.add_argument("--by", metavar="SPLIT", help=f"a group per {SPLITS}")
    fun.add_argument("--json", action="store_true",
                     help="one object: stages (stage, count, rate, median_days), with --by"
                     " groups (key, name, stages)")  # fmt: skip
    fun.set_defaults(handler=_funnel)
    sub = fun.add_subparsers(dest="funnel_command", metavar="ACTION")
    costs = sub.add_parser("costs", help="acquisition costs per channel or event")
    what = costs.add_subparsers(dest="costs_command", metavar="ACTION", required=True)
    lst = what.add_parser("list", help="the costs meeting the period")
    period_options(lst, "costs from")
    lst.add_argument("--json", action="store_true", help="one object per cost")
    lst.set_defaults(handler=_costs_list)
    put = what.add_parser("set", help="enter (or change) a cost over a span of days")
    put.add_argument(
        "--channel",
        metavar="C",
        help="a source channel: its code or its word, in Chinese or English (ads, wechat, 微信, WeChat, 门店, ...)",
    )
    put.add_argument("--event", type=int, metavar="N", help="an event id")
    period_options(put, "the span's first day", "the span's last day (inclusive)", required=True)
    put.add_argument("--amount", required=True, metavar="YUAN", help="the cost in yuan")
    put.add_argument("--note", default="", metavar="N", help="a note")
    put.add_argument("--json", action="store_true", help="the cost as one object")
    put.set_defaults(handler=_costs_set)
    rm = what.add_parser("remove", help="remove a cost")
    rm.add_argument("id", type=int, metavar="ID", help="the cost's id")
    rm.add_argument("--json", action="store_true", help="the removed cost as one object")
    rm.set_defaults(handler=_costs_remove)
    roi = sub.add_parser("roi", help="cost, leads, customers, revenue and ROI per channel")
    period_options(roi, "customers entered (and their purchases) from")
    roi.add_argument("--by", default="channel", metavar="SPLIT", help="channel (default) or event")
    roi.add_argument("--json", action="store_true", help="one object per channel or event")
    roi.set_defaults(handler=_roi)
    check = sub.add_parser("check", help="the kept milestones against a recount of the"
                           " contacts, purchases, members and referrals (exit 1 when they"
                           " differ)")  # fmt: skip
    check.add_argument("--repair", action="store_true",
                       help="recount the milestones from the rows")  # fmt: skip
    check.add_argument("--json", action="store_true", help="print one JSON object")
    check.set_defaults(handler=_check)


def _period(args):
    from models.insights.funnel import Period

    return Period(*period(args))


def _rate(value) -> str:
    return "-" if value is None else f"{value:.1%}"


def _funnel(args) -> int:
    from models.insights import funnel

    result = funnel.compute(_period(args), args.by or "")
    if args.json:
        print_json(result.to_json())
        return 0
    for stage in result.stages:
        median = "-" if stage.median_days is None else f"{stage.median_days:g}"
        print(f"{stage.stage}\t{stage.count}\t{_rate(stage.rate)}\t{median}")
    for group in result.groups:
        counts = "\t".join(str(s.count) for s in group.stages)
        print(f"{group.name or '-'}\t{counts}")
    return 0


def _yuan(fen) -> str:
    return "-" if fen is None else f"{fen / 100:.2f}"


def _cost_line(row: dict) -> str:
    who = row["channel"] or f"event {row['event_id']}"
    return (
        f"{row['id']}\t{who}\t{row['from']}\t{row['to']}\t{_yuan(row['amount_fen'])}\t{row['note']}"
    )


def _costs_list(args) -> int:
    from models.insights import funnel_costs

    period = _period(args)
    print_rows(funnel_costs.listing(period.start, period.end), args.json, _cost_line)
    return 0


def _costs_set(args) -> int:
    from models.insights import funnel_costs
    from models.purchases.purchases import to_cents

    start, end = period(args)
    cost_id = funnel_costs.set_cost(channel=args.channel, event_id=args.event, start=start,
                                    end=end, amount_fen=to_cents(args.amount),
                                    note=args.note)  # fmt: skip
    row = funnel_costs.get(cost_id)
    print_json(row) if args.json else print(_cost_line(row))
    return 0


def _costs_remove(args) -> int:
    from models.insights import funnel_costs

    row = funnel_costs.remove_cost(args.id)
    print_json(row) if args.json else print(_cost_line(row))
    return 0


def _roi(args) -> int:
    from models.insights import funnel_roi

    rows = funnel_roi.roi(_period(args), args.by)
    print_rows(rows, args.json,
               lambda r: f"{r['name'] or '-'}\t{_yuan(r['cost_fen'])}\t{r['leads']}\t"
               f"{r['customers']}\t{_yuan(r['revenue_fen'])}\t{_rate(r['roi'])}")  # fmt: skip
    return 0


def _check(args) -> int:
    """The kept milestones (schema step 32) against a recount: one object with `ok`,
    `repaired`, `missing` and `extra` rows (after the repair, if asked)."""
    from models.purchases import milestones

    repaired = False
    found = milestones.differences()
    if args.repair and any(found.values()):
        milestones.rebuild()
        repaired = True
        found = milestones.differences()
    ok = not any(found.values())
    if args.json:
        print_json({"ok": ok, "repaired": repaired, **found})
        return 0 if ok else 1
    print(f"funnel_milestone\t{found['missing']}\t{found['extra']}")
    if repaired:
        print(translate("Cli", "the milestones were recounted from the rows"))
    print(
        translate("Cli", "the milestones agree with the rows")
        if ok
        else translate("Cli", "the milestones differ from the rows: guanjia funnel check --repair")
    )
    return 0 if ok else 1
