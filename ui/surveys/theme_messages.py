"""Sentences for the survey themes' error codes (models/surveys/theme_pins.py and
themes.py); ui/messages.py adds them to the rest, and the CLI says them in Chinese
through it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.text import fill


def messages(params: dict) -> dict[str, str]:
    text = str(params.get("text", ""))
    limit = params.get("limit", "")
    return {
        "theme_name_required": QCoreApplication.translate(
            "SurveyThemes", "Enter the theme's name (价格, 服务...)."),
        "theme_name_taken": fill(QCoreApplication.translate(
            "SurveyThemes", "This survey has a theme named %1 already."), params.get("name", "")),
        "theme_terms_required": QCoreApplication.translate(
            "SurveyThemes", "Enter the theme's terms, separated by commas (价格,贵,便宜)."),
        "theme_terms_many": fill(QCoreApplication.translate(
            "SurveyThemes", "A theme has at most %1 terms."), limit),
        "theme_term_long": fill(QCoreApplication.translate(
            "SurveyThemes", "The term “%1” is longer than %2 characters."), text, limit),
        "theme_not_found": fill(QCoreApplication.translate(
            "SurveyThemes", "This survey has no theme “%1”."), params.get("name", "")),
        "theme_category_invalid": fill(QCoreApplication.translate(
            "SurveyThemes", "“%1” is not a category: use promoters, passives or detractors."),
            text),
        "theme_top_invalid": fill(QCoreApplication.translate(
            "SurveyThemes", "“%1” is not a valid number here: use a whole number from %2 to %3."),
            text, params.get("low", ""), params.get("high", "")),
    }  # fmt: skip
