"""guanjia surveys (list, add, edit, archive, delete, show, targets, answer, answers,
undo-answer, complaint, import, score, report, themes, results): voice of the
customer (客户之声, issue 27). The contract (exact): `surveys add --name N --type T --json`
gives `id`; `surveys score ID --json` gives answers, promoters, passives, detractors,
nps (one decimal) and margin for NPS, csat for CSAT."""

from __future__ import annotations

from desktop.cli.name_picks import add_pick_option, ambiguous_rows, picks_of
from desktop.cli.options import period_options
from desktop.cli.output import print_json, print_rows
from desktop.cli.survey_questions import (
    ANSWER_HELP,
    QUESTION_HELP,
    add_custom,
    answer_custom,
    custom_part,
    has_questions,
    import_custom,
    register_custom,
)
from desktop.cli.survey_themes import register as register_themes
from desktop.cli.text import fill, translate

# models/ modules are imported inside the handlers (see desktop/cli/purchases.py).

BY_CHOICES = ("month", "segment", "stage", "tag", "community", "level", "channel", "owner")


def register(commands) -> None:
    sv = commands.add_parser("surveys", help="surveys (NPS, CSAT, CES) and their answers")
    sub = sv.add_subparsers(dest="surveys_command", metavar="ACTION", required=True)
    ls = sub.add_parser("list", help="every survey with its number of answers")
    ls.add_argument("--json", action="store_true", help="one JSON object per line")
    ls.set_defaults(handler=_list)
    add = sub.add_parser("add", help="a new survey")
    add.add_argument("--name", required=True, metavar="N", help="its name (unique)")
    add.add_argument("--type", default="nps", metavar="T",
                     help="nps (0-10), csat (1-5), ces (1-7) or custom (0-10)")  # fmt: skip
    period_options(
        add, "period from (YYYY-MM-DD)", "period to (YYYY-MM-DD)", words=None, metavar="D"
    )
    add.add_argument("--target", default="", metavar="T", help="the target group in words")
    add.add_argument("--target-tag", default="", metavar="TAG",
                     help="the tag whose customers `targets` lists")  # fmt: skip
    add.add_argument("--follow-passives", action="store_true",
                     help="passives get a follow-up too")  # fmt: skip
    add.add_argument("--question", action="append", metavar="Q", help=QUESTION_HELP)
    _target_options(add)
    add.add_argument("--json", action="store_true", help="the survey with its id")
    add.set_defaults(handler=_add)
    ed = sub.add_parser("edit", help="change a survey (the fields given)")
    ed.add_argument("survey", metavar="ID", help="survey id")
    ed.add_argument("--name", metavar="N", help="its name")
    ed.add_argument("--type", metavar="T", help="nps, csat, ces or custom (none with answers)")
    period_options(
        ed, 'period from ("" for none)', 'period to ("" for none)', words=None, metavar="D"
    )
    ed.add_argument("--target", metavar="T", help="the target group in words")
    ed.add_argument("--target-tag", metavar="TAG", help="the tag whose customers are the list")
    ed.add_argument("--follow-passives", choices=("yes", "no"), help="passives get a follow-up")
    _target_options(ed)
    ed.add_argument("--json", action="store_true", help="the survey")
    ed.set_defaults(handler=_edit)
    ar = sub.add_parser("archive", help="archive a survey (its answers stay)")
    ar.add_argument("survey", metavar="ID", help="survey id")
    ar.add_argument("--back", action="store_true", help="back from the archive")
    ar.set_defaults(handler=_archive)
    dl = sub.add_parser("delete", help="delete a survey without answers")
    dl.add_argument("survey", metavar="ID", help="survey id")
    dl.set_defaults(handler=_delete)
    al = sub.add_parser("answers", help="a survey's answers, newest first")
    al.add_argument("survey", metavar="ID", help="survey id")
    al.add_argument("--category", choices=("promoter", "passive", "detractor"))
    period_options(al, "answered from (YYYY-MM-DD)", words=None, metavar="D")
    al.add_argument("--limit", type=int, default=1000, metavar="N", help="at most N (1000)")
    al.add_argument("--json", action="store_true", help="one JSON object per line")
    al.set_defaults(handler=_answers)
    cp = sub.add_parser("complaint", help="turn a detractor's answer into a complaint")
    cp.add_argument("answer", metavar="A", help="answer id")
    cp.add_argument("--json", action="store_true", help="the complaint's id and the answer's")
    cp.set_defaults(handler=_complaint)
    show = sub.add_parser("show", help="one survey")
    show.add_argument("survey", metavar="ID", help="survey id")
    show.add_argument("--json", action="store_true", help="one JSON object")
    show.set_defaults(handler=_show)
    tg = sub.add_parser("targets", help="the customers to send the survey to")
    tg.add_argument("survey", metavar="ID", help="survey id")
    tg.add_argument("--full", action="store_true", help="full mobiles (masked by default)")
    tg.add_argument("--json", action="store_true", help="one JSON object per line")
    tg.set_defaults(handler=_targets)
    ans = sub.add_parser("answer", help="record an answer (with its follow-up or tag)")
    ans.add_argument("survey", metavar="ID", help="survey id")
    ans.add_argument("--customer", required=True, metavar="C",
                     help="customer id (0: anonymous)")  # fmt: skip
    ans.add_argument("--score", metavar="N", help="the score on its scale")
    ans.add_argument("--answer", action="append", metavar="N=V", help=ANSWER_HELP)
    ans.add_argument("--comment", default="", metavar="T", help="what the customer said")
    ans.add_argument("--at", metavar="TIME", help='"YYYY-MM-DD HH:MM" (default: now)')
    ans.add_argument("--json", action="store_true", help="id, category, followup_id")
    ans.set_defaults(handler=_answer)
    undo = sub.add_parser("undo-answer", help="take an answer back (its follow-up and tag)")
    undo.add_argument("answer", metavar="A", help="answer id")
    undo.set_defaults(handler=_undo)
    imp = sub.add_parser("import", help="import answers (问卷星 or 腾讯问卷 Excel) into survey ID")
    imp.add_argument("survey", metavar="ID", help="survey id")
    imp.add_argument("file", metavar="FILE", help="the answers (.xlsx/.xls/.ods/.csv)")
    add_pick_option(imp)
    imp.add_argument("--dry-run", action="store_true", help="check and count; write nothing")
    imp.add_argument("--sheet", metavar="NAME", help="sheet to read (default: the first with data)")
    imp.add_argument("--on-error", choices=("skip", "stop"), default="skip")
    imp.add_argument("--json", action="store_true", help="the outcome as one JSON object")
    imp.set_defaults(handler=_import)
    sc = sub.add_parser("score", help="NPS (with its margin), CSAT or CES")
    sc.add_argument("survey", metavar="ID", help="survey id")
    sc.add_argument("--by", choices=BY_CHOICES, help="one row per group")
    period_options(sc, "answers from (YYYY-MM-DD)", words=None, metavar="D")
    sc.add_argument("--json", action="store_true",
                    help="answers, promoters, passives, detractors, nps, margin (csat, ces)")  # fmt: skip
    sc.set_defaults(handler=_score)
    register_themes(sub)  # themes, theme-add, theme-remove, theme-comments
    register_custom(sub)  # results, undo-response
    rep = sub.add_parser("report", help="an Excel report: every answer, the score by month and "
                         "by segment")  # fmt: skip
    rep.add_argument("survey", metavar="ID", help="survey id")
    rep.add_argument("--out", required=True, metavar="FILE", help="the workbook to write (.xlsx)")
    period_options(rep, "answers from (YYYY-MM-DD)", words=None, metavar="D")
    rep.add_argument("--json", action="store_true", help="path, answers")
    rep.set_defaults(handler=_report)


