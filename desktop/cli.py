"""The command line: the same program as the GUI, for automation and headless checks.

Exit status: 0 done, 1 refused input or an unusable database (one line on stderr,
nothing written), 2 usage error (from argparse).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys

from desktop.cli_text import error_text, fill, reason_text, translate
from models import file_writing
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


AUDIT_ACTIONS = (
    "create",
    "edit",
    "delete",
    "undelete",
    "purge",
    "tag",
    "merge",
    "import",
    "import_undo",
    "undo",
    "redo",
    "backup",
    "restore",
    "erase",
    "privacy",
)  # models.audit.ACTIONS


PASSWORD_ENV = "GUANJIA_BACKUP_PASSWORD"  # encrypted backups' password for scripts

# Every date option takes what models.date_input reads (the same words in every command).
WHEN = (
    "WHEN is a date as staff type it: today, tomorrow, yesterday, now, +3d, -2w, +1m, +2h, "
    "monday, next monday, next_week, 2026-12-01, 2026-12-01T09:30, or in Chinese 今天, "
    "明天, 后天, 下周一, 本周五, 3天后, 12月1日, 明天 9:30, 下午3点 (a leading minus takes "
    "=, as in --date=-2d)"
)
DAY = (
    "DAY is a date as staff type it, without a time: today, tomorrow, yesterday, -7d, +3d, "
    "monday, last monday, 2026-12-01, 今天, 明天, 昨天, 上周一, 12月1日"
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="guanjia",
        description="Guanjia (客户管家): customer management. Without a command, starts the window.",
    )
    parser.add_argument(
        "--db", metavar="PATH", help="database file (default: GUANJIA_DB or the data folder)"
    )
    parser.add_argument(
        "--create", action="store_true",
        help="a command that writes may create a new database at --db, with its folders "
        "(without it, only in a folder that exists; a command that only reads never does)",
    )  # fmt: skip
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill the database with realistic demo customers")
    demo.add_argument(
        "--customers", type=int, required=True, metavar="N", help="how many customers to add"
    )
    demo.add_argument(
        "--seed", type=int, default=1, metavar="S", help="random seed (same seed, same data)"
    )
    demo.add_argument(
        "--followups", type=int, default=0, metavar="N", help="also N demo follow-ups"
    )
    demo.add_argument(
        "--interactions", type=int, default=0, metavar="N", help="also N more logged contacts"
    )
    demo.add_argument(
        "--complaints", type=int, default=0, metavar="N", help="also N demo complaints (and FAQ)"
    )
    demo.add_argument(
        "--purchases", type=int, default=0, metavar="N", help="also N demo purchases (2 years)"
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
    _import_parsers(commands)
    _followup_parsers(commands)
    _complaint_parsers(commands)
    _purchase_parsers(commands)
    _lifecycle_parser(commands)
    return parser


def _purchase_parsers(commands) -> None:
    pur = commands.add_parser("purchases", help="list purchases; 'purchases add' records one")
    pur.add_argument("--customer", type=int, metavar="ID", help="only this customer's")
    pur.add_argument("--json", action="store_true", help="one JSON object per line")
    sub = pur.add_subparsers(dest="purchases_command", metavar="ACTION")
    add = sub.add_parser("add", help="record a purchase (a negative amount: a refund)")
    add.add_argument("--customer", type=int, required=True, metavar="ID", help="customer id")
    add.add_argument("--amount", required=True, metavar="A", help="amount in yuan, e.g. 128.50")
    add.add_argument("--date", default=None, metavar="WHEN", help="when (default now); " + WHEN)
    add.add_argument("--order", default="", metavar="NO", help="order number (单号), unique")
    add.add_argument(
        "--payment", default="", help="cash 现金, wechat 微信支付, alipay 支付宝, card 银行卡, ..."
    )
    add.add_argument("--note", default="", help="a note")
    add.add_argument(
        "--refund-of", type=int, default=None, metavar="ID", help="the purchase refunded"
    )
    add.add_argument("--json", action="store_true", help="print the purchase as JSON")
    imp = sub.add_parser(
        "import",
        help="import purchases from .xlsx/.xls/.ods/.csv: rows with one order number are one"
        " purchase; one transaction; 'import --undo ID' undoes it",
    )
    imp.add_argument("file", metavar="FILE", help="the spreadsheet to import")
    imp.add_argument("--sheet", metavar="NAME", help="sheet to read (default: the first with data)")
    imp.add_argument("--header-row", type=int, metavar="N", help="header row number (0: none)")
    imp.add_argument("--encoding", metavar="NAME", help="CSV encoding (default: detected)")
    imp.add_argument("--delimiter", metavar="CHAR", help="CSV delimiter (default: detected)")
    imp.add_argument(
        "--unknown-customers", choices=("create", "error"), default="create",
        help="a customer number or name not found: create the customer (default) or list"
        " the row as an error",
    )  # fmt: skip
    imp.add_argument("--on-error", choices=("skip", "stop"), default="skip")
    imp.add_argument("--dry-run", action="store_true", help="check and count; write nothing")
    imp.add_argument("--errors", metavar="XLSX", help="write the rows not imported here")
    imp.add_argument("--json", action="store_true", help="print the outcome as one JSON object")
    rfm = commands.add_parser("rfm", help="RFM scores and segments of the customers who bought")
    rfm.add_argument("--days", type=int, default=365, metavar="N", help="the period (default 365)")
    rfm.add_argument("--as-of", default=None, metavar="DAY", help="default today; " + DAY)
    rfm.add_argument("--json", action="store_true", help="one JSON object per line")
    rfm.add_argument(
        "--save", action="store_true",
        help="keep the scores on the customers (the table's RFM columns, --rfm-segment)",
    )  # fmt: skip
    rfm.add_argument(
        "--tags", action="store_true",
        help="--save, then give each customer their segment's tag in the group RFM 分群",
    )  # fmt: skip


def _lifecycle_parser(commands) -> None:
    life = commands.add_parser(
        "lifecycle", help="lifecycle stages suggested from purchases; --apply accepts them all"
    )
    for flag, help_text in (
        ("--new-days", "first purchase within N days: new (default 90)"),
        ("--active-days", "N+ purchases, the last within N days: active (default 180)"),
        ("--churn-days", "last purchase over N days ago: churned (default 365)"),
        ("--active-purchases", "purchases an active customer has (default 2)"),
    ):
        life.add_argument(flag, type=int, metavar="N", help=help_text + "; kept for next time")
    life.add_argument("--apply", action="store_true", help="accept every suggestion")
    life.add_argument("--json", action="store_true", help="one JSON object")


def _complaint_parsers(commands) -> None:
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
    show = sub.add_parser("show", help="one complaint with its history")
    show.add_argument("id", type=int, help="complaint id")
    show.add_argument("--json", action="store_true", help="print as JSON")
    metrics = sub.add_parser("metrics", help="counts, response and resolution times, satisfaction")
    metrics.add_argument("--from", dest="date_from", metavar="DAY", help="received from; " + DAY)
    metrics.add_argument("--to", dest="date_to", metavar="DAY", help="received up to; " + DAY)
    metrics.add_argument("--json", action="store_true", help="print one JSON object")


DUE_CHOICES = ("today", "overdue", "week", "all")


def _followup_parsers(commands) -> None:
    fol = commands.add_parser(
        "followups", help="list follow-ups; 'followups add/done/snooze/cancel' change them"
    )
    fol.add_argument(
        "--due",
        choices=DUE_CHOICES,
        default="all",
        help="today: open and due today; overdue: open and due before today; week: open "
        "and due from today to Sunday; all (default): every follow-up, any status",
    )
    fol.add_argument(
        "--contacts",
        action="store_true",
        help="with --due today or week: after the follow-ups, the customers due a contact "
        '(stay in touch), as the window\'s Today list shows them ("type": "touch", "id": null)',
    )
    fol.add_argument("--customer", type=int, metavar="ID", help="only this customer's")
    fol.add_argument("--json", action="store_true", help="one JSON object per line")
    sub = fol.add_subparsers(dest="followups_command", metavar="ACTION")
    add = sub.add_parser("add", help="plan a follow-up")
    add.add_argument("--customer", type=int, required=True, metavar="ID", help="customer id")
    add.add_argument("--due", required=True, metavar="WHEN", help="due date/time; " + WHEN)
    add.add_argument(
        "--kind", default="phone", help="phone 电话, visit 拜访, wechat 微信, sms 短信, email 邮件, "
        "other 其他 (default phone)",
    )  # fmt: skip
    add.add_argument("--subject", default="", help="a short subject")
    add.add_argument("--note", default="", help="a note")
    add.add_argument("--owner", default=None, help="who follows up (default: the customer's owner)")
    add.add_argument(
        "--every", default="", metavar="N{d,w,m,y}", help="repeat: 3d, 2w (two weeks), 1m, 1y"
    )
    add.add_argument("--json", action="store_true", help="print the follow-up as JSON")
    done = sub.add_parser("done", help="complete a follow-up (logs the contact)")
    done.add_argument("id", type=int, help="follow-up id")
    done.add_argument("--outcome", default="", help="what came of it")
    done.add_argument(
        "--next", default=None, metavar="WHEN", help="plan the next follow-up; " + WHEN
    )
    done.add_argument("--json", action="store_true", help="print the result as JSON")
    snooze = sub.add_parser("snooze", help="move a follow-up later")
    snooze.add_argument("id", type=int, help="follow-up id")
    snooze.add_argument(
        "--until", required=True, metavar="WHEN",
        help="hour (an hour from now), tomorrow or next_week (next Monday), keeping the time of "
        "day; or any other " + WHEN,
    )  # fmt: skip
    cancel = sub.add_parser("cancel", help="cancel a follow-up")
    cancel.add_argument("id", type=int, help="follow-up id")
    cancel.add_argument(
        "--skip", action="store_true", help="only this time: a repeating series goes on"
    )

    inter = commands.add_parser(
        "interactions", help="list logged contacts; 'interactions add' logs one"
    )
    inter.add_argument("--customer", type=int, metavar="ID", help="only this customer's")
    inter.add_argument("--json", action="store_true", help="one JSON object per line")
    sub = inter.add_subparsers(dest="interactions_command", metavar="ACTION")
    add = sub.add_parser("add", help="log a contact with a customer")
    add.add_argument("--customer", type=int, required=True, metavar="ID", help="customer id")
    add.add_argument("--channel", required=True, help="phone 电话, visit 拜访, wechat 微信, ...")
    add.add_argument("--summary", required=True, help="what was said")
    add.add_argument("--at", default=None, metavar="WHEN", help="when (default now); " + WHEN)
    add.add_argument("--json", action="store_true", help="print the interaction as JSON")


def _import_parsers(commands) -> None:
    imp = commands.add_parser(
        "import",
        help="import customers from .xlsx/.xls/.ods/.csv (one transaction); --undo undoes one",
    )
    imp.add_argument("file", nargs="?", metavar="FILE", help="the spreadsheet to import")
    imp.add_argument("--sheet", metavar="NAME", help="sheet to read (default: the first with data)")
    imp.add_argument(
        "--match",
        default="number,mobile,email",
        metavar="KEYS",
        help="keys that make a row a duplicate: any of number,mobile,email ('' for none)",
    )
    imp.add_argument("--on-duplicate", choices=("skip", "update", "create"), default="skip")
    imp.add_argument("--on-error", choices=("skip", "stop"), default="skip")
    imp.add_argument("--dry-run", action="store_true", help="check and count; write nothing")
    imp.add_argument("--header-row", type=int, metavar="N", help="header row number (0: none)")
    imp.add_argument("--encoding", metavar="NAME", help="CSV encoding (default: detected)")
    imp.add_argument("--delimiter", metavar="CHAR", help="CSV delimiter (default: detected)")
    imp.add_argument("--errors", metavar="XLSX", help="write the rows not imported here")
    imp.add_argument("--undo", type=int, metavar="IMPORT_ID", help="undo an earlier import")
    imp.add_argument("--json", action="store_true", help="print the outcome as one JSON object")

    imports = commands.add_parser("imports", help="list earlier imports (newest first)")
    imports.add_argument("--json", action="store_true", help="one JSON object per import")

    bak = commands.add_parser(
        "backup", help="back the database up now (into DEST, a folder, if given)"
    )
    bak.add_argument("dest", nargs="?", help="a folder (default: backups/ beside the database)")
    bak.add_argument(
        "--encrypt", action="store_true",
        help="also write an encrypted copy (.gjbackup) into DEST; the password comes from "
        f"${PASSWORD_ENV} or is asked",
    )  # fmt: skip
    bak.add_argument("--json", action="store_true", help="print the outcome as one JSON object")
    baks = commands.add_parser("backups", help="list the backups of the database, newest first")
    baks.add_argument("--json", action="store_true", help="one JSON object per backup")
    aud = commands.add_parser(
        "audit", help="the audit log: who created, edited, deleted, imported, restored what"
    )
    aud.add_argument("--from", dest="date_from", metavar="DAY", help="on or after; " + DAY)
    aud.add_argument("--to", dest="date_to", metavar="DAY", help="on or before; " + DAY)
    aud.add_argument("--action", help="one action: " + ", ".join(AUDIT_ACTIONS))
    aud.add_argument("--staff", help="entries by this staff name")
    aud.add_argument("--search", default="", help="text in the entry's detail")
    aud.add_argument("--limit", type=int, default=200, help="newest N (default 200)")
    aud.add_argument("--export", metavar="FILE", help="write the entries to .xlsx or .csv")
    aud.add_argument("--json", action="store_true", help="one JSON object per entry")
    era = commands.add_parser(
        "erase", help="erase a customer's personal data everywhere, history included "
        "(keeps their tags, purchases and counts; cannot be undone)",
    )  # fmt: skip
    era.add_argument("id", type=int, help="the customer's id")
    era.add_argument("--yes", action="store_true", help="do not ask first")
    era.add_argument("--json", action="store_true", help="print the outcome as one JSON object")
    pwd = commands.add_parser(
        "password", help="whether a password opens the window; --forget removes it"
    )
    pwd.add_argument("--forget", action="store_true", help="remove the password (forgotten)")
    pwd.add_argument("--json", action="store_true", help="print the state as one JSON object")
    today = commands.add_parser(
        "today",
        help="how much is due today, as the dashboard, the sidebar and the start-up banner "
        "count it: the Today list (follow-ups due today and customers due a contact), overdue, "
        "birthdays",
    )
    today.add_argument("--json", action="store_true", help="one JSON object")
    stf = commands.add_parser(
        "staff", help="show the staff name written in the audit log; give NAME to set it"
    )
    stf.add_argument("name", nargs="?", help='the name ("" for none)')
    chk = commands.add_parser(
        "check", help="check the database file for damage (exit 1 when damaged)"
    )
    chk.add_argument(
        "--full", action="store_true", help="integrity_check: also every index (slower)"
    )
    chk.add_argument("--json", action="store_true", help="print the outcome as one JSON object")
    res = commands.add_parser(
        "restore", help="replace the database's contents with a backup (creating it if absent)"
    )
    res.add_argument(
        "file", help=f"a backup (.db.gz, or encrypted .gjbackup: password from ${PASSWORD_ENV} "
        "or asked) or a database file",
    )  # fmt: skip
    res.add_argument("--yes", action="store_true", help="do not ask before replacing the data")
    res.add_argument("--json", action="store_true", help="print the outcome as one JSON object")

    exp = commands.add_parser(
        "export", help="export customers to .xlsx or .csv (by the file's suffix)"
    )
    exp.add_argument("file", metavar="FILE")
    exp.add_argument(
        "--search", default="", metavar="TEXT", help="the same matching as the search box"
    )
    _filter_options(exp)
    exp.add_argument("--bin", action="store_true", help="export the recycle bin instead")
    exp.add_argument(
        "--columns",
        metavar="a,b,c",
        help="columns in order: field keys (name,mobile,tags,...) or custom field names",
    )
    exp.add_argument("--mask-mobiles", action="store_true", help="write mobiles as 138****5678")
    exp.add_argument("--json", action="store_true", help="print the outcome as JSON")

    template = commands.add_parser("template", help="write an .xlsx import template")
    template.add_argument("file", metavar="FILE")


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
    parser.add_argument(
        "--not-contacted-days",
        type=int,
        default=argparse.SUPPRESS if suppress else 0,
        metavar="N",
        help="only customers with no contact logged in the last N days (or ever)",
    )
    parser.add_argument(
        "--no-next-followup",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="only customers with no open follow-up planned",
    )
    parser.add_argument(
        "--rfm-segment",
        default=argparse.SUPPRESS if suppress else "",
        metavar="SEGMENT",
        help="only customers of this RFM segment as last computed (important_value, ...)",
    )


def parse(argv: list[str]) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def _fail(message: str | Exception) -> int:
    """One line on stderr, in the user's language (an error is said by its code), exit 1."""
    if isinstance(message, Exception):
        message = error_text(message)
    print(f"guanjia: error: {message}", file=sys.stderr)
    return 1


