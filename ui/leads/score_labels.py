"""The words of lead scoring (issue 28), one place for the detail panel, the settings
dialog and the CLI: a breakdown part's reason ("经理 +15" says 职位 经理), the behaviours'
names, the grades, and the sentences for a refused scoring model."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.leads.scoring import Part
from ui.text import fill


def behaviour_label(code: str) -> str:
    return {
        "event": QCoreApplication.translate("LeadScores", "Came to an event"),
        "store": QCoreApplication.translate("LeadScores", "Visited the store"),
        "price": QCoreApplication.translate("LeadScores", "Asked for a price"),
        "download": QCoreApplication.translate("LeadScores", "Downloaded material"),
        "survey": QCoreApplication.translate("LeadScores", "Answered a survey"),
        "community": QCoreApplication.translate("LeadScores", "Active in a community"),
    }.get(code, code)


def part_reason(part: Part) -> str:
    """What earned the points, without them: "Job title 经理", "Visited the store ×2"."""
    if part.kind == "job_title":
        return fill(QCoreApplication.translate("LeadScores", "Job title %1"), part.detail)
    if part.kind == "mobile":
        return QCoreApplication.translate("LeadScores", "Valid mobile")
    if part.kind == "need":
        return fill(QCoreApplication.translate("LeadScores", "Need stated (%1)"), part.detail)
    if part.kind == "size":
        return fill(QCoreApplication.translate("LeadScores", "Company size %1"), part.detail)
    if part.kind == "region":
        return fill(QCoreApplication.translate("LeadScores", "Region %1"), part.detail)
    text = fill(
        QCoreApplication.translate("LeadScores", "%1 ×%2"), behaviour_label(part.kind), part.count
    )
    if part.capped:
        text = fill(QCoreApplication.translate("LeadScores", "%1 (capped)"), text)
    return text


def part_text(part: Part) -> str:
    """A part with its points: "Job title 经理 +15"."""
    return f"{part_reason(part)} +{part.points}"


def breakdown(score: int, parts) -> str:
    """ "Why 72: Job title 经理 +15, Valid mobile +10, ..." (no parts: "No points yet")."""
    if not parts:
        return fill(QCoreApplication.translate("LeadScores", "Why %1: no points yet"), score)
    return fill(
        QCoreApplication.translate("LeadScores", "Why %1: %2"),
        score,
        QCoreApplication.translate("LeadScores", ", ").join(part_text(p) for p in parts),
    )


def grade_label(grade: str) -> str:
    """The grade as the list shows it ('' for a customer who is not a lead)."""
    return grade


def setting_label(key: str) -> str:
    """A scoring setting as the settings dialog names it ("behaviours.event.weight":
    "Came to an event, points"), for the refusals; an unknown key as it is."""
    head, _, rest = str(key or "").partition(".")
    if head == "behaviours" and rest:
        name, _, part = rest.partition(".")
        label = behaviour_label(name)
        parts = {
            "weight": QCoreApplication.translate("LeadScores", "%1, weight"),
            "half_life": QCoreApplication.translate("LeadScores", "%1, half-life"),
            "cap": QCoreApplication.translate("LeadScores", "%1, cap"),
        }
        return fill(parts[part], label) if part in parts else label
    if head == "grades" and rest:
        return fill(QCoreApplication.translate("LeadScores", "Grade %1 from"), rest)
    return {
        "job_titles": QCoreApplication.translate("LeadScores", "Job titles"),
        "mobile": QCoreApplication.translate("LeadScores", "Valid mobile"),
        "need_field": QCoreApplication.translate("LeadScores", "Need field"),
        "need": QCoreApplication.translate("LeadScores", "Need stated"),
        "size_field": QCoreApplication.translate("LeadScores", "Company size field"),
        "sizes": QCoreApplication.translate("LeadScores", "Company sizes"),
        "regions": QCoreApplication.translate("LeadScores", "Regions"),
        "behaviours": QCoreApplication.translate("LeadScores", "Behaviour"),
        "grades": QCoreApplication.translate("LeadScores", "Grades"),
        "model": QCoreApplication.translate("LeadScores", "Scoring model"),
    }.get(key, key)


def error_text(exc) -> str:
    """A refused scoring model, in the user's language, naming the setting."""
    params = getattr(exc, "params", {}) or {}
    code = getattr(exc, "code", "")
    name = setting_label(params.get("field_name", getattr(exc, "field", "")))
    texts = {
        "half_life_range": fill(
            QCoreApplication.translate(
                "LeadScores", "%1: a number of days above 0 (at most 3650)."
            ),
            name,
        ),
        "grades_order": fill(
            QCoreApplication.translate(
                "LeadScores",
                "The grade thresholds must fall: A (%1) above B (%2) above C (%3) above 0.",
            ),
            params.get("a", ""),
            params.get("b", ""),
            params.get("c", ""),
        ),  # fmt: skip
        "score_not_number": fill(
            QCoreApplication.translate("LeadScores", "%1: enter a number."), name
        ),
        "score_not_whole": fill(
            QCoreApplication.translate("LeadScores", "%1: points are whole numbers."), name
        ),
        "score_out_of_range": fill(
            QCoreApplication.translate("LeadScores", "%1: points are 0 to 1000."), name
        ),
        "score_duplicate": fill(
            QCoreApplication.translate("LeadScores", "%1: “%2” is there twice."),
            name,
            params.get("key", ""),
        ),
        "score_empty_key": fill(
            QCoreApplication.translate("LeadScores", "%1: an entry has no name."), name
        ),
        "score_bad_list": fill(
            QCoreApplication.translate("LeadScores", "%1: entries are written as name=points."),
            name,
        ),
        "score_unknown": fill(
            QCoreApplication.translate("LeadScores", "“%1” is not part of the scoring model."),
            params.get("key", ""),
        ),
        "too_long": fill(
            QCoreApplication.translate("LeadScores", "%1: this text is too long."), name
        ),
    }
    return texts.get(code, str(exc))
