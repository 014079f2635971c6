"""Events' words in the user's language: modes, kinds, incentives, statuses of events and
of sign-ups, and the sentences for the event error codes models.communities raises."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.text import fill


def _t(text: str) -> str:
    return QCoreApplication.translate("Events", text)


def mode_label(code: str) -> str:
    return {"online": _t("Online"), "offline": _t("Offline")}.get(code, code)


def kind_label(code: str) -> str:
    return {
        "talk": _t("Talk"), "seminar": _t("Seminar"), "qa": _t("Q&A"),
        "exchange": _t("Exchange"), "promotion": _t("Promotion"), "salon": _t("Salon"),
        "other": _t("Other"),
    }.get(code, code)  # fmt: skip


def incentive_label(code: str) -> str:
    return {"": _t("None"), "coupon": _t("Coupon"), "points": _t("Points"),
            "gift": _t("Gift")}.get(code, code)  # fmt: skip


def status_label(code: str) -> str:
    return {
        "planned": _t("Planned"), "open": _t("Sign-up open"), "running": _t("Running"),
        "ended": _t("Ended"), "cancelled": _t("Cancelled"),
    }.get(code, code)  # fmt: skip


def signup_status_label(code: str, walk_in: bool = False) -> str:
    text = {
        "signed": _t("Signed up"), "waiting": _t("Waiting list"), "attended": _t("Attended"),
        "no_show": _t("No-show"), "cancelled": _t("Cancelled"),
    }.get(code, code)  # fmt: skip
    return fill(_t("%1 (walk-in)"), text) if walk_in else text


def messages(params: dict) -> dict[str, str]:
    """Validation messages of events and sign-ups, by error code."""
    name = params.get("name", "")
    return {
        "event_title_required": _t("Enter a title: every event needs one."),
        "event_time_required": _t("Enter when the event starts."),
        "event_time_invalid": _t("This is not a date and time, e.g. 2026-12-01 14:00."),
        "event_ends_before": _t("The event cannot end before it starts."),
        "event_mode_invalid": _t("Choose online or offline."),
        "event_kind_invalid": _t("Choose a kind of event from the list."),
        "event_incentive_invalid": _t("Choose an incentive: coupon, points or gift."),
        "event_status_invalid": _t("Choose a status from the list."),
        "event_capacity_invalid": _t("The capacity is a whole number of places, at least 1."),
        "event_attribution_days_invalid": _t("Count purchases 0 to 365 days after the event."),
        "event_community_invalid": _t("Choose a community from the list."),
        "event_cost_invalid": _t("The cost cannot be negative."),
        "event_capacity_below": fill(
            _t("%1 people already hold a place: the capacity cannot be smaller."),
            params.get("taken", ""),
        ),
        "event_status_step": fill(
            _t("The event is “%1”: it cannot become “%2”."),
            status_label(params.get("status", "")),
            status_label(params.get("to", "")),
        ),  # fmt: skip
        "event_close_needed": _t("Use Close event to end it: that marks the no-shows."),
        "event_cancelled": _t("This event is cancelled: nothing can be changed."),
        "event_ended": _t("This event has ended: sign-ups and check-ins are closed."),
        "event_not_found": _t("This event no longer exists."),
        "community_not_found": _t("This community no longer exists."),
        "event_no_customers": _t("Choose at least one customer."),
        "event_customer_deleted": fill(_t("%1 is in the recycle bin: restore them first."), name),
        "event_not_signed_up": fill(
            _t("%1 is not signed up for this event. Check them in as a walk-in?"), name
        ),
        "event_already_checked_in": fill(_t("%1 is already checked in."), name),
        "event_not_attended": fill(
            _t("%1 did not attend: only attendees can give feedback."), name
        ),
        "event_score_invalid": _t("Give a score from 1 to 5."),
        "event_groups_invalid": _t("Choose attendees and/or no-shows."),
        "event_nobody": _t("Nobody to follow up in this group."),
        "event_no_match": _t("Nobody signed up matches this."),
        "event_many_match": _t("More than one person matches: be more precise."),
    }
