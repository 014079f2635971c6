"""Events' words in the user's language: modes, kinds, incentives, statuses of events and
of sign-ups, and the sentences for the event error codes models.communities raises."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.text import fill


def mode_label(code: str) -> str:
    return {
        "online": QCoreApplication.translate("Events", "Online"),
        "offline": QCoreApplication.translate("Events", "Offline"),
    }.get(code, code)


def kind_label(code: str) -> str:
    return {
        "talk": QCoreApplication.translate("Events", "Talk"), "seminar": QCoreApplication.translate("Events", "Seminar"), "qa": QCoreApplication.translate("Events", "Q&A"),
        "exchange": QCoreApplication.translate("Events", "Exchange"), "promotion": QCoreApplication.translate("Events", "Promotion"), "salon": QCoreApplication.translate("Events", "Salon"),
        "other": QCoreApplication.translate("Events", "Other"),
    }.get(code, code)  # fmt: skip


def incentive_label(code: str) -> str:
    return {"": QCoreApplication.translate("Events", "None"), "coupon": QCoreApplication.translate("Events", "Coupon"), "points": QCoreApplication.translate("Events", "Points"),
            "gift": QCoreApplication.translate("Events", "Gift")}.get(code, code)  # fmt: skip


def status_label(code: str) -> str:
    return {
        "planned": QCoreApplication.translate("Events", "Planned"), "open": QCoreApplication.translate("Events", "Sign-up open"), "running": QCoreApplication.translate("Events", "Running"),
        "ended": QCoreApplication.translate("Events", "Ended"), "cancelled": QCoreApplication.translate("Events", "Cancelled"),
    }.get(code, code)  # fmt: skip


def signup_status_label(code: str, walk_in: bool = False) -> str:
    text = {
        "signed": QCoreApplication.translate("Events", "Signed up"), "waiting": QCoreApplication.translate("Events", "Waiting list"), "attended": QCoreApplication.translate("Events", "Attended"),
        "no_show": QCoreApplication.translate("Events", "No-show"), "cancelled": QCoreApplication.translate("Events", "Cancelled"),
    }.get(code, code)  # fmt: skip
    return fill(QCoreApplication.translate("Events", "%1 (walk-in)"), text) if walk_in else text


def messages(params: dict) -> dict[str, str]:
    """Validation messages of events and sign-ups, by error code."""
    name = params.get("name", "")
    return {
        "event_title_required": QCoreApplication.translate(
            "Events", "Enter a title: every event needs one."
        ),
        "event_time_required": QCoreApplication.translate("Events", "Enter when the event starts."),
        "event_time_invalid": QCoreApplication.translate(
            "Events", "This is not a date and time, e.g. 2026-12-01 14:00."
        ),
        "event_ends_before": QCoreApplication.translate(
            "Events", "The event cannot end before it starts."
        ),
        "event_mode_invalid": QCoreApplication.translate("Events", "Choose online or offline."),
        "event_kind_invalid": QCoreApplication.translate(
            "Events", "Choose a kind of event from the list."
        ),
        "event_incentive_invalid": QCoreApplication.translate(
            "Events", "Choose an incentive: coupon, points or gift."
        ),
        "event_status_invalid": QCoreApplication.translate(
            "Events", "Choose a status from the list."
        ),
        "event_capacity_invalid": QCoreApplication.translate(
            "Events", "The capacity is a whole number of places, at least 1."
        ),
        "event_attribution_days_invalid": QCoreApplication.translate(
            "Events", "Count purchases 0 to 365 days after the event."
        ),
        "event_community_invalid": QCoreApplication.translate(
            "Events", "Choose a community from the list."
        ),
        "event_cost_invalid": QCoreApplication.translate("Events", "The cost cannot be negative."),
        "event_capacity_below": fill(
            QCoreApplication.translate(
                "Events", "%1 people already hold a place: the capacity cannot be smaller."
            ),
            params.get("taken", ""),
        ),
        "event_status_step": fill(
            QCoreApplication.translate("Events", "The event is “%1”: it cannot become “%2”."),
            status_label(params.get("status", "")),
            status_label(params.get("to", "")),
        ),  # fmt: skip
        "event_close_needed": QCoreApplication.translate(
            "Events", "Use Close event to end it: that marks the no-shows."
        ),
        "event_cancelled": QCoreApplication.translate(
            "Events", "This event is cancelled: nothing can be changed."
        ),
        "event_ended": QCoreApplication.translate(
            "Events", "This event has ended: sign-ups and check-ins are closed."
        ),
        "event_not_found": QCoreApplication.translate("Events", "This event no longer exists."),
        "community_not_found": QCoreApplication.translate(
            "Events", "This community no longer exists."
        ),
        "event_no_customers": QCoreApplication.translate("Events", "Choose at least one customer."),
        "event_customer_deleted": fill(
            QCoreApplication.translate("Events", "%1 is in the recycle bin: restore them first."),
            name,
        ),
        "event_not_signed_up": fill(
            QCoreApplication.translate(
                "Events", "%1 is not signed up for this event. Check them in as a walk-in?"
            ),
            name,
        ),
        "event_already_checked_in": fill(
            QCoreApplication.translate("Events", "%1 is already checked in."), name
        ),
        "event_not_attended": fill(
            QCoreApplication.translate(
                "Events", "%1 did not attend: only attendees can give feedback."
            ),
            name,
        ),
        "event_score_invalid": QCoreApplication.translate("Events", "Give a score from 1 to 5."),
        "event_groups_invalid": QCoreApplication.translate(
            "Events", "Choose attendees and/or no-shows."
        ),
        "event_nobody": QCoreApplication.translate("Events", "Nobody to follow up in this group."),
        "event_no_match": QCoreApplication.translate("Events", "Nobody signed up matches this."),
        "event_many_match": QCoreApplication.translate(
            "Events", "More than one person matches: be more precise."
        ),
        "event_checkin_options": QCoreApplication.translate(
            "Events", "--customers (and --close) go without --walk-in and --organiser."
        ),
        "signup_unmapped": QCoreApplication.translate("Events", "Choose a name or mobile column."),
        "signup_unnamed": QCoreApplication.translate(
            "Events", "This row names nobody (no name, no mobile)."
        ),
        "signed_future": QCoreApplication.translate("Events", "The sign-up time is in the future."),
    }