def _day(text: str | None, option: str) -> dt.date | None:
    """A date-only option (models.date_input), None when not given; ValidationError."""
    from models import date_input
    from models.errors import ValidationError

    if not text:
        return None
    try:
        return date_input.parse_date(text)
    except ValidationError as exc:
        raise ValidationError(option, exc.code, f"{option}: {exc}", **exc.params) from None


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


def _fixed_clock() -> None:
    """GUANJIA_NOW=YYYY-MM-DDTHH:MM sets the program's clock (scripts and tests)."""
    import os

    from models import clock

    text = os.environ.get("GUANJIA_NOW", "").strip()
    if text:
        clock.set_now(dt.datetime.fromisoformat(text).replace(microsecond=0))


def run(args: argparse.Namespace) -> int:
    from models.db import default_db_path, open_database

    try:
        _fixed_clock()
    except ValueError:
        return _fail(translate("Cli", "GUANJIA_NOW must look like 2026-12-01T09:30"))

    try:  # a place to write that does not exist: refused before any work
        for target, is_folder in _outputs(args):
            file_writing.require_folder(target, is_folder=is_folder)
    except GuanjiaError as exc:
        return _fail(exc)
    if args.command == "template":  # needs no database: one there adds its custom fields
        return _template(args, default_db_path(args.db))
    if args.command == "check":  # read-only, and it must work on a damaged file
        return _check(args, default_db_path(args.db))
    if args.command == "restore":  # into a database that may be absent or unusable
        try:
            return _restore(args, default_db_path(args.db))
        except GuanjiaError as exc:
            return _fail(exc)
    try:
        open_database(default_db_path(args.db), create=_may_create(args))
    except GuanjiaError as exc:
        return _fail(exc)
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
        if args.command == "import":
            return _import(args)
        if args.command == "imports":
            return _imports(args)
        if args.command == "backup":
            return _backup(args)
        if args.command == "backups":
            return _backups(args)
        if args.command == "export":
            return _export(args)
        if args.command == "followups":
            return _followups(args)
        if args.command == "interactions":
            return _interactions(args)
        if args.command == "complaints":
            return _complaints(args)
        if args.command == "purchases":
            return _purchases(args)
        if args.command == "lifecycle":
            return _lifecycle(args)
        if args.command == "rfm":
            return _rfm(args)
        if args.command == "audit":
            return _audit(args)
        if args.command == "staff":
            return _staff(args)
        if args.command == "today":
            return _today(args)
        if args.command == "erase":
            return _erase(args)
        if args.command == "password":
            return _password(args)
    except GuanjiaError as exc:
        return _fail(exc)
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a file that cannot be written or read
        return _fail(exc)
    return _fail(fill(translate("Cli", "unknown command %1"), args.command))


