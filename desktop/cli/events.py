"""guanjia events: events (活动) and their sign-ups, check-in, feedback and metrics."""

from __future__ import annotations


def register(commands) -> None:
    commands.add_parser(
        "events", help="events (活动): list, add, show, signup, checkin, noshow, feedback, "
        "close, metrics",
    )  # fmt: skip
