"""Sentences for the automation rules' refusals (models/automation: definitions, rules,
runner, runs), by code, for the window and the Chinese CLI."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.text import fill


def messages(params: dict) -> dict[str, str]:
    name = str(params.get("name", ""))
    return {
        "rule_text": fill(
            QCoreApplication.translate("AutomationMessages", "“%1” must be text."), name
        ),
        "rule_choice": fill(
            QCoreApplication.translate("AutomationMessages", "“%1” is not one of the choices."),
            name,
        ),
        "rule_number": fill(
            QCoreApplication.translate("AutomationMessages", "“%1” must be a whole number."), name
        ),
        "rule_range": fill(
            QCoreApplication.translate("AutomationMessages", "“%1” is out of range."), name
        ),
        "rule_unknown": fill(
            QCoreApplication.translate("AutomationMessages", "“%1” is not a setting of this rule."),
            name,
        ),
        "rule_missing": fill(
            QCoreApplication.translate("AutomationMessages", "“%1” is required."), name
        ),
        "rule_trigger": QCoreApplication.translate(
            "AutomationMessages", "Choose what starts the rule."
        ),
        "rule_condition": QCoreApplication.translate(
            "AutomationMessages", "A condition is not complete."
        ),
        "rule_field": fill(
            QCoreApplication.translate("AutomationMessages", "There is no field “%1”."), name
        ),
        "rule_op": fill(
            QCoreApplication.translate("AutomationMessages", "This comparison does not fit “%1”."),
            name,
        ),
        "rule_action": QCoreApplication.translate("AutomationMessages", "Choose an action."),
        "rule_no_action": QCoreApplication.translate(
            "AutomationMessages", "A rule needs 1 to 10 actions."
        ),
        "rule_json": QCoreApplication.translate(
            "AutomationMessages", "This is not a rule in JSON."
        ),
        "rule_gone": QCoreApplication.translate(
            "AutomationMessages", "The rule names a tag, field or level that no longer exists."
        ),
        "rule_id": QCoreApplication.translate("AutomationMessages", "This is not a rule number."),
        "rule_not_found": QCoreApplication.translate(
            "AutomationMessages", "There is no such rule."
        ),
        "run_id": QCoreApplication.translate("AutomationMessages", "This is not a run number."),
        "run_not_found": QCoreApplication.translate("AutomationMessages", "There is no such run."),
        "run_undone": QCoreApplication.translate(
            "AutomationMessages", "This run was undone already."
        ),
        "rule_file": QCoreApplication.translate(
            "AutomationMessages", "The rule's file cannot be read."
        ),
    }
