"""Sentences for the automation rules' refusals (models/automation: definitions, rules,
runner, runs), by code, for the window and the Chinese CLI."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.text import fill


def _t(text: str) -> str:
    return QCoreApplication.translate("AutomationMessages", text)


def messages(params: dict) -> dict[str, str]:
    name = str(params.get("name", ""))
    return {
        "rule_text": fill(_t("“%1” must be text."), name),
        "rule_choice": fill(_t("“%1” is not one of the choices."), name),
        "rule_number": fill(_t("“%1” must be a whole number."), name),
        "rule_range": fill(_t("“%1” is out of range."), name),
        "rule_unknown": fill(_t("“%1” is not a setting of this rule."), name),
        "rule_missing": fill(_t("“%1” is required."), name),
        "rule_trigger": _t("Choose what starts the rule."),
        "rule_condition": _t("A condition is not complete."),
        "rule_field": fill(_t("There is no field “%1”."), name),
        "rule_op": fill(_t("This comparison does not fit “%1”."), name),
        "rule_action": _t("Choose an action."),
        "rule_no_action": _t("A rule needs 1 to 10 actions."),
        "rule_json": _t("This is not a rule in JSON."),
        "rule_gone": _t("The rule names a tag, field or level that no longer exists."),
        "rule_id": _t("This is not a rule number."),
        "rule_not_found": _t("There is no such rule."),
        "run_id": _t("This is not a run number."),
        "run_not_found": _t("There is no such run."),
        "run_undone": _t("This run was undone already."),
        "rule_file": _t("The rule's file cannot be read."),
    }