def _outputs(args) -> list[tuple[str, bool]]:
    """The files (False) and folders (True) a command will write, to check first."""
    command = args.command
    paths = []
    if command in ("export", "template"):
        paths.append((args.file, False))
    if command == "backup" and args.dest:
        paths.append((args.dest, True))
    if command == "audit" and args.export:
        paths.append((args.export, False))
    if command == "import" and args.errors:
        paths.append((args.errors, False))
    if command == "purchases" and args.purchases_command == "import" and args.errors:
        paths.append((args.errors, False))
    return paths


def _writes(args) -> bool:
    """Whether the command may change the database (only these may create one)."""
    command = args.command
    action = getattr(args, f"{command}_command", None)
    if command in ("demo", "import", "erase", "restore"):
        return True
    if command in ("customers", "followups", "interactions", "complaints", "purchases"):
        return action is not None and action not in ("show", "metrics")
    if command == "lifecycle":
        return args.apply
    if command == "rfm":
        return args.save or args.tags
    if command == "staff":
        return args.name is not None
    if command == "password":
        return args.forget
    return False  # tags, imports, backup(s), audit, export: read what is there


def _may_create(args) -> str:
    """How open_database may create a missing database (see its `create`)."""
    if not _writes(args):
        return "no"
    explicit = args.db or os.environ.get("GUANJIA_DB")
    return "folders" if args.create or not explicit else "file"


