"""guanjia import (customers, or with --kind follow-ups, contacts or complaints, from a
spreadsheet; or --undo), imports (the earlier ones),
template (an .xlsx to fill in); the rows-not-imported lines purchases import shares."""

from __future__ import annotations

from desktop.cli.name_picks import add_pick_option, ambiguous_rows, picks_of
from desktop.cli.output import fail, print_json, print_rows
from desktop.cli.text import fill, reason_text, translate

RECORD_KINDS = ("customers", "followups", "interactions", "complaints", "members")

# models/ and ui/ modules are imported inside the handlers: every command module is
# imported to build the parser, and `--help` and the small commands should not load them.


def register(commands) -> None:
    imp = commands.add_parser(
        "import",
        help="import customers (or --kind followups, interactions, complaints) from "
        ".xlsx/.xls/.ods/.csv (one transaction); --undo undoes one",
    )
    imp.add_argument("file", nargs="?", metavar="FILE", help="the spreadsheet to import")
    imp.add_argument(
        "--kind", choices=RECORD_KINDS, default="customers",
        help="what the rows are (default customers; purchases: 'guanjia purchases import'); "
        "follow-ups, contacts and complaints name their customer by number, mobile or email",
    )  # fmt: skip
    imp.add_argument("--sheet", metavar="NAME", help="sheet to read (default: the first with data)")
    imp.add_argument(
        "--match",
        default="number,mobile,email",
        metavar="KEYS",
        help="customers: keys that make a row a duplicate: any of number,mobile,email ('' for"
        " none)",
    )
    imp.add_argument("--on-duplicate", choices=("skip", "update", "create"), default="skip",
                     help="customers: what a row matching a customer does")  # fmt: skip
    imp.add_argument("--on-error", choices=("skip", "stop"), default="skip")
    imp.add_argument("--create-customers", action="store_true",
                     help="members: a row matching no customer (mobile, then name) creates one")  # fmt: skip
    add_pick_option(imp)  # members: a name several customers share
    imp.add_argument("--dry-run", action="store_true", help="check and count; write nothing")
    imp.add_argument("--header-row", type=int, metavar="N", help="header row number (0: none)")
    imp.add_argument("--encoding", metavar="NAME", help="CSV encoding (default: detected)")
    imp.add_argument("--delimiter", metavar="CHAR", help="CSV delimiter (default: detected)")
    imp.add_argument("--errors", metavar="XLSX", help="write the rows not imported here")
    imp.add_argument("--undo", type=int, metavar="IMPORT_ID", help="undo an earlier import")
    imp.add_argument("--json", action="store_true", help="print the outcome as one JSON object")
    imp.set_defaults(handler=_import)

    imports = commands.add_parser("imports", help="list earlier imports (newest first)")
    imports.add_argument("--json", action="store_true", help="one JSON object per import")
    imports.set_defaults(handler=_imports)

    template = commands.add_parser("template", help="write an .xlsx import template")
    template.add_argument("file", metavar="FILE")
    # needs no database: one there adds its custom fields
    template.set_defaults(handler=_template, own_database=True)


def _import(args) -> int:
    from models.excel import import_history, importer
    from models.excel.import_report import write_error_report

    if args.undo is not None:
        if args.file:
            return fail(translate("Cli", "give either FILE or --undo, not both"))
        report = import_history.undo(args.undo)
        if args.json:
            print_json({"import_id": args.undo, **report.as_dict()})
        else:
            print_undo(args.undo, report)
        return 0
    if not args.file:
        return fail(translate("Cli", "give the FILE to import (or --undo IMPORT_ID)"))
    if args.kind != "customers":
        return _import_records(args)
    keys = tuple(k.strip() for k in args.match.split(",") if k.strip())
    header = None if args.header_row is None else args.header_row - 1
    options = importer.Options(
        sheet=args.sheet, header_row=header, match_keys=keys, on_duplicate=args.on_duplicate,
        on_error=args.on_error, encoding=args.encoding, delimiter=args.delimiter,
    )  # fmt: skip
    options.check()
    sheet = importer.load(args.file, options)
    plan = importer.plan(sheet, options)
    counts = plan.counts
    if args.errors:
        write_error_report(args.errors, plan)
    if args.dry_run:
        outcome = {"import_id": None, "created": counts["new"], "updated": counts["update"],
                   "skipped": counts["duplicate"], "errors": counts["error"]}  # fmt: skip
    else:
        outcome = importer.run(plan).as_dict()
    outcome["dry_run"] = bool(args.dry_run)
    add_plan_details(outcome, sheet, plan)
    if args.json:
        print_json(outcome)
        return 0
    counts = (outcome["created"], outcome["updated"], outcome["skipped"], outcome["errors"])
    if args.dry_run:
        print(fill(translate("Cli", "would create %1, updated %2, skipped %3 duplicates, "
                             "%4 rows with errors"), *counts))  # fmt: skip
    else:
        print(fill(translate("Cli", "created %1, updated %2, skipped %3 duplicates, "
                             "%4 rows with errors (import %5)"), *counts,
                   outcome["import_id"]))  # fmt: skip
    if outcome.get("staff_added"):
        print(fill(translate("Cli", "added to the team (owners new to it): %1"),
                   ", ".join(outcome["staff_added"])))  # fmt: skip
    print_left_out(outcome["error_rows"], plan)
    return 0


