"""guanjia customers: list and search; customers add; customers tag (bulk tagging)."""

from __future__ import annotations

import argparse

from desktop.cli.options import customer_filter, filter_options
from desktop.cli.output import fail, print_json, print_rows
from desktop.cli.text import error_text, fill, translate

# models/ modules are imported inside the handlers: every command module is imported to
# build the parser, and `--help` and the small commands should not load them all.

CUSTOMER_OPTIONS = (
    # (flag, field, help)
    ("--number", "number", "customer number (客户编号), unique"),
    ("--mobile", "mobile", "mobile or landline; +86, spaces and dashes are fine"),
    ("--wechat", "wechat", "WeChat id"),
    ("--email", "email", "email address"),
    ("--company", "company", "company"),
    ("--job-title", "job_title", "job title"),
    ("--industry", "industry", "industry"),
    ("--city", "city", "city or region"),
    ("--address", "address", "address"),
    ("--gender", "gender", "male or female"),
    ("--birthday", "birthday", "YYYY-MM-DD or MM-DD"),
    (
        "--source",
        "source",
        "source channel: website, ads, content, event, referral, walk_in, phone, wechat, other",
    ),
    ("--owner", "owner", "owner (负责人)"),
    ("--stage", "stage", "lifecycle stage: lead, new, active, dormant, churned"),
    ("--notes", "notes", "notes"),
)


def register(commands) -> None:
    customers = commands.add_parser(
        "customers", help="list or search customers; 'customers add' adds one"
    )
    customers.add_argument(
        "--search", default="", metavar="TEXT", help="the same matching as the search box"
    )
    customers.add_argument(
        "--query",
        default="",
        metavar="Q",
        help="the search language of the search box: 城市:杭州 消费>1000 -标签:VIP 或 ... "
        "(README: The search language)",
    )
    customers.add_argument(
        "--count", action="store_true", help="print the number of matching customers only"
    )
    customers.add_argument(
        "--limit", type=int, default=None, metavar="N", help="at most N customers"
    )
    customers.add_argument("--bin", action="store_true", help="list the recycle bin instead")
    filter_options(customers)
    customers.add_argument("--json", action="store_true", help="one JSON object per line")
    customers.set_defaults(handler=_list)
    sub = customers.add_subparsers(dest="customers_command", metavar="ACTION")
    add = sub.add_parser("add", help="add a customer")
    add.add_argument("--name", required=True, help="name (required)")
    for flag, field, text in CUSTOMER_OPTIONS:
        add.add_argument(flag, dest=field, default=None, help=text)
    add.add_argument("--lunar", action="store_true", help="the birthday is a lunar (农历) date")
    add.add_argument("--tag", action="append", default=[], metavar="TAG", help="a tag (repeatable)")
    add.add_argument(
        "--allow-duplicate",
        action="store_true",
        help="add even if the mobile or email is already used",
    )
    add.add_argument("--json", action="store_true", help="print the new customer as JSON")
    add.set_defaults(handler=_add)

    tag = sub.add_parser(
        "tag",
        help="add or remove tags on every customer the filter matches (one transaction)",
    )
    tag.add_argument(
        "--search", default=argparse.SUPPRESS, metavar="TEXT", help="the customers to change"
    )
    filter_options(tag, suppress=True)
    tag.add_argument(
        "--add", action="append", default=[], metavar="TAG", help="tag to add (created if new)"
    )
    tag.add_argument("--remove", action="append", default=[], metavar="TAG", help="tag to remove")
    tag.add_argument("--json", action="store_true", help="print what changed as JSON")
    tag.set_defaults(handler=_tag)


def _public(row: dict, field_names: dict[str, str]) -> dict:
    """A customer list row as --json shows it: custom fields under "custom", by name."""
    from models.customers.record import LEAD_FIELDS, MERGE_FIELDS, SORT_KEY_FIELDS

    out = {
        k: v
        for k, v in row.items()
        if not k.startswith(("_", "cf:"))
        and k not in (*SORT_KEY_FIELDS, *LEAD_FIELDS, *MERGE_FIELDS)
    }
    custom = {field_names[k]: v for k, v in row.items() if k.startswith("cf:") and k in field_names}
    if custom:
        out["custom"] = custom
    return out


