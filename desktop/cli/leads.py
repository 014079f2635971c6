"""guanjia leads (list, assign, unassign, reclaim, rules, settings): the lead pool (公海),
assignment by rule or by hand, and reclaim of leads not contacted in time (issue 28).
Lead scoring adds its commands (score, rescore, scoring) to this group:
desktop/cli/lead_scores.py."""

from __future__ import annotations

from desktop.cli.lead_scores import add_commands
from desktop.cli.output import print_json, print_rows
from desktop.cli.text import fill, translate

# models/ modules are imported inside the handlers (see desktop/cli/purchases.py).

KINDS = ("round_robin", "region", "industry", "source")  # models.leads.tables.RULE_KINDS


def register(commands) -> None:
    leads = commands.add_parser(
        "leads", help="leads (潜在客户): the pool, assignment, reclaim, scores"
    )
    sub = leads.add_subparsers(dest="leads_command", metavar="ACTION", required=True)
    add_commands(sub)
    lst = sub.add_parser("list", help="leads, oldest first (a page)")
    lst.add_argument("--pool", action="store_true", help="only the pool: leads without an owner")
    lst.add_argument("--owner", metavar="S", help="only this staff member's leads")
    lst.add_argument("--grade", metavar="G", help="only grade A, B, C or D (with lead scoring)")
    lst.add_argument("--limit", type=int, default=200, metavar="N", help="at most N (default 200)")
    lst.add_argument("--after", type=int, metavar="ID", help="the next page: after this id")
    lst.add_argument("--json", action="store_true",
                     help="one object per lead: id, name, owner, assigned_at, last_contact_at, "
                     "source, city")  # fmt: skip
    lst.set_defaults(handler=_list)
    asg = sub.add_parser(
        "assign", help="give pool leads by a rule (--rule), or leads by hand (--to)"
    )
    asg.add_argument("--rule", metavar="R", help="an assignment rule's name or id")
    asg.add_argument("--limit", type=int, metavar="N", help="the oldest N pool leads only")
    asg.add_argument("--to", metavar="S", help="by hand: the staff member who gets the leads")
    asg.add_argument("ids", nargs="*", type=int, metavar="ID", help="by hand: the leads' ids")
    asg.add_argument(
        "--dry-run", action="store_true", help="show who would get what; write nothing"
    )
    asg.add_argument("--json", action="store_true",
                     help="rule, dry_run, assigned, left_in_pool, by_staff, leads")  # fmt: skip
    asg.set_defaults(handler=_assign)
    una = sub.add_parser("unassign", help="put leads back into the pool by hand")
    una.add_argument("ids", nargs="+", type=int, metavar="ID", help="the leads' ids")
    una.set_defaults(handler=_unassign)
    rec = sub.add_parser("reclaim", help="take leads not contacted in time back to the pool (回收)")
    rec.add_argument("--dry-run", action="store_true",
                     help="list who would go now, and who goes tomorrow; write nothing")  # fmt: skip
    rec.add_argument("--json", action="store_true", help="dry_run, reclaimed, leads, tomorrow")
    rec.set_defaults(handler=_reclaim)
    rules = sub.add_parser("rules", help="assignment rules: list, add, remove")
    rsub = rules.add_subparsers(dest="leads_rules_command", metavar="ACTION", required=True)
    rl = rsub.add_parser("list", help="the rules")
    rl.add_argument("--json", action="store_true",
                    help="one object per rule: id, name, kind, staff, mapping, pointer")  # fmt: skip
    rl.set_defaults(handler=_rules_list)
    ra = rsub.add_parser("add", help="add a rule")
    ra.add_argument("name", help="the rule's name")
    ra.add_argument("--kind", required=True, choices=KINDS, help="how it assigns")
    ra.add_argument("--staff", action="append", default=[], metavar="S",
                    help="round robin: a staff member, in turn order (repeat it)")  # fmt: skip
    ra.add_argument("--map", action="append", default=[], metavar="VALUE=S",
                    help="region / industry / source: a city, industry or source code and who "
                    "gets its leads (repeat it), e.g. 杭州=王芳")  # fmt: skip
    ra.add_argument("--json", action="store_true", help="the new rule as one JSON object")
    ra.set_defaults(handler=_rules_add)
    rr = rsub.add_parser("remove", help="remove a rule")
    rr.add_argument("rule", help="the rule's name or id")
    rr.set_defaults(handler=_rules_remove)
    st = sub.add_parser("settings", help="show or set the days to a first contact before reclaim")
    st.add_argument("--reclaim-days", type=int, metavar="N", help="days (default 7)")
    st.add_argument("--json", action="store_true", help="reclaim_days as one JSON object")
    st.set_defaults(handler=_settings)


