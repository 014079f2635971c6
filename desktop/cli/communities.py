"""guanjia communities: communities (社群), their members, activity, imports and
metrics. Each concern registers its own actions from its own module."""

from __future__ import annotations

from desktop.cli.community_activity import register as register_activity
from desktop.cli.community_imports import register as register_imports
from desktop.cli.community_members import register as register_members
from desktop.cli.community_metrics import register as register_metrics


def register(commands) -> None:
    com = commands.add_parser(
        "communities", help="communities (社群): list, add, members, join, leave, activity, "
        "import, metrics",
    )  # fmt: skip
    sub = com.add_subparsers(dest="communities_command", metavar="ACTION", required=True)
    for register_actions in (register_members, register_activity, register_imports,
                             register_metrics):  # fmt: skip
        register_actions(sub)
