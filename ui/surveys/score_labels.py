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


def _t(text: str) -> str:
    return QCoreApplication.translate("SurveyScores", text)


def kind_label(kind: str) -> str:
    return {"nps": "NPS", "csat": "CSAT", "ces": "CES",
            "custom": _t("Custom")}.get(kind, kind)  # fmt: skip


def category_label(kind: str, category: str) -> str:
    """promoter, passive or detractor in the words of the survey's kind."""
    if kind == "csat":
        words = {"promoter": _t("Satisfied"), "passive": _t("Neutral"),
                 "detractor": _t("Dissatisfied")}  # fmt: skip
    elif kind == "ces":
        words = {"promoter": _t("Low effort"), "passive": _t("Medium effort"),
                 "detractor": _t("High effort")}  # fmt: skip
    else:
        words = {"promoter": _t("Promoter"), "passive": _t("Passive"),
                 "detractor": _t("Detractor")}  # fmt: skip
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
    head = fill(_t("Survey %1"), answer["survey"])
    text = f"{when}  {head} · {score_text(answer)}"
    return f"{text}\n{answer['comment']}" if answer["comment"] else text


def segment_names() -> dict[str, str]:
    """What a score can be grouped by, in the order offered."""
    return {
        "segment": _t("RFM segment"), "stage": _t("Lifecycle stage"), "tag": _t("Tag"),
        "community": _t("Community"), "level": _t("Member level"),
        "channel": _t("Source channel"), "owner": _t("Owner"),
    }  # fmt: skip


def group_label(by: str, code: str) -> str:
    """A group's name as a reader takes it: RFM segments, stages and channels are codes."""
    if not code:
        return _t("(none)")
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
        "summary": _t("Summary"), "answers_sheet": _t("Answers"), "survey": _t("Survey"),
        "type": _t("Type"), "period": _t("Period"), "all": _t("All answers"),
        "overall": _t("Overall"), "month": _t("Month"), "date": _t("Date"),
        "customer": _t("Customer"), "score": _t("Score"), "category": _t("Category"),
        "comment": _t("Comment"), "channel": _t("Channel"), "anonymous": _t("Anonymous"),
        "none": _t("(none)"), "answers": _t("Answers"), "promoters": _t("Promoters"),
        "passives": _t("Passives"), "detractors": _t("Detractors"), "nps": "NPS",
        "margin": _t("Margin (±)"), "satisfied": _t("Satisfied (4-5)"), "csat": _t("CSAT (%)"),
        "average": _t("Average"), "ces": _t("CES (average)"), "note": _t("Note"),
        "few": _t("fewer than 30 answers"),
        "channel:manual": _t("Typed in"), "channel:import": _t("Imported"),
    }  # fmt: skip
    for kind in ("nps", "csat", "ces", "custom"):
        words[f"kind:{kind}"] = kind_label(kind)
        for category in ("promoter", "passive", "detractor"):
            words[f"category:{kind}:{category}"] = category_label(kind, category)
    for by, name in segment_names().items():
        words[f"by:{by}"] = name
    return words
