"""guanjia followups (list; add, done, snooze, cancel), interactions (list; add), today."""

from __future__ import annotations

from desktop.cli.options import WHEN
from desktop.cli.output import fail, print_json, print_rows
from desktop.cli.text import fill, translate

# models/ modules are imported inside the handlers: every command module is imported to
# build the parser, and `--help` and the small commands should not load them all.

DUE_CHOICES = ("today", "overdue", "week", "all")


def register(commands) -> None:
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
    fol.set_defaults(handler=_list)
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
    add.set_defaults(handler=_add)
    done = sub.add_parser(
        "done",
        help="complete a follow-up (logs the contact); a complaint's return visit records "
        "the complaint's visit (needs --satisfaction)",
    )
    done.add_argument("id", type=int, help="follow-up id")
    done.add_argument("--outcome", default="", help="what came of it")
    done.add_argument(
        "--satisfaction", type=int, default=None, metavar="1-5",
        help="a complaint's return visit: how satisfied the customer is (1-5); the outcome "
        "is the customer's comment and the complaint becomes return_visited",
    )  # fmt: skip
    done.add_argument(
        "--next", default=None, metavar="WHEN", help="plan the next follow-up; " + WHEN
    )
    done.add_argument("--json", action="store_true", help="print the result as JSON")
    done.set_defaults(handler=_done)
    snooze = sub.add_parser("snooze", help="move a follow-up later")
    snooze.add_argument("id", type=int, help="follow-up id")
    snooze.add_argument(
        "--until", required=True, metavar="WHEN",
        help="hour (an hour from now), tomorrow or next_week (next Monday), keeping the time of "
        "day; or any other " + WHEN,
    )  # fmt: skip
    snooze.set_defaults(handler=_snooze)
    cancel = sub.add_parser("cancel", help="cancel a follow-up")
    cancel.add_argument("id", type=int, help="follow-up id")
    cancel.add_argument(
        "--skip", action="store_true", help="only this time: a repeating series goes on"
    )
    cancel.set_defaults(handler=_cancel)

    inter = commands.add_parser(
        "interactions", help="list logged contacts; 'interactions add' logs one"
    )
    inter.add_argument("--customer", type=int, metavar="ID", help="only this customer's")
    inter.add_argument("--json", action="store_true", help="one JSON object per line")
    inter.set_defaults(handler=_interactions)
    sub = inter.add_subparsers(dest="interactions_command", metavar="ACTION")
    add = sub.add_parser("add", help="log a contact with a customer")
    add.add_argument("--customer", type=int, required=True, metavar="ID", help="customer id")
    add.add_argument("--channel", required=True, help="phone 电话, visit 拜访, wechat 微信, ...")
    add.add_argument("--summary", required=True, help="what was said")
    add.add_argument("--at", default=None, metavar="WHEN", help="when (default now); " + WHEN)
    add.add_argument("--json", action="store_true", help="print the interaction as JSON")
    add.set_defaults(handler=_log)

    today = commands.add_parser(
        "today",
        help="how much is due today, as the dashboard, the sidebar and the start-up banner "
        "count it: the Today list (follow-ups due today and customers due a contact), overdue, "
        "birthdays",
    )
    today.add_argument("--json", action="store_true", help="one JSON object")
    today.set_defaults(handler=_today)


def _list(args) -> int:
    from models.customers import record
    from models.followups import agenda

    if args.customer is not None:
        record.live_customer(args.customer)
    # The window's lists (models.agenda); with --contacts, today's is its Today list.
    rows = (agenda.to_json(row) for row in agenda.listing(args.due, args.customer,
                                                          contacts=args.contacts))  # fmt: skip
    print_rows(rows, args.json, _line)
    return 0


def _line(obj: dict) -> str:
    if obj["type"] == "touch":
        return (f"-\t{obj['due']}\tcontact\topen\t{obj['customer_id']} {obj['customer_name']}"
                f"\tstay in touch, every {obj['every']}")  # fmt: skip
    what = obj["subject"] or (obj["note"].splitlines() or [""])[0]
    return (
        f"{obj['id']}\t{obj['due']}\t{obj['kind']}\t{obj['status']}\t"
        f"{obj['customer_id']} {obj['customer_name']}\t{what}"
    )


