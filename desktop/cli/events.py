"""guanjia events: events (活动) and their sign-ups, check-in, feedback and metrics."""

from __future__ import annotations

from desktop.cli.event_imports import register as register_imports
from desktop.cli.options import WHEN
from desktop.cli.output import json_text, print_json, print_rows
from desktop.cli.text import fill, translate

# models/ modules are imported inside the handlers (as the other command modules do):
# building the parser should not load them.


def register(commands) -> None:
    com = commands.add_parser(
        "events", help="events (活动): list, add, show, signup, checkin, noshow, feedback, "
        "close, metrics, import",
    )  # fmt: skip
    sub = com.add_subparsers(dest="events_command", metavar="ACTION", required=True)
    ls = sub.add_parser("list", help="events, newest first, with their sign-up counts")
    ls.add_argument("--status", help="planned 计划中, open 报名中, running 进行中, ended 已结束, "
                    "cancelled 取消")  # fmt: skip
    ls.add_argument("--community", type=int, metavar="ID", help="only this community's")
    ls.add_argument("--json", action="store_true", help="one JSON object per line")
    ls.set_defaults(handler=_list)

    add = sub.add_parser("add", help="add an event")
    add.add_argument("--title", required=True, help="the event's title")
    add.add_argument("--at", required=True, metavar="WHEN", help="when it starts; " + WHEN)
    add.add_argument("--ends", metavar="WHEN", help="when it ends")
    add.add_argument("--mode", default="offline", help="offline 线下 or online 线上")
    add.add_argument("--kind", default="other", help="talk 讲座, seminar 研讨会, qa 问答, "
                     "exchange 交流会, promotion 促销, salon 沙龙, other 其他")  # fmt: skip
    add.add_argument("--community", type=int, metavar="ID", help="the community it is for")
    add.add_argument("--place", default="", help="the place, or the link of an online event")
    add.add_argument("--capacity", metavar="N", help="places (past it: the waiting list)")
    add.add_argument("--cost", default="0", metavar="YUAN", help="what it costs, in yuan")
    add.add_argument("--incentive", default="", help="coupon 优惠券, points 积分, gift 礼物")
    add.add_argument("--status", default="planned", help="planned 计划中 or open 报名中")
    add.add_argument("--attribution-days", default="7", metavar="N",
                     help="purchases by attendees up to N days after count for it (default 7)")  # fmt: skip
    add.add_argument("--notes", default="", help="notes")
    add.add_argument("--json", action="store_true", help="print the event as JSON")
    add.set_defaults(handler=_add)

    show = sub.add_parser("show", help="one event with its sign-ups")
    show.add_argument("id", type=int, help="event id")
    show.add_argument("--json", action="store_true", help="print as JSON")
    show.set_defaults(handler=_show)

    signup = sub.add_parser("signup", help="sign customers up (past capacity: the waiting list)")
    signup.add_argument("id", type=int, help="event id")
    who = signup.add_mutually_exclusive_group(required=True)
    who.add_argument("--customers", nargs="+", metavar="C", help="customer ids")
    who.add_argument("--search", metavar="Q", help="every customer the search finds")
    signup.add_argument("--cancel", action="store_true",
                        help="cancel their sign-ups instead (the waiting list moves up)")  # fmt: skip
    signup.add_argument("--json", action="store_true", help="print the result as JSON")
    signup.set_defaults(handler=_signup)

    checkin = sub.add_parser("checkin", help="check signed-up customers in")
    checkin.add_argument("id", type=int, help="event id")
    one = checkin.add_mutually_exclusive_group()
    one.add_argument("--customer", metavar="C",
                     help="customer id, or a name, mobile or pinyin initials among the "
                     "signed-up")  # fmt: skip
    one.add_argument("--customers", nargs="+", metavar="C",
                     help="customer ids, many at once (the ticked sign-in list)")  # fmt: skip
    checkin.add_argument("--close", action="store_true",
                         help="with --customers: end the event too (the signed-up not "
                         "checked in become no-shows)")  # fmt: skip
    checkin.add_argument("--organiser", action="store_true",
                         help="the customer organised it (community activity: organise)")  # fmt: skip
    checkin.add_argument("--walk-in", action="store_true",
                         help="someone who did not sign up (with --name: a new customer)")  # fmt: skip
    checkin.add_argument("--name", help="a walk-in's name (creates the customer)")
    checkin.add_argument("--mobile", default="", help="a new walk-in's mobile")
    checkin.add_argument("--json", action="store_true", help="print the sign-up as JSON")
    checkin.set_defaults(handler=_checkin)

    noshow = sub.add_parser("noshow", help="mark signed-up customers who did not come")
    noshow.add_argument("id", type=int, help="event id")
    noshow.add_argument("--customers", nargs="+", required=True, metavar="C", help="customer ids")
    noshow.add_argument("--json", action="store_true", help="print the count as JSON")
    noshow.set_defaults(handler=_noshow)

    feedback = sub.add_parser("feedback", help="an attendee's score (1-5) and comment")
    feedback.add_argument("id", type=int, help="event id")
    feedback.add_argument("--customer", required=True, metavar="C", help="customer id")
    feedback.add_argument("--score", required=True, help="1 to 5")
    feedback.add_argument("--comment", default="", help="what they said")
    feedback.add_argument("--json", action="store_true", help="print the sign-up as JSON")
    feedback.set_defaults(handler=_feedback)

    close = sub.add_parser("close", help="end the event: signed-up customers who did not "
                           "check in become no-shows")  # fmt: skip
    close.add_argument("id", type=int, help="event id")
    close.add_argument("--json", action="store_true", help="print the metrics as JSON")
    close.set_defaults(handler=_close)

    metrics = sub.add_parser("metrics", help="sign-ups, attendance, no-shows, feedback, sales")
    metrics.add_argument("id", type=int, help="event id")
    metrics.add_argument("--json", action="store_true", help="print one JSON object")
    metrics.set_defaults(handler=_metrics)
    register_imports(sub)


