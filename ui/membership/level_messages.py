"""Sentences for the levels' and earning's error codes (models/membership/levels.py,
level_rules.py, earning.py); ui/messages.py adds them to the rest, and the CLI says
them in Chinese through it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.text import fill


def field_word(code: str) -> str:
    return {
        "rank": QCoreApplication.translate("Levels", "Rank"),
        "threshold": QCoreApplication.translate("Levels", "Threshold"),
        "period_days": QCoreApplication.translate("Levels", "Period (days)"),
        "valid_days": QCoreApplication.translate("Levels", "Valid for (days)"),
        "grace_days": QCoreApplication.translate("Levels", "Grace (days)"),
        "discount_permille": QCoreApplication.translate("Levels", "Discount"),
        "points_multiplier_permille": QCoreApplication.translate("Levels", "Points multiplier"),
        "free_items_month": QCoreApplication.translate("Levels", "Free items a month"),
    }.get(code, code)


def messages(params: dict) -> dict[str, str]:
    name = str(params.get("name", ""))
    field = field_word(str(params.get("field_name", "")))
    return {
        "level_name_required": QCoreApplication.translate("Levels", "Enter the level's name."),
        "level_name_taken": fill(QCoreApplication.translate(
            "Levels", "There is a level named %1 already."), name),
        "level_rank_taken": fill(QCoreApplication.translate(
            "Levels", "Level %1 has this rank already: each level needs its own rank."), name),
        "level_threshold_order": fill(QCoreApplication.translate(
            "Levels", "A higher rank needs a higher threshold than level %1 (measured the"
            " same way)."), name),
        "level_basis_invalid": QCoreApplication.translate(
            "Levels", "A level is reached by points earned or by spend."),
        "level_number_invalid": fill(QCoreApplication.translate(
            "Levels", "%1: enter a number."), field),
        "level_number_range": fill(QCoreApplication.translate(
            "Levels", "%1: a number from %2 to %3."), field, params.get("low", ""),
            params.get("high", "")),
        "level_not_found": fill(QCoreApplication.translate(
            "Levels", "There is no level %1."), params.get("id", "")),
        "level_archived": fill(QCoreApplication.translate(
            "Levels", "Level %1 is archived."), name),
        "level_archived_same": fill(QCoreApplication.translate(
            "Levels", "Level %1 is already so."), name),
        "level_in_use": fill(QCoreApplication.translate(
            "Levels", "%1 members hold level %2: recompute or move them first."),
            params.get("count", ""), name),
        "level_not_locked": QCoreApplication.translate(
            "Levels", "This member's level is not locked."),
        "task_no_points": QCoreApplication.translate(
            "Levels", "No points are set for this task: set them in the level rules."),
        "attendance_no_points": QCoreApplication.translate(
            "Levels", "No points are set for attending an event: set them in the level rules."),
        "attendance_rewarded": QCoreApplication.translate(
            "Levels", "Points for this event were earned already."),
    }  # fmt: skip