def _target_options(parser) -> None:
    parser.add_argument("--target-kind", metavar="K",
                        help="the list: tag, view, community, buyers or complainants")  # fmt: skip
    parser.add_argument("--target-ref", metavar="R",
                        help="a saved view's or community's id; a period FROM..TO (buyers, "
                        "complainants)")  # fmt: skip


def _line(obj: dict) -> str:
    return f"{obj['id']}\t{obj['name']}\t{obj['type']}\t{obj.get('answers', '')}"


def _list(args) -> int:
    from models.surveys import surveys

    print_rows(surveys.listing(), args.json, _line)
    return 0


def _add(args) -> int:
    from models.surveys import surveys

    if args.question:
        return add_custom(args)
    new_id = surveys.create(args.name, args.type, period_from=args.date_from,
                            period_to=args.date_to, target=args.target,
                            target_tag=args.target_tag, follow_passives=args.follow_passives,
                            target_kind=args.target_kind or "",
                            target_ref=args.target_ref or "")  # fmt: skip
    print_json(surveys.show(new_id)) if args.json else print(new_id)
    return 0


def _edit(args) -> int:
    from models.surveys import surveys

    survey = surveys.get(args.survey)
    given = {"name": args.name, "kind": args.type, "period_from": args.date_from,
             "period_to": args.date_to, "target": args.target, "target_tag": args.target_tag,
             "target_kind": args.target_kind, "target_ref": args.target_ref}  # fmt: skip
    values = {k: getattr(survey, k) if v is None else v for k, v in given.items()}
    if args.target_kind is not None and args.target_tag is None:
        values["target_tag"] = ""  # another kind of list: the tag goes with the old one
    if args.target_tag and args.target_kind is None:
        values["target_kind"], values["target_ref"] = "tag", ""
    passives = survey.follow_passives if args.follow_passives is None else (
        args.follow_passives == "yes")  # fmt: skip
    surveys.edit(survey.id, follow_passives=passives, **values)
    obj = surveys.show(survey.id)
    print_json(obj) if args.json else print(_line(obj))
    return 0


def _archive(args) -> int:
    from models.surveys import surveys

    surveys.archive(args.survey, archived=not args.back)
    return 0


def _delete(args) -> int:
    from models.surveys import surveys

    surveys.delete(args.survey)
    return 0


