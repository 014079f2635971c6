"""The words of rules: triggers, conditions, actions and their settings, in the user's
language (the codes are models/automation/definitions.py's)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Automation", text)


def trigger_label(code: str) -> str:
    return {
        "customer_created": _t("Customer created or imported"),
        "tag_added": _t("Tag added"),
        "tag_removed": _t("Tag removed"),
        "stage_changed": _t("Lifecycle stage changed"),
        "segment_changed": _t("RFM segment changed"),
        "lead_grade_changed": _t("Lead grade changed"),
        "purchase": _t("Purchase recorded"),
        "complaint_closed": _t("Complaint closed"),
        "survey_answer": _t("Survey answer"),
        "community_joined": _t("Joined a community"),
        "community_left": _t("Left a community"),
        "event_attended": _t("Attended an event"),
        "event_no_show": _t("Did not come to an event"),
        "level_changed": _t("Member level changed"),
        "points_below": _t("Points fell below"),
        "points_above": _t("Points rose above"),
        "balance_below": _t("Stored value fell below (fen)"),
        "balance_above": _t("Stored value rose above (fen)"),
        "no_purchase": _t("No purchase for N days"),
        "no_contact": _t("No contact for N days"),
        "birthday": _t("Birthday in N days"),
    }.get(code, code)


def action_label(code: str) -> str:
    return {
        "add_tag": _t("Add tag"),
        "remove_tag": _t("Remove tag"),
        "followup": _t("Plan a follow-up"),
        "assign_owner": _t("Assign owner"),
        "set_stage": _t("Set lifecycle stage"),
        "join_community": _t("Add to community"),
        "grant_points": _t("Grant points"),
        "note": _t("Write a note"),
    }.get(code, code)


def setting_label(name: str) -> str:
    return {
        "tag": _t("Tag"),
        "to": _t("To"),
        "which": _t("Which purchase"),
        "n": _t("Nth"),
        "above": _t("Above (fen)"),
        "category": _t("Category"),
        "community": _t("Community id"),
        "event": _t("Event id"),
        "points": _t("Points"),
        "fen": _t("Fen"),
        "days": _t("Days"),
        "subject": _t("Subject"),
        "due_days": _t("Due in days"),
        "channel": _t("Channel"),
        "owner": _t("Owner"),
        "stage": _t("Stage"),
        "reason": _t("Reason"),
        "text": _t("Text"),
    }.get(name, name)


def op_label(code: str) -> str:
    return {
        "is": _t("is"),
        "is_not": _t("is not"),
        "contains": _t("contains"),
        "empty": _t("is empty"),
        "not_empty": _t("is not empty"),
        "eq": "=",
        "ne": "≠",
        "gt": ">",
        "gte": "≥",
        "lt": "<",
        "lte": "≤",
        "has": _t("has"),
        "lacks": _t("lacks"),
    }.get(code, code)


def field_label(code: str) -> str:
    return {
        "total_spend": _t("Total spend (fen)"),
        "purchase_count": _t("Purchases"),
        "days_since_purchase": _t("Days since last purchase"),
        "days_since_contact": _t("Days since last contact"),
        "tag_count": _t("Number of tags"),
        "tag": _t("Tag"),
        "segment": _t("RFM segment"),
        "level": _t("Member level"),
    }.get(code, code)


def cause_label(code: str) -> str:
    return {"events": _t("Changes"), "sweep": _t("Hourly check")}.get(code, code)
