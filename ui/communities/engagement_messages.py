"""Sentences for the error codes of community activity and engagement levels
(models/communities/activity.py, engagement.py); ui/messages.py adds them to the rest."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.text import fill


def messages(params: dict) -> dict[str, str]:
    name = params.get("name", "")
    return {
        "activity_kind_invalid": fill(
            QCoreApplication.translate(
                "Labels",
                "“%1” is not a kind of activity: message, post, answer, invite, "
                "attend, organise or purchase.",
            ),
            params.get("text", ""),
        ),  # fmt: skip
        "activity_count_invalid": fill(
            QCoreApplication.translate("Labels", "The count must be a whole number from 1 to %1."),
            params.get("limit", 100000),
        ),
        "activity_day_future": QCoreApplication.translate(
            "Labels", "Activity cannot be recorded for a day in the future."
        ),
        "activity_no_customers": QCoreApplication.translate(
            "Labels", "Choose at least one member."
        ),
        "activity_customer_missing": fill(
            QCoreApplication.translate("Labels", "There is no customer %1."), params.get("id", "")
        ),
        "activity_customer_deleted": fill(
            QCoreApplication.translate(
                "Labels", "%1 is in the recycle bin: restore them first. Nothing was recorded."
            ),
            name,
        ),
        "activity_not_member": fill(
            QCoreApplication.translate(
                "Labels", "%1 is not a member of %2 on %3. Nothing was recorded."
            ),
            name,
            params.get("community", ""),
            params.get("day", ""),
        ),  # fmt: skip
        "community_not_found": fill(
            QCoreApplication.translate("Labels", "There is no community %1."), params.get("id", "")
        ),
        "weight_invalid": fill(
            QCoreApplication.translate("Labels", "A weight is a number from 0 to %1."),
            params.get("limit", 1000),
        ),
        "level_invalid": QCoreApplication.translate(
            "Labels", "Choose a level: core, active, participant, watcher or silent."
        ),
        "trend_invalid": QCoreApplication.translate("Labels", "Choose up or down."),
    }
