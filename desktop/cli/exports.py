"""guanjia export: the customers the filter matches, to .xlsx or .csv."""

from __future__ import annotations

from desktop.cli.options import customer_filter, filter_options
from desktop.cli.output import print_json
from desktop.cli.text import fill, translate
from models.errors import GuanjiaError

# models/ and ui/ modules are imported inside the handler: every command module is
# imported to build the parser, and `--help` and the small commands should not load them.


def register(commands) -> None:
    exp = commands.add_parser(
        "export", help="export customers to .xlsx or .csv (by the file's suffix)"
    )
    exp.add_argument("file", metavar="FILE")
    exp.add_argument(
        "--search", default="", metavar="TEXT", help="the same matching as the search box"
    )
    filter_options(exp)
    exp.add_argument("--bin", action="store_true", help="export the recycle bin instead")
    exp.add_argument(
        "--columns",
        metavar="a,b,c",
        help="columns in order: field keys (name,mobile,tags,...) or custom field names",
    )
    exp.add_argument("--mask-mobiles", action="store_true", help="write mobiles as 138****5678")
    exp.add_argument("--json", action="store_true", help="print the outcome as JSON")
    exp.set_defaults(handler=_export)


def _export_keys(text: str | None) -> list[str]:
    from models.customers import customer_list
    from models.customers.custom_fields import list_fields
    from models.customers.record import LEAD_FIELDS

    if not text:  # the lead columns (issue 28) only when named: the file keeps its columns
        return [c for c in customer_list.BUILTIN_COLUMNS if c not in LEAD_FIELDS]
    known = {c: c for c in (*customer_list.BUILTIN_COLUMNS, "id")}
    known.update({f.name: f.key for f in list_fields()})
    known.update({f.key: f.key for f in list_fields()})
    keys = []
    for part in text.split(","):
        part = part.strip()
        if part not in known:
            raise GuanjiaError(f"unknown column {part!r}; known: {', '.join(known)}")
        keys.append(known[part])
    return keys


def _export(args) -> int:
    from desktop import translations
    from models.excel.customer_export import export_customers
    from ui import labels

    keys = _export_keys(args.columns)
    flt = customer_filter(args)
    translations.apply_to_console()  # the list's titles and words, in the user's language
    n = export_customers(args.file, flt, keys=keys, mask_mobiles=args.mask_mobiles,
                         titles=labels.customer_export_titles(keys),
                         formatters=labels.customer_export_formatters())  # fmt: skip
    if args.json:
        print_json({"exported": n, "file": args.file})
    else:
        print(fill(translate("Cli", "exported %1 customers to %2"), n, args.file))
    return 0