def _backup(args) -> int:
    from pathlib import Path

    from models import backup, backup_crypto, clock

    dest = Path(args.dest).expanduser() if args.dest else None
    encrypted = None
    if args.encrypt:
        password = _backup_password(confirm=True)
        if password is None:
            return _fail(fill(translate(
                "Cli", "an encrypted backup needs a password: set $%1 or run in a terminal"
            ), PASSWORD_ENV))  # fmt: skip
        folder = dest or backup.folder_for(backup.current_db_path())
        folder.mkdir(parents=True, exist_ok=True)
        encrypted = folder / (
            f"{backup.current_db_path().stem}-{clock.now():%Y%m%d-%H%M%S}{backup_crypto.SUFFIX}"
        )
        made = backup.export_encrypted(encrypted, password)
        made.copies.remove(encrypted)
    else:
        made = backup.make("manual", dest=dest)
    out = {
        "path": str(made.path),
        "size": made.path.stat().st_size,
        "copies": [str(p) for p in made.copies],
        "copy_error": made.copy_error,
        "removed": [str(p) for p in made.removed],
        "encrypted": str(encrypted) if encrypted else None,
    }
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(fill(translate("Cli", "backed up to %1"), made.path))
        for copy in made.copies:
            print(fill(translate("Cli", "copied to %1"), copy))
        if encrypted:
            print(fill(translate("Cli", "encrypted copy: %1"), encrypted))
    if made.copy_error:
        print(fill(translate("Cli", "warning: the second folder could not be written: %1"),
                   made.copy_error),
              file=sys.stderr)  # fmt: skip
    return 0


def _backups(args) -> int:
    from models import backup

    path = backup.current_db_path()
    for b in backup.list_backups(backup.folder_for(path), path.stem):
        item = {"path": str(b.path), "at": b.at.isoformat(), "reason": b.reason, "size": b.size}
        if args.json:
            print(json.dumps(item, ensure_ascii=False))
        else:
            print(f"{item['at']}\t{b.reason}\t{b.size:,}\t{b.path}")
    return 0


def _audit(args) -> int:
    from models import audit

    query = audit.AuditQuery(
        since=_day(args.date_from, "--from"), until=_day(args.date_to, "--to"),
        action=args.action or "", staff=args.staff, text=args.search,
    )  # fmt: skip
    if query.action and query.action not in audit.ACTIONS:
        return _fail(
            fill(translate("Cli", "--action must be one of: %1"), ", ".join(audit.ACTIONS))
        )
    if args.limit < 1:
        return _fail(translate("Cli", "--limit must be at least 1"))
    if args.export:
        from desktop import translations
        from ui.audit_dialog import export_words

        translations.apply_to_console()  # the titles and words in the user's language
        written = audit.export(args.export, query, **export_words())
        print(fill(translate("Cli", "%1 entries written to %2"), f"{written:,}", args.export))
        return 0
    for row in audit.entries(query, limit=args.limit):
        if args.json:
            _print_json(row)
        else:
            print(f"{row['at']:%Y-%m-%d %H:%M:%S}\t{row['staff'] or '-'}\t{row['action']}\t"
                  f"{row['target']} {row['target_id'] or ''}\t{row['count']}\t{row['detail']}")  # fmt: skip
    return 0


def _today(args) -> int:
    from models import agenda

    figures = agenda.today_figures()
    out = {
        "due_today": figures.due_today,
        "followups": figures.followups,
        "contacts": figures.contacts,
        "overdue": figures.overdue,
        "birthdays": figures.birthdays,
    }
    if args.json:
        _print_json(out)
    else:
        print(fill(translate("Cli", "due today: %1 (%2 follow-ups, %3 customers due a contact); "
                             "overdue: %4; birthdays today: %5"), figures.due_today,
                   figures.followups, figures.contacts, figures.overdue, figures.birthdays))  # fmt: skip
    return 0


def _staff(args) -> int:
    from models import audit

    if args.name is None:
        print(audit.staff())
        return 0
    print(audit.set_staff(args.name))
    return 0