def _answers(args) -> int:
    from models.surveys import answer_list

    found = answer_list.listing(args.survey, args.category or "", args.date_from, args.date_to,
                                limit=max(0, args.limit))  # fmt: skip
    rows = [{**r, "answered_at": r["answered_at"].strftime("%Y-%m-%d %H:%M")}
            for r in found.rows]  # fmt: skip
    print_rows(rows, args.json, lambda r: f"{r['id']}\t{r['answered_at']}\t{r['name']}\t"
               f"{r['score']}\t{r['category']}\t{r['comment']}")  # fmt: skip
    return 0


def _complaint(args) -> int:
    from models.surveys import answer_complaints

    new_id = answer_complaints.to_complaint(args.answer)
    obj = {"complaint_id": new_id, "answer_id": int(args.answer)}
    print_json(obj) if args.json else print(new_id)
    return 0


def _show(args) -> int:
    from models.surveys import surveys

    obj = surveys.show(args.survey)
    if has_questions(obj["id"]):
        obj.update(custom_part(obj["id"]))
    print_json(obj) if args.json else print(_line(obj))
    return 0


def _targets(args) -> int:
    from models.surveys import surveys

    rows = surveys.targets(args.survey, full_mobile=args.full)
    print_rows(rows, args.json, lambda r: f"{r['id']}\t{r['name']}\t{r['mobile']}")
    return 0


def _answer(args) -> int:
    from models.customers.record import live_customer
    from models.errors import ValidationError
    from models.surveys import answers, closed_loop, surveys

    customer = args.customer.strip()
    if customer != "0":
        customer = live_customer(customer).id  # not a number or not there: not_found
    if has_questions(args.survey):
        return answer_custom(args, None if customer == "0" else customer)
    if args.score is None:
        raise ValidationError("score", "answer_score_required", "give the score: --score N")
    new_id = answers.record(args.survey, None if customer == "0" else customer, args.score,
                            args.comment, args.at)  # fmt: skip
    row = answers.get(new_id)
    obj = {"id": new_id, "survey_id": row.survey_id, "customer_id": row.customer_id,
           "score": row.score,
           "category": closed_loop.category(surveys.get(row.survey_id).kind, row.score),
           "followup_id": row.followup_id, "tagged": bool(row.tagged)}  # fmt: skip
    print_json(obj) if args.json else print(new_id)
    return 0


def _import(args) -> int:
    from desktop.cli.imports import add_plan_details, print_left_out
    from models.excel import import_engine
    from models.excel import survey_answer_import as answers_import

    picks = picks_of(args)
    if picks is None:
        return 1
    options = answers_import.Options(sheet=args.sheet, on_error=args.on_error,
                                     survey=args.survey, picks=picks)  # fmt: skip
    if has_questions(args.survey):  # its columns checked against its questions
        return import_custom(args, import_engine.load(args.file, options))
    options.check()
    sheet = import_engine.load(args.file, options)
    plan = import_engine.plan(sheet, options)
    result = answers_import.outcome(plan) if args.dry_run else answers_import.run(plan)
    outcome = {**result.as_dict(), "dry_run": bool(args.dry_run), "survey": options.survey}
    outcome["ambiguous_rows"] = ambiguous_rows(plan)
    add_plan_details(outcome, sheet, plan)
    if args.json:
        print_json(outcome)
        return 0
    counts = (outcome["imported"], outcome["matched"], outcome["anonymous"],
              outcome["skipped"], outcome["errors"])  # fmt: skip
    text = translate("Cli", "answers %1 (%2 matched, %3 anonymous), skipped %4, %5 rows with "
                     "errors")  # fmt: skip
    print(fill(text, *counts))
    print_left_out(outcome["error_rows"], plan)
    return 0


def _undo(args) -> int:
    from models.surveys import answers

    answers.delete(args.answer, action="delete")
    return 0


def _score(args) -> int:
    from models.surveys import scores

    obj = scores.score(args.survey, by=args.by, date_from=args.date_from, date_to=args.date_to)
    if args.json:
        print_json(obj)
        return 0
    main = {"csat": "csat", "ces": "ces"}.get(obj["type"], "nps")
    for group in [obj, *obj.get("groups", [])]:
        shown = "-" if group[main] is None else group[main]
        margin = f" ±{group['margin']}" if group.get("margin") is not None else ""
        few = " *" if group["few"] else ""
        print(f"{group.get('group', '')}\t{group['answers']}\t{main} {shown}{margin}{few}")
    return 0


def _report(args) -> int:
    from desktop import translations
    from models.excel import survey_report
    from ui.surveys import score_labels

    translations.apply_to_console()  # the report's words in the user's language
    n = survey_report.write(args.out, args.survey, args.date_from, args.date_to,
                            words=score_labels.report_words(),
                            group_label=score_labels.group_label)  # fmt: skip
    if args.json:
        print_json({"path": args.out, "answers": n})
    else:
        print(fill(translate("Cli", "%1 answers written to %2"), f"{n:,}", args.out))
    return 0
