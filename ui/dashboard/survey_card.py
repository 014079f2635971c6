"""The dashboard's voice-of-the-customer card (issue 27): NPS and CSAT of the last 90
days over all surveys of each kind, with the trend arrow against the 90 days before and
the number of answers (models/surveys/overview.py computes them); a quiet "no answers"
when there are none."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui import formatting
from ui.text import fill

ARROWS = {"up": "↑", "down": "↓", "same": "→"}


def _score(kind: str, value: float) -> str:
    return f"{value:.0f}%" if kind == "csat" else f"{value:.1f}"


def texts(figures: dict, clickable: bool = False) -> tuple[str, str, str]:
    """(the figure, its caption, the tooltip) for `figures` (overview.card)."""
    days = str(figures.get("days", 90))
    shown = [k for k in ("nps", "csat") if (figures.get(k) or {}).get("answers")]
    if not shown:
        return (
            "–",
            fill(
                QCoreApplication.translate("SurveyCard", "No survey answers in the last %1 days"),
                days,
            ),
            "",
        )
    parts = []
    for kind in shown:
        f = figures[kind]
        parts.append(f"{kind.upper()} {_score(kind, f['score'])}{ARROWS.get(f['trend'], '')}")
    value = parts[0]
    answers = formatting.number(sum(figures[k]["answers"] for k in shown))
    caption = fill(
        QCoreApplication.translate("SurveyCard", "Last %1 days · %2 answers"), days, answers
    )
    if len(parts) > 1:
        caption = f"{parts[1]} · {caption}"
    tips = []
    for kind in shown:
        f = figures[kind]
        before = "–" if f["previous"] is None else _score(kind, f["previous"])
        tips.append(
            fill(
                QCoreApplication.translate(
                    "SurveyCard", "%1: %2 from %3 answers; the %4 days before: %5"
                ),
                kind.upper(),
                _score(kind, f["score"]),
                formatting.number(f["answers"]),
                days,
                before,
            )
        )
    if clickable:
        tips.append(QCoreApplication.translate("SurveyCard", "Click for the surveys."))
    return value, caption, "\n".join(tips)