def _check(args, db_path) -> int:
    from models.db import quick_check

    if not db_path.is_file():
        return _fail(fill(translate("Cli", "%1 does not exist"), db_path))
    problems = quick_check(db_path, full=args.full)
    if args.json:
        _print_json({"db": str(db_path), "ok": not problems, "problems": problems})
    elif problems:
        print(fill(translate("Cli", "%1 is damaged:"), db_path), *problems, sep="\n  ")
        print(translate("Cli", "restore a backup: guanjia backups; guanjia restore FILE"))
    else:
        print(fill(translate("Cli", "%1: ok"), db_path))
    return 1 if problems else 0


def _backup_password(confirm: bool) -> str | None:
    """An encrypted backup's password: from the environment (scripts), else asked on
    the terminal (twice when making one); None when neither is possible."""
    import getpass

    password = os.environ.get(PASSWORD_ENV)
    if password:
        return password
    if not sys.stdin.isatty():
        return None
    password = getpass.getpass("backup password: ")
    if confirm and getpass.getpass("again: ") != password:
        print("guanjia: " + translate("Cli", "the two passwords differ"), file=sys.stderr)
        return None
    return password


def _erase(args) -> int:
    from models import customers, erasure

    name = customers.get(args.id)["name"]  # NotFoundError: exit 1
    if not args.yes:
        print(fill(translate("Cli", "erase the personal data of %1 (#%2): name, contacts, notes, "
                             "custom fields and the texts of their history, for good"),
                   name, args.id))  # fmt: skip
        if not sys.stdin.isatty():
            return _fail(translate("Cli", "erasing cannot be undone: add --yes to confirm"))
        if input("erase? [y/N] ").strip().lower() not in ("y", "yes"):
            return _fail(translate("Cli", "not erased"))
    done = erasure.erase(args.id)
    out = {"id": args.id, "name": erasure.anonymous_name(args.id),
           "followups_cancelled": done.followups_cancelled, "texts_cleared": done.texts_cleared,
           "audit_entries": done.audit_entries}  # fmt: skip
    if args.json:
        _print_json(out)
    else:
        print(fill(translate("Cli", "erased: the customer is now %1"), out["name"]))
    return 0


def _password(args) -> int:
    from models import app_lock

    if args.forget:
        app_lock.forget_password()
    out = {"password": app_lock.is_set(), "lock_after_minutes": app_lock.lock_minutes()}
    if args.json:
        _print_json(out)
    elif out["password"]:
        print(
            fill(
                translate("Cli", "a password opens Guanjia; it locks after %1 idle minutes"),
                out["lock_after_minutes"],
            )
        )
    else:
        print(translate("Cli", "no password: Guanjia opens without one"))
    return 0


def _restore(args, db_path) -> int:
    from pathlib import Path

    from models import backup, backup_crypto
    from models.errors import DatabaseDamagedError

    source = Path(args.file).expanduser()
    if not db_path.exists() and _may_create(args) == "file" and not db_path.parent.is_dir():
        return _fail(fill(translate(
            "Cli", "no folder %1 for a new database %2: check the path, or add --create to make it"
        ), db_path.parent, db_path.name))  # fmt: skip
    password = None
    if backup_crypto.is_encrypted(source):
        password = _backup_password(confirm=False)
        if password is None:
            return _fail(fill(translate("Cli", "%1 is encrypted: set $%2 or run in a terminal"),
                              source, PASSWORD_ENV))  # fmt: skip
    inside = backup.peek(source, password)  # refuses a bad file before anything is asked
    if not args.yes:
        print(fill(translate("Cli", "backup: %1 customers, %2 purchases, %3 complaints, "
                             "%4 follow-ups"), f"{inside.customers:,}", f"{inside.purchases:,}",
                   f"{inside.complaints:,}", f"{inside.followups:,}"))  # fmt: skip
        try:
            current = backup.summarize(db_path) if db_path.exists() else None
        except DatabaseDamagedError:  # the usual reason to restore: say it, go on
            print(
                translate("Cli", "now:    damaged (it is kept as a backup before it is replaced)")
            )
            current = None
        if current is not None:
            print(fill(translate("Cli", "now:    %1 customers, %2 purchases, %3 complaints, "
                                 "%4 follow-ups"), f"{current.customers:,}",
                       f"{current.purchases:,}", f"{current.complaints:,}",
                       f"{current.followups:,}"))  # fmt: skip
        if not sys.stdin.isatty():
            return _fail(translate("Cli", "restoring replaces the data: add --yes to confirm"))
        if input(f"replace the data in {db_path}? [y/N] ").strip().lower() not in ("y", "yes"):
            return _fail(translate("Cli", "not restored"))
    db_path.parent.mkdir(parents=True, exist_ok=True)
    done = backup.restore(source, db_path, password=password)
    out = {"restored": str(source), "db": str(db_path),
           "safety_backup": str(done.safety) if done.safety else None,
           **done.summary.as_dict()}  # fmt: skip
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(fill(translate("Cli", "restored %1 into %2: %3 customers"), source, db_path,
                   f"{done.summary.customers:,}"))  # fmt: skip
        if done.safety:
            print(fill(translate("Cli", "the data it replaced is in %1"), done.safety))
    return 0


def _demo(args) -> int:
    from models import demo

    if args.customers < 0:
        return _fail(translate("Cli", "--customers must be 0 or more"))
    if min(args.followups, args.interactions, args.complaints) < 0:
        return _fail(
            translate("Cli", "--followups, --interactions and --complaints must be 0 or more")
        )
    n = demo.generate(args.customers, seed=args.seed)
    print(fill(translate("Cli", "added %1 demo customers"), n))
    if args.followups or args.interactions:
        from models.demo_contacts import generate_contacts

        generate_contacts(args.followups, args.interactions, seed=args.seed)
        print(fill(translate("Cli", "added %1 follow-ups and %2 more contacts"), args.followups,
                   args.interactions))  # fmt: skip
    if args.complaints:
        from models.demo_complaints import generate_complaints

        made = generate_complaints(args.complaints, seed=args.seed)
        print(fill(translate("Cli", "added %1 complaints"), made))
    if args.purchases:
        from models.demo_purchases import generate_purchases

        made = generate_purchases(args.purchases, seed=args.seed)
        print(fill(translate("Cli", "added %1 purchases"), made))
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
    days = getattr(args, "not_contacted_days", 0) or 0
    if days < 0:
        raise GuanjiaError("--not-contacted-days must be 1 or more")
    flt = CustomerFilter(search=args.search, in_bin=getattr(args, "bin", False)).with_tags(
        required, excluded, getattr(args, "any_tags", False)
    )
    segment = getattr(args, "rfm_segment", "") or ""
    if segment:
        from models.rfm import SEGMENT_ORDER

        if segment not in SEGMENT_ORDER:
            raise GuanjiaError("--rfm-segment must be one of: " + ", ".join(SEGMENT_ORDER))
    flt = flt.with_rfm_segment(segment)
    return flt.with_contact(days, getattr(args, "no_next_followup", False))