def _import_records(args) -> int:
    """Follow-ups, contacts or complaints: the engine with the kind's options; the same
    outcome (keys, JSON) as a customer import."""
    from models.excel import import_engine
    from models.excel.import_kinds import kind_named
    from models.excel.import_report import write_error_report

    header = None if args.header_row is None else args.header_row - 1
    own = {}
    if args.kind == "members":
        picks = picks_of(args)
        if picks is None:
            return 1
        own = {"create_customers": args.create_customers, "picks": picks}
    options = kind_named(args.kind).options(
        sheet=args.sheet, header_row=header, on_error=args.on_error, encoding=args.encoding,
        delimiter=args.delimiter, **own,
    )  # fmt: skip
    options.check()
    sheet = import_engine.load(args.file, options)
    plan = import_engine.plan(sheet, options)
    counts = plan.counts
    if args.errors:
        write_error_report(args.errors, plan)
    if args.kind == "members" and args.dry_run:
        from models.excel import member_import

        outcome = member_import.outcome(plan).as_dict()
    elif args.dry_run:
        outcome = {"import_id": None, "created": counts["new"], "updated": 0,
                   "skipped": counts["duplicate"], "errors": counts["error"]}  # fmt: skip
    else:
        outcome = import_engine.run(plan).as_dict()
    outcome["dry_run"] = bool(args.dry_run)
    if args.kind == "members":
        outcome["ambiguous_rows"] = ambiguous_rows(plan)
        outcome["ambiguous"] = len(outcome["ambiguous_rows"])
    add_plan_details(outcome, sheet, plan)
    if args.json:
        print_json(outcome)
        return 0
    if args.kind == "members":
        print_members(outcome)
    counts = (outcome["created"], outcome["skipped"], outcome["errors"])
    if args.dry_run:
        print(fill(translate("Cli", "would add %1 records, skip %2 duplicates, "
                             "%3 rows with errors"), *counts))  # fmt: skip
    elif outcome["import_id"] is None:
        print(fill(translate("Cli", "nothing to add: %2 duplicates skipped, %3 rows with errors "
                             "(nothing recorded)"), *counts))  # fmt: skip
    else:
        print(fill(translate("Cli", "added %1 records, skipped %2 duplicates, %3 rows with "
                             "errors (import %4)"), *counts, outcome["import_id"]))  # fmt: skip
    print_left_out(outcome["error_rows"], plan)
    return 0


def print_members(outcome: dict) -> None:
    """What a member import brought (or would bring) in opening balances."""
    print(fill(translate("Cli", "members: %1 cards, %2 customers created; opening points %3, "
                         "stored value %4 + bonus %5 yuan, %6 visits"), outcome["created"],
               outcome["customers_created"], outcome["opening_points"],
               f"{outcome['opening_principal_fen'] / 100:.2f}",
               f"{outcome['opening_bonus_fen'] / 100:.2f}", outcome["opening_visits"]))  # fmt: skip
    if outcome.get("levels_kept"):
        print(fill(translate("Cli", "  %1 levels kept: locked by hand"), outcome["levels_kept"]))
    if outcome.get("ambiguous"):
        print(fill(translate("Cli", "  %1 rows name several customers: say which with --pick"),
                   outcome["ambiguous"]))  # fmt: skip


