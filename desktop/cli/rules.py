"""guanjia rules (list, show, enable, disable, dry-run, run, log, undo, add): automation
rules (自动化, issue 28). The contract (exact): `rules list --json` one object per line with
`id`, `name`, `enabled`; `rules dry-run ID --json` key `customers` (how many it would
touch now); `rules run [--dry-run] --json`; `rules log --json`.

When rules run: the window processes the outbox a moment after each change and sweeps the
time-based rules at start-up and hourly; other CLI commands leave their events in the
outbox (they do not run rules), and `rules run` processes them and sweeps."""

from __future__ import annotations

from pathlib import Path

from desktop.cli.output import print_json, print_rows
from desktop.cli.text import fill, translate

# models/ modules are imported inside the handlers (see desktop/cli/purchases.py).


def register(commands) -> None:
    ru = commands.add_parser("rules", help="automation rules: when <trigger> then <actions>")
    sub = ru.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    ls = sub.add_parser("list", help="every rule, on or off")
    ls.add_argument("--json", action="store_true", help="one JSON object per line")
    ls.set_defaults(handler=_list)
    sh = sub.add_parser("show", help="a rule: trigger, conditions, actions")
    sh.add_argument("rule", metavar="ID", help="rule id")
    sh.add_argument("--json", action="store_true", help="as JSON")
    sh.set_defaults(handler=_show)
    for name, text in (("enable", "switch a rule on"), ("disable", "switch a rule off")):
        sw = sub.add_parser(name, help=text)
        sw.add_argument("rule", metavar="ID", help="rule id")
        sw.add_argument("--json", action="store_true", help="the rule as JSON")
        sw.set_defaults(handler=_switch, on=name == "enable")
    dr = sub.add_parser("dry-run", help="how many customers a rule would touch now, and a sample")
    dr.add_argument("rule", metavar="ID", help="rule id")
    dr.add_argument("--json", action="store_true", help="customers, sample")
    dr.set_defaults(handler=_dry_run)
    rn = sub.add_parser("run", help="process the waiting events and sweep the time-based rules")
    rn.add_argument("--dry-run", action="store_true", help="say what each rule on would touch")
    rn.add_argument("--json", action="store_true", help="as JSON")
    rn.set_defaults(handler=_run)
    lg = sub.add_parser("log", help="the runs, latest first")
    lg.add_argument("--limit", type=int, default=50, metavar="N", help="at most N runs")
    lg.add_argument("--json", action="store_true", help="one JSON object per line")
    lg.set_defaults(handler=_log)
    un = sub.add_parser("undo", help="undo everything a run did")
    un.add_argument("run_id", metavar="RUN", help="run id")
    un.add_argument("--json", action="store_true", help="the run as JSON")
    un.set_defaults(handler=_undo)
    ad = sub.add_parser(
        "add", help="a new rule (off) from JSON: name, trigger, conditions, actions"
    )
    ad.add_argument("rule_json", metavar="JSON", help="the rule as JSON text, or @FILE")
    ad.add_argument("--json", action="store_true", help="the rule with its id")
    ad.set_defaults(handler=_add)


def _rule_line(rule: dict) -> str:
    state = translate("Cli", "on") if rule["enabled"] else translate("Cli", "off")
    reason = f"  ({rule['disabled_reason']})" if rule.get("disabled_reason") else ""
    return f"{rule['id']:>4}  {state:<4} {rule['name']}{reason}"


def _list(args) -> int:
    from models.automation import rules

    items = [r.to_json() for r in rules.listing()]
    if args.json:
        rows = [{"id": r["id"], "name": r["name"], "enabled": r["enabled"],
                 "trigger": r["trigger"]["kind"], "disabled_reason": r["disabled_reason"]}
                for r in items]  # fmt: skip
        print_rows(rows, True, _rule_line)
    else:
        print_rows(items, False, _rule_line)
    return 0


def _show(args) -> int:
    import json

    from models.automation import rules

    rule = rules.get(args.rule).to_json()
    if args.json:
        print_json(rule)
    else:
        print(_rule_line(rule))
        for key in ("trigger", "conditions", "actions"):
            print(f"  {key}: {json.dumps(rule[key], ensure_ascii=False)}")
    return 0


def _switch(args) -> int:
    from models.automation import rules

    rule = rules.set_enabled(args.rule, args.on).to_json()
    print_json(rule) if args.json else print(_rule_line(rule))
    return 0


def _dry_run(args) -> int:
    from models.automation import runner

    dry = runner.dry_run(args.rule).to_json()
    if args.json:
        print_json(dry)
    else:
        print(fill(translate("Cli", "would touch %1 customers"), f"{dry['customers']:,}"))
        for c in dry["sample"]:
            print(f"  {c['id']:>8}  {c['name']}")
    return 0


def _run(args) -> int:
    from models.automation import rules, runner

    if args.dry_run:
        found = [runner.dry_run(r.id).to_json() | {"name": r.name}
                 for r in rules.listing() if r.enabled]  # fmt: skip
        out = {"dry_run": True, "rules": [{"rule": d["rule"], "name": d["name"],
                                           "customers": d["customers"]} for d in found]}  # fmt: skip
        out["customers"] = sum(d["customers"] for d in found)
    else:
        done = runner.run_all()
        out = {"dry_run": False, "runs": [s.to_json() for s in done],
               "customers": sum(s.customers for s in done),
               "actions": sum(s.actions for s in done)}  # fmt: skip
    if args.json:
        print_json(out)
    elif args.dry_run:
        for d in out["rules"]:
            print(f"{d['rule']:>4}  {d['customers']:>8,}  {d['name']}")
    else:
        print(fill(translate("Cli", "%1 customers touched, %2 actions"),
                   f"{out['customers']:,}", f"{out['actions']:,}"))  # fmt: skip
        for s in out["runs"]:
            for w in s["warnings"]:
                print(w)
    return 0


def _run_line(run: dict) -> str:
    undone = "  " + translate("Cli", "undone") if run["undone"] else ""
    return (f"{run['id']:>5}  {run['at']}  {run['cause']:<6} {run['customers']:>8,}"
            f" {run['actions']:>8,}  {', '.join(run['rules'])}{undone}")  # fmt: skip


def _log(args) -> int:
    from models.automation import runs

    print_rows([r.to_json() for r in runs.log(max(1, args.limit))], args.json, _run_line)
    return 0


def _undo(args) -> int:
    from models.automation import runs

    run = runs.undo(args.run_id).to_json()
    print_json(run) if args.json else print(_run_line(run))
    return 0


def _add(args) -> int:
    from models.automation import definitions, rules
    from models.errors import ValidationError

    text = args.rule_json
    if text.startswith("@"):
        try:
            text = Path(text[1:]).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ValidationError("rule", "rule_file", f"cannot read {text[1:]}: {exc}") from None
    rule = definitions.parse(text)
    new_id = rules.add(rule["name"], rule["trigger"], rule["conditions"], rule["actions"])
    out = rules.get(new_id).to_json()
    print_json(out) if args.json else print(_rule_line(out))
    return 0