def _list(args) -> int:
    from models.leads import pool

    query = pool.LeadQuery(pool=args.pool, owner=args.owner, grade=args.grade or "",
                           limit=args.limit, after=(args.after,) if args.after else None)  # fmt: skip
    rows = [{k: r[k] for k in pool.KEYS} for r in pool.leads(query)]

    def line(r):
        at = f"{r['assigned_at']:%Y-%m-%d %H:%M}" if r["assigned_at"] else "-"
        contact = f"{r['last_contact_at']:%Y-%m-%d %H:%M}" if r["last_contact_at"] else "-"
        return f"{r['id']}\t{r['name']}\t{r['owner'] or '-'}\t{at}\t{contact}\t{r['source']}\t{r['city']}"

    print_rows(rows, args.json, line)
    return 0


def _assign(args) -> int:
    from models.errors import ValidationError
    from models.leads import assignment

    if (args.rule is None) == (args.to is None):
        raise ValidationError("rule", "rule_or_to", "give --rule R, or --to S with the leads' ids")
    if args.rule is not None:
        if args.ids:
            raise ValidationError(
                "ids", "rule_ids", "a rule takes leads from the pool: no ids with --rule"
            )
        plan = assignment.assign_rule(args.rule, args.limit, args.dry_run)
    else:
        plan = assignment.assign_by_hand(args.to, args.ids, args.dry_run)
    out = {"rule": plan.rule["name"] if plan.rule else None, "dry_run": args.dry_run,
           "assigned": len(plan.pairs), "left_in_pool": plan.left, "by_staff": plan.by_staff(),
           "leads": [{"id": cid, "owner": person} for cid, person in plan.pairs]}  # fmt: skip
    if args.json:
        print_json(out)
        return 0
    counts = ", ".join(f"{p} {n}" for p, n in out["by_staff"].items()) or "-"
    text = (translate("Cli", "would assign %1 leads: %2") if args.dry_run
            else translate("Cli", "assigned %1 leads: %2"))  # fmt: skip
    print(fill(text, out["assigned"], counts))
    if plan.left:
        print(fill(translate("Cli", "%1 pool leads match no entry of the rule"), plan.left))
    if args.dry_run:
        for cid, person in plan.pairs:
            print(f"{cid}\t{person}")
    return 0


def _unassign(args) -> int:
    from models.leads import reclaim

    print(fill(translate("Cli", "%1 leads back in the pool"), reclaim.unassign(args.ids)))
    return 0


def _reclaim(args) -> int:
    from models.leads import reclaim

    rows = reclaim.sweep(dry_run=args.dry_run)
    tomorrow = reclaim.warnings() if args.dry_run else []

    def brief(r):
        return {"id": r["id"], "name": r["name"], "owner": r["owner"],
                "assigned_at": r["assigned_at"]}  # fmt: skip

    if args.json:
        print_json({"dry_run": args.dry_run, "reclaimed": len(rows),
                    "leads": [brief(r) for r in rows], "tomorrow": [brief(r) for r in tomorrow]})  # fmt: skip
        return 0
    text = (translate("Cli", "%1 leads would go back to the pool") if args.dry_run
            else translate("Cli", "%1 leads back in the pool"))  # fmt: skip
    print(fill(text, len(rows)))
    for r in rows:
        print(f"{r['id']}\t{r['name']}\t{r['owner']}\t{r['assigned_at']:%Y-%m-%d %H:%M}")
    if args.dry_run and tomorrow:
        print(fill(translate("Cli", "%1 more go tomorrow unless contacted today:"), len(tomorrow)))
        for r in tomorrow:
            print(f"{r['id']}\t{r['name']}\t{r['owner']}\t{r['assigned_at']:%Y-%m-%d %H:%M}")
    return 0


def _rules_list(args) -> int:
    from models.leads import assignment

    def line(r):
        who = ", ".join(r["staff"]) or ", ".join(f"{k}={v}" for k, v in r["mapping"].items())
        return f"{r['id']}\t{r['name']}\t{r['kind']}\t{who}"

    print_rows(assignment.rules(), args.json, line)
    return 0


def _rules_add(args) -> int:
    from models.errors import ValidationError
    from models.leads import assignment

    mapping = {}
    for entry in args.map:
        value, sep, person = entry.partition("=")
        if not sep:
            raise ValidationError("mapping", "invalid", f"“{entry}”: write VALUE=STAFF, e.g. 杭州=王芳",
                                  text=entry)  # fmt: skip
        mapping[value] = person
    if args.kind == "round_robin" and args.map:
        raise ValidationError("mapping", "invalid", "round robin takes --staff, not --map")
    if args.kind != "round_robin" and args.staff:
        raise ValidationError("staff", "invalid", f"a {args.kind} rule takes --map, not --staff")
    new_id = assignment.add_rule(args.name, args.kind, args.staff, mapping)
    rule = assignment.get_rule(new_id)
    print_json(rule) if args.json else print(f"{new_id}\t{rule['name']}")
    return 0


def _rules_remove(args) -> int:
    from models.leads import assignment

    assignment.remove_rule(args.rule)
    return 0


def _settings(args) -> int:
    from models.leads import pool, reclaim

    days = (
        pool.reclaim_days()
        if args.reclaim_days is None
        else reclaim.set_reclaim_days(args.reclaim_days)
    )
    print_json({"reclaim_days": days}) if args.json else print(days)
    return 0
