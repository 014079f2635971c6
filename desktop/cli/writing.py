"""Which commands change the database: every command of every group, in one table.

A command is named by its path, the words that select it ("leads rules add"); the
parser puts the path on the parsed arguments (`command_path`, see `name_commands`).
Each command is in WRITING or in READING, never both and never neither:
tests/test_cli_writing.py walks the parser and fails on a command in no list, so a
new subcommand has to be placed. What being a writer means:
- only a writing command may create a missing database (options.may_create);
- after a writing command the leads it marked are rescored (the lead scores' flush);
  a reading command skips that query, which a `customers --json` would pay otherwise.

A writer that writes only on some runs has the test of its arguments instead of
ALWAYS (a `--dry-run`, a settings command given no setting, ...)."""

from __future__ import annotations

import argparse


def ALWAYS(_args) -> bool:  # noqa: N802 - reads as a constant in the table
    return True


def _unless_dry_run(args) -> bool:
    return not getattr(args, "dry_run", False)


def _any_given(*names: str):
    """Writes when one of these options is given (a settings command shows otherwise)."""

    def given(args) -> bool:
        return any(getattr(args, name, None) is not None for name in names)

    return given


WRITING = {
    "demo": ALWAYS,
    "import": ALWAYS,  # a --dry-run too: may start a database, as it always has
    "erase": ALWAYS,
    "restore": ALWAYS,
    "password": lambda args: args.forget,
    "staff": lambda args: args.name is not None,
    "customers add": ALWAYS,
    "customers tag": ALWAYS,
    "followups add": ALWAYS,
    "followups done": ALWAYS,
    "followups snooze": ALWAYS,
    "followups cancel": ALWAYS,
    "interactions add": ALWAYS,
    **{f"complaints {step}": ALWAYS
       for step in ("add", "respond", "start", "resolve", "visit", "reopen")},
    **{f"purchases {action}": ALWAYS for action in ("add", "refund", "delete", "edit", "import")},
    "rfm": lambda args: bool(args.save or args.tags),
    "lifecycle": lambda args: args.apply,
    **{f"communities {action}": ALWAYS
       for action in ("add", "edit", "archive", "join", "leave", "activity add", "levels",
                      "import", "stats import", "check")},
    **{f"events {action}": ALWAYS
       for action in ("add", "signup", "checkin", "noshow", "feedback", "close", "import")},
    **{f"team {action}": ALWAYS for action in ("add", "deactivate", "activate", "rename", "role")},
    "leads rescore": ALWAYS,
    "leads scoring set": ALWAYS,
    "leads assign": _unless_dry_run,
    "leads unassign": ALWAYS,
    "leads reclaim": _unless_dry_run,
    "leads rules add": ALWAYS,
    "leads rules remove": ALWAYS,
    "leads settings": _any_given("reclaim_days"),
    **{f"members {action}": ALWAYS
       for action in ("enroll", "card-lost", "card-status", "card-replace")},
    "members settings": _any_given(
        "card_prefix", "bonus_tiers", "bonus_spending", "points_expiry", "points_expiry_months",
        "points_negative", "dormant_days", "points_redeem_rate", "points_redeem_cap",
    ),
    **{f"levels {action}": ALWAYS
       for action in ("add", "edit", "archive", "set-rules", "lock", "unlock")},
    "levels recompute": _unless_dry_run,
    "earning task": ALWAYS,
    "earning attend": ALWAYS,
    **{f"surveys {action}": ALWAYS
       for action in ("add", "edit", "archive", "delete", "complaint", "answer", "undo-answer",
                      "import", "theme-add", "theme-remove", "undo-response")},
    "funnel costs set": ALWAYS,
    "funnel costs remove": ALWAYS,
    "funnel check": lambda args: args.repair,
    **{f"points {action}": ALWAYS for action in ("earn", "redeem", "adjust", "reverse")},
    "points expire": _unless_dry_run,
    **{f"wallet {action}": ALWAYS for action in ("topup", "pay", "refund", "transfer", "reverse")},
    **{f"cards {action}": ALWAYS for action in ("sell", "use", "refund", "reverse")},
    "cards expire": _unless_dry_run,
    **{f"paid {action}": ALWAYS for action in ("sell", "renew", "cancel")},
    "paid expire": _unless_dry_run,
    "paid reminders": _any_given("days"),
    "referrals set": ALWAYS,
    "referrals clear": ALWAYS,
    "referrals rules": _any_given(
        "referrer_points", "referrer_bonus", "referrer_visits", "referred_points",
        "referred_bonus", "referred_visits", "visit_service",
    ),
    **{f"rules {action}": ALWAYS for action in ("enable", "disable", "run", "undo", "add")},
    "merge": ALWAYS,  # --undo too
}  # fmt: skip

READING = frozenset({
    "tags", "imports", "backup", "backups", "audit", "today", "check", "export", "template",
    "customers", "followups", "interactions", "complaints", "complaints show",
    "complaints metrics", "purchases", "care festivals",
    "communities list", "communities show", "communities members", "communities metrics",
    "team list",
    "leads score", "leads scoring show", "leads list", "leads rules list",
    "events list", "events show", "events metrics",
    "members", "members list", "members show",
    "levels", "levels list", "levels history",
    "surveys list", "surveys answers", "surveys show", "surveys targets", "surveys score",
    "surveys themes", "surveys theme-comments", "surveys results", "surveys report",
    "funnel", "funnel costs list", "funnel roi",
    "points statement", "points check",
    "wallet statement", "wallet reconcile", "wallet liability", "wallet dormant",
    "cards list", "cards show", "paid list", "referrals tree", "referrals stats",
    "rules list", "rules show", "rules dry-run", "rules log",
    "duplicates",
})  # fmt: skip


def writes(args) -> bool:
    """Whether the command may change the database (a command in no list: no, as an
    unknown command or a group named without its action does nothing)."""
    test = WRITING.get(getattr(args, "command_path", None) or "")
    return bool(test and test(args))


def name_commands(parser: argparse.ArgumentParser, path: str = "") -> None:
    """Put each command's path on what its parser reads (`command_path`): the deepest
    parser a run reaches sets it last."""
    if path:
        parser.set_defaults(command_path=path)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                name_commands(sub, f"{path} {name}".strip())
