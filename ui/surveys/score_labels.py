"""The words and colours of survey scores (issue 27), one place for the scores view, the
dashboard's card, the customer card, the timeline and the Excel report: the category of
an answer (NPS promoter/passive/detractor; CSAT satisfied/neutral/dissatisfied; CES low,
medium, high effort) with its colour, the segments a score is grouped by, and the
report's headings."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from models.surveys.tables import SCALES
from ui import formatting, labels, style
from ui.text import fill

# each category's colour (ui.style names): green, amber, red; as a badge's background
# and as text (the timeline)
CATEGORY_COLORS = {"promoter": "SUCCESS", "passive": "WARNING", "detractor": "DANGER_BADGE"}
CATEGORY_TEXT_COLORS = {"promoter": "SUCCESS", "passive": "WARNING", "detractor": "ERROR"}


@dataclass(frozen=True)
class Reference:
    """A reference band on a score's chart: the industry's NPS levels."""

    low: float
    high: float
    label: str
    color: str  # a ui.style name (SUCCESS, WARNING...)


SEGMENTS = ("segment", "stage", "tag", "community", "level", "channel", "owner")


def kind_label(kind: str) -> str:
    return {
        "nps": "NPS",
        "csat": "CSAT",
        "ces": "CES",
        "custom": QCoreApplication.translate("SurveyScores", "Custom"),
    }.get(kind, kind)


def category_label(kind: str, category: str) -> str:
    """promoter, passive or detractor in the words of the survey's kind."""
    if kind == "csat":
        words = {
            "promoter": QCoreApplication.translate("SurveyScores", "Satisfied"),
            "passive": QCoreApplication.translate("SurveyScores", "Neutral"),
            "detractor": QCoreApplication.translate("SurveyScores", "Dissatisfied"),
        }
    elif kind == "ces":
        words = {
            "promoter": QCoreApplication.translate("SurveyScores", "Low effort"),
            "passive": QCoreApplication.translate("SurveyScores", "Medium effort"),
            "detractor": QCoreApplication.translate("SurveyScores", "High effort"),
        }
    else:
        words = {
            "promoter": QCoreApplication.translate("SurveyScores", "Promoter"),
            "passive": QCoreApplication.translate("SurveyScores", "Passive"),
            "detractor": QCoreApplication.translate("SurveyScores", "Detractor"),
        }
    return words.get(category, category)


def category_color(category: str, text: bool = False) -> str:
    """The colour (of the theme in force) of an answer of `category`: a badge's
    background, or with `text` the colour of a text."""
    names = CATEGORY_TEXT_COLORS if text else CATEGORY_COLORS
    return getattr(style, names.get(category, "HINT" if text else "TAG_DEFAULT"))


def score_text(answer: dict) -> str:
    """ "9/10 · Promoter": an answer's score on its scale and its category."""
    top = SCALES.get(answer["kind"], SCALES["nps"])[1]
    return f"{answer['score']}/{top} · {category_label(answer['kind'], answer['category'])}"


def timeline_text(answer: dict) -> str:
    """A timeline entry: when, the survey, the score and category; the comment below."""
    when = formatting.datetime_text(answer["answered_at"])
    head = fill(QCoreApplication.translate("SurveyScores", "Survey %1"), answer["survey"])
    text = f"{when}  {head} · {score_text(answer)}"
    return f"{text}\n{answer['comment']}" if answer["comment"] else text


def segment_names() -> dict[str, str]:
    """What a score can be grouped by, in the order offered."""
    return {
        "segment": QCoreApplication.translate("SurveyScores", "RFM segment"),
        "stage": QCoreApplication.translate("SurveyScores", "Lifecycle stage"),
        "tag": QCoreApplication.translate("SurveyScores", "Tag"),
        "community": QCoreApplication.translate("SurveyScores", "Community"),
        "level": QCoreApplication.translate("SurveyScores", "Member level"),
        "channel": QCoreApplication.translate("SurveyScores", "Source channel"),
        "owner": QCoreApplication.translate("SurveyScores", "Owner"),
    }


def group_label(by: str, code: str) -> str:
    """A group's name as a reader takes it: RFM segments, stages and channels are codes."""
    if not code:
        return QCoreApplication.translate("SurveyScores", "(none)")
    if by == "segment":
        return labels.segment_label(code)
    if by == "stage":
        return labels.stage_label(code)
    if by == "channel":
        return labels.source_label(code)
    return code


def report_words() -> dict[str, str]:
    """The Excel report's words (models/excel/survey_report.py) in the user's language."""
    words = {
        "summary": QCoreApplication.translate("SurveyScores", "Summary"),
        "answers_sheet": QCoreApplication.translate("SurveyScores", "Every answer"),
        "survey": QCoreApplication.translate("SurveyScores", "Survey"),
        "type": QCoreApplication.translate("SurveyScores", "Type"),
        "period": QCoreApplication.translate("SurveyScores", "Period"),
        "all": QCoreApplication.translate("SurveyScores", "All answers"),
        "overall": QCoreApplication.translate("SurveyScores", "Overall"),
        "month": QCoreApplication.translate("SurveyScores", "Month"),
        "date": QCoreApplication.translate("SurveyScores", "Date"),
        "customer": QCoreApplication.translate("SurveyScores", "Customer"),
        "score": QCoreApplication.translate("SurveyScores", "Score"),
        "category": QCoreApplication.translate("SurveyScores", "Category"),
        "comment": QCoreApplication.translate("SurveyScores", "Comment"),
        "channel": QCoreApplication.translate("SurveyScores", "Channel"),
        "anonymous": QCoreApplication.translate("SurveyScores", "Anonymous"),
        "none": QCoreApplication.translate("SurveyScores", "(none)"),
        "answers": QCoreApplication.translate("SurveyScores", "Answers"),
        "promoters": QCoreApplication.translate("SurveyScores", "Promoters"),
        "passives": QCoreApplication.translate("SurveyScores", "Passives"),
        "detractors": QCoreApplication.translate("SurveyScores", "Detractors"),
        "nps": "NPS",
        "margin": QCoreApplication.translate("SurveyScores", "Margin (±)"),
        "satisfied": QCoreApplication.translate("SurveyScores", "Satisfied (4-5)"),
        "csat": QCoreApplication.translate("SurveyScores", "CSAT (%)"),
        "average": QCoreApplication.translate("SurveyScores", "Average"),
        "ces": QCoreApplication.translate("SurveyScores", "CES (average)"),
        "note": QCoreApplication.translate("SurveyScores", "Note"),
        "few": QCoreApplication.translate("SurveyScores", "fewer than 30 answers"),
        "channel:manual": QCoreApplication.translate("SurveyScores", "Typed in"),
        "channel:import": QCoreApplication.translate("SurveyScores", "Imported"),
    }
    for kind in ("nps", "csat", "ces", "custom"):
        words[f"kind:{kind}"] = kind_label(kind)
        for category in ("promoter", "passive", "detractor"):
            words[f"category:{kind}:{category}"] = category_label(kind, category)
    for by, name in segment_names().items():
        words[f"by:{by}"] = name
    return words