def print_undo(import_id: int, report) -> None:
    """What an undo did, and each created customer it kept because of records since."""
    print(fill(translate("Cli", "import %1 undone: %2 customers removed, %3 restored, "
                         "%4 later changes kept"), import_id, report.removed,
               report.restored, len(report.kept)))  # fmt: skip
    if report.records_removed:
        print(fill(translate("Cli", "  %1 records removed"), report.records_removed))
    if report.membership:
        m = report.membership
        print(fill(translate("Cli", "  openings reversed: %1 points, %2 yuan stored value, %3 "
                             "visits; %4 cards stopped, %5 levels put back; %6 partly spent "
                             "since"), m["points"],
                   f"{(m['principal_fen'] + m['bonus_fen']) / 100:.2f}", m["visits"],
                   m["cards_disabled"], m["levels_restored"], len(m["short"])))  # fmt: skip
    words = {"followup": translate("Cli", "follow-ups"), "interaction": translate("Cli", "contacts"),
             "purchase": translate("Cli", "purchases"), "complaint": translate("Cli", "complaints"),
             "tags": translate("Cli", "other tags")}  # fmt: skip
    for kept in report.customers_kept():
        given = ", ".join(words.get(r, r) for r in kept["records"])
        print(fill(translate("Cli", "  customer %1 kept: given %2 since the import"),
                   kept["customer"], given))  # fmt: skip


def add_plan_details(outcome: dict, sheet, plan) -> None:
    """What an import's --json outcome says of the sheet, after the counts: the sheet,
    the mapping of its headers, the rows left out with errors and the column warnings."""
    from models.excel import importer

    outcome["sheet"] = sheet.name
    outcome["mapping"] = {h: t for h, t in zip(sheet.headers, plan.mapping, strict=False) if t}
    outcome["error_rows"] = [
        {"row": r.line, "reasons": [{"field": p.field, "code": p.code, "message": p.message}
                                    for p in r.problems]}
        for r in plan.rows if r.action == importer.ERROR
    ]  # fmt: skip
    outcome["warnings"] = [w.as_dict() for w in plan.column_warnings()]


def print_left_out(error_rows: list[dict], plan, limit: int = 20) -> None:
    """The first rows left out with errors, then a line per column whose values were kept
    in the notes (those rows are imported)."""
    from ui.messages import column_warning_text

    for r in error_rows[:limit]:
        print(fill(translate("Cli", "  row %1: %2"), r["row"],
                   "; ".join(reason_text(x) for x in r["reasons"])))  # fmt: skip
    for warning in plan.column_warnings():
        print(translate("Cli", "  warning: ") + column_warning_text(warning))


def _imports(args) -> int:
    from models.excel import import_history

    rows = (
        {"import_id": run.id, "kind": run.kind, "file": run.file_name, "sheet": run.sheet,
         "at": run.started_at.isoformat(), "created": run.created, "updated": run.updated,
         "skipped": run.skipped, "errors": run.errors, "undone": run.undone_at is not None,
         "extra": run.extra}
        for run in import_history.list_runs()
    )  # fmt: skip
    print_rows(rows, args.json, _import_line)
    return 0


def _import_line(item: dict) -> str:
    undone = " (undone)" if item["undone"] else ""
    # a purchase import's side count: the customers it created ("extra")
    extra = f", new customers {item['extra']}" if item["kind"] == "purchases" else ""
    return (
        f"{item['import_id']}\t{item['at']}\t{item['kind']}\t{item['file']}\t"
        f"created {item['created']}, updated {item['updated']}{extra}, skipped {item['skipped']}, "
        f"errors {item['errors']}{undone}"
    )


def _template(args, db_path) -> int:
    import tempfile

    from desktop import translations
    from models.errors import GuanjiaError
    from models.excel.customer_export import TEMPLATE_FIELDS, export_template
    from models.schema.opening import open_database
    from models.storage.db import close_database
    from ui import labels

    translations.apply_to_console()  # the titles in the user's language
    with tempfile.TemporaryDirectory() as scratch:
        try:  # without a database, an empty one that is thrown away: the built-in fields
            open_database(db_path if db_path.exists() else f"{scratch}/empty.db")
            export_template(args.file, labels.customer_export_titles(TEMPLATE_FIELDS))
        except GuanjiaError as exc:
            return fail(exc)
        finally:
            close_database()
    print(fill(translate("Cli", "wrote the import template to %1"), args.file))
    return 0
