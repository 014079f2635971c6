"""guanjia care festivals: the care festivals of a year and their dates."""

from __future__ import annotations

from desktop.cli.output import print_rows


def register(commands) -> None:
    care = commands.add_parser("care", help="care dates: 'care festivals' lists a year's festivals")
    sub = care.add_subparsers(dest="care_command", metavar="ACTION", required=True)
    fest = sub.add_parser(
        "festivals",
        help="the care festivals of a year with their dates: 春节, 元宵, 端午, 中秋, 重阳 by the "
        "lunar calendar, 元旦, 妇女节, 母亲节, 父亲节, 教师节, 国庆, 双十一 by the solar one",
    )
    fest.add_argument(
        "--year", default=None, metavar="Y", help="a year from 1901 to 2099 (default: this year)"
    )
    fest.add_argument(
        "--json",
        action="store_true",
        help='one JSON object per line: "code", "name" (Chinese), "name_en", "date", '
        '"calendar" (lunar or solar)',
    )
    # Dates only: no database is opened (or needed).
    fest.set_defaults(handler=_festivals, own_database=True)


def _festivals(args, _db_path) -> int:
    from models import clock
    from models.followups import festivals

    year = festivals.check_year(clock.today().year if args.year is None else args.year)
    rows = (festivals.to_json(fest, day) for fest, day in festivals.in_year(year))
    print_rows(rows, args.json, _line)
    return 0


def _line(obj: dict) -> str:
    return f"{obj['date']}\t{obj['name']}\t{obj['name_en']}\t{obj['calendar']}"
