"""Translated words of complaints: statuses, severities, channels, categories, steps,
SLA countdowns and the complaint-specific validation messages."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor


def _t(text: str) -> str:
    return QCoreApplication.translate("Complaints", text)


def status_label(code: str) -> str:
    return {
        "new": _t("New"),
        "responded": _t("Responded"),
        "in_progress": _t("In progress"),
        "resolved": _t("Resolved"),
        "return_visited": _t("Return-visited"),
        "open": _t("Open"),
        "closed": _t("Resolved or visited"),
    }.get(code, code)


def severity_label(code: str) -> str:
    return {"normal": _t("Normal"), "serious": _t("Serious"), "urgent": _t("Urgent")}.get(
        code, code
    )


def channel_label(code: str) -> str:
    return {
        "phone": _t("Phone"),
        "store": _t("In store"),
        "wechat": _t("WeChat"),
        "email": _t("Email"),
        "online": _t("Online / social media"),
        "other": _t("Other"),
    }.get(code, code)


def category_label(name: str) -> str:
    """A built-in category's translated name; a category staff added is shown as typed."""
    return {
        "quality": _t("Product quality"),
        "service": _t("Service attitude"),
        "delivery": _t("Delivery"),
        "price": _t("Price / charges"),
        "after_sales": _t("After-sales"),
        "other": _t("Other"),
    }.get(name, name)


def action_label(action: str) -> str:
    """A step as a button or history line says it."""
    return {
        "create": _t("Received"),
        "respond": _t("Respond"),
        "start": _t("Start handling"),
        "resolve": _t("Resolve"),
        "visit": _t("Record return visit"),
        "reopen": _t("Reopen"),
        "assign": _t("Reassigned"),
        "edit": _t("Edited"),
        "escalate": _t("Escalated"),
    }.get(action, action)


def escalation_text(reasons: str) -> str:
    names = {
        "urgent": _t("urgent"),
        "response_late": _t("no response in time"),
        "resolve_late": _t("not resolved in time"),
    }
    return _t(", ").join(names.get(r, r) for r in reasons.split(",") if r)


def duration_text(seconds: float) -> str:
    """'2 d 3 h', '1 h 20 min', '15 min'."""
    minutes = int(abs(seconds) // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return _t("%1 d %2 h").replace("%1", str(days)).replace("%2", str(hours))
    if hours:
        return _t("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(mins))
    return _t("%1 min").replace("%1", str(mins))


def countdown_text(row: dict, now: dt.datetime) -> str:
    """The SLA column: time left to the next deadline, or how late it is."""
    if row.get("deadline") is None:
        if row["status"] == "resolved":
            return _t("Return visit due")
        return ""
    left = (row["deadline"] - now).total_seconds()
    which = _t("response") if row["status"] == "new" else _t("resolution")
    if left < 0:
        return _t("%1 overdue by %2").replace("%1", which).replace("%2", duration_text(left))
    return _t("%1 due in %2").replace("%1", which).replace("%2", duration_text(left))


SLA_COLORS = {"on_time": QColor("#2e7d32"), "near": QColor("#e65100"), "overdue": QColor("#c62828")}


def messages(params: dict) -> dict[str, str]:
    """Validation messages of complaints, FAQ and SLA settings, by error code."""
    needed = " / ".join(status_label(s) for s in params.get("needed", ()))
    out_of_order = (
        _t("“%1” cannot be done now: the complaint is %2; it must be %3 first.")
        .replace("%1", action_label(params.get("action", "")))
        .replace("%2", status_label(params.get("status", "")))
        .replace("%3", needed)
    )
    return {
        "step_out_of_order": out_of_order,
        "category_invalid": _t("Choose a category from the list."),
        "severity_invalid": _t("Choose a severity: normal, serious or urgent."),
        "status_invalid": _t("Choose a status from the list."),
        "time_future": _t("This time is in the future."),
        "time_before": _t("This time is before the complaint's previous step."),
        "time_after_step": _t("The complaint cannot be received after it was answered."),
        "deadline_past": _t("Choose a deadline that is still ahead."),
        "satisfaction": _t("Choose a satisfaction score from 1 to 5."),
        "sla_hours": _t("Enter a number of hours above 0."),
        "sla_time": _t("Enter a time like 09:00."),
        "sla_window": _t("Business hours must close after they open."),
        "sla_days": _t("Tick at least one working day."),
        "visit_days": _t("Plan the return visit 0 to 365 days after resolving."),
        "category_name": _t("Enter a category name of at most 50 characters."),
        "category_exists": _t("This category is already in the list."),
        "category_last": _t("Keep at least one category."),
        "category_not_found": _t("This category is no longer in the list."),
        "complaint_not_found": _t("This complaint no longer exists."),
        "faq_unresolved": _t("Only a resolved complaint can become an FAQ entry."),
        "faq_not_found": _t("This FAQ entry no longer exists."),
    }