def _customers_list(args) -> int:
    from models import customer_list
    from models.custom_fields import list_fields

    if args.limit is not None and args.limit < 0:
        return _fail(translate("Cli", "--limit must be 0 or more"))
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
        return _fail("; ".join(error_text(e) for e in errors))
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
            return _fail(fill(text, d["field"], clean[d["field"]], d["id"], d["name"]))
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
        return _fail(translate("Cli", "say what to change: --add TAG and/or --remove TAG"))
    matched, change = tagging.tag_customers(_filter(args), args.add, args.remove)
    names = {t.id: t.name for t in tags.list_tags()}
    added = {names[t]: len(ids) for t, ids in change.added.items()}
    removed = {names[t]: len(ids) for t, ids in change.removed.items()}
    if args.json:
        print(
            json.dumps({"matched": matched, "added": added, "removed": removed}, ensure_ascii=False)
        )
    else:
        print(fill(translate("Cli", "%1 customers matched"), matched))
        for name, n in added.items():
            print(fill(translate("Cli", "added %1 to %2"), name, n))
        for name, n in removed.items():
            print(fill(translate("Cli", "removed %1 from %2"), name, n))
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


def _import(args) -> int:
    from models import import_history, importer
    from models.import_report import write_error_report

    if args.undo is not None:
        if args.file:
            return _fail(translate("Cli", "give either FILE or --undo, not both"))
        report = import_history.undo(args.undo)
        if args.json:
            print(json.dumps({"import_id": args.undo, **report.as_dict()}, ensure_ascii=False))
        else:
            print(fill(translate("Cli", "import %1 undone: %2 customers removed, %3 restored, "
                                 "%4 later changes kept"), args.undo, report.removed,
                       report.restored, len(report.kept)))  # fmt: skip
        return 0
    if not args.file:
        return _fail(translate("Cli", "give the FILE to import (or --undo IMPORT_ID)"))
    keys = tuple(k.strip() for k in args.match.split(",") if k.strip())
    header = None if args.header_row is None else args.header_row - 1
    options = importer.Options(
        sheet=args.sheet,
        header_row=header,
        match_keys=keys,
        on_duplicate=args.on_duplicate,
        on_error=args.on_error,
        encoding=args.encoding,
        delimiter=args.delimiter,
    )
    options.check()
    sheet = importer.load(args.file, options)
    plan = importer.plan(sheet, options)
    counts = plan.counts
    if args.errors:
        write_error_report(args.errors, plan)
    if args.dry_run:
        outcome = {
            "import_id": None,
            "created": counts["new"],
            "updated": counts["update"],
            "skipped": counts["duplicate"],
            "errors": counts["error"],
        }
    else:
        outcome = importer.run(plan).as_dict()
    outcome["dry_run"] = bool(args.dry_run)
    outcome["sheet"] = sheet.name
    outcome["mapping"] = {h: t for h, t in zip(sheet.headers, plan.mapping, strict=False) if t}
    outcome["error_rows"] = _error_rows(plan)
    outcome["warnings"] = [w.as_dict() for w in plan.column_warnings()]
    if args.json:
        print(json.dumps(outcome, ensure_ascii=False))
    else:
        counts = (outcome["created"], outcome["updated"], outcome["skipped"], outcome["errors"])
        if args.dry_run:
            print(fill(translate("Cli", "would create %1, updated %2, skipped %3 duplicates, "
                                 "%4 rows with errors"), *counts))  # fmt: skip
        else:
            print(fill(translate("Cli", "created %1, updated %2, skipped %3 duplicates, "
                                 "%4 rows with errors (import %5)"), *counts,
                       outcome["import_id"]))  # fmt: skip
        _print_error_rows(outcome["error_rows"])
        _print_warnings(plan)
    return 0


def _error_rows(plan) -> list[dict]:
    """The rows an import plan leaves out with errors, as the --json outcome lists them."""
    from models import importer

    return [
        {"row": r.line, "reasons": [{"field": p.field, "code": p.code, "message": p.message}
                                    for p in r.problems]}
        for r in plan.rows if r.action == importer.ERROR
    ]  # fmt: skip


def _print_error_rows(rows: list[dict], limit: int = 20) -> None:
    for r in rows[:limit]:
        print(fill(translate("Cli", "  row %1: %2"), r["row"],
                   "; ".join(reason_text(x) for x in r["reasons"])))  # fmt: skip


def _print_warnings(plan) -> None:
    """A line per column whose values were kept in the notes (the rows are imported)."""
    from ui.labels import column_warning_text

    for warning in plan.column_warnings():
        print(translate("Cli", "  warning: ") + column_warning_text(warning))


def _imports(args) -> int:
    from models import import_history

    for run in import_history.list_runs():
        item = {
            "import_id": run.id,
            "kind": run.kind,
            "file": run.file_name,
            "sheet": run.sheet,
            "at": run.started_at.isoformat(),
            "created": run.created,
            "updated": run.updated,
            "skipped": run.skipped,
            "errors": run.errors,
            "undone": run.undone_at is not None,
        }
        if args.json:
            print(json.dumps(item, ensure_ascii=False))
        else:
            undone = " (undone)" if item["undone"] else ""
            print(
                f"{run.id}\t{item['at']}\t{run.kind}\t{run.file_name}\tcreated {run.created}, "
                f"updated {run.updated}, skipped {run.skipped}, errors {run.errors}{undone}"
            )
    return 0


def _export_keys(text: str | None) -> list[str]:
    from models import customer_list
    from models.custom_fields import list_fields

    if not text:
        return [c for c in customer_list.BUILTIN_COLUMNS]
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
    from models.customer_export import export_customers
    from ui import labels

    keys = _export_keys(args.columns)
    flt = _filter(args)
    translations.apply_to_console()  # the list's titles and words, in the user's language
    n = export_customers(args.file, flt, keys=keys, mask_mobiles=args.mask_mobiles,
                         titles=labels.customer_export_titles(keys),
                         formatters=labels.customer_export_formatters())  # fmt: skip
    if args.json:
        print(json.dumps({"exported": n, "file": args.file}, ensure_ascii=False))
    else:
        print(fill(translate("Cli", "exported %1 customers to %2"), n, args.file))
    return 0


