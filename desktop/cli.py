"""The command line: the same program as the GUI, for automation and headless checks.

Exit status: 0 done, 1 refused input or an unusable database (one line on stderr,
nothing written), 2 usage error (from argparse).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from models.errors import GuanjiaError

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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="guanjia",
        description="Guanjia (客户管家): customer management. Without a command, starts the window.",
    )
    parser.add_argument(
        "--db", metavar="PATH", help="database file (default: GUANJIA_DB or the data folder)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill the database with realistic demo customers")
    demo.add_argument(
        "--customers", type=int, required=True, metavar="N", help="how many customers to add"
    )
    demo.add_argument(
        "--seed", type=int, default=1, metavar="S", help="random seed (same seed, same data)"
    )

    customers = commands.add_parser(
        "customers", help="list or search customers; 'customers add' adds one"
    )
    customers.add_argument(
        "--search", default="", metavar="TEXT", help="the same matching as the search box"
    )
    customers.add_argument(
        "--limit", type=int, default=None, metavar="N", help="at most N customers"
    )
    customers.add_argument("--bin", action="store_true", help="list the recycle bin instead")
    _filter_options(customers)
    customers.add_argument("--json", action="store_true", help="one JSON object per line")
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

    tag = sub.add_parser(
        "tag",
        help="add or remove tags on every customer the filter matches (one transaction)",
    )
    tag.add_argument(
        "--search", default=argparse.SUPPRESS, metavar="TEXT", help="the customers to change"
    )
    _filter_options(tag, suppress=True)
    tag.add_argument(
        "--add", action="append", default=[], metavar="TAG", help="tag to add (created if new)"
    )
    tag.add_argument("--remove", action="append", default=[], metavar="TAG", help="tag to remove")
    tag.add_argument("--json", action="store_true", help="print what changed as JSON")

    tags = commands.add_parser(
        "tags", help="list tag groups, tags and how many customers have each"
    )
    tags.add_argument("--json", action="store_true", help="one JSON object per tag")
    return parser


def _filter_options(parser: argparse.ArgumentParser, suppress: bool = False) -> None:
    # A subcommand repeats its parent's filter options; SUPPRESS keeps values given
    # before the subcommand ("customers --tag A tag --add B").
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--tag",
        dest="tags",
        action="append",
        default=default,
        metavar="TAG",
        help="only customers with this tag (repeatable: all of them, or any with --any)",
    )
    parser.add_argument(
        "--any",
        dest="any_tags",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="customers with any of the --tag tags instead of all",
    )
    parser.add_argument(
        "--not-tag",
        dest="not_tags",
        action="append",
        default=default,
        metavar="TAG",
        help="leave out customers with this tag (repeatable)",
    )


def parse(argv: list[str]) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def _fail(message: str) -> int:
    print(f"guanjia: error: {message}", file=sys.stderr)
    return 1


def _json_default(value):
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    raise TypeError(repr(value))


def _public(row: dict, field_names: dict[str, str]) -> dict:
    out = {k: v for k, v in row.items() if not k.startswith(("_", "cf:")) and k != "name_key"}
    custom = {field_names[k]: v for k, v in row.items() if k.startswith("cf:") and k in field_names}
    if custom:
        out["custom"] = custom
    return out


def run(args: argparse.Namespace) -> int:
    from models.db import default_db_path, open_database

    try:
        open_database(default_db_path(args.db))
    except GuanjiaError as exc:
        return _fail(str(exc))
    try:
        if args.command == "demo":
            return _demo(args)
        if args.command == "customers":
            if args.customers_command == "add":
                return _customers_add(args)
            if args.customers_command == "tag":
                return _customers_tag(args)
            return _customers_list(args)
        if args.command == "tags":
            return _tags(args)
    except GuanjiaError as exc:
        return _fail(str(exc))
    except BrokenPipeError:
        return 0
    return _fail(f"unknown command {args.command}")


def _demo(args) -> int:
    from models import demo

    if args.customers < 0:
        return _fail("--customers must be 0 or more")
    n = demo.generate(args.customers, seed=args.seed)
    print(f"added {n} demo customers")
    return 0


def _filter(args):
    """The CustomerFilter the options describe; NotFoundError for an unknown tag name."""
    from models.customer_filter import CustomerFilter
    from models.tags import tags_by_name

    required = [t.id for t in tags_by_name(getattr(args, "tags", None) or [])]
    excluded = [t.id for t in tags_by_name(getattr(args, "not_tags", None) or [])]
    both = set(required) & set(excluded)
    if both:
        raise GuanjiaError("a tag cannot be both --tag and --not-tag")
    return CustomerFilter(search=args.search, in_bin=getattr(args, "bin", False)).with_tags(
        required, excluded, getattr(args, "any_tags", False)
    )


def _customers_list(args) -> int:
    from models import customer_list
    from models.custom_fields import list_fields

    if args.limit is not None and args.limit < 0:
        return _fail("--limit must be 0 or more")
    names = {f.key: f.name for f in list_fields()}
    flt = _filter(args)
    remaining = args.limit
    after = None
    out = sys.stdout
    while remaining is None or remaining > 0:
        size = 1000 if remaining is None else min(1000, remaining)
        page = customer_list.page(flt, customer_list.Sort("id"), size, after=after)
        for row in page.rows:
            if args.json:
                out.write(
                    json.dumps(_public(row, names), ensure_ascii=False, default=_json_default)
                    + "\n"
                )
            else:
                tags = ",".join(row["tags"])
                out.write(
                    f"{row['id']}\t{row['name']}\t{row['mobile']}\t{row['company']}\t{tags}\n"
                )
        if len(page.rows) < size:
            break
        after = page.last_key
        if remaining is not None:
            remaining -= len(page.rows)
    return 0


def _customers_add(args) -> int:
    from models import customers

    data = {"name": args.name, "tags": args.tag, "birthday_lunar": args.lunar}
    for _flag, field, _help in CUSTOMER_OPTIONS:
        value = getattr(args, field)
        if value is not None:
            data[field] = value
    clean, errors = customers.validate(data)
    if errors:
        return _fail("; ".join(str(e) for e in errors))
    if not args.allow_duplicate:
        dups = customers.duplicates_of(clean.get("mobile", ""), clean.get("email", ""))
        if dups:
            d = dups[0]
            where = " (in the recycle bin)" if d["in_bin"] else ""
            return _fail(
                f"{d['field']} {clean[d['field']]} is already used by customer {d['id']} {d['name']}{where};"
                " use --allow-duplicate to add anyway"
            )
    cid = customers.create(data)
    if args.json:
        row = customers.get(cid)
        row.pop("name_key", None)
        print(json.dumps(row, ensure_ascii=False, default=_json_default))
    else:
        print(cid)
    return 0


def _customers_tag(args) -> int:
    from models import tagging, tags

    if not args.add and not args.remove:
        return _fail("say what to change: --add TAG and/or --remove TAG")
    matched, change = tagging.tag_customers(_filter(args), args.add, args.remove)
    names = {t.id: t.name for t in tags.list_tags()}
    added = {names[t]: len(ids) for t, ids in change.added.items()}
    removed = {names[t]: len(ids) for t, ids in change.removed.items()}
    if args.json:
        print(
            json.dumps({"matched": matched, "added": added, "removed": removed}, ensure_ascii=False)
        )
    else:
        print(f"{matched} customers matched")
        for name, n in added.items():
            print(f"added {name} to {n}")
        for name, n in removed.items():
            print(f"removed {name} from {n}")
    return 0


def _tags(args) -> int:
    from models import customer_list, tags

    counts = customer_list.tag_counts()
    if args.json:
        for t in tags.list_tags():
            row = {
                "id": t.id,
                "group": t.group,
                "name": t.name,
                "color": t.color,
                "count": counts.get(t.id, 0),
            }
            print(json.dumps(row, ensure_ascii=False))
        return 0
    by_group: dict[str, list] = {g.name: [] for g in tags.list_groups()}
    for t in tags.list_tags():
        by_group[t.group].append(t)
    for group, members in by_group.items():
        print(group)
        for t in members:
            print(f"  {t.name}\t{counts.get(t.id, 0)}")
    return 0
