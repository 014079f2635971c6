"""Translated words of complaints: statuses, severities, channels, categories, steps,
SLA countdowns and the complaint-specific validation messages. Texts only (the CLI
reads them): an SLA state's colour is in ui.complaints.sla_look."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ui.text import fill


def status_label(code: str) -> str:
    return {
        "new": QCoreApplication.translate("Complaints", "New"),
        "responded": QCoreApplication.translate("Complaints", "Responded"),
        "in_progress": QCoreApplication.translate("Complaints", "In progress"),
        "resolved": QCoreApplication.translate("Complaints", "Resolved"),
        "return_visited": QCoreApplication.translate("Complaints", "Return-visited"),
        "open": QCoreApplication.translate("Complaints", "Open"),
        "closed": QCoreApplication.translate("Complaints", "Resolved or visited"),
    }.get(code, code)


def severity_label(code: str) -> str:
    return {
        "normal": QCoreApplication.translate("Complaints", "Normal"),
        "serious": QCoreApplication.translate("Complaints", "Serious"),
        "urgent": QCoreApplication.translate("Complaints", "Urgent"),
    }.get(code, code)


def channel_label(code: str) -> str:
    return {
        "phone": QCoreApplication.translate("Complaints", "Phone"),
        "store": QCoreApplication.translate("Complaints", "In store"),
        "wechat": QCoreApplication.translate("Complaints", "WeChat"),
        "email": QCoreApplication.translate("Complaints", "Email"),
        "online": QCoreApplication.translate("Complaints", "Online / social media"),
        "other": QCoreApplication.translate("Complaints", "Other"),
    }.get(code, code)


def category_label(name: str) -> str:
    """A built-in category's translated name; a category staff added is shown as typed."""
    return {
        "quality": QCoreApplication.translate("Complaints", "Product quality"),
        "service": QCoreApplication.translate("Complaints", "Service attitude"),
        "delivery": QCoreApplication.translate("Complaints", "Delivery"),
        "price": QCoreApplication.translate("Complaints", "Price / charges"),
        "after_sales": QCoreApplication.translate("Complaints", "After-sales"),
        "other": QCoreApplication.translate("Complaints", "Other"),
    }.get(name, name)


def action_label(action: str) -> str:
    """A step as a button or history line says it."""
    return {
        "create": QCoreApplication.translate("Complaints", "Received"),
        "respond": QCoreApplication.translate("Complaints", "Respond"),
        "start": QCoreApplication.translate("Complaints", "Start handling"),
        "resolve": QCoreApplication.translate("Complaints", "Resolve"),
        "visit": QCoreApplication.translate("Complaints", "Record return visit"),
        "reopen": QCoreApplication.translate("Complaints", "Reopen"),
        "assign": QCoreApplication.translate("Complaints", "Reassigned"),
        "edit": QCoreApplication.translate("Complaints", "Edited"),
        "escalate": QCoreApplication.translate("Complaints", "Escalated"),
    }.get(action, action)


def escalation_text(reasons: str) -> str:
    names = {
        "urgent": QCoreApplication.translate("Complaints", "urgent"),
        "response_late": QCoreApplication.translate("Complaints", "no response in time"),
        "resolve_late": QCoreApplication.translate("Complaints", "not resolved in time"),
    }
    return QCoreApplication.translate("Complaints", ", ").join(
        names.get(r, r) for r in reasons.split(",") if r
    )