def _list(args) -> int:
    from models.customers.custom_fields import list_fields

    if args.limit is not None and args.limit < 0:
        return fail(translate("Cli", "--limit must be 0 or more"))
    flt = customer_filter(args)
    if args.query:
        from models.customers.query.box import describe, filter_for
        from models.customers.query.errors import QueryError

        if args.search:
            return fail(translate("Cli", "give --search or --query, not both"))
        try:  # the other options' conditions, as the box writes them, and the query
            flt = filter_for(f"{describe(flt)} {args.query}", flt)
        except QueryError as exc:
            return fail(exc)
    if args.count:
        from models.customers import customer_list

        print(customer_list.count(flt))
        return 0
    names = {f.key: f.name for f in list_fields()}
    rows = _matching(flt, args.limit)
    print_rows((_public(row, names) for row in rows), args.json, _line)
    return 0


def _matching(flt, limit: int | None):
    """The customers `flt` matches by id, at most `limit`, read a page at a time."""
    from models.customers import customer_list

    remaining = limit
    after = None
    while remaining is None or remaining > 0:
        size = 1000 if remaining is None else min(1000, remaining)
        page = customer_list.page(flt, customer_list.Sort("id"), size, after=after)
        yield from page.rows
        if len(page.rows) < size:
            break
        after = page.last_key
        if remaining is not None:
            remaining -= len(page.rows)


def _line(row: dict) -> str:
    tags = ",".join(row["tags"])
    return f"{row['id']}\t{row['name']}\t{row['mobile']}\t{row['company']}\t{tags}"


def _add(args) -> int:
    from models.customers import customers
    from models.team import staff

    if args.owner:  # an owner given here is an active staff member (team list)
        args.owner = staff.check_owner(args.owner)
    data = {"name": args.name, "tags": args.tag, "birthday_lunar": args.lunar}
    for _flag, field, _help in CUSTOMER_OPTIONS:
        value = getattr(args, field)
        if value is not None:
            data[field] = value
    clean, errors = customers.validate(data)
    if errors:
        return fail("; ".join(error_text(e) for e in errors))
    if not args.allow_duplicate:
        dups = customers.duplicates_of(clean.get("mobile", ""), clean.get("email", ""))
        if dups:
            d = dups[0]
            text = (
                translate("Cli", "%1 %2 is already used by customer %3 %4 (in the recycle bin); "
                          "use --allow-duplicate to add anyway")
                if d["in_bin"]
                else translate("Cli", "%1 %2 is already used by customer %3 %4; use "
                               "--allow-duplicate to add anyway")
            )  # fmt: skip
            return fail(fill(text, d["field"], clean[d["field"]], d["id"], d["name"]))
    cid = customers.create(data)
    if args.json:
        from models.customers.record import LEAD_FIELDS, MERGE_FIELDS, SORT_KEY_FIELDS

        row = customers.get(cid)
        for key in (*SORT_KEY_FIELDS, *LEAD_FIELDS, *MERGE_FIELDS):
            row.pop(key, None)
        print_json(row)
    else:
        print(cid)
    return 0


def _tag(args) -> int:
    from models.tags import tagging, tags

    if not args.add and not args.remove:
        return fail(translate("Cli", "say what to change: --add TAG and/or --remove TAG"))
    matched, change = tagging.tag_customers(customer_filter(args), args.add, args.remove)
    names = {t.id: t.name for t in tags.list_tags()}
    added = {names[t]: len(ids) for t, ids in change.added.items()}
    removed = {names[t]: len(ids) for t, ids in change.removed.items()}
    if args.json:
        print_json({"matched": matched, "added": added, "removed": removed})
    else:
        print(fill(translate("Cli", "%1 customers matched"), matched))
        for name, n in added.items():
            print(fill(translate("Cli", "added %1 to %2"), name, n))
        for name, n in removed.items():
            print(fill(translate("Cli", "removed %1 from %2"), name, n))
    return 0
