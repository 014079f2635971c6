"""guanjia audit (the log: who changed what), staff (the name it records), erase (a
customer's personal data, for good) and password (the window's lock)."""

from __future__ import annotations

import sys

from desktop.cli.options import period, period_options
from desktop.cli.output import fail, print_json, print_rows
from desktop.cli.text import fill, translate

# models/ and ui/ modules are imported inside the handlers: every command module is
# imported to build the parser, and `--help` and the small commands should not load them.

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
    "complete",
    "skip",
    "snooze",
    "reschedule",
    "reassign",
    "refund",
    "step",
    "stage",
    "score",
    "settings",
    # follow-ups (issue 24)
    "cancel",
    # communities and events (issue 25)
    "join",
    "leave",
    "archive",
    "activity",
    "signup",
    "checkin",
    "noshow",
    "feedback",
    # membership (issue 26)
    "enroll",
    "card",
    "earn",
    "redeem",
    "adjust",
    "expire",
    "reverse",
    "topup",
    "pay",
    "transfer",
    "sell",
    "use",
    "renew",
    "refer",
    "reward",
    "level",
    "lock",
    "unlock",
    "answer",
    # the staff list and the lead pool (issue 28)
    "rename",
    "deactivate",
    "activate",
    "assign",
    "reclaim",
    # the funnel (issue 28)
    "cost",
    # automation rules (issue 28)
    "rule",
    "automate",
    # duplicate customers (issue 29)
    "not_duplicate",
)  # models.audit.ACTIONS (tests/test_audit.py checks they agree)
AUDIT_KINDS = ("customer", "tag", "import", "backup", "followup", "interaction", "complaint",
               "purchase", "setting", "community", "event", "member", "points", "wallet",
               "count_card", "paid", "referral", "level", "survey", "staff", "lead",
               "cost", "rule")  # models.audit.TARGETS (tests/test_cli_audit.py checks)  # fmt: skip


def register(commands) -> None:
    aud = commands.add_parser(
        "audit", help="the audit log: who created, edited, deleted, imported, restored what"
    )
    period_options(aud, "on or after", "on or before")
    aud.add_argument("--action", help="one action: " + ", ".join(AUDIT_ACTIONS))
    aud.add_argument("--kind", metavar="K", help="what it is about: " + ", ".join(AUDIT_KINDS))
    aud.add_argument("--staff", help="entries by this staff name")
    aud.add_argument("--search", default="", help="text in the entry's detail")
    aud.add_argument("--limit", type=int, default=200, help="newest N (default 200)")
    aud.add_argument("--export", metavar="FILE", help="write the entries to .xlsx or .csv")
    aud.add_argument("--json", action="store_true", help="one JSON object per entry")
    aud.set_defaults(handler=_audit)
    era = commands.add_parser(
        "erase", help="erase a customer's personal data everywhere, history included "
        "(keeps their tags, purchases and counts; cannot be undone)",
    )  # fmt: skip
    era.add_argument("id", type=int, help="the customer's id")
    era.add_argument("--yes", action="store_true", help="do not ask first")
    era.add_argument("--json", action="store_true", help="print the outcome as one JSON object")
    era.set_defaults(handler=_erase)
    pwd = commands.add_parser(
        "password", help="whether a password opens the window; --forget removes it"
    )
    pwd.add_argument("--forget", action="store_true", help="remove the password (forgotten)")
    pwd.add_argument("--json", action="store_true", help="print the state as one JSON object")
    pwd.set_defaults(handler=_password)
    stf = commands.add_parser(
        "staff", help="show the staff name written in the audit log; give NAME to set it"
    )
    stf.add_argument("name", nargs="?", help='the name ("" for none)')
    stf.set_defaults(handler=_staff)


def _audit(args) -> int:
    from models.excel import audit_export
    from models.storage import audit

    since, until = period(args)
    query = audit.AuditQuery(
        since=since, until=until,
        action=args.action or "", target=args.kind or "", staff=args.staff, text=args.search,
    )  # fmt: skip
    if query.action and query.action not in audit.ACTIONS:
        return fail(fill(translate("Cli", "--action must be one of: %1"), ", ".join(audit.ACTIONS)))
    if args.kind is not None and args.kind not in audit.TARGETS:
        return fail(fill(translate("Cli", "--kind must be one of: %1"), ", ".join(audit.TARGETS)))
    if args.limit < 1:
        return fail(translate("Cli", "--limit must be at least 1"))
    if args.export:
        from desktop import translations
        from ui.audit_dialog import export_words

        translations.apply_to_console()  # the titles and words in the user's language
        written = audit_export.export(args.export, query, **export_words())
        print(fill(translate("Cli", "%1 entries written to %2"), f"{written:,}", args.export))
        return 0
    print_rows(audit.entries(query, limit=args.limit), args.json, _audit_line)
    return 0


def _audit_line(row: dict) -> str:
    return (f"{row['at']:%Y-%m-%d %H:%M:%S}\t{row['staff'] or '-'}\t{row['action']}\t"
            f"{row['target']} {row['target_id'] or ''}\t{row['count']}\t{row['detail']}")  # fmt: skip


def _staff(args) -> int:
    from models.errors import ValidationError
    from models.storage import audit
    from models.team import staff

    if args.name is None:
        print(audit.staff())
        return 0
    try:  # one of the staff list (the first name starts an empty list)
        print(staff.pick_audit_name(args.name))
    except ValidationError as exc:
        if exc.code == "staff_unknown":
            return fail(fill(translate("Cli", "“%1” is not on the staff list: add them with "
                                       "`guanjia team add %1` first"), exc.params["name"]))  # fmt: skip
        raise
    return 0


def _erase(args) -> int:
    from models.customers import customers
    from models.privacy import erasure

    name = customers.get(args.id)["name"]  # NotFoundError: exit 1
    if not args.yes:
        print(fill(translate("Cli", "erase the personal data of %1 (#%2): name, contacts, notes, "
                             "custom fields and the texts of their history, for good"),
                   name, args.id))  # fmt: skip
        if not sys.stdin.isatty():
            return fail(translate("Cli", "erasing cannot be undone: add --yes to confirm"))
        if input("erase? [y/N] ").strip().lower() not in ("y", "yes"):
            return fail(translate("Cli", "not erased"))
    done = erasure.erase(args.id)
    out = {"id": args.id, "name": erasure.anonymous_name(args.id),
           "followups_cancelled": done.followups_cancelled, "texts_cleared": done.texts_cleared,
           "audit_entries": done.audit_entries, "views_changed": done.views_changed,
           "rules_removed": done.rules_removed}  # fmt: skip
    if args.json:
        print_json(out)
    else:
        print(fill(translate("Cli", "erased: the customer is now %1"), out["name"]))
    return 0


def _password(args) -> int:
    from models.privacy import app_lock

    if args.forget:
        app_lock.forget_password()
    out = {"password": app_lock.is_set(), "lock_after_minutes": app_lock.lock_minutes()}
    if args.json:
        print_json(out)
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
