"""guanjia communities ...: import (a member list) and stats import (daily group statistics)."""

from __future__ import annotations

from desktop.cli.name_picks import add_pick_option, ambiguous_rows, picks_of
from desktop.cli.output import print_json
from desktop.cli.text import fill, translate

# models/ modules are imported inside the handlers (see desktop/cli/imports.py).


def register(sub) -> None:
    """Adds this module's actions to `guanjia communities`."""
    imp = sub.add_parser(
        "import", help="import a group's member list (企业微信 export or a sheet) into community ID"
    )
    imp.add_argument("id", metavar="ID", help="the community")
    imp.add_argument("file", metavar="FILE", help="the member list (.xlsx/.xls/.ods/.csv)")
    imp.add_argument("--create-customers", action="store_true",
                     help="members matching no customer become customers (source 社群)")  # fmt: skip
    add_pick_option(imp)
    imp.add_argument("--overflow", choices=("refuse", "next-group", "allow"), default="refuse",
                     help="members past the community's capacity: refuse the whole import "
                     "(default), put them in the next group \"XX 2群\" (as join --next-group), "
                     "or allow the community past its capacity")  # fmt: skip
    imp.add_argument("--dry-run", action="store_true", help="check and count; write nothing")
    _file_options(imp)
    imp.set_defaults(handler=_import_members)

    stats = sub.add_parser("stats", help="daily group statistics: stats import ID FILE")
    stats_sub = stats.add_subparsers(dest="stats_command", metavar="ACTION", required=True)
    simp = stats_sub.add_parser(
        "import", help="import daily group statistics (日期, 群成员数, 新增, 退群, 发言人数, "
        "消息数) into community ID; days already there are not added twice",
    )  # fmt: skip
    simp.add_argument("id", metavar="ID", help="the community")
    simp.add_argument("file", metavar="FILE", help="the statistics (.xlsx/.xls/.ods/.csv)")
    simp.add_argument("--replace", action="store_true",
                      help="a day recorded with other figures takes the file's (else it is a "
                      "conflict, kept as it was)")  # fmt: skip
    simp.add_argument("--dry-run", action="store_true", help="check and count; write nothing")
    _file_options(simp)
    simp.set_defaults(handler=_import_days)


def _file_options(parser) -> None:
    parser.add_argument("--sheet", metavar="NAME", help="sheet to read (default: the first "
                        "with data)")  # fmt: skip
    parser.add_argument("--on-error", choices=("skip", "stop"), default="skip")
    parser.add_argument("--errors", metavar="XLSX", help="write the rows not imported here")
    parser.add_argument("--json", action="store_true", help="print the outcome as one JSON object")


def _community_id(text: str) -> int:
    from models.excel.community_member_import import community_for_import

    return community_for_import(text).id


def _plan(module, args, **options):
    from models.excel import import_engine
    from models.excel.import_report import write_error_report

    opts = module.Options(sheet=args.sheet, on_error=args.on_error, **options)
    opts.check()
    sheet = import_engine.load(args.file, opts)
    plan = import_engine.plan(sheet, opts)
    if args.errors:
        write_error_report(args.errors, plan)
    return sheet, plan


def _import_members(args) -> int:
    from desktop.cli.imports import add_plan_details, print_left_out
    from models.excel import community_member_import as members

    community = _community_id(args.id)
    picks = picks_of(args)
    if picks is None:
        return 1
    sheet, plan = _plan(members, args, community=community, overflow=args.overflow,
                        create_customers=args.create_customers, picks=picks)  # fmt: skip
    result = members.outcome(plan) if args.dry_run else members.run(plan)
    outcome = {**result.as_dict(), "dry_run": bool(args.dry_run), "community": community}
    outcome["ambiguous_rows"] = ambiguous_rows(plan)
    add_plan_details(outcome, sheet, plan)
    if args.json:
        print_json(outcome)
        return 0
    counts = (outcome["joined"], outcome["already"], outcome["created"], outcome["skipped"],
              outcome["errors"])  # fmt: skip
    if args.dry_run:
        text = translate("Cli", "would join %1, %2 already members, create %3 customers, skip "
                         "%4, %5 rows with errors")  # fmt: skip
        print(fill(text, *counts))
    else:
        text = translate("Cli", "joined %1, %2 already members, created %3 customers, skipped "
                         "%4, %5 rows with errors (import %6)")  # fmt: skip
        print(fill(text, *counts, outcome["import_id"]))
    if outcome["overflow"]:
        if args.dry_run or args.overflow == "refuse":
            text = translate("Cli", "%1 of them do not fit: the community holds %2 and has %3 "
                             "members (--overflow next-group or allow)")  # fmt: skip
        elif args.overflow == "next-group":
            text = translate("Cli", "%1 of them joined the next group (capacity %2, %3 members "
                             "before)")  # fmt: skip
        else:
            text = translate("Cli", "%1 of them past the capacity (%2, %3 members before)")
        print(fill(text, outcome["overflow"], outcome["capacity"], outcome["members_before"]))
    print_left_out(outcome["error_rows"], plan)
    return 0


def _import_days(args) -> int:
    from desktop.cli.imports import add_plan_details, print_left_out
    from models.excel import community_day_import as days

    community = _community_id(args.id)
    sheet, plan = _plan(days, args, community=community, replace=args.replace)
    result = days.outcome(plan) if args.dry_run else days.run(plan)
    outcome = {**result.as_dict(), "dry_run": bool(args.dry_run), "community": community}
    add_plan_details(outcome, sheet, plan)
    if args.json:
        print_json(outcome)
        return 0
    text = translate("Cli", "added %1 days, %2 already there, %3 replaced, %4 in conflict "
                     "(kept), %5 rows with errors")  # fmt: skip
    print(fill(text, outcome["added"], outcome["already"], outcome["replaced"],
               outcome["conflicts"], outcome["errors"]))  # fmt: skip
    if outcome["already_days"]:
        print(fill(translate("Cli", "  already there: %1"), ", ".join(outcome["already_days"])))
    print_left_out(outcome["error_rows"], plan)
    return 0