def _line(obj: dict) -> str:
    return (f"{obj['id']}\t{obj['starts_at']}\t{obj['status']}\t{obj['kind']}\t{obj['title']}"
            f"\t{obj.get('signed', 0) + obj.get('attended', 0)}/{obj['capacity'] or '-'}")  # fmt: skip


def _list(args) -> int:
    from models.communities import events

    rows = events.listing(status=args.status, community=args.community, limit=1_000_000)
    print_rows((events.to_json(r) for r in rows), args.json, _line)
    return 0


def _add(args) -> int:
    from models.communities import events

    new_id = events.create({
        "title": args.title, "starts_at": args.at, "ends_at": args.ends, "mode": args.mode,
        "kind": args.kind, "community": args.community, "place": args.place,
        "capacity": args.capacity, "cost_cents": args.cost, "incentive": args.incentive,
        "status": args.status, "attribution_days": args.attribution_days, "notes": args.notes,
    })  # fmt: skip
    if args.json:
        print_json(events.to_json(events.listing_one(new_id)))
    else:
        print(fill(translate("Cli", "added event %1"), new_id))
    return 0


def _signup_json(row: dict) -> dict:
    return {
        "customer_id": row["customer_id"], "name": row["name"], "status": row["status"],
        "walk_in": bool(row["walk_in"]), "signed_at": row["signed_at"],
        "checked_in_at": row["checked_in_at"], "feedback_score": row["feedback_score"],
        "feedback_comment": row["feedback_comment"],
    }  # fmt: skip


def _show(args) -> int:
    from models.communities import events, signups

    obj = events.to_json(events.listing_one(args.id))
    obj["signups"] = [_signup_json(r) for r in signups.listing(args.id)]
    if args.json:
        print_json(obj)
    else:
        print(_line(obj))
        for s in obj["signups"]:
            print(f"  {s['customer_id']}\t{s['name']}\t{s['status']}"
                  + ("\twalk-in" if s["walk_in"] else ""))  # fmt: skip
    return 0


