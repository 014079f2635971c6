"""Custom surveys with questions in the surveys group (issue 27, item 1): `surveys add
--type custom --question "TEXT|KIND|OPTIONS"` (repeated), `surveys answer ID --answer
N=VALUE` (repeated), `surveys import` of such a survey (its columns checked against the
questions), `surveys results ID` and `surveys undo-response R`. desktop/cli/surveys.py
hands these cases here."""

from __future__ import annotations

from desktop.cli.output import print_json

# models/ modules are imported inside the handlers (see desktop/cli/purchases.py).

QUESTION_HELP = ('a custom survey\'s question, repeated: "TEXT|single|A;B;C", '
                 '"TEXT|multiple|A;B;C", "TEXT|rating|1-5" or "TEXT|text"')  # fmt: skip
ANSWER_HELP = "a custom survey's answer, repeated: N=VALUE (question N; choices A;B)"


def register_custom(sub) -> None:
    rs = sub.add_parser("results", help="a custom survey's results per question")
    rs.add_argument("survey", metavar="ID", help="survey id")
    rs.add_argument("--json", action="store_true", help="survey_id, type, responses, questions")
    rs.set_defaults(handler=_results)
    undo = sub.add_parser("undo-response", help="take a custom survey's response back")
    undo.add_argument("response", metavar="R", help="response id")
    undo.set_defaults(handler=_undo)


def has_questions(survey) -> bool:
    from models.surveys import questions, surveys

    return questions.has_questions(surveys.get(survey).id)


def custom_part(survey) -> dict:
    """What `show --json` adds for a survey with questions: `responses`, `questions`."""
    from models.surveys import questions, responses

    return {"responses": responses.count(survey),
            "questions": [q.as_dict() for q in questions.listing(survey)]}  # fmt: skip


def add_custom(args) -> int:
    from models.errors import ValidationError
    from models.surveys import questions, surveys

    if str(args.type or "").strip().lower() != "custom":
        raise ValidationError("question", "questions_not_custom",
                              "--question is for a survey of type custom")  # fmt: skip
    # the target group's kind and reference, where the surveys group has those options
    group = {k: getattr(args, k) or "" for k in ("target_kind", "target_ref") if hasattr(args, k)}
    new_id = questions.create_custom(args.name, args.question, period_from=args.date_from,
                                     period_to=args.date_to, target=args.target,
                                     target_tag=args.target_tag,
                                     follow_passives=args.follow_passives, **group)  # fmt: skip
    if args.json:
        print_json({**surveys.show(new_id), **custom_part(new_id)})
    else:
        print(new_id)
    return 0


def answer_custom(args, customer) -> int:
    from models.errors import ValidationError
    from models.surveys import responses

    if args.score is not None:
        raise ValidationError("score", "answer_score_custom",
                              "this survey asks questions: answer them with --answer N=VALUE")  # fmt: skip
    values = {}
    for pair in args.answer or []:
        number, sep, value = pair.partition("=")
        if not sep:
            raise ValidationError("answer", "answer_pair_invalid",
                                  f"'{pair}' is not N=VALUE", text=pair)  # fmt: skip
        values[number.strip()] = value
    new_id = responses.record(args.survey, customer, values, args.at)
    obj = {"id": new_id, "survey_id": int(args.survey), "customer_id": customer,
           "answers": len(values)}  # fmt: skip
    print_json(obj) if args.json else print(new_id)
    return 0


def import_custom(args, sheet) -> int:
    from models.surveys import responses

    rows = sheet.rows[sheet.header_row + 1 :]
    out = responses.import_rows(args.survey, sheet.headers, rows, dry_run=args.dry_run)
    out["dry_run"] = bool(args.dry_run)
    if args.json:
        print_json(out)
    else:
        print(f"{out['imported']}\t{out['matched']}\t{out['anonymous']}\t{out['skipped']}")
    return 0


def _results(args) -> int:
    from models.surveys import responses

    obj = responses.results(args.survey)
    if args.json:
        print_json(obj)
        return 0
    print(f"{obj['responses']}")
    for q in obj["questions"]:
        print(f"{q['position']}. {q['text']}\t{q['kind']}\t{q['answered']}")
        for o in q.get("options", []):
            print(
                f"  {o['option']}\t{o['count']}\t{o['percent'] if o['percent'] is not None else '-'}%"
            )
        if q["kind"] == "rating":
            print(f"  {q['average'] if q['average'] is not None else '-'}")
        for text in q.get("latest", []):
            print(f"  {text}")
    return 0


def _undo(args) -> int:
    from models.surveys import responses

    responses.delete(args.response)
    return 0
