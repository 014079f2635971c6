"""The surveys' codes in words: types, target groups, answer categories, sources."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ui import formatting
from ui.text import fill


def kind_labels() -> dict[str, str]:
    return {
        "nps": QCoreApplication.translate("Surveys", "NPS (0-10)"),
        "csat": QCoreApplication.translate("Surveys", "Satisfaction CSAT (1-5)"),
        "ces": QCoreApplication.translate("Surveys", "Effort CES (1-7)"),
        "custom": QCoreApplication.translate("Surveys", "Custom rating (0-10)"),
    }


def target_labels() -> dict[str, str]:
    return {
        "": QCoreApplication.translate("Surveys", "No list"),
        "tag": QCoreApplication.translate("Surveys", "Customers with a tag"),
        "view": QCoreApplication.translate("Surveys", "A saved view"),
        "community": QCoreApplication.translate("Surveys", "Members of a community"),
        "buyers": QCoreApplication.translate("Surveys", "Buyers of a period"),
        "complainants": QCoreApplication.translate(
            "Surveys", "Complainants after their return visit"),
    }  # fmt: skip


def category_labels() -> dict[str, str]:
    return {
        "promoter": QCoreApplication.translate("Surveys", "Promoter"),
        "passive": QCoreApplication.translate("Surveys", "Passive"),
        "detractor": QCoreApplication.translate("Surveys", "Detractor"),
    }


def source_label(code: str) -> str:
    if code == "import":
        return QCoreApplication.translate("Surveys", "Imported")
    return QCoreApplication.translate("Surveys", "Typed in")


def period_text(first, last) -> str:
    """ "2026-12-01 – 2026-12-31", open ends said as such; "" for no period."""
    first, last = (dt.date.fromisoformat(d) if isinstance(d, str) and d else d
                   for d in (first, last))  # fmt: skip
    if not first and not last:
        return ""
    if first and last:
        return f"{formatting.date_text(first)} – {formatting.date_text(last)}"
    if first:
        return fill(QCoreApplication.translate("Surveys", "from %1"), formatting.date_text(first))
    return fill(QCoreApplication.translate("Surveys", "until %1"), formatting.date_text(last))


def score_text(row: dict) -> str:
    """The survey's main figure: "NPS 42.0 ±9.8 (120)", "CSAT 80.0% (30)", "CES 5.20 (12)";
    "—" without answers. `row` is models.surveys.scores.score's object."""
    n = formatting.number(row["answers"])
    kind = row["type"]
    if not row["answers"]:
        return "—"
    if kind == "csat":
        return fill(QCoreApplication.translate("Surveys", "CSAT %1% (%2)"),
                    formatting.number(row["csat"], 1), n)  # fmt: skip
    if kind == "ces":
        return fill(QCoreApplication.translate("Surveys", "CES %1 (%2)"),
                    formatting.number(row["ces"], 2), n)  # fmt: skip
    return fill(QCoreApplication.translate("Surveys", "NPS %1 ±%2 (%3)"),
                formatting.number(row["nps"], 1), formatting.number(row["margin"], 1), n)  # fmt: skip