def _signup(args) -> int:
    from models.communities import events, signups
    from models.customers import customer_list
    from models.customers.customer_filter import CustomerFilter

    if args.cancel:
        ids = args.customers or []
        moved = [signups.cancel(args.id, c) for c in ids]
        obj = {"cancelled": [int(c) for c in ids], "promoted": [m for m in moved if m]}
        if args.json:
            print_json(obj)
        else:
            print(fill(translate("Cli", "cancelled %1 sign-ups; %2 moved up from the waiting "
                                 "list"), len(ids), len(obj["promoted"])))  # fmt: skip
        return 0
    events.get_row(args.id)
    ids = args.customers if args.customers else customer_list.matching_ids(
        CustomerFilter(search=args.search))  # fmt: skip
    result = signups.signup(args.id, ids)
    if args.json:
        print_json(result.to_json())
    else:
        print(fill(translate("Cli", "signed up %1, on the waiting list %2, already in %3"),
                   len(result.signed), len(result.waiting), len(result.already)))  # fmt: skip
    return 0


def _one_customer(event_id: int, text: str) -> int:
    """A customer id, or the one signed-up customer whose name, mobile or pinyin
    initials match `text`."""
    from models.communities import signups
    from models.errors import NotFoundError, ValidationError

    if text is None:
        raise ValidationError("customer", "event_no_customers", "give --customer")
    if text.strip().isdigit() and len(text.strip()) < 11:
        return int(text)
    found = signups.find(event_id, text)
    if not found:
        raise NotFoundError(f"nobody signed up matches {text!r}: a walk-in needs --name",
                            code="event_no_match", text=text)  # fmt: skip
    if len(found) > 1:
        names = ", ".join(f"{r['customer_id']} {r['name']}" for r in found[:5])
        raise ValidationError("customer", "event_many_match",
                              f"{len(found)} match {text!r}: {names}", text=text)  # fmt: skip
    return found[0]["customer_id"]


def _checkin(args) -> int:
    from models.communities import signups
    from models.errors import ValidationError

    if args.customers is not None or args.close:
        if args.walk_in or args.organiser or args.customers is None:
            raise ValidationError("customers", "event_checkin_options",
                                  "--customers (and --close) go without --walk-in, --organiser")  # fmt: skip
        result = signups.mark_attended(args.id, args.customers, close_event=args.close)
        if args.json:
            print_json(result.to_json())
        else:
            print(fill(translate("Cli", "checked in %1, already checked in %2, no-shows %3"),
                       len(result.attended), len(result.already), result.no_shows))  # fmt: skip
        return 0
    if args.walk_in:
        customer = None if args.customer is None else _one_customer(args.id, args.customer)
        new = {"name": args.name, "mobile": args.mobile} if args.name else None
        cid = signups.walk_in(args.id, customer, new, organiser=args.organiser)
    else:
        cid = _one_customer(args.id, args.customer)
        signups.checkin(args.id, cid, organiser=args.organiser)
    row = next(r for r in signups.listing(args.id) if r["customer_id"] == cid)
    if args.json:
        print_json(_signup_json(row))
    else:
        print(fill(translate("Cli", "checked in %1"), row["name"]))
    return 0


def _noshow(args) -> int:
    from models.communities import signups

    n = signups.mark_no_show(args.id, args.customers)
    print_json({"no_shows": n}) if args.json else print(
        fill(translate("Cli", "marked %1 no-shows"), n))  # fmt: skip
    return 0


def _feedback(args) -> int:
    from models.communities import signups

    signups.feedback(args.id, args.customer, args.score, args.comment)
    row = next(r for r in signups.listing(args.id) if str(r["customer_id"]) == str(args.customer))
    print_json(_signup_json(row)) if args.json else print(
        translate("Cli", "feedback recorded"))  # fmt: skip
    return 0


def _close(args) -> int:
    from models.communities import event_metrics, signups

    n = signups.close(args.id)
    if args.json:
        print_json(event_metrics.compute(args.id))
    else:
        print(fill(translate("Cli", "event %1 closed; %2 no-shows"), args.id, n))
    return 0


def _metrics(args) -> int:
    from models.communities import event_metrics

    metrics = event_metrics.compute(args.id)
    if args.json:
        print_json(metrics)
    else:
        for key, value in metrics.items():
            print(f"{key}\t{json_text(value)}")
    return 0
