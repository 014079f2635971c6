"""A survey's questions as text, to paste into WeChat or an SMS or to print: the
title, the period, the scored question on the survey's scale, the open question."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.surveys import words
from ui.text import fill


def scored_question(kind: str) -> str:
    if kind == "csat":
        return QCoreApplication.translate(
            "SurveyQuestions", "1. How satisfied are you with us? (1-5: 1 very dissatisfied, "
            "5 very satisfied)")  # fmt: skip
    if kind == "ces":
        return QCoreApplication.translate(
            "SurveyQuestions", "1. How easy was it to get what you needed from us? (1-7: 1 very "
            "difficult, 7 very easy)")  # fmt: skip
    return QCoreApplication.translate(
        "SurveyQuestions", "1. How likely are you to recommend us to a friend or colleague? "
        "(0-10: 0 not at all likely, 10 extremely likely)")  # fmt: skip


def questions_text(survey: dict) -> str:
    """`survey`: models.surveys.surveys.show's object."""
    lines = [survey["name"]]
    period = words.period_text(survey["from"], survey["to"])
    if period:
        lines.append(fill(QCoreApplication.translate("SurveyQuestions", "Period: %1"), period))
    lines += ["", scored_question(survey["type"]),
              QCoreApplication.translate("SurveyQuestions",
                                         "2. What is the main reason for your score?"),
              QCoreApplication.translate("SurveyQuestions",
                                         "3. Your name or mobile (so that we can follow up):"),
              "", QCoreApplication.translate("SurveyQuestions", "Thank you!")]  # fmt: skip
    return "\n".join(lines)
