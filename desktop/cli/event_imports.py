"""guanjia events import ID FILE: a sign-up list (报名表: 问卷星, 金数据, 腾讯问卷 or a sheet)
into event ID."""

from __future__ import annotations

from desktop.cli.name_picks import add_pick_option, ambiguous_rows, picks_of
from desktop.cli.output import print_json
from desktop.cli.text import fill, translate

# models/ modules are imported inside the handlers (see desktop/cli/imports.py).


def register(sub) -> None:
    """Adds this module's action to `guanjia events`."""
    imp = sub.add_parser("import", help="import a sign-up list (报名表: 问卷星, 金数据, 腾讯问卷 "
                         "exports or a sheet with 姓名, 手机, 报名时间) into event ID")  # fmt: skip
    imp.add_argument("id", metavar="ID", help="the event")
    imp.add_argument("file", metavar="FILE", help="the sign-up list (.xlsx/.xls/.ods/.csv)")
    imp.add_argument("--create-customers", action="store_true",
                     help="sign-ups matching no customer become customers (source 活动)")  # fmt: skip
    add_pick_option(imp)
    imp.add_argument("--dry-run", action="store_true", help="check and count; write nothing")
    imp.add_argument("--sheet", metavar="NAME", help="sheet to read (default: the first with "
                     "data)")  # fmt: skip
    imp.add_argument("--on-error", choices=("skip", "stop"), default="skip")
    imp.add_argument("--errors", metavar="XLSX", help="write the rows not imported here")
    imp.add_argument("--json", action="store_true", help="print the outcome as one JSON object")
    imp.set_defaults(handler=_import)


def _import(args) -> int:
    from desktop.cli.imports import add_plan_details, print_left_out
    from models.excel import event_signup_import as signups
    from models.excel import import_engine
    from models.excel.import_report import write_error_report

    event = signups.event_for_import(args.id).id
    picks = picks_of(args)
    if picks is None:
        return 1
    options = signups.Options(sheet=args.sheet, on_error=args.on_error, event=event,
                              create_customers=args.create_customers, picks=picks)  # fmt: skip
    options.check()
    sheet = import_engine.load(args.file, options)
    plan = import_engine.plan(sheet, options)
    if args.errors:
        write_error_report(args.errors, plan)
    result = signups.outcome(plan) if args.dry_run else signups.run(plan)
    outcome = {**result.as_dict(), "dry_run": bool(args.dry_run), "event": event}
    outcome["ambiguous_rows"] = ambiguous_rows(plan)
    add_plan_details(outcome, sheet, plan)
    if args.json:
        print_json(outcome)
        return 0
    counts = (outcome["signed_up"], outcome["waiting"], outcome["already"], outcome["created"],
              outcome["skipped"], outcome["errors"])  # fmt: skip
    if args.dry_run:
        text = translate("Cli", "would sign up %1, put %2 on the waiting list, %3 signed up "
                         "already, create %4 customers, skip %5, %6 rows with errors")  # fmt: skip
        print(fill(text, *counts))
    else:
        text = translate("Cli", "signed up %1, %2 on the waiting list, %3 signed up already, "
                         "created %4 customers, skipped %5, %6 rows with errors (import %7)")  # fmt: skip
        print(fill(text, *counts, outcome["import_id"]))
    print_left_out(outcome["error_rows"], plan)
    return 0
