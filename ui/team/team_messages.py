"""Sentences for the staff list's and the lead pool's error codes (models/team,
models/leads)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.text import fill


def messages(params: dict) -> dict[str, str]:
    name = params.get("name", "")
    return {
        "staff_unknown": fill(QCoreApplication.translate(
            "Team", "“%1” is not on the staff list: add them in Settings > Team… first."), name),
        "staff_inactive": fill(QCoreApplication.translate(
            "Team", "“%1” is no longer active: choose an active staff member."), name),
        "staff_taken": fill(QCoreApplication.translate(
            "Team", "“%1” is already on the staff list."), name),
        "staff_not_found": fill(QCoreApplication.translate(
            "Team", "There is no staff member “%1”."), name),
        "not_a_lead": QCoreApplication.translate(
            "Team", "Only leads (stage 潜在客户) can be assigned or put back in the pool."),
        "no_grades": QCoreApplication.translate(
            "Team", "Leads have no grades yet: lead scoring is not installed."),
        "pool_and_owner": QCoreApplication.translate(
            "Team", "The pool's leads have no owner: show the pool or one person's leads."),
        "rule_taken": fill(QCoreApplication.translate(
            "Team", "A rule named “%1” exists already."), name),
        "rule_or_to": QCoreApplication.translate(
            "Team", "Choose a rule, or a staff member and the leads."),
    }  # fmt: skip