def _template(args, db_path) -> int:
    import tempfile

    from desktop import translations
    from models.customer_export import TEMPLATE_FIELDS, export_template
    from models.db import close_database, open_database
    from ui import labels

    translations.apply_to_console()  # the titles in the user's language
    with tempfile.TemporaryDirectory() as scratch:
        try:  # without a database, an empty one that is thrown away: the built-in fields
            open_database(db_path if db_path.exists() else f"{scratch}/empty.db")
            export_template(args.file, labels.customer_export_titles(TEMPLATE_FIELDS))
        except GuanjiaError as exc:
            return _fail(exc)
        finally:
            close_database()
    print(fill(translate("Cli", "wrote the import template to %1"), args.file))
    return 0


# ---------------------------------------------------------------- follow-ups


def _print_json(obj) -> None:
    print(json.dumps(obj, ensure_ascii=False, default=_json_default))


def _followup_line(obj: dict) -> str:
    what = obj["subject"] or (obj["note"].splitlines() or [""])[0]
    return (
        f"{obj['id']}\t{obj['due']}\t{obj['kind']}\t{obj['status']}\t"
        f"{obj['customer_id']} {obj['customer_name']}\t{what}"
    )


def _followups(args) -> int:
    from models import followups

    command = args.followups_command
    if command == "add":
        new_id = followups.create(
            args.customer, args.due, kind=args.kind, subject=args.subject, note=args.note,
            owner=args.owner, every=args.every,
        )  # fmt: skip
        obj = followups.to_json(followups.get(new_id))
        _print_json(obj) if args.json else print(f"added follow-up {new_id}")
        return 0
    if command == "done":
        next_due, next_timed = followups.parse_due(args.next) if args.next else (None, None)
        result = followups.complete(
            args.id, args.outcome, next_due=next_due, next_has_time=next_timed
        )
        if args.json:
            obj = followups.to_json(followups.get(args.id))
            obj["interaction_id"] = result.interaction_id
            obj["next"] = [followups.to_json(followups.get(i)) for i in result.next_ids]
            _print_json(obj)
        else:
            nexts = ", ".join(str(i) for i in result.next_ids)
            print(fill(translate("Cli", "done follow-up %1"), args.id)
                  + (fill(translate("Cli", "; next: %1"), nexts) if nexts else ""))  # fmt: skip
        return 0
    if command == "snooze":
        until = args.until
        if until not in followups.SNOOZES:
            value, timed = followups.parse_due(until)
            until = value if timed else value.date()
        due = followups.snooze(args.id, until)
        print(fill(translate("Cli", "follow-up %1 now due %2"), args.id,
                   due.isoformat(sep=" ", timespec="minutes")))  # fmt: skip
        return 0
    if command == "cancel":
        next_id = followups.cancel(args.id, skip=args.skip)
        print(fill(translate("Cli", "cancelled follow-up %1"), args.id)
              + (fill(translate("Cli", "; next: %1"), next_id) if next_id else ""))  # fmt: skip
        return 0
    from models import agenda

    if args.customer is not None:
        followups.live_customer(args.customer)
    # The window's lists (models.agenda); with --contacts, today's is its Today list.
    for row in agenda.listing(args.due, args.customer, contacts=args.contacts):
        obj = agenda.to_json(row)
        if args.json:
            print(json.dumps(obj, ensure_ascii=False))
        elif obj["type"] == "touch":
            print(f"-\t{obj['due']}\tcontact\topen\t{obj['customer_id']} {obj['customer_name']}"
                  f"\tstay in touch, every {obj['every']}")  # fmt: skip
        else:
            print(_followup_line(obj))
    return 0


def _interactions(args) -> int:
    from models import followups, interactions

    if args.interactions_command == "add":
        at = None
        if args.at:
            at, _timed = followups.parse_due(args.at)
        new_id = interactions.log(args.customer, args.channel, args.summary, at=at)
        obj = interactions.to_json(interactions.get(new_id))
        _print_json(obj) if args.json else print(f"logged interaction {new_id}")
        return 0
    if args.customer is not None:
        followups.live_customer(args.customer)
    for row in interactions.listing(args.customer):
        obj = interactions.to_json(row)
        if args.json:
            print(json.dumps(obj, ensure_ascii=False))
        else:
            print(
                f"{obj['id']}\t{obj['at']}\t{obj['channel']}\t{obj['customer_id']}\t{obj['summary']}"
            )
    return 0


def _complaints(args) -> int:
    from models import complaint_metrics, complaints, followups

    command = args.complaints_command
    if command == "add":
        new_id = complaints.create(
            args.customer, category=args.category, description=args.description,
            severity=args.severity, channel=args.channel, owner=args.owner,
            received_at=args.received,
        )  # fmt: skip
        obj = complaints.to_json(complaints.get(new_id))
        _print_json(obj) if args.json else print(
            fill(translate("Cli", "added complaint %1"), new_id)
        )
        return 0
    if command in complaints.STEPS:
        options = {"note": args.note, "at": args.at}
        for name in ("owner", "deadline", "root_cause", "solution", "comment", "satisfaction"):
            if hasattr(args, name):
                options[name] = getattr(args, name)
        result = complaints.step(args.id, command, **options)
        if args.json:
            _print_json(complaints.to_json(complaints.get(args.id)))
        else:
            extra = fill(translate("Cli", "; return visit planned: follow-up %1"),
                         result["followup_id"]) if result["followup_id"] else ""  # fmt: skip
            print(
                fill(translate("Cli", "complaint %1 is now %2"), args.id, result["status"]) + extra
            )
        return 0
    if command == "show":
        obj = complaints.to_json(complaints.get(args.id))
        obj["history"] = [
            {k: e[k] for k in ("at", "action", "from_status", "to_status", "note", "owner")}
            for e in complaints.events(args.id)
        ]
        if args.json:
            _print_json(obj)
        else:
            print(_complaint_line(obj))
            for e in obj["history"]:
                print(f"  {e['at']:%Y-%m-%d %H:%M}\t{e['action']}\t{e['to_status']}\t{e['note']}")
        return 0
    if command == "metrics":
        start, end = _day(args.date_from, "--from"), _day(args.date_to, "--to")
        metrics = complaint_metrics.compute(start, end).to_json()
        if args.json:
            _print_json(metrics)
        else:
            for key, value in metrics.items():
                print(f"{key}\t{json.dumps(value, ensure_ascii=False)}")
        return 0
    if args.customer is not None:
        followups.live_customer(args.customer)
    status = args.status
    if status and status not in ("open", "closed"):
        status = complaints.parse("status", status)
    condition = complaints.where(status=status, overdue=args.overdue, customer_id=args.customer)
    offset = 0
    while True:
        batch = complaints.rows(condition, limit=1000, offset=offset)
        for row in batch:
            obj = complaints.to_json(row)
            print(json.dumps(obj, ensure_ascii=False) if args.json else _complaint_line(obj))
        if len(batch) < 1000:
            return 0
        offset += len(batch)


