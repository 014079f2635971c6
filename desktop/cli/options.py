"""Options several commands share (the customer filter, dates), and the rules of what a
command may write: the files it writes are checked first, and only a command that
changes the database (desktop.cli.writing, re-exported here as `writes`) may create one."""

from __future__ import annotations

import argparse
import datetime as dt
import os

from desktop.cli.writing import writes
from models.errors import GuanjiaError

# models/ modules are imported inside the functions that use them: this module is
# imported to build the parser, and `--help` and the small commands should not load them.

# Every date option takes what models.date_input reads (the same words in every command).
WHEN = (
    "WHEN is a date as staff type it: today, tomorrow, yesterday, now, +3d, -2w, +1m, +2h, "
    "monday, next monday, next_week, 2026-12-01, 2026-12-01T09:30, or in Chinese 今天, "
    "明天, 后天, 下周一, 本周五, 3天后, 12月1日, 明天 9:30, 下午3点 (a leading minus takes "
    "=, as in --date=-2d)"
)
DAY = (
    "DAY is a date as staff type it, without a time: today, tomorrow, yesterday, -7d, +3d, "
    "monday, last monday, 2026-12-01, 今天, 明天, 昨天, 上周一, 12月1日"
)


def filter_options(parser: argparse.ArgumentParser, suppress: bool = False) -> None:
    """The customer filter's options (customers, customers tag, export)."""
    # A subcommand repeats its parent's filter options; SUPPRESS keeps values given
    # before the subcommand ("customers --tag A tag --add B").
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--tag",
        dest="tags",
        action="append",
        default=default,
        metavar="TAG",
        help="only customers with this tag (repeatable: all of them, or any with --any)",
    )
    parser.add_argument(
        "--any",
        dest="any_tags",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="customers with any of the --tag tags instead of all",
    )
    parser.add_argument(
        "--not-tag",
        dest="not_tags",
        action="append",
        default=default,
        metavar="TAG",
        help="leave out customers with this tag (repeatable)",
    )
    parser.add_argument(
        "--not-contacted-days",
        type=int,
        default=argparse.SUPPRESS if suppress else 0,
        metavar="N",
        help="only customers with no contact logged in the last N days (or ever)",
    )
    parser.add_argument(
        "--no-next-followup",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="only customers with no open follow-up planned",
    )
    parser.add_argument(
        "--rfm-segment",
        default=argparse.SUPPRESS if suppress else "",
        metavar="SEGMENT",
        help="only customers of this RFM segment as last computed (important_value, ...)",
    )
    parser.add_argument(
        "--community",
        type=int,
        default=argparse.SUPPRESS if suppress else 0,
        metavar="ID",
        help="only members (now) of this community",
    )
    parser.add_argument(
        "--community-role",
        default=argparse.SUPPRESS if suppress else "",
        metavar="ROLE",
        help="only members with this role in a community: 群主, 管理员, 骨干, 成员",
    )
    parser.add_argument(
        "--community-level",
        default=argparse.SUPPRESS if suppress else "",
        metavar="LEVEL",
        help="only members at this engagement level in the --community (or in any one): "
        "核心, 活跃, 参与, 观望, 沉默",
    )
    parser.add_argument(
        "--no-community",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="only customers in no community",
    )


def customer_filter(args):
    """The CustomerFilter the options describe; NotFoundError for an unknown tag name."""
    from models.customers.customer_filter import CustomerFilter
    from models.tags.tags import tags_by_name

    required = [t.id for t in tags_by_name(getattr(args, "tags", None) or [])]
    excluded = [t.id for t in tags_by_name(getattr(args, "not_tags", None) or [])]
    both = set(required) & set(excluded)
    if both:
        raise GuanjiaError("a tag cannot be both --tag and --not-tag")
    days = getattr(args, "not_contacted_days", 0) or 0
    if days < 0:
        raise GuanjiaError("--not-contacted-days must be 1 or more")
    flt = CustomerFilter(search=args.search, in_bin=getattr(args, "bin", False)).with_tags(
        required, excluded, getattr(args, "any_tags", False)
    )
    segment = getattr(args, "rfm_segment", "") or ""
    if segment:
        from models.purchases.rfm import SEGMENT_ORDER

        if segment not in SEGMENT_ORDER:
            raise GuanjiaError("--rfm-segment must be one of: " + ", ".join(SEGMENT_ORDER))
    flt = flt.with_rfm_segment(segment)
    flt = flt.with_contact(days, getattr(args, "no_next_followup", False))
    return _community_filter(flt, args)


def _community_filter(flt, args):
    community = getattr(args, "community", 0) or 0
    role = getattr(args, "community_role", "") or ""
    level = getattr(args, "community_level", "") or ""
    none = getattr(args, "no_community", False)
    if not (community or role or level or none):
        return flt
    from models.communities import communities, members

    if none and (community or role or level):
        raise GuanjiaError("--no-community cannot go with --community, --community-role or "
                           "--community-level")  # fmt: skip
    if community:
        communities.find(community)
    return flt.with_community(community, members.role_code(role) if role else "", none,
                              members.level_code(level) if level else "")  # fmt: skip


def period_options(
    parser: argparse.ArgumentParser,
    first: str = "from",
    last: str = "to (inclusive)",
    *,
    required: bool = False,
    words: str | None = DAY,
    metavar: str = "DAY",
) -> None:
    """A period's --from and --to (args.date_from, args.date_to), as every command that
    takes one spells them; `period(args)` reads them as days. `words`: what a day may be
    (None where the model reads the text itself, as the surveys' periods)."""
    tail = f"; {words}" if words else ""
    parser.add_argument("--from", dest="date_from", metavar=metavar, required=required,
                        help=first + tail)  # fmt: skip
    parser.add_argument("--to", dest="date_to", metavar=metavar, required=required,
                        help=last + tail)  # fmt: skip


def period(args) -> tuple[dt.date | None, dt.date | None]:
    """The --from and --to days of period_options, None when not given; a day that does
    not read: ValidationError naming its option ("--from: ...")."""
    return day(args.date_from, "--from"), day(args.date_to, "--to")


def day(text: str | None, option: str) -> dt.date | None:
    """A date-only option (models.date_input), None when not given; ValidationError."""
    from models.errors import ValidationError
    from models.values import date_input

    if not text:
        return None
    try:
        return date_input.parse_date(text)
    except ValidationError as exc:
        raise ValidationError(option, exc.code, f"{option}: {exc}", **exc.params) from None


def fixed_clock() -> None:
    """GUANJIA_NOW=YYYY-MM-DDTHH:MM sets the program's clock (scripts and tests)."""
    from models import clock

    text = os.environ.get("GUANJIA_NOW", "").strip()
    if text:
        clock.set_now(dt.datetime.fromisoformat(text).replace(microsecond=0))


def outputs(args) -> list[tuple[str, bool]]:
    """The files (False) and folders (True) a command will write, to check first."""
    command = args.command
    paths = []
    if command in ("export", "template"):
        paths.append((args.file, False))
    if command == "backup" and args.dest:
        paths.append((args.dest, True))
    if command == "audit" and args.export:
        paths.append((args.export, False))
    if command == "import" and args.errors:
        paths.append((args.errors, False))
    if command == "purchases" and args.purchases_command == "import" and args.errors:
        paths.append((args.errors, False))
    if command == "surveys" and args.surveys_command == "report":
        paths.append((args.out, False))
    return paths


def may_create(args) -> str:
    """How open_database may create a missing database (see its `create`)."""
    if not writes(args):
        return "no"
    explicit = args.db or os.environ.get("GUANJIA_DB")
    return "folders" if args.create or not explicit else "file"