def duration_text(seconds: float) -> str:
    """'2 d 3 h', '1 h 20 min', '15 min'."""
    minutes = int(abs(seconds) // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return fill(QCoreApplication.translate("Complaints", "%1 d %2 h"), str(days), str(hours))
    if hours:
        return fill(QCoreApplication.translate("Complaints", "%1 h %2 min"), str(hours), str(mins))
    return fill(QCoreApplication.translate("Complaints", "%1 min"), str(mins))


def countdown_text(row: dict, now: dt.datetime) -> str:
    """The SLA column: time left to the next deadline, or how late it is."""
    if row.get("deadline") is None:
        if row["status"] == "resolved":
            return QCoreApplication.translate("Complaints", "Return visit due")
        return ""
    left = (row["deadline"] - now).total_seconds()
    which = (
        QCoreApplication.translate("Complaints", "response")
        if row["status"] == "new"
        else QCoreApplication.translate("Complaints", "resolution")
    )
    if left < 0:
        return fill(
            QCoreApplication.translate("Complaints", "%1 overdue by %2"), which, duration_text(left)
        )
    return fill(
        QCoreApplication.translate("Complaints", "%1 due in %2"), which, duration_text(left)
    )


def messages(params: dict) -> dict[str, str]:
    """Validation messages of complaints, FAQ and SLA settings, by error code."""
    needed = " / ".join(status_label(s) for s in params.get("needed", ()))
    out_of_order = fill(
        QCoreApplication.translate(
            "Complaints", "“%1” cannot be done now: the complaint is %2; it must be %3 first."
        ),
        action_label(params.get("action", "")),
        status_label(params.get("status", "")),
        needed,
    )
    return {
        "step_out_of_order": out_of_order,
        "category_invalid": QCoreApplication.translate(
            "Complaints", "Choose a category from the list."
        ),
        "severity_invalid": QCoreApplication.translate(
            "Complaints", "Choose a severity: normal, serious or urgent."
        ),
        "status_invalid": QCoreApplication.translate(
            "Complaints", "Choose a status from the list."
        ),
        "time_future": QCoreApplication.translate("Complaints", "This time is in the future."),
        "time_before": QCoreApplication.translate(
            "Complaints", "This time is before the complaint's previous step."
        ),
        "time_after_step": QCoreApplication.translate(
            "Complaints", "The complaint cannot be received after it was answered."
        ),
        "deadline_past": QCoreApplication.translate(
            "Complaints", "Choose a deadline that is still ahead."
        ),
        "satisfaction": QCoreApplication.translate(
            "Complaints", "Choose a satisfaction score from 1 to 5."
        ),
        "sla_hours": QCoreApplication.translate("Complaints", "Enter a number of hours above 0."),
        "sla_time": QCoreApplication.translate("Complaints", "Enter a time like 09:00."),
        "sla_window": QCoreApplication.translate(
            "Complaints", "Business hours must close after they open."
        ),
        "sla_days": QCoreApplication.translate("Complaints", "Tick at least one working day."),
        "visit_days": QCoreApplication.translate(
            "Complaints", "Plan the return visit 0 to 365 days after resolving."
        ),
        "category_name": QCoreApplication.translate(
            "Complaints", "Enter a category name of at most 50 characters."
        ),
        "category_exists": QCoreApplication.translate(
            "Complaints", "This category is already in the list."
        ),
        "category_last": QCoreApplication.translate("Complaints", "Keep at least one category."),
        "category_not_found": QCoreApplication.translate(
            "Complaints", "This category is no longer in the list."
        ),
        "complaint_not_found": QCoreApplication.translate(
            "Complaints", "This complaint no longer exists."
        ),
        "faq_unresolved": QCoreApplication.translate(
            "Complaints", "Only a resolved complaint can become an FAQ entry."
        ),
        "faq_not_found": QCoreApplication.translate(
            "Complaints", "This FAQ entry no longer exists."
        ),
        "visit_needs_satisfaction": QCoreApplication.translate(
            "Complaints",
            "This follow-up is a complaint's return visit: record how satisfied the customer "
            "is (1-5) on the complaint.",
        ),
        "deadline_closed": QCoreApplication.translate(
            "Complaints", "Only an open complaint has a deadline to set."
        ),
        "sla_lunch": QCoreApplication.translate(
            "Complaints", "The lunch break must start and end inside business hours."
        ),
        "holiday_date": QCoreApplication.translate(
            "Complaints", "This is not a date; write it like 2027-10-01."
        ),
        "holiday_kind": QCoreApplication.translate(
            "Complaints", "Say 休 (holiday) or 班 (working day)."
        ),
        "holiday_twice": QCoreApplication.translate(
            "Complaints", "This date is listed twice in the file."
        ),
        "holiday_rows": QCoreApplication.translate(
            "Complaints", "The file has rows that cannot be read; nothing was imported."
        ),
        "holiday_empty": QCoreApplication.translate("Complaints", "The file lists no dates."),
        "holiday_too_many": QCoreApplication.translate(
            "Complaints", "The file lists more than 1,000 days: it is not a holiday list."
        ),
        "holiday_not_found": QCoreApplication.translate(
            "Complaints", "This date is no longer in the calendar."
        ),
    }
