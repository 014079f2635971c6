"""Sentences for the surveys' error codes (models/surveys/); ui/messages.py adds them to
the rest, and the CLI says them in Chinese through it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.text import fill


def messages(params: dict) -> dict[str, str]:
    text = str(params.get("text", ""))
    return {
        "survey_name_required": QCoreApplication.translate("Surveys", "Enter the survey's name."),
        "survey_name_taken": fill(QCoreApplication.translate(
            "Surveys", "There is a survey named %1 already."), params.get("name", "")),
        "survey_kind_invalid": fill(QCoreApplication.translate(
            "Surveys", "“%1” is not a survey type: use nps, csat, ces or custom."), text),
        "survey_period_order": QCoreApplication.translate(
            "Surveys", "The period ends before it starts."),
        "survey_date_invalid": fill(QCoreApplication.translate(
            "Surveys", "“%1” is not a date: write it like 2026-12-01."), text),
        "survey_not_found": QCoreApplication.translate("Surveys", "There is no such survey."),
        "score_out_of_scale": fill(QCoreApplication.translate(
            "Surveys", "The score must be a whole number from %1 to %2."),
            params.get("low", ""), params.get("high", "")),
        "answer_time_invalid": fill(QCoreApplication.translate(
            "Surveys", "“%1” is not a time: write it like 2026-12-01 09:30."), text),
        "answer_duplicate": fill(QCoreApplication.translate(
            "Surveys", "This customer already answered this survey at %1: nothing was written."),
            text),
        "answer_not_found": QCoreApplication.translate(
            "Surveys", "This answer no longer exists."),
        "score_by_invalid": fill(QCoreApplication.translate(
            "Surveys", "“%1” is not a grouping for scores."), text),
        "survey_kind_answered": QCoreApplication.translate(
            "Surveys", "The survey has answers: its type can no longer change."),
        "survey_has_answers": QCoreApplication.translate(
            "Surveys", "The survey has answers: archive it instead of deleting it."),
        "survey_target_invalid": fill(QCoreApplication.translate(
            "Surveys", "“%1” is not a target group."), text),
        "survey_target_required": QCoreApplication.translate(
            "Surveys", "Choose the target group's tag, saved view or community."),
        "answer_anonymous": QCoreApplication.translate(
            "Surveys", "An anonymous answer has no customer to file a complaint for."),
        "answer_not_detractor": QCoreApplication.translate(
            "Surveys", "Only a detractor's answer is turned into a complaint."),
        "answer_has_complaint": fill(QCoreApplication.translate(
            "Surveys", "This answer is complaint #%1 already."), params.get("id", "")),
        "answer_customer_required": QCoreApplication.translate(
            "Surveys", "Find the customer first (or tick Anonymous)."),
    }  # fmt: skip