def _complaint_line(obj: dict) -> str:
    flags = ("!" if obj["escalated"] else "") + ("*" if obj["high_value"] else "")
    return (
        f"{obj['id']}{flags}\t{obj['received_at']}\t{obj['status']}\t{obj['severity']}\t"
        f"{obj['category']}\t{obj['customer_id']} {obj['customer_name']}\t"
        f"{(obj['description'].splitlines() or [''])[0]}"
    )


def _purchases(args) -> int:
    from models import followups, purchases

    if args.purchases_command == "import":
        return _purchase_import(args)
    if args.purchases_command == "add":
        new_id = purchases.add(
            args.customer, args.amount, at=args.date, order_no=args.order,
            payment=args.payment, note=args.note, refund_of=args.refund_of,
        )  # fmt: skip
        obj = purchases.to_json(purchases.get(new_id))
        _print_json(obj) if args.json else print(f"added purchase {new_id}")
        return 0
    if args.customer is not None:
        followups.live_customer(args.customer)
    for row in purchases.listing(args.customer):
        obj = purchases.to_json(row)
        if args.json:
            print(json.dumps(obj, ensure_ascii=False))
        else:
            print(f"{obj['id']}\t{obj['at']}\t{obj['customer_id']}\t{obj['amount']:.2f}\t"
                  f"{obj['order_no']}")  # fmt: skip
    return 0


def _lifecycle(args) -> int:
    from dataclasses import replace

    from models import lifecycle

    rules = lifecycle.rules()
    given = {k: getattr(args, k) for k in ("new_days", "active_days", "churn_days",
                                           "active_purchases") if getattr(args, k) is not None}  # fmt: skip
    if given:
        rules = replace(rules, **given)
        lifecycle.set_rules(rules)
    found = lifecycle.suggestions(rules)
    applied = len(lifecycle.accept(found)) if args.apply else 0
    moves = [{"from": old, "to": new, "count": n} for (old, new), n in found.counts.items()]
    if args.json:
        print(json.dumps({"rules": rules.__dict__, "transitions": moves, "applied": applied},
                         ensure_ascii=False))  # fmt: skip
        return 0
    for move in moves:
        print(f"{move['from'] or '-'} -> {move['to']}: {move['count']}")
    if args.apply:
        print(fill(translate("Cli", "%1 suggestions, %2 applied"), found.total, applied))
    else:
        print(fill(translate("Cli", "%1 suggestions (--apply accepts them)"), found.total))
    return 0


def _purchase_import(args) -> int:
    from models import importer, purchase_import
    from models.import_report import write_error_report

    options = purchase_import.Options(
        sheet=args.sheet, header_row=None if args.header_row is None else args.header_row - 1,
        unknown_customers=args.unknown_customers, on_error=args.on_error,
        encoding=args.encoding, delimiter=args.delimiter,
    )  # fmt: skip
    options.check()
    sheet = importer.load(args.file, options.loader())
    plan = purchase_import.plan(sheet, options)
    if args.errors:
        write_error_report(args.errors, plan, reason_text=purchase_import.english_reason)
    if args.dry_run:
        orders = plan.new_orders
        counts = plan.counts
        outcome = purchase_import.Result(
            None, len(orders), sum(1 for o in orders if o.cents < 0), None,
            plan.new_customers, counts["duplicate"], counts["error"],
        ).as_dict()  # fmt: skip
    else:
        outcome = purchase_import.run(plan).as_dict()
    outcome["rows"] = len(plan.rows)
    outcome["dry_run"] = bool(args.dry_run)
    outcome["sheet"] = sheet.name
    outcome["mapping"] = {h: t for h, t in zip(sheet.headers, plan.mapping, strict=False) if t}
    outcome["error_rows"] = _error_rows(plan)
    outcome["warnings"] = [w.as_dict() for w in plan.column_warnings()]
    if args.json:
        print(json.dumps(outcome, ensure_ascii=False))
        return 0
    counts = [outcome[k] for k in ("purchases", "refunds", "rows", "customers_created",
                                   "skipped", "errors")]  # fmt: skip
    if args.dry_run:
        print(fill(translate("Cli", "would import %1 purchases (%2 refunds) from %3 rows, %4 new "
                             "customers; skipped %5 rows already recorded, %6 rows with errors"),
                   *counts))  # fmt: skip
    else:
        print(fill(translate("Cli", "imported %1 purchases (%2 refunds) from %3 rows, %4 new "
                             "customers; skipped %5 rows already recorded, %6 rows with errors "
                             "(import %7; undo: import --undo ID)"),
                   *counts, outcome["import_id"]))  # fmt: skip
    _print_error_rows(outcome["error_rows"])
    _print_warnings(plan)
    return 0


def _rfm(args) -> int:
    from models import clock, rfm

    as_of = _day(args.as_of, "--as-of")
    scores = rfm.compute(args.days, as_of)
    if args.save or args.tags:
        rfm.store(scores, args.days, as_of or clock.today())
    if args.tags:
        change = rfm.apply_as_tags()
        gained = sum(len(v) for v in change.added.values())
        lost = sum(len(v) for v in change.removed.values())
        print(fill(translate("Cli", "RFM tags: %1 given, %2 taken off"), gained, lost),
              file=sys.stderr)  # fmt: skip
    for score in scores:
        obj = score.to_json()
        if args.json:
            print(json.dumps(obj, ensure_ascii=False))
        else:
            print(
                f"{obj['customer_id']}\t{obj['customer_number']}\t{obj['r']}\t{obj['f']}\t"
                f"{obj['m']:.2f}\t{obj['r_score']}{obj['f_score']}{obj['m_score']}\t"
                f"{obj['segment']}"
            )
    return 0
