"""The words of rules: triggers, conditions, actions and their settings, in the user's
language (the codes are models/automation/definitions.py's)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def trigger_label(code: str) -> str:
    return {
        "customer_created": QCoreApplication.translate(
            "Automation", "Customer created or imported"
        ),
        "tag_added": QCoreApplication.translate("Automation", "Tag added"),
        "tag_removed": QCoreApplication.translate("Automation", "Tag removed"),
        "stage_changed": QCoreApplication.translate("Automation", "Lifecycle stage changed"),
        "segment_changed": QCoreApplication.translate("Automation", "RFM segment changed"),
        "lead_grade_changed": QCoreApplication.translate("Automation", "Lead grade changed"),
        "purchase": QCoreApplication.translate("Automation", "Purchase recorded"),
        "complaint_closed": QCoreApplication.translate("Automation", "Complaint closed"),
        "survey_answer": QCoreApplication.translate("Automation", "Survey answer"),
        "community_joined": QCoreApplication.translate("Automation", "Joined a community"),
        "community_left": QCoreApplication.translate("Automation", "Left a community"),
        "event_attended": QCoreApplication.translate("Automation", "Attended an event"),
        "event_no_show": QCoreApplication.translate("Automation", "Did not come to an event"),
        "level_changed": QCoreApplication.translate("Automation", "Member level changed"),
        "points_below": QCoreApplication.translate("Automation", "Points fell below"),
        "points_above": QCoreApplication.translate("Automation", "Points rose above"),
        "balance_below": QCoreApplication.translate("Automation", "Stored value fell below"),
        "balance_above": QCoreApplication.translate("Automation", "Stored value rose above"),
        "no_purchase": QCoreApplication.translate("Automation", "No purchase for N days"),
        "no_contact": QCoreApplication.translate("Automation", "No contact for N days"),
        "birthday": QCoreApplication.translate("Automation", "Birthday in N days"),
    }.get(code, code)


def action_label(code: str) -> str:
    return {
        "add_tag": QCoreApplication.translate("Automation", "Add tag"),
        "remove_tag": QCoreApplication.translate("Automation", "Remove tag"),
        "followup": QCoreApplication.translate("Automation", "Plan a follow-up"),
        "assign_owner": QCoreApplication.translate("Automation", "Assign owner"),
        "set_stage": QCoreApplication.translate("Automation", "Set lifecycle stage"),
        "join_community": QCoreApplication.translate("Automation", "Add to community"),
        "invite_event": QCoreApplication.translate("Automation", "Invite to an event"),
        "grant_points": QCoreApplication.translate("Automation", "Grant points"),
        "note": QCoreApplication.translate("Automation", "Write a note"),
    }.get(code, code)


def setting_label(name: str) -> str:
    return {
        "tag": QCoreApplication.translate("Automation", "Tag"),
        "to": QCoreApplication.translate("Automation", "To"),
        "which": QCoreApplication.translate("Automation", "Which purchase"),
        "n": QCoreApplication.translate("Automation", "Nth"),
        "above": QCoreApplication.translate("Automation", "Above"),
        "category": QCoreApplication.translate("Automation", "Category"),
        "community": QCoreApplication.translate("Automation", "Community id"),
        "event": QCoreApplication.translate("Automation", "Event id"),
        "points": QCoreApplication.translate("Automation", "Points"),
        "fen": QCoreApplication.translate("Automation", "Amount"),
        "days": QCoreApplication.translate("Automation", "Days"),
        "subject": QCoreApplication.translate("Automation", "Subject"),
        "due_days": QCoreApplication.translate("Automation", "Due in days"),
        "channel": QCoreApplication.translate("Automation", "Channel"),
        "owner": QCoreApplication.translate("Automation", "Owner"),
        "stage": QCoreApplication.translate("Automation", "Stage"),
        "reason": QCoreApplication.translate("Automation", "Reason"),
        "text": QCoreApplication.translate("Automation", "Text"),
    }.get(name, name)


def op_label(code: str) -> str:
    return {
        "is": QCoreApplication.translate("Automation", "is"),
        "is_not": QCoreApplication.translate("Automation", "is not"),
        "contains": QCoreApplication.translate("Automation", "contains"),
        "empty": QCoreApplication.translate("Automation", "is empty"),
        "not_empty": QCoreApplication.translate("Automation", "is not empty"),
        "eq": "=",
        "ne": "≠",
        "gt": ">",
        "gte": "≥",
        "lt": "<",
        "lte": "≤",
        "has": QCoreApplication.translate("Automation", "has"),
        "lacks": QCoreApplication.translate("Automation", "lacks"),
    }.get(code, code)


def field_label(code: str) -> str:
    return {
        "total_spend": QCoreApplication.translate("Automation", "Total spend (¥)"),
        "purchase_count": QCoreApplication.translate("Automation", "Purchases"),
        "days_since_purchase": QCoreApplication.translate("Automation", "Days since last purchase"),
        "days_since_contact": QCoreApplication.translate("Automation", "Days since last contact"),
        "tag_count": QCoreApplication.translate("Automation", "Number of tags"),
        "tag": QCoreApplication.translate("Automation", "Tag"),
        "segment": QCoreApplication.translate("Automation", "RFM segment"),
        "level": QCoreApplication.translate("Automation", "Member level"),
    }.get(code, code)


def cause_label(code: str) -> str:
    return {
        "events": QCoreApplication.translate("Automation", "Changes"),
        "sweep": QCoreApplication.translate("Automation", "Hourly check"),
    }.get(code, code)


def which_label(code: str) -> str:
    return {
        "any": QCoreApplication.translate("Automation", "Any purchase"),
        "first": QCoreApplication.translate("Automation", "The first purchase"),
        "nth": QCoreApplication.translate("Automation", "The Nth purchase"),
    }.get(code, code)
