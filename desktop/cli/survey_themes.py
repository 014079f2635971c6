"""guanjia surveys themes | theme-add | theme-remove | theme-comments: what people say
in a survey's comments (issue 27, item 5): the top terms per category, pinned themes
with their share and score, and the comments holding a term or a theme. Registered by
desktop/cli/surveys.py in the surveys group."""

from __future__ import annotations

from desktop.cli.output import print_json, print_rows
from desktop.cli.text import fill, translate

# models/ modules are imported inside the handlers (see desktop/cli/purchases.py).

CATEGORIES = ("promoters", "passives", "detractors")


def register(sub) -> None:
    th = sub.add_parser("themes", help="the comments' top terms per category and the themes")
    th.add_argument("survey", metavar="ID", help="survey id")
    th.add_argument("--category", choices=CATEGORIES, help="one category only")
    th.add_argument("--top", default="20", metavar="N", help="terms per category (1-200)")
    th.add_argument("--json", action="store_true",
                    help="survey_id, type, comments, cached, categories, themes")  # fmt: skip
    th.set_defaults(handler=_themes)
    add = sub.add_parser("theme-add", help="pin a theme: a name and its terms")
    add.add_argument("survey", metavar="ID", help="survey id")
    add.add_argument("--name", required=True, metavar="N", help="the theme's name (价格)")
    add.add_argument("--terms", required=True, metavar="A,B",
                     help="its terms, comma-separated (价格,贵,便宜)")  # fmt: skip
    add.add_argument("--json", action="store_true", help="id, name, terms")
    add.set_defaults(handler=_add)
    rm = sub.add_parser("theme-remove", help="unpin a theme")
    rm.add_argument("survey", metavar="ID", help="survey id")
    rm.add_argument("--name", required=True, metavar="N", help="the theme's name or id")
    rm.set_defaults(handler=_remove)
    cm = sub.add_parser("theme-comments", help="the comments holding a term or a theme")
    cm.add_argument("survey", metavar="ID", help="survey id")
    which = cm.add_mutually_exclusive_group(required=True)
    which.add_argument("--term", metavar="T", help="a term (as `themes` counts it)")
    which.add_argument("--theme", metavar="N", help="a pinned theme's name or id")
    cm.add_argument("--category", choices=CATEGORIES, help="one category only")
    cm.add_argument("--limit", default="50", metavar="N", help="at most N, newest first (1-200)")
    cm.add_argument("--json", action="store_true", help="one JSON object per line")
    cm.set_defaults(handler=_comments)


def _themes(args) -> int:
    from models.surveys import themes

    obj = themes.summary(args.survey, category=args.category, top=args.top)
    if args.json:
        print_json(obj)
        return 0
    names = {"promoters": translate("Cli", "promoters"),
             "passives": translate("Cli", "passives"),
             "detractors": translate("Cli", "detractors")}  # fmt: skip
    for category, block in obj["categories"].items():
        print(fill(translate("Cli", "%1: %2 comments"), names[category], block["comments"]))
        for term in block["terms"]:
            print(f"  {term['term']}\t{term['count']}\t{term['share']}%")
    if obj["themes"]:
        print(translate("Cli", "themes:"))
    main = {"csat": "csat", "ces": "ces"}.get(obj["type"], "nps")
    for theme in obj["themes"]:
        shown = "-" if theme[main] is None else theme[main]
        margin = f" ±{theme['margin']}" if theme.get("margin") is not None else ""
        share = "-" if theme["share"] is None else f"{theme['share']}%"
        print(f"  {theme['name']}\t{theme['comments']}\t{share}\t{main} {shown}{margin}")
    return 0


def _add(args) -> int:
    from models.surveys import theme_pins

    new_id = theme_pins.add(args.survey, args.name, args.terms)
    row = next(t for t in theme_pins.listing(args.survey) if t["id"] == new_id)
    print_json({"survey_id": int(args.survey), **row}) if args.json else print(new_id)
    return 0


def _remove(args) -> int:
    from models.surveys import theme_pins

    theme_pins.remove(args.survey, args.name)
    return 0


def _comments(args) -> int:
    from models.surveys import themes

    limit = themes.check_top(args.limit)
    if args.term is not None:
        counted = themes.count_words(args.survey)
        rows = themes.comments_with_term(counted, args.term.strip(), args.category, limit)
    else:
        rows = themes.comments_with_theme(args.survey, args.theme, args.category, limit)
    print_rows(rows, args.json,
               lambda r: f"{r['id']}\t{r['answered_at']}\t{r['score']}\t{r['customer']}"
                         f"\t{r['comment']}")  # fmt: skip
    return 0
