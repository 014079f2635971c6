"""guanjia communities metrics [ID ...] [--from D --to D] --json: the community metrics
(models/insights/community_metrics.py) as one JSON object."""

from __future__ import annotations

from desktop.cli.options import DAY, day
from desktop.cli.output import json_text, print_json

# models/ modules are imported inside the handler: every command module is imported to
# build the parser, and `--help` and the small commands should not load them all.


def register(sub) -> None:
    """Adds this module's actions to `guanjia communities`."""
    metrics = sub.add_parser(
        "metrics", help="members counted once, joined, left, active rate, levels, events, business"
    )
    metrics.add_argument("ids", nargs="*", type=int, metavar="ID",
                         help="community ids (none: all communities)")  # fmt: skip
    metrics.add_argument("--from", dest="date_from", metavar="DAY",
                         help="first day (default: the 1st of this month); " + DAY)  # fmt: skip
    metrics.add_argument("--to", dest="date_to", metavar="DAY", help="last day (default: today)")
    metrics.add_argument("--step", choices=("week", "month"), default=None,
                         help="the trend's buckets (default: weeks up to 3 months, else months)")  # fmt: skip
    metrics.add_argument("--compare", action="store_true",
                         help="also the non-members' business (reads all the period's purchases)")  # fmt: skip
    metrics.add_argument("--json", action="store_true", help="print one JSON object")
    metrics.set_defaults(handler=_metrics)


def _metrics(args) -> int:
    from models.insights import community_metrics

    start, end = day(args.date_from, "--from"), day(args.date_to, "--to")
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