def _add(args) -> int:
    from models.followups import followups
    from models.team import staff

    if args.owner:  # an owner given here is an active staff member (team list)
        args.owner = staff.check_owner(args.owner)
    new_id = followups.create(
        args.customer, args.due, kind=args.kind, subject=args.subject, note=args.note,
        owner=args.owner, every=args.every,
    )  # fmt: skip
    obj = followups.to_json(followups.get(new_id))
    print_json(obj) if args.json else print(f"added follow-up {new_id}")
    return 0


def _done(args) -> int:
    from models.complaints import return_visits
    from models.errors import ValidationError
    from models.followups import followups

    next_due, next_timed = followups.parse_due(args.next) if args.next else (None, None)
    try:
        result = return_visits.complete(
            args.id, args.outcome, satisfaction=args.satisfaction, next_due=next_due,
            next_has_time=next_timed,
        )  # fmt: skip
    except ValidationError as exc:
        if exc.code != "visit_needs_satisfaction":
            raise
        return fail(fill(translate(
            "Cli", "follow-up %1 is the return visit of complaint %2: add --satisfaction 1-5 "
            "(how satisfied the customer is); nothing was changed"),
            args.id, exc.params["complaint_id"]))  # fmt: skip
    complaint_id = return_visits.visited_complaint(args.id)
    if args.json:
        obj = followups.to_json(followups.get(args.id))
        obj["interaction_id"] = result.interaction_id
        obj["next"] = [followups.to_json(followups.get(i)) for i in result.next_ids]
        if complaint_id:  # a return visit: the complaint it moved
            obj["complaint_id"] = complaint_id
        print_json(obj)
    else:
        nexts = ", ".join(str(i) for i in result.next_ids)
        visit = fill(translate("Cli", "; complaint %1 is now return_visited"),
                     complaint_id) if complaint_id else ""  # fmt: skip
        print(fill(translate("Cli", "done follow-up %1"), args.id) + visit
              + (fill(translate("Cli", "; next: %1"), nexts) if nexts else ""))  # fmt: skip
    return 0


def _snooze(args) -> int:
    from models.followups import followups

    until = args.until
    if until not in followups.SNOOZES:
        value, timed = followups.parse_due(until)
        until = value if timed else value.date()
    due = followups.snooze(args.id, until)
    print(fill(translate("Cli", "follow-up %1 now due %2"), args.id,
               due.isoformat(sep=" ", timespec="minutes")))  # fmt: skip
    return 0


def _cancel(args) -> int:
    from models.followups import followups

    next_id = followups.cancel(args.id, skip=args.skip)
    print(fill(translate("Cli", "cancelled follow-up %1"), args.id)
          + (fill(translate("Cli", "; next: %1"), next_id) if next_id else ""))  # fmt: skip
    return 0


def _interactions(args) -> int:
    from models.customers import record
    from models.followups import interactions

    if args.customer is not None:
        record.live_customer(args.customer)
    rows = (interactions.to_json(row) for row in interactions.listing(args.customer))
    print_rows(rows, args.json, _interaction_line)
    return 0


def _interaction_line(obj: dict) -> str:
    return f"{obj['id']}\t{obj['at']}\t{obj['channel']}\t{obj['customer_id']}\t{obj['summary']}"


def _log(args) -> int:
    from models.followups import followups, interactions

    at = None
    if args.at:
        at, _timed = followups.parse_due(args.at)
    new_id = interactions.log(args.customer, args.channel, args.summary, at=at)
    obj = interactions.to_json(interactions.get(new_id))
    print_json(obj) if args.json else print(f"logged interaction {new_id}")
    return 0


def _today(args) -> int:
    from models.followups import agenda

    figures = agenda.today_figures()
    if args.json:
        print_json({"due_today": figures.due_today, "followups": figures.followups,
                    "contacts": figures.contacts, "overdue": figures.overdue,
                    "birthdays": figures.birthdays})  # fmt: skip
    else:
        print(fill(translate("Cli", "due today: %1 (%2 follow-ups, %3 customers due a contact); "
                             "overdue: %4; birthdays today: %5"), figures.due_today,
                   figures.followups, figures.contacts, figures.overdue, figures.birthdays))  # fmt: skip
    return 0
