"""The funnel's words: its stages, its splits, its refusals (ui/messages.py reads these)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.text import fill


def stage_label(code: str) -> str:
    return {
        "lead": QCoreApplication.translate("Funnel", "Acquired"),
        "qualified": QCoreApplication.translate("Funnel", "Qualified"),
        "contact": QCoreApplication.translate("Funnel", "In contact"),
        "purchase": QCoreApplication.translate("Funnel", "First purchase"),
        "repeat": QCoreApplication.translate("Funnel", "Repeat buyer or member"),
        "referral": QCoreApplication.translate("Funnel", "Referred someone"),
    }.get(code, code)


def split_label(code: str) -> str:
    return {
        "": QCoreApplication.translate("Funnel", "All customers"),
        "channel": QCoreApplication.translate("Funnel", "By source channel"),
        "staff": QCoreApplication.translate("Funnel", "By owner"),
        "event": QCoreApplication.translate("Funnel", "By event attended"),
        "community": QCoreApplication.translate("Funnel", "By community"),
    }.get(code, code)


def messages(params: dict) -> dict[str, str]:
    """Sentences for the funnel's and its costs' codes (models/insights/funnel*.py)."""
    return {
        "funnel_split": fill(
            QCoreApplication.translate(
                "Funnel", "“%1” is not a split: use channel, staff, event or community."
            ),
            params.get("text", ""),
        ),
        "funnel_stage": fill(
            QCoreApplication.translate("Funnel", "“%1” is not a funnel stage."),
            params.get("text", ""),
        ),
        "roi_split": fill(
            QCoreApplication.translate("Funnel", "“%1” is not a split: use channel or event."),
            params.get("text", ""),
        ),
        "period_order": QCoreApplication.translate("Funnel", "The period ends before it starts."),
        "cost_negative": QCoreApplication.translate("Funnel", "A cost cannot be negative."),
        "cost_target": QCoreApplication.translate(
            "Funnel", "A cost is for one source channel or one event."
        ),
        "channel_unknown": fill(
            QCoreApplication.translate("Funnel", "“%1” is not a source channel: use one of %2."),
            params.get("text", ""),
            params.get("choices", ""),
        ),
        "cost_not_found": QCoreApplication.translate("Funnel", "There is no such cost."),
    }
