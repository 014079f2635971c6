"""guanjia leads score | rescore | scoring show|set: lead scoring (线索评分, issue 28).
`add_commands(sub)` adds them to the `leads` group's subparsers (desktop/cli/leads.py).

- `leads score C [--explain] [--json]`: C a customer number (客户编号) or id. Any live
  customer is scored (the text says the stage; only leads keep a stored score). JSON:
  `score`, `grade`, with --explain `parts` (objects with `reason` and `points`, which
  add up to `score`).
- `leads rescore [--json]`: every lead now (`scored`, `changed`, `grade_changes`).
- `leads scoring show [--json]`: the model; `leads scoring set ...`: change it (every
  lead rescored in the same transaction; refused settings write nothing)."""

from __future__ import annotations

import json

from desktop.cli.output import fail, print_json
from desktop.cli.text import fill, language, translate

# models/ modules are imported inside the handlers (see desktop/cli/purchases.py).


def add_commands(sub) -> None:
    score = sub.add_parser("score", help="a customer's lead score and grade (线索评分)")
    score.add_argument("customer", metavar="C", help="customer number (客户编号) or id")
    score.add_argument("--explain", action="store_true", help="the parts the score adds up from")
    score.add_argument("--json", action="store_true",
                       help="score, grade (and parts: reason, points) as one JSON object")  # fmt: skip
    score.set_defaults(handler=_score)
    rescore = sub.add_parser("rescore", help="score every lead now")
    rescore.add_argument("--json", action="store_true",
                         help="scored, changed, grade_changes as one JSON object")  # fmt: skip
    rescore.set_defaults(handler=_rescore)
    scoring = sub.add_parser("scoring", help="the scoring model: show or set")
    actions = scoring.add_subparsers(dest="scoring_command", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="the scoring model")
    show.add_argument("--json", action="store_true", help="the model as one JSON object")
    show.set_defaults(handler=_show)
    put = actions.add_parser("set", help="change the scoring model (then every lead is rescored)")
    put.add_argument("--from", dest="source", metavar="FILE",
                     help="a whole model as JSON (what `scoring show --json` prints)")  # fmt: skip
    put.add_argument("--reset", action="store_true", help="back to the shipped model")
    put.add_argument("--job-titles", metavar="K=P,...", help="job title keywords, first match counts,"
                     " e.g. 总经理=20,经理=15")  # fmt: skip
    put.add_argument("--mobile", metavar="P", help="points for a valid mainland mobile")
    put.add_argument("--need", metavar="P", help="points for a stated need")
    put.add_argument("--need-field", metavar="F", help="the need's custom field (or notes)")
    put.add_argument("--size-field", metavar="F", help="the company size's custom field")
    put.add_argument("--sizes", metavar="V=P,...", help="company sizes, e.g. 500人以上=15")
    put.add_argument("--regions", metavar="C=P,...", help="cities, e.g. 上海=5,北京=5")
    put.add_argument("--behaviour", action="append", default=[], metavar="B=W/H/C",
                     help="a behaviour's weight, half-life in days and cap, e.g. event=20/90/40"
                     " (event, store, price, download, survey, community; repeatable)")  # fmt: skip
    put.add_argument(
        "--grades", metavar="A/B/C", help="the lowest scores of A, B, C, e.g. 70/45/20"
    )
    put.add_argument("--json", action="store_true", help="the model as stored, one JSON object")
    put.set_defaults(handler=_set)


def _score(args) -> int:
    from models.leads import scores

    explained = scores.explain(scores.customer_ref(args.customer))
    if args.json:
        obj = {"score": explained.score, "grade": explained.grade}
        if args.explain:
            obj["parts"] = [{"reason": _reason(p), "points": p.points} for p in explained.parts]
        print_json(obj)
        return 0
    print(f"{explained.score}\t{explained.grade}\t{_stage(explained.stage)}")
    if args.explain:
        for part in explained.parts:
            print(f"+{part.points}\t{_reason(part)}")
    return 0


def _reason(part) -> str:
    from ui.leads import score_labels

    language()  # the translators, when the CLI speaks Chinese
    return score_labels.part_reason(part)


def _stage(stage: str) -> str:
    if stage == "lead":
        return translate("Cli", "lead")
    return fill(translate("Cli", "not a lead (stage %1): no stored score"), stage or "-")


def _rescore(args) -> int:
    from models.leads import scores

    done = scores.rescore_all()
    obj = {"scored": done.scored, "changed": done.written, "grade_changes": len(done.changes)}
    if args.json:
        print_json(obj)
    else:
        print(fill(translate("Cli", "%1 leads scored, %2 changed, %3 grades changed"),
                   done.scored, done.written, len(done.changes)))  # fmt: skip
    return 0


def _show(args) -> int:
    from models.leads import model

    current = model.load()
    if args.json:
        print_json(current)
        return 0
    for key, value in current.items():
        print(f"{key}\t{json.dumps(value, ensure_ascii=False)}")
    return 0


def _pairs(text: str) -> list[list]:
    out = []
    for item in text.replace("，", ",").split(","):
        if not item.strip():
            continue
        key, sep, points = item.rpartition("=")
        out.append([key.strip(), points.strip()] if sep else [item.strip(), ""])
    return out


def _changed(args, current: dict) -> dict | str:
    """The model with the options applied, or a sentence saying what cannot be read."""
    if args.reset:
        from models.leads import model

        current = json.loads(json.dumps(model.DEFAULT))
    if args.source:
        try:
            with open(args.source, encoding="utf-8") as handle:
                current = json.load(handle)
        except (OSError, ValueError) as exc:
            return fill(translate("Cli", "cannot read the model from %1: %2"), args.source, exc)
    for option, key in (("job_titles", "job_titles"), ("sizes", "sizes"), ("regions", "regions")):
        if getattr(args, option) is not None:
            current[key] = _pairs(getattr(args, option))
    for option in ("mobile", "need", "need_field", "size_field"):
        if getattr(args, option) is not None:
            current[option] = getattr(args, option)
    behaviours = dict(current.get("behaviours") or {})
    for text in args.behaviour:
        name, _sep, values = text.partition("=")
        numbers = values.split("/")
        if len(numbers) != 3:
            return fill(translate("Cli", "write a behaviour as name=weight/half-life/cap, not %1"),
                        text)  # fmt: skip
        behaviours[name.strip()] = dict(zip(("weight", "half_life", "cap"), numbers, strict=True))
    current["behaviours"] = behaviours
    if args.grades is not None:
        numbers = args.grades.split("/")
        if len(numbers) != 3:
            return fill(translate("Cli", "write the grades as A/B/C, e.g. 70/45/20, not %1"),
                        args.grades)  # fmt: skip
        current["grades"] = dict(zip("ABC", numbers, strict=True))
    return current


def _set(args) -> int:
    from models.errors import ValidationError
    from models.leads import model, scores

    changed = _changed(args, model.load())
    if isinstance(changed, str):
        return fail(changed)
    try:
        scores.apply_model(changed)
        stored = model.load()
    except ValidationError as exc:
        from ui.leads import score_labels

        language()
        return fail(score_labels.error_text(exc))
    if args.json:
        print_json(stored)
    else:
        print(translate("Cli", "scoring model saved; every lead rescored"))
    return 0
