"""guanjia communities metrics [ID ...] [--from D --to D] --json: the community metrics
(models/insights/community_metrics.py) as one JSON object."""

from __future__ import annotations

from desktop.cli.options import period, period_options
from desktop.cli.output import json_text, print_json
from desktop.cli.text import translate

# models/ modules are imported inside the handler: every command module is imported to
# build the parser, and `--help` and the small commands should not load them all.


def register(sub) -> None:
    """Adds this module's actions to `guanjia communities`."""
    metrics = sub.add_parser(
        "metrics", help="members counted once, joined, left, active rate, levels, events, business"
    )
    metrics.add_argument("ids", nargs="*", type=int, metavar="ID",
                         help="community ids (none: all communities)")  # fmt: skip
    period_options(
        metrics, "first day (default: the 1st of this month)", "last day (default: today)"
    )
    metrics.add_argument("--step", choices=("week", "month"), default=None,
                         help="the trend's buckets (default: weeks up to 3 months, else months)")  # fmt: skip
    metrics.add_argument("--compare", action="store_true",
                         help="also the non-members' business (reads all the period's purchases)")  # fmt: skip
    metrics.add_argument("--json", action="store_true", help="print one JSON object")
    metrics.set_defaults(handler=_metrics)
    check = sub.add_parser(
        "check", help="the activity summaries against a recount of the activity (exit 1 when"
        " they differ)",
    )  # fmt: skip
    check.add_argument("--repair", action="store_true",
                       help="recount the summaries from the activity rows")  # fmt: skip
    check.add_argument("--json", action="store_true", help="print one JSON object")
    check.set_defaults(handler=_check)


def _metrics(args) -> int:
    from models.insights import community_metrics

    start, end = period(args)
    if start is None or end is None:
        first, last = community_metrics.period("month")
        start, end = start or first, end or last
    result = community_metrics.compute(
        args.ids, start, end, step=args.step or "", compare=args.compare
    ).to_json()
    if args.json:
        print_json(result)
    else:
        for key, value in result.items():
            print(f"{key}\t{json_text(value)}")
    return 0


def _check(args) -> int:
    """The summaries of schema step 21 against a recount: one object with `ok`,
    `repaired` and per table `missing` and `extra` rows (after the repair, if asked)."""
    from models.communities import summaries

    repaired = False
    found = summaries.differences()
    if args.repair and any(n for d in found.values() for n in d.values()):
        summaries.rebuild()
        repaired = True
        found = summaries.differences()
    ok = not any(n for d in found.values() for n in d.values())
    if args.json:
        print_json({"ok": ok, "repaired": repaired, "tables": found})
    else:
        for table, d in found.items():
            print(f"{table}\t{d['missing']}\t{d['extra']}")
        if repaired:
            print(translate("Cli", "the summaries were recounted from the activity"))
        print(
            translate("Cli", "the summaries agree with the activity")
            if ok
            else translate(
                "Cli", "the summaries differ from the activity: guanjia communities check --repair"
            )
        )
    return 0 if ok else 1
